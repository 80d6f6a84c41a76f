import { describe, expect, test } from "vitest";
import { JsvSyntaxError, parse } from "../src/index.js";
import type { JsvValue, ParseOptions } from "../src/index.js";
import { grammar } from "../src/grammar/index.js";

const readers = ["fast", "grammar"] as const;
/** The reader option for a reader's name: the grammar is a plug-in from its own entry. */
const use = (reader: (typeof readers)[number]) => (reader === "grammar" ? grammar : reader);

// { name, jsv, value } read by both readers; options where the case needs them.
const cases: { name: string; jsv: string; value: JsvValue; options?: ParseOptions }[] = [
  { name: "bare scalars are strings", jsv: "{a:1,b:True,c:None}", value: { a: "1", b: "True", c: "None" } },
  { name: "nested containers", jsv: "{a:{b:[c,{d:e}]}}", value: { a: { b: ["c", { d: "e" }] } } },
  { name: "quoted value with every special", jsv: '{a:"x,y:z{}[]\r\n""q"""}', value: { a: 'x,y:z{}[]\r\n"q"' } },
  { name: "quoted empty", jsv: '[""]', value: [""] },
  { name: "empty value is null", jsv: "{a:,b:}", value: { a: null, b: null } },
  { name: "empty slots", jsv: "[,,]", value: [null, null, null] },
  { name: "trailing slot", jsv: "[a,]", value: ["a", null] },
  { name: "empty key by its mark", jsv: "{\u200b:x}", value: { "": "x" } },
  { name: "quoted empty-key mark", jsv: '{"\u200b":x}', value: { "": "x" } },
  { name: "quoted empty key", jsv: '{"":x}', value: { "": "x" } },
  { name: "bare empty key", jsv: "{:x}", value: { "": "x" } },
  { name: "U+200B value stays", jsv: "{a:\u200b}", value: { a: "\u200b" } },
  { name: "key with a space kept", jsv: "{ sp :v}", value: { " sp ": "v" } },
  { name: "colons in a bare value", jsv: "{d:2020-01-02T03:04:05Z}", value: { d: "2020-01-02T03:04:05Z" } },
  { name: "brackets inside a bare value", jsv: "[a{b,c[d]", value: ["a{b", "c[d"] },
  { name: "quote inside a bare key", jsv: '{a"b:1}', value: { 'a"b': "1" } },
  { name: "empty containers with whitespace", jsv: "{a:{ },b:[\t]}", value: { a: {}, b: [] } },
  { name: "whitespace around structure is skipped", jsv: '[ "a" , {b:c} , [d] ]', value: ["a", { b: "c" }, ["d"]] },
  { name: "root whitespace", jsv: "  {a:b}  ", value: { a: "b" } },
  { name: "root bare keeps spaces", jsv: " a b ", value: " a b " },
  { name: "root whitespace only, preserve", jsv: "  ", value: "  " },
  { name: "root whitespace only, trim", jsv: "  ", value: null, options: { whitespace: "trim" } },
  { name: "BOM then bare", jsv: "\ufeffabc", value: "abc" },
  { name: "BOM only", jsv: "\ufeff", value: null },
  { name: "duplicate key, last wins", jsv: "{a:1,a:2}", value: { a: "2" } },
  { name: "trim mode trims keys and values", jsv: "{ a : x , b : }", value: { a: "x", b: null }, options: { whitespace: "trim" } },
  { name: "auto mode: newline outside quotes means trim", jsv: "{a: x,\n b: y}", value: { a: "x", b: "y" } },
  { name: "auto mode: newline inside quotes changes nothing", jsv: '{a: x,b:"\n"}', value: { a: " x", b: "\n" } },
  { name: "preserve keeps the layout", jsv: "{\n a: x\n}", value: { "\n a": " x\n" }, options: { whitespace: "preserve" } },
  { name: "CRLF layout", jsv: "{\r\n\ta: x,\r\n\tb: y\r\n}\r\n", value: { a: "x", b: "y" } },
  { name: "maxDepth exactly reached", jsv: "[[[a]]]", value: [[["a"]]], options: { maxDepth: 3 } },
  { name: "maxDepth 0 allows scalars", jsv: "abc", value: "abc", options: { maxDepth: 0 } },
];

describe.each(readers)("%s reader", (reader) => {
  test.each(cases)("$name", ({ jsv, value, options }) => {
    expect(parse(jsv, { ...options, reader: use(reader) })).toEqual(value);
  });

  test("objects are plain and __proto__ is an own key", () => {
    const v = parse("{__proto__:{polluted:yes},constructor:y}", { reader: use(reader) }) as Record<string, JsvValue>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.keys(v)).toEqual(["__proto__", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(v, "__proto__")?.value).toEqual({ polluted: "yes" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

// Each malformed text fails at the offset of its first offending character, in both readers.
const errors: { name: string; jsv: string; offset: number; expected?: string; options?: ParseOptions }[] = [
  { name: "missing }", jsv: "{a:1", offset: 4, expected: '"}"' },
  { name: "missing ]", jsv: "[1,2", offset: 4, expected: '"]"' },
  { name: "unterminated quote", jsv: '{a:"abc}', offset: 8 },
  { name: "unterminated quote after doubled", jsv: '["a""b', offset: 6 },
  { name: "extra }", jsv: "{a:1}}", offset: 5, expected: "end of input" },
  { name: "text after closing quote", jsv: '{a:"x"y,b:1}', offset: 6 },
  { name: "key without colon", jsv: "{a,b:1}", offset: 2, expected: '":"' },
  { name: "key runs to the end", jsv: "{abc", offset: 4 },
  { name: "object as key", jsv: "{{a:1}:2}", offset: 1 },
  { name: "trailing comma in object", jsv: "{a:1,}", offset: 5 },
  { name: "] in an object", jsv: "{a:x]}", offset: 4 },
  { name: "} in a list", jsv: "[a}", offset: 2 },
  { name: "comma at the root", jsv: "a,b", offset: 1 },
  { name: "two roots", jsv: "{} {}", offset: 3 },
  { name: "junk after a quoted root", jsv: '"a" b', offset: 4 },
  { name: "quoted key then junk", jsv: '{"a" x:1}', offset: 5 },
  { name: "beyond maxDepth", jsv: "[[[[a]]]]", offset: 3, options: { maxDepth: 3 } },
  { name: "error in laid-out text", jsv: '{\n\ta: "x"y\n}', offset: 9 },
];

describe.each(readers)("%s reader errors", (reader) => {
  test.each(errors)("$name", ({ jsv, offset, expected, options }) => {
    let error: unknown;
    try {
      parse(jsv, { ...options, reader: use(reader) });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JsvSyntaxError);
    const e = error as JsvSyntaxError;
    expect(e.offset).toBe(offset);
    if (expected) expect(e.expected).toContain(expected);
  });
});

describe("error messages", () => {
  test("say what was expected, after what, what was found and where", () => {
    const text = '{\n\tcallSid: "CA1"x,\n}';
    expect(() => parse(text)).toThrowError('expected "," or "}" after the value of "callSid", found "x" at line 2, column 16');
  });

  test("carry offset, line, column, expected, found and a snippet with a caret", () => {
    try {
      parse("{a:1,b:[x,y}");
      expect.unreachable();
    } catch (e) {
      const err = e as JsvSyntaxError;
      expect(err.name).toBe("JsvSyntaxError");
      expect(err).toMatchObject({ offset: 11, line: 1, column: 12, expected: ['","', '"]"'], found: '"}"' });
      expect(err.snippet).toBe("{a:1,b:[x,y}\n           ^");
    }
  });

  test("the snippet of a huge single line is a window around the offset", () => {
    const text = `{a:${"x".repeat(100_000)}`;
    try {
      parse(text);
      expect.unreachable();
    } catch (e) {
      const snippet = (e as JsvSyntaxError).snippet;
      expect(snippet.length).toBeLessThan(200);
      expect(snippet.split("\n")[1]!.endsWith("^")).toBe(true);
    }
  });

  test.each(errors)("the grammar's message for $name names tokens, not its regular expressions", ({ jsv, options }) => {
    try {
      parse(jsv, { ...options, reader: grammar });
      expect.unreachable();
    } catch (e) {
      for (const token of (e as JsvSyntaxError).expected) expect(token).not.toMatch(/^\/.*\/$/);
    }
  });

  test("the end of input is named as such", () => {
    expect(() => parse("[a")).toThrowError(/found end of input at line 1, column 3/);
  });
});

describe("depth and size", () => {
  test.each(readers)("100,000 open brackets are a JsvSyntaxError, not a RangeError (%s)", (reader) => {
    for (const open of ["[", "{a:"]) {
      const text = open.repeat(100_000);
      expect(() => parse(text, { reader: use(reader) })).toThrowError(JsvSyntaxError);
    }
  });

  test("the fast reader needs no call stack for depth: 100,000 levels with maxDepth lifted", () => {
    const text = "[".repeat(100_000) + "]".repeat(100_000);
    let v = parse(text, { maxDepth: Infinity });
    let depth = 0;
    while (Array.isArray(v) && v.length > 0) {
      v = v[0]!;
      depth++;
    }
    expect(depth).toBe(99_999);
  });

  test("the grammar turns a stack overflow into a JsvSyntaxError", () => {
    const text = "[".repeat(100_000) + "]".repeat(100_000);
    expect(() => parse(text, { reader: grammar, maxDepth: Infinity })).toThrowError(JsvSyntaxError);
  });

  test("bad options are a TypeError", () => {
    expect(() => parse("a", { maxDepth: -1 })).toThrowError(TypeError);
    expect(() => parse("a", { whitespace: "both" as never })).toThrowError(TypeError);
    expect(() => parse(5 as never)).toThrowError(TypeError);
  });
});
