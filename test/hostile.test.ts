import { describe, expect, test } from "vitest";
import { bytes, dto, format, JsvError, parse, SessionInfo, stringify } from "../src/index.js";
import { grammar } from "../src/grammar/index.js";
import { hostileTexts, longScalars, ScalarMembers } from "./hostile-texts.js";

// Inputs built to find quadratic paths and hidden limits (a regular expression's backtracking
// stack, a call stack, a string length): each repeats its pattern 62,500 times here (a
// million in hostile.slow.test.ts), so a reader that is quadratic would take seconds for
// each text instead of milliseconds, and the slow suite's full size catches it for sure. The test timeout is the hang guard; nothing here
// asserts a time. Every outcome is a value or one of our errors.
const MB = 1_000_000;
const SIZE = MB / 16;

/** The readers a hostile text goes through, at a size each can afford in this quick suite. */
function runs(text: string, small: string, whitespace: "auto" | "preserve" | "trim") {
  return [
    () => parse(text, { whitespace }),
    () => parse(small, { whitespace, reader: grammar }),
    () => format(text, { whitespace }),
    () => SessionInfo.decode(text, { whitespace, unknownKeys: "error" }),
  ];
}

describe("hostile inputs finish, with a value or our error", () => {
  // Every reader at full size runs in hostile.slow.test.ts.
  test.each(hostileTexts)("%s", { timeout: 120_000 }, (_name, make) => {
    const text = make(SIZE);
    const small = make(SIZE / 10);
    for (const whitespace of ["auto", "preserve", "trim"] as const) {
      for (const run of runs(text, small, whitespace)) {
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

describe("long scalars stay linear and end in a value or our error", () => {
  // 250,000 digits here; 2,000,000 in hostile.slow.test.ts.
  test.each(Object.keys(ScalarMembers.fields))("member %s", { timeout: 60_000 }, (member) => {
    for (const shape of longScalars(MB / 4)) {
      try {
        ScalarMembers.decode(`{${member}:${shape}}`);
      } catch (error) {
        expect(error).toBeInstanceOf(JsvError);
      }
    }
  });

  test("bytes() of 4 MB round-trips", () => {
    const B = dto("B", { b: bytes() });
    const data = new Uint8Array(4 * MB).map((_, i) => (i * 31) & 255);
    const back = B.decode(B.encode({ b: data })).b!;
    // Compared as Buffers: a deep equality over 4 million elements would take long.
    expect(Buffer.compare(Buffer.from(back), Buffer.from(data))).toBe(0);
  });
});
