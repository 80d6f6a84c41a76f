import type { Codec } from "./codec.js";
import type { FieldLike } from "./fields.js";
import { ENUM_FIELD } from "./fields.js";

// What a field map says of a member beyond its field (alias, pascal, required), and lazy
// codecs for DTOs that refer to each other.

/**
 * A member of a field map with more to say than its field: its wire name ({@link alias}) or
 * that it must be present ({@link required}). Only a field map takes one.
 */
export interface MemberSpec<F extends FieldLike = FieldLike, Req extends boolean = boolean> {
  readonly kind: "member";
  readonly field: F;
  /** The name on the wire, when it differs from the TypeScript name. */
  readonly wireName: string | undefined;
  /** The PascalCase name on the wire, when it is not the name with its first letter upper-cased. */
  readonly pascalName?: string | undefined;
  readonly required: Req;
}

/** The field of a field-map entry. */
export type FieldOf<E> = E extends MemberSpec<infer F, boolean> ? F : E;

/** The keys of a field map whose members are {@link required}. */
export type RequiredKeys<M> = { [K in keyof M]: M[K] extends MemberSpec<FieldLike, true> ? K : never }[keyof M];

/**
 * A member whose name on the wire differs from its TypeScript name (`[DataMember(Name =
 * "aliasedName")]`): the wire name is written and read verbatim, in both text cases, as
 * ServiceStack does; the field-map key is the TypeScript name.
 *
 * @param field - the member's field, or another wrapper.
 * @param wireName - the name on the wire.
 * @example
 * ```ts
 * const T = dto("T", { originalName: alias(string(), "aliasedName") });
 * T.encode({ originalName: "o" }); // "{aliasedName:o}"
 * ```
 */
export function alias<F extends FieldLike, Req extends boolean = false>(field: F | MemberSpec<F, Req>, wireName: string): MemberSpec<F, Req> {
  if (typeof wireName !== "string" || wireName === "") throw new TypeError("alias: the wire name must be a non-empty string");
  const spec = specOf(field);
  return { kind: "member", field: spec.field as F, wireName, pascalName: spec.pascalName, required: spec.required as Req };
}

/**
 * A member whose PascalCase name is not its TypeScript name with the first letter
 * upper-cased: ServiceStack writes the CLR property name with `textCase: "pascal"` (`ID`,
 * where the camelCase name is `id`). The camelCase name stays the field-map key.
 *
 * @param field - the member's field, or another wrapper.
 * @param clrName - the name written in PascalCase text.
 * @example
 * ```ts
 * const T = dto("T", { id: pascal(int(), "ID") });
 * T.encode({ id: 1 }, { textCase: "pascal" }); // "{ID:1}"
 * ```
 */
export function pascal<F extends FieldLike, Req extends boolean = false>(field: F | MemberSpec<F, Req>, clrName: string): MemberSpec<F, Req> {
  if (typeof clrName !== "string" || clrName === "") throw new TypeError("pascal: the name must be a non-empty string");
  const spec = specOf(field);
  return { kind: "member", field: spec.field as F, wireName: spec.wireName, pascalName: clrName, required: spec.required as Req };
}

/**
 * A member that must be present: `decode` throws a `JsvDecodeError` (at the member's path)
 * when the text leaves it out, `encode` when the value does, and the inferred type does not
 * make it optional. For hand-written maps: ServiceStack leaves null members out, so a
 * generated codec never requires one.
 *
 * @example
 * ```ts
 * const Login = dto("Login", { user: required(string()), note: string() });
 * type Login = Infer<typeof Login>; // { user: string; note?: string }
 * Login.decode("{note:x}"); // throws JsvDecodeError: expected a value (required) at "user"
 * ```
 */
export function required<F extends FieldLike>(field: F | MemberSpec<F, boolean>): MemberSpec<F, true> {
  const spec = specOf(field);
  return { kind: "member", field: spec.field as F, wireName: spec.wireName, pascalName: spec.pascalName, required: true };
}

export function specOf(entry: FieldLike | MemberSpec): MemberSpec {
  return (entry as MemberSpec).kind === "member" && !(ENUM_FIELD in entry)
    ? (entry as MemberSpec)
    : { kind: "member", field: entry as FieldLike, wireName: undefined, required: false };
}

/**
 * A DTO codec defined later, for types that refer to each other (`Job` has a list of
 * `JobApplication`, which has a `Job`). The thunk is called on first use, not when the
 * field map is built, so the codec may still be in its temporal dead zone then. Give the
 * thunk a return type: TypeScript cannot infer a cycle.
 *
 * @param thunk - returns the codec.
 * @example
 * ```ts
 * interface Node { name?: string; children?: Node[] }
 * const Node: Codec<Node> = dto("Node", { name: string(), children: list(lazy((): Codec<Node> => Node)) });
 * Node.encode({ name: "a", children: [{ name: "b" }] }); // "{name:a,children:[{name:b}]}"
 * ```
 */
export function lazy<T>(thunk: () => Codec<T, any>): Codec<T> {
  let target: Codec<T, any> | undefined;
  const get = (): Codec<T, any> => (target ??= thunk());
  return {
    kind: "dto",
    get name() {
      return get().name;
    },
    get expected() {
      return get().expected;
    },
    get fields() {
      return get().fields;
    },
    get members() {
      return get().members;
    },
    get requiredMembers() {
      return get().requiredMembers;
    },
    get routes() {
      return get().routes;
    },
    get returns() {
      return get().returns;
    },
    member: (key) => get().member(key),
    write: (value, ctx) => get().write(value, ctx),
    encode: (value, options) => get().encode(value, options),
    decode: (text, options) => get().decode(text, options),
  };
}
