import { describe, expect, test } from "vitest";
import { cli, type CliIO } from "../src/cli.js";
import { dto, format, JsvError, list, parse, SessionInfo, string, stringify } from "../src/index.js";
import { grammar } from "../src/grammar/index.js";
import { thrownBy } from "./helpers.js";
import { hostileTexts, longScalars, ScalarMembers } from "./hostile-texts.js";

// Issue 9 item 1 at the limits of memory: a text whose pretty or JSON form would pass the
// engine's longest string (about 2^29 characters in V8) is our error, never a RangeError.
// Each case builds about 500 MB, so it is slow and lives here.

/** 2 MB of valid JSV whose pretty form, 511 TABs a line, is about 600 MB. */
const deep = () => "[".repeat(511) + "a,".repeat(1_100_000) + "a" + "]".repeat(511);
/** 600 references to one 1 MB string: 600 MB of JSV from a few megabytes of memory. */
const wide = () => Array.from({ length: 600 }, () => "x".repeat(1_000_000));

function expectTooLarge(run: () => unknown): void {
  const error = thrownBy(run);
  expect(error).toBeInstanceOf(JsvError);
  expect((error as JsvError).code).toBe("output-too-large");
}

async function runCli(argv: string[], stdin: string) {
  let stdout = "";
  let stderr = "";
  const io: CliIO = { readStdin: async () => stdin, writeStdout: (t) => void (stdout += t), writeStderr: (t) => void (stderr += t), stderrIsTTY: false };
  return { code: await cli(argv, io), stdout, stderr };
}

describe("output too large is a JsvError", () => {
  test("format", () => expectTooLarge(() => format(deep())));
  test("stringify", () => expectTooLarge(() => stringify(wide())));
  test("encode", () => expectTooLarge(() => dto("L", { items: list(string()) }).encode({ items: wide() })));

  test.each([["fmt"], ["to-json"]])("jsv %s: exit 1 with a message", async (command) => {
    const r = await runCli([command], deep());
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^<stdin>: the output is too large/);
    expect(r.stdout).toBe("");
  });
});

// Issue 9 item 2: the grammar at full size (the quick suite runs it at a tenth): no regular
// expression's backtracking stack, no call stack but real nesting.
describe("every reader on hostile texts at full size", () => {
  // The quick suite runs every reader at a quarter of this size; the grammar, slowest by
  // far, runs at a fortieth there, so here it meets each text whole, in every mode.
  test.each(hostileTexts)("%s", (_name, make) => {
    const text = make(1_000_000);
    const runs = [() => parse(text, { reader: grammar }), () => parse(text, { whitespace: "trim", reader: grammar }), () => parse(text), () => format(text), () => SessionInfo.decode(text)];
    for (const run of runs) {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(JsvError);
        expect((error as JsvError).code).not.toBe("too-deep");
      }
    }
  });

  test("a 6.8 MB quoted string of doubled quotes reads as the fast reader reads it", () => {
    const text = `"${'""'.repeat(3_400_000)}"`;
    expect(parse(text, { reader: grammar }) === parse(text)).toBe(true);
    const member = `{a:"${'""'.repeat(1_000_000)}",b:c}`;
    expect(parse(member, { reader: grammar })).toEqual(parse(member));
  });
});

describe("long scalars of 2,000,000 digits stay linear and end in a value or our error", () => {
  test.each(Object.keys(ScalarMembers.fields))("member %s", { timeout: 120_000 }, (member) => {
    for (const shape of longScalars(2_000_000)) {
      try {
        ScalarMembers.decode(`{${member}:${shape}}`);
      } catch (error) {
        expect(error).toBeInstanceOf(JsvError);
      }
    }
  });
});
