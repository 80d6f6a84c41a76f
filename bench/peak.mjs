// Peak memory of one operation on one large document, in a fresh process: the peak RSS
// once the input is ready (read, or for the writing side, JSON.parse'd from the JSON twin)
// and the peak after the operation, with the CPU time of the operation.
// Usage: node --expose-gc bench/peak.mjs OP FILE.jsv FILE.json
//   OP: parse | decode | JSON.parse | encode | stringify | JSON.stringify
import { readFileSync } from "node:fs";
import { listCodec, parse, SessionInfo, stringify } from "../dist/index.js";

const [op, jsvFile, jsonFile] = process.argv.slice(2);
const codec = listCodec(SessionInfo);
const ops = {
  parse: () => parse(readFileSync(jsvFile, "utf8")),
  decode: () => codec.decode(readFileSync(jsvFile, "utf8")),
  "JSON.parse": () => JSON.parse(readFileSync(jsonFile, "utf8")),
  encode: (v) => codec.encode(v),
  stringify: (v) => stringify(v),
  "JSON.stringify": (v) => JSON.stringify(v),
};
const writing = op === "encode" || op === "stringify" || op === "JSON.stringify";
let input = null;
if (writing) {
  input = JSON.parse(readFileSync(jsonFile, "utf8"));
  if (op === "stringify") input = JSON.parse(JSON.stringify(parse(readFileSync(jsvFile, "utf8"))));
}
globalThis.gc();
const rssBefore = process.memoryUsage().rss;
const peakBefore = process.resourceUsage().maxRSS * 1024;
const t = process.cpuUsage();
let result = ops[op](input);
if (typeof result === "string") result.charCodeAt(result.length >> 1);
const cpu = process.cpuUsage(t);
const peakAfter = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ op, rssBefore, peakBefore, peakAfter, cpuMs: (cpu.user + cpu.system) / 1e3, kept: result !== undefined }));
result = null;
