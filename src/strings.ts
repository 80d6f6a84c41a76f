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
 * the view then pins only that copy. A string as long as the engine's longest one (a whole
 * text of about 2^29 characters in V8) has no room for that character, and no longer parent
 * to pin: it is kept as it is.
 */
export function detach(s: string): string {
  if (s.length < SLICE_MIN) return s;
  try {
    return (" " + s).slice(1);
  } catch (error) {
    if (error instanceof RangeError) return s;
    throw error;
  }
}

/** Node's Buffer has native one-byte copies each way (what `toString`/`write` with "latin1" call) that its types omit. */
interface Latin1Buffer {
  latin1Slice(start: number, end: number): string;
  latin1Write(s: string, offset: number, length: number): number;
}

// Short strings met again and again (keys, enum names, True/False) are shared, as
// JSON.parse shares them: one global table, a slot per hash, bounded in size. A collision
// just replaces the slot; every hit is checked against the text.
const SHARED_SIZE = 4096;
const shared: (string | undefined)[] = new Array(SHARED_SIZE);

/** Longest key that is shared; longer ones are copied each time. */
const SHARED_KEY_MAX = 40;

// Long strings are copied through one scratch buffer that every read shares: it holds a
// window of the text being read (a whole small text, or the next 64 KB of a large one),
// written once per window, so that reading costs no allocation but the strings it makes
// and memory stays flat. The window is known by the id of the Strings that filled it, so a
// read nested inside another (a field that parses) refills it rather than reading another
// text's bytes; no reference to a text is kept here, which would keep it alive.
const WINDOW = 1 << 16;
const HAS_BUFFER = typeof Buffer === "function";
let scratch: Latin1Buffer | undefined;
let windowOwner = 0;
let windowStart = 0;
let windowEnd = 0;
let lastId = 0;

/**
 * Makes the strings of one text: short ones shared, long ones copied so that the result
 * keeps nothing of the text alive. Copying is a native `latin1Slice` of the shared scratch
 * buffer when the text is one-byte and Node's Buffer exists; else (a browser, a text with a
 * character above U+00FF) a flattened slice.
 */
export class Strings {
  /** Which Strings filled the scratch window, when it is this one. */
  private readonly id = ++lastId;
  /** Whether the text is one-byte (every character up to U+00FF): asked at the first long string. */
  private oneByte: boolean | undefined;

  /**
   * @param shareValues - whether short values are shared too (the generic tree, where enum
   *   names and True/False are strings); typed decoding reads those without making a string,
   *   and its other short values are data met once, which sharing would only slow down.
   */
  constructor(
    private readonly text: string,
    private readonly shareValues = true,
  ) {}

  /** The text from `start` to `end`, copied when long; a short one shared when values are. */
  get(start: number, end: number): string {
    const len = end - start;
    if (len < SLICE_MIN) return this.shareValues ? this.shared(start, end) : this.text.slice(start, end);
    if (len <= WINDOW && (this.oneByte ?? this.askOneByte())) {
      if (windowOwner !== this.id || start < windowStart || end > windowEnd) this.fill(start);
      return scratch!.latin1Slice(start - windowStart, end - windowStart);
    }
    return detach(this.text.slice(start, end));
  }

  /** A key: shared up to {@link SHARED_KEY_MAX} characters. */
  key(start: number, end: number): string {
    return end - start <= SHARED_KEY_MAX ? this.shared(start, end) : this.get(start, end);
  }

  private askOneByte(): boolean {
    // A one-byte string never matches a character above U+00FF; V8 answers at once.
    return (this.oneByte = HAS_BUFFER && !/[^\u0000-\u00ff]/.test(this.text));
  }

  /** Puts the window of the text that starts at `start` (at 0 for a small text) into the scratch buffer. */
  private fill(start: number): void {
    const text = this.text;
    if (text.length <= WINDOW) start = 0;
    const end = Math.min(text.length, start + WINDOW);
    scratch ??= Buffer.allocUnsafeSlow(WINDOW) as unknown as Latin1Buffer;
    scratch.latin1Write(start === 0 && end === text.length ? text : text.slice(start, end), 0, end - start);
    windowOwner = this.id;
    windowStart = start;
    windowEnd = end;
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
