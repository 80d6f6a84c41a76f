import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { JsvSyntaxError, parse, stringify } from "../src/index.js";
import type { ParseOptions } from "../src/index.js";
import { grammar } from "../src/grammar/index.js";
import { damage, jsvLikeText, jsvTree, spaced } from "./arbitraries.js";

type Outcome = { ok: true; value: unknown } | { ok: false; offset: number };

function outcome(text: string, options: ParseOptions): Outcome {
  try {
    return { ok: true, value: parse(text, options) };
  } catch (error) {
    if (!(error instanceof JsvSyntaxError)) throw error;
    return { ok: false, offset: error.offset };
  }
}

/** The fast reader and the grammar agree: the same tree, or a failure at the same offset. */
function agree(text: string, options: Omit<ParseOptions, "reader"> = {}): void {
  const fast = outcome(text, { ...options, reader: "fast" });
  const slow = outcome(text, { ...options, reader: grammar });
  expect(fast, JSON.stringify(text)).toEqual(slow);
}

const modes = fc.constantFrom<Omit<ParseOptions, "reader">>(
  {},
  { whitespace: "preserve" },
  { whitespace: "trim" },
  { maxDepth: 2 },
  { whitespace: "trim", maxDepth: 1 },
);

describe("the fast reader follows the grammar", () => {
  test("on canonical text from generated trees", () => {
    fc.assert(
      fc.property(jsvTree, modes, (tree, options) => agree(stringify(tree), options)),
      { numRuns: 1500 },
    );
  });

  test("on text with whitespace after structural characters", () => {
    fc.assert(
      fc.property(jsvTree.map(stringify).chain(spaced), modes, (text, options) => agree(text, options)),
      { numRuns: 1500 },
    );
  });

  test("on damaged text", () => {
    fc.assert(
      fc.property(
        jsvTree
          .map(stringify)
          .chain(spaced)
          .chain((t) => damage(t)),
        modes,
        (text, options) => agree(text, options),
      ),
      { numRuns: 3000 },
    );
  });

  test("on random text over JSV's alphabet", () => {
    fc.assert(fc.property(jsvLikeText, modes, (text, options) => agree(text, options)), { numRuns: 5000 });
  });
});
