import { describe, expect, test } from "vitest";
import { format, JsvSyntaxError, parse, stringify } from "../src/index.js";
import { laidOut, thrownBy } from "./helpers.js";
import { dtoVectors, edgeCases, inputText, reviveStringifyInput, vectorText } from "./conformance.js";

const vectors = [...dtoVectors("HoldSession"), ...dtoVectors("SessionInfo")];

describe("conformance vectors, untyped layer", () => {
  test("the files hold 600 vectors", () => {
    expect(vectors).toHaveLength(600);
  });

  test.each(vectors.map((v) => [v.id, v] as const))("%s: stringify(parse(jsv)) === jsv, both cases", (_id, v) => {
    expect(stringify(parse(v.jsv))).toBe(v.jsv);
    expect(stringify(parse(v.jsvPascal))).toBe(v.jsvPascal);
  });

  const withFormatted = vectors.filter((v) => v.formatted !== undefined);
  test.each(withFormatted.map((v) => [v.id, v] as const))("%s: format(jsv) === formatted", (_id, v) => {
    expect(format(v.jsv)).toBe(v.formatted);
  });

  test.each(withFormatted.map((v) => [v.id, v] as const))("%s: formatted text reads back to the same tree", (_id, v) => {
    expect(parse(v.formatted!)).toEqual(laidOut(parse(v.jsv)));
  });
});

const untyped = edgeCases().filter((c) => c.op === "parse" || c.op === "stringify" || c.op === "format");

describe("edge cases, untyped layer", () => {
  test("every edge case is run by this suite or the typed one", () => {
    expect(untyped.length).toBeGreaterThan(0);
    for (const c of edgeCases()) expect(["parse", "stringify", "format", "decode", "encode"], c.id).toContain(c.op);
  });

  test.each(untyped.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const run = (): unknown => {
      const input = inputText(c.input);
      if (c.op === "parse") return parse(input as string, c.options);
      if (c.op === "stringify") return stringify(reviveStringifyInput(input), c.options);
      return format(input, c.options);
    };
    const { expect: want } = c;
    if (want.error) {
      const thrown = thrownBy(run);
      expect(thrown).toBeInstanceOf(JsvSyntaxError);
      expect(thrown.name).toBe(want.error);
      if (want.offset !== undefined) expect((thrown as JsvSyntaxError).offset).toBe(want.offset);
      return;
    }
    const got = run();
    if ("value" in want) expect(got).toEqual(want.value);
    if (want.text !== undefined) expect(got).toBe(want.text);
    if (want.textOf !== undefined) expect(got).toBe(vectorText(want.textOf));
  });
});
