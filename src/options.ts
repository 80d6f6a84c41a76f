/** The generic tree that `parse` returns: JSV is not self-describing, so every scalar is a string. */
export type JsvValue = string | null | JsvValue[] | { [key: string]: JsvValue };

/** How whitespace around bare keys and bare scalars is read. */
export type WhitespaceMode = "auto" | "preserve" | "trim";

/** Options of `parse`, `format` and the typed `decode`. */
export interface ParseOptions {
  /**
   * What whitespace around bare keys and bare scalars means. Whitespace next to a quote,
   * brace or bracket is skipped in every mode, since no bare token can be there.
   * - `"preserve"`: it is content, as ServiceStack reads it (`{a: x }` gives `" x "`).
   * - `"trim"`: it is layout; bare keys and scalars are trimmed (hand-written or pretty text).
   * - `"auto"`: `"trim"` if the text has a CR or LF outside quoted strings, else `"preserve"`.
   *   Compact JSV never has one, so server traffic is read exactly.
   *
   * Default: `"auto"`.
   */
  whitespace?: WhitespaceMode;
  /**
   * The most containers (`{` or `[`) that may be open at once; deeper text is a `JsvSyntaxError`.
   * `[[[a]]]` needs 3.
   *
   * Default: `512`.
   */
  maxDepth?: number;
  /**
   * Which reader to run. `"fast"` is the hand-written single pass. A {@link JsvReader}
   * object plugs in another: `grammar` from `jsv-codec/grammar` is the Parsimmon grammar,
   * the normative and much slower one, which gives the same value or the same error offset
   * (`import { grammar } from "jsv-codec/grammar"; parse(text, { reader: grammar })`). It
   * lives in its own entry so that a bundle of the main one carries no Parsimmon; the
   * string `"grammar"` is a `TypeError` saying so.
   *
   * Default: `"fast"`.
   */
  reader?: "fast" | JsvReader;
}

/** How one pass of a {@link JsvReader} reads: the whitespace mode already resolved. */
export interface ReaderSettings {
  /** Trim bare keys and scalars (`whitespace: "trim"`); keep them as spelled when false. */
  readonly trim: boolean;
  /** The most containers open at once; deeper text is a `JsvSyntaxError`. */
  readonly maxDepth: number;
  /**
   * Set by typed `decode`: give each object as `Members` (its keys and values in text order,
   * a repeated key each time it is written), so that decoding sees what the one-pass decoder
   * sees. A reader that ignores it gives plain objects; decode then sees only the last value
   * of a repeated key.
   */
  readonly ordered?: boolean;
}

/** What one pass of a {@link JsvReader} gives; a failure is thrown, never returned. */
export interface ReaderResult {
  /** The generic tree, as `parse` returns it. */
  value: JsvValue;
  /** Whether a CR or LF was met outside quoted strings (what `whitespace: "auto"` decides by). */
  sawNewline: boolean;
}

/**
 * A reader that `parse` can run in place of the built-in fast one, passed as the `reader`
 * option. `parse` resolves the whitespace mode (running `read` twice for `"auto"` when the
 * text turns out to be laid out) and checks its options; `read` does one pass.
 *
 * @example
 * ```ts
 * import { parse } from "jsv-codec";
 * import { grammar } from "jsv-codec/grammar";
 * parse("{a:[b,c]}", { reader: grammar }); // { a: ["b", "c"] }
 * ```
 */
export interface JsvReader {
  /** A short name, for messages (`"grammar"`). */
  readonly name: string;
  /**
   * Reads `text` in one whitespace mode.
   *
   * @throws {JsvSyntaxError} for malformed text, at the first offending character.
   */
  read(text: string, settings: ReaderSettings): ReaderResult;
}

/** Options of `stringify`. */
export interface StringifyOptions {
  /**
   * The most containers that may be open at once while writing; deeper values (and cycles)
   * are a `JsvEncodeError`.
   *
   * Default: `512`.
   */
  maxDepth?: number;
}

const DEFAULT_MAX_DEPTH = 512;

/** Checks `maxDepth` and gives its value, so that a typo fails loudly instead of lifting the limit. */
export function resolveMaxDepth(maxDepth: number | undefined): number {
  if (maxDepth === undefined) return DEFAULT_MAX_DEPTH;
  if (typeof maxDepth !== "number" || !(maxDepth >= 0) || Math.floor(maxDepth) !== maxDepth) {
    throw new TypeError(`maxDepth must be a whole number >= 0, got ${String(maxDepth)}`);
  }
  return maxDepth;
}
