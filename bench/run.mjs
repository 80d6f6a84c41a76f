#!/usr/bin/env node
// jsv-codec's benchmark harness. For each fixture size and operation it times our side and
// its JSON counterpart (JSON.parse / JSON.stringify on the same data) in alternating
// blocks, and reports the median ratio of the two (higher is better; 1 = as fast as JSON).
// Memory: the heap a parse result keeps once its input is dropped, against JSON.parse's,
// and the peak RSS of parsing the large document, each measured in a fresh process.
//
//   npm run bench                 the table
//   npm run bench -- --json       the same figures as JSON
//   npm run bench -- --quick      fewer rounds, for a first look
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { do_not_optimize, measure } from "mitata";
import { JSV } from "@servicestack/client";
import { format, listCodec, parse, SessionInfo, stringify } from "../dist/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const args = new Set(process.argv.slice(2));
const asJson = args.has("--json");
const quick = args.has("--quick");

const SessionInfoList = listCodec(SessionInfo);
const fixtures = [
  { size: "3 KB", file: "session-info", codec: SessionInfo, rounds: quick ? 3 : 9, blockMs: 150, copies: 2000 },
  { size: "300 KB", file: "sessions-100", codec: SessionInfoList, rounds: quick ? 3 : 9, blockMs: 250, copies: 50 },
  { size: "30 MB", file: "sessions-10000", codec: SessionInfoList, rounds: quick ? 2 : 5, blockMs: 1, copies: 1 },
];

/** Times one side: the median per-call time (ns) of a block of about `blockMs`. */
async function block(fn, blockMs) {
  const stats = await measure(() => do_not_optimize(fn()), {
    min_cpu_time: blockMs * 1e6,
    min_samples: blockMs <= 1 ? 1 : 5,
    max_samples: blockMs <= 1 ? 2 : 1e9,
    warmup_samples: blockMs <= 1 ? 0 : 2,
    batch_samples: blockMs <= 1 ? 1 : 4096,
  });
  return stats.p50;
}

/** Alternates blocks of `ours` and `theirs`; gives our median time and the median ratio. */
async function compare(ours, theirs, rounds, blockMs) {
  const ratios = [];
  const times = [];
  for (let r = 0; r < rounds; r++) {
    const a = await block(ours, blockMs);
    const b = await block(theirs, blockMs);
    times.push(a);
    ratios.push(b / a);
  }
  return { ns: median(times), ratio: median(ratios) };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const results = [];
for (const fx of fixtures) {
  const jsv = readFileSync(join(root, "fixtures", `${fx.file}.jsv`), "utf8");
  const typed = fx.codec.decode(jsv);
  const tree = parse(jsv);
  const json = JSON.stringify(typed); // the same data as compact JSON
  const treeJson = JSON.stringify(tree);
  const bytes = Buffer.byteLength(jsv);
  const ops = [
    { op: "parse (fast reader)", vs: "JSON.parse", ours: () => parse(jsv), theirs: () => JSON.parse(json) },
    { op: "parse (grammar)", vs: "JSON.parse", ours: () => parse(jsv, { reader: "grammar" }), theirs: () => JSON.parse(json), slow: true },
    { op: "SessionInfo.decode", vs: "JSON.parse", ours: () => fx.codec.decode(jsv), theirs: () => JSON.parse(json) },
    { op: "SessionInfo.encode", vs: "JSON.stringify", ours: () => fx.codec.encode(typed), theirs: () => JSON.stringify(typed) },
    { op: "stringify", vs: "JSON.stringify", ours: () => stringify(tree), theirs: () => JSON.stringify(tree) },
    { op: "format", vs: "JSON.stringify(v, null, 2)", ours: () => format(jsv), theirs: () => JSON.stringify(tree, null, 2) },
    { op: "@servicestack/client JSV.stringify (peer)", vs: "JSON.stringify", ours: () => JSV.stringify(tree), theirs: () => JSON.stringify(tree) },
  ];
  void treeJson;
  for (const o of ops) {
    const rounds = o.slow ? Math.max(1, Math.ceil(fx.rounds / 3)) : fx.rounds;
    const { ns, ratio } = await compare(o.ours, o.theirs, rounds, fx.blockMs);
    const row = { size: fx.size, op: o.op, vs: o.vs, mbPerS: bytes / 1e6 / (ns / 1e9), opsPerS: 1e9 / ns, ratio };
    results.push(row);
    if (!asJson) process.stderr.write(`  ${fx.size} ${o.op}: ${row.ratio.toFixed(2)}x\n`);
  }
}

// Memory, each figure from a fresh process so that nothing else is on the heap; the JSON
// side reads the same data as compact JSON.
const scratch = mkdtempSync(join(tmpdir(), "jsv-bench-"));
const memory = [];
for (const fx of fixtures) {
  const jsvRun = memoryOf(fx.file, "jsv", fx.copies);
  const jsonRun = memoryOf(fx.file, "json", fx.copies);
  // Peak RSS means something only for one document read once: the 30 MB one.
  const single = fx.copies === 1;
  memory.push({
    size: fx.size,
    retainedJsv: jsvRun.retained,
    retainedJson: jsonRun.retained,
    ratio: jsvRun.retained / jsonRun.retained,
    peakRssJsv: single ? jsvRun.peakRss : null,
    peakRssJson: single ? jsonRun.peakRss : null,
  });
}

rmSync(scratch, { recursive: true, force: true });

function memoryOf(file, kind, copies) {
  let input = join(root, "fixtures", `${file}.jsv`);
  if (kind === "json") {
    input = join(scratch, `${file}.json`);
    writeFileSync(input, JSON.stringify(JSON.parse(readFileSync(join(root, "fixtures", `${file}.json`), "utf8"))));
  }
  const r = spawnSync(process.execPath, ["--expose-gc", join(here, "memory.mjs"), input, kind, String(copies)], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

const machine = { node: process.version, cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30) };

if (asJson) {
  console.log(JSON.stringify({ machine, results, memory }, null, 2));
} else {
  const fmt = (n, d = 2) => (n >= 100 ? n.toFixed(0) : n.toFixed(d));
  console.log(`\njsv-codec benchmark: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}`);
  console.log("ratio = JSON side's time / our time, median of alternating blocks (1.00 = as fast as JSON)\n");
  const head = ["size", "operation", "MB/s", "ops/s", "ratio", "vs"];
  const rows = results.map((r) => [r.size, r.op, fmt(r.mbPerS, 1), fmt(r.opsPerS, 1), `${r.ratio.toFixed(2)}x`, r.vs]);
  table(head, rows);
  console.log("\nheap kept by one parse result once its input is dropped (small documents: the mean over many kept results),");
  console.log("and the peak RSS of a process that reads the 30 MB document once");
  const size = (b) => (b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(1)} KB`);
  table(
    ["size", "parse", "JSON.parse", "ratio", "peak RSS parse", "peak RSS JSON.parse"],
    memory.map((m) => [m.size, size(m.retainedJsv), size(m.retainedJson), `${m.ratio.toFixed(2)}x`, m.peakRssJsv ? size(m.peakRssJsv) : "-", m.peakRssJson ? size(m.peakRssJson) : "-"]),
  );
}

function table(head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i >= 2 && i <= 4 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}
