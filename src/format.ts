import type { ParseOptions } from "./options.js";
import { parse } from "./parse.js";
import { COLON, COMMA, LBRACE, LBRACKET, QUOTE, RBRACE, RBRACKET } from "./strings.js";
import { Output, stringify } from "./writer.js";

/**
 * Lays JSV out as ServiceStack's `JsvFormatter.Format` does, byte for byte: one TAB per
 * level, `\n` newlines, `key: value` with one space after a member's `:`, a nested `{` or
 * `[` after a key on its own line (the key line ends `: `), empty `{}` and `[]` inline.
 * Unlike ServiceStack's, it never changes a value: quoted strings are copied untouched and
 * the `:` inside a bare list item (a date) gets no space. The result reads back with
 * `whitespace: "auto"` to the same value, except for leading and trailing spaces of bare
 * strings, which laid-out text cannot carry.
 *
 * @param textOrValue - JSV text (any that `parse` accepts), or a value `stringify` accepts.
 * @param options - how to read text: see {@link ParseOptions}.
 * @returns the pretty text, with no trailing newline.
 * @throws {JsvSyntaxError} for malformed text; {@link JsvEncodeError} for a value JSV cannot hold.
 * @example
 * ```ts
 * format("{id:1,tags:[a,b]}"); // "{\n\tid: 1,\n\ttags: \n\t[\n\t\ta,\n\t\tb\n\t]\n}"
 * ```
 */
export function format(textOrValue: unknown, options: ParseOptions = {}): string {
  const compact =
    typeof textOrValue === "string"
      ? stringify(parse(textOrValue, options), { maxDepth: options.maxDepth })
      : stringify(textOrValue, { maxDepth: options.maxDepth });
  return layout(compact);
}


/**
 * ServiceStack's formatter pass over compact JSV, with quoted strings protected. In
 * compact text from `stringify`, every `"` opens or closes a quoted string (or is one of a
 * doubled pair inside it), so skipping from quote to quote tracks them exactly. Only a
 * member's `:` gets its space: one inside a list item is part of a value.
 */
function layout(compact: string): string {
  const out = new Output();
  // For each open container, whether it is an object; a `:` gets a space only in one.
  const inObject: boolean[] = [];
  let firstColon = true;
  let runStart = 0;
  const n = compact.length;
  for (let i = 0; i < n; i++) {
    const c = compact.charCodeAt(i);
    let insert: string;
    if (c === QUOTE) {
      i = closingQuote(compact, i);
      continue;
    } else if (c === LBRACE || c === LBRACKET) {
      const afterKey = compact.charCodeAt(i - 1) === COLON;
      const next = compact.charCodeAt(i + 1);
      if (afterKey && (next === RBRACE || next === RBRACKET)) {
        i++;
        continue;
      }
      insert = (afterKey ? newline(inObject.length) : "") + compact[i];
      inObject.push(c === LBRACE);
      insert += newline(inObject.length);
      firstColon = true;
    } else if (c === RBRACE || c === RBRACKET) {
      inObject.pop();
      insert = newline(inObject.length) + compact[i];
      firstColon = true;
    } else if (c === COMMA) {
      insert = "," + newline(inObject.length);
      firstColon = true;
    } else if (c === COLON && firstColon && inObject[inObject.length - 1] === true) {
      insert = ": ";
      firstColon = false;
    } else {
      continue;
    }
    out.write(compact.slice(runStart, i));
    out.write(insert);
    runStart = i + 1;
  }
  out.write(compact.slice(runStart));
  return out.toString();
}

const indents: string[] = [];

/** A newline and one TAB per open level. */
function newline(depth: number): string {
  return (indents[depth] ??= "\n" + "\t".repeat(depth));
}

function closingQuote(text: string, open: number): number {
  let i = open;
  for (;;) {
    i = text.indexOf('"', i + 1);
    if (i < 0) return text.length - 1;
    if (text.charCodeAt(i + 1) !== QUOTE) return i;
    i++;
  }
}
