#!/usr/bin/env node
// jsv-codec's benchmark. Each part runs in a fresh process, so that no part warms or
// pollutes another:
// - speed (bench/speed.mjs): every operation against JSON.parse / JSON.stringify on the
//   same data, per call, in CPU time over alternating rounds; the median ratio and its
//   quartiles; once with SessionInfo alone, once after six other DTO types ("many types");
// - memory (bench/memory.mjs): the heap one parse or decode result keeps, against JSON.parse's;
// - scale (bench/peak.mjs): the 26 MB document read and written, with peak RSS;
// - CLI: `jsv to-json` and `jsv from-json` over 10,000 small files, with peak RSS;
// - compile (bench/compile.mjs): what compiled codecs cost on first use.
//
//   npm run bench                 the table
//   npm run bench -- --json       the same figures as JSON
//   npm run bench -- --markdown   the speed table as Markdown too (the README's)
//   npm run bench -- --quick      fewer documents and rounds, for a first look
//   npm run bench -- --only speed|memory|scale|cli|compile
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { SessionInfo } from "../dist/index.js";
import { ensureFixtures, fixtures, sessions } from "./documents.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const argv = process.argv.slice(2);
const args = new Set(argv);
const asJson = args.has("--json");
// --markdown: the speed table as the README's Performance section shows it.
const asMarkdown = args.has("--markdown");
const quick = args.has("--quick");
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
const wants = (part) => only === undefined || only === part;
const log = (s) => process.stderr.write(`${s}\n`);

ensureFixtures();
const machine = { node: process.version, cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30) };
const loadBefore = loadavg()[0];
const started = Date.now();

function node(script, scriptArgs, options = {}) {
  const r = spawnSync(process.execPath, ["--expose-gc", join(here, script), ...scriptArgs], { encoding: "utf8", maxBuffer: 1 << 26, stdio: ["ignore", "pipe", asJson ? "ignore" : "inherit"], ...options });
  if (r.status !== 0) throw new Error(`${script} ${scriptArgs.join(" ")} failed (${r.status})`);
  return JSON.parse(r.stdout);
}

// Speed.
const speed = { one: [], many: [] };
if (wants("speed")) {
  log("speed, SessionInfo alone:");
  speed.one = node("speed.mjs", [...(quick ? ["--quick"] : []), "--large"]).results;
  log("speed, after six other DTO types:");
  speed.many = node("speed.mjs", [...(quick ? ["--quick"] : []), "--many"]).results;
}

// Memory: the heap one result keeps once its input is dropped.
const memory = [];
if (wants("memory")) {
  log("memory:");
  const docs = [
    { size: "3 KB", file: "session-info", copies: 2000 },
    { size: "260 KB", file: "sessions-100", copies: 50 },
    { size: "26 MB", file: "sessions-10000", copies: 1 },
  ];
  const scratch = mkdtempSync(join(tmpdir(), "jsv-bench-"));
  for (const d of docs) {
    const jsonFile = join(scratch, `${d.file}.json`);
    // The JSON side reads the same data as compact JSON.
    writeFileSync(jsonFile, JSON.stringify(JSON.parse(readFileSync(join(fixtures, `${d.file}.json`), "utf8"))));
    const of = (file, kind) => node("memory.mjs", [file, kind, String(d.copies)]).retained;
    const jsvFile = join(fixtures, `${d.file}.jsv`);
    const row = { size: d.size, parse: of(jsvFile, "parse"), decode: of(jsvFile, "decode"), json: of(jsonFile, "json") };
    memory.push(row);
    log(`  ${d.size}: parse ${(row.parse / row.json).toFixed(2)}x, decode ${(row.decode / row.json).toFixed(2)}x JSON.parse's`);
  }
  rmSync(scratch, { recursive: true, force: true });
}

// Scale: the 26 MB document both ways, with peak RSS.
const scale = [];
if (wants("scale")) {
  log("scale (26 MB):");
  const jsvFile = join(fixtures, "sessions-10000.jsv");
  const jsonFile = join(fixtures, "sessions-10000.json");
  for (const op of ["parse", "decode", "JSON.parse", "encode", "stringify", "JSON.stringify"]) {
    const runs = [];
    for (let i = 0; i < (quick ? 1 : 3); i++) runs.push(node("peak.mjs", [op, jsvFile, jsonFile]));
    const row = { op, cpuMs: median(runs.map((r) => r.cpuMs)), rssBefore: median(runs.map((r) => r.rssBefore)), peakRss: median(runs.map((r) => r.peakAfter)) };
    scale.push(row);
    log(`  ${op}: ${row.cpuMs.toFixed(0)} ms, peak RSS ${mb(row.peakRss)}`);
  }
}

// The CLI over 10,000 small files, each a process of its own.
const cli = [];
if (wants("cli")) {
  log("CLI over 10,000 files:");
  const dir = mkdtempSync(join(tmpdir(), "jsv-bench-cli-"));
  const count = quick ? 1000 : 10_000;
  const all = sessions().slice(0, count);
  const jsvDir = join(dir, "jsv");
  const jsonDir = join(dir, "json");
  mkdirSync(jsvDir);
  mkdirSync(jsonDir);
  const names = all.map((_, i) => `s${String(i).padStart(5, "0")}`);
  all.forEach((v, i) => {
    writeFileSync(join(jsvDir, `${names[i]}.jsv`), SessionInfo.encode(v));
    writeFileSync(join(jsonDir, `${names[i]}.json`), JSON.stringify(v));
  });
  const bytes = all.reduce((n, v) => n + Buffer.byteLength(SessionInfo.encode(v)), 0);
  for (const [command, from, ext] of [["to-json", jsvDir, "jsv"], ["from-json", jsonDir, "json"]]) {
    const usage = join(dir, "usage.json");
    const out = join(dir, `out-${command}`);
    const files = names.map((n) => `${n}.${ext}`);
    const t = Date.now();
    const r = spawnSync(process.execPath, ["--import", join(here, "usage.mjs"), join(root, "dist/bin.js"), command, "--type", "SessionInfo", "--out-dir", out, ...files], {
      cwd: from,
      env: { ...process.env, JSV_BENCH_USAGE: usage },
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
    });
    if (r.status !== 0) throw new Error(`jsv ${command} failed: ${r.stderr.slice(0, 500)}`);
    const u = JSON.parse(readFileSync(usage, "utf8"));
    cli.push({ command, files: count, bytes, cpuMs: u.cpuMs, wallMs: Date.now() - t, peakRss: u.peakRss });
    log(`  jsv ${command}: ${u.cpuMs.toFixed(0)} ms CPU, peak RSS ${mb(u.peakRss)}`);
  }
  rmSync(dir, { recursive: true, force: true });
}

// What compiled codecs cost on first use.
let compile;
if (wants("compile")) {
  compile = node("compile.mjs", []);
  log(`compiled ${compile.reports.length} functions in ${compile.totalMs.toFixed(0)} ms CPU`);
}

const noise = { loadBefore, loadAfter: loadavg()[0], minutes: (Date.now() - started) / 60000 };

// Time per byte at 26 MB against 260 KB, per operation (SessionInfo alone).
const perByte = [];
for (const big of speed.one.filter((r) => r.size === "26 MB")) {
  const mid = speed.one.find((r) => r.size === "260 KB" && r.op === big.op);
  // JSON's own factor beside ours: how much of the slowdown the engine (GC, a larger heap) gives everyone.
  if (mid) perByte.push({ op: big.op, factor: mid.mbPerS / big.mbPerS, jsonFactor: big.theirUs / big.bytesPerDoc / (mid.theirUs / mid.bytesPerDoc) });
}

if (asJson) {
  console.log(JSON.stringify({ machine, noise, speed, memory, scale, cli, perByte, compile }, null, 2));
} else {
  console.log(`\njsv-codec benchmark: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, Node ${machine.node}`);
  console.log(`load average ${noise.loadBefore.toFixed(1)} before, ${noise.loadAfter.toFixed(1)} after; ${noise.minutes.toFixed(1)} minutes`);
  if (asMarkdown && speed.one.length > 0) {
    const many = (r) => speed.many.find((m) => m.size === r.size && m.op === r.op);
    const cell = (r) => (r ? `${r.ratio.toFixed(2)}x [${r.ratioLow.toFixed(2)}-${r.ratioHigh.toFixed(2)}]` : "-");
    console.log("\n| size | operation | µs/call | MB/s | ratio [quartiles] | many DTO types | vs |\n|---|---|---:|---:|---:|---:|---|");
    for (const r of speed.one) console.log(`| ${r.size} | ${r.op} | ${fmt(r.ourUs)} | ${fmt(r.mbPerS)} | ${cell(r)} | ${cell(many(r))} | ${r.vs} |`);
  }
  if (speed.one.length > 0) {
    console.log("\nratio = JSON's CPU time / ours, per call, median of alternating rounds [quartiles]; higher is better");
    const many = (r) => speed.many.find((m) => m.size === r.size && m.op === r.op);
    const cell = (r) => (r ? `${r.ratio.toFixed(2)}x [${r.ratioLow.toFixed(2)}-${r.ratioHigh.toFixed(2)}]` : "-");
    table(
      ["size", "operation", "µs/call", "MB/s", "ratio", "ratio, many types", "vs"],
      speed.one.map((r) => [r.size, r.op, fmt(r.ourUs), fmt(r.mbPerS), cell(r), cell(many(r)), r.vs]),
      [2, 3],
    );
  }
  if (perByte.length > 0) {
    console.log("\ntime per byte at 26 MB / time per byte at 260 KB");
    table(["operation", "factor", "JSON's factor"], perByte.map((p) => [p.op, `${p.factor.toFixed(2)}x`, `${p.jsonFactor.toFixed(2)}x`]), [1, 2]);
  }
  if (memory.length > 0) {
    console.log("\nheap kept by one result once its input is dropped (small documents: the mean over many kept results)");
    table(
      ["size", "parse", "decode", "JSON.parse", "parse / JSON", "decode / JSON"],
      memory.map((m) => [m.size, size(m.parse), size(m.decode), size(m.json), `${(m.parse / m.json).toFixed(2)}x`, `${(m.decode / m.json).toFixed(2)}x`]),
      [1, 2, 3, 4, 5],
    );
  }
  if (scale.length > 0) {
    console.log("\nthe 26 MB document, one call in a fresh process (writing: from the JSON.parse'd value)");
    table(["operation", "CPU ms", "RSS before", "peak RSS"], scale.map((s) => [s.op, s.cpuMs.toFixed(0), mb(s.rssBefore), mb(s.peakRss)]), [1, 2, 3]);
  }
  if (compile) {
    console.log(`\ncompiled codecs: first-use cost of each generated function (${compile.totalMs.toFixed(0)} ms CPU for all, with the first calls)`);
    table(["DTO", "function", "ms", "source length"], compile.reports.map((r) => [r.name, r.what, r.ms.toFixed(2), String(r.sourceLength)]), [2, 3]);
  }
  if (cli.length > 0) {
    console.log(`\nthe CLI over ${cli[0].files} files of one session each (${mb(cli[0].bytes)} of JSV), one process`);
    table(["command", "CPU ms", "wall ms", "peak RSS"], cli.map((c) => [`jsv ${c.command} --type SessionInfo`, c.cpuMs.toFixed(0), String(c.wallMs), mb(c.peakRss)]), [1, 2, 3]);
  }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function fmt(n) {
  return n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);
}

function mb(b) {
  return `${(b / 1e6).toFixed(1)} MB`;
}

function size(b) {
  return b >= 1e6 ? `${(b / 1e6).toFixed(1)} MB` : `${(b / 1e3).toFixed(1)} KB`;
}

function table(head, rows, right) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (right.includes(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}
