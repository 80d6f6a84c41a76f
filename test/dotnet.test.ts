import { describe, expect, test } from "vitest";
import { parseDate } from "../src/dates.js";
import { formatTimeSpan, parseBytes, parseDouble, parseGuid, parseInt32, parseInt64, parseTimeSpan } from "../src/dotnet.js";

describe("TimeSpan as ServiceStack writes and reads it", () => {
  const ticks = (ms: number) => BigInt(Math.round(ms * 10_000));
  test.each([
    [0n, "PT0S"],
    [ticks(86_400_000), "P1D"],
    [ticks(3_600_000), "PT1H"],
    [ticks(60_000), "PT1M"],
    [ticks(1000), "PT1S"],
    [ticks(1), "PT0.001S"],
    [1n, "PT0.0000001S"],
    [ticks(93_784_567) + 1n, "P1DT2H3M4.5670001S"],
    [-ticks(86_400_000), "-P1D"],
    [ticks(3605 * 86_400_000), "P3605D"],
    [9223372036854775807n, "P10675199DT2H48M5.4775391S"],
    [-9223372036854775808n, "-P10675199DT2H48M5.4775391S"],
  ])("%s ticks is %s, and back", (t, text) => {
    expect(formatTimeSpan(t)).toBe(text);
    expect(parseTimeSpan(text)).toBe(t);
  });

  test("a span of millennia is written through double arithmetic, as ServiceStack writes it (from the gallery vectors)", () => {
    expect(formatTimeSpan(4419711538146299873n)).toBe("P5115406DT20H56M54.6300049S");
  });

  test.each([
    ["01:02:03", 37_230_000_000n],
    ["1.02:03:04.5", 937_845_000_000n],
    ["-00:00:01", -10_000_000n],
    ["90", 900_000_000n],
    [" PT1S ", 10_000_000n],
    ["P10675199DT2H48M5.4775807S", 9223372036854775807n],
  ])("also reads %j", (text, t) => {
    expect(parseTimeSpan(text)).toBe(t);
  });

  test.each(["", "P", "PT", "1:2:3:4", "PT1.12345678S", "P99999999999999D", "00:60:00", "abc"])("refuses %j", (text) => {
    expect(parseTimeSpan(text)).toBeUndefined();
  });
});

describe("DateTime", () => {
  test.each([
    ["2020-01-02", "2020-01-02T00:00:00.000Z"],
    ["2020-01-02T03:04:05Z", "2020-01-02T03:04:05.000Z"],
    ["2020-01-02T03:04:05.1230000Z", "2020-01-02T03:04:05.123Z"],
    ["2020-01-02T03:04:05+02:00", "2020-01-02T01:04:05.000Z"],
    ["2020-01-02T03:04:05-0530", "2020-01-02T08:34:05.000Z"],
    ["2020-01-02 03:04:05", "2020-01-02T03:04:05.000Z"],
    ["/Date(1577934245000)/", "2020-01-02T03:04:05.000Z"],
    ["0001-01-01", "0001-01-01T00:00:00.000Z"],
  ])("reads %s", (text, iso) => {
    expect(parseDate(text)?.toISOString()).toBe(iso);
  });

  test.each(["2020-02-30", "2020-13-01", "2020-01-02T24:00:00Z", "2020-01-02T03:04:05.12345678Z", "yesterday", "", "0000-01-01", "0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-01:00", "2020-01-02T03:04:05+15:00"])(
    "refuses %j (nothing .NET writes, or outside years 1-9999)",
    (text) => {
      expect(parseDate(text)).toBeUndefined();
    },
  );
});

describe("numbers, Guids and bytes", () => {
  test("doubles in the invariant culture, with group separators and specials", () => {
    expect(parseDouble("1,234.5")).toBe(1234.5);
    expect(parseDouble(" -1.5E-07 ")).toBe(-1.5e-7);
    expect(parseDouble("NaN")).toBeNaN();
    expect(parseDouble("-Infinity")).toBe(-Infinity);
    expect(parseDouble("1.2.3")).toBeUndefined();
    expect(parseDouble("0x10")).toBeUndefined();
  });

  test("Int32 and Int64 refuse what does not fit", () => {
    expect(parseInt32("2147483647")).toBe(2147483647);
    expect(parseInt32("2147483648")).toBeUndefined();
    expect(parseInt32("1.0")).toBeUndefined();
    expect(parseInt64("-9223372036854775808")).toBe(-9223372036854775808n);
    expect(parseInt64("9223372036854775808")).toBeUndefined();
  });

  test("Guids in every .NET form come back dashed and lower-case", () => {
    const canonical = "7da74353-a40c-468e-93aa-7ff51f4f0e84";
    for (const text of ["7da74353a40c468e93aa7ff51f4f0e84", "7DA74353-A40C-468E-93AA-7FF51F4F0E84", "{7da74353-a40c-468e-93aa-7ff51f4f0e84}", "(7da74353a40c468e93aa7ff51f4f0e84)"]) {
      expect(parseGuid(text)).toBe(canonical);
    }
    expect(parseGuid("{7da74353a40c468e93aa7ff51f4f0e84")).toBeUndefined();
    expect(parseGuid("7da74353")).toBeUndefined();
  });

  test("Base64 is strict", () => {
    expect(parseBytes("AEFh/w==")).toEqual(new Uint8Array([0, 65, 97, 255]));
    expect(parseBytes("AEFh/w")).toEqual(new Uint8Array([0, 65, 97, 255]));
    expect(parseBytes("AE*h")).toBeUndefined();
    expect(parseBytes("A")).toBeUndefined();
  });
});
