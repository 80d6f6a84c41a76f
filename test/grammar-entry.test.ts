import { describe, expect, test } from "vitest";
import { grammar } from "../src/grammar/index.js";
import { JsvSyntaxError, parse, type JsvReader } from "../src/index.js";

// The grammar is a plug-in from `jsv-codec/grammar`; parse runs any JsvReader.
describe("the reader option", () => {
  test("takes the grammar from its entry", () => {
    expect(parse("{a:[b,,\"c,d\"]}", { reader: grammar })).toEqual({ a: ["b", null, "c,d"] });
    expect(() => parse("{a:b", { reader: grammar })).toThrowError(JsvSyntaxError);
  });

  test('"grammar" as a string is a TypeError that says where the grammar went', () => {
    expect(() => parse("{a:b}", { reader: "grammar" as never })).toThrowError(TypeError);
    expect(() => parse("{a:b}", { reader: "grammar" as never })).toThrowError(/import \{ grammar \} from "jsv-codec\/grammar"/);
  });

  test.each([["slow"], [{}], [{ read: "x" }], [null]])("refuses %j", (reader) => {
    expect(() => parse("{a:b}", { reader: reader as never })).toThrowError(TypeError);
  });

  test("runs a reader of one's own once per whitespace mode it needs", () => {
    const seen: boolean[] = [];
    const counting: JsvReader = {
      name: "counting",
      read(text, settings) {
        seen.push(settings.trim);
        return grammar.read(text, settings);
      },
    };
    expect(parse("{a: x }", { reader: counting })).toEqual({ a: " x " });
    expect(seen).toEqual([false]);
    seen.length = 0;
    // Laid-out text: auto reads again, trimming.
    expect(parse("{\n\ta: x \n}", { reader: counting })).toEqual({ a: "x" });
    expect(seen).toEqual([false, true]);
    seen.length = 0;
    parse("{a: x }", { reader: counting, whitespace: "trim", maxDepth: 3 });
    expect(seen).toEqual([true]);
  });

  test('"fast" and no reader are the built-in reader', () => {
    expect(parse("{a:b}", { reader: "fast" })).toEqual(parse("{a:b}"));
  });
});
