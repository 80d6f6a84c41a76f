import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { dto, enumeration, int, JsvDecodeError, JsvEncodeError, JsvError, JsvSyntaxError, list, parse, SessionInfo, stringify, string } from "../src/index.js";
import { grammar } from "../src/grammar/index.js";
import { thrownBy } from "./helpers.js";

// Issue 9 item 8: every error carries a stable code and its message without the location.
describe("errors as data", () => {
  const Color = enumeration("Color", ["Red", "Green"]);
  const T = dto("T", { n: int(), c: Color, s: string(), l: list(dto("I", { a: string() })) });
  const cases: { name: string; run: () => unknown; code: string; cls: abstract new (...args: never[]) => JsvError }[] = [
    { name: "a stray character", run: () => parse("{a:1}x"), code: "unexpected-token", cls: JsvSyntaxError },
    { name: "an unterminated quote", run: () => parse('{a:"x'), code: "unterminated-string", cls: JsvSyntaxError },
    { name: "an unterminated quote (grammar)", run: () => parse('{a:"x', { reader: grammar }), code: "unterminated-string", cls: JsvSyntaxError },
    { name: "nesting beyond maxDepth", run: () => parse("[[a]]", { maxDepth: 1 }), code: "too-deep", cls: JsvSyntaxError },
    { name: "nesting beyond maxDepth (grammar)", run: () => parse("[[a]]", { maxDepth: 1, reader: grammar }), code: "too-deep", cls: JsvSyntaxError },
    { name: "an object for a string", run: () => T.decode("{s:{a:b}}"), code: "wrong-kind", cls: JsvDecodeError },
    { name: "an unknown member", run: () => T.decode("{zz:1}", { unknownKeys: "error" }), code: "unknown-member", cls: JsvDecodeError },
    { name: "an empty slot in a list of objects", run: () => T.decode("{l:[,{a:b}]}"), code: "empty-slot", cls: JsvDecodeError },
    { name: "a string for an int", run: () => T.encode({ n: "1" as never }), code: "not-encodable", cls: JsvEncodeError },
    { name: "a cycle", run: () => { const a: unknown[] = []; a.push(a); return stringify(a); }, code: "cycle", cls: JsvEncodeError },
    { name: "nesting beyond maxDepth when writing", run: () => stringify([[["a"]]], { maxDepth: 2 }), code: "too-deep", cls: JsvEncodeError },
  ];
  test.each(cases)("$name: $code", ({ run, code, cls }) => {
    const error = thrownBy(run) as JsvError;
    expect(error).toBeInstanceOf(cls);
    expect(error.code).toBe(code);
    expect(error.message.startsWith(error.reason)).toBe(true);
    if ("line" in error && (error as JsvSyntaxError).line !== undefined) {
      const { line, column } = error as JsvSyntaxError;
      expect(error.message).toBe(`${error.reason} at line ${line}, column ${column}`);
      expect(error.reason).not.toMatch(/at line \d+/);
    } else {
      expect(error.message).toBe(error.reason);
    }
  });

  test("the decode codes name the kind that did not read", () => {
    const B = dto("B", { b: SessionInfo.fields.ended!, e: Color, n: int() });
    expect((thrownBy(() => B.decode("{b:maybe}")) as JsvError).code).toBe("bad-boolean");
    expect((thrownBy(() => B.decode("{e:Blue}")) as JsvError).code).toBe("bad-enum");
    expect((thrownBy(() => B.decode("{n:x1}")) as JsvError).code).toBe("bad-number");
  });
});

describe("failure helpers live below both sides", () => {
  const read = (f: string) => readFileSync(new URL(`../src/${f}`, import.meta.url), "utf8");
  test.each(["reader.ts", "decoder.ts", "parse.ts", "errors.ts", "failure.ts", "position.ts", "strings.ts"])("%s imports nothing from the writer", (f) => {
    expect(read(f)).not.toMatch(/from "\.\/writer\.js"/);
  });
  test("the CLI builds its lines without a regular expression over our messages", () => {
    expect(read("cli.ts")).not.toMatch(/ at line \\d\+/);
  });
});

describe("messages quote long tokens cut, never between a surrogate pair's halves", () => {
  test.each([197, 198, 199, 200])("a key of %i x's, then emoji", (pad) => {
    const key = "x".repeat(pad) + "😀".repeat(200);
    const error = thrownBy(() => dto("K", { a: string() }).decode(`{${key}:1}`, { unknownKeys: "error" })) as JsvError;
    expect(error).toBeInstanceOf(JsvDecodeError);
    expect(error.message).toContain("…");
    expect(error.message).not.toMatch(/\\ud[89ab]/i);
    expect(error.message.length).toBeLessThan(600);
  });
});
