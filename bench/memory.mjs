// One memory measurement in a fresh process (run with --expose-gc): the heap a parse
// result keeps once its input string is dropped, and the peak RSS of the process.
// Small documents are read many times and every result kept, so that the figure per
// result is not lost in the noise of the heap's own bookkeeping.
// Usage: node --expose-gc bench/memory.mjs FILE jsv|json COPIES
import { readFileSync } from "node:fs";
import { parse } from "../dist/index.js";

const [file, kind, copiesArg = "1"] = process.argv.slice(2);
const copies = Number(copiesArg);
const bytes = readFileSync(file);

// A first read warms up code and caches on both sides; only the kept results are measured.
read();
globalThis.gc();
globalThis.gc();
const before = process.memoryUsage().heapUsed;
const results = [];
for (let i = 0; i < copies; i++) results.push(read());
globalThis.gc();
globalThis.gc();
const after = process.memoryUsage().heapUsed;
console.log(JSON.stringify({ retained: (after - before) / copies, peakRss: process.resourceUsage().maxRSS * 1024, kept: results.length }));

// The input string lives only inside this function, so it is garbage once the result is back.
function read() {
  const text = bytes.toString("utf8");
  return kind === "json" ? JSON.parse(text) : parse(text);
}
