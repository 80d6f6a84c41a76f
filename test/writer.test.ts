import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { JsvEncodeError, parse, stringify } from "../src/index.js";
import { thrownBy } from "./helpers.js";

// { name, value, jsv }: written by stringify, and (where the text is canonical) read back by parse.
const cases: { name: string; value: unknown; jsv: string; readsBack?: unknown }[] = [
  { name: "plain string", value: "Hello World!", jsv: "Hello World!" },
  { name: "empty string", value: "", jsv: '""' },
  { name: "spaces stay bare", value: { a: " x " }, jsv: "{a: x }" },
  { name: "tab, backslash, apostrophe, non-ASCII stay bare", value: ["a\tb", "a\\b", "it's", "日本😀"], jsv: "[a\tb,a\\b,it's,日本😀]" },
  { name: "each special forces quotes", value: ['"', ":", ",", "{", "}", "[", "]", "\r", "\n"], jsv: '["""",":",",","{","}","[","]","\r","\n"]' },
  { name: "leading quote", value: '"ab', jsv: '"""ab"' },
  { name: "the text null is just text", value: { a: "null" }, jsv: "{a:null}" },
  { name: "null and undefined members are left out", value: { a: null, b: undefined, c: 1 }, jsv: "{c:1}", readsBack: { c: "1" } },
  { name: "object with nothing to write", value: { a: null }, jsv: "{}", readsBack: {} },
  { name: "null items are empty slots", value: ["a", null, undefined, "b"], jsv: "[a,,,b]", readsBack: ["a", null, null, "b"] },
  { name: "trailing null item", value: ["a", null], jsv: "[a,]" },
  { name: "lone whitespace item is quoted", value: [" "], jsv: '[" "]' },
  { name: "lone whitespace item among others stays bare", value: [" ", "a"], jsv: "[ ,a]" },
  { name: "booleans", value: [true, false], jsv: "[True,False]", readsBack: ["True", "False"] },
  { name: "bigint in full", value: [9223372036854775807n, -1n], jsv: "[9223372036854775807,-1]", readsBack: ["9223372036854775807", "-1"] },
  { name: "empty key is U+200B", value: { "": "e" }, jsv: "{\u200b:e}" },
  { name: "keys are quoted like strings", value: { "a:b": 1, "c d": 2 }, jsv: '{"a:b":1,c d:2}', readsBack: { "a:b": "1", "c d": "2" } },
  { name: "keys are never re-cased", value: { CallSid: "x" }, jsv: "{CallSid:x}" },
  { name: "Map with mixed keys", value: new Map<unknown, unknown>([["a", 1], [2, "b"], [true, null], ["", "e"]]), jsv: "{a:1,2:b,\u200b:e}", readsBack: { a: "1", 2: "b", "": "e" } },
  { name: "null-prototype object", value: Object.assign(Object.create(null), { a: "b" }), jsv: "{a:b}", readsBack: { a: "b" } },
  { name: "bytes as Base64", value: new Uint8Array([0, 65, 97, 255]), jsv: "AEFh/w==" },
  { name: "nested empties", value: { a: {}, b: [], c: [[]] }, jsv: "{a:{},b:[],c:[[]]}" },
  { name: "__proto__ own key", value: JSON.parse('{"__proto__":"x"}'), jsv: "{__proto__:x}" },
];

describe("stringify", () => {
  test.each(cases)("$name", ({ value, jsv, readsBack }) => {
    expect(stringify(value)).toBe(jsv);
    if (typeof value === "string" || readsBack !== undefined || !hasNonString(value)) {
      expect(parse(jsv, { whitespace: "preserve" })).toEqual(readsBack ?? value);
    }
  });

  test("null and undefined at the root write nothing (ServiceStack writes no text for null)", () => {
    expect(stringify(null)).toBe("");
    expect(stringify(undefined)).toBe("");
  });

  test("[null] is written [] as ServiceStack writes it, and reads back empty", () => {
    expect(stringify([null])).toBe("[]");
    expect(parse("[]")).toEqual([]);
  });
});

// .NET Core 3.0+ double layout.
const numbers: [number, string][] = [
  [0, "0"],
  [-0, "-0"],
  [1, "1"],
  [-1.5, "-1.5"],
  [100, "100"],
  [0.1 + 0.2, "0.30000000000000004"],
  [1e15, "1000000000000000"],
  [1e16, "10000000000000000"],
  [1e17, "1E+17"],
  [123456789012345680000, "1.2345678901234568E+20"],
  [1e21, "1E+21"],
  [0.0001, "0.0001"],
  [0.00001, "1E-05"],
  [1.5e-7, "1.5E-07"],
  [-2.5e-10, "-2.5E-10"],
  [1.7976931348623157e308, "1.7976931348623157E+308"],
  [5e-324, "5E-324"],
  [12345678901234567, "12345678901234568"],
  [NaN, "NaN"],
  [Infinity, "Infinity"],
  [-Infinity, "-Infinity"],
];

test.each(numbers)("number %d is written %s", (n, text) => {
  expect(stringify(n)).toBe(text);
  expect(stringify([n])).toBe(`[${text}]`);
});

const dates: [string, string][] = [
  ["2020-01-02T03:04:05.000Z", "2020-01-02T03:04:05Z"],
  ["2020-01-02T03:04:05.123Z", "2020-01-02T03:04:05.123Z"],
  ["2020-01-02T03:04:05.120Z", "2020-01-02T03:04:05.12Z"],
  ["2020-01-02T03:04:05.007Z", "2020-01-02T03:04:05.007Z"],
  ["2020-01-02T00:00:00.000Z", "2020-01-02"],
  ["2020-01-02T00:00:00.001Z", "2020-01-02T00:00:00.001Z"],
  ["0001-01-01T00:00:00.000Z", "0001-01-01"],
  ["9999-12-31T23:59:59.999Z", "9999-12-31T23:59:59.999Z"],
];

test.each(dates)("Date %s is written %s", (iso, text) => {
  expect(stringify(new Date(iso))).toBe(text);
});

describe("stringify errors", () => {
  const bad: [string, unknown, string][] = [
    ["invalid Date", { d: new Date(NaN) }, "d"],
    ["year 10000", { list: [new Date("+010000-01-01T00:00:00Z")] }, "list[0]"],
    ["year 0", new Date("0000-06-01T00:00:00Z"), ""],
    ["function", { a: { f: () => 1 } }, "a.f"],
    ["symbol", [Symbol("s")], "[0]"],
    ["class instance", { when: new (class Point {})() }, "when"],
    ["Set", { s: new Set([1]) }, "s"],
    ["object map key", new Map([[{}, 1]]), ""],
    ["odd key in the path", { "a b": [1, () => 0] }, '["a b"][1]'],
  ];
  test.each(bad)("%s is a JsvEncodeError with its path", (_name, value, path) => {
    const error = thrownBy(() => stringify(value));
    expect(error).toBeInstanceOf(JsvEncodeError);
    expect((error as JsvEncodeError).path).toBe(path);
  });

  test("a cycle is a JsvEncodeError, not a stack overflow", () => {
    const a: Record<string, unknown> = { x: 1 };
    a.self = { back: a };
    expect(() => stringify(a)).toThrowError(/self\.back: expected no cycles/);
  });

  test("a value shared twice (no cycle) is written twice", () => {
    const shared = { k: "v" };
    expect(stringify({ a: shared, b: [shared] })).toBe("{a:{k:v},b:[{k:v}]}");
  });

  test("nesting beyond maxDepth is a JsvEncodeError", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 600; i++) deep = [deep];
    expect(() => stringify(deep)).toThrowError(/at most 512 levels/);
    expect(stringify([["x"]], { maxDepth: 2 })).toBe("[[x]]");
    expect(() => stringify([[["x"]]], { maxDepth: 2 })).toThrowError(JsvEncodeError);
  });

  test("nesting deeper than the call stack with maxDepth lifted is still our error", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(() => stringify(deep, { maxDepth: Infinity })).toThrowError(JsvEncodeError);
  });
});

test("a 30 MB document is built in chunks and comes out whole", () => {
  const item = { callSid: "CA" + "0".repeat(32), message: "hello, world", n: 12345 };
  const list = Array.from({ length: 300_000 }, () => item);
  const text = stringify(list);
  expect(text.length).toBeGreaterThan(20_000_000);
  expect(text.startsWith('[{callSid:CA000')).toBe(true);
  expect(text.endsWith('message:"hello, world",n:12345}]')).toBe(true);
});

test("long lists, objects and Maps are handed to the output in pieces and come out whole, in order", () => {
  const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
  const quoted = words.map((w) => `${w},"x"`);
  const keys = Array.from({ length: 3000 }, (_, i) => `k${i}`);
  const listText = `[${words.join(",")}]`;
  const quotedText = `[${quoted.map((q) => `"${q.replaceAll('"', '""')}"`).join(",")}]`;
  const objectText = `{${keys.map((k, i) => `${k}:${words[i]}`).join(",")}}`;
  expect(stringify(words)).toBe(listText);
  expect(stringify(quoted)).toBe(quotedText);
  expect(stringify(Object.fromEntries(keys.map((k, i) => [k, words[i]])))).toBe(objectText);
  expect(stringify(new Map(keys.map((k, i) => [k, words[i]])))).toBe(objectText);
  expect(stringify({ a: [words, { b: words }], c: keys.map((k) => ({ [k]: [k] })) })).toBe(
    `{a:[${listText},{b:${listText}}],c:[${keys.map((k) => `{${k}:[${k}]}`).join(",")}]}`,
  );
  // A canonical document of 100 sessions (about 260 KB) reads and writes back the same.
  const text = readFileSync(new URL("../fixtures/sessions-100.jsv", import.meta.url), "utf8");
  expect(stringify(parse(text, { whitespace: "preserve" }))).toBe(text);
});

function hasNonString(v: unknown): boolean {
  if (typeof v === "string" || v === null || v === undefined) return false;
  if (Array.isArray(v)) return v.some(hasNonString);
  if (typeof v === "object" && Object.getPrototypeOf(v) === Object.prototype) return Object.values(v as object).some(hasNonString);
  return true;
}
