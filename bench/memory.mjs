// One memory measurement in a fresh process (run with --expose-gc): the heap a parse
// result keeps once its input string is dropped, and the peak RSS of the process.
// Usage: node --expose-gc bench/memory.mjs FILE jsv|json
import { readFileSync } from "node:fs";
import { parse } from "../dist/index.js";

const [file, kind] = process.argv.slice(2);
const bytes = readFileSync(file);

// A first read warms up code and caches on both sides; only the second result is measured.
read();
globalThis.gc();
globalThis.gc();
const before = process.memoryUsage().heapUsed;
const result = read();
globalThis.gc();
globalThis.gc();
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ retained: after - before, peakRss: process.resourceUsage().maxRSS * 1024, kept: typeof result }));

// The input string lives only inside this function, so it is garbage once the result is back.
function read() {
  const text = bytes.toString("utf8");
  return kind === "json" ? JSON.parse(text) : parse(text);
}
