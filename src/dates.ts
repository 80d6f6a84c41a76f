/**
 * DateTime and DateTimeOffset as ServiceStack.Text writes and reads them, to the 100 ns tick:
 * `JsvDate` (a `Date` that carries the ticks below the millisecond) and `JsvDateTimeOffset`
 * (and the offset it was written with). Each reader returns `undefined` for text it does not
 * accept, and the caller says where.
 */

const pad2 = (n: number) => (n < 10 ? "0" : "") + n;

/**
 * A DateTime read from JSV: a `Date` (the instant, to the millisecond) that also carries the
 * 100 ns ticks below the millisecond, which .NET writes (`…05.1234567Z`) and a `Date` cannot
 * hold. Every API that takes a `Date` takes it; `encode` writes the ticks back. Methods that
 * change the time (`setTime`, …) leave `subMsTicks` as it was.
 *
 * @example
 * ```ts
 * const d = new JsvDate(Date.UTC(2024, 0, 2, 3, 4, 5, 123), 4567);
 * dto("E", { at: dateTime() }).encode({ at: d }); // "{at:2024-01-02T03:04:05.1234567Z}"
 * ```
 */
export class JsvDate extends Date {
  /** The 100 ns ticks after the millisecond: a whole number from 0 to 9999. */
  readonly subMsTicks: number;

  /**
   * @param time - milliseconds since 1970 (UTC), or a Date (whose `subMsTicks` it keeps when it has some).
   * @param subMsTicks - the 100 ns ticks after the millisecond, 0-9999.
   * @throws {RangeError} when `subMsTicks` is not a whole number from 0 to 9999.
   */
  constructor(time: number | Date, subMsTicks?: number) {
    super(typeof time === "number" ? time : time.getTime());
    const sub = subMsTicks ?? (typeof time === "number" ? 0 : (subTicks(time) ?? 0));
    if (!Number.isInteger(sub) || sub < 0 || sub > 9999) throw new RangeError(`subMsTicks must be a whole number from 0 to 9999, got ${sub}`);
    this.subMsTicks = sub;
  }
}

/**
 * A DateTimeOffset read from JSV: the instant (a {@link JsvDate}, with its sub-millisecond
 * ticks) and the offset from UTC it was written with, so that `encode` writes back the same
 * text (`2024-01-02T03:04:05.1234567+05:30`).
 *
 * @example
 * ```ts
 * const d = new JsvDateTimeOffset(Date.UTC(2024, 0, 1, 21, 34, 5), 330);
 * dto("E", { at: dateTimeOffset() }).encode({ at: d }); // "{at:2024-01-02T03:04:05.0000000+05:30}"
 * ```
 */
export class JsvDateTimeOffset extends JsvDate {
  /** Minutes east of UTC, from -840 to 840 (`+05:30` is 330). */
  readonly offsetMinutes: number;

  /**
   * @param time - the instant: milliseconds since 1970 (UTC) or a Date.
   * @param offsetMinutes - minutes east of UTC, a whole number from -840 to 840.
   * @param subMsTicks - the 100 ns ticks after the millisecond, 0-9999.
   * @throws {RangeError} for an offset or tick count out of range.
   */
  constructor(time: number | Date, offsetMinutes = 0, subMsTicks?: number) {
    super(time, subMsTicks);
    if (!Number.isInteger(offsetMinutes) || offsetMinutes < -840 || offsetMinutes > 840) {
      throw new RangeError(`offsetMinutes must be a whole number from -840 to 840, got ${offsetMinutes}`);
    }
    this.offsetMinutes = offsetMinutes;
  }
}

/**
 * The 100 ns ticks after the millisecond that a Date carries: 0 for a plain Date, undefined
 * when they are not a whole number from 0 to 9999. Read by property, not `instanceof`: each
 * entry (and each bundle) of the library has its own copy of the class.
 */
function subTicks(d: Date): number | undefined {
  const sub = (d as { subMsTicks?: unknown }).subMsTicks;
  if (sub === undefined) return 0;
  return typeof sub === "number" && Number.isInteger(sub) && sub >= 0 && sub <= 9999 ? sub : undefined;
}

/** A Date's offset in minutes (0 for a plain Date); undefined when it is not a whole number from -840 to 840. */
function offsetOf(d: Date): number | undefined {
  const offset = (d as { offsetMinutes?: unknown }).offsetMinutes;
  if (offset === undefined) return 0;
  return typeof offset === "number" && Number.isInteger(offset) && offset >= -840 && offset <= 840 ? offset : undefined;
}

/** `yyyy-MM-dd` and `HH:mm:ss` of a time in ms, read as UTC, and whether it is midnight; undefined outside years 1-9999. */
function wallClock(t: number): [date: string, time: string, midnight: boolean] | undefined {
  if (t !== t) return undefined;
  const d = new Date(t);
  const year = d.getUTCFullYear();
  if (year < 1 || year > 9999) return undefined;
  const date = `${String(year).padStart(4, "0")}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return [date, `${pad2(h)}:${pad2(m)}:${pad2(s)}`, h === 0 && m === 0 && s === 0 && d.getUTCMilliseconds() === 0];
}

/** The seven fraction digits of a Date: its milliseconds and its sub-millisecond ticks. */
function fraction7(d: Date, sub: number): string {
  const ms = ((d.getTime() % 1000) + 1000) % 1000;
  return String(ms * 10000 + sub).padStart(7, "0");
}

/**
 * A Date as ServiceStack writes a UTC DateTime: `yyyy-MM-ddTHH:mm:ssZ`, with the fraction
 * (up to seven digits, with a {@link JsvDate}'s ticks) without trailing zeros (`.123Z`,
 * `.12Z`, `.1234567Z`), and `yyyy-MM-dd` at exactly midnight.
 * Returns undefined for an invalid Date or a year outside 1-9999 (.NET cannot hold it).
 */
export function formatDate(d: Date): string | undefined {
  const clock = wallClock(d.getTime());
  if (clock === undefined) return undefined;
  const [date, time, midnight] = clock;
  const sub = subTicks(d);
  if (sub === undefined) return undefined;
  if (midnight && sub === 0) return date;
  const fraction = fraction7(d, sub).replace(/0+$/, "");
  return `${date}T${time}${fraction === "" ? "" : `.${fraction}`}Z`;
}

/**
 * A DateTimeOffset as ServiceStack writes one: the wall-clock time at its offset, always
 * seven fraction digits, and the offset (`2024-01-02T03:04:05.1234567+05:30`). A plain Date
 * has offset `+00:00`. Returns undefined when the instant or its wall clock is outside years 1-9999.
 */
export function formatDateTimeOffset(d: Date): string | undefined {
  const offset = offsetOf(d);
  const sub = subTicks(d);
  if (offset === undefined || sub === undefined || wallClock(d.getTime()) === undefined) return undefined;
  const clock = wallClock(d.getTime() + offset * 60000);
  if (clock === undefined) return undefined;
  const abs = Math.abs(offset);
  return `${clock[0]}T${clock[1]}.${fraction7(d, sub)}${offset < 0 ? "-" : "+"}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

const DATE_RE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date-time's parts: the instant in ms, the ticks after the ms, the offset in minutes (undefined: none written). */
interface DateParts {
  readonly time: number;
  readonly sub: number;
  readonly offset: number | undefined;
}

/** Reads the forms ServiceStack reads a DateTime or DateTimeOffset from; undefined for anything else. */
function parseDateParts(text: string): DateParts | undefined {
  const t = text.trim();
  const wcf = /^\/Date\((-?\d{1,15})([+-]\d{4})?\)\/$/.exec(t);
  if (wcf) {
    const zone = wcf[2];
    const offset = zone === undefined ? undefined : (zone[0] === "-" ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(3)));
    return inRange({ time: Number(wcf[1]), sub: 0, offset });
  }
  const m = DATE_RE.exec(t);
  if (!m) return undefined;
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "", zone] = m;
  const digits = frac.padEnd(7, "0");
  const wall = new Date(0);
  wall.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  wall.setUTCHours(Number(h), Number(mi), Number(s), Number(digits.slice(0, 3)));
  // setUTCFullYear rolls 2020-02-30 over to March; refuse instead.
  if (wall.getUTCFullYear() !== Number(y) || wall.getUTCMonth() !== Number(mo) - 1 || wall.getUTCDate() !== Number(d)) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  let offset: number | undefined;
  if (zone === "Z") offset = 0;
  else if (zone !== undefined) {
    const hm = zone.slice(1).replace(":", "");
    if (Number(hm.slice(2)) > 59) return undefined;
    offset = (zone[0] === "-" ? -1 : 1) * (Number(hm.slice(0, 2)) * 60 + Number(hm.slice(2)));
  }
  return inRange({ time: wall.getTime() - (offset ?? 0) * 60000, sub: Number(digits.slice(3)), offset });
}

/** The parts when the offset is at most 14 hours and both the instant and its wall clock fall in years 1-9999, as .NET requires. */
function inRange(parts: DateParts): DateParts | undefined {
  const offset = parts.offset ?? 0;
  if (offset < -840 || offset > 840) return undefined;
  if (wallClock(parts.time) === undefined || wallClock(parts.time + offset * 60000) === undefined) return undefined;
  return parts;
}

/**
 * A DateTime as ServiceStack writes one: `yyyy-MM-dd`, XSD date-times with `Z` or an offset
 * and up to seven fraction digits, and the WCF form `/Date(ms)/`. Text without an offset is
 * read as UTC (a client cannot know the server's zone). Every digit is kept: a
 * {@link JsvDate} carries the ticks below the millisecond. A time outside years 1-9999, at
 * UTC or at its written offset, is refused (.NET cannot hold it, so `encode` could not write it).
 */
export function parseDate(text: string): JsvDate | undefined {
  const parts = parseDateParts(text);
  return parts === undefined ? undefined : new JsvDate(parts.time, parts.sub);
}

/** A DateTimeOffset from the same forms as {@link parseDate}; no offset written means `+00:00`. */
export function parseDateTimeOffset(text: string): JsvDateTimeOffset | undefined {
  const parts = parseDateParts(text);
  return parts === undefined ? undefined : new JsvDateTimeOffset(parts.time, parts.offset ?? 0, parts.sub);
}
