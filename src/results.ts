/**
 * How both typed decoders (the one-pass reader in `decoder.ts` and the tree decoder) make a
 * DTO's result: the members' values are gathered by member index while the object is read,
 * and the result is built at its end, its members in field-map order whatever the text's.
 */
import type { Codec, Member } from "./codec.js";
import { builderOf, compiling, type ResultBuilder } from "./compile.js";
import { setOwn } from "./failure.js";
import { EMPTY_KEY_MARK } from "./strings.js";

/**
 * What the decoders keep per DTO, found once. The spellings of its members the one-pass
 * decoder may find in place, two a member (member i's at 2i and 2i + 1): the wire name, and
 * the PascalCase one where it differs; "" where there is none to try. A name the text cannot spell as one bare key (one
 * with `:`, which ends a bare key, a character that ends or opens a value, a quote,
 * whitespace, or U+200B, which is the empty key) is never tried: that member is found by
 * reading the key, and its index by the member. And the compiled builder of its results.
 */
export interface Plan {
  readonly spellings: readonly string[];
  /** The first character of each spelling, -1 for none to try. */
  readonly firsts: Int32Array;
  /** Each member's index, for a member found by reading its key. */
  readonly index: ReadonlyMap<Member, number>;
  /** Made at the first result built while compiling is on; null where none can be. */
  builder: ResultBuilder | null | undefined;
}

const plans = new WeakMap<object, Plan>();

export function planOf(codec: Codec<unknown>): Plan {
  let plan = plans.get(codec);
  if (plan === undefined) {
    const tried = (name: string) => (name !== EMPTY_KEY_MARK && !/[\s":,{}[\]]/.test(name) ? name : "");
    const spellings = codec.members.flatMap((m) => [tried(m.wireName), m.pascalName !== m.wireName ? tried(m.pascalName) : ""]);
    plan = {
      spellings,
      firsts: Int32Array.from(spellings, (name) => (name === "" ? -1 : name.charCodeAt(0))),
      index: new Map(codec.members.map((m, i) => [m, i])),
      builder: undefined,
    };
    plans.set(codec, plan);
  }
  return plan;
}

/**
 * The result of a DTO from its members' values by index (undefined: absent), which it
 * empties for the next object. Where code may be compiled, a constructor per DTO builds it
 * (`builderOf` in compile.ts: a fast-mode object, as JSON.parse makes); else a plain
 * object member by member.
 */
export function resultOf(codec: Codec<unknown>, plan: Plan, values: unknown[]): Record<string, unknown> {
  let Build: ResultBuilder | null = null;
  if (compiling()) Build = plan.builder ??= builderOf(codec) ?? null;
  if (Build !== null) return new Build(values);
  const members = codec.members;
  const result: Record<string, unknown> = {};
  for (let i = 0; i < members.length; i++) {
    const v = values[i];
    if (v === undefined) continue;
    // setOwn: a member named __proto__ is an own member, never the result's prototype.
    setOwn(result, members[i]!.name, v);
    values[i] = undefined;
  }
  return result;
}
