import { JsvSyntaxError } from "./errors.js";
import type { JsvReader, JsvValue, ParseOptions, WhitespaceMode } from "./options.js";
import { forgetLastMatch } from "./last-match.js";
import { resolveMaxDepth } from "./options.js";
import type { ReadSettings } from "./reader.js";
import { readFast } from "./reader.js";

/**
 * Reads JSV text into the generic tree: objects and maps become plain objects (keys as own
 * properties), lists become arrays, every scalar a string, an empty value `null`.
 *
 * @param text - JSV text: compact, pretty-printed or hand-written. A leading BOM and
 *   whitespace after the root value are allowed.
 * @param options - see {@link ParseOptions}.
 * @returns the tree; `null` for empty input.
 * @throws {JsvSyntaxError} for malformed text, at the first offending character.
 * @example
 * ```ts
 * parse("{callSid:CA1,members:[{muted:False}]}");
 * // { callSid: "CA1", members: [{ muted: "False" }] }
 * ```
 */
export function parse(text: string, options: ParseOptions = {}): JsvValue {
  return readTree(text, options);
}

/** `parse` with settings only the library uses (raw tokens for `format`). */
export function readTree(text: string, options: ParseOptions, extra: Omit<ReadSettings, "trim" | "maxDepth"> = {}): JsvValue {
  checkText(text);
  const maxDepth = resolveMaxDepth(options.maxDepth);
  const reader = resolveReader(options.reader);
  if (reader === undefined) return readInMode(text, options.whitespace, maxDepth, (trim) => readFast(text, { ...extra, trim, maxDepth }));
  return readInMode(text, options.whitespace, maxDepth, (trim) => reader.read(text, { trim, maxDepth }));
}

/**
 * The `reader` option: `undefined` for the built-in fast reader, or the plugged-in one.
 *
 * @throws {TypeError} for anything else; for `"grammar"`, saying where the grammar went.
 */
export function resolveReader(reader: unknown): JsvReader | undefined {
  if (reader === undefined || reader === "fast") return undefined;
  if (reader === "grammar") {
    throw new TypeError('reader: "grammar" is its own entry now, so that the main one carries no Parsimmon: import { grammar } from "jsv-codec/grammar" and pass { reader: grammar }');
  }
  if (typeof reader === "object" && reader !== null && typeof (reader as JsvReader).read === "function") return reader as JsvReader;
  throw new TypeError(`reader must be "fast" or a reader object such as grammar from "jsv-codec/grammar", got ${typeof reader === "string" ? JSON.stringify(reader) : String(reader)}`);
}

/** A read in one whitespace mode: its value, and whether it met a line break outside quotes. */
export interface ModeRead<T> {
  value: T;
  sawNewline: boolean;
}

/**
 * Runs `read` in the mode `whitespace` asks for. Token boundaries do not depend on the
 * mode, only what a bare token keeps does; so `auto` reads as `preserve`, and again as
 * `trim` if a line break outside quotes showed the text is laid out.
 */
export function readInMode<T>(text: string, whitespace: WhitespaceMode | undefined, maxDepth: number, read: (trim: boolean) => ModeRead<T>): T {
  try {
    return readInModeOnce(text, whitespace, maxDepth, read);
  } finally {
    // A regular expression run on the text (or a token of it) must not keep it alive.
    forgetLastMatch();
  }
}

function readInModeOnce<T>(text: string, whitespace: WhitespaceMode | undefined, maxDepth: number, read: (trim: boolean) => ModeRead<T>): T {
  const mode = whitespace ?? "auto";
  if (mode !== "auto" && mode !== "preserve" && mode !== "trim") {
    throw new TypeError(`whitespace must be "auto", "preserve" or "trim", got ${String(mode)}`);
  }
  if (mode !== "auto") return read(mode === "trim").value;
  let first: ModeRead<T>;
  try {
    first = read(false);
  } catch (error) {
    if (!/[\r\n]/.test(text)) throw error;
    // Which mode was meant decides which outcome is right. A syntax error is at the same
    // offset in both (only the key names in its message differ), so trim's is as good;
    // a decode error can depend on the mode, so the layout of the whole text is asked.
    if (error instanceof JsvSyntaxError || readFast(text, { trim: false, maxDepth }).sawNewline) return read(true).value;
    throw error;
  }
  return first.sawNewline ? read(true).value : first.value;
}

/** Text must be a string; anything else is a programming error, not bad input. */
export function checkText(text: unknown): asserts text is string {
  if (typeof text !== "string") {
    throw new TypeError(`expected JSV text as a string, got ${text === null ? "null" : typeof text}`);
  }
}
