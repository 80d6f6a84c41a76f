import { describeValue } from "./errors.js";
import type { EnumField, EnumObject, FlagsObject } from "./fields.js";
import { ENUM_FIELD, encodeFail } from "./fields.js";

/** Options of the object form of {@link enumeration}. */
export interface EnumOptions<U extends string> {
  /** `[Flags]`: values are numbers, combined with `|`, written and read as digits. Default: false. */
  readonly flags?: boolean;
  /** `[EnumMember(Value = "…")]`: a member's name on the wire, where it differs. Default: none. */
  readonly wireNames?: { readonly [K in U]?: string };
}

/**
 * A .NET enum, returned as a const object of its members that also serves as the field in a
 * field map.
 *
 * - `enumeration(name, ["A", "B"])`: the members in order, valued by position. Written by
 *   name; read by name in any case or by position in digits (`reason:1` is the second).
 *   TypeScript type: the names.
 * - `enumeration(name, { A: 1, B: 5 }, options?)`: declared values. A value with a name is
 *   written by its (wire) name; a value with none as its digits (`region:0`), and read back as
 *   that number. Read by name or wire name in any case, or by value in digits. TypeScript
 *   type: the names, or a number. The const object maps each name to itself.
 * - `{ flags: true }` (`[Flags]`): a number, written as its digits, as ServiceStack writes
 *   them; read from digits or names (`Read, Write`). The const object maps each name to its
 *   value, so `Access.Read | Access.Write` is a value.
 *
 * @example
 * ```ts
 * export const Color = enumeration("Color", ["Red", "Green"]);
 * export type Color = Infer<typeof Color>; // "Red" | "Green"
 * export const Region = enumeration("Region", { Africa: 1, Asia: 3 }, { wireNames: { Asia: "asia" } });
 * dto("P", { region: Region }).encode({ region: "Asia" }); // "{region:asia}"; 0 is written "{region:0}"
 * ```
 */
export function enumeration<const U extends string>(name: string, members: readonly U[]): EnumObject<U>;
export function enumeration<const U extends string>(
  name: string,
  values: { readonly [K in U]: number },
  options: EnumOptions<U> & { readonly flags: true },
): FlagsObject<U>;
export function enumeration<const U extends string>(
  name: string,
  values: { readonly [K in U]: number },
  options?: EnumOptions<U> & { readonly flags?: false },
): EnumObject<U, U | number>;
export function enumeration(
  name: string,
  spec: readonly string[] | Readonly<Record<string, number>>,
  options: EnumOptions<string> = {},
): EnumObject<string, unknown> | FlagsObject<string> {
  const open = !Array.isArray(spec);
  const members: string[] = open ? Object.keys(spec) : [...(spec as readonly string[])];
  const values = members.map((m, i) => (open ? (spec as Record<string, number>)[m]! : i));
  for (const v of values) {
    if (!Number.isSafeInteger(v)) throw new TypeError(`${name}: enum values must be whole numbers, got ${String(v)}`);
  }
  const flags = options.flags === true;
  const given = options.wireNames;
  // Own keys only: a member named `constructor` must not find Object.prototype's.
  const wireNames = members.map((m) => (given !== undefined && Object.hasOwn(given, m) ? given[m]! : m));
  const field = enumField(name, members, values, wireNames, flags, open);
  const object: Record<string | symbol, unknown> = {};
  members.forEach((m, i) => (object[m] = flags ? values[i] : m));
  Object.defineProperty(object, ENUM_FIELD, { value: field, enumerable: false });
  return Object.freeze(object) as EnumObject<string, unknown>;
}

function enumField(
  name: string,
  members: readonly string[],
  values: readonly number[],
  wireNames: readonly string[],
  flags: boolean,
  open: boolean,
): EnumField<unknown> {
  const index = new Map<string, number>();
  const byLower = new Map<string, number>();
  const byValue = new Map<number, number>();
  members.forEach((m, i) => {
    index.set(m, i);
    byLower.set(m.toLowerCase(), i);
    if (!byValue.has(values[i]!)) byValue.set(values[i]!, i);
  });
  // Wire names win over names, as ServiceStack reads them; both in any case.
  const byWire = new Map<string, number>();
  wireNames.forEach((w, i) => {
    byWire.set(w, i);
    byLower.set(w.toLowerCase(), i);
  });
  const expected = flags
    ? `a whole number or member names of ${name}`
    : `one of ${wireNames.join(", ")}${open ? " or a whole number" : ""} (${name})`;
  /** The member a text names, or undefined. */
  const named = (t: string): number | undefined => byWire.get(t) ?? byLower.get(t.trim().toLowerCase());
  return {
    kind: "enum",
    name,
    members: Object.freeze([...members]),
    values: Object.freeze([...values]),
    wireNames: Object.freeze([...wireNames]),
    flags,
    open,
    expected,
    write(value, ctx) {
      if (typeof value === "string") {
        const i = index.get(value);
        if (i === undefined) encodeFail(expected, value);
        ctx.out.write(flags ? String(values[i]) : wireNames[i]!);
        return;
      }
      if (!open || typeof value !== "number" || !Number.isSafeInteger(value) || Object.is(value, -0)) encodeFail(expected, value);
      const i = flags ? undefined : byValue.get(value);
      ctx.out.write(i === undefined ? String(value) : wireNames[i]!);
    },
    read(text, ctx) {
      // The exact wire name, as ServiceStack writes it, needs no allocation.
      const exact = byWire.get(text);
      if (exact !== undefined && !flags) return members[exact];
      const t = text.trim();
      if (t === "") return undefined;
      if (/^-?\d{1,16}$/.test(t)) {
        const n = Number(t) + 0;
        if (!Number.isSafeInteger(n)) return ctx.fail(expected, describeValue(text));
        if (flags) return n;
        if (!open) return n >= 0 && n < members.length ? members[n] : ctx.fail(expected, describeValue(text));
        const i = byValue.get(n);
        return i === undefined ? n : members[i];
      }
      if (flags) {
        // BigInt: `|` on numbers would cut a value above 2^31 to 32 signed bits.
        let n = 0n;
        for (const part of t.split(",")) {
          const i = named(part);
          if (i === undefined) return ctx.fail(expected, describeValue(text));
          n |= BigInt(values[i]!);
        }
        return Number(n);
      }
      const i = named(t);
      return i === undefined ? ctx.fail(expected, describeValue(text)) : members[i];
    },
  };
}
