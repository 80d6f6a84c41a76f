import { describe, expect, test } from "vitest";
import { format, JsvSyntaxError, parse } from "../src/index.js";
import { grammar } from "../src/grammar/index.js";

const cases: { name: string; input: unknown; formatted: string }[] = [
  { name: "root object", input: "{Id:1,Name:Name}", formatted: "{\n\tId: 1,\n\tName: Name\n}" },
  { name: "root empty object", input: "{}", formatted: "{\n\t\n}" },
  { name: "empty members stay inline", input: "{a:{},b:[]}", formatted: "{\n\ta: {},\n\tb: []\n}" },
  { name: "nested after a key", input: "{a:{b:1}}", formatted: "{\n\ta: \n\t{\n\t\tb: 1\n\t}\n}" },
  { name: "empties inside a list are not inline", input: "[{},[]]", formatted: "[\n\t{\n\t\t\n\t},\n\t[\n\t\t\n\t]\n]" },
  { name: "empty slots", input: "[a,,b,]", formatted: "[\n\ta,\n\t,\n\tb,\n\t\n]" },
  { name: "quoted strings are never changed", input: '{a:"x{y},z:w",b:["[1,2]"]}', formatted: '{\n\ta: "x{y},z:w",\n\tb: \n\t[\n\t\t"[1,2]"\n\t]\n}' },
  { name: "a quoted key gets its space after the member's colon", input: '{"a:b":c}', formatted: '{\n\t"a:b": c\n}' },
  { name: "a date in a list keeps its colons", input: "[2020-01-02T03:04:05Z]", formatted: "[\n\t2020-01-02T03:04:05Z\n]" },
  { name: "a date member", input: "{d:2020-01-02T03:04:05Z}", formatted: "{\n\td: 2020-01-02T03:04:05Z\n}" },
  { name: "root scalar", input: "a:b", formatted: "a:b" },
  { name: "a bare token with a quote inside stays one token", input: '{a:x"y,b:[1]}', formatted: '{\n\ta: x"y,\n\tb: \n\t[\n\t\t1\n\t]\n}' },
  { name: "an empty value stays empty", input: "{a:,b:1}", formatted: "{\n\ta: ,\n\tb: 1\n}" },
  { name: "hand-written spacing is normalised", input: '{ a : "x" ,\n b : [ 1 , 2 ] }', formatted: '{\n\ta: "x",\n\tb: \n\t[\n\t\t1,\n\t\t2\n\t]\n}' },
  { name: "a value, not text", input: { n: 1.5, when: new Date("2020-01-02T00:00:00Z"), tags: ["x"] }, formatted: "{\n\tn: 1.5,\n\twhen: 2020-01-02,\n\ttags: \n\t[\n\t\tx\n\t]\n}" },
  { name: "laid-out text is laid out again the same", input: "{\n\ta: 1,\n\tb: \n\t[\n\t\tx\n\t]\n}", formatted: "{\n\ta: 1,\n\tb: \n\t[\n\t\tx\n\t]\n}" },
];

describe("format", () => {
  test.each(cases)("$name", ({ input, formatted }) => {
    expect(format(input)).toBe(formatted);
  });

  test.each(cases.filter((c) => typeof c.input === "string"))("$name reads back ($formatted)", ({ input, formatted }) => {
    expect(parse(formatted)).toEqual(parse(input as string));
  });

  test("the reader option does not change the layout", () => {
    expect(format('{a:"x,y",b:[1]}', { reader: grammar })).toBe(format('{a:"x,y",b:[1]}'));
  });

  test("malformed text is a JsvSyntaxError", () => {
    expect(() => format("{a:1")).toThrowError(JsvSyntaxError);
  });
});
