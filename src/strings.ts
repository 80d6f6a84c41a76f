/**
 * String helpers shared by the readers and the writer: the whitespace set and
 * copies that do not pin a large input in memory.
 */

/**
 * Whether a UTF-16 unit is whitespace in the sense of `String.prototype.trim`
 * (WhiteSpace and LineTerminator of ECMA-262), the set both readers skip.
 */
export function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** V8 copies a substring shorter than this; a longer one is a view that pins its parent. */
const SLICE_MIN = 13;

/**
 * A copy of a substring that does not pin its parent. V8 makes a substring of 13 or more
 * characters a view into the parent, so one value could keep a 30 MB input alive. A cons
 * string of one more character is flattened by `slice` into a new sequential string, and
 * the view then pins only that copy.
 */
export function detach(s: string): string {
  return s.length < SLICE_MIN ? s : (" " + s).slice(1);
}

/** Node's Buffer has a native `latin1Slice` (what `toString("latin1", a, b)` calls) that its types omit. */
interface Latin1Buffer {
  latin1Slice(start: number, end: number): string;
}

// Short strings met again and again (keys, enum names, True/False) are shared, as
// JSON.parse shares them: one global table, a slot per hash, bounded in size. A collision
// just replaces the slot; every hit is checked against the text.
const SHARED_SIZE = 4096;
const shared: (string | undefined)[] = new Array(SHARED_SIZE);

/** Longest key that is shared; longer ones are copied each time. */
const SHARED_KEY_MAX = 40;

/**
 * Makes the strings of one text: short ones shared, long ones copied so that the result
 * keeps nothing of the text alive. Copying is a native one-allocation `latin1Slice` when
 * the text is one-byte and large enough to be worth a buffer; else a flattened slice.
 */
export class Strings {
  private readonly bytes: Latin1Buffer | undefined;

  constructor(private readonly text: string) {
    // A one-byte string never matches a character above U+00FF; V8 answers at once.
    this.bytes =
      text.length >= 256 && typeof Buffer === "function" && !/[^\u0000-\u00ff]/.test(text)
        ? (Buffer.from(text, "latin1") as unknown as Latin1Buffer)
        : undefined;
  }

  /** The text from `start` to `end`, shared when short, copied when long. */
  get(start: number, end: number): string {
    const len = end - start;
    if (len < SLICE_MIN) return this.shared(start, end);
    return this.bytes !== undefined ? this.bytes.latin1Slice(start, end) : detach(this.text.slice(start, end));
  }

  /** A key: shared up to {@link SHARED_KEY_MAX} characters. */
  key(start: number, end: number): string {
    return end - start <= SHARED_KEY_MAX ? this.shared(start, end) : this.get(start, end);
  }

  private shared(start: number, end: number): string {
    const text = this.text;
    let h = end - start;
    for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
    const slot = (h ^ (h >>> 12)) & (SHARED_SIZE - 1);
    const hit = shared[slot];
    if (hit !== undefined && hit.length === end - start && text.startsWith(hit, start)) return hit;
    const s = end - start < SLICE_MIN ? text.slice(start, end) : this.get(start, end);
    shared[slot] = s;
    return s;
  }
}

export const QUOTE = 34;
export const COMMA = 44;
export const COLON = 58;
export const LBRACKET = 91;
export const RBRACKET = 93;
export const LBRACE = 123;
export const RBRACE = 125;

/** The empty key, as ServiceStack writes it: one ZERO WIDTH SPACE. */
export const EMPTY_KEY_MARK = "\u200b";
