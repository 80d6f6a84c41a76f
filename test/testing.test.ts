import fc from "fast-check";
import { expect, test } from "vitest";
import { char, dateTime, dateTimeOffset, dictionary, dto, enumeration, HoldSession, int, required, SessionInfo, string, ulong } from "../src/index.js";
import { arbitrary, hardKey, hardString } from "../src/testing.js";
import { exact } from "./gallery.js";

test("hardString covers what makes JSV strings hard", () => {
  const sample = fc.sample(hardString(), { numRuns: 3000, seed: 42 });
  const has = (p: (s: string) => boolean) => sample.some(p);
  expect(has((s) => s === "")).toBe(true);
  expect(has((s) => /^\s+\S/.test(s))).toBe(true); // leading space before content
  expect(has((s) => /\S\s+$/.test(s))).toBe(true); // trailing space after content
  expect(has((s) => /^\s+$/.test(s))).toBe(true); // whitespace only
  for (const c of ['"', ":", ",", "{", "}", "[", "]", "\r", "\n"]) expect(has((s) => s.includes(c)), JSON.stringify(c)).toBe(true);
  expect(has((s) => /[\u{10000}-\u{10FFFF}]/u.test(s))).toBe(true); // astral
  expect(has((s) => s === "True" || s === "null" || s === "2020-01-02T03:04:05Z")).toBe(true);
});

test("hardKey never generates ServiceStack's empty-key mark, but does generate the empty key", () => {
  const keys = fc.sample(hardKey(), { numRuns: 3000, seed: 7 });
  expect(keys).not.toContain("\u200b");
  expect(keys).toContain("");
});

test("arbitrary(codec) gives values of the field map only, with every member sometimes present", () => {
  const values = fc.sample(arbitrary(SessionInfo), { numRuns: 500, seed: 1 });
  const known = new Set(Object.keys(SessionInfo.fields));
  const seen = new Set<string>();
  for (const v of values) for (const k of Object.keys(v)) {
    expect(known.has(k), k).toBe(true);
    seen.add(k);
  }
  expect([...seen].sort()).toEqual([...known].sort());
  const reasons = new Set(fc.sample(arbitrary(HoldSession), { numRuns: 300, seed: 3 }).map((v) => v.reason));
  expect(reasons).toEqual(new Set([undefined, "None", "Transferring"]));
});

test("arbitrary covers the CLR kinds: ticks, offsets, nameless enum values, Map keys, required members", () => {
  const Region = enumeration("Region", { Africa: 1, Asia: 3 });
  const T = dto("T", {
    at: dateTime(),
    off: dateTimeOffset(),
    region: Region,
    byId: dictionary(int(), string()),
    c: char(),
    must: required(ulong()),
  });
  const values = fc.sample(arbitrary(T), { numRuns: 400, seed: 5 });
  const has = (p: (v: (typeof values)[number]) => boolean) => values.some(p);
  expect(values.every((v) => typeof v.must === "bigint")).toBe(true);
  expect(has((v) => ((v.at as { subMsTicks?: number } | undefined)?.subMsTicks ?? 0) > 0)).toBe(true);
  expect(has((v) => ((v.off as { offsetMinutes?: number } | undefined)?.offsetMinutes ?? 0) !== 0)).toBe(true);
  expect(has((v) => typeof v.region === "number")).toBe(true);
  expect(has((v) => v.region === "Asia")).toBe(true);
  expect(has((v) => v.byId instanceof Map && v.byId.size > 1)).toBe(true);
  expect(has((v) => v.c === "," || v.c === '"')).toBe(true);
  for (const v of values) expect(exact(T.decode(T.encode(v)))).toEqual(exact(v));
});
