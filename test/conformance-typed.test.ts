import { describe, expect, test } from "vitest";
import { HoldSession, JsvDecodeError, JsvEncodeError, SessionInfo } from "../src/index.js";
import { dtoVectors, edgeCases, inputText } from "./conformance.js";
import { thrownBy } from "./helpers.js";

const codecs = { HoldSession, SessionInfo } as const;
const vectors = [...dtoVectors("HoldSession"), ...dtoVectors("SessionInfo")];

describe("conformance vectors, typed layer", () => {
  test.each(vectors.map((v) => [v.id, v] as const))("%s", (_id, v) => {
    const codec = codecs[v.type];
    expect(codec.encode(v.value as never), "encode").toBe(v.jsv);
    expect(codec.encode(v.value as never, { textCase: "pascal" }), "encode pascal").toBe(v.jsvPascal);
    expect(codec.decode(v.jsv), "decode").toEqual(v.decoded);
    expect(codec.decode(v.jsvPascal), "decode pascal").toEqual(v.decoded);
    expect(codec.encode(codec.decode(v.jsv)), "encode(decode(jsv))").toBe(v.jsv);
  });
});

const typed = edgeCases().filter((c) => c.op === "decode" || c.op === "encode");

describe("edge cases, typed layer", () => {
  test.each(typed.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const codec = codecs[c.type!];
    const input = inputText(c.input);
    const run = (): unknown =>
      c.op === "decode" ? codec.decode(input as string, c.options) : codec.encode(input as never, c.options);
    const want = c.expect;
    if (want.error) {
      const thrown = thrownBy(run);
      expect(thrown).toBeInstanceOf(want.error === "JsvDecodeError" ? JsvDecodeError : JsvEncodeError);
      expect(thrown.name).toBe(want.error);
      if (want.path !== undefined) expect((thrown as JsvDecodeError).path).toBe(want.path);
      return;
    }
    const got = run();
    if ("value" in want) expect(got).toEqual(want.value);
    if (want.text !== undefined) expect(got).toBe(want.text);
    if (want.sameAsDecodeOf !== undefined) expect(got).toEqual(codec.decode(inputText({ file: want.sameAsDecodeOf }) as string));
  });
});
