import fc from "fast-check";
import type { JsvValue } from "../src/index.js";
import { hardKey, hardString } from "../src/testing.js";

/** Generic trees with hard strings and keys, a few levels deep. */
export const jsvTree: fc.Arbitrary<JsvValue> = fc.letrec<{ value: JsvValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    hardString(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(hardKey(), tie("value"), { maxKeys: 4, noNullPrototype: true }),
  ),
})).value;

// The characters JSV text is made of, weighted towards structure.
const ALPHABET = ["{", "}", "[", "]", ",", ":", '"', " ", "\n", "\r", "\t", "a", "b", "1", "\u200b", "\ufeff", "é"];

/** Short texts over JSV's alphabet: some valid, most not, all interesting to both readers. */
export const jsvLikeText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...ALPHABET), { maxLength: 24 })
  .map((chars) => chars.join(""));

/** One random edit of a text: delete, insert or replace a character, or cut it short. */
export function damage(text: string): fc.Arbitrary<string> {
  return fc.oneof(
    fc.nat({ max: Math.max(0, text.length - 1) }).map((i) => text.slice(0, i) + text.slice(i + 1)),
    fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(...ALPHABET)).map(([i, c]) => text.slice(0, i) + c + text.slice(i)),
    fc.tuple(fc.nat({ max: Math.max(0, text.length - 1) }), fc.constantFrom(...ALPHABET)).map(([i, c]) => text.slice(0, i) + c + text.slice(i + 1)),
    fc.nat({ max: text.length }).map((i) => text.slice(0, i)),
  );
}

/** Whitespace put where a reader may skip it or keep it: after every structural character. */
export function spaced(text: string): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom("", "", "", " ", "\t", "\n", "  "), { minLength: text.length + 1, maxLength: text.length + 1 }).map((pads) => {
    let out = pads[0]!;
    for (let i = 0; i < text.length; i++) {
      const c = text[i]!;
      out += c;
      if ("{}[],:".includes(c)) out += pads[i + 1];
    }
    return out;
  });
}
