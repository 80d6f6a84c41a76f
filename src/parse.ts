import { readGrammar } from "./grammar.js";
import type { JsvValue, ParseOptions } from "./options.js";
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

/**
 * `parse` with settings only the library uses (offsets, raw tokens). Resolves the
 * whitespace mode: token boundaries do not depend on it, only what a bare token keeps
 * does; so `auto` reads as `preserve`, and again as `trim` if a line break outside quotes
 * showed the text is laid out.
 */
export function readTree(text: string, options: ParseOptions, extra: Omit<ReadSettings, "trim" | "maxDepth"> = {}): JsvValue {
  if (typeof text !== "string") {
    throw new TypeError(`expected JSV text as a string, got ${text === null ? "null" : typeof text}`);
  }
  const maxDepth = resolveMaxDepth(options.maxDepth);
  const mode = options.whitespace ?? "auto";
  if (mode !== "auto" && mode !== "preserve" && mode !== "trim") {
    throw new TypeError(`whitespace must be "auto", "preserve" or "trim", got ${String(mode)}`);
  }
  if (options.reader !== undefined && options.reader !== "grammar" && options.reader !== "fast") {
    throw new TypeError(`reader must be "fast" or "grammar", got ${String(options.reader)}`);
  }
  const read = options.reader === "grammar" ? readGrammar : readFast;
  if (mode !== "auto") return read(text, { ...extra, trim: mode === "trim", maxDepth }).value;
  let first;
  try {
    first = read(text, { ...extra, trim: false, maxDepth });
  } catch (error) {
    // The error is at the same offset in both modes; read as trim so that the message
    // names keys as the laid-out text means them.
    if (/[\r\n]/.test(text)) read(text, { ...extra, trim: true, maxDepth });
    throw error;
  }
  return first.sawNewline ? read(text, { ...extra, trim: true, maxDepth }).value : first.value;
}
