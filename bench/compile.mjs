// What compiled codecs cost, in a fresh process: for SessionInfo, its nested DTOs and the
// "many types" DTOs, the first-use compile time and the length of the generated source of
// each compiled function (encode in both text cases, and the opt-in decode step).
import * as jsv from "../dist/index.js";
import { otherTypes } from "./types.mjs";

const reports = [];
jsv.setCompile({ decode: true, onCompile: (r) => reports.push(r) });
const t = process.cpuUsage();
for (const codec of [jsv.SessionInfo, ...otherTypes(jsv)]) {
  const text = codec.encode({});
  codec.encode({}, { textCase: "pascal" });
  codec.decode(text);
}
const cpu = process.cpuUsage(t);
console.log(JSON.stringify({ reports, totalMs: (cpu.user + cpu.system) / 1e3 }));
