import { decodeText } from "./decoder.js";
import type { EncodeContext, Field, FieldLike, Infer } from "./fields.js";
import { dtoWriters, encodeFail, list, toField } from "./fields.js";
import type { FieldOf, MemberSpec, RequiredKeys } from "./members.js";
import { specOf } from "./members.js";
import type { ParseOptions } from "./options.js";
import { atStep, encodeError, setOwn } from "./failure.js";
import { Output } from "./writer.js";
import { compiledWriter, interpretOnly } from "./compile.js";

/**
 * Options of a codec's `decode`. With `reader` (e.g. `grammar` from `jsv-codec/grammar`),
 * the text is read by that reader into a tree, then decoded by the field map: the same
 * value or error as the one-pass decoder, far slower; decode errors then have no line.
 */
export interface DecodeOptions extends ParseOptions {
  /**
   * What a member the field map does not know means: `"ignore"` skips it whole (servers add
   * members); `"error"` makes it a `JsvDecodeError` with its path, at any depth.
   *
   * Default: `"ignore"`.
   */
  unknownKeys?: "ignore" | "error";
}

/** Options of a codec's `encode`. */
export interface EncodeOptions {
  /**
   * How member names are written: `"camel"` as the field map spells them (what a .NET Core
   * ServiceStack host writes), `"pascal"` with the first letter upper-cased (a .NET Framework
   * host). Map keys are never re-cased.
   *
   * Default: `"camel"`.
   */
  textCase?: "camel" | "pascal";
}

/** A field map: member name to field (or enum object, or {@link MemberSpec}), in the order ServiceStack writes them. */
export type FieldMap = Readonly<Record<string, FieldLike | MemberSpec>>;

/**
 * What `encode` takes for a value of type `T`: `T`, where every optional member (at any
 * depth) may also be `null`, which is written as absent, as ServiceStack writes a null.
 */
export type EncodeInput<T> = unknown extends T
  ? T
  : T extends string | number | bigint | boolean | symbol | null | undefined | Date | Uint8Array | ((...args: never[]) => unknown)
  ? T
  : T extends readonly (infer U)[]
    ? readonly EncodeInput<U>[]
    : T extends ReadonlyMap<infer K, infer V>
      ? ReadonlyMap<K, EncodeInput<V>>
      : { [K in keyof T]: undefined extends T[K] ? EncodeInput<T[K]> | null : EncodeInput<T[K]> };

/** A DTO's value type with its base's members. */
type WithBase<T, B> = B extends Codec<infer U, any> ? Simplify<T & U> : T;

/** One object type from an intersection, so that hovers and type tests see plain members. */
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The value type of a field map: every member optional but the {@link required} ones. An
 * optional member is `?: T | undefined`, so that the type fits `exactOptionalPropertyTypes`.
 */
export type InferMap<M extends FieldMap> = Simplify<
  { -readonly [K in Exclude<keyof M, RequiredKeys<M>>]?: Infer<FieldOf<M[K]>> | undefined } & {
    -readonly [K in RequiredKeys<M>]: Infer<FieldOf<M[K]>>;
  }
>;

/**
 * A typed JSV codec for one DTO, built by {@link dto} from a field map.
 *
 * Laws, for every valid value `v` and every canonical text `t` (what `encode` writes):
 * - `decode(encode(v))` deep-equals `v`;
 * - `encode(decode(t)) === t`, up to the order of integer-like map keys, which JavaScript
 *   objects list first.
 * A valid value is one the fields hold exactly (what `jsv-codec/testing`'s `arbitrary`
 * makes): a float32 for `float()`, a TimeSpan up to 2^52 ticks, a named enum value by name.
 */
export interface Codec<T, R extends Returns | undefined = Returns | undefined, I = EncodeInput<NoInfer<T>>> extends Field<T> {
  readonly kind: "dto";
  /** The request's routes (`DtoOptions.routes`); empty when none were given. */
  readonly routes: readonly Route[];
  /** The response's field or `"void"` (`DtoOptions.returns`); undefined when not given. */
  readonly returns: R;
  /** The DTO's name, as in the API description. */
  readonly name: string;
  /** The fields, in writing order. */
  readonly fields: Readonly<Record<string, Field<unknown>>>;
  /** The members in writing order (inherited ones last), for the decoder. */
  readonly members: readonly Member[];
  /** The {@link required} members, which decode checks once the object is read. */
  readonly requiredMembers: readonly Member[];
  /** The member a key in the text names (by wire name): exactly, else case-insensitively after trimming. */
  member(key: string): Member | undefined;
  /**
   * Writes `value` as compact JSV, byte-identical to ServiceStack.Text. Members in field-map
   * order; null and undefined members, and members the map does not know, are left out.
   * @throws {JsvEncodeError} with the path of the first member that does not fit; nothing is returned half-written.
   */
  encode(value: I, options?: EncodeOptions): string;
  /**
   * Reads JSV text into a typed value: names matched exactly, then case-insensitively and
   * trimmed; empty values absent; enums by name in any case or by position.
   * @throws {JsvSyntaxError} for malformed text.
   * @throws {JsvDecodeError} for text that does not fit, with its path, line and column.
   */
  decode(text: string, options?: DecodeOptions): T;
}

/** One HTTP route of a request DTO (`[Route("/sessions/{sessionId}/hold", "POST")]`). */
export interface Route {
  /** The path template, with `{member}` placeholders. */
  readonly path: string;
  /** The verbs, comma-separated (`"GET,POST"`); absent for any verb. */
  readonly verbs?: string;
}

/** What a request DTO returns: a field (usually a DTO codec), or `"void"` for no body. */
export type Returns = FieldLike | "void";

/** Options of {@link dto}. */
export interface DtoOptions<R extends Returns | undefined = Returns | undefined, B extends Codec<any, any> | undefined = undefined> {
  /** The base class: its members (its own base's last) are written after the DTO's own, and its type is part of the DTO's. Default: none. */
  readonly inherits?: B;
  /**
   * Whether this codec may compile itself on first use (see `setCompile`); `false` keeps it on
   * the interpreted path. Default: true.
   */
  readonly compile?: boolean;
  /** The request's routes, for the HTTP client. Default: none. */
  readonly routes?: readonly Route[];
  /** The response type (`IReturn<T>`), or `"void"` (`IReturnVoid`). Default: unknown. */
  readonly returns?: R;
}

/**
 * The TypeScript type of what a request codec returns: `Infer` of its `returns` field,
 * `void` for `"void"`, `unknown` when not given.
 */
export type ResponseOf<C> = C extends { readonly returns: infer R }
  ? R extends "void"
    ? void
    : R extends FieldLike
      ? Infer<R>
      : unknown
  : unknown;

/** One member of a DTO, as the codec writes and finds it. */
export interface Member {
  /** The TypeScript name: the key in the field map and in values. */
  readonly name: string;
  /** The name on the wire in camelCase text: the {@link alias}, else `name`. */
  readonly wireName: string;
  /** The Pascal-case wire name, as a .NET Framework host writes it (an alias is kept verbatim). */
  readonly pascalName: string;
  readonly field: Field<unknown>;
  /** Decode and encode fail when it is absent ({@link required}). */
  readonly required: boolean;
  /** `name:` and `,name:` in both cases, made once. */
  readonly camel: readonly [string, string];
  readonly pascal: readonly [string, string];
}

/**
 * Builds a codec from a field map. From the one map come the TypeScript type
 * (`Infer<typeof Codec>`), `encode`, `decode` and the fast-check arbitrary of
 * `jsv-codec/testing`.
 *
 * A member's entry may wrap its field: {@link alias} for a wire name (`[DataMember(Name)]`),
 * {@link pascal} for a PascalCase name that is not the key upper-cased, {@link required}
 * for a member that must be there. A generic DTO (`QueryResponse<T>`) is a plain function
 * of its argument codecs that calls `dto`; a DTO that refers to itself goes through
 * {@link lazy}.
 *
 * @param name - the DTO's name, for messages.
 * @param fields - member name (camelCase, as a .NET Core host writes it) to field, in the DTO's order.
 * @param options - the base class (`inherits`: its members written after these), and for a
 *   request its `routes` and `returns` (what the HTTP client needs).
 * @throws {TypeError} when two members share a wire name, or differ only in its case.
 * @example
 * ```ts
 * const HoldSession = dto("HoldSession", {
 *   callSid: string(),
 *   sessionId: string(),
 *   reason: SessionHoldReasons,
 * }, { routes: [{ path: "/sessions/{sessionId}/hold", verbs: "POST" }], returns: SessionInfo });
 * type HoldSession = Infer<typeof HoldSession>;
 * HoldSession.encode({ callSid: "CA1", reason: "Transferring" }); // "{callSid:CA1,reason:Transferring}"
 *
 * // A generic DTO, and one with a base class:
 * const QueryResponse = <T extends Codec<any>>(item: T) =>
 *   dto(`QueryResponse<${item.name}>`, { offset: int(), total: int(), results: list(item) });
 * const Booking = dto("Booking", { name: string(), cost: decimal() }, { inherits: AuditBase });
 * const Bookings = QueryResponse(Booking); // Infer: { offset?: number; total?: number; results?: Booking[] }
 * ```
 */
export function dto<
  const M extends FieldMap,
  const R extends Returns | undefined = undefined,
  const B extends Codec<any, any> | undefined = undefined,
>(name: string, fields: M, options: DtoOptions<R, B> = {}): Codec<WithBase<InferMap<M>, B>, R> {
  const members: Member[] = [];
  const exact = new Map<string, Member>();
  const folded = new Map<string, Member>();
  const resolved: Record<string, Field<unknown>> = {};
  const add = (member: Member) => {
    if (exact.has(member.wireName) || Object.hasOwn(resolved, member.name)) {
      throw new TypeError(`${name}: the member ${member.name} (${member.wireName}) is defined twice`);
    }
    // A member is found by its wire name and by its PascalCase name (which `pascal()` may
    // spell otherwise), exactly or in any case; no two members may share one of them.
    const lower = member.wireName.toLowerCase();
    const pascalLower = member.pascalName.toLowerCase();
    for (const l of pascalLower === lower ? [lower] : [lower, pascalLower]) {
      const other = folded.get(l);
      if (other !== undefined) throw new TypeError(`${name}: members ${member.wireName} and ${other.wireName} differ only in case (or in their PascalCase names)`);
    }
    members.push(member);
    exact.set(member.wireName, member);
    folded.set(lower, member);
    if (pascalLower !== lower) {
      exact.set(member.pascalName, member);
      folded.set(pascalLower, member);
    }
    setOwn(resolved, member.name, member.field);
  };
  for (const [key, entry] of Object.entries(fields)) {
    const spec = specOf(entry);
    const field = toField(spec.field);
    const wireName = spec.wireName ?? key;
    const pascalName = spec.pascalName ?? spec.wireName ?? key.charAt(0).toUpperCase() + key.slice(1);
    add({
      name: key,
      wireName,
      pascalName,
      field,
      required: spec.required,
      camel: [`${wireName}:`, `,${wireName}:`],
      pascal: [`${pascalName}:`, `,${pascalName}:`],
    });
  }
  const base = options.inherits;
  if (base !== undefined) {
    if (base.kind !== "dto") throw new TypeError(`${name}: inherits takes a DTO codec`);
    for (const member of base.members) add(member);
  }
  const requiredMembers = members.filter((m) => m.required);
  const expected = `an object (${name})`;
  const count = members.length;

  const codec: Codec<WithBase<InferMap<M>, B>, R> = {
    kind: "dto",
    requiredMembers,
    name,
    routes: Object.freeze([...(options.routes ?? [])]),
    returns: options.returns as R,
    fields: Object.freeze(resolved),
    expected,

    write(value, ctx) {
      const compiled = compiledWriter(codec, ctx.pascal);
      if (compiled !== undefined) {
        ctx.out.write(compiled(value, ctx, ""));
        return;
      }
      if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Date || value instanceof Map) {
        encodeFail(expected, value);
      }
      const out = ctx.out;
      const record = value as Record<string, unknown>;
      const plain = plainPrototype(record);
      const pascal = ctx.pascal;
      out.write("{");
      let first = true;
      let i = 0;
      try {
        for (; i < count; i++) {
          const member = members[i]!;
          const v = ownMember(record, member.name, plain);
          if (v === undefined || v === null) {
            if (member.required) encodeFail("a value (required)", v);
            continue;
          }
          const names = pascal ? member.pascal : member.camel;
          out.write(first ? names[0] : names[1]);
          first = false;
          member.field.write(v, ctx);
        }
      } catch (error) {
        throw atStep(error, members[i]!.name);
      }
      out.write("}");
    },

    members,

    member(key) {
      return exact.get(key) ?? folded.get(key.trim().toLowerCase());
    },

    encode(value, options) {
      return encodeWith(codec, value, options);
    },

    decode(text, options) {
      return decodeText(codec, text, options) as WithBase<InferMap<M>, B>;
    },
  };
  if (options.compile === false) interpretOnly(codec);
  dtoWriters.set(codec, (pascal) => compiledWriter(codec, pascal));
  return codec;
}

/** Whether an object's prototype is `Object.prototype` or null (asked once per object: see {@link ownMember}). */
function plainPrototype(record: object): boolean {
  const proto = Object.getPrototypeOf(record);
  return proto === Object.prototype || proto === null;
}

/**
 * A member's value if it is the object's own, else undefined: an inherited `constructor`
 * or prototype member is not data. The compiled writers find members by the same rule.
 * When the object's prototype is `Object.prototype` (or null) and `Object.prototype` has no
 * property of that name, a plain read gives the own value or undefined, and no call to
 * `Object.hasOwn` is needed (most members of a DTO value are found so); otherwise the
 * member is read only when it is own.
 */
function ownMember(record: Record<string, unknown>, name: string, plain: boolean): unknown {
  if (plain && !(name in Object.prototype)) return record[name];
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/** `encode` for any field: checks the options, writes, and returns the whole text or throws. */
function encodeWith(field: Field<unknown>, value: unknown, options: EncodeOptions = {}): string {
  const textCase = options.textCase ?? "camel";
  if (textCase !== "camel" && textCase !== "pascal") {
    throw new TypeError(`textCase must be "camel" or "pascal", got ${String(textCase)}`);
  }
  const ctx: EncodeContext = { out: new Output(), pascal: textCase === "pascal" };
  try {
    if (value === null || value === undefined) encodeFail(field.expected, value);
    field.write(value, ctx);
  } catch (error) {
    throw encodeError(error);
  }
  return ctx.out.toString();
}

/**
 * A codec of a list of one DTO (`[{…},{…}]`), for documents that hold many: what the CLI's
 * `--type SessionInfo[]` reads and writes. A null item is written `{}`; one trailing empty
 * slot is ignored when reading, as ServiceStack does.
 *
 * @param item - the DTO's codec.
 * @throws {JsvEncodeError} from `encode`; {@link JsvSyntaxError} and {@link JsvDecodeError} from `decode`.
 * @example
 * ```ts
 * const Sessions = listCodec(SessionInfo);
 * Sessions.decode("[{callSid:CA1},{callSid:CA2}]"); // [{ callSid: "CA1" }, { callSid: "CA2" }]
 * ```
 */
export function listCodec<T>(item: Codec<T>): {
  encode(value: readonly T[], options?: EncodeOptions): string;
  decode(text: string, options?: DecodeOptions): T[];
} {
  const field = list(item) as Field<unknown>;
  return {
    encode: (value, options) => encodeWith(field, value, options),
    decode: (text, options) => decodeText(field, text, options) as T[],
  };
}
