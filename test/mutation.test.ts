import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import { format, HoldSession, JsvError, parse, SessionInfo, stringify } from "../src/index.js";
import type { JsvValue } from "../src/index.js";
import { damage } from "./arbitraries.js";
import { withoutNullMembers } from "./helpers.js";
import { dtoVectors } from "./conformance.js";

// Real documents to damage: conformance vectors (both cases, laid out too) and the fixtures.
const documents = [
  ...dtoVectors("SessionInfo").flatMap((v) => [v.jsv, v.jsvPascal, v.formatted ?? v.jsv]),
  ...dtoVectors("HoldSession").map((v) => v.jsv),
  ...["session-info.jsv", "session-info.formatted.jsv", "session-info.docs-sample.jsv", "hold-session.sample.jsv"].map((f) =>
    readFileSync(new URL(`../fixtures/${f}`, import.meta.url), "utf8"),
  ),
];

const damaged = fc
  .constantFrom(...documents)
  .chain((doc) => damage(doc))
  .chain((doc) => fc.oneof(fc.constant(doc), damage(doc), damage(doc).chain(damage)));

/** Runs `f`; anything thrown must be one of our own errors. */
function only<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (error) {
    if (error instanceof JsvError) return undefined;
    throw error;
  }
}

test("damaged documents give a value or one of our errors, and values survive a round trip", () => {
  let parsed = 0;
  let failed = 0;
  fc.assert(
    fc.property(damaged, fc.constantFrom("auto", "preserve", "trim") as fc.Arbitrary<"auto" | "preserve" | "trim">, (text, whitespace) => {
      const value = only(() => parse(text, { whitespace }));
      if (value === undefined) {
        failed++;
      } else {
        parsed++;
        // Null members are not written (JSV has no null literal); all else comes back.
        const again = stringify(value);
        expect(parse(again, { whitespace: "preserve" }) as JsvValue).toEqual(withoutNullMembers(value));
        expect(stringify(parse(again, { whitespace: "preserve" }))).toBe(again);
        only(() => format(text, { whitespace }));
      }
      only(() => SessionInfo.decode(text, { whitespace }));
      only(() => SessionInfo.decode(text, { whitespace, unknownKeys: "error" }));
      only(() => HoldSession.decode(text, { whitespace }));
    }),
    { numRuns: 4000 },
  );
  // Both outcomes must have been exercised for the test to mean anything.
  expect(parsed).toBeGreaterThan(400);
  expect(failed).toBeGreaterThan(400);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});
