import { decodeText } from "./decoder.js";
import type { EncodeContext, Field, FieldLike, Infer } from "./fields.js";
import { encodeFail, list, toField } from "./fields.js";
import type { ParseOptions } from "./options.js";
import { atStep, encodeError } from "./failure.js";
import { Output } from "./writer.js";

/** Options of a codec's `decode`. */
export interface DecodeOptions extends Omit<ParseOptions, "reader"> {
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

/** A field map: member name to field (or enum object), in the order ServiceStack writes them. */
export type FieldMap = Readonly<Record<string, FieldLike>>;

/** The value type of a field map: every member optional. */
export type InferMap<M extends FieldMap> = { -readonly [K in keyof M]?: Infer<M[K]> } & {};

/**
 * A typed JSV codec for one DTO, built by {@link dto} from a field map.
 *
 * Laws, for every valid value `v` and every canonical text `t` (what `encode` writes):
 * - `decode(encode(v))` deep-equals `v`;
 * - `encode(decode(t)) === t`, up to the order of integer-like map keys, which JavaScript
 *   objects list first.
 */
export interface Codec<T, R extends Returns | undefined = Returns | undefined> extends Field<T> {
  readonly kind: "dto";
  /** The request's routes (`DtoOptions.routes`); empty when none were given. */
  readonly routes: readonly Route[];
  /** The response's field or `"void"` (`DtoOptions.returns`); undefined when not given. */
  readonly returns: R;
  /** The DTO's name, as in the API description. */
  readonly name: string;
  /** The fields, in writing order. */
  readonly fields: Readonly<Record<string, Field<unknown>>>;
  /** The members in writing order, for the decoder. */
  readonly members: readonly Member[];
  /** The member a key in the text names: exactly, else case-insensitively after trimming. */
  member(key: string): Member | undefined;
  /**
   * Writes `value` as compact JSV, byte-identical to ServiceStack.Text. Members in field-map
   * order; null and undefined members, and members the map does not know, are left out.
   * @throws {JsvEncodeError} with the path of the first member that does not fit; nothing is returned half-written.
   */
  encode(value: T, options?: EncodeOptions): string;
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
export interface DtoOptions<R extends Returns | undefined = Returns | undefined> {
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
  readonly name: string;
  /** The name with its first letter upper-cased, as a .NET Framework host writes it. */
  readonly pascalName: string;
  readonly field: Field<unknown>;
  /** `name:` and `,name:` in both cases, made once. */
  readonly camel: readonly [string, string];
  readonly pascal: readonly [string, string];
}

/**
 * Builds a codec from a field map. From the one map come the TypeScript type
 * (`Infer<typeof Codec>`), `encode`, `decode` and the fast-check arbitrary of
 * `jsv-codec/testing`.
 *
 * @param name - the DTO's name, for messages.
 * @param fields - member name (camelCase, as a .NET Core host writes it) to field, in the DTO's order.
 * @example
 * ```ts
 * const HoldSession = dto("HoldSession", {
 *   callSid: string(),
 *   sessionId: string(),
 *   reason: SessionHoldReasons,
 * });
 * type HoldSession = Infer<typeof HoldSession>;
 * HoldSession.encode({ callSid: "CA1", reason: "Transferring" }); // "{callSid:CA1,reason:Transferring}"
 * ```
 */
export function dto<const M extends FieldMap, const R extends Returns | undefined = undefined>(
  name: string,
  fields: M,
  options: DtoOptions<R> = {},
): Codec<InferMap<M>, R> {
  const members: Member[] = [];
  const exact = new Map<string, Member>();
  const folded = new Map<string, Member>();
  const resolved: Record<string, Field<unknown>> = {};
  for (const [key, f] of Object.entries(fields)) {
    const field = toField(f);
    const pascalName = key.charAt(0).toUpperCase() + key.slice(1);
    const member: Member = {
      name: key,
      pascalName,
      field,
      camel: [`${key}:`, `,${key}:`],
      pascal: [`${pascalName}:`, `,${pascalName}:`],
    };
    members.push(member);
    exact.set(key, member);
    if (folded.has(key.toLowerCase())) throw new TypeError(`${name}: members ${key} and ${folded.get(key.toLowerCase())!.name} differ only in case`);
    folded.set(key.toLowerCase(), member);
    resolved[key] = field;
  }
  const expected = `an object (${name})`;
  const count = members.length;

  const codec: Codec<InferMap<M>, R> = {
    kind: "dto",
    name,
    routes: Object.freeze([...(options.routes ?? [])]),
    returns: options.returns as R,
    fields: Object.freeze(resolved),
    expected,

    write(value, ctx) {
      if (value === null || typeof value !== "object" || Array.isArray(value) || value instanceof Date || value instanceof Map) {
        encodeFail(expected, value);
      }
      const out = ctx.out;
      const record = value as Record<string, unknown>;
      const pascal = ctx.pascal;
      out.write("{");
      let first = true;
      let i = 0;
      try {
        for (; i < count; i++) {
          const member = members[i]!;
          const v = record[member.name];
          if (v === undefined || v === null) continue;
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
      return decodeText(codec, text, options) as InferMap<M>;
    },
  };
  return codec;
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
