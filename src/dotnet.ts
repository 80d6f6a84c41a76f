/**
 * The text forms .NET gives scalars in JSV, written and read as ServiceStack.Text does on
 * .NET Core: doubles, DateTimes, TimeSpans, Guids and byte arrays. Each reader returns
 * `undefined` for text it does not accept, and the caller says where.
 */

/**
 * A double as .NET Core 3.0+ writes it: shortest round-trip digits; with the value as
 * d.ddd×10^e and n digits, scientific iff e >= max(17, n) or e <= -5 (`1E+21`, `1.5E-07`).
 */
export function formatDouble(x: number): string {
  const ax = x < 0 ? -x : x;
  // JavaScript writes the same shortest digits plainly in this range.
  if (ax >= 1e-4 && ax < 1e17) return String(x);
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  if (x !== x) return "NaN";
  if (ax === Infinity) return x < 0 ? "-Infinity" : "Infinity";
  // Outside it, .NET always uses scientific notation; toExponential() gives the shortest digits.
  const exp = x.toExponential();
  const e = exp.indexOf("e");
  const mantissa = exp.slice(0, e);
  const power = Number(exp.slice(e + 1));
  const abs = power < 0 ? -power : power;
  return `${mantissa}E${power < 0 ? "-" : "+"}${abs < 10 ? "0" : ""}${abs}`;
}

/** Whether `text` is a double in the invariant culture, as ServiceStack's double reader takes it. */
export function parseDouble(text: string): number | undefined {
  const t = text.trim();
  if (t === "NaN") return NaN;
  if (t === "Infinity" || t === "+Infinity" || t === "∞") return Infinity;
  if (t === "-Infinity" || t === "-∞") return -Infinity;
  if (!/^[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(t)) return undefined;
  return Number(t.replace(/,/g, ""));
}

/** An Int32 as ServiceStack reads it: optional whitespace and `-`, digits, in range. */
export function parseInt32(text: string): number | undefined {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

/** An Int64 as ServiceStack reads it, as a bigint. */
export function parseInt64(text: string): bigint | undefined {
  const t = text.trim();
  if (!/^-?\d+$/.test(t)) return undefined;
  const n = BigInt(t);
  return n >= -(2n ** 63n) && n < 2n ** 63n ? n : undefined;
}

/** A decimal kept as its text, so that no digit or trailing zero is lost (`1.10`). */
export function parseDecimalText(text: string): string | undefined {
  const t = text.trim();
  return /^-?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t) ? t : undefined;
}

const pad2 = (n: number) => (n < 10 ? "0" : "") + n;

/**
 * A Date as ServiceStack writes a UTC DateTime: `yyyy-MM-ddTHH:mm:ssZ`, seven fraction
 * digits when there are milliseconds, and `yyyy-MM-dd` at exactly midnight.
 * Returns undefined for an invalid Date or a year outside 1-9999 (.NET cannot hold it).
 */
export function formatDate(d: Date): string | undefined {
  const t = d.getTime();
  if (t !== t) return undefined;
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999) return undefined;
  const date = `${String(year).padStart(4, "0")}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  const ms = d.getUTCMilliseconds();
  if (h === 0 && m === 0 && s === 0 && ms === 0) return date;
  const time = `${date}T${pad2(h)}:${pad2(m)}:${pad2(s)}`;
  return ms === 0 ? `${time}Z` : `${time}.${String(ms).padStart(3, "0")}0000Z`;
}

const DATE_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A DateTime as ServiceStack writes one: `yyyy-MM-dd`, XSD date-times with `Z` or an offset
 * and up to seven fraction digits, and the WCF form `/Date(ms)/`. Text without an offset is
 * read as UTC (a client cannot know the server's zone). Sub-millisecond digits are refused
 * rather than rounded away, unless they are zeros.
 */
export function parseDate(text: string): Date | undefined {
  const t = text.trim();
  const wcf = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/.exec(t);
  if (wcf) return checked(new Date(Number(wcf[1])));
  const m = DATE_RE.exec(t);
  if (!m) return undefined;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "", zone] = m;
  if (frac.length > 3 && !/^0*$/.test(frac.slice(3))) return undefined;
  const ms = Number(frac.slice(0, 3).padEnd(3, "0"));
  let time = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  const date = new Date(time);
  // Date.UTC rolls 2020-02-30 over to March; refuse instead.
  if (date.getUTCDate() !== Number(d) || date.getUTCMonth() !== Number(mo) - 1 || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) {
    return undefined;
  }
  if (Number(y) < 100) date.setUTCFullYear(Number(y));
  time = date.getTime();
  if (zone && zone !== "Z") {
    const sign = zone[0] === "-" ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    time -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60000;
  }
  return checked(new Date(time));
}

function checked(d: Date): Date | undefined {
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** .NET ticks per millisecond; a TimeSpan counts 100 ns ticks. */
const TICKS_PER_SECOND = 10_000_000n;

/**
 * A TimeSpan as its whole number of 100 ns ticks, written as ServiceStack writes it: an XSD
 * duration (`PT0S`, `P1DT2H3M4.5670001S`, `-P1D`).
 */
export function formatTimeSpan(ticks: bigint): string {
  if (ticks === 0n) return "PT0S";
  const negative = ticks < 0n;
  let rest = negative ? -ticks : ticks;
  const days = rest / (86400n * TICKS_PER_SECOND);
  rest %= 86400n * TICKS_PER_SECOND;
  const hours = rest / (3600n * TICKS_PER_SECOND);
  rest %= 3600n * TICKS_PER_SECOND;
  const minutes = rest / (60n * TICKS_PER_SECOND);
  rest %= 60n * TICKS_PER_SECOND;
  const seconds = rest / TICKS_PER_SECOND;
  const fraction = rest % TICKS_PER_SECOND;
  let out = `${negative ? "-" : ""}P${days > 0n ? `${days}D` : ""}`;
  if (hours > 0n || minutes > 0n || seconds > 0n || fraction > 0n) {
    out += "T";
    if (hours > 0n) out += `${hours}H`;
    if (minutes > 0n) out += `${minutes}M`;
    if (seconds > 0n || fraction > 0n) {
      const frac = fraction > 0n ? `.${String(fraction).padStart(7, "0").replace(/0+$/, "")}` : "";
      out += `${seconds}${frac}S`;
    }
  }
  return out;
}

const MAX_TICKS = 2n ** 63n - 1n;

/**
 * A TimeSpan in ticks from the forms ServiceStack reads: an XSD duration (`P1DT2H`),
 * `[-][d.]hh:mm:ss[.fffffff]`, or a number of seconds.
 */
export function parseTimeSpan(text: string): bigint | undefined {
  const t = text.trim();
  let ticks: bigint | undefined;
  const xsd = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d{1,7}))?S)?)?$/.exec(t);
  if (xsd && t !== "P" && t !== "-P" && !t.endsWith("T")) {
    const [, sign, d = "0", h = "0", m = "0", s = "0", f = ""] = xsd;
    ticks = toTicks(d, h, m, s, f, sign === "-");
  } else {
    const clock = /^(-)?(?:(\d+)\.)?(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,7}))?)?$/.exec(t);
    if (clock) {
      const [, sign, d = "0", h = "0", m = "0", s = "0", f = ""] = clock;
      if (Number(h) > 23 || Number(m) > 59 || Number(s) > 59) return undefined;
      ticks = toTicks(d, h, m, s, f, sign === "-");
    } else if (/^-?\d+(?:\.\d{1,7})?$/.test(t)) {
      const [whole = "0", f = ""] = t.replace("-", "").split(".");
      ticks = toTicks("0", "0", "0", whole, f, t.startsWith("-"));
    }
  }
  if (ticks === undefined || ticks > MAX_TICKS || ticks < -MAX_TICKS - 1n) return undefined;
  return ticks;
}

function toTicks(d: string, h: string, m: string, s: string, f: string, negative: boolean): bigint {
  const seconds = ((BigInt(d) * 24n + BigInt(h)) * 60n + BigInt(m)) * 60n + BigInt(s);
  const ticks = seconds * TICKS_PER_SECOND + BigInt(f.padEnd(7, "0"));
  return negative ? -ticks : ticks;
}

/** A Guid as ServiceStack writes it: 32 lower-case hex digits, no dashes. */
export function formatGuid(guid: string): string | undefined {
  return parseGuid(guid)?.replace(/-/g, "");
}

/**
 * A Guid from any .NET text form (32 hex digits, dashed, in braces or parentheses), in the
 * canonical dashed lower-case form JavaScript code uses.
 */
export function parseGuid(text: string): string | undefined {
  const t = text.trim();
  const m = /^[{(]?([0-9a-fA-F]{8})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{4})-?([0-9a-fA-F]{12})[})]?$/.exec(t);
  if (!m) return undefined;
  const open = t[0] === "{" || t[0] === "(";
  const close = t.endsWith("}") || t.endsWith(")");
  if (open !== close) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}-${m[4]}-${m[5]}`.toLowerCase();
}

// Base64 by hand, not with Node's Buffer, so that the library runs in browsers and other
// runtimes; one pass each way, no regular expression.
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Char code to its 6-bit value; -1 for a character outside the alphabet. */
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) BASE64_VALUE[BASE64.charCodeAt(i)] = i;
const BASE64_CODE = Uint8Array.from(BASE64, (c) => c.charCodeAt(0));
/** Characters turned into a string at a time where TextDecoder is missing: far below any engine's argument limit. */
const CHUNK = 0x1000;
/** Base64 is ASCII, which UTF-8 decodes natively and fast; every browser and Node have it. */
const ascii = typeof TextDecoder === "function" ? new TextDecoder() : undefined;

/** byte[] as ServiceStack writes it: standard Base64 with padding. */
export function formatBytes(bytes: Uint8Array): string {
  const n = bytes.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4);
  let o = 0;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const v = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out[o++] = BASE64_CODE[v >>> 18]!;
    out[o++] = BASE64_CODE[(v >>> 12) & 63]!;
    out[o++] = BASE64_CODE[(v >>> 6) & 63]!;
    out[o++] = BASE64_CODE[v & 63]!;
  }
  if (i < n) {
    const two = i + 1 < n;
    const v = (bytes[i]! << 16) | (two ? bytes[i + 1]! << 8 : 0);
    out[o++] = BASE64_CODE[v >>> 18]!;
    out[o++] = BASE64_CODE[(v >>> 12) & 63]!;
    out[o++] = two ? BASE64_CODE[(v >>> 6) & 63]! : 61; // "="
    out[o++] = 61;
  }
  if (ascii) return ascii.decode(out);
  const parts: string[] = [];
  for (let at = 0; at < out.length; at += CHUNK) {
    parts.push(String.fromCharCode.apply(null, out.subarray(at, at + CHUNK) as unknown as number[]));
  }
  return parts.join("");
}

/**
 * Standard Base64 to bytes: groups of four, then two characters with optional `==` or three
 * with optional `=`; anything else (other characters, misplaced padding, one lone
 * character) is refused, not skipped. Surrounding whitespace is ignored.
 */
export function parseBytes(text: string): Uint8Array | undefined {
  const t = text.trim();
  let end = t.length;
  let padding = 0;
  while (padding < 2 && end > 0 && t.charCodeAt(end - 1) === 61) {
    end--;
    padding++;
  }
  const tail = end % 4;
  if (tail === 1 || (tail === 0 && padding > 0) || (tail === 2 && padding === 1) || (tail === 3 && padding === 2)) return undefined;
  const out = new Uint8Array(((end >>> 2) * 3) + (tail === 0 ? 0 : tail - 1));
  let o = 0;
  let bits = 0;
  let count = 0;
  for (let i = 0; i < end; i++) {
    const c = t.charCodeAt(i);
    const v = c < 128 ? BASE64_VALUE[c]! : -1;
    if (v < 0) return undefined;
    bits = (bits << 6) | v;
    if (++count === 4) {
      out[o++] = bits >>> 16;
      out[o++] = (bits >>> 8) & 255;
      out[o++] = bits & 255;
      bits = 0;
      count = 0;
    }
  }
  // The leftover bits below the last whole byte are ignored, as .NET and Node ignore them.
  if (count === 2) out[o++] = (bits >>> 4) & 255;
  else if (count === 3) {
    out[o++] = (bits >>> 10) & 255;
    out[o++] = (bits >>> 2) & 255;
  }
  return out;
}
