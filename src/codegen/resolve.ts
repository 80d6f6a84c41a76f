/**
 * From CLR type names to field expressions: which builder, enum, DTO or generic function a
 * member's type stands for. Anything the builders cannot say becomes `opaque(...)` with a
 * warning that names the type and member.
 *
 * @module
 */
import type { TypeDef } from "./metadata.js";
import type { TypeName } from "./types.js";
import { show, typeOfProperty } from "./types.js";

/** A declaration the module will hold: an enum, a DTO, or a generic DTO function. */
export interface Decl {
  readonly def: TypeDef;
  /** The exported identifier. */
  id: string;
  readonly kind: "enum" | "dto" | "generic";
  /** Type parameters of a generic DTO: CLR name, TS type identifier, value identifier. */
  params: { clr: string; type: string; value: string }[];
  /** Position in the document, for a stable order. */
  readonly index: number;
}

/** A field expression, before it is written out. */
export type Expr =
  | { readonly k: "builder"; readonly name: string; readonly args: readonly Expr[] }
  | { readonly k: "opaque"; readonly clr: string }
  | { readonly k: "ref"; readonly decl: Decl }
  | { readonly k: "call"; readonly decl: Decl; readonly args: readonly Expr[]; readonly clr: string }
  | { readonly k: "param"; readonly index: number }
  /** A codec `jsv-codec` exports (ServiceStack's `ResponseStatus`), for a document that does not describe it. */
  | { readonly k: "library"; readonly name: string };

/** ServiceStack's own types that `jsv-codec` exports codecs of. */
export const LIBRARY_TYPES = ["ResponseStatus", "ResponseError", "ErrorResponse"] as const;

/** CLR scalar type → builder. C# keyword spellings are accepted too. */
const SCALARS: Readonly<Record<string, string>> = {
  Byte: "byte",
  SByte: "sbyte",
  Int16: "short",
  UInt16: "ushort",
  Int32: "int",
  UInt32: "uint",
  Int64: "long",
  UInt64: "ulong",
  Single: "float",
  Double: "double",
  Decimal: "decimal",
  DateTime: "dateTime",
  DateTimeOffset: "dateTimeOffset",
  TimeSpan: "timeSpan",
  Guid: "guid",
  Char: "char",
  String: "string",
  Boolean: "boolean",
  byte: "byte",
  sbyte: "sbyte",
  short: "short",
  ushort: "ushort",
  int: "int",
  uint: "uint",
  long: "long",
  ulong: "ulong",
  float: "float",
  double: "double",
  decimal: "decimal",
  char: "char",
  string: "string",
  bool: "boolean",
};

/** Collections ServiceStack writes as a JSV list. */
const LISTS = new Set([
  "List",
  "IList",
  "ICollection",
  "IEnumerable",
  "IReadOnlyList",
  "IReadOnlyCollection",
  "HashSet",
  "ISet",
  "SortedSet",
  "LinkedList",
  "Queue",
  "Stack",
  "Collection",
  "ReadOnlyCollection",
  "ObservableCollection",
  "IImmutableList",
  "ImmutableList",
  "ImmutableArray",
]);

/** Dictionaries ServiceStack writes as a JSV map. */
const DICTIONARIES = new Set([
  "Dictionary",
  "IDictionary",
  "IReadOnlyDictionary",
  "SortedDictionary",
  "SortedList",
  "ConcurrentDictionary",
  "ImmutableDictionary",
  "IImmutableDictionary",
]);

/** Types ServiceStack cannot describe to a client: written as their text, if at all. */
const UNTYPED = new Set(["Object", "object", "dynamic", "JsonObject", "JsonArray", "JsonNode", "JsonElement", "ExpandoObject"]);

/** The name without a `System.` (or `System.Collections.Generic.`) prefix. */
function local(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot >= 0 && name.startsWith("System.") ? name.slice(dot + 1) : name;
}

/**
 * Whether a document type is one the builders already stand for (``KeyValuePair`2`` of
 * `System.Collections.Generic`), so that no declaration is made for it.
 */
export function isBuiltin(def: TypeDef): boolean {
  const base = local(def.name.replace(/`[0-9]+$/, ""));
  const system = def.namespace === undefined || def.namespace === "System" || def.namespace.startsWith("System.");
  return system && (Object.hasOwn(SCALARS, base) || LISTS.has(base) || DICTIONARIES.has(base) || base === "Nullable" || base === "KeyValuePair");
}

/** What resolving a type name needs to know. */
export interface Scope {
  /** Document types by their CLR name (``QueryResponse`1`` for a generic one). */
  readonly decls: ReadonlyMap<string, Decl>;
  /** Type parameters in scope (inside a generic DTO). */
  readonly params: readonly string[];
  /** Where the type is used, for warnings: `AllTypes.point`. */
  readonly where: string;
  readonly warn: (message: string) => void;
}

/**
 * The field expression of a parsed type name.
 *
 * @example
 * ```ts
 * resolve(parseTypeName("Dictionary<Int32,List<Poco>>"), scope); // dictionary(int(), list(Poco))
 * ```
 */
export function resolve(t: TypeName, scope: Scope): Expr {
  if (t.kind === "array") {
    const item = t.item;
    if (item.kind === "named" && item.args.length === 0 && (local(item.name) === "Byte" || item.name === "byte")) {
      return { k: "builder", name: "bytes", args: [] };
    }
    return { k: "builder", name: "list", args: [resolve(item, scope)] };
  }
  const name = local(t.name);
  const args = t.args;
  if (args.length === 0) {
    const param = scope.params.indexOf(t.name);
    if (param >= 0) return { k: "param", index: param };
    if (Object.hasOwn(SCALARS, name)) return { k: "builder", name: SCALARS[name]!, args: [] };
    if (UNTYPED.has(name)) return opaque(t, scope, "has no fixed shape");
  }
  if (name === "Nullable" && args.length === 1) return { k: "builder", name: "nullable", args: [resolve(args[0]!, scope)] };
  if (LISTS.has(name) && args.length === 1) return { k: "builder", name: "list", args: [resolve(args[0]!, scope)] };
  if (DICTIONARIES.has(name) && args.length === 2) {
    const [k, v] = args as [TypeName, TypeName];
    if (k.kind === "named" && k.args.length === 0 && (local(k.name) === "String" || k.name === "string")) {
      return { k: "builder", name: "map", args: [resolve(v, scope)] };
    }
    const key = resolve(k, scope);
    // dictionary() reads a key with its field's own reader: a DTO, list or map key has none
    // (dictionary() would throw when the module loads), so such a key is kept as its text.
    return { k: "builder", name: "dictionary", args: [readsText(key) ? key : opaque(k, scope, "is no scalar, which a dictionary key must be"), resolve(v, scope)] };
  }
  if (name === "KeyValuePair" && args.length === 2) {
    return { k: "builder", name: "keyValuePair", args: [resolve(args[0]!, scope), resolve(args[1]!, scope)] };
  }
  const decl = scope.decls.get(args.length > 0 ? `${t.name}\`${args.length}` : t.name);
  if (decl !== undefined) {
    if (decl.kind === "generic") {
      if (args.length !== decl.def.genericArgs.length) return opaque(t, scope, "has the wrong number of generic arguments");
      const keys = keyParams(decl.def, scope.decls);
      // An argument its generic uses as a dictionary key must read text, as any such key must.
      const resolved = args.map((a, i) => {
        const e = resolve(a, scope);
        return keys.has(decl.def.genericArgs[i]!) && !readsText(e) ? opaque(a, scope, "is no scalar, which a dictionary key must be") : e;
      });
      return { k: "call", decl, args: resolved, clr: show(t) };
    }
    if (args.length === 0) return { k: "ref", decl };
  }
  if (args.length === 0 && (LIBRARY_TYPES as readonly string[]).includes(name)) return { k: "library", name };
  if (args.length === 0 && scope.decls.has(`${t.name}\`1`)) return opaque(t, scope, "is generic but has no generic argument");
  return opaque(t, scope, "is not described by the metadata");
}

const keyParamsOf = new WeakMap<TypeDef, ReadonlySet<string>>();

/**
 * The type parameters a generic definition uses as dictionary keys (`Dictionary<T,V>`), anywhere
 * in its members or its base type, also through another generic it passes them to.
 */
function keyParams(def: TypeDef, decls: ReadonlyMap<string, Decl>): ReadonlySet<string> {
  let found = keyParamsOf.get(def);
  if (found !== undefined) return found;
  const keys = new Set<string>();
  // Set before the walk: a generic that reaches itself again adds nothing more.
  keyParamsOf.set(def, keys);
  const params = new Set(def.genericArgs);
  const isParam = (t: TypeName | undefined): t is TypeName & { kind: "named" } => t?.kind === "named" && t.args.length === 0 && params.has(t.name);
  const walk = (t: TypeName): void => {
    if (t.kind === "array") return walk(t.item);
    const key = t.args[0];
    if (DICTIONARIES.has(local(t.name)) && t.args.length === 2 && isParam(key)) keys.add(key.name);
    const inner = t.args.length > 0 ? decls.get(`${t.name}\`${t.args.length}`) : undefined;
    if (inner?.kind === "generic") {
      const innerKeys = keyParams(inner.def, decls);
      t.args.forEach((a, i) => {
        if (isParam(a) && innerKeys.has(inner.def.genericArgs[i]!)) keys.add(a.name);
      });
    }
    t.args.forEach(walk);
  };
  const types = def.inherits === undefined ? def.properties : [...def.properties, { type: def.inherits.name, genericArgs: def.inherits.genericArgs }];
  for (const p of types) {
    try {
      walk(typeOfProperty(p.type, p.genericArgs));
    } catch {
      // A malformed member type is reported where the member is resolved.
    }
  }
  return keys;
}

/** Whether the field of `e` reads a scalar's text (a type parameter is trusted to). */
function readsText(e: Expr): boolean {
  if (e.k === "opaque" || e.k === "param") return true;
  if (e.k === "ref") return e.decl.kind === "enum";
  if (e.k !== "builder") return false;
  return e.args.length === 0 || (e.name === "nullable" && readsText(e.args[0]!));
}

function opaque(t: TypeName, scope: Scope, why: string): Expr {
  const clr = show(t);
  scope.warn(`${scope.where}: type ${clr} ${why}; mapped to opaque(${JSON.stringify(clr)}) (its text, as a string)`);
  return { k: "opaque", clr };
}

/** Every declaration an expression names, in order of appearance. */
export function declsOf(e: Expr, out: Decl[] = []): Decl[] {
  if (e.k === "ref") out.push(e.decl);
  else if (e.k === "call") {
    out.push(e.decl);
    e.args.forEach((a) => declsOf(a, out));
  } else if (e.k === "builder") e.args.forEach((a) => declsOf(a, out));
  return out;
}
