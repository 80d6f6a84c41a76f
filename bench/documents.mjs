// The benchmark's documents. Every one comes from the seeded SessionInfo generator behind
// fixtures/ (sessions-10000.json, made by `npm run fixtures` when it is missing): small
// documents are distinct sessions cut down to a target size, the 260 KB ones distinct runs
// of 100 sessions, the 26 MB one the whole fixture. Each document carries its data in every
// form an operation needs, each an ordinary fast-mode value (what JSON.parse returns).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const fixtures = join(root, "fixtures");

/** Makes the generated fixtures when they are missing (they are never committed). */
export function ensureFixtures() {
  if (existsSync(join(fixtures, "sessions-10000.jsv")) && existsSync(join(fixtures, "sessions-10000.json"))) return;
  process.stderr.write("fixtures/sessions-10000.* missing: running npm run fixtures\n");
  const r = spawnSync("npm", ["run", "fixtures", "--silent"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error("npm run fixtures failed");
}

/** The 10,000 generated sessions, as plain values. */
export function sessions() {
  ensureFixtures();
  return JSON.parse(readFileSync(join(fixtures, "sessions-10000.json"), "utf8"));
}

/**
 * `count` distinct sessions, each cut down to between 95% and 100% of `target` bytes of
 * compact JSV: log entries go first, then members, then members of the session from the
 * end. Sessions that cannot land in the window are skipped, so the set is deterministic.
 */
export function smallValues(all, encode, target, count) {
  const out = [];
  for (let i = 0; i < all.length && out.length < count; i++) {
    const v = structuredClone(all[i]);
    const size = () => Buffer.byteLength(encode(v));
    let n = size();
    if (n < target * 0.95) continue;
    while (n > target && v.log?.length > 0) (v.log.pop(), (n = size()));
    while (n > target && v.members?.length > 1) (v.members.pop(), (n = size()));
    const keys = Object.keys(v);
    for (let k = keys.length - 1; n > target && k > 0; k--) {
      delete v[keys[k]];
      n = size();
    }
    // Fast mode again after the deletes: a server's response is never shaped like this.
    if (n >= target * 0.95 && n <= target) out.push(JSON.parse(JSON.stringify(v)));
  }
  if (out.length < count) throw new Error(`only ${out.length} documents fit ${target} bytes`);
  return out;
}

/**
 * One document in every form: `jsv` (compact, what a server sends), `json` (the same data),
 * `value` (the typed value as JSON.parse gives it), `tree` (what `parse` gives, as
 * JSON.parse gives it: every scalar a string).
 */
export function documentOf(value, codec, parse) {
  const jsv = codec.encode(value);
  const json = JSON.stringify(value);
  return { jsv, json, value: JSON.parse(json), tree: JSON.parse(JSON.stringify(parse(jsv))), bytes: Buffer.byteLength(jsv) };
}
