import { readFileSync } from "node:fs";
import type { Codec, Field } from "../src/index.js";
import { formatDate, parseDate, parseDateTimeOffset } from "../src/dates.js";
import { formatDouble, formatSingle, formatTimeSpan, parseBytes, parseTimeSpan } from "../src/dotnet.js";
import type { EnumField } from "../src/fields.js";
import { toField } from "../src/fields.js";
import { setOwn } from "../src/failure.js";
import { quoteString } from "../src/writer.js";

// The harness of the gallery vectors (test/vectors/gallery/README.md): the `clr` dump turned
// into exact JavaScript values, exact comparison (100 ns ticks and offsets included), and the
// text the contract expects where it deliberately follows .NET (Core) rather than the recording.

/** One line of a gallery vector file. */
export interface GalleryVector {
  id: string;
  type: string;
  clr: Dump;
  jsv: string;
  jsvPascal: string;
  decoded: Dump | { error: string };
}

/** A value in the dump convention: null, a string, a boolean, or an object with `$t`. */
export type Dump = null | string | boolean | { $t: string; v?: string; items?: Dump[]; entries?: [Dump, Dump][]; [prop: string]: unknown };

const GALLERY = new URL("./vectors/gallery/", import.meta.url);

/** Every line of one vector file. */
export function readVectors(file: string): GalleryVector[] {
  return readFileSync(new URL(file, GALLERY), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as GalleryVector);
}

const metadata = JSON.parse(readFileSync(new URL("./vectors/metadata/blazor-gallery.app.json", import.meta.url), "utf8")) as {
  api: { types: { name: string; properties?: { name: string; dataMember?: { name?: string } }[] }[] };
};

/** `Type.Property` to its `[DataMember(Name)]`, from the metadata: the one name a dump does not show. */
const DATA_MEMBER_NAMES = new Map<string, string>();
for (const t of metadata.api.types) {
  for (const p of t.properties ?? []) if (p.dataMember?.name) DATA_MEMBER_NAMES.set(`${t.name}.${p.name}`, p.dataMember.name);
}

function scalarText(dump: Dump, what: string): string {
  if (dump === null || typeof dump !== "object" || typeof dump.v !== "string") throw new Error(`expected a scalar dump for ${what}, got ${JSON.stringify(dump)}`);
  return dump.v;
}

/**
 * The exact JavaScript value of a `clr` dump, read for `field`: what `encode` must write as
 * the vector's text. A null member is absent; a null list item null.
 */
export function fromClr(dump: Dump, fieldLike: Field<unknown> | object): unknown {
  const field = toField(fieldLike as never);
  if (dump === null) return undefined;
  const kind = field.kind;
  if (typeof dump === "string" || typeof dump === "boolean") return dump;
  switch (kind) {
    case "byte":
    case "sbyte":
    case "short":
    case "ushort":
    case "int":
    case "uint":
      return Number(scalarText(dump, kind));
    case "long":
    case "ulong":
      return BigInt(scalarText(dump, kind));
    case "float":
      return Math.fround(Number(scalarText(dump, kind)));
    case "double":
      return Number(scalarText(dump, kind));
    case "decimal":
    case "guid":
    case "char":
      return scalarText(dump, kind);
    case "dateTime": {
      // `2024-01-02T03:04:05.1230000Z (Utc)`, `…+00:00 (Local)`, `…0000000 (Unspecified)`: TZ was UTC.
      const text = scalarText(dump, kind).replace(/ \((Utc|Local|Unspecified)\)$/, "");
      return parseDate(text);
    }
    case "dateTimeOffset":
      return parseDateTimeOffset(scalarText(dump, kind));
    case "timeSpan":
      return Number(parseTimeSpan(scalarText(dump, kind))!) / 10000;
    case "bytes":
      return parseBytes(scalarText(dump, kind)) ?? new Uint8Array(0);
    case "enum": {
      const text = scalarText(dump, kind);
      const e = field as EnumField<unknown>;
      if (/^-?\d+$/.test(text)) return e.open ? Number(text) : e.members[Number(text)];
      return e.flags ? e.values[e.members.indexOf(text)] : text;
    }
    case "opaque":
      // Point: its ToString() on .NET (Core), `X,Y` with each double's shortest digits.
      if (dump.$t === "Point") return `${formatDouble(Number(scalarText(dump.X as Dump, "X")))},${formatDouble(Number(scalarText(dump.Y as Dump, "Y")))}`;
      throw new Error(`no exact value for an opaque ${dump.$t}`);
    case "list": {
      const item = (field as unknown as { item: Field<unknown> }).item;
      return dump.items!.map((d) => (d === null ? null : fromClr(d, item)));
    }
    case "map": {
      const value = (field as unknown as { value: Field<unknown> }).value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of dump.entries!) if (v !== null) setOwn(out, k as string, fromClr(v, value));
      return out;
    }
    case "dictionary": {
      const { key, value } = field as unknown as { key: Field<unknown>; value: Field<unknown> };
      const out = new Map<unknown, unknown>();
      for (const [k, v] of dump.entries!) if (v !== null) out.set(fromClr(k, key), fromClr(v, value));
      return out;
    }
    case "dto": {
      const codec = field as Codec<unknown>;
      const out: Record<string, unknown> = {};
      for (const [prop, d] of Object.entries(dump)) {
        if (prop === "$t" || d === null) continue;
        const wire = DATA_MEMBER_NAMES.get(`${dump.$t}.${prop}`) ?? prop;
        const member = codec.members.find((m) => m.wireName === wire) ?? codec.member(wire);
        if (member === undefined) throw new Error(`${codec.name} has no member for ${dump.$t}.${prop}`);
        setOwn(out, member.name, fromClr(d as Dump, member.field));
      }
      return out;
    }
    default:
      throw new Error(`no exact value for a field of kind ${kind}`);
  }
}

/**
 * A value in a form `toEqual` compares exactly: a Date as its instant with its 100 ns ticks
 * and offset, a Map as its entries, a bigint and a byte array as text.
 */
export function exact(value: unknown): unknown {
  if (value instanceof Date) {
    const { subMsTicks = 0, offsetMinutes = 0 } = value as { subMsTicks?: number; offsetMinutes?: number };
    return `Date(${Number.isNaN(value.getTime()) ? "invalid" : value.toISOString()} +${subMsTicks} ticks, offset ${offsetMinutes})`;
  }
  if (value instanceof Map) return { Map: [...value].map(([k, v]) => [exact(k), exact(v)]) };
  if (value instanceof Uint8Array) return `bytes(${Array.from(value).join(",")})`;
  if (typeof value === "bigint") return `${value}n`;
  if (Array.isArray(value)) return value.map(exact);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) setOwn(out, k, exact(v));
    return out;
  }
  return value;
}

/** How many scalars the expected text spells as the contract says rather than as recorded, by reason. */
export type Differences = Record<"float" | "double" | "char" | "localDate" | "point" | "emptyKey" | "emptyBytes" | "loneBlank" | "hugeTimeSpan", number>;

/** Every kind of difference, none seen yet. */
export function noDifferences(): Differences {
  return { float: 0, double: 0, char: 0, localDate: 0, point: 0, emptyKey: 0, emptyBytes: 0, loneBlank: 0, hugeTimeSpan: 0 };
}

/** Beyond 2^53 ticks a number of milliseconds cannot hold every tick. */
const isHugeSpan = (ms: number) => Math.abs(ms * 10000) > 2 ** 53;

/**
 * The text the contract expects for a recorded `jsv`: the recording, with every Single and
 * Double in its .NET (Core) spelling of the exact value, every Char the string rule would
 * quote quoted, every Local or Unspecified DateTime in the Utc form of the same instant (after
 * checking it is that instant), and Point in its .NET (Core) digits. The recorded text is
 * walked with the codec, so a scalar is found by its member, never by a search.
 */
export function expectedText(codec: Codec<unknown>, recorded: string, value: unknown, differences: Differences): string {
  let pos = 0;
  let out = "";
  let copied = 0;
  const fail = (what: string): never => {
    throw new Error(`${what} at ${pos}: …${recorded.slice(Math.max(0, pos - 30), pos)}⟨here⟩${recorded.slice(pos, pos + 30)}…`);
  };
  const replace = (start: number, end: number, text: string, reason: keyof Differences) => {
    if (recorded.slice(start, end) === text) return;
    out += recorded.slice(copied, start) + text;
    copied = end;
    differences[reason]++;
  };
  const isEnd = (c: string | undefined) => c === undefined || c === "," || c === "}" || c === "]";
  /** The end of the token at pos: a quoted string, or bare up to `,` `}` `]`. */
  const tokenEnd = (): number => {
    if (recorded[pos] === '"') {
      let i = pos + 1;
      for (;;) {
        const q = recorded.indexOf('"', i);
        if (q < 0) fail("unterminated quote");
        if (recorded[q + 1] === '"') i = q + 2;
        else return q + 1;
      }
    }
    let i = pos;
    while (!isEnd(recorded[i])) i++;
    return i;
  };
  const unquote = (token: string) => (token.startsWith('"') ? token.slice(1, -1).replace(/""/g, '"') : token);

  const walk = (field: Field<unknown>, v: unknown): void => {
    const kind = field.kind;
    if (kind === "dto" || kind === "map" || kind === "dictionary") {
      if (recorded.startsWith("null", pos) && kind !== "dto") {
        pos += 4;
        return;
      }
      if (recorded[pos] !== "{") fail(`expected { for ${kind}`);
      pos++;
      if (recorded[pos] === "}") {
        pos++;
        return;
      }
      for (;;) {
        const keyEnd = recorded[pos] === '"' ? tokenEnd() : recorded.indexOf(":", pos);
        const key = unquote(recorded.slice(pos, keyEnd));
        // JSV-SPEC section 3: the empty key is written U+200B; ServiceStack 6.0.3 wrote `""`.
        if (kind !== "dto" && key === "") replace(pos, keyEnd, "\u200b", "emptyKey");
        pos = keyEnd;
        if (recorded[pos] !== ":") fail("expected :");
        pos++;
        if (kind === "dto") {
          const member = (field as Codec<unknown>).member(key);
          if (member === undefined) fail(`no member ${key}`);
          walk(member!.field, (v as Record<string, unknown> | undefined)?.[member!.name]);
        } else if (kind === "map") {
          walk((field as unknown as { value: Field<unknown> }).value, (v as Record<string, unknown> | undefined)?.[key]);
        } else {
          const { key: kf, value: vf } = field as unknown as { key: Field<unknown>; value: Field<unknown> };
          const k = kf.read!(key, { fail: () => fail(`bad key ${key}`) });
          const map = v as Map<unknown, unknown> | undefined;
          let entry = map?.get(k);
          if (entry === undefined && k instanceof Date) for (const [mk, mv] of map ?? []) if ((mk as Date).getTime() === k.getTime()) entry = mv;
          walk(vf, entry);
        }
        if (recorded[pos] === ",") pos++;
        else if (recorded[pos] === "}") {
          pos++;
          return;
        } else fail("expected , or }");
      }
    }
    if (kind === "list") {
      if (recorded[pos] !== "[") fail("expected [");
      const open = pos;
      pos++;
      const item = (field as unknown as { item: Field<unknown> }).item;
      let i = 0;
      if (recorded[pos] === "]") {
        pos++;
        return;
      }
      for (;; i++) {
        if (!(recorded[pos] === "," || recorded[pos] === "]")) walk(item, (v as unknown[] | undefined)?.[i]);
        if (recorded[pos] === ",") pos++;
        else if (recorded[pos] === "]") {
          pos++;
          // JSV-SPEC section 3: a lone blank item is quoted; ServiceStack writes `[ ]`, read as empty.
          const items = v as unknown[] | undefined;
          if (items?.length === 1 && typeof items[0] === "string" && items[0] !== "" && items[0].trim() === "") replace(open, pos, `["${items[0]}"]`, "loneBlank");
          return;
        } else fail("expected , or ]");
      }
    }
    const start = pos;
    if (kind === "char") {
      // Recorded raw, always one unit.
      pos++;
      if (typeof v === "string") replace(start, pos, quoteString(v), "char");
      return;
    }
    pos = tokenEnd();
    const text = recorded.slice(start, pos);
    if (v === undefined || v === null) return;
    if (kind === "float") replace(start, pos, formatSingle(v as number), "float");
    else if (kind === "double") replace(start, pos, formatDouble(v as number), "double");
    else if (kind === "opaque") replace(start, pos, quoteString(v as string), "point");
    // An empty byte[] is written `""`: ServiceStack writes nothing, which reads back as null.
    else if (kind === "bytes" && (v as Uint8Array).length === 0) replace(start, pos, '""', "emptyBytes");
    else if (kind === "timeSpan" && isHugeSpan(v as number)) replace(start, pos, formatTimeSpan(BigInt(Math.round((v as number) * 10000))), "hugeTimeSpan");
    else if (kind === "dateTime" && !text.endsWith("Z") && text.includes("T")) {
      // Local or Unspecified: the same instant, in the Utc form.
      const d = parseDate(text);
      if (d === undefined || d.getTime() !== (v as Date).getTime() || d.subMsTicks !== ((v as { subMsTicks?: number }).subMsTicks ?? 0)) fail(`not the same instant: ${text}`);
      replace(start, pos, formatDate(v as Date)!, "localDate");
    }
  };
  walk(codec, value);
  if (pos !== recorded.length) fail("text after the root");
  return out + recorded.slice(copied);
}

/**
 * The value `decode` gives, where the contract reads differently from the dump: a null DTO in
 * a list is written `{}` and reads back as an empty object, a list whose only item is null is
 * written `[]` (both as ServiceStack does), and U+200B is the empty key.
 */
export function asDecoded(value: unknown, fieldLike: Field<unknown> | object): unknown {
  const field = toField(fieldLike as never);
  if (value === undefined || value === null) return value;
  switch (field.kind) {
    case "list": {
      const item = (field as unknown as { item: Field<unknown> }).item;
      const items = value as unknown[];
      if (items.length === 1 && items[0] === null && item.kind !== "dto" && item.kind !== "map" && item.kind !== "dictionary") return [];
      return items.map((v) => (v === null && item.kind === "dto" ? {} : asDecoded(v, item)));
    }
    case "map": {
      const valueField = (field as unknown as { value: Field<unknown> }).value;
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) setOwn(out, k === "\u200b" ? "" : k, asDecoded(v, valueField));
      return out;
    }
    case "dictionary": {
      const { value: valueField } = field as unknown as { value: Field<unknown> };
      return new Map([...(value as Map<unknown, unknown>)].map(([k, v]) => [k === "\u200b" ? "" : k, asDecoded(v, valueField)]));
    }
    case "dto": {
      const codec = field as Codec<unknown>;
      const out: Record<string, unknown> = {};
      for (const m of codec.members) {
        const v = (value as Record<string, unknown>)[m.name];
        if (v !== undefined) setOwn(out, m.name, asDecoded(v, m.field));
      }
      return out;
    }
    case "timeSpan":
      // What our own text of a huge span reads back as: the nearest number, again.
      return isHugeSpan(value as number) ? Number(parseTimeSpan(formatTimeSpan(BigInt(Math.round((value as number) * 10000))))) / 10000 : value;
    default:
      return value;
  }
}
