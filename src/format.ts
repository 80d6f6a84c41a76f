import type { JsvValue, ParseOptions } from "./options.js";
import { resolveMaxDepth } from "./options.js";
import { readTree } from "./parse.js";
import { encodeError } from "./failure.js";
import { Output, stringify } from "./writer.js";

/**
 * Lays JSV out as ServiceStack's `JsvFormatter.Format` does, byte for byte: one TAB per
 * level, `\n` newlines, `key: value` with one space after a member's `:`, a nested `{` or
 * `[` after a key on its own line (the key line ends `: `), empty `{}` and `[]` inline.
 * Unlike ServiceStack's, it never changes a value: every token of the text is kept as
 * spelled (a quoted string quoted, a bare date bare), line breaks never go inside a quoted
 * string, and the `:` inside a list item (a date) gets no space. The result reads back
 * with `whitespace: "auto"` to the same value, except for leading and trailing spaces of
 * bare strings, which laid-out text cannot carry.
 *
 * @param textOrValue - JSV text (any that `parse` accepts), or a value `stringify` accepts.
 * @param options - how to read text: see {@link ParseOptions} (`reader` is ignored: the
 *   layout needs the fast reader's tokens as spelled).
 * @returns the pretty text, with no trailing newline.
 * @throws {JsvSyntaxError} for malformed text; {@link JsvEncodeError} for a value JSV cannot hold.
 * @example
 * ```ts
 * format("{id:1,tags:[a,b]}"); // "{\n\tid: 1,\n\ttags: \n\t[\n\t\ta,\n\t\tb\n\t]\n}"
 * ```
 */
export function format(textOrValue: unknown, options: ParseOptions = {}): string {
  const maxDepth = resolveMaxDepth(options.maxDepth);
  // Read with raw tokens (the fast reader's): the tree's strings are the tokens as
  // spelled, ready to copy.
  const tree =
    typeof textOrValue === "string"
      ? readTree(textOrValue, { ...options, reader: "fast" }, { raw: true })
      : readTree(stringify(textOrValue, { maxDepth }), { whitespace: "preserve", maxDepth }, { raw: true });
  const out = new Output();
  try {
    if (typeof tree === "string") out.write(tree);
    else if (tree !== null) container(tree, 0, out);
  } catch (error) {
    // Only a maxDepth lifted beyond what the call stack holds gets here.
    throw encodeError(error);
  }
  return out.toString();
}

/** A container that opens at `depth` (containers already open): its items one level in. */
function container(node: JsvValue[] | { [key: string]: JsvValue }, depth: number, out: Output): void {
  const inner = newline(depth + 1);
  if (Array.isArray(node)) {
    out.write("[");
    out.write(inner);
    for (let i = 0; i < node.length; i++) {
      if (i > 0) out.write(`,${inner}`);
      const item = node[i]!;
      if (typeof item === "string") out.write(item);
      else if (item !== null) container(item, depth + 1, out);
    }
    out.write(newline(depth));
    out.write("]");
    return;
  }
  out.write("{");
  out.write(inner);
  let first = true;
  for (const key of Object.keys(node)) {
    if (!first) out.write(`,${inner}`);
    first = false;
    out.write(`${key}: `);
    const value = node[key]!;
    if (typeof value === "string") out.write(value);
    else if (value === null) continue;
    else if (isEmpty(value)) out.write(Array.isArray(value) ? "[]" : "{}");
    else {
      // A nested container after a key starts on its own line at the key's indentation.
      out.write(inner);
      container(value, depth + 1, out);
    }
  }
  out.write(newline(depth));
  out.write("}");
}

function isEmpty(node: JsvValue[] | { [key: string]: JsvValue }): boolean {
  if (Array.isArray(node)) return node.length === 0;
  for (const _ in node) return false;
  return true;
}

const indents: string[] = [];

/** A newline and one TAB per open level. */
function newline(depth: number): string {
  return (indents[depth] ??= "\n" + "\t".repeat(depth));
}
