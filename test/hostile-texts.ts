import { bytes, dateTime, decimal, double, dto, guid, int, long, timeSpan } from "../src/index.js";

// Hostile texts shared by test/hostile.test.ts (fast reader at full size, grammar at a tenth)
// and test/hostile.slow.test.ts (the grammar at full size). Each takes a size in characters
// of its repeated part, about 1,000,000 at full size.
export const hostileTexts: [string, (MB: number) => string][] = [
  ["quoted line breaks (LF only) between bare tokens", (MB) => "[" + '"\n",a,'.repeat(MB / 6) + "z]"],
  ["quoted carriage returns between bare tokens", (MB) => "[" + '"\r",a,'.repeat(MB / 6) + "z]"],
  ["an object with 200,000 different keys", (MB) => "{" + Array.from({ length: MB / 5 }, (_, i) => `k${i}:v`).join(",") + "}"],
  ["objects whose keys never repeat the last one's", (MB) => "[" + Array.from({ length: MB / 20 }, (_, i) => `{a${i % 7}:1,b${i % 5}:2,c${i % 3}:3}`).join(",") + "]"],
  ["one quoted string of doubled quotes", (MB) => `"${'""'.repeat(MB)}"`],
  ["a quoted string of 3.4x as many doubled quotes", (MB) => `"${'""'.repeat(3.4 * MB)}"`],
  ["a quoted member value of doubled quotes", (MB) => `{a:"${'""'.repeat(MB)}",b:c}`],
  ["a quoted key of doubled quotes", (MB) => `{"${'""'.repeat(MB)}":x}`],
  ["doubled quotes, then no closing quote", (MB) => `{a:"${'""'.repeat(MB)}`],
  ["an unterminated quote at the start of a large text", (MB) => `{a:"${"x,".repeat(MB)}`],
  ["a huge single line that fails at its end", (MB) => `[${"a,".repeat(MB)}`],
  ["__proto__ again and again", (MB) => "{" + "__proto__:x,".repeat(MB / 10) + "a:b}"],
  ["maximal nesting, repeated", (MB) => ("[".repeat(500) + "]".repeat(500) + ",").repeat((MB / 500)).slice(0, -1)],
  ["a bare token full of brackets and quotes", (MB) => `{a:x${'{["'.repeat(MB / 3)}}`],
  ["whitespace everywhere", (MB) => `{${" ".repeat(MB)}a${" ".repeat(MB)}:${" ".repeat(MB)}"b"${" ".repeat(MB)}}`],
  ["whitespace before a quoted value, many times", (MB) => `{${Array.from({ length: MB / 10 }, (_, i) => `k${i}:${" ".repeat(10)}"v"`).join(",")}}`],
  ["a key with no colon, 2 MB long", (MB) => `{${"k".repeat(2 * MB)}}`],
  ["characters above U+00FF and surrogate pairs", (MB) => `[${"😀é\u0100,".repeat(MB / 5)}x]`],
  ["a key repeated under many spellings", (MB) => `{${Array.from({ length: MB / 10 }, (_, i) => (i % 3 === 0 ? "a:1" : i % 3 === 1 ? '"a":2' : "\u200b:3")).join(",")}}`],
];


/** One member of each scalar kind whose text can grow without bound. */
export const ScalarMembers = dto("Scalars", { l: long(), t: timeSpan(), n: int(), d: double(), m: decimal(), w: dateTime(), g: guid(), b: bytes() });

/** Scalar texts built on `n` digits (or Base64 characters): every shape a number, span, date or Guid reader meets. */
export function longScalars(n: number): string[] {
  const digits = "7".repeat(n);
  return [digits, `-${digits}`, `${"0".repeat(n)}1`, `${digits}.5`, `P${digits}D`, `PT${digits}H`, `PT${digits}.5S`, `${digits}.00:00:00`, `/Date(${digits})/`, `${digits}-01-01`, `{${digits}}`, `${"A".repeat(n)}=`, `${digits}e${digits}`];
}
