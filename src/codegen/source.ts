/**
 * How text from a metadata document enters generated code: identifiers only when they are
 * valid and free, every string through `JSON.stringify`, every comment unable to close
 * itself. A hostile document yields a module that compiles and runs nothing it carried.
 *
 * @module
 */

/** Words that cannot name a `const`, a type alias or a parameter in a strict ES module. */
const RESERVED = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "yield let static implements interface package private protected public await arguments eval undefined NaN " +
    "Infinity globalThis any unknown number string boolean never object symbol bigint ReturnType"
  ).split(" "),
);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Longest identifier made from a document name. */
const MAX_IDENTIFIER = 80;

/** Whether `name` can be used as it is for a declaration. */
export function isIdentifier(name: string): boolean {
  return name.length <= MAX_IDENTIFIER && IDENTIFIER.test(name) && !RESERVED.has(name);
}

/** Whether `name` can be written unquoted as an object key (reserved words may). */
export function isBareKey(name: string): boolean {
  return name.length <= MAX_IDENTIFIER && IDENTIFIER.test(name);
}

/**
 * A valid identifier near `name` that `taken` does not hold: invalid characters become `_`,
 * a leading digit or reserved word gets a `_`, a clash gets `_2`, `_3`…
 *
 * @example
 * ```ts
 * freeIdentifier("1abc", new Set()); // "_1abc"
 * freeIdentifier("Codec", new Set(["Codec"])); // "Codec_2"
 * ```
 */
export function freeIdentifier(name: string, taken: ReadonlySet<string>, fallback = "_"): string {
  let base = name.slice(0, MAX_IDENTIFIER).replace(/[^A-Za-z0-9_$]/g, "_");
  if (base === "" || /^_+$/.test(base)) base = fallback;
  if (/^[0-9]/.test(base) || RESERVED.has(base)) base = `_${base}`;
  if (!taken.has(base)) return base;
  // Where the last search for this base stopped, so that many clashes stay linear.
  let next = suffixes.get(taken);
  if (next === undefined) suffixes.set(taken, (next = new Map()));
  for (let i = next.get(base) ?? 2; ; i++) {
    const candidate = `${base}_${i}`;
    if (!taken.has(candidate)) {
      next.set(base, i + 1);
      return candidate;
    }
  }
}

/** Per set of taken names: the next suffix to try for each base. */
const suffixes = new WeakMap<ReadonlySet<string>, Map<string, number>>();

/** Characters that must not appear raw in generated source: controls, line and paragraph separators, bidi overrides. */
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escapeUnit = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * A string literal for any text: `JSON.stringify`, with separators and bidi controls escaped too.
 *
 * @example
 * ```ts
 * lit("a\u2028`${b}`"); // '"a\\u2028`${b}`"': inert between double quotes
 * ```
 */
export function lit(text: string): string {
  return JSON.stringify(text).replace(UNSAFE, escapeUnit);
}

/** An object key: bare when it is an identifier-like name, else a string literal. */
export function key(name: string): string {
  return isBareKey(name) ? name : lit(name);
}

/** Longest text from the document kept in one comment. */
const MAX_COMMENT = 2000;

/**
 * The lines of a doc comment from document text: controls shown as `\uXXXX`, `*​/` broken so
 * that it cannot end the comment, long text cut.
 */
export function commentLines(text: string): string[] {
  let t = text.length > MAX_COMMENT ? `${text.slice(0, MAX_COMMENT)}…` : text;
  t = t.replace(/\r\n?|\n|\u2028|\u2029/g, "\n").replace(/\t/g, " ");
  return t
    .split("\n")
    .map((line) => line.replace(UNSAFE, escapeUnit).replace(/\*\//g, "*\\/").trimEnd());
}

/**
 * A doc comment block at `indent` from paragraphs (each may span lines); empty when there are none.
 *
 * @example
 * ```ts
 * docComment(["One line."], "  "); // ["  /** One line. *\/"]
 * ```
 */
export function docComment(paragraphs: readonly string[], indent: string): string[] {
  const lines: string[] = [];
  for (const p of paragraphs) {
    const body = commentLines(p);
    while (body.length > 0 && body[0] === "") body.shift();
    while (body.length > 0 && body[body.length - 1] === "") body.pop();
    if (body.length === 0) continue;
    if (lines.length > 0) lines.push("");
    lines.push(...body);
  }
  if (lines.length === 0) return [];
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  return [`${indent}/**`, ...lines.map((l) => (l === "" ? `${indent} *` : `${indent} * ${l}`)), `${indent} */`];
}
