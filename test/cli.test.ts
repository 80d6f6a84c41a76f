import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import fc from "fast-check";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { fitNumbers, JsonInputError, JsonPrecisionError, LossyNumber, readJson } from "../src/cli-json.js";
import { readBounded } from "../src/cli-input.js";
import { decimal, double, dto, int, list, long, map } from "../src/index.js";
import { runCli } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "jsv-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

const run = runCli;

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
    expect(r.stderr).toContain("nope.jsv: cannot read: no such file");
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

  test("JSON nested deeper than JSV can be is exit 1 with a message, at any depth", async () => {
    for (const depth of [513, 2_000, 100_000]) {
      const r = await run(["from-json"], "[".repeat(depth) + "]".repeat(depth));
      expect(r.code, `depth ${depth}`).toBe(1);
      expect(r.stderr).toMatch(/^<stdin>:1:\d+: invalid JSON: nesting deeper than 512 levels/);
    }
  });

  test("--out-dir writes .jsv files", async () => {
    const src = file("req.json", '{"callSid":"CA9"}');
    const out = join(dir, "out-jsv");
    expect((await run(["from-json", "--type", "HoldSession", "--out-dir", out, src])).code).toBe(0);
    expect(readFileSync(join(out, "req.jsv"), "utf8")).toBe("{callSid:CA9}");
  });
});

describe("fmt and check", () => {
  test("fmt lays out as ServiceStack does, ending with a newline like to-json", async () => {
    expect(await run(["fmt"], "{a:1,b:[x]}")).toEqual({ code: 0, stdout: "{\n\ta: 1,\n\tb: \n\t[\n\t\tx\n\t]\n}\n", stderr: "" });
    expect((await run(["fmt", good])).stdout.endsWith("}\n")).toBe(true);
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

describe("never loses or overwrites silently", () => {
  test("two inputs of one name with --out-dir: a usage error that names them, nothing written", async () => {
    mkdirSync(join(dir, "a"), { recursive: true });
    mkdirSync(join(dir, "b"), { recursive: true });
    const one = file("a/same.jsv", "{a:1}");
    const two = file("b/same.jsv", "{a:2}");
    const out = join(dir, "out-same");
    const r = await run(["to-json", "--out-dir", out, one, two]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${one} and ${two} would both be written to ${join(out, "same.json")}`);
    expect(existsSync(out)).toBe(false);
  });

  test("the same file twice is not a clash", async () => {
    const out = join(dir, "out-twice");
    expect((await run(["to-json", "--out-dir", out, good, good])).code).toBe(0);
  });

  test("a result that would overwrite an input: a usage error", async () => {
    const jsvInput = file("in-place.jsv", "{a:1}");
    const r = await run(["fmt", "--out-dir", dir, jsvInput, good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`would overwrite the input ${jsvInput}`);
    expect(readFileSync(jsvInput, "utf8")).toBe("{a:1}");
  });

  test("an --out-dir that is a file: exit 2 with a message, no stack trace", async () => {
    const notDir = file("not-a-dir", "x");
    const r = await run(["to-json", "--out-dir", notDir, good]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out-dir ${notDir}: is a file, not a directory`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const under = await run(["to-json", "--out-dir", join(notDir, "sub"), good]);
    expect(under.code).toBe(2);
    expect(under.stderr).toContain("a folder on its path is not a directory");
  });

  test("a result that cannot be written: exit 3, the others still written", async () => {
    const out = join(dir, "out-blocked");
    mkdirSync(join(out, "good.json"), { recursive: true });
    const r = await run(["to-json", "--out-dir", out, good, laidOut]);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${join(out, "good.json")}: cannot write: is a directory`);
    expect(existsSync(join(out, "laid-out.json"))).toBe(true);
  });
});

describe("- is standard input", () => {
  test("as the only FILE", async () => {
    expect(await run(["to-json", "-"], "{a:b}")).toEqual({ code: 0, stdout: '{\n  "a": "b"\n}\n', stderr: "" });
  });

  test("among files for check, named <stdin>", async () => {
    const r = await run(["check", good, "-"], "[a");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:1:3: /);
  });

  test("twice, or with --out-dir: a usage error", async () => {
    expect((await run(["check", "-", "-"], "{}")).code).toBe(2);
    const r = await run(["to-json", "--out-dir", join(dir, "out-stdin"), "-", good], "{}");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("standard input (-) has no name");
  });
});

describe("read errors and input that is not text", () => {
  test("in words: no such file, is a directory", async () => {
    const r = await run(["check", join(dir, "missing.jsv"), dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("missing.jsv: cannot read: no such file");
    expect(r.stderr).toContain(`${dir}: cannot read: is a directory`);
  });

  test.runIf(existsSync("/dev/zero"))("an endless input is stopped at its first NUL byte, not read into memory", async () => {
    const r = await run(["check", "/dev/zero"]);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toContain("/dev/zero: cannot read: not a text file: a NUL byte at byte 0");
  });

  test("readBounded stops past its limit and says so", async () => {
    async function* endless() {
      for (;;) yield new Uint8Array(1024).fill(0x61);
    }
    await expect(readBounded(endless(), 1_000_000)).rejects.toThrow("too large to read: more than 1000000 bytes");
    async function* two() {
      yield new Uint8Array([0x61, 0x62]);
      yield new Uint8Array([0x63, 0x00]);
    }
    await expect(readBounded(two())).rejects.toThrow("a NUL byte at byte 3");
  });

  test("a NUL byte: reported with its offset, not converted", async () => {
    const bin = join(dir, "nul.jsv");
    writeFileSync(bin, Buffer.from([0x7b, 0x61, 0x3a, 0x00, 0x7d]));
    const r = await run(["to-json", bin]);
    expect(r).toMatchObject({ code: 1, stdout: "" });
    expect(r.stderr).toContain("nul.jsv: cannot read: not a text file: a NUL byte at byte 3");
    expect((await run(["to-json"], "{a:\0}")).stderr).toContain("<stdin>: cannot read: not a text file");
  });

  test("invalid UTF-8: reported with its offset, from a file or standard input", async () => {
    const latin1 = join(dir, "latin1.jsv");
    writeFileSync(latin1, Buffer.from("{name:Andr\xe9}", "latin1"));
    const r = await run(["to-json", latin1]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("latin1.jsv: cannot read: not UTF-8 text: an invalid byte sequence at byte 10");
    const s = await run(["fmt"], new Uint8Array([0x7b, 0x61, 0x3a, 0xed, 0xa0, 0x80, 0x7d]));
    expect(s.code).toBe(1);
    expect(s.stderr).toContain("<stdin>: cannot read: not UTF-8 text: an invalid byte sequence at byte 3");
  });

  test("UTF-8 with a BOM and astral characters is text", async () => {
    const r = await run(["to-json"], new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("{a:\u{1f600}}")]));
    expect(r).toEqual({ code: 0, stdout: '{\n  "a": "\u{1f600}"\n}\n', stderr: "" });
  });
});

/** A readJson value as JSON.parse gives it: each LossyNumber as the double JSON.parse rounds it to. */
function asParsed(v: unknown): unknown {
  if (v instanceof LossyNumber) return Number(v.source);
  if (Array.isArray(v)) return v.map(asParsed);
  if (v !== null && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, asParsed(x)]));
  return v;
}

describe("from-json never rounds a number silently", () => {
  test("untyped: an integer beyond 2^53 and a long fraction keep their digits", async () => {
    const r = await run(["from-json"], '{"big":12345678901234567890,"neg":-9007199254740993,"fine":9007199254740992,"frac":0.1000000000000000000001,"huge":1e400,"small":1.5e-7}');
    expect(r).toEqual({ code: 0, stdout: "{big:12345678901234567890,neg:-9007199254740993,fine:9007199254740992,frac:0.1000000000000000000001,huge:1e400,small:1.5E-07}", stderr: "" });
  });

  test("typed: a field that would round it is an error at the number's place", async () => {
    const r = await run(["from-json", "--type", "HoldSession"], '{\n  "callSid": 12345678901234567890\n}');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>:2:14: the number 12345678901234567890 would be rounded/);
  });

  test("a long() keeps every digit, a decimal() its text, an int() or double() refuses", () => {
    const Money = dto("Money", { id: long(), amount: decimal(), count: int(), rate: double(), ids: list(long()), byName: map(long()) });
    const json = '{"id":-9223372036854775808,"amount":79228162514264337593543950335,"count":3,"rate":0.5,"ids":[1,9007199254740993],"byName":{"x":18446744073709551615}}';
    const fitted = fitNumbers(readJson(json), Money) as Record<string, unknown>;
    expect(fitted.id).toBe(-9223372036854775808n);
    expect(fitted.amount).toBe("79228162514264337593543950335");
    expect(fitted.ids).toEqual([1n, 9007199254740993n]);
    expect(() => Money.encode(fitted as never)).toThrowError(/byName\.x/); // beyond a long: the codec says so
    expect(Money.encode({ ...(fitted as object), byName: {} } as never)).toBe("{id:-9223372036854775808,amount:79228162514264337593543950335,count:3,rate:0.5,ids:[1,9007199254740993],byName:{}}");
    expect(() => fitNumbers(readJson('{"count":12345678901234567890}'), Money)).toThrowError(JsonPrecisionError);
    expect(() => fitNumbers(readJson('{"rate":0.1000000000000000000001}'), Money)).toThrowError(/would be rounded/);
  });

  test("readJson reads what JSON.parse reads, and refuses what it refuses", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(readJson(text)).toEqual(JSON.parse(text));
      }),
    );
    const unit = fc.constantFrom(..."{}[],:\"0123456789.eE+-tfnrulas \\\n".split(""));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 16 }), (text) => {
        let want: unknown;
        try {
          want = JSON.parse(text);
        } catch {
          expect(() => readJson(text), JSON.stringify(text)).toThrowError(JsonInputError);
          return;
        }
        // The same value, a number kept as its text (LossyNumber) standing for its double.
        expect(asParsed(readJson(text)), JSON.stringify(text)).toEqual(want);
      }),
      { numRuns: 3000 },
    );
    expect(Object.hasOwn(readJson('{"__proto__":{"x":1}}') as object, "__proto__")).toBe(true);
  });
});

describe("exit codes", () => {
  const codes = ["0", "1", "2", "3", "70"];
  test("every exit code is in the usage text and the README", async () => {
    const usage = (await run(["--help"])).stdout;
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## The `jsv` CLI"), readme.indexOf("### Fixtures"));
    for (const code of codes) {
      expect(usage).toMatch(new RegExp(`^\\s+${code}\\s+\\S`, "m"));
      expect(section).toMatch(new RegExp(`\\|\\s*${code}\\s*\\|`));
    }
  });

  test("70 is what bin.ts gives for an internal error", () => {
    expect(readFileSync(new URL("../src/bin.ts", import.meta.url), "utf8")).toContain("process.exitCode = 70");
  });
});
