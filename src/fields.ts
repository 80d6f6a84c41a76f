import { describeValue, outputTooLarge } from "./errors.js";
import {
  formatBytes,
  formatDouble,
  formatGuid,
  formatTimeSpan,
  parseBytes,
  parseDecimalText,
  parseDouble,
  parseGuid,
  parseInt32,
  parseInt64,
  parseTimeSpan,
} from "./dotnet.js";
import { formatDate, parseDate } from "./dates.js";
import type { JsvValue } from "./options.js";
import type { Output } from "./writer.js";
import { atStep, EncodeProblem, isPlainObject } from "./failure.js";
import { describeDate, listOfOneString, MAX_STRING_LENGTH, PENDING_MAX, quoteKey, quoteString } from "./writer.js";

/** State of one `encode` call, shared by every field it visits. */
export interface EncodeContext {
  readonly out: Output;
  readonly pascal: boolean;
}

/**
 * Writes a DTO after `pending`, text that belongs before it and is not yet in `ctx.out`, and
 * returns the text still pending: a compiled writer builds small texts in a local string and
 * hands the output bigger pieces.
 */
export type PendingWriter = (value: unknown, ctx: EncodeContext, pending: string) => string;

/**
 * The DTO codecs `dto()` made, each with what finds its compiled writer in one text case
 * (undefined where the interpreted one runs). A list of them writes its items through it.
 */
export const dtoWriters = new WeakMap<object, (pascal: boolean) => PendingWriter | undefined>();

/** The fields `list()` made: a compiled writer may write their items itself, by the same rules. */
export const listFields = new WeakSet<object>();

/** What a scalar field's `read` may call: the decoder knows the path and the place. */
export interface DecodeContext {
  /** Throws a `JsvDecodeError` at the value being read. */
  readonly fail: (expected: string, received: string) => never;
}

/**
 * One member kind of a DTO: how a value of type `T` is written as JSV and read back. Every
 * builder in this module returns one; `dto()` returns one too, so DTOs nest. A scalar
 * field reads its token's text; the decoder reads lists, maps and DTOs itself from their
 * `item`, `value` and `members`. `kind` and those properties let `jsv-codec/testing`
 * derive arbitraries.
 */
export interface Field<T> {
  readonly kind: string;
  /** What the field accepts, as error messages say it: `a string`, `True or False`. */
  readonly expected: string;
  /**
   * Writes a value that is neither null nor undefined.
   * @throws through {@link encodeFail} when the value does not fit; `encode` makes that a
   *   `JsvEncodeError` at the value's path.
   */
  write(value: unknown, ctx: EncodeContext): void;
  /**
   * Reads a scalar from its token's text (unquoted; never empty). Returns undefined when
   * the text means "empty" for this kind (whitespace for a boolean, say): the member is
   * then absent. Lists, maps and DTOs have none: the decoder reads them.
   * @throws {JsvDecodeError} through `ctx.fail` when the text does not fit.
   */
  read?(text: string, ctx: DecodeContext): T | undefined;
  /** Phantom: carries `T` for type inference; never set. */
  readonly __type?: T;
}

/** The TypeScript type a field (or DTO codec, or enum) stands for. */
export type Infer<F> = F extends Field<infer T> ? T : F extends { readonly [ENUM_FIELD]: EnumField<infer V> } ? V : never;

/**
 * Refuses a value: `encode` turns this into a `JsvEncodeError` at the value's path, which
 * the containers add on the way out.
 */
export function encodeFail(expected: string, value: unknown, describe: (value: unknown) => string = describeValue): never {
  throw new EncodeProblem(expected, describe(value));
}

/** How a scalar kind differs from the common case. */
export interface ScalarOptions<T> {
  /** Describes a refused value for messages (a Date says which). */
  describe?: (value: unknown) => string;
  /** The value `""` reads as, for a kind that has an empty value (bytes). */
  empty?: () => T;
}

/** A scalar field from its text form, shared by every scalar kind. */
export function scalar<T>(
  kind: string,
  expected: string,
  toText: (value: unknown) => string | undefined,
  fromText: (text: string) => T | undefined,
  { describe = describeValue, empty }: ScalarOptions<T> = {},
): Field<T> {
  return {
    kind,
    expected,
    write(value, ctx) {
      const text = toText(value);
      if (text === undefined) encodeFail(expected, value, describe);
      ctx.out.write(text);
    },
    read(node, ctx) {
      // `""` is the one spelling of an empty value of a kind that has one (bytes).
      if (node === "" && empty !== undefined) return empty();
      // Around a number, boolean, date or Guid, whitespace is never content.
      if (node.trim() === "") return undefined;
      const value = fromText(node);
      if (value === undefined) return ctx.fail(expected, describeValue(node));
      return value;
    },
  };
}

/** `a list` / `an object` / a quoted string: what a tree node is, for messages. */
export function kindOf(node: JsvValue): string {
  if (node === null) return "an empty value";
  if (Array.isArray(node)) return "a list";
  if (typeof node === "object") return "an object";
  return describeValue(node);
}

/** A .NET `string`: bare unless it needs quotes. */
export function string(): Field<string> {
  return {
    kind: "string",
    expected: "a string",
    write(value, ctx) {
      if (typeof value !== "string") encodeFail("a string", value);
      ctx.out.write(quoteString(value));
    },
    read: (text) => text,
  };
}

const TRUE = new Set(["true", "1", "t", "y", "on"]);
const FALSE = new Set(["false", "0", "f", "n", "off"]);

/** A .NET `bool`: written `True`/`False`; read from `true`/`false`, `1`/`0`, `t`/`f`, `y`/`n`, `on`/`off` in any case. */
export function boolean(): Field<boolean> {
  return scalar(
    "boolean",
    "True or False",
    (v) => (typeof v === "boolean" ? (v ? "True" : "False") : undefined),
    (t) => {
      // What ServiceStack writes comes first, without allocating.
      if (t === "True") return true;
      if (t === "False") return false;
      const s = t.trim().toLowerCase();
      return TRUE.has(s) ? true : FALSE.has(s) ? false : undefined;
    },
  );
}

/** A .NET `int` (Int32) as a number. */
export function int(): Field<number> {
  return scalar(
    "int",
    "a whole number from -2147483648 to 2147483647",
    (v) => (typeof v === "number" && Number.isInteger(v) && v >= -2147483648 && v <= 2147483647 && !Object.is(v, -0) ? String(v) : undefined),
    parseInt32,
  );
}

/** A .NET `long` (Int64) as a bigint, so that no digit beyond 2^53 is lost. */
export function long(): Field<bigint> {
  return scalar(
    "long",
    "a bigint from -2^63 to 2^63-1",
    (v) => (typeof v === "bigint" && v >= -(2n ** 63n) && v < 2n ** 63n ? String(v) : undefined),
    parseInt64,
  );
}

/** A .NET `double`, written as .NET Core writes it (`1E+21`, `0.30000000000000004`). */
export function double(): Field<number> {
  return scalar("double", "a number", (v) => (typeof v === "number" ? formatDouble(v) : undefined), parseDouble);
}

/** A .NET `decimal`, kept as its text so that no digit and no trailing zero is lost (`1.10`). */
export function decimal(): Field<string> {
  return scalar(
    "decimal",
    "a decimal number as text, e.g. \"1.10\"",
    // Surrounding whitespace is refused, not trimmed: decode would give back a different string.
    (v) => (typeof v === "string" && v.trim() === v ? parseDecimalText(v) : undefined),
    parseDecimalText,
  );
}

/**
 * A .NET `DateTime` as a `Date`, written as ServiceStack writes a UTC DateTime
 * (`2024-01-02T03:04:05.12Z`, midnight `2024-01-02`). Read from every form .NET writes,
 * offsets included, without loss: the result is a {@link JsvDate}, which carries the 100 ns
 * ticks below the millisecond (`…05.1234567Z`) and writes them back.
 *
 * @example
 * ```ts
 * const E = dto("E", { at: dateTime() });
 * E.encode({ at: new Date("2024-01-02T03:04:05.120Z") }); // "{at:2024-01-02T03:04:05.12Z}"
 * (E.decode("{at:2024-01-02T03:04:05.1234567Z}").at as JsvDate).subMsTicks; // 4567
 * ```
 */
export function dateTime(): Field<Date> {
  return scalar(
    "dateTime",
    "a valid Date with a year from 1 to 9999",
    (v) => (v instanceof Date ? formatDate(v) : undefined),
    parseDate,
    { describe: (v) => (v instanceof Date ? describeDate(v) : describeValue(v)) },
  );
}

/**
 * A .NET `TimeSpan` as a number of milliseconds, with fractions down to one 100 ns tick,
 * written as ServiceStack writes it, an XSD duration (`PT1H30M`, `P1DT2H3M4.5670001S`). A
 * value finer than a tick is refused, never rounded. Spans beyond 2^53 ticks (about 28
 * years) are read to the nearest number a double holds, and written as ServiceStack writes
 * them, through double arithmetic (TimeSpan.MaxValue reads as 922337203685477.6 and writes
 * back as MaxValue); up to a few hundred days every tick survives both ways.
 */
export function timeSpan(): Field<number> {
  return scalar(
    "timeSpan",
    "a number of milliseconds, in whole 100 ns ticks, within TimeSpan's range",
    (v) => {
      if (typeof v !== "number" || !Number.isFinite(v) || Object.is(v, -0)) return undefined;
      const ticks = Math.round(v * 10000);
      if (Number.isSafeInteger(ticks)) return exactTicks(ticks) && ticks / 10000 === v ? formatTimeSpan(BigInt(ticks)) : undefined;
      // Past 2^53 a double has no fraction of a tick; MaxValue's ms round up to 2^63 ticks.
      return Math.abs(ticks) <= 2 ** 63 ? formatTimeSpan(BigInt(ticks)) : undefined;
    },
    (t) => {
      const ticks = parseTimeSpan(t);
      return ticks === undefined ? undefined : Number(ticks) / 10000;
    },
  );
}

/** Whether `ticks` survives ticks → milliseconds → ticks as a double. */
export function exactTicks(ticks: number): boolean {
  return Number.isSafeInteger(ticks) && Math.round((ticks / 10000) * 10000) === ticks;
}

/** A .NET `Guid` as its dashed lower-case text; written as ServiceStack does (32 hex digits). */
export function guid(): Field<string> {
  return scalar("guid", "a Guid", (v) => (typeof v === "string" ? formatGuid(v) : undefined), parseGuid);
}

/**
 * A .NET `byte[]` as a `Uint8Array`, written as Base64. An empty array is written `""`:
 * ServiceStack writes nothing, which reads back as null, and that would lose it.
 */
export function bytes(): Field<Uint8Array> {
  return scalar(
    "bytes",
    "a Uint8Array (Base64 in text)",
    (v) => (v instanceof Uint8Array ? (v.length === 0 ? '""' : formatBytes(v)) : undefined),
    parseBytes,
    { empty: () => new Uint8Array(0) },
  );
}

declare const ENUM_TYPE: unique symbol;

/** The key under which an enum object keeps its field; symbols stay out of `Object.keys`. */
export const ENUM_FIELD: unique symbol = Symbol.for("jsv-codec.enum");

/**
 * An enum's members by name (`SessionHoldReasons.Transferring === "Transferring"`), usable
 * as a field; `V` is the TypeScript type of its values (the names, and `number` for an
 * enum whose values may have no name).
 */
export type EnumObject<U extends string, V = U> = { readonly [K in U]: K } & {
  readonly [ENUM_FIELD]: EnumField<V>;
  readonly [ENUM_TYPE]?: V;
};

/** A `[Flags]` enum's members with their numeric values (`Access.Read | Access.Write`), usable as a field of numbers. */
export type FlagsObject<U extends string> = { readonly [K in U]: number } & {
  readonly [ENUM_FIELD]: EnumField<number>;
  readonly [ENUM_TYPE]?: number;
};

/** The field of an enum: its members in declaration order, with their values and wire names. */
export interface EnumField<V = string> extends Field<V> {
  readonly kind: "enum";
  readonly name: string;
  /** The member names, in declaration order. */
  readonly members: readonly string[];
  /** Each member's numeric value (its position when none were declared). */
  readonly values: readonly number[];
  /** Each member's name on the wire (`[EnumMember(Value)]`, else its name). */
  readonly wireNames: readonly string[];
  /** `[Flags]`: the value is a number, written as its digits. */
  readonly flags: boolean;
  /** A value with no name is a number, written and read as its digits (the object form). */
  readonly open: boolean;
}

/** A field, or an enum object standing for its field. */
export type FieldLike = Field<any> | EnumObject<any, any> | FlagsObject<any>;

/** The field behind a field-like value. */
export function toField(f: FieldLike): Field<unknown> {
  return (ENUM_FIELD in f ? (f as EnumObject<string, unknown>)[ENUM_FIELD] : f) as Field<unknown>;
}

/** A list item's type: a DTO item is never null (ServiceStack writes a null one as `{}`); others may be empty slots. */
type Item<F> = F extends { kind: "dto" } ? Infer<F> : Infer<F> | null;

/** A list field (`List<T>`, `T[]`). */
export interface ListField<F extends FieldLike> extends Field<Item<F>[]> {
  readonly kind: "list";
  readonly item: Field<unknown>;
}

/**
 * A .NET list of `item` (`List<T>`, `T[]`, `HashSet<T>`, `IEnumerable<T>`). A null item is
 * an empty slot; as ServiceStack writes them, a null DTO is `{}` (one trailing empty slot is
 * ignored when reading a list of DTOs) and a null dictionary `null`.
 *
 * @param itemField - the field of each item: a builder's, a DTO codec or an enum object.
 * @example
 * ```ts
 * const Log = dto("Log", { tags: list(string()), entries: list(SessionLogInfo) });
 * Log.encode({ tags: ["a", null, "b,c"] }); // '{tags:[a,,"b,c"]}'
 * ```
 */
export function list<F extends FieldLike>(itemField: F): ListField<F> {
  const item = toField(itemField);
  const ofDtos = item.kind === "dto";
  const ofMaps = item.kind === "map" || item.kind === "dictionary";
  const textItems = item.kind === "string" || item.kind === "char" || item.kind === "opaque";
  const field: ListField<F> = {
    kind: "list",
    item,
    expected: "a list",
    write(value, ctx) {
      if (!Array.isArray(value)) encodeFail("a list (array)", value);
      const out = ctx.out;
      // Only text kinds may take the shortcut (which quotes a lone blank item, that `[ ]` would
      // lose): any other kind validates its own items, and a Char must be one unit.
      const one = textItems && (item.kind !== "char" || (value.length === 1 && value[0]?.length === 1)) ? listOfOneString(value) : undefined;
      if (one !== undefined) {
        out.write(one);
        return;
      }
      // n items take at least n - 1 commas: fail at once, not after minutes of empty slots
      // (`new Array(2 ** 32 - 1)` is a few bytes of memory).
      if (value.length > MAX_STRING_LENGTH) throw outputTooLarge();
      let i = 0;
      // DTOs with a compiled writer: their texts are gathered here and handed on in pieces of
      // about PENDING_MAX, with the same null items, errors and steps as below.
      const compiled = ofDtos ? dtoWriters.get(item)?.(ctx.pascal) : undefined;
      if (compiled !== undefined) {
        let s = "[";
        try {
          for (; i < value.length; i++) {
            if (i > 0) s += ",";
            const v = value[i];
            if (v === null || v === undefined) s += "{}";
            else s = compiled(v, ctx, s);
            if (s.length > PENDING_MAX) {
              out.write(s);
              s = "";
            }
          }
        } catch (error) {
          throw atStep(error, i);
        }
        out.write(s + "]");
        return;
      }
      out.write("[");
      try {
        for (; i < value.length; i++) {
          if (i > 0) out.write(",");
          const v = value[i];
          if (v === null || v === undefined) {
            // As ServiceStack writes them: a null DTO `{}`, a null dictionary `null`.
            if (ofDtos) out.write("{}");
            else if (ofMaps) out.write("null");
            continue;
          }
          item.write(v, ctx);
        }
      } catch (error) {
        throw atStep(error, i);
      }
      out.write("]");
    },
  };
  listFields.add(field);
  return field;
}

/** A map field (`Dictionary<string, T>`). */
export interface MapField<F extends FieldLike> extends Field<Record<string, Infer<F>>> {
  readonly kind: "map";
  readonly value: Field<unknown>;
}

/**
 * A .NET `Dictionary<string, T>` as a plain object with own keys. Null values are dropped,
 * as ServiceStack drops them; the empty key is written as U+200B; keys are never re-cased.
 *
 * @param valueField - the field of each value.
 * @example
 * ```ts
 * const Settings = dto("Settings", { values: map(string()) });
 * Settings.encode({ values: { "": "e", "a,b": "c", gone: null } }); // '{values:{\u200b:e,"a,b":c}}'
 * ```
 */
export function map<F extends FieldLike>(valueField: F): MapField<F> {
  const value = toField(valueField);
  return {
    kind: "map",
    value,
    expected: "a map",
    write(v, ctx) {
      if (v === null || typeof v !== "object" || !isPlainObject(v)) encodeFail("a map (plain object)", v);
      const out = ctx.out;
      out.write("{");
      let first = true;
      const keys = Object.keys(v);
      // "" and U+200B are both written U+200B, and would read back as one key.
      if (keys.includes("") && keys.includes("\u200b")) {
        throw new EncodeProblem("keys that read back apart", 'both "" and "\\u200b" (both are written U+200B)', "duplicate-key");
      }
      for (const key of keys) {
        try {
          // Read inside the try: a getter that throws fails at this key's path.
          const entry = (v as Record<string, unknown>)[key];
          if (entry === null || entry === undefined) continue;
          out.write(first ? `${quoteKey(key)}:` : `,${quoteKey(key)}:`);
          first = false;
          value.write(entry, ctx);
        } catch (error) {
          throw atStep(error, key);
        }
      }
      out.write("}");
    },
  };
}
