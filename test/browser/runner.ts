// Runs a module's cases and turns each result into plain JSON, the same way in Node and in
// the browser, so that the two can be compared with one deep equality. Nothing here may use
// a Node-only global: it is bundled into the page.

/** A JSON value: what every case result becomes before it is compared. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * One case: runs the library (the same built code in Node and in Chromium) and returns what
 * it got. `params` comes from the module's `*.setup.ts` (e.g. a local server's address), or
 * is `{}`.
 */
export type Case = (params: Record<string, Json>) => unknown;

/** A module's cases by name: `export const cases: Cases = { ... }` in `*.cases.ts`. */
export type Cases = Record<string, Case>;

/**
 * A value as JSON, keeping what JSON would lose: bytes, dates, bigints, maps, undefined,
 * non-finite numbers and -0 get tagged forms; an error becomes its class name, code and
 * message (and whether it is a JsvError, the library's own).
 */
export function toJson(value: unknown, jsvError?: unknown): Json {
  if (value === null || typeof value === "boolean" || typeof value === "string") return value;
  if (value === undefined) return { $undefined: true };
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0) ? value : { $number: Object.is(value, -0) ? "-0" : String(value) };
  if (typeof value === "bigint") return { $bigint: value.toString() };
  if (value instanceof Uint8Array) return { $bytes: Array.from(value) };
  if (value instanceof Date) return { $date: Number.isNaN(value.getTime()) ? "Invalid Date" : value.toISOString() };
  if (value instanceof Error) {
    const e = value as Error & { code?: unknown; offset?: unknown; path?: unknown };
    return {
      $error: e.name,
      message: e.message,
      code: toJson(e.code),
      offset: toJson(e.offset),
      path: toJson(e.path),
      isJsvError: typeof jsvError === "function" ? value instanceof (jsvError as new () => unknown) : null,
    };
  }
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [toJson(k, jsvError), toJson(v, jsvError)]) };
  if (Array.isArray(value)) return value.map((v) => toJson(v, jsvError));
  if (typeof value === "object") {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value)) out[key] = toJson((value as Record<string, unknown>)[key], jsvError);
    return out;
  }
  return { $unsupported: typeof value };
}

/**
 * Runs every case, one after another, and returns `{ name: result }`. A case that throws
 * gives `{ $threw: ... }`: the test fails on it, in Node as in the browser, so a case that
 * expects an error catches it itself and returns it.
 */
export async function runCases(cases: Cases, params: Record<string, Json>, jsvError?: unknown): Promise<Record<string, Json>> {
  const results: Record<string, Json> = {};
  for (const [name, run] of Object.entries(cases)) {
    try {
      results[name] = toJson(await run(params), jsvError);
    } catch (error) {
      results[name] = { $threw: toJson(error instanceof Error ? error : new Error(String(error)), jsvError) };
    }
  }
  return results;
}
