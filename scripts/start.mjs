#!/usr/bin/env node
// `npm start`: runs the freshly built jsv CLI on the bundled sample fixtures and shows
// each command with what it printed.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const fixtures = readdirSync(join(root, "fixtures"))
  .filter((f) => f.endsWith(".jsv"))
  .sort()
  .map((f) => `fixtures/${f}`);

const runs = [
  ["to-json", "--type", "HoldSession", "fixtures/hold-session.sample.jsv"],
  ["fmt", "fixtures/session-info.sample.jsv"],
  ["to-json", "--type", "SessionInfo", "--whitespace", "trim", "fixtures/session-info.docs-sample.jsv"],
  ["from-json", "--type", "HoldSession", "--text-case", "pascal", "fixtures/hold-session.json"],
  ["check", "--type", "SessionInfo", "fixtures/session-info.jsv", "fixtures/session-info.formatted.jsv", "fixtures/session-info.sample.jsv"],
  ["check", ...fixtures],
];

let failed = 0;
for (const args of runs) {
  process.stdout.write(`\n$ jsv ${args.join(" ")}\n`);
  const r = spawnSync(process.execPath, [join(root, "dist/bin.js"), ...args], { cwd: root, encoding: "utf8" });
  process.stdout.write(r.stdout.endsWith("\n") || r.stdout === "" ? r.stdout : `${r.stdout}\n`);
  process.stdout.write(r.stderr);
  if (r.status === 0 && r.stdout === "" && r.stderr === "") process.stdout.write("(all valid)\n");
  if (r.status !== 0) {
    process.stdout.write(`(exit ${r.status})\n`);
    failed++;
  }
}
process.stdout.write(failed ? `\n${failed} command(s) failed\n` : `\nall ${runs.length} commands succeeded\n`);
process.exitCode = failed ? 1 : 0;
