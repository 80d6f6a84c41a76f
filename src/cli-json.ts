import type { Codec } from "./codec.js";
import type { Field, ListField, MapField } from "./fields.js";
import { setOwn } from "./failure.js";

/**
 * JSON input for `jsv from-json`, read so that no number is rounded silently. `JSON.parse`
 * turns `12345678901234567890` into the nearest double, `12345678901234567000`; this reader
 * keeps the source text of every number a double cannot hold exactly (as a
 * {@link LossyNumber}), and {@link fitNumbers} then gives it to the target type whole (a
 * `long()` keeps its digits, a `decimal()` its text, untyped JSV writes it as spelled) or
 * fails with its place.
 */

/** A JSON number whose nearest double is not the number written: its text and offset. */
export class LossyNumber {
  constructor(
    /** The number as written in the JSON text. */
    readonly source: string,
    /** Where it starts, 0-based in UTF-16 units. */
    readonly offset: number,
  ) {}
}

/** Malformed JSON, or a number the target cannot hold; `offset` is where. */
export class JsonInputError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

/** A number the target type cannot hold exactly (well-formed JSON, so not "invalid JSON"). */
export class JsonPrecisionError extends JsonInputError {}

/**
 * Containers open at once before the JSON is refused: the JSV writer stops at 512 anyway,
 * and the steps after this reader walk the value recursively, so a deeper limit would let
 * deep input exhaust the call stack before any JSV error could say so.
 */
const MAX_DEPTH = 512;

/**
 * Reads JSON text as `JSON.parse` does (duplicate keys: the last wins; `__proto__` is an own
 * key), except that a number whose double is not exact is a {@link LossyNumber}.
 *
 * @throws {JsonInputError} for malformed JSON, at the first offending character.
 */
export function readJson(text: string): unknown {
  const reader = new JsonReader(text);
  reader.skipSpace();
  const value = reader.value(0);
  reader.skipSpace();
  if (reader.pos < text.length) reader.fail("the end of the JSON text");
  return value;
}

class JsonReader {
  /** The next character to read. */
  pos = 0;

  constructor(private readonly text: string) {}

  skipSpace(): void {
    const t = this.text;
    let c = t.charCodeAt(this.pos);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++this.pos);
  }

  fail(expected: string): never {
    const found = this.pos < this.text.length ? JSON.stringify(this.text[this.pos]) : "the end of the text";
    throw new JsonInputError(`expected ${expected}, found ${found}`, this.pos);
  }

  value(depth: number): unknown {
    const c = this.text.charCodeAt(this.pos);
    if (c === 34) return this.string();
    if (c === 123 || c === 91) {
      if (depth >= MAX_DEPTH) throw new JsonInputError(`nesting deeper than ${MAX_DEPTH} levels`, this.pos);
      return c === 123 ? this.object(depth + 1) : this.array(depth + 1);
    }
    if (c === 45 || (c >= 48 && c <= 57)) return this.number();
    for (const [word, v] of [["true", true], ["false", false], ["null", null]] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return v;
      }
    }
    return this.fail("a JSON value");
  }

  object(depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 125) {
      this.pos++;
      return result;
    }
    for (;;) {
      if (this.text.charCodeAt(this.pos) !== 34) this.fail("a member name in double quotes");
      const key = this.string();
      this.skipSpace();
      if (this.text.charCodeAt(this.pos) !== 58) this.fail('":"');
      this.pos++;
      this.skipSpace();
      // An own property even for "__proto__", as JSON.parse makes it.
      setOwn(result, key, this.value(depth));
      if (this.closes(125, '"," or "}"')) return result;
    }
  }

  array(depth: number): unknown[] {
    const result: unknown[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text.charCodeAt(this.pos) === 93) {
      this.pos++;
      return result;
    }
    for (;;) {
      result.push(this.value(depth));
      if (this.closes(93, '"," or "]"')) return result;
    }
  }

  /** After a member or item: past `closer` (true), or past a `,` and the space after it (false). */
  private closes(closer: number, expected: string): boolean {
    this.skipSpace();
    const c = this.text.charCodeAt(this.pos);
    if (c === closer) {
      this.pos++;
      return true;
    }
    if (c !== 44) this.fail(expected);
    this.pos++;
    this.skipSpace();
    return false;
  }

  string(): string {
    const t = this.text;
    const start = this.pos;
    let escaped = false;
    let i = start + 1;
    for (;;) {
      const c = t.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        escaped = true;
        i += 2;
        continue;
      }
      if (c < 32 || i >= t.length) {
        this.pos = Math.min(i, t.length);
        this.fail(i >= t.length ? 'a closing "' : "a character (a control character must be escaped)");
      }
      i++;
    }
    this.pos = i + 1;
    if (!escaped) return t.slice(start + 1, i);
    try {
      return JSON.parse(t.slice(start, i + 1)) as string;
    } catch {
      this.pos = start;
      return this.fail("a string with valid escapes");
    }
  }

  number(): number | LossyNumber {
    const t = this.text;
    const start = this.pos;
    let i = start;
    if (t.charCodeAt(i) === 45) i++;
    const digits = (): void => {
      const from = i;
      while (t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
      if (i === from) {
        this.pos = i;
        this.fail("a digit");
      }
    };
    if (t.charCodeAt(i) === 48) i++;
    else digits();
    let plain = true;
    if (t.charCodeAt(i) === 46) {
      i++;
      digits();
      plain = false;
    }
    if (t.charCodeAt(i) === 101 || t.charCodeAt(i) === 69) {
      i++;
      if (t.charCodeAt(i) === 43 || t.charCodeAt(i) === 45) i++;
      digits();
      plain = false;
    }
    this.pos = i;
    const source = t.slice(start, i);
    const value = Number(source);
    // Up to 15 digits, no exponent: always exact in a double.
    if (plain && source.length <= 15) return value;
    return sameNumber(source, value) ? value : new LossyNumber(source, start);
  }
}

/** `digits` and `exponent` of a decimal's magnitude: 1.25e3 is `125e4` (0.125×10^4); zero is `0`. */
function normal(text: string): { digits: string; exponent: number } {
  const e = text.search(/[eE]/);
  const mantissa = e < 0 ? text : text.slice(0, e);
  let exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const unsigned = mantissa.replace(/^[-+]/, "");
  const point = unsigned.indexOf(".");
  let digits = point < 0 ? unsigned : unsigned.slice(0, point) + unsigned.slice(point + 1);
  exponent += point < 0 ? unsigned.length : point;
  let lead = 0;
  while (lead < digits.length && digits.charCodeAt(lead) === 48) lead++;
  digits = digits.slice(lead);
  exponent -= lead;
  let end = digits.length;
  while (end > 0 && digits.charCodeAt(end - 1) === 48) end--;
  digits = digits.slice(0, end);
  return digits === "" ? { digits: "0", exponent: 0 } : { digits, exponent };
}

/** Whether the double `value` is exactly the number `source` spells (its shortest digits are the source's). */
function sameNumber(source: string, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  const a = normal(source);
  const b = normal(value.toExponential());
  return a.digits === b.digits && a.exponent === b.exponent;
}

/** The integer a number's text spells, or undefined when it has a fraction. */
function integerOf(source: string): bigint | undefined {
  const { digits, exponent } = normal(source);
  if (digits === "0") return 0n;
  if (exponent < digits.length) return undefined;
  const magnitude = BigInt(digits + "0".repeat(exponent - digits.length));
  return source.startsWith("-") ? -magnitude : magnitude;
}

/** Members of a DTO codec by TypeScript name (what the JSON's keys are). */
const membersByName = new WeakMap<object, Map<string, Field<unknown>>>();

function memberFields(codec: Codec<unknown>): Map<string, Field<unknown>> {
  let map = membersByName.get(codec);
  if (!map) {
    map = new Map(codec.members.map((m) => [m.name, m.field] as const));
    membersByName.set(codec, map);
  }
  return map;
}

/** Kinds whose value is a bigint: a JSON integer becomes one, digits and all. */
const BIGINT_KINDS = new Set(["long", "ulong"]);

/**
 * Fits the numbers of a {@link readJson} value to what `field` needs, so that nothing is
 * rounded: for a `long()`/`ulong()` an integer becomes a bigint with every digit, for a
 * `decimal()` a number becomes its text, and untyped (no field, or a member the codec does
 * not know, which encode leaves out) a {@link LossyNumber} becomes its text, which JSV
 * writes as spelled. Elsewhere a LossyNumber is an error.
 *
 * @throws {JsonInputError} at the number a field cannot hold exactly.
 */
export function fitNumbers(value: unknown, field: Field<unknown> | undefined): unknown {
  if (value instanceof LossyNumber) {
    if (field === undefined) return value.source;
    if (BIGINT_KINDS.has(field.kind)) {
      const n = integerOf(value.source);
      if (n !== undefined) return n;
    }
    if (field.kind === "decimal") return value.source;
    throw new JsonPrecisionError(`the number ${value.source} would be rounded: ${field.expected} cannot hold it exactly (a double keeps about 15-17 digits)`, value.offset);
  }
  if (typeof value === "number") {
    if (field !== undefined && BIGINT_KINDS.has(field.kind) && Number.isInteger(value)) return BigInt(value);
    if (field?.kind === "decimal") return String(value);
    return value;
  }
  if (Array.isArray(value)) {
    const item = field?.kind === "list" ? (field as ListField<never>).item : kindless(field);
    return value.map((v) => fitNumbers(v, item));
  }
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    const members = field?.kind === "dto" ? memberFields(field as Codec<unknown>) : undefined;
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      const inner = members ? members.get(key) : field?.kind === "map" ? (field as MapField<never>).value : kindless(field);
      const fitted = fitNumbers(v, inner);
      if (key === "__proto__") Object.defineProperty(out, key, { value: fitted, enumerable: true, writable: true, configurable: true });
      else out[key] = fitted;
    }
    return out;
  }
  return value;
}

/**
 * Inside a typed container this module does not look into (a dictionary, a key-value pair):
 * still typed, so a LossyNumber is an error there rather than text.
 */
function kindless(field: Field<unknown> | undefined): Field<unknown> | undefined {
  return field === undefined ? undefined : { kind: "unknown", expected: `${field.expected} (its numbers as doubles)`, write() {} };
}
