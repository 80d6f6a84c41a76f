import { describe, expect, test } from "vitest";
import { boolean, dto, enumeration, JsvDecodeError, JsvSyntaxError, list, string } from "../src/index.js";
import type { Codec, DecodeOptions } from "../src/index.js";
import { grammar } from "../src/grammar/index.js";

// The one-pass decoder's shortcuts (issue 12): enum and boolean values matched in the text
// without making a string. Each case is held to the grammar's tree decoded by the same field
// map, which takes no shortcut: the same value, or the same error.

const State = enumeration("State", ["None", "Hold", "HoldLonger"]);
const Renamed = enumeration("Renamed", { A: 0, B: 1 }, { wireNames: { A: "alpha", B: "beta" } });
const Access = enumeration("Access", { Read: 1, Write: 2 }, { flags: true });
const Open = enumeration("Open", { Low: 1, High: 10 });
const Thing = dto("Thing", {
  state: State,
  on: boolean(),
  renamed: Renamed,
  access: Access,
  open: Open,
  states: list(State),
  flags: list(boolean()),
  name: string(),
});

function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    if (error instanceof JsvSyntaxError) return { syntax: error.offset };
    if (error instanceof JsvDecodeError) return { decode: error.path, code: error.code, line: error.message };
    throw error;
  }
}

function agree(codec: Codec<unknown>, text: string, options: DecodeOptions = {}): unknown {
  const fast = outcome(() => codec.decode(text, options));
  const tree = outcome(() => codec.decode(text, { ...options, reader: grammar }));
  // The tree decoder has no line and column; compare what both have.
  const strip = (o: unknown) => (o !== null && typeof o === "object" && "line" in o ? { ...o, line: undefined } : o);
  expect(strip(tree), JSON.stringify(text)).toEqual(strip(fast));
  return fast;
}

describe("enum and boolean values matched in the text", () => {
  test.each([
    ["{state:Hold}", { state: "Hold" }],
    ["{state:HoldLonger}", { state: "HoldLonger" }],
    ["{state:Hold,on:True}", { state: "Hold", on: true }],
    ["{on:False,state:None}", { on: false, state: "None" }],
    ["{states:[Hold,None,HoldLonger],flags:[True,False]}", { states: ["Hold", "None", "HoldLonger"], flags: [true, false] }],
    ["{states:[Hold,,None]}", { states: ["Hold", null, "None"] }],
    ["{renamed:beta}", { renamed: "B" }],
    ["{renamed:B}", { renamed: "B" }],
    ["{access:3}", { access: 3 }],
    ["{access:Read}", { access: 1 }],
    ["{open:10}", { open: "High" }],
    ["{open:High}", { open: "High" }],
  ])("%s", (text, value) => {
    expect(agree(Thing, text)).toEqual({ value });
  });

  test.each([
    // A prefix of a longer token is not the constant: the whole token is read.
    "{state:Holding}",
    "{state:HoldLongerStill}",
    "{on:Truest}",
    // Other spellings go through the field's own read.
    "{state:hold}",
    "{state: Hold}",
    "{state:Hold }",
    "{on:true}",
    "{on:1}",
    "{on: True}",
    "{on:True \n}",
    '{state:"Hold"}',
    "{state:1}",
    "{state:[Hold]}",
    "{state:{a:Hold}}",
    "{on:True:}",
    "{on:True",
    "{states:[Hold",
    "{states:[True]}",
  ])("%s reads as the tree decoder reads it", (text) => {
    for (const whitespace of ["auto", "preserve", "trim"] as const) agree(Thing, text, { whitespace });
  });

  test("a value after a line break is read in trim mode, as the rest of the text", () => {
    expect(agree(Thing, "{\n state: Hold,\n on: True\n}")).toEqual({ value: { state: "Hold", on: true } });
  });
});
