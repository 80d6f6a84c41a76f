import fc from "fast-check";
import { describe, expect, expectTypeOf, test } from "vitest";
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
  HoldSession,
  int,
  JsvDate,
  JsvDateTimeOffset,
  JsvDecodeError,
  JsvEncodeError,
  keyValuePair,
  lazy,
  list,
  long,
  map,
  nullable,
  opaque,
  pascal,
  required,
  sbyte,
  SessionInfo,
  short,
  string,
  uint,
  ulong,
  ushort,
} from "../src/index.js";
import type { Codec, EnumObject, Field } from "../src/index.js";
import { arbitrary } from "../src/testing.js";
import { exact } from "./gallery.js";
import { thrownBy } from "./helpers.js";

const one = <T>(field: Field<T>) => dto("One", { v: field });

/** `{ field, value, jsv }`: encode writes `{v:jsv}`, decode reads it back exactly. */
const cases: [string, Field<any>, unknown, string][] = [
  ["byte max", byte(), 255, "255"],
  ["sbyte min", sbyte(), -128, "-128"],
  ["short min", short(), -32768, "-32768"],
  ["ushort max", ushort(), 65535, "65535"],
  ["uint max", uint(), 4294967295, "4294967295"],
  ["ulong max", ulong(), 18446744073709551615n, "18446744073709551615"],
  ["long min", long(), -9223372036854775808n, "-9223372036854775808"],
  ["float max", float(), Math.fround(3.4028235e38), "3.4028235E+38"],
  ["float 0.1", float(), Math.fround(0.1), "0.1"],
  ["float 1E-07", float(), Math.fround(1e-7), "1E-07"],
  ["float 1E+09", float(), 1e9, "1E+09"],
  ["float 123456790", float(), Math.fround(123456789), "123456790"],
  ["float smallest", float(), Math.fround(1.4e-45), "1E-45"],
  ["float 0.0001", float(), Math.fround(0.0001), "0.0001"],
  ["float NaN", float(), NaN, "NaN"],
  ["float -Infinity", float(), -Infinity, "-Infinity"],
  ["double 0.1+0.2", double(), 0.1 + 0.2, "0.30000000000000004"],
  ["DateTime ms trimmed", dateTime(), new Date("2024-01-02T03:04:05.120Z"), "2024-01-02T03:04:05.12Z"],
  ["DateTime 100 ns", dateTime(), new JsvDate(Date.UTC(2024, 0, 2, 3, 4, 5, 123), 4567), "2024-01-02T03:04:05.1234567Z"],
  ["DateTime ticks only", dateTime(), new JsvDate(Date.UTC(2024, 0, 2), 1), "2024-01-02T00:00:00.0000001Z"],
  ["DateTime max", dateTime(), new JsvDate(Date.UTC(9999, 11, 31, 23, 59, 59, 999), 9999), "9999-12-31T23:59:59.9999999Z"],
  ["DateTime midnight", dateTime(), new Date("2024-01-02T00:00:00Z"), "2024-01-02"],
  ["DateTimeOffset", dateTimeOffset(), new JsvDateTimeOffset(Date.UTC(2024, 0, 1, 21, 34, 5, 123), 330, 4567), "2024-01-02T03:04:05.1234567+05:30"],
  ["DateTimeOffset negative", dateTimeOffset(), new JsvDateTimeOffset(Date.parse("0001-01-01T05:00:01Z"), -300), "0001-01-01T00:00:01.0000000-05:00"],
  ["DateTimeOffset of a Date", dateTimeOffset(), new Date("2024-01-02T00:00:00Z"), "2024-01-02T00:00:00.0000000+00:00"],
  ["Char raw", char(), "é", "é"],
  ["Char NUL raw", char(), "\0", "\0"],
  ["Char space raw", char(), " ", " "],
  ["Char comma quoted", char(), ",", '","'],
  ["Char quote quoted", char(), '"', '""""'],
  ["Char brace quoted", char(), "}", '"}"'],
  ["Point", opaque("Point"), "1.5,-2", '"1.5,-2"'],
  ["Dictionary<int,string>", dictionary(int(), string()), new Map([[1, "one"], [-2, "two"]]), "{1:one,-2:two}"],
  ["Dictionary<Guid,int>", dictionary(guid(), int()), new Map([["7da74353-a40c-468e-93aa-7ff51f4f0e84", 1]]), "{7da74353a40c468e93aa7ff51f4f0e84:1}"],
  ["Dictionary<DateTime,int>: key quoted", dictionary(dateTime(), int()), new Map([[new Date("2024-01-02T03:04:05Z"), 1]]), '{"2024-01-02T03:04:05Z":1}'],
  ["Dictionary<string,List<int>>", dictionary(string(), list(int())), new Map([["", [1]], ["a,b", []]]), '{\u200b:[1],"a,b":[]}'],
  ["KeyValuePair", keyValuePair(string(), string()), { key: "k", value: "v" }, "{key:k,value:v}"],
  ["KeyValuePair, null part", keyValuePair(string(), int()), { key: "k" }, "{key:k}"],
  ["List<byte?>", list(nullable(byte())), [1, null, 3], "[1,,3]"],
  ["List<Char> of one blank", list(char()), [" "], '[" "]'],
  ["HashSet<string> as a list", list(string()), ["a", "b"], "[a,b]"],
  ["Decimal max", decimal(), "79228162514264337593543950335", "79228162514264337593543950335"],
  ["Decimal scale kept", decimal(), "-1.500", "-1.500"],
  ["Decimal 28 decimals", decimal(), "0.0000000000000000000000000001", "0.0000000000000000000000000001"],
];

describe("CLR types, written and read as ServiceStack does", () => {
  test.each(cases)("%s: encode", (_name, field, value, jsv) => {
    expect(one(field).encode({ v: value })).toBe(`{v:${jsv}}`);
  });
  test.each(cases)("%s: decode, exactly", (_name, field, value, jsv) => {
    expect(exact(one(field).decode(`{v:${jsv}}`))).toEqual(exact({ v: value }));
  });

  test("a decoded DateTime is a Date carrying its ticks; a DateTimeOffset its offset", () => {
    const d = one(dateTime()).decode("{v:2024-01-02T03:04:05.1234567+01:00}").v as JsvDate;
    expect(d).toBeInstanceOf(Date);
    expect(d.toISOString()).toBe("2024-01-02T02:04:05.123Z");
    expect(d.subMsTicks).toBe(4567);
    const o = one(dateTimeOffset()).decode("{v:2024-01-02T03:04:05Z}").v as JsvDateTimeOffset;
    expect([o.offsetMinutes, o.subMsTicks, o.toISOString()]).toEqual([0, 0, "2024-01-02T03:04:05.000Z"]);
  });

  test.each([
    ["{v:,}", ","],
    ["{v:,,w:1}", ","],
    ["{v:},w:1}", "}"],
    ["{v:]}", "]"],
    ['{v:",",w:1}', ","],
    ['{v:"""",w:1}', '"'],
    ['{v:",w:1}', '"'],
    ["{v:{,w:1}", "{"],
    ["{v:[}", "["],
  ])("a Char as ServiceStack writes it raw, or quoted: %s", (text, c) => {
    expect(dto("C", { v: char(), w: int() }).decode(text).v).toBe(c);
  });

  test("a raw structural Char is read only before another separator: {v:} is empty", () => {
    expect(dto("C", { v: char(), w: int() }).decode("{v:}")).toEqual({});
    expect(dto("C", { v: char(), w: int() }).decode("{v:,w:1}")).toEqual({ w: 1 });
  });

  test("Point stays its text: the real library reads it back as 0,0", () => {
    expect(one(opaque("Point")).decode('{v:"1.5,-2"}')).toEqual({ v: "1.5,-2" });
  });
});

describe("ranges and errors, with paths", () => {
  test.each<[string, Field<any>, string]>([
    ["byte 256", byte(), "256"],
    ["byte -1", byte(), "-1"],
    ["sbyte 128", sbyte(), "128"],
    ["ushort 65536", ushort(), "65536"],
    ["uint -1", uint(), "-1"],
    ["ulong -1", ulong(), "-1"],
    ["ulong 2^64", ulong(), "18446744073709551616"],
    ["float beyond float32", float(), "3.5E+38"],
    ["Char of two units", char(), '"ab"'],
    ["DateTime year 0", dateTime(), "0000-01-01"],
    ["DateTime year 0 through an offset", dateTime(), "0001-01-01T00:00:00+01:00"],
    ["DateTimeOffset beyond 14 hours", dateTimeOffset(), "2024-01-01T00:00:00+14:01"],
    ["int key", dictionary(int(), string()), "{x:1}"],
    ["decimal beyond 96 bits", decimal(), "79228162514264337593543950336"],
    ["decimal with 29 decimals", decimal(), "0.12345678901234567890123456789"],
  ])("decode refuses %s", (_name, field, text) => {
    const error = thrownBy(() => one(field).decode(`{v:${text}}`)) as JsvDecodeError;
    expect(error).toBeInstanceOf(JsvDecodeError);
    expect(error.path.startsWith("v")).toBe(true);
  });

  test.each<[string, Field<any>, unknown]>([
    ["byte 256", byte(), 256],
    ["uint 1.5", uint(), 1.5],
    ["ulong as a number", ulong(), 1],
    ["float 1e39", float(), 1e39],
    ["Char empty", char(), ""],
    ["Char astral", char(), "😀"],
    ["DateTimeOffset year 10000", dateTimeOffset(), new Date("+010000-01-01T00:00:00Z")],
    ["JsvDate with bad ticks", dateTime(), Object.assign(new Date(0), { subMsTicks: 1.5 })],
    ["dictionary as an object", dictionary(int(), string()), { 1: "a" }],
    ["dictionary key of the wrong type", dictionary(int(), string()), new Map([["1", "a"]])],
    ["opaque of a number", opaque("Point"), 1],
  ])("encode refuses %s", (_name, field, value) => {
    const error = thrownBy(() => one(field).encode({ v: value })) as JsvEncodeError;
    expect(error).toBeInstanceOf(JsvEncodeError);
    expect(error.path.startsWith("v")).toBe(true);
  });

  test("the JsvDate constructors check their ranges", () => {
    expect(() => new JsvDate(0, 10000)).toThrow(RangeError);
    expect(() => new JsvDateTimeOffset(0, 841)).toThrow(RangeError);
    expect(new JsvDate(new JsvDate(5, 7)).subMsTicks).toBe(7);
  });
});

describe("enums: declared values, nameless values, [Flags], wire names", () => {
  const Region = enumeration("PlayerRegion", { Africa: 1, Americas: 2, Asia: 3, Australasia: 4, Europe: 5 });
  const Role = enumeration("PlayerRole", { Leader: 0, Player: 1, NonPlayer: 2 }, { wireNames: { NonPlayer: "non-player" } });
  const Access = enumeration("Access", { None: 0, Read: 1, Write: 2 }, { flags: true });
  const High = enumeration("High", { A: 1, B: 2 ** 31 }, { flags: true });
  const P = dto("P", { region: Region, role: Role, access: Access, roles: list(Role), high: High });

  test.each([
    [{ region: "Europe" }, "{region:Europe}"],
    [{ region: 0 }, "{region:0}"],
    [{ role: "NonPlayer" }, "{role:non-player}"],
    [{ role: 7 }, "{role:7}"],
    [{ role: -3 }, "{role:-3}"],
    [{ access: Access.Read | Access.Write }, "{access:3}"],
    [{ access: 0 }, "{access:0}"],
    [{ roles: ["Leader", 7, null] }, "{roles:[Leader,7,]}"],
  ] as const)("%j is %s, both ways", (value, jsv) => {
    expect(P.encode(value as never)).toBe(jsv);
    expect(P.decode(jsv)).toEqual(value);
  });

  test.each([
    ["{region:5}", { region: "Europe" }],
    ["{region:europe}", { region: "Europe" }],
    ["{role:NON-PLAYER}", { role: "NonPlayer" }],
    ["{role:nonplayer}", { role: "NonPlayer" }],
    ["{access:Read}", { access: 1 }],
    ['{access:"Read, Write"}', { access: 3 }],
    ['{high:"A, B"}', { high: 2 ** 31 + 1 }],
  ])("also reads %s", (text, value) => {
    expect(P.decode(text)).toEqual(value);
  });

  test("a position outside an unvalued enum is an error, a negative one too", () => {
    const Color = dto("C", { c: enumeration("Color", ["Red", "Green"]) });
    expect(Color.decode("{c:1}")).toEqual({ c: "Green" });
    expect((thrownBy(() => Color.decode("{c:-1}")) as JsvDecodeError).path).toBe("c");
    expect((thrownBy(() => Color.decode("{c:2}")) as JsvDecodeError).path).toBe("c");
  });

  test("a named value given as a number is written by name; unknown names are errors", () => {
    expect(P.encode({ region: 3 })).toBe("{region:Asia}");
    expect((thrownBy(() => P.decode("{region:Mars}")) as JsvDecodeError).path).toBe("region");
    expect((thrownBy(() => P.encode({ region: "Mars" as never })) as JsvEncodeError).path).toBe("region");
    expect((thrownBy(() => P.encode({ region: 1.5 })) as JsvEncodeError).path).toBe("region");
  });

  test("the const objects: names to names, flags to values", () => {
    expect(Region.Asia).toBe("Asia");
    expect(Access.Write).toBe(2);
    expect(Object.keys(Access)).toEqual(["None", "Read", "Write"]);
  });
});

describe("DTO structure", () => {
  const AuditBase = dto("AuditBase", { createdBy: string(), deletedDate: dateTime() });
  const Entity = dto("Entity", { id: int() }, { inherits: AuditBase });
  const Booking = dto("Booking", { name: string(), originalName: alias(string(), "aliasedName") }, { inherits: Entity });
  const Login = dto("Login", { user: required(string()), alias: required(alias(int(), "n")), note: string() });

  test("inherited members are written after the DTO's own, the base's base last", () => {
    expect(Booking.members.map((m) => m.name)).toEqual(["name", "originalName", "id", "createdBy", "deletedDate"]);
    expect(Booking.encode({ createdBy: "me", id: 1, name: "n", originalName: "o" })).toBe("{name:n,aliasedName:o,id:1,createdBy:me}");
    expect(Booking.decode("{createdBy:me,id:1}")).toEqual({ createdBy: "me", id: 1 });
  });

  test("an alias is the wire name in both cases; the TypeScript name is the key", () => {
    expect(Booking.encode({ originalName: "o", name: "n" }, { textCase: "pascal" })).toBe("{Name:n,aliasedName:o}");
    expect(Booking.decode("{aliasedName:o}")).toEqual({ originalName: "o" });
    expect(Booking.decode("{ALIASEDNAME:o}")).toEqual({ originalName: "o" });
    expect(Booking.decode("{originalName:o}")).toEqual({});
    expect(Booking.members[1]).toMatchObject({ name: "originalName", wireName: "aliasedName", pascalName: "aliasedName" });
  });

  test("pascal: the CLR name where it is not the camelCase one upper-cased", () => {
    const T = dto("T", { id: pascal(int(), "ID"), name: required(pascal(string(), "NAME")) });
    expect(T.encode({ id: 1, name: "n" }, { textCase: "pascal" })).toBe("{ID:1,NAME:n}");
    expect(T.encode({ id: 1, name: "n" })).toBe("{id:1,name:n}");
    expect(T.decode("{ID:1,NAME:n}")).toEqual({ id: 1, name: "n" });
    expect(() => T.decode("{ID:1}")).toThrow(JsvDecodeError);
  });

  test("wire names of enum members named like Object.prototype's are their own", () => {
    // Built untyped: TypeScript gives every object literal's `constructor` the type Function.
    const make = enumeration as (name: string, values: object, options: object) => EnumObject<string, unknown>;
    const E = make("E", { constructor: 0, toString: 1 }, { wireNames: { toString: "to-string" } });
    expect(dto("X", { e: E }).encode({ e: "constructor" })).toBe("{e:constructor}");
    expect(dto("X", { e: E }).decode("{e:to-string}")).toEqual({ e: "toString" });
  });

  test("a required member missing is an error both ways, with its path", () => {
    expect(Login.decode("{user:u,n:1}")).toEqual({ user: "u", alias: 1 });
    const d = thrownBy(() => Login.decode("{note:x,n:1}")) as JsvDecodeError;
    expect([d.path, d.code]).toEqual(["user", "missing-member"]);
    expect((thrownBy(() => Login.decode("{}")) as JsvDecodeError).path).toBe("user");
    expect((thrownBy(() => Login.decode("{user:u}")) as JsvDecodeError).path).toBe("alias");
    expect((thrownBy(() => Login.encode({ alias: 1 } as never)) as JsvEncodeError).path).toBe("user");
  });

  test("generic DTOs are functions of their argument codecs", () => {
    const QueryResponse = <T extends Codec<any>>(t: T) => dto(`QueryResponse<${t.name}>`, { offset: int(), results: list(t) });
    const Q = QueryResponse(Booking);
    expect(Q.name).toBe("QueryResponse<Booking>");
    expect(Q.encode({ offset: 1, results: [{ name: "a" }] })).toBe("{offset:1,results:[{name:a}]}");
    expectTypeOf(Q.decode("{}").results).toEqualTypeOf<{ name?: string; originalName?: string; id?: number; createdBy?: string; deletedDate?: Date }[] | undefined>();
  });

  test("lazy: codecs that refer to each other", () => {
    interface Job {
      title?: string;
      applications?: Application[];
    }
    interface Application {
      job?: Job;
      n?: number;
    }
    const Job: Codec<Job> = dto("Job", { title: string(), applications: list(lazy((): Codec<Application> => Application)) });
    const Application: Codec<Application> = dto("Application", { job: Job, n: int() });
    const v = { title: "t", applications: [{ n: 1, job: { title: "u" } }] };
    expect(Job.encode(v)).toBe("{title:t,applications:[{job:{title:u},n:1}]}");
    expect(Job.decode(Job.encode(v))).toEqual(v);
    fc.assert(
      fc.property(arbitrary(Job), (j) => {
        expect(Job.decode(Job.encode(j))).toEqual(j);
      }),
      { numRuns: 50 },
    );
  });

  test("bad structure is refused when the codec is built", () => {
    expect(() => dto("X", { a: string(), b: alias(string(), "a") })).toThrow(TypeError);
    expect(() => dto("X", { a: string() }, { inherits: dto("B", { A: string() }) })).toThrow(TypeError);
    expect(() => alias(string(), "")).toThrow(TypeError);
    expect(() => dictionary(list(int()), int())).toThrow(TypeError);
  });

  test("own members only: an inherited property is not data", () => {
    const X = dto("X", { constructor: string(), callSid: string() });
    expect(X.encode({} as never)).toBe("{}");
    expect(X.encode(Object.create({ callSid: "a" }))).toBe("{}");
  });
});

describe("DTO options", () => {
  test("routes and returns are kept on the codec", () => {
    expect(HoldSession.routes).toEqual([{ path: "/sessions/{sessionId}/hold", verbs: "POST" }]);
    expect(HoldSession.returns).toBe(SessionInfo);
    expect(SessionInfo.routes).toEqual([]);
    expect(SessionInfo.returns).toBeUndefined();
    expect(dto("Ping", { a: string() }, { returns: "void" }).returns).toBe("void");
  });
});

describe("codec laws over every new field", () => {
  const Kind = enumeration("Kind", { A: 1, B: 2 }, { wireNames: { B: "b-b" } });
  const Flags = enumeration("Flags", { X: 1, Y: 2 }, { flags: true });
  const Sub = dto("Sub", { id: int(), name: string() });
  const Everything = dto(
    "Everything",
    {
      b: byte(),
      sb: sbyte(),
      s: short(),
      us: ushort(),
      u: uint(),
      ul: ulong(),
      f: float(),
      d: double(),
      at: dateTime(),
      off: dateTimeOffset(),
      c: char(),
      p: opaque("Point"),
      kind: Kind,
      flags: Flags,
      ints: dictionary(int(), string()),
      byDate: dictionary(dateTime(), list(nullable(byte()))),
      byChar: dictionary(char(), Sub),
      byKind: dictionary(Kind, boolean()),
      pair: keyValuePair(string(), Sub),
      pairs: list(keyValuePair(int(), string())),
      chars: list(char()),
      maps: list(map(Sub)),
      renamed: alias(string(), "wire_name"),
      must: required(int()),
    },
    { inherits: Sub },
  );

  test("decode(encode(v)) equals v exactly (ticks and offsets too), in both cases", () => {
    fc.assert(
      fc.property(arbitrary(Everything), fc.constantFrom("camel", "pascal") as fc.Arbitrary<"camel" | "pascal">, (v, textCase) => {
        expect(exact(Everything.decode(Everything.encode(v, { textCase })))).toEqual(exact(v));
      }),
      { numRuns: 300 },
    );
  });

  test("encode(decode(t)) === t for canonical text", () => {
    fc.assert(
      fc.property(arbitrary(Everything), (v) => {
        const t = Everything.encode(v);
        expect(Everything.encode(Everything.decode(t))).toBe(t);
      }),
      { numRuns: 300 },
    );
  });
});
