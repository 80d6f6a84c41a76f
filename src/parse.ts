import { readGrammar } from "./grammar.js";
import type { JsvValue, ParseOptions } from "./options.js";
import { resolveMaxDepth } from "./options.js";
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
  if (typeof text !== "string") {
    throw new TypeError(`parse expects a string, got ${text === null ? "null" : typeof text}`);
  }
  const maxDepth = resolveMaxDepth(options.maxDepth);
  const mode = options.whitespace ?? "auto";
  if (mode !== "auto" && mode !== "preserve" && mode !== "trim") {
    throw new TypeError(`whitespace must be "auto", "preserve" or "trim", got ${String(mode)}`);
  }
  const read = options.reader === "grammar" ? readGrammar : readFast;
  if (options.reader !== undefined && options.reader !== "grammar" && options.reader !== "fast") {
    throw new TypeError(`reader must be "fast" or "grammar", got ${String(options.reader)}`);
  }
  if (mode !== "auto") return read(text, mode === "trim", maxDepth).value;
  // Token boundaries do not depend on the mode, only what a bare token keeps does; so read
  // as `preserve`, and read again as `trim` only if a line break showed the text is laid out.
  let first;
  try {
    first = read(text, false, maxDepth);
  } catch (error) {
    if (hasLayoutBreak(text, error)) return read(text, true, maxDepth).value;
    throw error;
  }
  return first.sawNewline ? read(text, true, maxDepth).value : first.value;
}

/** Whether a failed `preserve` read passed a line break before the error (then `trim` is meant). */
function hasLayoutBreak(text: string, error: unknown): boolean {
  return (
    typeof (error as { offset?: unknown })?.offset === "number" &&
    /[\r\n]/.test(text) &&
    (error as { offset: number }).offset > 0
  );
}
