#!/usr/bin/env node
// Regenerates fixtures/ byte for byte: copies the seed samples, generates realistic
// SessionInfo documents from a seeded generator, and has the jsv CLI itself write every
// derived file (compact JSV, its JSON twin), then records each file's size and SHA-256 in
// fixtures/manifest.json. The 10,000-session pair (64 MB) is not in git: it is made here
// on demand.
//   (no flag)      regenerate every file and the manifest
//   --if-missing   regenerate only when a file the manifest lists is missing or differs
//                  in size (what `npm run bench` runs first)
//   --check        regenerate into a temporary folder and compare: committed files byte for
//                  byte, every file with the manifest; exit 1 on any difference
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const seed = join(root, "test/vectors/seed");
const fixtures = join(root, "fixtures");
const manifestPath = join(fixtures, "manifest.json");
const MANIFEST = "manifest.json";
/** Generated on demand and ignored by git (see .gitignore); the manifest vouches for them. */
const LARGE = new Set(["sessions-10000.jsv", "sessions-10000.json"]);
const check = process.argv.includes("--check");
const ifMissing = process.argv.includes("--if-missing");

if (ifMissing) {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  const stale = Object.entries(manifest.files).filter(([file, { bytes }]) => {
    const path = join(fixtures, file);
    return !existsSync(path) || statSync(path).size !== bytes;
  });
  if (stale.length === 0) process.exit(0);
  console.error(`fixtures: generating ${stale.map(([f]) => f).join(", ")}`);
}

const out = check ? mkdtempSync(join(tmpdir(), "jsv-fixtures-")) : fixtures;
const bin = join(root, "dist/bin.js");
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");

function jsv(...args) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  if (r.status !== 0) throw new Error(`jsv ${args.join(" ")} failed (${r.status}):\n${r.stderr}`);
  return r.stdout;
}

// mulberry32: small, fast, and the same sequence everywhere for a seed.
function rng(seedValue) {
  let a = seedValue >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ["Ana", "Bob", "Chidi", "Dana", "Élodie", "Farah", "Grace", "Hiro", "Ines", "Jamal", "Kai", "Léa", "Mateo", "Nia", "Oskar", "Priya"];
const LAST = ["O'Brien", "Smith", "Nakamura", "García", "Okafor", "Müller", "Chen", "Johansson", "Dubois", "Kowalski"];
const COMPANIES = ['Acme "West" Inc', "Globex, LLC", "Initech", "Umbrella Corp.", "Stark Industries", "Wayne Enterprises", "Hooli [EU]", "Vandelay Imports"];
const OUTCOMES = ["Completed", "Voicemail", "No answer", "Transferred: billing", "Abandoned", "Callback scheduled"];
const MESSAGES = [
  "Call started",
  "Ringing agent {agent}",
  "Agent {agent} answered",
  "Customer said: \"I need help, please\"",
  "Put on hold: transferring to [billing]",
  "Recording paused, PCI",
  "Note: callback at 14:30",
  "Call ended by customer",
];
const QUEUES = ["Sales", "Support", "Billing", "Priority: VIP", "After hours"];

function generator(seedValue) {
  const r = rng(seedValue);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const int = (n) => Math.floor(r() * n);
  const hex = (n) => Array.from({ length: n }, () => "0123456789abcdef"[int(16)]).join("");
  const sid = (prefix) => prefix + hex(32);
  const phone = () => `+1${200 + int(800)}${String(int(10_000_000)).padStart(7, "0")}`;
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  let clock = Date.UTC(2026, 0, 5, 8, 0, 0);
  const date = () => {
    clock += int(90_000) + 1000;
    return new Date(clock).toISOString().replace(/\.\d{3}Z$/, "Z");
  };

  function member(agent) {
    const m = {
      identity: agent ? `agent:${name().toLowerCase().replace(/[^a-z]+/g, ".")}` : `client:${phone()}`,
      endpointId: sid("EP"),
      displayName: agent ? name() : pick([name(), `${pick(LAST)}, ${pick(FIRST)}`]),
      isOriginalMember: !agent,
      applicationData: {},
      callState: pick(["None", "Ringing", "Connected", "Hold"]),
      role: agent ? pick(["Agent", "Transfer"]) : "Caller",
      callSid: sid("CA"),
      muted: r() < 0.1,
    };
    if (r() < 0.6) m.avatarUrl = `https://cdn.example.com/avatars/${hex(12)}.png?size=64`;
    const entries = int(4);
    for (let i = 0; i < entries; i++) m.applicationData[pick(["crmId", "locale", "tags", "note", "skill", "priority"])] = pick(["en-US", "vip,returning", "A:1", "gold", String(int(100)), 'said "hi"', ""]);
    return m;
  }

  return function session() {
    const started = date();
    const agent = name();
    const incoming = r() < 0.7;
    const ended = r() < 0.8;
    const s = {
      dialState: pick(["None", "Active"]),
      callState: ended ? "Disconnected" : pick(["Ringing", "Connected", "Hold", "Passive"]),
      queueState: pick(["None", "Queued", "Ringing", "Connected", "Hold", "Disconnected"]),
      accountId: sid("AC"),
      accountName: pick(COMPANIES),
      customerId: sid("CU"),
      customerBreadcrumb: Array.from({ length: 1 + int(3) }, () => ({ id: sid("CB"), name: pick([...COMPANIES, name()]) })),
      customerName: r() < 0.5 ? name() : `${pick(LAST)}, ${pick(FIRST)}`,
      endpointId: sid("EP"),
      endpointName: `${agent}'s desk phone`,
      destination: incoming ? phone() : pick([phone(), `sip:${hex(6)}@pbx.example.com:5060`]),
      toAddress: phone(),
      fromAddress: phone(),
      fromName: name(),
      answeredByName: agent,
      queueMemberId: sid("QM"),
      channel: pick(["Voice", "Voice", "Voice", "Chat", "Fax"]),
      ended,
      callSid: sid("CA"),
      holdReason: pick(["None", "Transferring"]),
      displayName: `${pick(QUEUES)} - ${name()}`,
      log: [],
      members: [member(false), member(true)],
      answeredById: sid("US"),
      direction: incoming ? "Incoming" : "Outgoing",
      fromPhoneNumber: phone(),
      mostRecentParticipantCallSid: sid("CA"),
      wasMissed: r() < 0.15,
      id: sid("SE"),
      dateCreated: started,
      createdBy: sid("US"),
    };
    if (ended) s.dateCompleted = date();
    if (ended) s.outcome = pick(OUTCOMES);
    if (r() < 0.3) s.consoleData = JSON.stringify({ screen: "pop", ticket: int(99999) });
    if (s.callState === "Hold") {
      s.holdQueueName = pick(QUEUES);
      s.heldByUserId = sid("US");
    }
    if (r() < 0.4) s.conferenceSid = sid("CF");
    if (r() < 0.5) s.members.push(member(true));
    if (r() < 0.2) s.members.push(member(true));
    if (r() < 0.2) s.callbackNumber = phone();
    if (r() < 0.5) s.ringQueueId = sid("RQ");
    const entries = 5 + int(9);
    for (let i = 0; i < entries; i++) s.log.push({ date: date(), message: pick(MESSAGES).replace("{agent}", agent) });
    s.dateLastModified = date();
    s.lastModifiedBy = sid("US");
    return s;
  };
}

const work = mkdtempSync(join(tmpdir(), "jsv-gen-"));
try {
  // The seed samples, as they are.
  for (const file of readdirSync(seed)) {
    if (file.endsWith(".jsv") || file.endsWith(".json")) copyFileSync(join(seed, file), join(out, file));
  }
  // Generated documents: one session (the API's response), then lists of 100 and 10,000.
  const docs = [
    { name: "session-info", type: "SessionInfo", value: generator(1)() },
    { name: "sessions-100", type: "SessionInfo[]", value: Array.from({ length: 100 }, generator(100)) },
    { name: "sessions-10000", type: "SessionInfo[]", value: Array.from({ length: 10_000 }, generator(10_000)) },
  ];
  for (const doc of docs) {
    const source = join(work, `${doc.name}.json`);
    writeFileSync(source, JSON.stringify(doc.value));
    jsv("from-json", "--type", doc.type, "--out-dir", out, source);
    jsv("to-json", "--type", doc.type, "--out-dir", out, join(out, `${doc.name}.jsv`));
  }
  writeFileSync(join(out, "session-info.formatted.jsv"), jsv("fmt", join(out, "session-info.jsv")));
  // A request body to try from-json on.
  writeFileSync(join(out, "hold-session.json"), `${JSON.stringify({ callSid: "CA42", sessionId: "S-1, west", reason: "Transferring" }, null, 2)}\n`);

  const made = readdirSync(out)
    .filter((file) => file !== MANIFEST)
    .sort();
  const entries = {};
  for (const file of made) {
    const bytes = readFileSync(join(out, file));
    entries[file] = { bytes: bytes.length, sha256: sha256(bytes) };
  }
  const manifestText = `${JSON.stringify({ note: "Size and SHA-256 of every file scripts/fixtures.mjs makes; the large ones are not in git.", files: entries }, null, 2)}\n`;

  if (check) {
    let differ = 0;
    const fail = (message) => {
      console.error(message);
      differ++;
    };
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    for (const file of made) {
      const want = manifest.files[file];
      if (!want) fail(`fixtures/${file} is made but missing from fixtures/manifest.json`);
      else if (want.bytes !== entries[file].bytes || want.sha256 !== entries[file].sha256) fail(`fixtures/${file} differs from fixtures/manifest.json (${entries[file].bytes} bytes, sha256 ${entries[file].sha256})`);
      // Committed files are compared byte for byte too; the large ones, when present.
      const path = join(fixtures, file);
      if (!existsSync(path)) {
        if (!LARGE.has(file)) fail(`fixtures/${file} is missing`);
      } else if (!readFileSync(path).equals(readFileSync(join(out, file)))) fail(`fixtures/${file} differs from what the generator makes`);
    }
    for (const file of Object.keys(manifest.files)) if (!entries[file]) fail(`fixtures/manifest.json lists ${file}, which the generator no longer makes`);
    if (readFileSync(manifestPath, "utf8") !== manifestText) fail("fixtures/manifest.json is not what the generator writes (run npm run fixtures)");
    if (differ) process.exit(1);
    console.log(`fixtures: all ${made.length} files regenerate byte for byte (${LARGE.size} large ones checked against fixtures/manifest.json)`);
  } else {
    writeFileSync(manifestPath, manifestText);
    for (const file of made) console.log(`fixtures/${file}  ${entries[file].bytes} bytes${LARGE.has(file) ? " (not in git)" : ""}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
  if (check) rmSync(out, { recursive: true, force: true });
}
