import { describe, expect, test } from "vitest";
import { alias, boolean, dto, enumeration, int, JsvDecodeError, JsvSyntaxError, list, pascal, string } from "../src/index.js";
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

// Member names are compared in place, the wire (camelCase) spelling then the PascalCase one,
// from the member after the last one found.
const Named = dto("Named", {
  id: int(),
  url: pascal(string(), "URL"),
  odd: alias(string(), "odd:name"),
  spaced: alias(string(), " sp"),
  quoted: alias(string(), '"q'),
  zw: alias(string(), "\u200b"),
  x: string(),
  xy: string(),
  xyz: pascal(string(), "TheXyz"),
});

describe("member names matched in the text", () => {
  test.each([
    ["{id:1,url:a,x:b,xy:c,xyz:d}", { id: 1, url: "a", x: "b", xy: "c", xyz: "d" }],
    ["{Id:1,URL:a,X:b,Xy:c,TheXyz:d}", { id: 1, url: "a", x: "b", xy: "c", xyz: "d" }],
    ["{xyz:d,xy:c,x:b,url:a,id:1}", { id: 1, url: "a", x: "b", xy: "c", xyz: "d" }],
    ["{xy:c,x:b}", { x: "b", xy: "c" }],
    ["{Url:a,XYZ:d,thexyz:e}", { url: "a", xyz: "e" }],
    // A bare key ends at its first `:`: this is the key `odd`, unknown, not the member `odd:name`.
    ["{odd:name:v}", {}],
    ['{"odd:name":v}', { odd: "v" }],
    ["{x:1,x:2,X:3}", { x: "3" }],
    ["{ sp:a}", { spaced: "a" }],
    ['{"""q":a}', { quoted: "a" }],
    ['{"q:a}', undefined],
    ["{\u200b:a}", {}],
    ["{x:1,x:}", {}],
    ["{ x:1, xy :2}", { x: "1", xy: "2" }],
    ["{unknown:1,xy:2}", { xy: "2" }],
  ])("%s", (text, value) => {
    const outcome = agree(Named, text);
    if (value !== undefined) expect(outcome).toEqual({ value });
  });
});
