import { describe, expect, test } from "vitest";
import { thrownBy } from "./helpers.js";
import { bytes, char, dateTime, decimal, dictionary, dto, float, guid, int, JsvEncodeError, JsvError, list, pascal, string } from "../src/index.js";
import { grammar } from "../src/grammar/index.js";
import { parseSingle } from "../src/dotnet.js";

// Findings of a review of the CLR builders, each pinned: what encode writes reads back as the
// same value, or encode refuses it.

describe("dictionary keys that would read back as one", () => {
  test.each([
    ["a Guid in two spellings", dictionary(guid(), int()), new Map([["aaaaaaaa-0000-0000-0000-000000000000", 1], ["AAAAAAAA000000000000000000000000", 2]]), "AAAAAAAA000000000000000000000000"],
    ["two Dates of one instant", dictionary(dateTime(), int()), new Map([[new Date(0), 1], [new Date(0), 2]]), String(new Date(0))],
    ["floats one float32 apart", dictionary(float(), int()), new Map([[0.1, 1], [Math.fround(0.1), 2]]), String(Math.fround(0.1))],
    ["the empty key and U+200B", dictionary(string(), int()), new Map([["", 1], ["\u200b", 2]]), "\u200b"],
  ])("%s: refused (duplicate-key), not written twice", (_, field, value, secondKey) => {
    const E = dto("E", { x: field });
    const error = thrownBy(() => E.encode({ x: value } as never));
    expect(error).toBeInstanceOf(JsvEncodeError);
    expect((error as JsvEncodeError).code).toBe("duplicate-key");
    // At the second key's path.
    expect((error as JsvEncodeError).path).toContain(secondKey);
  });

  test("distinct texts still pass, and a null value leaves its key free", () => {
    const E = dto("E", { x: dictionary(guid(), int()) });
    const x = new Map<string, number | null>([["aaaaaaaa-0000-0000-0000-000000000000", null], ["AAAAAAAA000000000000000000000000", 2], ["bbbbbbbb-0000-0000-0000-000000000000", 3]]);
    expect(E.encode({ x: x as Map<string, number> })).toBe("{x:{aaaaaaaa000000000000000000000000:2,bbbbbbbb000000000000000000000000:3}}");
  });
});

describe("decimal(): what encode accepts reads back as the same string", () => {
  const E = dto("E", { x: decimal() });

  test.each([" 1.5", "1.5 ", "\t2"])("%j is refused, not trimmed", (x) => {
    expect(thrownBy(() => E.encode({ x }))).toBeInstanceOf(JsvEncodeError);
  });

  test.each(["1.5", "1.", ".5", "-0", "00001", "1.10"])("%j round-trips as written", (x) => {
    expect(E.decode(E.encode({ x })).x).toBe(x);
  });
});

describe("float(): read as .NET reads a Single, rounded once", () => {
  /** The exact decimal digits of 2^-n (5^n / 10^n), after "0.". */
  const tiny = (n: number) => String(5n ** BigInt(n)).padStart(n, "0");

  test.each([
    // Just above the midpoint of 1 and 1 + 2^-23: a double reads it as the midpoint, which rounds to even (1).
    ["1.00000005960464477539062500001", Math.fround(1 + 2 ** -23)],
    ["-1.00000005960464477539062500001", -Math.fround(1 + 2 ** -23)],
    // Just below the midpoint of 1 + 2^-23 and 1 + 2^-22 (even): rounds down, not to even.
    ["1.00000017881393432617187499999", Math.fround(1 + 2 ** -23)],
    ["1.000000178813934326171875e0", Math.fround(1 + 2 ** -22)], // the tie itself goes to even
    ["1.00000005960464477539062499999", 1],
    [`0.${tiny(150)}1`, 2 ** -149], // just above half the smallest subnormal
    [`0.${tiny(150)}`, 0],
    ["0.1", Math.fround(0.1)],
    ["3.4028235E+38", Math.fround(3.4028235e38)],
  ])("%s", (text, value) => {
    expect(parseSingle(text)).toBe(value);
    expect(dto("E", { x: float() }).decode(`{x:${text}}`).x).toBe(value);
  });

  test("a tie settled by its millionth digit (compared as digits, not through BigInt)", () => {
    const text = `1.000000059604644775390625${"0".repeat(1_000_000)}1`;
    expect(parseSingle(text)).toBe(Math.fround(1 + 2 ** -23));
  });
});

describe("float(): written with the shortest digits at powers of two too", () => {
  // The float32 below a power of two is twice as close as the one above: the nearest 8 digits
  // miss, the 8 digits one step up read back; .NET writes those, not 9 digits.
  test.each([
    [2 ** -96, "1.2621775E-29"],
    [-(2 ** -96), "-1.2621775E-29"],
    [2 ** 90, "1.2379401E+27"],
    [2 ** 87, "1.5474251E+26"],
    [1, "1"],
    [2 ** -149, "1E-45"],
  ])("%s", (value, text) => {
    const E = dto("E", { x: float() });
    expect(E.encode({ x: value })).toBe(`{x:${text}}`);
    expect(E.decode(`{x:${text}}`).x).toBe(value);
  });
});

describe("float(): a tie between two shortest spellings goes to the even digit, as .NET writes it", () => {
  // JavaScript's toPrecision rounds a tie half up; .NET's shortest digits (Dragon4) round it to even.
  test.each([
    [2097152.25, "2097152.2"],
    [-2097152.25, "-2097152.2"],
    [1646422.75, "1646422.8"],
    [45630.1875, "45630.188"],
    [2 ** -12, "0.00024414062"],
    [2097152.5, "2097152.5"],
  ])("%s", (value, text) => {
    const E = dto("E", { x: float() });
    expect(E.encode({ x: value })).toBe(`{x:${text}}`);
    expect(E.decode(`{x:${text}}`).x).toBe(value);
  });
});

describe("dictionary keys that could not be read back are refused when written", () => {
  test("a Char key U+200B (the empty key's spelling; it would read back as no Char)", () => {
    const E = dto("E", { x: dictionary(char(), int()) });
    expect(thrownBy(() => E.encode({ x: new Map([["\u200b", 1]]) }))).toBeInstanceOf(JsvEncodeError);
    expect(E.decode(E.encode({ x: new Map([["a", 1], [",", 2]]) })).x).toEqual(new Map([["a", 1], [",", 2]]));
  });

  test("an empty byte[] key (written \"\", which reads back as that text)", () => {
    const E = dto("E", { x: dictionary(bytes(), int()) });
    expect(thrownBy(() => E.encode({ x: new Map([[new Uint8Array(0), 1]]) }))).toBeInstanceOf(JsvEncodeError);
    const x = new Map([[new Uint8Array([255, 1]), 1]]);
    expect(E.encode({ x })).toBe("{x:{/wE=:1}}");
    expect([...E.decode("{x:{/wE=:1}}").x!.keys()].map((k) => [...k])).toEqual([[255, 1]]);
  });
});

describe("pascal(): the PascalCase name finds the member in every reader and any case", () => {
  const A = dto("A", { pa: pascal(int(), "PAID"), n: string() });
  test.each([
    ["{PAID:1}", { pa: 1 }],
    ["{paid:1}", { pa: 1 }],
    ["{Paid:1,N:x}", { pa: 1, n: "x" }],
    ["{pa:1}", { pa: 1 }],
  ])("%s", (text, value) => {
    expect(A.decode(text)).toEqual(value);
    expect(A.decode(text, { reader: grammar })).toEqual(value);
    expect(A.decode(text, { unknownKeys: "error" })).toEqual(value);
  });

  test("a PascalCase name that another member's name also spells is refused when the codec is built", () => {
    expect(() => dto("B", { pa: pascal(int(), "X"), x: int() })).toThrow(TypeError);
    expect(() => dto("C", { x: int(), pa: pascal(int(), "x") })).toThrow(TypeError);
  });
});

describe("a typed list longer than the longest string is too large at once", () => {
  test.each([["strings", string()], ["ints", int()]] as const)("list of %s", (_name, item) => {
    const L = dto("L", { l: list(item) });
    // Counts the items read: a writer that walks 2^32 - 1 empty slots first reads them all.
    let reads = 0;
    const huge = new Proxy(new Array(2 ** 32 - 1), {
      get(target, key, receiver) {
        if (typeof key === "string" && key !== "length" && Number.isInteger(Number(key)) && ++reads > 1000) throw new Error("still reading");
        return Reflect.get(target, key, receiver);
      },
    });
    const error = thrownBy(() => L.encode({ l: huge }));
    expect(error).toBeInstanceOf(JsvError);
    expect((error as JsvError).code).toBe("output-too-large");
    expect(reads).toBe(0);
  });
});
