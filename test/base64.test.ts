import fc from "fast-check";
import { describe, expect, test, vi } from "vitest";
import { formatBytes, parseBytes } from "../src/dotnet.js";

// The library's own Base64 (no Buffer, so that it runs in browsers) against Node's.
const node = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const BASE64_SHAPE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

describe("Base64", () => {
  test("writes what Node writes, and reads it back", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = formatBytes(bytes);
        expect(text).toBe(node(bytes));
        expect(parseBytes(text)).toEqual(bytes);
        expect(parseBytes(text.replace(/=+$/, ""))).toEqual(bytes);
      }),
    );
  });

  test("accepts exactly the standard shapes, decoding as Node does", () => {
    const chars = fc.constantFrom(..."AZaz09+/=-_ *\u00e9".split(""));
    fc.assert(
      fc.property(fc.string({ unit: chars, maxLength: 12 }), (text) => {
        const got = parseBytes(text);
        if (BASE64_SHAPE.test(text.trim())) expect(got).toEqual(new Uint8Array(Buffer.from(text, "base64")));
        else expect(got, JSON.stringify(text)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });

  test.each(["", "AA==", "AAE=", "AAEC", " AAEC\t"])("reads %j", (text) => {
    expect(parseBytes(text)).toEqual(new Uint8Array(Buffer.from(text.trim(), "base64")));
  });

  test.each(["A", "A===", "AA=", "AAA==", "AAAA=", "AA=A", "AA\u00e9A", "-_AA"])("refuses %j", (text) => {
    expect(parseBytes(text)).toBeUndefined();
  });

  test("runs where Buffer does not exist", () => {
    const saved = globalThis.Buffer;
    try {
      // @ts-expect-error: Buffer removed, as in a browser
      delete globalThis.Buffer;
      expect(parseBytes(formatBytes(new Uint8Array([0, 1, 2, 253, 254, 255])))).toEqual(new Uint8Array([0, 1, 2, 253, 254, 255]));
    } finally {
      globalThis.Buffer = saved;
    }
  });

  test("a 4 MB value round-trips", () => {
    const bytes = new Uint8Array(4 * 1024 * 1024 + 1);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    const text = formatBytes(bytes);
    // Compared as Buffers: a deep equality of 4 million elements takes the test runner minutes.
    expect(text.length).toBe(Math.ceil(bytes.length / 3) * 4);
    expect(text === node(bytes)).toBe(true);
    expect(Buffer.from(parseBytes(text)!).equals(bytes)).toBe(true);
  });

  test("writes without TextDecoder too", async () => {
    const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) & 255);
    const saved = globalThis.TextDecoder;
    try {
      // @ts-expect-error: removed, as in a runtime without it; the module reads it at load
      delete globalThis.TextDecoder;
      vi.resetModules();
      const fresh = await import("../src/dotnet.js");
      expect(typeof globalThis.TextDecoder).toBe("undefined");
      expect(fresh.formatBytes(bytes)).toBe(node(bytes));
    } finally {
      globalThis.TextDecoder = saved;
    }
  });
});
