/**
 * CLR type names as ServiceStack's metadata spells them: `Int32`, `List`1` with its
 * `genericArgs`, `Dictionary<String,List<Dictionary<String,Poco>>>` inside a generic argument,
 * arrays `Poco[]`, and the odd ``Nullable`1[]`` whose argument sits in `genericArgs` (or is
 * missing). The parser is a single pass over the text with a depth bound: names come from a
 * hostile document.
 *
 * @module
 */

/** A parsed CLR type name. */
export type TypeName =
  | {
      readonly kind: "named";
      /** The name without its arity suffix: `List` for ``List`1``. */
      readonly name: string;
      /** The arity the name declares (``List`1`` → 1), or undefined when it has no suffix. */
      readonly arity: number | undefined;
      readonly args: readonly TypeName[];
    }
  | { readonly kind: "array"; readonly item: TypeName };

/** Longest type name accepted; real ones are a few dozen characters. */
export const MAX_TYPE_NAME = 1000;
/** Deepest nesting of generic arguments and arrays accepted. */
export const MAX_TYPE_DEPTH = 32;

/** Why a type name was refused. */
export class TypeNameError extends Error {}

/**
 * Parses a CLR type name: `Name`, ``Name`N``, `Name<Arg,...>`, `Name[]` (any number of `[]`),
 * `Name?` (C#'s `Nullable<Name>`), with spaces allowed around the punctuation.
 *
 * @throws {TypeNameError} when the text is not a type name (empty, unbalanced, too long or deep).
 * @example
 * ```ts
 * parseTypeName("Dictionary<String,List<Poco>>");
 * // { kind: "named", name: "Dictionary", arity: undefined, args: [String, List<Poco>] }
 * ```
 */
export function parseTypeName(text: string): TypeName {
  if (text.length > MAX_TYPE_NAME) throw new TypeNameError(`type name longer than ${MAX_TYPE_NAME} characters`);
  let pos = 0;
  const skip = (): void => {
    while (pos < text.length && (text[pos] === " " || text[pos] === "\t")) pos++;
  };
  const type = (depth: number): TypeName => {
    if (depth > MAX_TYPE_DEPTH) throw new TypeNameError(`type name nested deeper than ${MAX_TYPE_DEPTH}`);
    skip();
    const start = pos;
    while (pos < text.length && !"<>,[]? \t".includes(text[pos]!)) pos++;
    const raw = text.slice(start, pos);
    if (raw === "") throw new TypeNameError(`expected a type name at ${start} of ${JSON.stringify(text)}`);
    const tick = raw.indexOf("`");
    let name = raw;
    let arity: number | undefined;
    if (tick >= 0) {
      name = raw.slice(0, tick);
      const digits = raw.slice(tick + 1);
      if (!/^[0-9]{1,2}$/.test(digits) || name === "") throw new TypeNameError(`bad arity in ${JSON.stringify(raw)}`);
      arity = Number(digits);
    }
    const args: TypeName[] = [];
    skip();
    if (text[pos] === "<") {
      pos++;
      for (;;) {
        args.push(type(depth + 1));
        skip();
        if (text[pos] === ",") {
          pos++;
          continue;
        }
        if (text[pos] === ">") {
          pos++;
          break;
        }
        throw new TypeNameError(`expected "," or ">" at ${pos} of ${JSON.stringify(text)}`);
      }
    }
    let result: TypeName = { kind: "named", name, arity, args };
    let wraps = 0;
    for (;;) {
      skip();
      if (text[pos] === "?") {
        pos++;
        result = { kind: "named", name: "Nullable", arity: undefined, args: [result] };
      } else if (text[pos] === "[" && text[pos + 1] === "]") {
        pos += 2;
        result = { kind: "array", item: result };
      } else if (text[pos] === "[") {
        throw new TypeNameError(`multi-dimensional arrays are not supported (${JSON.stringify(text)})`);
      } else break;
      if (++wraps + depth > MAX_TYPE_DEPTH) throw new TypeNameError(`type name nested deeper than ${MAX_TYPE_DEPTH}`);
    }
    return result;
  };
  const result = type(0);
  skip();
  if (pos !== text.length) throw new TypeNameError(`unexpected ${JSON.stringify(text[pos])} at ${pos} of ${JSON.stringify(text)}`);
  return result;
}

/**
 * The type of a metadata property (or base type, or return type): its `type` text, with the
 * arguments a generic name leaves out (``List`1``, ``Nullable`1[]``) taken from `genericArgs`.
 *
 * @throws {TypeNameError} when a name does not parse, or the arguments do not match the arity
 *   (``Nullable`1[]`` with no `genericArgs`).
 * @example
 * ```ts
 * typeOfProperty("Nullable`1[]", ["Byte"]); // array of Nullable<Byte>
 * ```
 */
export function typeOfProperty(type: string, genericArgs: readonly string[]): TypeName {
  const parsed = parseTypeName(type);
  const args = genericArgs.map((a) => parseTypeName(a));
  let used = false;
  const fill = (t: TypeName): TypeName => {
    if (t.kind === "array") return { kind: "array", item: fill(t.item) };
    if (t.args.length > 0 || t.arity === undefined || t.arity === 0) return t;
    // The outermost open generic takes the metadata's genericArgs.
    if (used) throw new TypeNameError(`${type}: more than one generic name without arguments`);
    used = true;
    if (args.length !== t.arity) {
      throw new TypeNameError(
        args.length === 0
          ? `${type} has no generic argument`
          : `${type} takes ${t.arity} generic argument${t.arity === 1 ? "" : "s"}, the metadata gives ${args.length}`,
      );
    }
    return { ...t, args };
  };
  const filled = fill(parsed);
  if (!used && args.length > 0 && !(parsed.kind === "named" && parsed.args.length === args.length)) {
    throw new TypeNameError(`${type} is not generic, yet the metadata gives generic arguments ${args.map(show).join(", ")}`);
  }
  check(filled);
  return filled;
}

/** Refuses an arity that does not match the arguments written inline (``List`2<Int32>``). */
function check(t: TypeName): void {
  if (t.kind === "array") return check(t.item);
  if (t.arity !== undefined && t.arity !== t.args.length) {
    throw new TypeNameError(`${show(t)} declares ${t.arity} generic argument${t.arity === 1 ? "" : "s"} and has ${t.args.length}`);
  }
  t.args.forEach(check);
}

/**
 * A type name written back as C# would, for messages and comments.
 *
 * @example
 * ```ts
 * show(parseTypeName("Byte?[]")); // "Nullable<Byte>[]"
 * ```
 */
export function show(t: TypeName): string {
  if (t.kind === "array") return `${show(t.item)}[]`;
  return t.args.length === 0 ? t.name : `${t.name}<${t.args.map(show).join(",")}>`;
}
