import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { cli, type CliIO } from "../src/cli.js";

const dir = mkdtempSync(join(tmpdir(), "jsv-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** Runs the CLI in-process with the given standard input; collects what it prints. */
async function run(argv: string[], stdin = "", stderrIsTTY = false) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    readStdin: async () => stdin,
    writeStdout: (t) => void (stdout += t),
    writeStderr: (t) => void (stderr += t),
    stderrIsTTY,
  };
  const code = await cli(argv, io);
  return { code, stdout, stderr };
}

const good = file("good.jsv", "{callSid:CA1,reason:Transferring}");
const laidOut = file("laid-out.jsv", "{\n\tcallSid: CA2,\n\treason: None\n}\n");
const broken = file("broken.jsv", '{\n\tcallSid: "CA1"x\n}');
const badEnum = file("bad-enum.jsv", "{callSid:a,\nreason:Paused}");

describe("help, version and usage errors", () => {
  test("--help lists the commands; exit 0", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    for (const c of ["to-json", "from-json", "fmt", "check"]) expect(r.stdout).toContain(c);
  });

  test("each command has --help", async () => {
    for (const c of ["to-json", "from-json", "fmt", "check"]) {
      const r = await run([c, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: jsv ${c}`);
    }
  });

  test("--version prints the package version", async () => {
    const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
    expect(await run(["--version"])).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  test("no command: the usage on stderr, exit 2", async () => {
    const r = await run([]);
    expect(r).toMatchObject({ code: 2, stdout: "" });
    expect(r.stderr).toContain("Usage: jsv");
  });

  test.each([
    [["frobnicate"], /unknown command 'frobnicate'/],
    [["to-json", "--frob"], /Unknown option '--frob'/],
    [["to-json", "--type", "Nope"], /unknown --type 'Nope'; known types: HoldSession, SessionInfo/],
    [["to-json", "--whitespace", "squash"], /--whitespace must be auto, preserve or trim/],
    [["from-json", "--text-case", "pascal"], /--text-case needs --type/],
    [["from-json", "--type", "HoldSession", "--text-case", "snake"], /--text-case must be camel or pascal/],
    [["fmt", good, laidOut], /several FILEs need --out-dir/],
  ])("%j is a usage error: exit 2", async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(message);
  });
});

describe("to-json", () => {
  test("stdin to stdout, untyped: 2-space JSON with a trailing newline", async () => {
    expect(await run(["to-json"], "{a:1,b:[x,]}")).toEqual({ code: 0, stdout: '{\n  "a": "1",\n  "b": [\n    "x",\n    null\n  ]\n}\n', stderr: "" });
  });

  test("--type gives the typed value", async () => {
    const r = await run(["to-json", "--type", "SessionInfo"], "{ended:True,members:[{muted:0}]}");
    expect(JSON.parse(r.stdout)).toEqual({ ended: true, members: [{ muted: false }] });
  });

  test("--type DTO[] reads a list of them", async () => {
    const r = await run(["to-json", "--type", "HoldSession[]"], "[{reason:1},{callSid:x}]");
    expect(JSON.parse(r.stdout)).toEqual([{ reason: "Transferring" }, { callSid: "x" }]);
  });

  test("--whitespace preserve keeps the layout", async () => {
    const r = await run(["to-json", "--whitespace", "preserve"], "{a: x }");
    expect(JSON.parse(r.stdout)).toEqual({ a: " x " });
  });

  test("one FILE to stdout", async () => {
    const r = await run(["to-json", "--type", "HoldSession", laidOut]);
    expect(r).toEqual({ code: 0, stdout: '{\n  "callSid": "CA2",\n  "reason": "None"\n}\n', stderr: "" });
  });

  test("several FILEs with --out-dir", async () => {
    const out = join(dir, "out-json");
    const r = await run(["to-json", "--type", "HoldSession", "--out-dir", out, good, laidOut]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, "good.json"), "utf8"))).toEqual({ callSid: "CA1", reason: "Transferring" });
    expect(existsSync(join(out, "laid-out.json"))).toBe(true);
  });

  test("malformed JSV: FILE:LINE:COLUMN: message, exit 1", async () => {
    const r = await run(["to-json", broken]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${broken}:2:16: expected "," or "}" after the value of "callSid", found "x"\n`);
  });

  test("a decode error names the path and place", async () => {
    const r = await run(["to-json", "--type", "HoldSession", badEnum]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${badEnum}:2:8: reason: expected one of None, Transferring (SessionHoldReasons), received "Paused"\n`);
  });

  test("stdin errors are named <stdin>", async () => {
    const r = await run(["to-json"], "[a");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:1:3: expected/);
  });

  test("a missing file: exit 1, the others still converted", async () => {
    const out = join(dir, "out-missing");
    const r = await run(["to-json", "--out-dir", out, join(dir, "nope.jsv"), good]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("nope.jsv: cannot read: ENOENT");
    expect(existsSync(join(out, "good.json"))).toBe(true);
  });
});

describe("from-json", () => {
  test("untyped: stringify, no trailing newline", async () => {
    expect(await run(["from-json"], '{"a":"x,y","b":[1,null],"c":true}\n')).toEqual({ code: 0, stdout: '{a:"x,y",b:[1,],c:True}', stderr: "" });
  });

  test("typed, Pascal case", async () => {
    const r = await run(["from-json", "--type", "HoldSession", "--text-case", "pascal"], '{"callSid":"CA1","reason":"None","extra":1}');
    expect(r.stdout).toBe("{CallSid:CA1,Reason:None}");
  });

  test("a value that does not fit the type: exit 1 with its path", async () => {
    const r = await run(["from-json", "--type", "HoldSession"], '{"reason":"Paused"}');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>: reason: expected one of None, Transferring/);
  });

  test("bad JSON: exit 1 with line and column", async () => {
    const r = await run(["from-json"], '{\n  "a": 1,\n  oops\n}');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:3:3: invalid JSON: /);
  });

  test("--out-dir writes .jsv files", async () => {
    const src = file("req.json", '{"callSid":"CA9"}');
    const out = join(dir, "out-jsv");
    expect((await run(["from-json", "--type", "HoldSession", "--out-dir", out, src])).code).toBe(0);
    expect(readFileSync(join(out, "req.jsv"), "utf8")).toBe("{callSid:CA9}");
  });
});

describe("fmt and check", () => {
  test("fmt lays out as ServiceStack does, no trailing newline", async () => {
    expect(await run(["fmt"], "{a:1,b:[x]}")).toEqual({ code: 0, stdout: "{\n\ta: 1,\n\tb: \n\t[\n\t\tx\n\t]\n}", stderr: "" });
  });

  test("check: silent and exit 0 when every file is good", async () => {
    expect(await run(["check", "--type", "HoldSession", good, laidOut])).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  test("check: one line per bad file, exit 1", async () => {
    const r = await run(["check", "--type", "HoldSession", good, broken, badEnum]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:2:16: `));
    expect(lines[1]).toMatch(/bad-enum\.jsv:2:8: reason: /);
  });

  test("a progress line on a terminal, cleared at the end; none when stderr is not one", async () => {
    const r = await run(["check", good, laidOut], "", true);
    expect(r.stderr).toContain("[2/2]");
    expect(r.stderr.endsWith("\r\x1b[K")).toBe(true);
    expect((await run(["check", good, laidOut])).stderr).toBe("");
  });
});

test("end to end: the built binary converts a fixture and fails with exit 1 on bad input", () => {
  const bin = new URL("../dist/bin.js", import.meta.url).pathname;
  expect(existsSync(bin), "run npm run build first (npm test does)").toBe(true);
  const ok = spawnSync(process.execPath, [bin, "to-json", "--type", "SessionInfo", "fixtures/session-info.sample.jsv"], { encoding: "utf8" });
  expect(ok.status).toBe(0);
  expect(JSON.parse(ok.stdout)).toEqual(JSON.parse(readFileSync("fixtures/session-info.sample.json", "utf8")));
  const bad = spawnSync(process.execPath, [bin, "check", broken], { encoding: "utf8" });
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain(":2:16:");
  const usage = spawnSync(process.execPath, [bin, "to-json", "--type", "Nope"], { encoding: "utf8" });
  expect(usage.status).toBe(2);
});
