import fc from "fast-check";
import { afterEach, describe, expect, test } from "vitest";
import type { Codec, CompileReport } from "../src/index.js";
import {
  alias,
  boolean,
  byte,
  bytes,
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
  lazy,
  list,
  listCodec,
  long,
  map,
  opaque,
  pascal,
  required,
  SessionInfo,
  setCompile,
  short,
  string,
  timeSpan,
  uint,
  ulong,
} from "../src/index.js";
import { arbitrary } from "../src/testing.js";

// The compiled and the interpreted codecs must agree on everything: the same text for
// every value, the same value for every text, the same error (class, code, path, offset,
// message) for every value or text that fails. Each case runs both ways, toggling the
// global switch.

const Color = enumeration("Color", ["Red", "Green", "Blue"]);
const Region = enumeration("Region", { Africa: 1, Asia: 3, Europe: 7 }, { wireNames: { Asia: "asia" } });
const Access = enumeration("Access", { Read: 1, Write: 2, Admin: 4 }, { flags: true });
const Part = dto("Part", { id: int(), label: string(), on: boolean() });
const Base = dto("Base", { createdBy: string(), version: int() });
// A recursive DTO, through lazy.
const Tree: Codec<any> = dto("Tree", { label: string(), children: list(lazy(() => Tree)) });
const Everything = dto(
  "Everything",
  {
    text: string(),
    flag: boolean(),
    color: Color,
    region: Region,
    access: Access,
    small: byte(),
    short: short(),
    count: int(),
    unsigned: uint(),
    big: long(),
    huge: ulong(),
    ratio: double(),
    single: float(),
    price: decimal(),
    at: dateTime(),
    offset: dateTimeOffset(),
    span: timeSpan(),
    id: guid(),
    data: bytes(),
    letter: char(),
    point: opaque("Point"),
    aliased: alias(string(), "Aliased_Name"),
    cased: pascal(string(), "CASED"),
    tree: Tree,
    tags: list(string()),
    colors: list(Color),
    parts: list(Part),
    part: Part,
    values: map(double()),
    byNumber: dictionary(int(), string()),
    pair: keyValuePair(string(), int()),
  },
  { inherits: Base },
);
const WithRequired = dto("WithRequired", { name: required(string()), color: Color, note: string() });

const codecs: [string, Codec<any>][] = [
  ["SessionInfo", SessionInfo],
  ["Everything", Everything],
  ["WithRequired", WithRequired],
];

afterEach(() => setCompile({ enabled: true, decode: false, onCompile: undefined }));

type Outcome = { ok: true; value: unknown } | { ok: false; error: Record<string, unknown> };

function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    const e = error as Record<string, unknown> & Error;
    return {
      ok: false,
      error: { class: e.constructor.name, message: e.message, code: e.code, path: e.path, offset: e.offset, line: e.line, column: e.column },
    };
  }
}

/** Runs `run` compiled and interpreted, and requires the same outcome. */
function same(run: () => unknown): Outcome {
  setCompile({ enabled: true, decode: true });
  const compiled = outcome(run);
  setCompile(false);
  const interpreted = outcome(run);
  setCompile({ enabled: true, decode: false });
  expect(compiled).toStrictEqual(interpreted);
  return compiled;
}

/**
 * The codec's values: `arbitrary`, with a member whose kind it does not know yet left out
 * (and `required` members always given).
 */
function valuesOf(codec: Codec<any>): fc.Arbitrary<any> {
  try {
    return arbitrary(codec);
  } catch {
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, field] of Object.entries(codec.fields)) {
      try {
        record[key] = arbitrary(field);
      } catch {
        // not generated: the member stays absent
      }
    }
    const requiredKeys = codec.members.filter((m) => m.required && record[m.name] !== undefined).map((m) => m.name);
    return fc.record(record, { requiredKeys });
  }
}

const textCase = fc.constantFrom<"camel" | "pascal">("camel", "pascal");

for (const [name, codec] of codecs) {
  test(`${name}: compiled and interpreted write the same text and read the same value`, () => {
    fc.assert(
      fc.property(valuesOf(codec), textCase, (value, c) => {
        const written = same(() => codec.encode(value, { textCase: c }));
        if (written.ok) same(() => codec.decode(written.value as string));
      }),
      { numRuns: 150 },
    );
  });

  test(`${name}: compiled and interpreted fail alike on damaged texts`, () => {
    const damage = fc.oneof(
      fc.tuple(fc.nat(), fc.nat({ max: 8 })).map(([at, n]) => (t: string) => t.slice(0, at % (t.length + 1)) + t.slice((at % (t.length + 1)) + n)),
      fc
        .tuple(fc.nat(), fc.constantFrom(",", ":", "{", "}", "[", "]", '"', " ", "\n", "x", "True", "9", "{}", "[]", ",,", "\u200b"))
        .map(([at, s]) => (t: string) => t.slice(0, at % (t.length + 1)) + s + t.slice(at % (t.length + 1))),
      fc.nat().map((at) => (t: string) => t.slice(0, at % (t.length + 1))),
      fc.constant((t: string) => t.replace(/[a-z]/, (c) => c.toUpperCase())),
      fc.constant((t: string) => t.replace(/:/g, ": ")),
    );
    const options = fc.record({
      whitespace: fc.constantFrom<"auto" | "preserve" | "trim" | undefined>(undefined, "preserve", "trim"),
      unknownKeys: fc.constantFrom<"ignore" | "error" | undefined>(undefined, "error"),
    });
    fc.assert(
      fc.property(valuesOf(codec), fc.array(damage, { minLength: 1, maxLength: 3 }), options, (value, cuts, opts) => {
        setCompile(false);
        const written = outcome(() => codec.encode(value));
        let text = written.ok ? (written.value as string) : "{}";
        for (const cut of cuts) text = cut(text);
        same(() => codec.decode(text, opts));
      }),
      { numRuns: 150 },
    );
  });

  test(`${name}: compiled and interpreted refuse the same values`, () => {
    const wrong = fc.constantFrom<unknown>(1, -0, "x", "", true, {}, [], [null], new Date(Number.NaN), new Map(), 10n, Symbol("s"), () => 0);
    fc.assert(
      fc.property(valuesOf(codec), fc.nat(), wrong, textCase, (value, at, bad, c) => {
        const keys = Object.keys(codec.fields);
        const damaged = { ...(value as object), [keys[at % keys.length]!]: bad };
        same(() => codec.encode(damaged, { textCase: c }));
        // The same members inherited, not own: not data.
        same(() => codec.encode(Object.create(damaged), { textCase: c }));
      }),
      { numRuns: 150 },
    );
  });
}

test("members out of order, repeated, unknown, in Pascal case or differently cased read alike", () => {
  for (const text of [
    "{note:b,name:a,color:Green}",
    "{name:a,name:b,color:Red,color:}",
    "{Name:a,Color:Blue,extra:{x:[1]},note:n}",
    "{NAME:a, color :Green}",
    "{color:green,name:a}",
    "{color:2,name:a}",
    "{color:Green ,name:a}",
    "{color:Green]",
    "{}",
    "{ }",
    "{note:x}",
  ]) {
    same(() => WithRequired.decode(text));
    same(() => WithRequired.decode(text, { unknownKeys: "error" }));
    same(() => WithRequired.decode(text, { whitespace: "trim" }));
  }
});

test("a codec made with compile: false never compiles; others compile once per direction", () => {
  const reports: CompileReport[] = [];
  setCompile({ decode: true, onCompile: (r) => reports.push(r) });
  const Off = dto("Off", { a: string() }, { compile: false });
  const On = dto("On", { a: string() });
  for (let i = 0; i < 3; i++) {
    expect(Off.decode(Off.encode({ a: "x,y" }))).toStrictEqual({ a: "x,y" });
    expect(On.decode(On.encode({ a: "x,y" }))).toStrictEqual({ a: "x,y" });
  }
  expect(reports.map((r) => `${r.name} ${r.what}`).sort()).toStrictEqual(["On decode", "On encode camel"]);
  expect(reports.every((r) => r.sourceLength > 0 && r.ms >= 0)).toBe(true);
});

test("names and constants from a field map cannot break out of the generated code", () => {
  const Evil = dto('Evil"); throw 1; ("', {
    "a\"b'c\\d": string(),
    "}; throw 1; {": boolean(),
    "__proto__": string(),
    "\u2028x": enumeration("E\"", ["A\"B", "\u2029"]),
  });
  const value = { "a\"b'c\\d": "v", "}; throw 1; {": true, "\u2028x": "A\"B" as const };
  const text = same(() => Evil.encode(value));
  expect(text.ok).toBe(true);
  same(() => Evil.decode(text.ok ? (text.value as string) : ""));
  const proto = same(() => Evil.decode("{__proto__:p}"));
  expect(proto.ok).toBe(true);
});

describe("lists of DTOs written by the compiled parent", () => {
  const Item = dto("Item", { id: string(), on: boolean(), data: map(string()) });
  const Off = dto("OffItem", { id: string() }, { compile: false });
  const Holder = dto("Holder", { before: string(), items: list(Item), offs: list(Off), trees: list(Tree), after: string() });
  const item = fc.oneof(
    { weight: 8, arbitrary: fc.record({ id: fc.string(), on: fc.boolean(), data: fc.dictionary(fc.string(), fc.string()) }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(null, undefined, 1, "x", [], new Date(0), new Map(), { id: 5 }, { data: [1] }) },
  );
  const holder = fc.record(
    {
      before: fc.string(),
      items: fc.oneof(fc.array(item, { maxLength: 40 }), fc.constantFrom<unknown>("x", {}, null)),
      offs: fc.array(fc.oneof(fc.record({ id: fc.string() }), fc.constant(null)), { maxLength: 5 }),
      trees: fc.array(fc.oneof(fc.record({ label: fc.string() }), fc.constant(null), fc.constant(1)), { maxLength: 5 }),
      after: fc.string(),
    },
    { requiredKeys: [] },
  );

  test("the same text and the same errors (index and member in the path) as interpreted", () => {
    fc.assert(
      fc.property(holder, textCase, (value, c) => {
        same(() => Holder.encode(value as never, { textCase: c }));
        same(() => listCodec(Holder).encode([value, null, value] as never, { textCase: c }));
      }),
      { numRuns: 300 },
    );
  });

  test("long lists are handed to the output in pieces, and read back whole", () => {
    const items = Array.from({ length: 3000 }, (_, i) => (i % 7 === 0 ? null : { id: `item ${i}, "q"`, on: i % 2 === 0, data: { k: `v${i}` } }));
    const value = { before: "b", items, offs: [{ id: "o" }, null], trees: [{ label: "t", children: [{ label: "u" }] }], after: "a" };
    const text = same(() => Holder.encode(value as never));
    expect(text.ok).toBe(true);
    expect((text as { value: string }).value.length).toBeGreaterThan(100_000);
    expect(Holder.decode((text as { value: string }).value).items?.length).toBe(3000);
    same(() => listCodec(Item).encode(items as never));
    const bad = [...items];
    bad[2500] = { id: 1 } as never;
    const error = same(() => Holder.encode({ ...value, items: bad } as never));
    expect(error.ok ? undefined : error.error.path).toBe("items[2500].id");
  });

  test("a list longer than the longest string is too large before any item is read", () => {
    let reads = 0;
    const huge = new Proxy(new Array(2 ** 32 - 1), {
      get(target, key, receiver) {
        if (typeof key === "string" && key !== "length" && Number.isInteger(Number(key))) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const error = same(() => Holder.encode({ items: huge } as never));
    expect(error.ok ? undefined : error.error.code).toBe("output-too-large");
    expect(reads).toBe(0);
  });
});

describe("only own members are data, found alike compiled and interpreted", () => {
  const Small = dto("Small", { callSid: string(), toString: string(), count: int(), parts: list(Part) });

  test("a polluted Object.prototype is never read as members, data or getter", () => {
    let calls = 0;
    Object.defineProperty(Object.prototype, "callSid", { value: "polluted", configurable: true, writable: true });
    Object.defineProperty(Object.prototype, "count", {
      configurable: true,
      get() {
        calls++;
        return 7;
      },
    });
    try {
      expect(same(() => Small.encode({} as never))).toStrictEqual({ ok: true, value: "{}" });
      expect(same(() => Small.encode({ callSid: "own", count: 1 } as never))).toStrictEqual({ ok: true, value: "{callSid:own,count:1}" });
      expect(same(() => Small.encode(Object.assign(Object.create(null), { callSid: "n" }) as never))).toStrictEqual({ ok: true, value: "{callSid:n}" });
      expect(calls).toBe(0);
    } finally {
      delete (Object.prototype as Record<string, unknown>).callSid;
      delete (Object.prototype as Record<string, unknown>).count;
    }
  });

  test("inherited members (a class's getters, Object.prototype's toString) are not data and are not called", () => {
    let calls = 0;
    class Session {
      get callSid(): string {
        calls++;
        throw new Error("not data");
      }
    }
    expect(same(() => Small.encode(new Session() as never))).toStrictEqual({ ok: true, value: "{}" });
    expect(same(() => Small.encode(Object.create({ callSid: "inherited" }) as never))).toStrictEqual({ ok: true, value: "{}" });
    expect(same(() => Small.encode({ toString: "own" } as never))).toStrictEqual({ ok: true, value: "{toString:own}" });
    expect(calls).toBe(0);
  });

  test("proxies: the same text, errors and traps called", () => {
    const logs: string[][] = [];
    const proxy = (target: object, get?: (key: string | symbol) => unknown) => {
      const log: string[] = [];
      logs.push(log);
      return new Proxy(target, {
        get: (t, key, receiver) => (log.push(`get ${String(key)}`), get ? get(key) : Reflect.get(t, key, receiver)),
        getOwnPropertyDescriptor: (t, key) => (log.push(`own ${String(key)}`), Reflect.getOwnPropertyDescriptor(t, key)),
        getPrototypeOf: (t) => (log.push("proto"), Reflect.getPrototypeOf(t)),
      });
    };
    const cases = [
      () => proxy({ callSid: "a", count: 2, parts: [{ id: 1 }] }),
      () => proxy({}, () => "lies"),
      () => proxy({ callSid: "a" }, (key) => {
        if (key === "count") throw new Error("no");
        return undefined;
      }),
      () => proxy(Object.create(null), () => 5),
      () => proxy(new (class {})(), () => "x"),
    ];
    for (const make of cases) {
      setCompile(true);
      const compiled = outcome(() => Small.encode(make() as never));
      const compiledLog = logs.at(-1);
      setCompile(false);
      const interpreted = outcome(() => Small.encode(make() as never));
      expect(compiled).toStrictEqual(interpreted);
      expect(compiledLog).toStrictEqual(logs.at(-1));
    }
  });
});
