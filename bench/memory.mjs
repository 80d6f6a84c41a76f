// One memory measurement in a fresh process (run with --expose-gc): the heap a read result
// keeps once its input string is dropped. Small documents are read many times and every
// result kept, so that the figure per result is not lost in the heap's own bookkeeping.
// Usage: node --expose-gc bench/memory.mjs FILE parse|decode|json COPIES
import { readFileSync } from "node:fs";
import { listCodec, parse, SessionInfo } from "../dist/index.js";

const [file, kind, copiesArg = "1"] = process.argv.slice(2);
const copies = Number(copiesArg);
const bytes = readFileSync(file);
const codec = bytes[0] === 0x5b ? listCodec(SessionInfo) : SessionInfo;

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
console.log(JSON.stringify({ retained: (after - before) / copies, kept: results.length }));

// The input string lives only inside this function, so it is garbage once the result is back.
function read() {
  const text = bytes.toString("utf8");
  return kind === "json" ? JSON.parse(text) : kind === "decode" ? codec.decode(text) : parse(text);
}
