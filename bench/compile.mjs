// What compiled codecs cost, in a fresh process: for SessionInfo, its nested DTOs and the
// "many types" DTOs, the first-use compile time and the length of the generated source of
// each compiled function: encode in both text cases, decode's result builder (on by
// default), and the opt-in decode step (`setCompile({ decode: true })`).
import fc from "fast-check";
import * as jsv from "../dist/index.js";
import { arbitrary } from "../dist/testing.js";
import { otherTypes } from "./types.mjs";

const reports = [];
jsv.setCompile({ onCompile: (r) => reports.push(r) });
const codecs = [jsv.SessionInfo, ...otherTypes(jsv)];
// One value of each with members (the builder runs for an object that has some).
const values = codecs.map((codec, i) => fc.sample(arbitrary(codec), { seed: i + 1, numRuns: 20 }).sort((a, b) => Object.keys(b).length - Object.keys(a).length)[0]);
const t = process.cpuUsage();
codecs.forEach((codec, i) => {
  const text = codec.encode(values[i]);
  codec.encode(values[i], { textCase: "pascal" });
  codec.decode(text);
});
// The opt-in step replaces the interpreted object reader; compiled on its first use.
jsv.setCompile({ decode: true });
codecs.forEach((codec, i) => codec.decode(codec.encode(values[i])));
const cpu = process.cpuUsage(t);
console.log(JSON.stringify({ reports, totalMs: (cpu.user + cpu.system) / 1e3 }));
