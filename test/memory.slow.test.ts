import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

// Issue 9 item 5: a kept result or error retains under 1 MB of a 40 MB input, in every path.
// Each path is measured in a fresh process with --expose-gc, on the sources bundled here (so
// that no concurrent rebuild of dist/ can interfere). The input is mostly filler the result
// does not need; keeping the input alive would show as 40 MB or more.

const dir = mkdtempSync(join(tmpdir(), "jsv-memory-"));
const bundle = join(dir, "jsv.mjs");
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(async () => {
  // One bundle of both entries, so that they share one copy of the library.
  const src = new URL("../src/", import.meta.url).pathname;
  const entry = `export * from ${JSON.stringify(`${src}index.ts`)}; export { grammar } from ${JSON.stringify(`${src}grammar/index.ts`)};`;
  await build({ stdin: { contents: entry, resolveDir: src, loader: "ts" }, bundle: true, format: "esm", platform: "node", outfile: bundle, logLevel: "error" });
});

const MB40 = 40_000_000;

/**
 * Each case: the body of `make()`, which builds the text from `filler` (40 MB of `x`) and
 * returns what a caller keeps: a result (with any filler member deleted) or an error.
 */
const cases: Record<string, string> = {
  "a quoted string ending in a doubled quote (parse)": `
    const v = jsv.parse('{a:"' + "q".repeat(40) + '""",big:' + filler + "}"); delete v.big; return v;`,
  "a quoted string ending in a doubled quote (decode)": `
    return jsv.SessionInfo.decode('{callSid:"' + "q".repeat(40) + '""",big:' + filler + "}");`,
  "a quoted string ending in a doubled quote (grammar)": `
    const v = jsv.parse('{a:"' + "q".repeat(40) + '""",big:' + filler + "}", { reader: jsv.grammar }); delete v.big; return v;`,
  "the grammar reader's values": `
    const v = jsv.parse("{callSid:CA0123456789abcdef0123456789,name:" + "n".repeat(100) + ',q:"' + "w".repeat(100) + '",big:' + filler + "}", { reader: jsv.grammar }); delete v.big; return v;`,
  "a character above U+00FF in the text (parse)": `
    const v = jsv.parse("{callSid:CA0123456789abcdef\\u0100x,big:" + filler + "}"); delete v.big; return v;`,
  "a character above U+00FF in the text (decode)": `
    return jsv.SessionInfo.decode("{callSid:CA0123456789abcdef\\u0100x,big:" + filler + "}");`,
  "a line break in the text (auto mode)": `
    const v = jsv.parse("{callSid:CA0123456789abcdef,\\nbig:" + filler + "}"); delete v.big; return v;`,
  "the key-template cache after a huge key": `
    jsv.parse("[{" + filler + ":v}]"); return jsv.parse("[{a:b}]");`,
  "a syntax error in the middle of the text": `
    try { jsv.parse("[" + filler + "}" + filler + "]"); } catch (e) { return e; } throw new Error("no error");`,
  "a syntax error after a huge key": `
    try { jsv.parse("{" + filler + "}"); } catch (e) { return e; } throw new Error("no error");`,
  "a syntax error from the grammar": `
    try { jsv.parse("[" + filler + "}]", { reader: jsv.grammar }); } catch (e) { return e; } throw new Error("no error");`,
  "a decode error with a huge unknown key": `
    try { jsv.SessionInfo.decode("{" + filler + ":1}", { unknownKeys: "error" }); } catch (e) { return e; } throw new Error("no error");`,
  "a decode error through the grammar's tree": `
    try { jsv.SessionInfo.decode("{ended:maybe,big:" + filler + "}", { reader: jsv.grammar }); } catch (e) { return e; } throw new Error("no error");`,
  "a decode error with a huge bad value": `
    try { jsv.SessionInfo.decode("{ended:" + filler + "}"); } catch (e) { return e; } throw new Error("no error");`,
};

function measure(body: string): number {
  const script = `
    const jsv = await import(${JSON.stringify(bundle)});
    function make(filler) { ${body} }
    function keep() { return make("x".repeat(${MB40}) + "y"); }
    keep(); // warm up: code and caches are not what is measured
    globalThis.gc(); globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    const kept = keep();
    globalThis.gc(); globalThis.gc();
    const after = process.memoryUsage().heapUsed;
    if (kept === undefined) throw new Error("nothing kept");
    console.log(JSON.stringify(after - before));
  `;
  const r = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout) as number;
}

describe("results and errors keep no input alive (fresh process, --expose-gc)", () => {
  test.each(Object.keys(cases))("%s", (name) => {
    expect(measure(cases[name]!)).toBeLessThan(1_000_000);
  });
});
