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
 * characters a view into the parent, so one value could keep a 30 MB input alive. Joining
 * two non-empty pieces writes them into one new sequential string (one copy, and nothing
 * left that points into the parent); `join` of a single piece, or of one piece and empty
 * ones, would return that piece itself.
 */
export function detach(s: string): string {
  return s.length < SLICE_MIN ? s : copyOf(s, 0, s.length);
}

/** `text.slice(start, end)` as a new string of its own; `end - start` must be at least 2. */
function copyOf(text: string, start: number, end: number): string {
  return [text.slice(start, start + 1), text.slice(start + 1, end)].join("");
}

// Short strings met again and again (keys, enum names, True/False) are shared, as
// JSON.parse shares them: one global table, a slot per hash, bounded in size. A collision
// just replaces the slot; every hit is checked against the text.
const SHARED_SIZE = 4096;
const shared: (string | undefined)[] = new Array(SHARED_SIZE);

/** Longest key that is shared; longer ones are copied each time. */
const SHARED_KEY_MAX = 40;

/**
 * Longest value that is shared (where values are): `True`, `False` and most enum names
 * repeat; longer short values (names, phone numbers) seldom do, and copying them is cheaper
 * than looking them up.
 */
const SHARED_VALUE_MAX = 8;

/**
 * Makes the strings of one text: short ones shared, long ones copied so that the result
 * keeps nothing of the text alive.
 */
export class Strings {
  /**
   * @param shareValues - whether short values are shared too (the generic tree, where enum
   *   names and True/False are strings); typed decoding reads those without making a string,
   *   and its other short values are data met once, which sharing would only slow down.
   */
  constructor(
    private readonly text: string,
    private readonly shareValues = true,
  ) {}

  /** The text from `start` to `end`, copied; a very short one shared when values are. */
  get(start: number, end: number): string {
    if (end - start >= SLICE_MIN) return copyOf(this.text, start, end);
    return this.shareValues && end - start <= SHARED_VALUE_MAX ? this.shared(start, end) : this.text.slice(start, end);
  }

  /** A key: shared up to {@link SHARED_KEY_MAX} characters. */
  key(start: number, end: number): string {
    return end - start <= SHARED_KEY_MAX ? this.shared(start, end) : copyOf(this.text, start, end);
  }

  private shared(start: number, end: number): string {
    const text = this.text;
    const len = end - start;
    // A few characters suffice: every hit is checked against the text, a collision only
    // replaces the slot.
    let h = (Math.imul(len, 31) + text.charCodeAt(start)) | 0;
    if (len > 1) h = (Math.imul(h, 31) + text.charCodeAt(end - 1)) | 0;
    if (len > 2) h = (Math.imul(h, 31) + text.charCodeAt(start + (len >> 1))) | 0;
    if (len > 3) h = (Math.imul(h, 31) + text.charCodeAt(start + 1)) | 0;
    const slot = (h ^ (h >>> 12)) & (SHARED_SIZE - 1);
    const hit = shared[slot];
    if (hit !== undefined && hit.length === end - start && text.startsWith(hit, start)) return hit;
    const s = end - start < SLICE_MIN ? text.slice(start, end) : copyOf(text, start, end);
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
