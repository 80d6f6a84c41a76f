import { describeValue, type JsvErrorCode, outputTooLarge } from "./errors.js";
import { atStep, EncodeProblem, encodeError, isPlainObject } from "./failure.js";
import type { StringifyOptions } from "./options.js";
import { resolveMaxDepth } from "./options.js";
import { formatDate } from "./dates.js";
import { formatBytes, formatDouble } from "./dotnet.js";
import { EMPTY_KEY_MARK } from "./strings.js";

/**
 * Collects output in chunks: a long document is never one rope of millions of tiny
 * concatenations, which V8 would have to flatten in one deep walk.
 */
export class Output {
  /** The text since the last flush. */
  private chunk = "";
  /** The flushed chunks, about 4 KB each. */
  private readonly chunks: string[] = [];
  /** The length of the flushed chunks. */
  private flushed = 0;

  write(s: string): void {
    this.chunk += s;
    if (this.chunk.length > 4096) {
      const chunk = this.chunk;
      // Reading a character flattens the rope now, while its pieces are still young.
      chunk.charCodeAt(0);
      this.chunks.push(chunk);
      this.chunk = "";
      // Fail as soon as the text cannot become one string, not after gathering gigabytes.
      this.flushed += chunk.length;
      if (this.flushed > MAX_STRING_LENGTH) throw outputTooLarge();
    }
  }

  /**
   * The whole text.
   * @throws {JsvError} `output-too-large` when it would exceed the engine's longest string.
   */
  toString(): string {
    if (this.chunks.length === 0) return this.chunk;
    this.chunks.push(this.chunk);
    try {
      return this.chunks.join("");
    } catch (error) {
      throw error instanceof RangeError ? outputTooLarge() : error;
    }
  }
}

/**
 * The longest string V8 holds on 64-bit systems (2^29 - 24 UTF-16 units), the smallest limit
 * of the major engines; a smaller one still fails in `join`, which is caught too.
 */
export const MAX_STRING_LENGTH = 2 ** 29 - 24;

// `"` `,` `:` `[` `]` `{` `}` CR LF force quotes; so does the empty string. One test of a
// character class (no backtracking): faster than a loop by hand at every length.
const NEEDS_QUOTES = /[",:[\]{}\r\n]/;

/**
 * A string as ServiceStack writes it: bare, unless it is empty or holds one of
 * `"` `:` `,` `{` `}` `[` `]` CR LF; then in quotes with every inner `"` doubled.
 */
export function quoteString(s: string): string {
  return s.length === 0 || NEEDS_QUOTES.test(s) ? quoted(s) : s;
}

/** A string in quotes, every inner `"` doubled: `""` for the empty string. */
function quoted(s: string): string {
  return `"${s.includes('"') ? s.replaceAll('"', '""') : s}"`;
}

/** How much text a writer gathers before it hands it to the {@link Output}. */
export const PENDING_MAX = 4096;

/** A map or object key: as a string, except that the empty key is ServiceStack's U+200B. */
export function quoteKey(key: string): string {
  return key === "" ? EMPTY_KEY_MARK : quoteString(key);
}

/**
 * The text of a list whose only item is a string, or undefined for any other list. `[ ]`
 * reads as an empty list, so a lone whitespace-only item is quoted (ServiceStack writes it
 * bare and loses it).
 */
export function listOfOneString(items: readonly unknown[]): string | undefined {
  if (items.length !== 1 || typeof items[0] !== "string") return undefined;
  const item = items[0];
  return item.length > 0 && item.trim() === "" ? `["${item}"]` : `[${quoteString(item)}]`;
}

/**
 * Writes a JavaScript value as compact JSV, byte-identical to ServiceStack.Text's
 * `TypeSerializer.SerializeToString` for the same .NET value.
 *
 * - strings are bare unless they need quotes; `""` for the empty string
 * - numbers as .NET Core writes a double (`1E+21`, `0.30000000000000004`, `NaN`, `-0`); bigints in full
 * - booleans `True`/`False`; a `Date` as a UTC DateTime (`2020-01-02T03:04:05Z`)
 * - `Uint8Array` as Base64, as ServiceStack writes `byte[]`
 * - null and undefined members and map values are left out; a null list item is an empty slot
 * - plain objects (own enumerable string keys) and `Map`s as `{k:v}`, arrays as `[a,b]`
 *
 * @param value - the value to write.
 * @param options - see {@link StringifyOptions}.
 * @returns the JSV text, with no trailing newline.
 * @throws {JsvEncodeError} for a value JSV cannot hold (a function, a symbol, a class
 *   instance, an invalid Date), a cycle, or nesting beyond `maxDepth`, with its path.
 * @example
 * ```ts
 * stringify({ callSid: "CA1", tags: ["a,b", null], ended: false }); // '{callSid:CA1,tags:["a,b",],ended:False}'
 * ```
 */
export function stringify(value: unknown, options: StringifyOptions = {}): string {
  const writer = new GenericWriter(resolveMaxDepth(options.maxDepth));
  if (value === undefined || value === null) return "";
  // A reader skips a leading BOM, so a root string that starts with one is quoted to keep it.
  if (typeof value === "string" && value.charCodeAt(0) === 0xfeff) return `"${value.replaceAll('"', '""')}"`;
  try {
    writer.out.write(writer.value(value, 0, ""));
  } catch (error) {
    throw encodeError(error);
  }
  return writer.out.toString();
}

/**
 * The writer behind {@link stringify}. Each method takes the text written since the last
 * hand-over to `out` and returns it with its own appended; the loops hand it over about
 * every {@link PENDING_MAX} units, so the output gets a few large pieces, never a rope of
 * millions of small ones.
 */
class GenericWriter {
  readonly out = new Output();
  // The containers being written, to catch a cycle.
  private readonly open: object[] = [];

  constructor(private readonly maxDepth: number) {}

  value(v: unknown, depth: number, s: string): string {
    switch (typeof v) {
      case "string":
        return s + quoteString(v);
      case "number":
        return s + formatDouble(v);
      case "boolean":
        return s + (v ? "True" : "False");
      case "bigint":
        return s + String(v);
      case "object":
        if (v === null) return s;
        break;
      case "undefined":
        return s;
      default:
        this.fail("a JSV value", describeValue(v));
    }
    // Plain objects and arrays first: the common cases, with no prototype chain walked.
    const proto = Object.getPrototypeOf(v);
    const plain = proto === Object.prototype || proto === null;
    if (!plain && !Array.isArray(v)) {
      if (v instanceof Date) {
        const text = formatDate(v);
        if (text === undefined) this.fail("a valid Date with a year from 1 to 9999", describeDate(v));
        return s + text;
      }
      if (v instanceof Uint8Array) return s + formatBytes(v);
    }
    if (depth >= this.maxDepth) this.fail(`at most ${this.maxDepth} levels of nesting (maxDepth)`, "deeper nesting", "too-deep");
    if (this.open.includes(v)) this.fail("no cycles", "a reference to a value that contains it", "cycle");
    this.open.push(v);
    if (plain) s = this.object(v as Record<string, unknown>, depth + 1, s);
    else if (Array.isArray(v)) s = this.list(v, depth + 1, s);
    else if (v instanceof Map) s = this.map(v, depth + 1, s);
    else if (isPlainObject(v)) s = this.object(v as Record<string, unknown>, depth + 1, s);
    else this.fail("a plain object, array, Map, Date or Uint8Array", describeValue(v));
    this.open.pop();
    return s;
  }

  private list(items: readonly unknown[], depth: number, s: string): string {
    let i = 0;
    try {
      // Inside the try: reading the one item may throw, at step 0.
      const one = listOfOneString(items);
      if (one !== undefined) return s + one;
      // n items take at least n - 1 commas: fail at once, not after minutes of empty slots
      // (`new Array(2 ** 32 - 1)` is a few bytes of memory).
      if (items.length > MAX_STRING_LENGTH) throw outputTooLarge();
      s += "[";
      for (; i < items.length; i++) {
        if (i > 0) s += ",";
        s = this.value(items[i], depth, s);
        if (s.length > PENDING_MAX) {
          this.out.write(s);
          s = "";
        }
      }
    } catch (error) {
      throw atStep(error, i);
    }
    return s + "]";
  }

  private object(obj: Record<string, unknown>, depth: number, s: string): string {
    // Outside the try below: a throwing ownKeys trap fails at this object's path.
    const keys = Object.keys(obj);
    s += "{";
    let first = true;
    let key = "";
    let wroteEmptyKey = false;
    try {
      for (key of keys) {
        const v = obj[key];
        if (v === undefined || v === null) continue;
        if (key === "" || key === EMPTY_KEY_MARK) {
          // Both are written U+200B, which reads back as "": two of them would become one.
          if (wroteEmptyKey) this.duplicateKey(key);
          wroteEmptyKey = true;
        }
        const pieces = keyPieces(key);
        const piece = first ? pieces[0] : pieces[1];
        first = false;
        // A string, the common case, with its key in one step.
        if (typeof v === "string") s += piece + (v.length === 0 || NEEDS_QUOTES.test(v) ? quoted(v) : v);
        else s = this.value(v, depth, s + piece);
        if (s.length > PENDING_MAX) {
          this.out.write(s);
          s = "";
        }
      }
    } catch (error) {
      throw atStep(error, key);
    }
    return s + "}";
  }

  private map(map: Map<unknown, unknown>, depth: number, s: string): string {
    s += "{";
    let first = true;
    // Keys as they read back: two that are written alike (1 and "1") would become one.
    const written = new Set<string>();
    for (const [k, v] of map) {
      if (v === undefined || v === null) continue;
      const text = this.mapKey(k);
      const meaning = text === EMPTY_KEY_MARK ? "" : text;
      if (written.has(meaning)) this.duplicateKey(text);
      written.add(meaning);
      const key = quoteKey(text);
      s += first ? key + ":" : "," + key + ":";
      first = false;
      try {
        s = this.value(v, depth, s);
      } catch (error) {
        throw atStep(error, String(k));
      }
      if (s.length > PENDING_MAX) {
        this.out.write(s);
        s = "";
      }
    }
    return s + "}";
  }

  private mapKey(k: unknown): string {
    if (typeof k === "string") return k;
    if (typeof k === "number") return formatDouble(k);
    if (typeof k === "bigint") return String(k);
    if (typeof k === "boolean") return k ? "True" : "False";
    if (k instanceof Date) {
      const text = formatDate(k);
      if (text !== undefined) return text;
    }
    return this.fail("a string, number, bigint, boolean or valid Date as map key", describeValue(k));
  }

  private duplicateKey(key: string): never {
    throw new EncodeProblem("keys that read back apart", `a second key written as ${JSON.stringify(quoteKey(key))}`, "duplicate-key");
  }

  private fail(expected: string, received: string, code?: JsvErrorCode): never {
    throw new EncodeProblem(expected, received, code);
  }
}

// `key:` and `,key:` of the object keys met most, made once (the keys of a list's objects
// repeat): bounded in number, and long keys are never kept.
const KEY_PIECES = new Map<string, readonly [string, string]>();
const KEY_PIECES_MAX = 4096;
const KEY_PIECE_LENGTH_MAX = 64;

/** `key:` and `,key:` for an object key, from the cache when it is there. */
function keyPieces(key: string): readonly [string, string] {
  let pieces = KEY_PIECES.get(key);
  if (pieces === undefined) {
    const name = quoteKey(key);
    pieces = [`${name}:`, `,${name}:`];
    if (key.length <= KEY_PIECE_LENGTH_MAX) {
      if (KEY_PIECES.size >= KEY_PIECES_MAX) KEY_PIECES.clear();
      KEY_PIECES.set(key, pieces);
    }
  }
  return pieces;
}

/** An invalid Date or one out of .NET's range, for messages. */
export function describeDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? "an invalid Date" : `the Date ${d.toISOString()}`;
}
