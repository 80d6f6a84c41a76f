import type { Codec, Member } from "./codec.js";
import type { EncodeContext, Field, PendingWriter } from "./fields.js";
import { dtoWriters, encodeFail, listFields } from "./fields.js";
import { outputTooLarge } from "./errors.js";
import { atStep } from "./failure.js";
import { MAX_STRING_LENGTH, PENDING_MAX, quoteString } from "./writer.js";

/**
 * Compiled codecs: on first use, each DTO's `encode` and its step of `decode` are generated
 * from its field map with `new Function`, so that V8 sees named member loads, precomputed
 * `name:` pieces and a result built as one object literal, instead of the interpreted
 * path's loops over `codec.members`. Code is made from field maps only, never from input
 * text, and every name and constant enters it through `JSON.stringify`.
 *
 * The interpreted path stays, and runs where `new Function` is refused (a
 * Content-Security-Policy without `unsafe-eval`), for a codec made with `compile: false`,
 * after `setCompile(false)`, and for every member kind the compiler does not know (which it
 * hands to that field's own `write` and to the reader's `value`). A property test holds the
 * two paths to the same text, value and error.
 *
 * @module
 */

/** What {@link setCompile} takes. */
export interface CompileSettings {
  /**
   * Whether DTO codecs compile themselves on first use. When false, every codec runs the
   * interpreted path (already compiled code is set aside, not dropped).
   *
   * Default: `true`.
   */
  enabled?: boolean;
  /**
   * Whether `decode` compiles its object step too. Off by default: on this project's
   * benchmark the compiled step (object literals of the members present, names matched
   * character by character) is slower than the interpreted reader for one DTO type, whose
   * one hot loop V8 optimises better than a large function per DTO; with many DTO types it
   * reads large documents nearly twice as fast, small ones unevenly (see the README's
   * Performance section).
   *
   * Default: `false`.
   */
  decode?: boolean;
  /**
   * Called once per compiled function, with what it cost: for diagnostics.
   *
   * Default: none.
   */
  onCompile?: ((report: CompileReport) => void) | undefined;
}

/** What one compiled function cost. */
export interface CompileReport {
  /** The DTO's name. */
  readonly name: string;
  /** `"encode"` (camel or pascal case) or `"decode"`. */
  readonly what: "encode camel" | "encode pascal" | "decode" | "decode result";
  /** Length of the generated source, in UTF-16 units. */
  readonly sourceLength: number;
  /** Time spent generating and compiling it, in milliseconds. */
  readonly ms: number;
}

let enabled = true;
let decodeToo = false;
let onCompile: CompileSettings["onCompile"];

/**
 * Turns compiled codecs on or off for every codec (per codec: `dto(name, fields, { compile:
 * false })`), or sets a diagnostics hook. Compiling needs `new Function`; where a
 * Content-Security-Policy refuses it, codecs run interpreted without being told.
 *
 * @param settings - `true`/`false`, or {@link CompileSettings}.
 * @example
 * ```ts
 * setCompile(false); // interpreted everywhere from now on
 * setCompile({ enabled: true, decode: true, onCompile: (r) => console.log(r.name, r.what, r.ms) });
 * ```
 */
export function setCompile(settings: boolean | CompileSettings): void {
  if (typeof settings === "boolean") settings = { enabled: settings };
  if (settings.enabled !== undefined) enabled = settings.enabled;
  if (settings.decode !== undefined) decodeToo = settings.decode;
  if ("onCompile" in settings) onCompile = settings.onCompile;
}

/**
 * A compiled writer: a codec's `write`, in one text case, after pending text (see
 * {@link PendingWriter}).
 */
type Writer = PendingWriter;

/**
 * The decoder a compiled read step drives (`decoder.ts`'s TypedReader): its position and
 * the methods it shares with the interpreted object reader.
 */
export interface StepReader {
  pos: number;
  readonly text: string;
  readonly trim: boolean;
  openEmpty(depth: number, closer: number): boolean;
  readKeyAt(pos: number): string;
  keyText(key: string): string;
  readAny(depth: number): unknown;
  value(field: Field<unknown>, depth: number): unknown;
  separator(closer: number, key: string | undefined): boolean;
  complete(codec: Codec<unknown>, result: Record<string, unknown>, open: number): Record<string, unknown>;
}

/** A compiled read step: reads the object at the reader's position. */
export type ReadStep = (reader: StepReader, depth: number) => Record<string, unknown>;

interface Compiled {
  camel?: Writer | null;
  pascal?: Writer | null;
  read?: ReadStep | null;
}

// Each codec keeps its compiled functions under a symbol (one property load on the hot
// path); a codec that cannot take the property (frozen) keeps them in a WeakMap.
const SLOT = Symbol("jsv-codec.compiled");
const frozenState = new WeakMap<object, Compiled>();
const interpretedOnly = new WeakSet<object>();

/** Marks a codec as never compiled (`compile: false`). */
export function interpretOnly(codec: object): void {
  interpretedOnly.add(codec);
  // A lazy() wrapper is another object with the same members: known by them too.
  const members = (codec as { members?: unknown }).members;
  if (typeof members === "object" && members !== null) interpretedOnly.add(members);
}

/** Whether a codec (or the codec a lazy() wrapper stands for) was made with `compile: false`. */
function interpretOnlyCodec(codec: Codec<unknown>): boolean {
  return interpretedOnly.has(codec) || interpretedOnly.has(codec.members);
}

let canCompile: boolean | undefined;

/** Whether `new Function` works here: asked once (a CSP without `unsafe-eval` throws). */
function functionsAllowed(): boolean {
  if (canCompile === undefined) {
    try {
      canCompile = new Function("return 1")() === 1;
    } catch {
      canCompile = false;
    }
  }
  return canCompile;
}

function compiledOf(codec: Codec<unknown>): Compiled | undefined {
  if (!enabled) return undefined;
  const c = (codec as unknown as Record<symbol, Compiled | undefined>)[SLOT];
  return c !== undefined ? c : firstUse(codec);
}

function firstUse(codec: Codec<unknown>): Compiled {
  let c = frozenState.get(codec);
  if (c === undefined) {
    c = interpretOnlyCodec(codec) || !functionsAllowed() ? { camel: null, pascal: null, read: null } : {};
    if (Object.isExtensible(codec)) Object.defineProperty(codec, SLOT, { value: c });
    else frozenState.set(codec, c);
  }
  return c;
}

/** The compiled `write` of a codec in one text case, or undefined where the interpreted one runs. */
export function compiledWriter(codec: Codec<unknown>, pascal: boolean): Writer | undefined {
  const c = compiledOf(codec);
  if (c === undefined) return undefined;
  let w = pascal ? c.pascal : c.camel;
  if (w === undefined) {
    w = build(codec, pascal ? "encode pascal" : "encode camel", () => writerSource(codec, pascal));
    if (pascal) c.pascal = w;
    else c.camel = w;
  }
  return w ?? undefined;
}

/** The compiled read step of a codec, or undefined where the interpreted one runs. */
export function compiledReader(codec: Codec<unknown>): ReadStep | undefined {
  if (!decodeToo) return undefined;
  const c = compiledOf(codec);
  if (c === undefined) return undefined;
  if (c.read === undefined) c.read = build(codec, "decode", () => readerSource(codec));
  return c.read ?? undefined;
}

/** Generated source and the values it closes over, by parameter name. */
interface Source {
  body: string;
  scope: Record<string, unknown>;
}

/** Compiles one function; null (the interpreted path) if anything about it fails. */
function build<F>(codec: Codec<unknown>, what: CompileReport["what"], source: () => Source): F | null {
  const t = performance.now();
  try {
    const { body, scope } = source();
    const names = Object.keys(scope);
    const fn = new Function(...names, `"use strict";\n${body}`)(...names.map((n) => scope[n])) as F;
    onCompile?.({ name: codec.name, what, sourceLength: body.length, ms: performance.now() - t });
    return fn;
  } catch {
    return null;
  }
}

const lit = (v: unknown): string => JSON.stringify(v);

// Characters that force quotes: one regular-expression test per string, a character class
// (no backtracking), as quoteString's own rule.
const NEEDS_QUOTES = /[",:[\]{}\r\n]/;

/** Writes `value` into a throwaway output: what a field writes for it, or undefined if it refuses. */
function probeWrite(field: Field<unknown>, value: unknown): string | undefined {
  let text = "";
  try {
    field.write(value, { out: { write: (s: string) => void (text += s) } as EncodeContext["out"], pascal: false });
  } catch {
    return undefined;
  }
  return text;
}

/** Reads `text` with a field's own `read`: its value, or undefined if it fails. */
function probeRead(field: Field<unknown>, text: string): unknown {
  try {
    return field.read?.(text, { fail: () => { throw new Error("probe"); } });
  } catch {
    return undefined;
  }
}

const PROBE_STRINGS = ["", "a", " a ", "a,b", 'q"', "x:y", "[", "]", "{", "}", "a\nb", "a\rb", "True", "\u200b", "é日"];

/** How a member's value is written: a fast path the compiler knows, or the field's own `write`. */
function writeKind(field: Field<unknown>): "string" | "boolean" | "enum" | "dtoList" | "other" {
  if (field.kind === "string" && PROBE_STRINGS.every((s) => probeWrite(field, s) === quoteString(s))) return "string";
  if (field.kind === "boolean" && probeWrite(field, true) === "True" && probeWrite(field, false) === "False") return "boolean";
  if (field.kind === "enum" && enumNames(field).length > 0) return "enum";
  // A list() of a dto() codec: its items are written here, through their compiled writer.
  if (listFields.has(field) && dtoWriters.has((field as { item?: object }).item ?? {})) return "dtoList";
  return "other";
}

/**
 * Code that writes the list of DTOs in `x` as `list().write` does (a null item `{}`, the
 * index as the step of an error, output-too-large before the first item), through the item
 * codec's compiled writer, found on first use (`W${i}`; null for an interpreted one).
 */
function dtoListCode(i: number, scope: Record<string, unknown>, pascal: boolean): string {
  // A parameter of the outer function, set on first use: the item codec compiles when a list
  // of it is first written (an empty one included), not when the outer codec compiles.
  scope[`W${i}`] = undefined;
  scope.itemWriter ??= (list: { item: object }) => dtoWriters.get(list.item)?.(pascal) ?? null;
  return `if (Array.isArray(x)) {
      i = ${i};
      if (x.length > MAX) throw tooLarge();
      s += p + "[";
      w = W${i};
      if (w === undefined) w = W${i} = itemWriter(F[${i}]);
      j = 0;
      try {
        for (; j < x.length; j++) {
          if (j > 0) s += ",";
          y = x[j];
          if (y === null || y === undefined) s += "{}";
          else if (w !== null) s = w(y, ctx, s);
          else { out.write(s); s = ""; F[${i}].item.write(y, ctx); }
          if (s.length > PENDING) { out.write(s); s = ""; }
        }
      } catch (error) {
        throw atStep(error, j);
      }
      s += "]";
    } else`;
}

/** An enum's member names that it writes as themselves (a wire name or a number differs). */
function enumNames(field: Field<unknown>): string[] {
  const members = (field as { members?: unknown }).members;
  if (!Array.isArray(members)) return [];
  return members.filter((m): m is string => typeof m === "string" && m !== "" && probeWrite(field, m) === m);
}

function writerSource(codec: Codec<unknown>, pascal: boolean): Source {
  const members = codec.members;
  const scope: Record<string, unknown> = {
    fail: encodeFail,
    // Own members only, as the interpreted writer: an inherited property is not data.
    hasOwn: Object.hasOwn,
    proto: Object.getPrototypeOf,
    OP: Object.prototype,
    atStep,
    Q: NEEDS_QUOTES,
    F: members.map((m) => m.field),
    N: members.map((m) => m.name),
    EXPECTED: codec.expected,
    MAX: MAX_STRING_LENGTH,
    PENDING: PENDING_MAX,
    tooLarge: outputTooLarge,
  };
  const lines: string[] = [];
  members.forEach((m: Member, i) => {
    const [first, rest] = pascal ? m.pascal : m.camel;
    // `name:` or `,name:`: the first member written has no comma.
    const name = (after = "") => `(f ? ${lit(first + after)} : ${lit(rest + after)})`;
    const kind = writeKind(m.field);
    let fast = "";
    // Each fast path appends whole pieces (the name with its quote, a constant with its
    // name): fewer pieces for the output to join, and one test of the quoting rule.
    if (kind === "string") {
      fast = `if (typeof x === "string") s += Q.test(x) ? ${name('"')} + (x.includes('"') ? x.replaceAll('"', '""') : x) + '"' : ${name()} + (x === "" ? '""' : x); else`;
    } else if (kind === "boolean") {
      fast = `if (typeof x === "boolean") s += x ? ${name("True")} : ${name("False")}; else`;
    } else if (kind === "enum") {
      const names = enumNames(m.field);
      scope[`EF${i}`] = new Map(names.map((n) => [n, first + n]));
      scope[`ER${i}`] = new Map(names.map((n) => [n, rest + n]));
      fast = `if (typeof x === "string" && (t = (f ? EF${i} : ER${i}).get(x)) !== undefined) s += t; else`;
    } else if (kind === "dtoList") fast = `p = ${name()}; ${dtoListCode(i, scope, pascal)}`;
    lines.push(
      // i first: reading the member may throw (a getter, a proxy), at this member's path.
      `i = ${i}; x = plain && !(${lit(m.name)} in OP) ? v[${lit(m.name)}] : hasOwn(v, ${lit(m.name)}) ? v[${lit(m.name)}] : undefined;`,
      `if (x === undefined || x === null) {`,
      m.required ? `  i = ${i}; fail("a value (required)", x);` : "",
      `} else {`,
      `  ${fast} { out.write(s + ${name()}); s = ""; i = ${i}; F[${i}].write(x, ctx); }`,
      `  f = false;`,
      `}`,
    );
  });
  const body = `return function write(v, ctx, s) {
  if (v === null || typeof v !== "object" || Array.isArray(v) || v instanceof Date || v instanceof Map) fail(EXPECTED, v);
  // Own members only, found as the interpreted writer finds them (see ownMember in codec.ts).
  const out = ctx.out, pr = proto(v), plain = pr === OP || pr === null;
  let f = true, p = "", i = 0, x, w, j = 0, y, t;
  s += "{";
  try {
${lines.filter((l) => l !== "").map((l) => `    ${l}`).join("\n")}
  } catch (error) {
    throw atStep(error, N[i]);
  }
  return s + "}";
};`;
  return { body, scope };
}

/** Most result shapes (sets of members present) a DTO builds as object literals; others member by member. */
const MAX_SHAPES = 64;
/** Most members for which the shape is a number (a bit a member, exact in a double). */
const MAX_SHAPE_MEMBERS = 52;

function readerSource(codec: Codec<unknown>): Source {
  const members = codec.members;
  const n = members.length;
  const scope: Record<string, unknown> = {
    atStep,
    C: codec,
    F: members.map((m) => m.field),
    N: members.map((m) => m.name),
    INDEX: new Map(members.map((m, i) => [m, i])),
    shapeFor: shapeBuilders(members),
  };
  const vars = members.map((_, i) => `v${i}`);

  // Key guessing as the interpreted reader does it: from the member after the last one
  // guessed, the wire name then the Pascal-case one; here grouped by first character, each
  // group in the same order, so that the first match is the same member.
  const groups = new Map<number, string[]>();
  members.forEach((m, i) => {
    const spellings = m.pascalName === m.wireName ? [m.wireName] : [m.wireName, m.pascalName];
    // As the interpreted reader (decoder.ts): a name that no bare key spells (empty, or with
    // `:` `,` `{` `}` `[` `]` a quote or whitespace, or U+200B, the empty key) is found by
    // reading the key.
    for (const name of spellings.filter((n) => n !== "" && n !== "\u200b" && !/[\s":,{}[\]]/.test(n))) {
      const c = name.length > 0 ? name.charCodeAt(0) : 58;
      const checks = groups.get(c) ?? [];
      // The first character is the case's; the others compared one by one, no call.
      const rest = name.length > 1 ? ` && ${spellsAt(name, "pos", 1)}` : "";
      checks.push(`if (next <= ${i} && text.charCodeAt(pos + ${name.length}) === 58${rest}) { m = ${i}; len = ${name.length}; break; }`);
      groups.set(c, checks);
    }
  });
  const cases = [...groups].map(([c, checks]) => `case ${c}:\n${checks.map((k) => `          ${k}`).join("\n")}\n          break;`);

  // Enum and boolean members: the spellings ServiceStack writes are matched in the text,
  // before a `,` or `}`, without making a string; anything else goes to the reader.
  const values: string[] = [];
  members.forEach((m, i) => {
    const spellings = constantSpellings(m.field);
    const checks = spellings.map(([text, value], j) => {
      scope[`K${i}_${j}`] = value;
      return `if (${spellsAt(text, "q")} && ((c = text.charCodeAt(q + ${text.length})) === 44 || c === 125)) { v = K${i}_${j}; r.pos = q + ${text.length}; } else `;
    });
    const read = checks.length > 0 ? `q = r.pos; ${checks.join("")}v = r.value(F[${i}], depth);` : `v = r.value(F[${i}], depth);`;
    values.push(`case ${i}: ${read} ${vars[i]} = v; break;`);
  });

  const shapeCode =
    n <= MAX_SHAPE_MEMBERS ? `let shape = 0;${vars.map((v, i) => ` if (${v} !== undefined) shape += ${2 ** i};`).join("")}` : "const shape = -1;";
  const body = `const shapes = new Map();
return function read(r, depth) {
  const open = r.pos;
  if (r.openEmpty(++depth, 125)) return r.complete(C, {}, open);
  const text = r.text;
  let ${vars.length > 0 ? `${vars.join(", ")}, ` : ""}next = 0, pos = r.pos + 1, m = -1, len = 0, key, v, q = 0, c = 0;
  for (;;) {
    m = -1;
    key = undefined;
    if (!r.trim) {
      switch (text.charCodeAt(pos)) {
        ${cases.join("\n        ")}
      }
    }
    if (m >= 0) {
      next = m + 1;
      r.pos = pos + len;
    } else {
      key = r.keyText(r.readKeyAt(pos));
      const found = C.member(key);
      if (found !== undefined) m = INDEX.get(found);
    }
    r.pos++;
    if (m < 0) {
      r.readAny(depth);
    } else {
      try {
        switch (m) {
          ${values.join("\n          ")}
        }
      } catch (error) {
        throw atStep(error, N[m]);
      }
    }
    if (text.charCodeAt(r.pos) === 44) {
      pos = r.pos + 1;
      continue;
    }
    r.separator(125, key ?? N[m]);
    ${shapeCode}
    let make = shapes.get(shape);
    if (make === undefined) shapes.set(shape, (make = shapeFor(shape)));
    return r.complete(C, make(${vars.join(", ")}), open);
  }
};`;
  return { body, scope };
}

/** Code that is true when `text` at `at` spells `word` (from its character `from`): one comparison a character. */
function spellsAt(word: string, at: string, from = 0): string {
  const checks: string[] = [];
  for (let k = from; k < word.length; k++) checks.push(`text.charCodeAt(${at} + ${k}) === ${word.charCodeAt(k)}`);
  return checks.join(" && ");
}

/** Constant spellings of an enum or boolean member: the text it writes and the value its `read` gives. */
function constantSpellings(field: Field<unknown>): [string, unknown][] {
  let texts: string[] = [];
  if (field.kind === "boolean") texts = ["True", "False"];
  else if (field.kind === "enum") {
    const members = (field as { members?: unknown }).members;
    if (Array.isArray(members)) texts = members.map((m) => probeWrite(field, m)).filter((t): t is string => t !== undefined);
  }
  const out: [string, unknown][] = [];
  for (const text of texts) {
    // Only a bare token that reads the same in every whitespace mode.
    if (text === "" || /[\s",:[\]{}]/.test(text) || text !== text.trim()) continue;
    const value = probeRead(field, text);
    if (value === undefined || (typeof value === "object" && value !== null) || typeof value === "function") continue;
    out.push([text, value]);
  }
  return out;
}

/**
 * The builders of a DTO's results: `shape` is the set of members present, a bit a member;
 * each set gets one object literal (made once, up to {@link MAX_SHAPES} sets), so that V8
 * allocates the result whole with its final shape; past that, member by member.
 */
function shapeBuilders(members: readonly Member[]): (shape: number) => (...values: unknown[]) => object {
  const params = members.map((_, i) => `v${i}`).join(", ");
  // `__proto__` as a literal key would set the prototype; computed, it is an own property.
  const key = (name: string) => (name === "__proto__" ? `[${lit(name)}]` : lit(name));
  const store = (name: string, v: string) =>
    name === "__proto__" ? `Object.defineProperty(o, "__proto__", { value: ${v}, writable: true, enumerable: true, configurable: true });` : `o[${lit(name)}] = ${v};`;
  const oneByOne = new Function(params, `"use strict"; const o = {};\n${members.map((m, i) => `if (v${i} !== undefined) ${store(m.name, `v${i}`)}`).join("\n")}\nreturn o;`) as (
    ...values: unknown[]
  ) => object;
  let made = 0;
  return (shape) => {
    if (shape < 0 || made >= MAX_SHAPES) return oneByOne;
    made++;
    const present = members.map((m, i) => (Math.floor(shape / 2 ** i) % 2 === 1 ? `${key(m.name)}: v${i}` : "")).filter((s) => s !== "");
    return new Function(params, `"use strict"; return { ${present.join(", ")} };`) as (...values: unknown[]) => object;
  };
}

/**
 * A compiled result builder: `new B(values)` is a DTO's result, from its members' values by
 * index, which it empties (sets back to undefined) for the next object.
 */
export type ResultBuilder = new (values: readonly unknown[]) => Record<string, unknown>;

const builders = new WeakMap<object, ResultBuilder | null>();

/**
 * The constructor typed decode builds a DTO's results with, or undefined where the
 * interpreted path runs (`compile: false` on the codec, or on the codec a lazy() wrapper
 * stands for; no `new Function`). Made once per codec; the caller keeps it and asks
 * {@link compiling} at each use. Its body stores each member present by name
 * (`this["callSid"] = v[20]`), which gives V8 named stores into in-object fields it sized
 * for the DTO: the result is a fast-mode object like JSON.parse's, where stores by a
 * computed key into `{}` go to dictionary mode at twenty members. Its `prototype` is
 * `Object.prototype`: the results are plain objects.
 */
export function builderOf(codec: Codec<unknown>): ResultBuilder | undefined {
  let b = builders.get(codec);
  if (b === undefined) {
    b = interpretOnlyCodec(codec) || !functionsAllowed() ? null : build<ResultBuilder>(codec, "decode result", () => builderSource(codec));
    if (b !== null) b.prototype = Object.prototype;
    builders.set(codec, b);
  }
  return b ?? undefined;
}

/** Whether compiled code runs now (`setCompile`). */
export function compiling(): boolean {
  return enabled;
}

function builderSource(codec: Codec<unknown>): Source {
  const stores = codec.members.map((m, i) =>
    m.name === "__proto__"
      ? // An own member named __proto__, never the prototype.
        `if (v[${i}] !== undefined) { define(this, "__proto__", { value: v[${i}], writable: true, enumerable: true, configurable: true }); v[${i}] = undefined; }`
      : `if (v[${i}] !== undefined) { this[${lit(m.name)}] = v[${i}]; v[${i}] = undefined; }`,
  );
  return { body: `return function Result(v) {\n  ${stores.join("\n  ")}\n};`, scope: { define: Object.defineProperty } };
}
