import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test } from "vitest";

// Measured in a fresh process with --expose-gc, on the built package (npm test builds it).
const script = `
const { parse, SessionInfo } = await import(process.argv[1]);
const filler = "x".repeat(20_000_000);
function keep(kind) {
  // A 20 MB text whose result keeps only short and medium values (long enough to be views).
  let text = "{callSid:CA0123456789abcdef0123456789abcdef,accountName:Acme Corporation West,big:" + filler + "y,members:[{identity:agent:someone.example}]}";
  const value = kind === "parse" ? parse(text) : SessionInfo.decode(text);
  if (kind === "parse") delete value.big;
  text = null;
  return value;
}
const out = {};
for (const kind of ["parse", "decode"]) {
  keep(kind); // warm up: code and caches are not what is measured
  globalThis.gc(); globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  const value = keep(kind);
  globalThis.gc(); globalThis.gc();
  out[kind] = process.memoryUsage().heapUsed - before;
  if (!value.callSid) throw new Error("lost a value");
}
console.log(JSON.stringify(out));
`;

test("a parse or decode result does not keep its input alive", () => {
  const dist = new URL("../dist/index.js", import.meta.url).pathname;
  expect(existsSync(dist), "run npm run build first (npm test does)").toBe(true);
  const r = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", script, dist], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  const retained = JSON.parse(r.stdout) as { parse: number; decode: number };
  // Keeping the 20 MB input would show as 20 MB; the values themselves are a few hundred bytes.
  expect(retained.parse).toBeLessThan(1_000_000);
  expect(retained.decode).toBeLessThan(1_000_000);
});
