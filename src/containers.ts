import type { Codec } from "./codec.js";
import { dto } from "./codec.js";
import type { Field, FieldLike, Infer } from "./fields.js";
import { encodeFail, toField } from "./fields.js";
import { atStep, EncodeProblem } from "./failure.js";
import { Output, quoteKey } from "./writer.js";

// The containers beyond list() and map() (fields.ts): dictionaries with typed keys,
// KeyValuePair, and Nullable<T>.

/** A dictionary field (`Dictionary<K, V>` with keys that are not strings). */
export interface DictionaryField<K extends FieldLike, V extends FieldLike> extends Field<Map<Infer<K>, Infer<V>>> {
  readonly kind: "dictionary";
  readonly key: Field<unknown>;
  readonly value: Field<unknown>;
}

/** Kinds whose text is the string itself, quoted by the string rule (and so as a key). */
const TEXT_KINDS = new Set(["string", "char", "opaque"]);

/**
 * A .NET `Dictionary<K, V>` as a `Map<K, V>` whose keys keep their type
 * (`Dictionary<int,string>` is `{1:one,-2:two}` and reads back with number keys). Entries in
 * the Map's order; null values are left out, as ServiceStack leaves them out; a key that
 * holds `:` `,` or a bracket is quoted. `map(value)` is the form for string keys as plain objects.
 *
 * @throws {JsvEncodeError} (code `duplicate-key`) from `encode` when two keys are written with
 *   the same text (a Guid in two spellings, two `Date` objects of one instant): it would read
 *   back as one entry.
 * @param keyField - the field of each key: a scalar builder's or an enum object.
 * @param valueField - the field of each value.
 * @example
 * ```ts
 * const Names = dto("Names", { byId: dictionary(int(), string()) });
 * Names.encode({ byId: new Map([[1, "one"], [-2, "two"]]) }); // "{byId:{1:one,-2:two}}"
 * Names.decode("{byId:{1:one}}").byId?.get(1); // "one"
 * ```
 */
export function dictionary<K extends FieldLike, V extends FieldLike>(keyField: K, valueField: V): DictionaryField<K, V> {
  const key = toField(keyField);
  const value = toField(valueField);
  if (key.read === undefined) throw new TypeError(`dictionary keys must be scalars, not a field of kind '${key.kind}'`);
  const textKeys = TEXT_KINDS.has(key.kind);
  return {
    kind: "dictionary",
    key,
    value,
    expected: "a dictionary (Map)",
    write(v, ctx) {
      if (!(v instanceof Map)) encodeFail("a dictionary (Map)", v);
      const out = ctx.out;
      out.write("{");
      let first = true;
      // Keys that differ in JavaScript may share a text (a Guid's two spellings, two Date
      // objects of one instant, floats one float32 apart): the reader would keep the last.
      const written = new Set<string>();
      for (const [k, entry] of v) {
        if (entry === null || entry === undefined) continue;
        let text: string;
        try {
          if (k === null || k === undefined) encodeFail(key.expected, k);
          if (textKeys) {
            if (typeof k !== "string") encodeFail(key.expected, k);
            // Checks a Char's length and the like, then writes the key's own text.
            key.write(k, { out: new Output(), pascal: ctx.pascal });
            // U+200B is the empty key's spelling: it reads back as "", which is no Char.
            if (k === "\u200b" && key.kind === "char") encodeFail("a Char key other than U+200B (it reads back as the empty key)", k);
            text = quoteKey(k);
          } else {
            const keyOut = new Output();
            key.write(k, { out: keyOut, pascal: ctx.pascal });
            const keyText = keyOut.toString();
            // An empty byte[] is written `""`, which as a key would read back as that text, not as no bytes.
            if (keyText === '""') encodeFail(`${key.expected}, not empty, as a key`, k);
            text = quoteKey(keyText);
          }
        } catch (error) {
          throw atStep(error, String(k));
        }
        if (written.has(text)) {
          throw atStep(new EncodeProblem("keys whose texts differ", `a second key written ${text}`, "duplicate-key"), String(k));
        }
        written.add(text);
        out.write(first ? `${text}:` : `,${text}:`);
        first = false;
        try {
          value.write(entry, ctx);
        } catch (error) {
          throw atStep(error, String(k));
        }
      }
      out.write("}");
    },
  };
}

/** The codec of a `KeyValuePair<K, V>`. */
export type KeyValuePairCodec<K extends FieldLike, V extends FieldLike> = Codec<{ key?: Infer<K> | undefined; value?: Infer<V> | undefined }, undefined>;

/**
 * A .NET `KeyValuePair<K, V>` as `{ key?: K; value?: V }`, written as ServiceStack writes
 * the struct: `{key:k,value:v}` (`{Key:k,Value:v}` Pascal-cased), null parts left out, the
 * default `{}`. It is a DTO codec, so in a list a null one is written `{}`.
 *
 * @example
 * ```ts
 * const E = dto("E", { pair: keyValuePair(string(), int()) });
 * E.encode({ pair: { key: "a", value: 1 } }); // "{pair:{key:a,value:1}}"
 * ```
 */
export function keyValuePair<K extends FieldLike, V extends FieldLike>(keyField: K, valueField: V): KeyValuePairCodec<K, V> {
  return dto("KeyValuePair", { key: keyField, value: valueField }) as unknown as KeyValuePairCodec<K, V>;
}

/** A field marked as a .NET `Nullable<T>`. */
export type NullableField<F extends FieldLike> = Field<Infer<F>> & { readonly nullable: true; readonly kind: F extends { readonly kind: infer K } ? K : "enum" };

/**
 * A .NET `Nullable<T>` (`int?`, `DateTime?`): the same field, marked `nullable: true` (the
 * HTTP client writes a nullable member's default value where it would leave out a plain
 * one's). Every member may be absent anyway, and every list item (but a DTO) may be an
 * empty slot: `List<byte?>` is `[1,,3]`.
 *
 * @example
 * ```ts
 * const E = dto("E", { bytes: list(nullable(byte())) });
 * E.encode({ bytes: [1, null, 3] }); // "{bytes:[1,,3]}"
 * ```
 */
export function nullable<F extends FieldLike>(field: F): NullableField<F> {
  const f = toField(field);
  if (f.kind === "dto") {
    // A codec keeps its identity (lazy ones must not be resolved now); a DTO is a reference type.
    return f as unknown as NullableField<F>;
  }
  return Object.freeze({ ...f, nullable: true }) as unknown as NullableField<F>;
}
