import fc from "fast-check";
import type { Codec } from "./codec.js";
import type { EnumField, Field, FieldLike, Infer, ListField, MapField } from "./fields.js";
import { exactTicks } from "./fields.js";

/**
 * `jsv-codec/testing`: fast-check arbitraries derived from field maps. The main entry never
 * loads this module; fast-check is its peer dependency.
 *
 * @module
 */

// Every character that forces quotes, the empty-key mark's neighbours, and text that looks
// like something else (a boolean, an enum, a number, a date, the word null).
const SPECIAL = ['"', ":", ",", "{", "}", "[", "]", "\r", "\n", "\t", " ", "\\", "'", "\u00a0", "\u2028", "#", "/"];
const LOOKALIKES = ["True", "False", "None", "null", "0", "-0", "1.5e3", "1E+21", "NaN", "2020-01-02", "2020-01-02T03:04:05Z", "PT1H", '""', "[]", "{}"];

/**
 * Strings that are hard on purpose: empty, space-padded, full of the characters that force
 * quoting, CSV-style doubled quotes, unicode with astral characters and lone surrogates'
 * neighbours, and text that looks like another kind.
 */
export function hardString(): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...SPECIAL) },
    { weight: 2, arbitrary: fc.constantFrom(...LOOKALIKES) },
    { weight: 3, arbitrary: fc.string({ maxLength: 6 }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 4 }) },
    { weight: 1, arbitrary: fc.constantFrom("é", "日本", "😀", "\u{1F468}\u200D\u{1F469}", "\u200b", "\ufeff") },
  );
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom("", " ", "  ", " x ", "\t") },
    { weight: 6, arbitrary: fc.array(piece, { maxLength: 6 }).map((parts) => parts.join("")) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(" ", "  ", "\t"), fc.string(), fc.constantFrom(" ", "")).map(([a, b, c]) => a + b + c) },
  );
}

/**
 * A map key: as hard as a value, except the single U+200B, which ServiceStack uses to spell
 * the empty key and so reads back as `""` (the empty key itself is generated).
 */
export function hardKey(): fc.Arbitrary<string> {
  return hardString().filter((k) => k !== "\u200b");
}

/**
 * A fast-check arbitrary of the values of a codec (or any field), derived from its field
 * map. Every generated value `v` obeys `codec.decode(codec.encode(v))` deep-equals `v`.
 *
 * @param field - a codec from `dto()`, an enum object, or any field.
 * @example
 * ```ts
 * import fc from "fast-check";
 * import { SessionInfo } from "jsv-codec";
 * import { arbitrary } from "jsv-codec/testing";
 * fc.assert(fc.property(arbitrary(SessionInfo), (v) => {
 *   expect(SessionInfo.decode(SessionInfo.encode(v))).toEqual(v);
 * }));
 * ```
 */
export function arbitrary<F extends FieldLike>(field: F): fc.Arbitrary<Infer<F>> {
  return arbitraryOf(unwrap(field)) as fc.Arbitrary<Infer<F>>;
}

const ENUM_FIELD = Symbol.for("jsv-codec.enum");

function unwrap(f: FieldLike): Field<unknown> {
  return (ENUM_FIELD in f ? (f as unknown as Record<symbol, Field<unknown>>)[ENUM_FIELD] : f) as Field<unknown>;
}

const MAX_INT64 = 2n ** 63n - 1n;
const MIN_DATE = new Date("0001-01-01T00:00:00.000Z");
const MAX_DATE = new Date("9999-12-31T23:59:59.999Z");
/** How deep DTOs nest in generated values: a codec that refers to itself (through `lazy`) still ends. */
const MAX_DTO_DEPTH = 6;

/** A Date as `JsvDate` builds one (the property the library reads), with sub-millisecond ticks. */
function withTicks(date: Date, subMsTicks: number, offsetMinutes?: number): Date {
  const d = new Date(date.getTime());
  Object.defineProperty(d, "subMsTicks", { value: subMsTicks, enumerable: true });
  if (offsetMinutes !== undefined) Object.defineProperty(d, "offsetMinutes", { value: offsetMinutes, enumerable: true });
  return d;
}

/** One UTF-16 unit, any of them (NUL, lone surrogates, the characters that force quotes). */
function charUnit(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...SPECIAL, "\0", "\ud800", "\udfff", "\u200b", "a"),
    fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  );
}

/** A key of a dictionary: what its key field writes, minus what reads back as another key. */
function keyOf(key: Field<unknown>, depth: number): fc.Arbitrary<unknown> {
  // U+200B is the empty key's spelling; an empty byte array is not a key ServiceStack writes.
  if (key.kind === "string" || key.kind === "opaque") return hardKey();
  if (key.kind === "char") return charUnit().filter((c) => c !== "\u200b");
  if (key.kind === "bytes") return fc.uint8Array({ minLength: 1, maxLength: 12 });
  return arbitraryOf(key, depth);
}

/** The identity of a dictionary key, for uniqueness (a Date by its time, a byte array by its content). */
function keyIdentity(k: unknown): unknown {
  if (k instanceof Date) return `${k.getTime()}`;
  if (k instanceof Uint8Array) return Array.from(k).join();
  return k;
}

function arbitraryOf(field: Field<unknown>, depth = 0): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case "string":
    case "opaque":
      return hardString();
    case "char":
      return charUnit();
    case "boolean":
      return fc.boolean();
    case "enum": {
      const e = field as EnumField<unknown>;
      if (e.flags) return fc.integer({ min: -2147483648, max: 2147483647 });
      const names = fc.constantFrom(...e.members);
      if (!e.open) return names;
      // A value with no name is a number; a named one is written, and read back, as its name.
      const named = new Set(e.values);
      return fc.oneof(names, fc.integer({ min: -2147483648, max: 2147483647 }).filter((n) => !named.has(n) && !Object.is(n, -0)));
    }
    case "byte":
      return fc.integer({ min: 0, max: 255 });
    case "sbyte":
      return fc.integer({ min: -128, max: 127 });
    case "short":
      return fc.integer({ min: -32768, max: 32767 });
    case "ushort":
      return fc.integer({ min: 0, max: 65535 });
    case "int":
      return fc.integer({ min: -2147483648, max: 2147483647 });
    case "uint":
      return fc.integer({ min: 0, max: 4294967295 });
    case "long":
      return fc.bigInt({ min: -MAX_INT64 - 1n, max: MAX_INT64 });
    case "ulong":
      return fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
    case "float":
      return fc.float();
    case "double":
      return fc.double();
    case "decimal":
      return fc
        .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 0, max: 8 }))
        .map(([digits, scale]) => {
          const sign = digits < 0n ? "-" : "";
          const s = (digits < 0n ? -digits : digits).toString().padStart(scale + 1, "0");
          return scale === 0 ? sign + s : `${sign}${s.slice(0, -scale)}.${s.slice(-scale)}`;
        });
    case "dateTime": {
      const date = fc.date({ min: MIN_DATE, max: MAX_DATE, noInvalidDate: true });
      return fc.oneof(date, fc.tuple(date, fc.integer({ min: 0, max: 9999 })).map(([d, sub]) => withTicks(d, sub)));
    }
    case "dateTimeOffset":
      // A day inside each end, so that the wall clock at any offset stays in years 1-9999.
      return fc
        .tuple(
          fc.date({ min: new Date("0001-01-02T00:00:00.000Z"), max: new Date("9999-12-30T23:59:59.999Z"), noInvalidDate: true }),
          fc.integer({ min: 0, max: 9999 }),
          fc.oneof(fc.constant(0), fc.integer({ min: -840, max: 840 })),
        )
        .map(([d, sub, offset]) => withTicks(d, sub, offset));
    case "timeSpan":
      return fc
        // Up to 2^52 ticks ServiceStack's double arithmetic keeps every tick (beyond, it writes fewer).
        .oneof(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: -(2 ** 52), max: 2 ** 52 }))
        .filter(exactTicks)
        .map((ticks) => ticks / 10000)
        .filter((ms) => Math.round(ms * 10000) / 10000 === ms && !Object.is(ms, -0));
    case "guid":
      return fc.uuid();
    case "bytes":
      return fc.uint8Array({ maxLength: 40 });
    case "list": {
      const item = (field as ListField<FieldLike>).item;
      if (item.kind === "dto") return fc.array(arbitraryOf(item, depth), { maxLength: 4 });
      // A list whose one item is null is written `[]`, as ServiceStack writes it, and reads
      // back empty: the one list JSV cannot tell apart.
      return fc
        .array(fc.option(arbitraryOf(item, depth), { nil: null, freq: 5 }), { maxLength: 5 })
        .filter((items) => !(items.length === 1 && items[0] === null));
    }
    case "map": {
      const value = arbitraryOf((field as MapField<FieldLike>).value, depth);
      return fc.dictionary(hardKey(), value, { maxKeys: 5, noNullPrototype: true });
    }
    case "dictionary": {
      const { key, value } = field as unknown as { key: Field<unknown>; value: Field<unknown> };
      return fc
        .uniqueArray(fc.tuple(keyOf(key, depth), arbitraryOf(value, depth)), { maxLength: 4, selector: ([k]) => keyIdentity(k) })
        .map((entries) => new Map(entries));
    }
    case "dto": {
      const codec = field as Codec<unknown>;
      const requiredKeys = codec.requiredMembers.map((m) => m.name);
      // Past the depth bound only the members that must be there (a cycle through `lazy` ends).
      if (depth >= MAX_DTO_DEPTH && requiredKeys.length === 0) return fc.constant({});
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const m of codec.members) {
        if (depth >= MAX_DTO_DEPTH && !m.required) continue;
        record[m.name] = arbitraryOf(m.field, depth + 1);
      }
      return fc.record(record, { requiredKeys });
    }
    default:
      throw new TypeError(`jsv-codec/testing: no arbitrary for a field of kind '${field.kind}'`);
  }
}
