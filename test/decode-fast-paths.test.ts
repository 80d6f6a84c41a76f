import { execFileSync } from "node:child_process";
import fc from "fast-check";
import { afterEach, describe, expect, test } from "vitest";
import { alias, boolean, dto, enumeration, int, JsvDecodeError, JsvSyntaxError, lazy, list, pascal, SessionInfo, setCompile, string } from "../src/index.js";
import type { Codec, DecodeOptions } from "../src/index.js";
import { grammar } from "../src/grammar/index.js";
import { arbitrary } from "../src/testing.js";
import * as gallery from "./gallery/dtos.js";

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

// Results are built once an object is read, by a constructor compiled per DTO (named stores
// into fields V8 sizes for the DTO: fast-mode objects, as JSON.parse makes), or, where
// nothing is compiled, member by member. Both give plain objects with the members present
// in field-map order.
describe("results", () => {
  afterEach(() => setCompile({ enabled: true, decode: false }));

  /** Every object in `v` (at any depth) has Object.prototype; keys listed in order. */
  function shapeOf(v: unknown): unknown {
    if (Array.isArray(v)) return v.map(shapeOf);
    if (v === null || typeof v !== "object" || v instanceof Date || v instanceof Uint8Array || v instanceof Map) return v;
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    return Object.entries(v).map(([k, x]) => [k, shapeOf(x)]);
  }

  const codecs: [string, Codec<any>][] = [
    ["SessionInfo", SessionInfo],
    ...Object.entries(gallery)
      .filter((e): e is [string, Codec<any>] => (e[1] as { kind?: unknown }).kind === "dto")
      .slice(0, 40),
  ];

  test.each(codecs)("%s: compiled and interpreted builders give the same objects, keys in the same order", (_, codec) => {
    let values: unknown[];
    try {
      values = fc.sample(arbitrary(codec), { seed: 12, numRuns: 25 });
    } catch {
      return; // a member kind the arbitraries do not make
    }
    for (const value of values) {
      const text = codec.encode(value as never);
      // Members out of order and repeated: the result still lists them in field-map order.
      const shuffled = text.length > 2 ? `{${text.slice(1, -1).split(/,(?=[A-Za-z]+:)/).reverse().join(",")}}` : text;
      for (const t of [text, shuffled]) {
        const compiled = outcome(() => shapeOf(codec.decode(t)));
        setCompile(false);
        const interpreted = outcome(() => shapeOf(codec.decode(t)));
        setCompile(true);
        expect(compiled).toStrictEqual(interpreted);
      }
    }
  });

  test("member order is the field map's, whatever the text's, on every path", () => {
    for (const on of [true, false]) {
      setCompile(on);
      expect(Object.keys(Thing.decode("{name:n,flags:[True],state:Hold,on:False}"))).toEqual(["state", "on", "flags", "name"]);
      expect(Object.keys(Thing.decode("{name:n,flags:[True],state:Hold,on:False}", { reader: grammar }))).toEqual(["state", "on", "flags", "name"]);
      // A later spelling wins; an empty one removes the member.
      expect(Thing.decode("{name:a,state:Hold,name:b,on:True,on:}")).toStrictEqual({ state: "Hold", name: "b" });
    }
  });

  test("a member named __proto__ is an own member, never the prototype", () => {
    const Evil = dto("Evil", { a: string(), ["__proto__"]: string(), constructor: string(), b: string() });
    for (const on of [true, false]) {
      setCompile(on);
      const v = Evil.decode("{a:1,__proto__:p,constructor:c,b:2}") as Record<string, unknown>;
      expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
      expect(Object.keys(v)).toEqual(["a", "__proto__", "constructor", "b"]);
      expect(Object.getOwnPropertyDescriptor(v, "__proto__")?.value).toBe("p");
      expect(({} as Record<string, unknown>).a).toBeUndefined();
    }
  });

  test("a decoded SessionInfo is a fast-mode object in V8, as JSON.parse's", () => {
    // Stores by a computed key into {} turn an object of more than a dozen members into a
    // dictionary; the compiled builder's named stores do not. Asked of V8 in a child process.
    const sample = Object.fromEntries(SessionInfo.members.filter((m) => m.field.kind === "string").map((m) => [m.name, `v-${m.name}`]));
    const script = `
      import { SessionInfo } from ${JSON.stringify(new URL("../dist/index.js", import.meta.url).href)};
      const text = ${JSON.stringify(SessionInfo.encode(sample))};
      const fast = (v) => %HasFastProperties(v);
      const compiled = SessionInfo.decode(text);
      console.log(JSON.stringify({ members: Object.keys(compiled).length, compiled: fast(compiled), json: fast(JSON.parse(JSON.stringify(compiled))) }));
    `;
    const out = execFileSync(process.execPath, ["--allow-natives-syntax", "--input-type=module", "-e", script], { encoding: "utf8" });
    const r = JSON.parse(out) as { members: number; compiled: boolean; json: boolean };
    expect(r.members).toBeGreaterThan(20);
    expect(r.json).toBe(true);
    expect(r.compiled).toBe(true);
  });
});

describe("compiled builders", () => {
  afterEach(() => setCompile({ enabled: true, decode: false, onCompile: undefined }));

  test("each DTO's result builder is reported as a decode result, once", () => {
    const reports: string[] = [];
    setCompile({ onCompile: (r) => reports.push(`${r.what}:${r.name}`) });
    const Fresh = dto("Fresh", { a: int(), b: string() });
    Fresh.decode("{a:1,b:x}");
    Fresh.decode("{a:2}");
    expect(reports).toEqual(["decode result:Fresh"]);
  });

  test("a compile: false codec compiles nothing, also reached through lazy()", () => {
    const reports: string[] = [];
    setCompile({ onCompile: (r) => reports.push(`${r.what}:${r.name}`) });
    const Node: Codec<{ a?: number; next?: unknown }> = dto("Node", { a: int(), next: lazy((): Codec<any> => Node) }, { compile: false });
    expect(Node.decode("{a:1,next:{a:2,next:{a:3}}}")).toEqual({ a: 1, next: { a: 2, next: { a: 3 } } });
    Node.encode({ a: 1, next: { a: 2 } });
    expect(reports).toEqual([]);
  });
});

describe("a large enum", () => {
  const names = Array.from({ length: 40 }, (_, i) => `Code${i}`);
  const Big = enumeration("Big", names as [string, ...string[]]);
  const HasBig = dto("HasBig", { e: Big, es: list(Big) });

  test("gives the values and errors the tree decoder gives", () => {
    expect(agree(HasBig, `{e:Code39,es:[${names.join(",")}]}`)).toEqual({ value: { e: "Code39", es: names } });
    for (const text of ["{e:code7}", "{e:Code40}", "{e:Code3 }", "{e:39}", "{es:[Code1,,Code2]}"]) agree(HasBig, text);
  });
});

describe("the value lists one read hands to the next", () => {
  afterEach(() => setCompile({ enabled: true, decode: false }));

  test("a read that failed half-way leaves nothing to the next one", () => {
    for (const on of [true, false]) {
      setCompile(on);
      expect(() => Thing.decode("{state:Hold,name:n,on:maybe}")).toThrow(JsvDecodeError);
      expect(() => Thing.decode("{states:[{state:Hold,x:")).toThrow(JsvSyntaxError);
      expect(Thing.decode("{on:True}")).toStrictEqual({ on: true });
      expect(Thing.decode("{flags:[False]}")).toStrictEqual({ flags: [false] });
    }
  });

  test("a read inside a read (a field that decodes) keeps its own", () => {
    const Inner = dto("Inner", { state: State, name: string() });
    const nested: import("../src/index.js").Field<unknown> = {
      kind: "nested",
      expected: "an Inner as text",
      write: (value, ctx) => ctx.out.write(`"${Inner.encode(value as never).replaceAll('"', '""')}"`),
      read: (text) => Inner.decode(text),
    };
    const Outer = dto("Outer", { before: string(), inner: nested, after: string() });
    for (const on of [true, false]) {
      setCompile(on);
      expect(Outer.decode('{before:b,inner:"{state:Hold,name:x}",after:a}')).toStrictEqual({ before: "b", inner: { state: "Hold", name: "x" }, after: "a" });
      expect(Outer.decode("{after:z}")).toStrictEqual({ after: "z" });
    }
  });
});
