/**
 * Writes the planned module: one import from `jsv-codec`, then each enum, DTO and generic DTO
 * function as an exported codec with its type, in dependency order. Two spaces a level, one
 * member a line, a trailing comma after each; no date or path, so the same document always
 * gives the same bytes.
 *
 * @module
 */
import type { Metadata } from "./metadata.js";
import type { MemberPlan, ModulePlan, Plan } from "./plan.js";
import type { Decl, Expr } from "./resolve.js";
import { docComment, freeIdentifier, isIdentifier, key, lit } from "./source.js";

/** Everything the generated code may import, values then types. */
const VALUE_IMPORTS = [
  "ErrorResponse",
  "ResponseError",
  "ResponseStatus",
  "alias",
  "boolean",
  "byte",
  "bytes",
  "char",
  "dateTime",
  "dateTimeOffset",
  "decimal",
  "dictionary",
  "double",
  "dto",
  "enumeration",
  "float",
  "guid",
  "int",
  "keyValuePair",
  "lazy",
  "list",
  "long",
  "map",
  "nullable",
  "opaque",
  "pascal",
  "sbyte",
  "short",
  "string",
  "timeSpan",
  "uint",
  "ulong",
  "ushort",
] as const;
const TYPE_IMPORTS = ["Codec", "Field", "FieldLike", "Infer"] as const;
type Import = (typeof VALUE_IMPORTS)[number] | (typeof TYPE_IMPORTS)[number];

/** The names imports take in the module (renamed when a document type took the name), and which are used. */
class Imports {
  /** Import name → local name. */
  private readonly locals = new Map<Import, string>();
  /** Imports the module refers to. */
  private readonly used = new Set<Import>();

  constructor(taken: Set<string>) {
    for (const name of [...VALUE_IMPORTS, ...TYPE_IMPORTS]) {
      const local = taken.has(name) ? freeIdentifier(`${name}$`, taken) : name;
      taken.add(local);
      this.locals.set(name, local);
    }
  }

  /** The local name of an import, marking it used. */
  get(name: Import): string {
    this.used.add(name);
    return this.locals.get(name)!;
  }

  /** The import declaration, sorted, one name a line. */
  declaration(from: string): string[] {
    const names = [...VALUE_IMPORTS, ...TYPE_IMPORTS].filter((n) => this.used.has(n));
    const spec = (n: Import): string => {
      const local = this.locals.get(n)!;
      const type = (TYPE_IMPORTS as readonly string[]).includes(n) ? "type " : "";
      return local === n ? `${type}${n}` : `${type}${n} as ${local}`;
    };
    return ["import {", ...names.map((n) => `  ${spec(n)},`), `} from ${lit(from)};`];
  }
}

/** Options of {@link emitModule}. */
export interface EmitOptions {
  /** The module the generated code imports its builders from. */
  readonly importFrom: string;
}

/**
 * The module's text.
 *
 * @param meta - the document, for the header (service, version, casing).
 * @param plan - what to declare, in order.
 * @param warn - receives what is worth saying about the document as a whole (an unsupported casing).
 * @example
 * ```ts
 * const code = emitModule(meta, planModule(meta, warn), { importFrom: "jsv-codec" }, warn);
 * ```
 */
export function emitModule(meta: Metadata, plan: ModulePlan, options: EmitOptions, warn: (m: string) => void): string {
  const imports = new Imports(plan.taken);
  // Type parameters must not shadow anything the module declares or imports.
  for (const p of plan.plans) {
    const d = p.decl;
    if (d.kind !== "generic") continue;
    const inner = new Set(plan.taken);
    d.params = d.def.genericArgs.map((clr, i) => {
      const type = isIdentifier(clr) && !inner.has(clr) ? clr : freeIdentifier(`T${i}`, inner);
      inner.add(type);
      const lower = type.charAt(0).toLowerCase() + type.slice(1);
      const value = lower !== type && isIdentifier(lower) && !inner.has(lower) ? lower : freeIdentifier(`arg${i}`, inner);
      inner.add(value);
      return { clr, type, value };
    });
  }

  const body: string[] = [];
  for (const p of plan.plans) {
    body.push("");
    if (p.decl.kind === "enum") body.push(...writeEnum(p.decl, imports, warn));
    else body.push(...writeDto(p, imports, plan.taken));
  }
  const dtos = plan.plans.filter((p) => p.decl.kind !== "enum").length;
  const generics = plan.plans.filter((p) => p.decl.kind === "generic").length;
  const enums = plan.plans.length - dtos;
  return [...header(meta, dtos, generics, enums, plan.operations, warn), ...imports.declaration(options.importFrom), ...body].join("\n") + "\n";
}

/** Breaks a paragraph into lines of at most `width` characters at spaces (a longer word stays whole). */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === "" ? word : `${line} ${word}`;
  }
  lines.push(line);
  return lines.join("\n");
}

function header(meta: Metadata, dtos: number, generics: number, enums: number, operations: number, warn: (m: string) => void): string[] {
  const about = [meta.serviceStackVersion ? `ServiceStack ${meta.serviceStackVersion}` : undefined, meta.baseUrl].filter((s) => s !== undefined && s !== "");
  const service = `${meta.serviceName ? `${meta.serviceName} ` : ""}API${about.length > 0 ? ` (${about.join(", ")})` : ""}`;
  const casing = meta.jsTextCase;
  let textCase: string;
  if (casing === undefined) {
    textCase = "The document does not give the server's casing (jsTextCase); a .NET Core host writes camelCase names, the codecs' default.";
  } else if (/^camel(case)?$/i.test(casing)) {
    textCase = `The server writes member names in ${casing} (its jsTextCase): encode with the default textCase "camel".`;
  } else if (/^(pascal(case)?|default)$/i.test(casing)) {
    textCase = `The server writes member names in ${casing} (its jsTextCase): encode with { textCase: "pascal" }.`;
  } else {
    warn(`the server's jsTextCase is ${JSON.stringify(casing)}, which the codecs cannot write (they write camel or Pascal case)`);
    textCase = `The server writes member names in ${casing} (its jsTextCase), which the codecs cannot write: they write camel or Pascal case.`;
  }
  return [
    ...docComment(
      [
        `Codecs of the ${service}, generated by \`jsv codegen\` from its /types/metadata: ${dtos} DTOs (${generics} of them generic), ${enums} enums, ${operations} operations. Do not edit; generate again.`,
        textCase,
        "Every member is optional: ServiceStack leaves null members out, so a member the server marks as required is noted as such, and decoding never fails when it is absent.",
      ].map((p) => wrap(p, 96)),
      "",
    ),
  ];
}

function writeEnum(decl: Decl, imports: Imports, warn: (m: string) => void): string[] {
  const def = decl.def;
  const doc = docComment([def.description ?? "", def.notes ?? ""], "");
  const typeLine = `export type ${decl.id} = ${imports.get("Infer")}<typeof ${decl.id}>;`;
  const names = def.enumNames;
  const values = def.enumValues;
  const wires = def.enumMemberValues;
  const descriptions = def.enumDescriptions;
  const where = `enum ${def.name}`;
  const malformed = (why: string): string[] => {
    warn(`${where}: ${why}; mapped to opaque(${JSON.stringify(def.name)})`);
    return [...doc, `export const ${decl.id} = ${imports.get("opaque")}(${lit(def.name)});`, `export type ${decl.id} = ${imports.get("Infer")}<typeof ${decl.id}>;`];
  };
  if (values !== undefined && values.length !== names.length) return malformed(`${names.length} names and ${values.length} values`);
  if (wires !== undefined && wires.length !== names.length) return malformed(`${names.length} names and ${wires.length} EnumMember values`);
  // A value a number cannot hold (a `long` or `ulong` enum's): the server writes the member's
  // name, or its digits for [Flags], and opaque text keeps both; leaving the member out could not read them.
  const unsafe = values?.findIndex((text) => /^-?[0-9]{1,400}$/.test(text.trim()) && !Number.isSafeInteger(Number(text.trim())));
  if (unsafe !== undefined && unsafe >= 0) {
    return malformed(`member ${JSON.stringify(names[unsafe])} has value ${JSON.stringify(values![unsafe])}, not a safe integer`);
  }

  const members: { name: string; value: number; wire: string | undefined; description: string | undefined }[] = [];
  const seen = new Set<string>();
  names.forEach((name, i) => {
    const text = values?.[i];
    const value = text === undefined ? i : /^-?[0-9]{1,16}$/.test(text.trim()) ? Number(text.trim()) : NaN;
    if (name === "" || name === "__proto__" || seen.has(name)) {
      warn(`${where}: member name ${JSON.stringify(name)} is empty, repeated or unsafe; left out (its value reads as digits)`);
      return;
    }
    if (!Number.isSafeInteger(value)) {
      warn(`${where}: member ${JSON.stringify(name)} has value ${JSON.stringify(text)}, not a safe integer; left out`);
      return;
    }
    seen.add(name);
    const wire = wires?.[i];
    members.push({ name, value, wire: wire !== undefined && wire !== "" && wire !== name ? wire : undefined, description: descriptions?.[i] });
  });

  // Always the object form: a value without a name (PlayerRegion 0) then reads as a number.
  const out = [...doc];
  const describe = (m: (typeof members)[number]): string[] => (m.description ? docComment([m.description], "  ") : []);
  const options: string[] = [];
  if (def.isEnumInt) options.push("  flags: true,");
  // A name Object.prototype also has (`constructor`) is listed even when it is its own wire
  // name: an object literal without it would inherit the prototype's.
  const wired = members.some((m) => m.wire !== undefined) ? members.filter((m) => m.wire !== undefined || m.name in Object.prototype) : [];
  if (wired.length > 0) options.push("  wireNames: {", ...wired.map((m) => `    ${key(m.name)}: ${lit(m.wire ?? m.name)},`), "  },");
  const head = `export const ${decl.id} = ${imports.get("enumeration")}(${lit(def.name)}, {`;
  const close = options.length > 0 ? ["}, {", ...options, "});"] : ["});"];
  if (members.length === 0) out.push(`${head}${close[0]}`, ...close.slice(1));
  else out.push(head, ...members.flatMap((m) => [...describe(m), `  ${key(m.name)}: ${m.value},`]), ...close);
  out.push(typeLine);
  return out;
}

/** Writes a field expression in the context of the plan being written. */
function expr(e: Expr, plan: Plan, imports: Imports): string {
  switch (e.k) {
    case "builder":
      return `${imports.get(e.name as Import)}(${e.args.map((a) => expr(a, plan, imports)).join(", ")})`;
    case "opaque":
      return `${imports.get("opaque")}(${lit(e.clr)})`;
    case "param":
      return plan.decl.params[e.index]!.value;
    case "call":
      return `${e.decl.id}(${e.args.map((a) => expr(a, plan, imports)).join(", ")})`;
    case "ref":
      return lazy(e.decl, plan) ? `${imports.get("lazy")}((): ${imports.get("Codec")}<${e.decl.id}> => ${e.decl.id})` : e.decl.id;
    case "library":
      return imports.get(e.name as Import);
  }
}

/** Whether a reference to `target` from `plan` must wait until first use (both on one cycle). */
function lazy(target: Decl, plan: Plan): boolean {
  return plan.cycle !== undefined && plan.cycle.has(target) && target.kind === "dto";
}

/**
 * The type of a field expression, written with the builders' own types, for the interface a
 * declaration on a cycle needs (its type cannot be inferred from itself).
 */
function fieldType(e: Expr, plan: Plan, imports: Imports): string {
  switch (e.k) {
    case "builder": {
      const args = e.args.map((a) => fieldType(a, plan, imports));
      return `ReturnType<typeof ${imports.get(e.name as Import)}${args.length > 0 ? `<${args.join(", ")}>` : ""}>`;
    }
    case "opaque":
      return `ReturnType<typeof ${imports.get("opaque")}>`;
    case "param":
      return plan.decl.params[e.index]!.type;
    case "call":
      return `ReturnType<typeof ${e.decl.id}<${e.args.map((a) => fieldType(a, plan, imports)).join(", ")}>>`;
    case "ref":
      // Not Codec<X>: its encode-input type would map X's members, which lead back here.
      return lazy(e.decl, plan) ? `${imports.get("Field")}<${e.decl.id}> & { readonly kind: "dto" }` : `typeof ${e.decl.id}`;
    case "library":
      return `typeof ${imports.get(e.name as Import)}`;
  }
}

function memberLines(m: MemberPlan, plan: Plan, imports: Imports, indent: string): string[] {
  const notes: string[] = [];
  if (m.description) notes.push(m.description);
  if (m.required) notes.push("Required by the server (it may still leave the member out when null).");
  if (m.expr.k === "opaque") notes.push(`${m.clrType}: kept as the text the server writes.`);
  const field = expr(m.expr, plan, imports);
  const value =
    m.alias !== undefined
      ? `${imports.get("alias")}(${field}, ${lit(m.alias)})`
      : m.pascal !== undefined
        ? `${imports.get("pascal")}(${field}, ${lit(m.pascal)})`
        : field;
  return [...docComment(notes, indent), `${indent}${key(m.key)}: ${value},`];
}

function writeDto(plan: Plan, imports: Imports, taken: ReadonlySet<string>): string[] {
  const d = plan.decl;
  const def = d.def;
  const notes: string[] = [def.description ?? "", def.notes ?? ""];
  const use: string[] = [];
  if (plan.routes.length > 0) use.push(`Routes: ${plan.routes.map((r) => `${r.verbs ?? "ANY"} ${r.path}`).join(", ")}.`);
  else if (plan.method !== undefined) use.push(`No route of its own; method ${plan.method}.`);
  if (plan.returnsText !== undefined) use.push(`Returns ${plan.returnsText}.`);
  notes.push(use.join(" "));

  const generic = d.kind === "generic";
  const indent = generic ? "  " : "";
  const name = generic ? `${def.name.replace(/`[0-9]+$/, "")}<${d.params.map((p) => p.clr).join(",")}>` : def.name;
  const options: string[] = [];
  if (plan.inherits) options.push(`${indent}  inherits: ${expr(plan.inherits, plan, imports)},`);
  if (plan.routes.length > 0) {
    options.push(`${indent}  routes: [`);
    for (const r of plan.routes) {
      options.push(`${indent}    { path: ${lit(r.path)}${r.verbs !== undefined ? `, verbs: ${lit(r.verbs)}` : ""} },`);
    }
    options.push(`${indent}  ],`);
  }
  if (plan.returns !== undefined) options.push(`${indent}  returns: ${plan.returns === "void" ? '"void"' : expr(plan.returns, plan, imports)},`);

  const members = plan.members.flatMap((m) => memberLines(m, plan, imports, `${indent}  `));
  // The dto(...) call; its first line follows `=` or `=>`.
  const head = `${imports.get("dto")}(${lit(name)}, {`;
  const call = members.length === 0 ? [`${head}}${options.length === 0 ? ");" : ", {"}`] : [head, ...members, `${indent}}${options.length === 0 ? ");" : ", {"}`];
  if (options.length > 0) call.push(...options, `${indent}});`);
  const out = docComment(notes, "");

  if (generic) {
    const typeParams = d.params.map((p) => `${p.type} extends ${imports.get("FieldLike")}`).join(", ");
    // An unused parameter (QueryDb<T> has no member of type T) is marked as such for noUnusedParameters.
    const used = new Set<number>();
    const scan = (e: Expr): void => {
      if (e.k === "param") used.add(e.index);
      else if (e.k === "builder" || e.k === "call") e.args.forEach(scan);
    };
    plan.members.forEach((m) => scan(m.expr));
    if (plan.inherits) scan(plan.inherits);
    const args = d.params.map((p, i) => `${used.has(i) || taken.has(`_${p.value}`) || d.params.some((q) => q.type === `_${p.value}` || q.value === `_${p.value}`) ? p.value : `_${p.value}`}: ${p.type}`).join(", ");
    out.push(`export const ${d.id} = <${typeParams}>(${args}) =>`, `  ${call[0]}`, ...call.slice(1));
    out.push(`export type ${d.id}<${typeParams}> = ${imports.get("Infer")}<ReturnType<typeof ${d.id}<${d.params.map((p) => p.type).join(", ")}>>>;`);
    return out;
  }

  if (plan.cycle === undefined) {
    out.push(`export const ${d.id} = ${call[0]}`, ...call.slice(1));
    out.push(`export type ${d.id} = ${imports.get("Infer")}<typeof ${d.id}>;`);
    return out;
  }

  // On a cycle: the type is written out, and the codec annotated with it.
  let base = "";
  if (plan.inherits?.k === "ref") base = ` extends ${plan.inherits.decl.id}`;
  else if (plan.inherits?.k === "call") {
    base = ` extends ${plan.inherits.decl.id}<${plan.inherits.args.map((a) => fieldType(a, plan, imports)).join(", ")}>`;
  }
  // `| undefined` as the codec's own type says it, so that it compiles under exactOptionalPropertyTypes.
  const shape = plan.members.map((m) => `  ${key(m.key)}?: ${imports.get("Infer")}<${fieldType(m.expr, plan, imports)}> | undefined;`);
  const returns = plan.returns === undefined ? "" : `, ${plan.returns === "void" ? '"void"' : fieldType(plan.returns, plan, imports)}`;
  out.push(`export interface ${d.id}${base} {`, ...shape, "}");
  out.push(`export const ${d.id}: ${imports.get("Codec")}<${d.id}${returns}> = ${call[0]}`, ...call.slice(1));
  return out;
}
