import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { format, JsvError, JsvSyntaxError, map, dto, int, parse } from "../src/index.js";
import { grammar } from "../src/grammar/index.js";
import type { WhitespaceMode } from "../src/index.js";
import { thrownBy } from "./helpers.js";

// Issue 9, items 3, 5 and 6 on the reading side, each class with generated instances.

const modes: WhitespaceMode[] = ["auto", "preserve", "trim"];

describe("format keeps the value when a key repeats under different spellings", () => {
  // Spellings of the same few keys: bare, quoted, and the empty key's four forms.
  const spellings: Record<string, string[]> = {
    a: ["a", '"a"'],
    "1": ["1", '"1"'],
    "": ["", '""', "\u200b", '"\u200b"'],
    "a b": ["a b", '"a b"'],
  };
  const key = fc.constantFrom(...Object.values(spellings).flat());
  const value = fc.constantFrom("x", "y", '"q,"', "", "{}", "[z]");
  const object: fc.Arbitrary<string> = fc.letrec<{ obj: string }>((tie) => ({
    obj: fc
      .array(fc.tuple(key, fc.oneof({ depthSize: "small" }, value, tie("obj"))), { minLength: 1, maxLength: 6 })
      .map((members) => `{${members.map(([k, v]) => `${k}:${v}`).join(",")}}`),
  })).obj;

  test("parse(format(t)) equals parse(t)", () => {
    fc.assert(
      fc.property(object, fc.constantFrom(...modes), (text, whitespace) => {
        expect(parse(format(text, { whitespace }))).toEqual(parse(text, { whitespace }));
      }),
      { numRuns: 1000 },
    );
  });

  test("the examples of the issue", () => {
    for (const text of ['{"1":x,1:y}', '{a:1,"a":2,a:3}', '{"":e,\u200b:z}', '{\u200b:z,"":e}']) {
      expect(parse(format(text)), text).toEqual(parse(text));
    }
  });
});

/** No lone surrogate (String.prototype.isWellFormed, which ES2023's lib does not declare). */
function wellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

describe("snippets never cut a surrogate pair", () => {
  const astral = fc.constantFrom("😀", "𝄞", "a", "é", " ", "\t");
  test("at any cut of a long line", () => {
    fc.assert(
      fc.property(fc.array(astral, { minLength: 40, maxLength: 200 }), fc.nat(), (chars, at) => {
        // A bad character somewhere in a long bare value: `}` where a `,` or `]` belongs.
        const body = chars.join("");
        const cut = Math.min(at % (body.length + 1), body.length);
        const i = /[\uDC00-\uDFFF]/.test(body[cut] ?? "") ? cut + 1 : cut;
        const text = `[${body.slice(0, i)}}${body.slice(i)}]`;
        const error = thrownBy(() => parse(text)) as JsvSyntaxError;
        expect(error).toBeInstanceOf(JsvSyntaxError);
        expect(wellFormed(error.snippet), JSON.stringify(error.snippet)).toBe(true);
        // The caret stands under the offending character: one column per character shown.
        const [line, caret] = error.snippet.split("\n") as [string, string];
        expect([...line][[...caret].length - 1]).toBe("}");
      }),
      { numRuns: 500 },
    );
  });
});

describe("messages never grow with the input", () => {
  const sizes = [1_000, 100_000, 1_000_000];
  const texts: [string, (n: number) => string][] = [
    ["a bare key with no colon", (n) => `{${"k".repeat(n)}}`],
    ["a quoted key with no colon", (n) => `{"${"k".repeat(n)}"x}`],
    ["a value followed by junk", (n) => `{"${"k".repeat(n)}":"v"x}`],
    ["an unterminated string", (n) => `["${"s".repeat(n)}`],
  ];
  test.each(texts)("%s", (_name, make) => {
    for (const n of sizes) {
      for (const reader of ["fast", grammar] as const) {
        const error = thrownBy(() => parse(make(n), { reader })) as JsvSyntaxError;
        expect(error).toBeInstanceOf(JsvSyntaxError);
        expect(error.message.length).toBeLessThan(700);
        expect(error.snippet.length).toBeLessThan(200);
      }
    }
  });

  test("decode errors: the unknown member and the path are cut too", () => {
    const T = dto("T", { m: map(int()) });
    for (const n of sizes) {
      const big = "k".repeat(n);
      const unknown = thrownBy(() => T.decode(`{${big}:1}`, { unknownKeys: "error" })) as JsvError;
      expect(unknown.message.length).toBeLessThan(1000);
      const bad = thrownBy(() => T.decode(`{m:{${big}:x}}`)) as JsvError;
      expect(bad.message.length).toBeLessThan(1000);
    }
  });
});

describe("errors point at the right place", () => {
  const T = dto("T", { a: int(), b: int(), m: map(int()) });
  test("with unknownKeys: \"error\", the offset is the unknown key's first character", () => {
    const known = fc.constantFrom("a:1", "b:2", "m:{x:3}", "a:", 'b:"4"');
    const unknown = fc.tuple(fc.constantFrom("zz", "q r", '"quoted"', "c"), fc.constantFrom("1", "{x:1}", "[1,2]", '"v"', ""), fc.constantFrom("", " ", "\t"));
    fc.assert(
      fc.property(fc.array(known, { maxLength: 4 }), unknown, fc.nat(), (members, [key, value, pad], at) => {
        const i = at % (members.length + 1);
        const before = [...members.slice(0, i)];
        const prefix = `{${before.map((m) => `${m},`).join("")}${pad}`;
        const text = `${prefix}${key}:${value}${members.slice(i).map((m) => `,${m}`).join("")}}`;
        const error = thrownBy(() => T.decode(text, { unknownKeys: "error", whitespace: "trim" })) as JsvError & { offset: number; column: number };
        expect(error.code, text).toBe("unknown-member");
        expect(error.offset, text).toBe(prefix.length);
        expect(error.column, text).toBe(prefix.length + 1);
      }),
      { numRuns: 300 },
    );
  });
});

describe("own members only", () => {
  const names = [...Object.getOwnPropertyNames(Object.prototype), "prototype"];
  test.each(names)("a field-map member named %s decodes as an own member", (name) => {
    const T = dto("T", Object.defineProperty({}, name, { value: int(), enumerable: true }) as { [k: string]: ReturnType<typeof int> });
    const v = T.decode(`{${name}:5}`) as Record<string, unknown>;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(v, name)?.value).toBe(5);
    const empty = T.decode("{}") as Record<string, unknown>;
    expect(Object.hasOwn(empty, name)).toBe(false);
    expect(Object.getPrototypeOf(empty)).toBe(Object.prototype);
  });
});
