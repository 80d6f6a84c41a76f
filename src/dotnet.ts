/**
 * The text forms .NET gives scalars in JSV, written and read as ServiceStack.Text does on
 * .NET Core: numbers, TimeSpans, Guids and byte arrays (DateTimes are in dates.ts). Each reader returns
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

/** A float32's bits, for the lopsided rounding at powers of two and for stepping to the next float32. */
const F32 = new Float32Array(1);
const U32 = new Uint32Array(F32.buffer);

/**
 * A float (Single) as .NET Core 3.0+ writes it: the shortest digits that read back as the
 * same float32 (`3.4028235E+38`, `0.1`), scientific iff e >= max(9, n) or e <= -5.
 * `x` must already be a float32 value (`Math.fround(x) === x`).
 */
export function formatSingle(x: number): string {
  if (x === 0 || x !== x || x === Infinity || x === -Infinity) return formatDouble(x);
  let shortest = x;
  F32[0] = x;
  // At a power of two the float32 below is twice as close as the one above, so the digits one
  // step away from zero can read back where the nearest ones do not (2^-96 is 1.2621775E-29).
  const lopsided = (U32[0]! & 0x7fffff) === 0;
  // Nine significant digits tell every float32 apart; the first precision that does is the shortest.
  for (let p = 1; p <= 9; p++) {
    const nearest = x.toExponential(p - 1);
    shortest = Number(nearest);
    if (Math.fround(shortest) === x) {
      shortest = evenAtTie(x, nearest, p) ?? shortest;
      break;
    }
    if (lopsided) {
      const e = nearest.indexOf("e");
      const digits = BigInt(nearest.slice(0, e).replace(".", ""));
      const away = Number(`${digits + (x < 0 ? -1n : 1n)}e${Number(nearest.slice(e + 1)) - (p - 1)}`);
      if (Math.fround(away) === x) {
        shortest = away;
        break;
      }
    }
  }
  const exp = shortest.toExponential();
  const e = exp.indexOf("e");
  const power = Number(exp.slice(e + 1));
  const digits = exp.slice(0, e).replace(/[-.]/g, "").length;
  if (power > -5 && power < Math.max(9, digits)) return String(shortest);
  const abs = power < 0 ? -power : power;
  return `${exp.slice(0, e)}E${power < 0 ? "-" : "+"}${abs < 10 ? "0" : ""}${abs}`;
}

/**
 * JavaScript rounds a tie half up (`2097152.25` to 8 digits is `2097152.3`); .NET's shortest
 * digits round it to even (`2097152.2`), as IEEE does. Returns the even digits when `x` lies
 * exactly halfway between them and the odd `nearest`, both reading back as `x`; else undefined.
 */
function evenAtTie(x: number, nearest: string, p: number): number | undefined {
  const e = nearest.indexOf("e");
  const mantissa = nearest.slice(0, e).replace(".", "");
  if ((mantissa.charCodeAt(mantissa.length - 1) & 1) === 0) return undefined;
  const digits = BigInt(mantissa);
  const exp = Number(nearest.slice(e + 1)) - (p - 1);
  const magnitude = digits < 0n ? -digits : digits;
  const even = Number(`${digits < 0n ? -(magnitude - 1n) : magnitude - 1n}e${exp}`);
  if (Math.fround(even) !== x) return undefined;
  // Exactly halfway: 2 |x| 10^-exp = 2 |digits| - 1, with |x| = m 2^k from its bits.
  F32[0] = x;
  const bits = U32[0]! & 0x7fffffff;
  const field = bits >>> 23;
  const m = BigInt(field === 0 ? bits & 0x7fffff : (bits & 0x7fffff) | 0x800000);
  const k = (field === 0 ? -149 : field - 150) + 1;
  const num = m * 2n ** BigInt(Math.max(k, 0)) * 10n ** BigInt(Math.max(-exp, 0));
  const den = 2n ** BigInt(Math.max(-k, 0)) * 10n ** BigInt(Math.max(exp, 0));
  return num === (2n * magnitude - 1n) * den ? even : undefined;
}

/**
 * A float (Single) from the text a double is read from, rounded to float32 once, as .NET's
 * float parser rounds; a finite text beyond its range is refused.
 */
export function parseSingle(text: string): number | undefined {
  const d = parseDouble(text);
  if (d === undefined) return undefined;
  let f = Math.fround(d);
  if ((f === Infinity || f === -Infinity) && Number.isFinite(d)) return undefined;
  // Text -> double -> float32 rounds twice: a text just off the midpoint of two float32s can
  // read as that midpoint exactly, which then rounds to even. Such a tie is settled on the digits.
  if (f !== d && Number.isFinite(d)) {
    const other = nextFloat32(f, d > f);
    if (d - f === other - d) {
      const side = compareDigits(text, d);
      if (side !== 0 && side > 0 === d > 0 === other > f) f = other;
    }
  }
  return f;
}

/** The float32 next to `f` (a finite float32), upward or downward. */
function nextFloat32(f: number, up: boolean): number {
  if (f === 0) return up ? 2 ** -149 : -(2 ** -149);
  F32[0] = f;
  // Away from zero adds one to the bits; toward zero takes one.
  U32[0]! += f > 0 === up ? 1 : -1;
  return F32[0]!;
}

/** Significant digits without leading or trailing zeros, and the power of ten of the first (1.5 -> ["15", 0]). */
function decimalDigits(digits: string, point: number): [string, number] {
  let start = 0;
  while (start < digits.length && digits.charCodeAt(start) === 48) start++;
  let end = digits.length;
  while (end > start && digits.charCodeAt(end - 1) === 48) end--;
  return [digits.slice(start, end), point - start - 1];
}

/**
 * Whether the magnitude of the number `text` spells (as {@link parseDouble} reads it) is
 * above (1), equal to (0) or below (-1) that of `d`, compared on exact decimal digits: a
 * double is a finite decimal (m × 2^e is m × 5^-e / 10^-e).
 */
function compareDigits(text: string, d: number): number {
  let t = text.trim().replace(/,/g, "");
  if (t[0] === "-" || t[0] === "+") t = t.slice(1);
  const e = t.search(/[eE]/);
  const exponent = e < 0 ? 0 : Number(t.slice(e + 1));
  const mantissa = e < 0 ? t : t.slice(0, e);
  const dot = mantissa.indexOf(".");
  const whole = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const [a, pa] = decimalDigits(whole, (dot < 0 ? mantissa.length : dot) + exponent);
  // The double's exact digits: its 53-bit integer times 5^k over 10^k.
  let m = Math.abs(d);
  let k = 0;
  while (!Number.isInteger(m)) {
    m *= 2;
    k++;
  }
  const exact = String(BigInt(m) * 5n ** BigInt(k));
  const [b, pb] = decimalDigits(exact, exact.length - k);
  if (pa !== pb) return pa > pb ? 1 : -1;
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = i < a.length ? a.charCodeAt(i) : 48;
    const y = i < b.length ? b.charCodeAt(i) : 48;
    if (x !== y) return x > y ? 1 : -1;
  }
  return 0;
}

/** A whole number from `min` to `max` as ServiceStack reads one: optional whitespace and `-`, digits. */
export function parseInteger(text: string, min: number, max: number): number | undefined {
  const t = text.trim();
  if (!/^-?\d{1,20}$/.test(t)) return undefined;
  const n = Number(t) + 0; // `-0` reads as 0
  return n >= min && n <= max ? n : undefined;
}

/** A 64-bit whole number from `min` to `max`, as a bigint, so that no digit is lost. */
export function parseBigInteger(text: string, min: bigint, max: bigint): bigint | undefined {
  const t = text.trim();
  if (!/^-?\d{1,40}$/.test(t)) return undefined;
  const n = BigInt(t);
  return n >= min && n <= max ? n : undefined;
}

/** An Int32 as ServiceStack reads it: optional whitespace and `-`, digits, in range. */
export function parseInt32(text: string): number | undefined {
  return parseInteger(text, -2147483648, 2147483647);
}

/** An Int64 as ServiceStack reads it, as a bigint. */
export function parseInt64(text: string): bigint | undefined {
  return parseBigInteger(text, -(2n ** 63n), 2n ** 63n - 1n);
}

const MAX_DECIMAL_MANTISSA = 2n ** 96n - 1n;

/**
 * A decimal kept as its text, so that no digit or trailing zero is lost (`1.10`). Only what a
 * .NET `decimal` holds exactly: a 96-bit mantissa and at most 28 digits after the point
 * (up to `79228162514264337593543950335`); more would be rounded by the server, so it is refused.
 */
export function parseDecimalText(text: string): string | undefined {
  const t = text.trim();
  if (t.length > 64 || !/^-?(?:\d+(?:\.\d*)?|\.\d+)$/.test(t)) return undefined;
  const point = t.indexOf(".");
  if (point >= 0 && t.length - point - 1 > 28) return undefined;
  return BigInt(t.replace(/[-.]/g, "") || "0") <= MAX_DECIMAL_MANTISSA ? t : undefined;
}

/** .NET ticks per second; a TimeSpan counts 100 ns ticks. */
const TICKS_PER_SECOND = 10_000_000n;

/** TimeSpan.MaxValue and MinValue as ServiceStack writes (and reads) them. */
const MAX_SPAN = "P10675199DT2H48M5.4775391S";
const MIN_SPAN = "-P10675199DT2H48M5.4775391S";

/**
 * A TimeSpan as its whole number of 100 ns ticks, written as ServiceStack writes it: an XSD
 * duration (`PT0S`, `P1DT2H3M4.5670001S`, `-P1D`), computed as ServiceStack computes it, in
 * double arithmetic: exact to the tick for spans up to a few hundred days; beyond, the
 * seconds' fraction is what ServiceStack writes too (`P5115406DT20H56M54.6300049S`), and
 * MaxValue and MinValue are its constants.
 */
export function formatTimeSpan(ticks: bigint): string {
  if (ticks >= MAX_TICKS) return MAX_SPAN;
  if (ticks <= -MAX_TICKS - 1n) return MIN_SPAN;
  const negative = ticks < 0n;
  const t = Number(negative ? -ticks : ticks);
  const totalSeconds = t / 1e7;
  const whole = Math.trunc(totalSeconds);
  let rest = whole;
  const sec = rest % 60;
  rest = Math.trunc(rest / 60);
  const min = rest % 60;
  rest = Math.trunc(rest / 60);
  const hours = rest % 24;
  const days = Math.trunc(rest / 24);
  const remaining = sec + (totalSeconds - whole);
  let out = `${negative ? "-" : ""}P${days > 0 ? `${days}D` : ""}`;
  if (days === 0 || hours + min + sec + remaining > 0) {
    out += "T";
    if (hours > 0) out += `${hours}H`;
    if (min > 0) out += `${min}M`;
    if (remaining > 0) out += `${fixed7(remaining)}S`;
    else if (out === "PT") out += "0S";
  }
  return out;
}

/**
 * `x.ToString("0.0000000")` as .NET writes it, trailing zeros and point trimmed: the double
 * to 15 significant digits first (a custom format's precision), then rounded half up to seven
 * decimals on those digits.
 */
function fixed7(x: number): string {
  const exp = x.toExponential(14);
  const e = exp.indexOf("e");
  const mantissa = BigInt(exp.slice(0, e).replace(".", ""));
  const shift = Number(exp.slice(e + 1)) - 7;
  let scaled: bigint;
  if (shift >= 0) scaled = mantissa * 10n ** BigInt(shift);
  else {
    const unit = 10n ** BigInt(-shift);
    scaled = mantissa / unit + ((mantissa % unit) * 2n >= unit ? 1n : 0n);
  }
  const digits = String(scaled).padStart(8, "0");
  const fraction = digits.slice(-7).replace(/0+$/, "");
  return digits.slice(0, -7) + (fraction === "" ? "" : `.${fraction}`);
}

const MAX_TICKS = 2n ** 63n - 1n;

/**
 * A TimeSpan in ticks from the forms ServiceStack reads: an XSD duration (`P1DT2H`),
 * `[-][d.]hh:mm:ss[.fffffff]`, or a number of seconds.
 */
export function parseTimeSpan(text: string): bigint | undefined {
  const t = text.trim();
  if (t === MAX_SPAN) return MAX_TICKS;
  if (t === MIN_SPAN) return -MAX_TICKS - 1n;
  // The longest TimeSpan is far shorter; BigInt of a huge digit string would take quadratic time.
  if (t.length > 64) return undefined;
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
  const first = t[0];
  const last = t[t.length - 1];
  const open = first === "{" || first === "(";
  const close = last === "}" || last === ")";
  // `{…}` and `(…)` only: a mismatched pair is refused, so encode never writes what decode would not read.
  if (open !== close || (open && (first === "{") !== (last === "}"))) return undefined;
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
  // The leftover bits below the last whole byte are ignored, as Node's decoder ignores them.
  if (count === 2) out[o++] = (bits >>> 4) & 255;
  else if (count === 3) {
    out[o++] = (bits >>> 10) & 255;
    out[o++] = (bits >>> 2) & 255;
  }
  return out;
}
