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

function arbitraryOf(field: Field<unknown>): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case "string":
      return hardString();
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...(field as EnumField<string>).members);
    case "int":
      return fc.integer({ min: -2147483648, max: 2147483647 });
    case "long":
      return fc.bigInt({ min: -MAX_INT64 - 1n, max: MAX_INT64 });
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
    case "dateTime":
      return fc.date({ min: new Date("0001-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z"), noInvalidDate: true });
    case "timeSpan":
      return fc
        .oneof(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }))
        .filter(exactTicks)
        .map((ticks) => ticks / 10000)
        .filter((ms) => Math.round(ms * 10000) / 10000 === ms);
    case "guid":
      return fc.uuid();
    case "bytes":
      return fc.uint8Array({ maxLength: 40 });
    case "list": {
      const item = (field as ListField<FieldLike>).item;
      if (item.kind === "dto") return fc.array(arbitraryOf(item), { maxLength: 4 });
      // A list whose one item is null is written `[]`, as ServiceStack writes it, and reads
      // back empty: the one list JSV cannot tell apart.
      return fc
        .array(fc.option(arbitraryOf(item), { nil: null, freq: 5 }), { maxLength: 5 })
        .filter((items) => !(items.length === 1 && items[0] === null));
    }
    case "map": {
      const value = arbitraryOf((field as MapField<FieldLike>).value);
      return fc.dictionary(hardKey(), value, { maxKeys: 5, noNullPrototype: true });
    }
    case "dto": {
      const fields = (field as Codec<unknown>).fields;
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, f] of Object.entries(fields)) record[name] = arbitraryOf(f);
      return fc.record(record, { requiredKeys: [] });
    }
    default:
      throw new TypeError(`jsv-codec/testing: no arbitrary for a field of kind '${field.kind}'`);
  }
}
