// Codecs and values from the DTO descriptions in servicestack-routes.jsonl, built with the
// public builders exactly as a user (or `jsv codegen`) would write them.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  alias,
  boolean,
  byte,
  char,
  dateTime,
  dateTimeOffset,
  decimal,
  dictionary,
  double,
  dto,
  enumeration,
  float,
  guid,
  int,
  keyValuePair,
  list,
  long,
  map,
  nullable,
  opaque,
  sbyte,
  short,
  string,
  timeSpan,
  uint,
  ulong,
  ushort,
} from "../../src/index.js";
import type { Codec, DtoOptions, FieldLike, Member } from "../../src/index.js";
import { toCamelCase } from "../../src/names.js";

/** One member as the vectors describe it. */
export interface VectorMember {
  name: string;
  type: string;
  alias?: string;
  dataMember?: boolean;
  ignoreDataMember?: boolean;
  declaredIn?: string;
  enumValues?: Record<string, number>;
  flags?: boolean;
}

/** One line of servicestack-routes.jsonl. */
export interface RouteVector {
  id: string;
  dto: string;
  routes: { path: string; verbs: string | null; priority?: number }[];
  members: VectorMember[];
  types: Record<string, VectorMember[]>;
  value: Record<string, unknown>;
  verb: string;
  call: string;
  url?: string;
  error?: string;
  body?: string;
}

const here = fileURLToPath(new URL(".", import.meta.url));

/** Every line of a JSONL file in test/vectors/reference/. */
export function readReference<T>(name: string): T[] {
  return readFileSync(`${here}../vectors/reference/${name}`, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

/**
 * A member ServiceStack's metadata (and so codegen) never shows: `[IgnoreDataMember]`, or a
 * property without `[DataMember]` in a `[DataContract]` class. No codec has it.
 */
export function hiddenMember(m: VectorMember): boolean {
  return m.ignoreDataMember === true || m.dataMember === false;
}

/** The TS key of a member: its DataMember name if it has one, else ServiceStack's camelCase. */
export function keyOf(m: VectorMember): string {
  return m.alias ?? toCamelCase(m.name);
}

const SCALARS: Record<string, () => FieldLike> = {
  string: string, int: int, long: long, ulong: ulong, byte: byte, sbyte: sbyte, short: short, ushort: ushort, uint: uint,
  float: float, double: double, decimal: decimal, bool: boolean, char: char, Guid: guid, DateTime: dateTime,
  DateTimeOffset: dateTimeOffset, TimeSpan: timeSpan,
};

/** Builds codecs for one vector's DTO and its nested types, memoised per DTO name. */
export class VectorTypes {
  private readonly codecs = new Map<string, Codec<any, any>>();

  constructor(private readonly types: Record<string, VectorMember[]>) {}

  /** The request codec of a vector. */
  request(v: RouteVector, options: DtoOptions = {}): Codec<any, any> {
    return dto(v.dto, this.fieldMap(v.members), {
      routes: v.routes.map((r) => (r.verbs === null ? { path: r.path } : { path: r.path, verbs: r.verbs })),
      ...options,
    });
  }

  /** A field map from described members, hidden ones left out. */
  fieldMap(members: VectorMember[]): Record<string, FieldLike | ReturnType<typeof alias>> {
    const fields: Record<string, FieldLike | ReturnType<typeof alias>> = {};
    for (const m of members) {
      if (hiddenMember(m)) continue;
      const field = this.field(m.type, m);
      fields[keyOf(m)] = m.alias !== undefined ? alias(field, m.alias) : field;
    }
    return fields;
  }

  /** The field of a CLR type name. */
  field(type: string, m?: VectorMember): FieldLike {
    if (type.endsWith("?")) return nullable(this.field(type.slice(0, -1), m));
    if (type.endsWith("[]")) return list(this.field(type.slice(0, -2)));
    const generic = /^(\w+)<(.*)>$/.exec(type);
    if (generic) {
      const args = splitArgs(generic[2]!);
      switch (generic[1]) {
        case "List":
          return list(this.field(args[0]!));
        case "Dictionary":
          return args[0] === "string" ? map(this.field(args[1]!)) : dictionary(this.field(args[0]!), this.field(args[1]!));
        case "KeyValuePair":
          return keyValuePair(this.field(args[0]!), this.field(args[1]!));
      }
      throw new Error(`no field for ${type}`);
    }
    const scalar = SCALARS[type];
    if (scalar) return scalar();
    if (m?.enumValues !== undefined) {
      return m.flags ? enumeration(type, m.enumValues, { flags: true }) : enumeration(type, m.enumValues);
    }
    // A type ServiceStack writes through ToString() (the metadata lists its members anyway).
    if (type === "Point") return opaque(type);
    const nested = this.types[type];
    if (nested === undefined) throw new Error(`no field for ${type}`);
    let codec = this.codecs.get(type);
    if (codec === undefined) {
      codec = dto(type, this.fieldMap(nested));
      this.codecs.set(type, codec);
    }
    return codec;
  }

  /**
   * A vector value (CLR member names; longs, decimals, dates, spans and Guids as strings)
   * as the TS value a user passes: keys camelCased, nulls left out, each scalar in its
   * field's type.
   */
  value(members: VectorMember[], value: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const m of members) {
      if (hiddenMember(m)) continue;
      const v = value[m.name];
      if (v === null || v === undefined) continue;
      out[keyOf(m)] = this.convert(m.type, v, m);
    }
    return out;
  }

  private convert(type: string, v: unknown, m?: VectorMember): unknown {
    if (v === null) return null;
    if (type.endsWith("?")) return this.convert(type.slice(0, -1), v, m);
    if (type.endsWith("[]")) return (v as unknown[]).map((x) => this.convert(type.slice(0, -2), x));
    const generic = /^(\w+)<(.*)>$/.exec(type);
    if (generic) {
      const args = splitArgs(generic[2]!);
      const o = v as Record<string, unknown>;
      switch (generic[1]) {
        case "List":
          return (v as unknown[]).map((x) => this.convert(args[0]!, x));
        case "Dictionary":
          if (args[0] === "string") return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, this.convert(args[1]!, x)]));
          return new Map(Object.entries(o).map(([k, x]) => [this.convert(args[0]!, isNaN(Number(k)) ? k : Number(k)), this.convert(args[1]!, x)]));
        case "KeyValuePair": {
          const kv: Record<string, unknown> = {};
          if (o.Key !== null) kv.key = this.convert(args[0]!, o.Key);
          if (o.Value !== null) kv.value = this.convert(args[1]!, o.Value);
          return kv;
        }
      }
    }
    switch (type) {
      case "long":
      case "ulong":
        return BigInt(v as string);
      case "float":
      case "double":
        return typeof v === "string" ? Number(v) : v;
      case "DateTime":
        return readScalar(dateTime(), unspecifiedAsUtc(v as string));
      case "DateTimeOffset":
        return readScalar(dateTimeOffset(), v as string);
      case "TimeSpan":
        return spanMs(v as string);
    }
    if (m?.enumValues !== undefined && m.flags) {
      return typeof v === "number" ? v : (v as string).split(",").reduce((n, name) => n | m.enumValues![name.trim()]!, 0);
    }
    if (type === "Point") return `${(v as { X: number }).X},${(v as { Y: number }).Y}`;
    const nested = this.types[type];
    if (nested !== undefined) return this.value(nested, v as Record<string, unknown>);
    return v;
  }
}

/** `a,Dictionary<string,int>` → its top-level type arguments. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "<") depth++;
    else if (text[i] === ">") depth--;
    else if (text[i] === "," && depth === 0) {
      out.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  out.push(text.slice(start).trim());
  return out;
}

/** An unspecified-kind DateTime (no `Z`, no offset) read at UTC, as the client does. */
function unspecifiedAsUtc(text: string): string {
  return /Z$|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`;
}

/** One scalar read by its own field, through a one-member DTO (so JsvDate keeps its ticks). */
function readScalar(field: FieldLike, text: string): unknown {
  return dto("Holder", { v: field }).decode(`{v:${text}}`).v;
}

/** A TimeSpan in .NET's `c` format (`-1.02:03:04.5000000`) as milliseconds. */
function spanMs(text: string): number {
  const m = /^(-)?(?:(\d+)\.)?(\d+):(\d+):(\d+)(?:\.(\d{1,7}))?$/.exec(text);
  if (!m) throw new Error(`not a TimeSpan: ${text}`);
  const ticks =
    ((Number(m[2] ?? 0) * 24 + Number(m[3])) * 3600 + Number(m[4]) * 60 + Number(m[5])) * 10_000_000 + Number((m[6] ?? "").padEnd(7, "0"));
  return ((m[1] ? -1 : 1) * ticks) / 10_000;
}

/** The members of a codec by wire name, for messages. */
export function wireNames(codec: Codec<any, any>): string[] {
  return codec.members.map((m: Member) => m.wireName);
}
