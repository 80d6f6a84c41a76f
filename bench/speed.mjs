// The timing half of the benchmark, run by bench/run.mjs in a fresh process per mode and
// printing its figures as JSON. Each operation is timed against its JSON counterpart on
// the same data: one call per document over a batch of distinct documents, our side and
// JSON's in alternating order round after round, in CPU time (process.cpuUsage, so that
// time the machine gives other processes is not counted), and each round's ratio kept so
// that the median and its spread can be reported. Every string result is read once before
// the clock stops (a rope is flattened then, as any consumer would make it), the JSON
// side's too; the JSON side works on fast-mode values, what JSON.parse returns.
//
//   node --expose-gc bench/speed.mjs [--many] [--quick] [--large]
//     --many    first decode and encode six other DTOs, so that V8's inline caches see
//               what an application's do
//     --large   the 26 MB document too
//     --decode-step  with the opt-in compiled decode step; --interpreted  with nothing compiled
//     --ops a,b  only these operations (by name, e.g. parse,SessionInfo.decode)
//     --sizes a,b  only these document sets (e.g. "0.7 KB,260 KB")
import { JSV } from "@servicestack/client";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as jsv from "../dist/index.js";
import { documentOf, fixtures, sessions, smallValues } from "./documents.mjs";
import { warmOtherTypes } from "./types.mjs";

const { format, listCodec, parse, SessionInfo, stringify } = jsv;
const argv = process.argv.slice(2);
const args = new Set(argv);
const listArg = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1].split(",") : undefined);
const onlyOps = listArg("--ops");
const onlySizes = listArg("--sizes");
const quick = args.has("--quick");
const SessionInfoList = listCodec(SessionInfo);
const grammar = await grammarReader();

// --decode-step: the opt-in compiled decode step (setCompile({ decode: true })); --interpreted: no compiling.
if (args.has("--decode-step")) jsv.setCompile({ decode: true });
if (args.has("--interpreted")) jsv.setCompile(false);
if (args.has("--many")) warmOtherTypes(jsv);

const all = sessions();
const sets = [];
for (const target of [700, 2000, 3000]) {
  const values = smallValues(all, (v) => SessionInfo.encode(v), target, quick ? 300 : 1000);
  sets.push({ size: `${(target / 1000).toFixed(1)} KB`, codec: SessionInfo, docs: values.map((v) => documentOf(v, SessionInfo, parse)), rounds: quick ? 5 : 21 });
}
const runs = [];
for (let i = 0; i < (quick ? 4 : 10); i++) runs.push(all.slice(i * 100, i * 100 + 100));
sets.push({ size: "260 KB", codec: SessionInfoList, docs: runs.map((v) => documentOf(v, SessionInfoList, parse)), rounds: quick ? 5 : 15 });
if (args.has("--large")) {
  const text = readFileSync(join(fixtures, "sessions-10000.jsv"), "utf8");
  const value = JSON.parse(readFileSync(join(fixtures, "sessions-10000.json"), "utf8"));
  const doc = { jsv: text, json: JSON.stringify(value), value, tree: JSON.parse(JSON.stringify(parse(text))), bytes: Buffer.byteLength(text) };
  sets.push({ size: "26 MB", codec: SessionInfoList, docs: [doc], rounds: quick ? 2 : 5, gcEach: true });
}

// Results are kept here (the last one) or folded into `hash`, so that no call is dead code.
let sink;
let hash = 0;
const read = (s) => (hash = (hash + s.length + s.charCodeAt(s.length >> 1)) | 0);

const results = [];
for (const set of sets) {
  if (onlySizes && !onlySizes.includes(set.size)) continue;
  const codec = set.codec;
  const ops = [
    { op: "parse", vs: "JSON.parse", ours: (d) => (sink = parse(d.jsv)), theirs: (d) => (sink = JSON.parse(d.json)) },
    { op: "SessionInfo.decode", vs: "JSON.parse", ours: (d) => (sink = codec.decode(d.jsv)), theirs: (d) => (sink = JSON.parse(d.json)) },
    { op: "SessionInfo.encode", vs: "JSON.stringify", ours: (d) => read(codec.encode(d.value)), theirs: (d) => read(JSON.stringify(d.value)) },
    { op: "stringify", vs: "JSON.stringify", ours: (d) => read(stringify(d.tree)), theirs: (d) => read(JSON.stringify(d.tree)) },
    { op: "format", vs: "JSON.stringify(v, null, 2)", ours: (d) => read(format(d.jsv)), theirs: (d) => read(JSON.stringify(d.tree, null, 2)) },
    { op: "@servicestack/client JSV.stringify", vs: "JSON.stringify", ours: (d) => read(JSV.stringify(d.tree)), theirs: (d) => read(JSON.stringify(d.tree)) },
  ];
  if (grammar) ops.splice(1, 0, { op: "parse (grammar)", vs: "JSON.parse", ours: (d) => (sink = grammar(d.jsv)), theirs: (d) => (sink = JSON.parse(d.json)), slow: true });
  const bytes = set.docs.reduce((n, d) => n + d.bytes, 0);
  // Each batch reads about 3 MB (the 26 MB document: once), so that a batch is long
  // against the clock's resolution and short against the machine's other work.
  const passes = Math.max(1, Math.round(3e6 / bytes));
  for (const o of ops) {
    if (onlyOps && !onlyOps.includes(o.op)) continue;
    const rounds = o.slow ? Math.max(2, Math.ceil(set.rounds / 3)) : set.rounds;
    const m = compare(o, set, passes, rounds);
    const calls = set.docs.length * passes;
    const row = {
      size: set.size,
      docs: set.docs.length,
      bytesPerDoc: Math.round(bytes / set.docs.length),
      op: o.op,
      vs: o.vs,
      rounds,
      ourUs: (m.ours / calls) / 1e3,
      theirUs: (m.theirs / calls) / 1e3,
      mbPerS: (bytes * passes) / 1e6 / (m.ours / 1e9),
      ratio: m.ratio,
      ratioLow: m.low,
      ratioHigh: m.high,
    };
    results.push(row);
    process.stderr.write(`  ${set.size} ${o.op}: ${row.ratio.toFixed(2)}x [${row.ratioLow.toFixed(2)}-${row.ratioHigh.toFixed(2)}]\n`);
  }
}
sink = undefined;
console.log(JSON.stringify({ results, hash }));

/** CPU time in ns of one batch: `fn` once per document, `passes` times over the set. */
function batch(fn, docs, passes, gcFirst) {
  if (gcFirst) globalThis.gc?.();
  const t = process.cpuUsage();
  for (let p = 0; p < passes; p++) for (let i = 0; i < docs.length; i++) fn(docs[i]);
  const d = process.cpuUsage(t);
  return (d.user + d.system) * 1e3;
}

/**
 * Rounds of one batch a side, alternating which goes first. Gives the median batch times
 * and the median of the rounds' ratios (JSON's time / ours), with the quartiles of those ratios.
 */
function compare(o, set, passes, rounds) {
  const { docs, gcEach } = set;
  if (!gcEach) for (let w = 0; w < 2; w++) (batch(o.ours, docs, passes), batch(o.theirs, docs, passes));
  const ours = [];
  const theirs = [];
  const ratios = [];
  for (let r = 0; r < rounds; r++) {
    let a;
    let b;
    if (r % 2 === 0) {
      a = batch(o.ours, docs, passes, gcEach);
      b = batch(o.theirs, docs, passes, gcEach);
    } else {
      b = batch(o.theirs, docs, passes, gcEach);
      a = batch(o.ours, docs, passes, gcEach);
    }
    ours.push(a);
    theirs.push(b);
    ratios.push(b / a);
  }
  return { ours: quantile(ours, 0.5), theirs: quantile(theirs, 0.5), ratio: quantile(ratios, 0.5), low: quantile(ratios, 0.25), high: quantile(ratios, 0.75) };
}

function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}

/**
 * The Parsimmon grammar as a reader: the `jsv-codec/grammar` entry when it is built, else
 * the main entry's `reader: "grammar"` option (where it lived before); null when neither.
 */
async function grammarReader() {
  try {
    // The entry gives a reader to pass to parse: parse(text, { reader: grammar }).
    const { grammar } = await import("../dist/grammar.js");
    if (grammar !== undefined) return (text) => parse(text, { reader: grammar });
  } catch {
    // not built as its own entry (yet)
  }
  try {
    parse("{a:b}", { reader: "grammar" });
    return (text) => parse(text, { reader: "grammar" });
  } catch {
    return null;
  }
}
