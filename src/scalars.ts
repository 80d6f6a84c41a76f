import { describeValue } from "./errors.js";
import { formatDateTimeOffset, parseDateTimeOffset } from "./dates.js";
import { formatSingle, parseBigInteger, parseInteger, parseSingle } from "./dotnet.js";
import type { Field } from "./fields.js";
import { encodeFail, scalar } from "./fields.js";
import { describeDate, quoteString } from "./writer.js";

// The CLR scalars beyond the seed's: every integer width, Single, DateTimeOffset, Char and
// the types ServiceStack writes through ToString(). Int32, Int64, Double, Decimal, DateTime,
// TimeSpan, Guid and byte[] are in fields.ts.

/** An integer field of a .NET width that a double holds exactly. */
function integer(kind: string, clr: string, min: number, max: number): Field<number> {
  return scalar(
    kind,
    `a whole number from ${min} to ${max} (${clr})`,
    (v) => (typeof v === "number" && Number.isInteger(v) && v >= min && v <= max && !Object.is(v, -0) ? String(v) : undefined),
    (t) => parseInteger(t, min, max),
  );
}

/** A .NET `byte` (Byte) as a number from 0 to 255. */
export function byte(): Field<number> {
  return integer("byte", "Byte", 0, 255);
}

/** A .NET `sbyte` (SByte) as a number from -128 to 127. */
export function sbyte(): Field<number> {
  return integer("sbyte", "SByte", -128, 127);
}

/** A .NET `short` (Int16) as a number from -32768 to 32767. */
export function short(): Field<number> {
  return integer("short", "Int16", -32768, 32767);
}

/** A .NET `ushort` (UInt16) as a number from 0 to 65535. */
export function ushort(): Field<number> {
  return integer("ushort", "UInt16", 0, 65535);
}

/** A .NET `uint` (UInt32) as a number from 0 to 4294967295. */
export function uint(): Field<number> {
  return integer("uint", "UInt32", 0, 4294967295);
}

const MAX_UINT64 = 2n ** 64n - 1n;

/**
 * A .NET `ulong` (UInt64) as a bigint from 0 to 2^64-1, so that no digit is lost.
 *
 * @example
 * ```ts
 * dto("E", { n: ulong() }).encode({ n: 18446744073709551615n }); // "{n:18446744073709551615}"
 * ```
 */
export function ulong(): Field<bigint> {
  return scalar(
    "ulong",
    "a bigint from 0 to 2^64-1 (UInt64)",
    (v) => (typeof v === "bigint" && v >= 0n && v <= MAX_UINT64 ? String(v) : undefined),
    (t) => parseBigInteger(t, 0n, MAX_UINT64),
  );
}

/**
 * A .NET `float` (Single) as a number, written as .NET Core writes it: the shortest digits
 * that read back as the same float32 (`0.1`, `3.4028235E+38`, `1E-07`). A number that is
 * not a float32 is rounded to the nearest one first, as .NET does when it reads it, so only
 * float32 values (`Math.fround(v) === v`) survive a round trip unchanged; one beyond
 * float32's range is refused. Read as the float32 value (`0.1` reads as 0.10000000149011612).
 *
 * @example
 * ```ts
 * dto("E", { f: float() }).encode({ f: Math.fround(0.1) }); // "{f:0.1}"
 * ```
 */
export function float(): Field<number> {
  return scalar(
    "float",
    "a number within float32's range (Single)",
    (v) => {
      if (typeof v !== "number") return undefined;
      const f = Math.fround(v);
      return (f === Infinity || f === -Infinity) && Number.isFinite(v) ? undefined : formatSingle(f);
    },
    parseSingle,
  );
}

/**
 * A .NET `DateTimeOffset` as a `Date`: written as ServiceStack writes one, the wall-clock
 * time at its offset with seven fraction digits (`2024-01-02T03:04:05.1234567+05:30`).
 * Read as a {@link JsvDateTimeOffset}, a `Date` (the instant) that keeps the offset
 * (`offsetMinutes`) and the 100 ns ticks, so `encode` writes the same text back; a plain
 * `Date` is written at offset `+00:00`.
 *
 * @example
 * ```ts
 * const E = dto("E", { at: dateTimeOffset() });
 * const v = E.decode("{at:2024-01-02T03:04:05.1234567+05:30}");
 * (v.at as JsvDateTimeOffset).offsetMinutes; // 330
 * E.encode(v); // "{at:2024-01-02T03:04:05.1234567+05:30}"
 * ```
 */
export function dateTimeOffset(): Field<Date> {
  return scalar(
    "dateTimeOffset",
    "a valid Date with a year from 1 to 9999, at UTC and at its offset",
    (v) => (v instanceof Date ? formatDateTimeOffset(v) : undefined),
    parseDateTimeOffset,
    { describe: (v) => (v instanceof Date ? describeDate(v) : describeValue(v)) },
  );
}

/**
 * A .NET `char` as a string of one UTF-16 unit. ServiceStack writes a Char raw, even `,`
 * or `}`, and then cannot read its own text back; this writes one that the string rule
 * would quote quoted (`char:","`), every other raw (`char:é`, a NUL raw). Reads both: a
 * quoted one-character string, or one raw unit followed by `,` `}` `]` or the end (a raw
 * `,` `}` `]` only as a member's value and before another of them: `{c:,,n:1}`; in a list
 * `[,]` is two empty slots).
 *
 * @example
 * ```ts
 * const E = dto("E", { c: char() });
 * E.encode({ c: "," }); // '{c:","}'
 * E.decode("{c:,}"); // { c: "," }
 * ```
 */
export function char(): Field<string> {
  return {
    kind: "char",
    expected: "one UTF-16 unit (Char)",
    write(value, ctx) {
      if (typeof value !== "string" || value.length !== 1) encodeFail("a string of one UTF-16 unit (Char)", value);
      ctx.out.write(quoteString(value));
    },
    // The decoder reads a Char from the text itself (raw `,` is a Char there); this reads a token.
    read: (text, ctx) => (text.length === 1 ? text : ctx.fail("one UTF-16 unit (Char)", describeValue(text))),
  };
}

/** A field whose kind carries the CLR type it stands for. */
export interface OpaqueField extends Field<string> {
  readonly kind: "opaque";
  /** The CLR type the text stands for (`Point`). */
  readonly clrName: string;
}

/**
 * A value ServiceStack writes through its `ToString()` (a struct such as the gallery's
 * `Point`, written `point:"1.5,-2"`), kept as that text: written with the string rule,
 * read back as the text. ServiceStack itself cannot read such a member back (it reads
 * `Point` as `0,0`); this codec keeps the text, and the caller parses it if it needs to.
 *
 * @param clrName - the CLR type, for messages and for `jsv codegen`.
 * @example
 * ```ts
 * const Shape = dto("Shape", { point: opaque("Point") });
 * Shape.encode({ point: "1.5,-2" }); // '{point:"1.5,-2"}'
 * ```
 */
export function opaque(clrName: string): OpaqueField {
  const expected = `the text of a ${clrName}`;
  return {
    kind: "opaque",
    clrName,
    expected,
    write(value, ctx) {
      if (typeof value !== "string") encodeFail(`a string (the text of a ${clrName})`, value);
      ctx.out.write(quoteString(value));
    },
    read: (text) => text,
  };
}
