import { expect, test } from "vitest";
import { cli, type CliIO } from "../src/cli.js";
import { dto, format, JsvError, parse, string, stringify } from "../src/index.js";
import { grammar } from "../src/grammar/index.js";

// Issue 9 item 1 at the other end: a text as long as the engine's longest string (2^29 - 24
// characters in V8), one bare token. The readers copy long tokens so that a result pins no
// input (`detach`: one more character, then a slice), and that copy did not fit: a raw
// RangeError from parse, format and the grammar. Each case holds about 1 GB, so it is here.

const LONGEST = 2 ** 29 - 24;

function fits(n: number): boolean {
  try {
    return "x".repeat(n).length === n;
  } catch {
    return false;
  }
}
const v8Limit = fits(LONGEST) && !fits(LONGEST + 1);

/** Runs `run`: a value, or one of our errors, never a foreign one. */
function ours(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    expect(error).toBeInstanceOf(JsvError);
    return error;
  }
}

test.runIf(v8Limit)("a bare token as long as the longest string reads back whole", { timeout: 600_000 }, async () => {
  const text = "x".repeat(LONGEST);
  expect((ours(() => parse(text)) as string).length).toBe(LONGEST);
  expect((ours(() => parse(text, { whitespace: "trim" })) as string).length).toBe(LONGEST);
  expect((ours(() => format(text)) as string).length).toBe(LONGEST);
  expect((ours(() => parse(text, { reader: grammar })) as string).length).toBe(LONGEST);
  // A member needs a key: the token is then a key with no ':', a syntax error.
  const error = ours(() => dto("X", { a: string() }).decode(text));
  expect(error).toBeInstanceOf(JsvError);
  expect((error as JsvError).message.length).toBeLessThan(1000);
  // to-json would quote it: too large, exit 1 with a message.
  let stderr = "";
  const io: CliIO = { readStdin: async () => text, writeStdout: () => undefined, writeStderr: (t) => void (stderr += t), stderrIsTTY: false };
  expect(await cli(["to-json"], io)).toBe(1);
  expect(stderr).toMatch(/^<stdin>: the output is too large/);
});

test("a sparse list longer than the longest string is too large at once", () => {
  // Before: 2^29 empty slots written one by one (minutes) before the chunk count failed.
  const error = ours(() => stringify(new Array(2 ** 32 - 1)));
  expect((error as JsvError).code).toBe("output-too-large");
  const proxy = new Proxy([], { get: (target, key) => (key === "length" ? 2 ** 31 : Reflect.get(target, key)) });
  expect((ours(() => stringify({ a: proxy })) as JsvError).code).toBe("output-too-large");
});
