import { describe, expect, test } from "vitest";
import { format, JsvError, parse, SessionInfo, stringify } from "../src/index.js";

// Inputs built to find quadratic paths: each is a few megabytes, so a reader that is not
// linear would take minutes here instead of well under a second. The test timeout is the
// hang guard; nothing here asserts a time.
const MB = 1_000_000;
const cases: [string, () => string][] = [
  ["quoted line breaks (LF only) between bare tokens", () => "[" + '"\n",a,'.repeat(MB / 6) + "z]"],
  ["quoted carriage returns between bare tokens", () => "[" + '"\r",a,'.repeat(MB / 6) + "z]"],
  ["an object with 200,000 different keys", () => "{" + Array.from({ length: 200_000 }, (_, i) => `k${i}:v`).join(",") + "}"],
  ["objects whose keys never repeat the last one's", () => "[" + Array.from({ length: 50_000 }, (_, i) => `{a${i % 7}:1,b${i % 5}:2,c${i % 3}:3}`).join(",") + "]"],
  ["one quoted string of doubled quotes", () => `"${'""'.repeat(MB)}"`],
  ["an unterminated quote at the start of a large text", () => `{a:"${"x,".repeat(MB)}`],
  ["a huge single line that fails at its end", () => `[${"a,".repeat(MB)}`],
  ["__proto__ again and again", () => "{" + "__proto__:x,".repeat(100_000) + "a:b}"],
  ["maximal nesting, repeated", () => ("[".repeat(500) + "]".repeat(500) + ",").repeat(2_000).slice(0, -1)],
  ["a bare token full of brackets and quotes", () => `{a:x${'{["'.repeat(MB / 3)}}`],
  ["whitespace everywhere", () => `{${" ".repeat(MB)}a${" ".repeat(MB)}:${" ".repeat(MB)}"b"${" ".repeat(MB)}}`],
];

describe("hostile inputs finish, with a value or our error", () => {
  test.each(cases)("%s", { timeout: 60_000 }, (_name, make) => {
    const text = make();
    for (const whitespace of ["auto", "preserve", "trim"] as const) {
      for (const run of [() => parse(text, { whitespace }), () => format(text, { whitespace }), () => SessionInfo.decode(text, { whitespace, unknownKeys: "error" })]) {
        try {
          run();
        } catch (error) {
          expect(error).toBeInstanceOf(JsvError);
        }
      }
    }
  });

  test("writing a list of 1,000,000 items", () => {
    const text = stringify(Array.from({ length: 1_000_000 }, (_, i) => (i % 3 === 0 ? null : `x${i}`)));
    expect(parse(text)).toHaveLength(1_000_000);
  });
});
