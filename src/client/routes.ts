import type { Codec, Member } from "../codec.js";
import { dto } from "../codec.js";
import { JsvEncodeError } from "../errors.js";
import type { Field } from "../fields.js";
import { toCamelCase } from "../names.js";
import { JsvRouteError } from "./errors.js";

/**
 * The value a request codec takes: what its `encode` accepts (readonly lists, `null` for an
 * unset member), not only what `decode` gives back.
 */
export type RequestOf<C> = C extends Codec<any, any, infer I> ? I : never;

/** An HTTP verb, upper case. */
export type Verb = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

/** Options of {@link urlFor}. */
export interface UrlOptions {
  /**
   * How member names inside nested values are written in the path and query
   * (`customer={Id:C1}` or `{id:C1}`); top-level query keys are always camelCased, as
   * ServiceStack writes them. ServiceStack reads either.
   *
   * Default: `"camel"`.
   */
  textCase?: "camel" | "pascal";
  /**
   * The predefined route's base, used when the DTO has no route (or `predefined` is set):
   * `{replyPath}/{Name}`.
   *
   * Default: `"/jsv/reply"`.
   */
  replyPath?: string;
  /**
   * Ignore the DTO's routes and use the predefined route, with every member on the query
   * string for verbs without a body, as ServiceStack's `ToReplyUrl()` does.
   *
   * Default: `false`.
   */
  predefined?: boolean;
}

/** Verbs whose members go on the query string (the others send them as the body). */
const QUERY_VERBS = new Set(["GET", "DELETE", "HEAD"]);

/**
 * The path and query ServiceStack's `ToUrl(verb)` builds for a request DTO, from the routes
 * given to `dto(name, fields, { routes })`:
 *
 * - candidates are the routes that allow the verb (none listed, or `ANY`) and whose
 *   variables are all set (a wildcard `{Path*}` may be empty); the most variables wins; on a
 *   tie the shortest path wins if it has the same variables, else it is ambiguous;
 * - a variable names a member by its wire name (an alias if it has one), in any case;
 * - values: strings as they are, anything else as JSV with its outer `[`/`]` trimmed, then
 *   percent-escaped as `Uri.EscapeDataString` does (`/` is `%2F`, wildcards included);
 * - for GET, DELETE and HEAD the other members go on the query string, in field-map order,
 *   camelCased keys, the same value rule; unset members are left out, and so is a member
 *   that is not `nullable()` and holds its type's default (`0`, `false`, the enum's zero);
 * - a non-`nullable()` value-type variable that is unset fills with its default (`/case/0`);
 * - a route whose filled path has a segment `.` or `..` does not fit (a URL would resolve it
 *   to another resource);
 * - a DTO with no route goes to `/jsv/reply/{Name}` (see `replyPath`).
 *
 * @param request - the request DTO's codec.
 * @param value - the request.
 * @param verb - the HTTP verb.
 * @param options - see {@link UrlOptions}.
 * @returns the path and query, e.g. `/sessions/S1/hold` or `/sessions?take=10&ids=S1%2CS2`.
 * @throws {JsvRouteError} when no route fits or two fit equally, with ServiceStack's message.
 * @throws {TypeError} when `value` is not an object.
 * @throws {JsvEncodeError} when a path or query value does not fit its field.
 * @example
 * ```ts
 * urlFor(HoldSession, { sessionId: "S 1/x", callSid: "CA1" }, "POST"); // "/sessions/S%201%2Fx/hold"
 * ```
 */
export function urlFor<C extends Codec<any, any>>(request: C, value: RequestOf<C>, verb: Verb, options: UrlOptions = {}): string {
  const upper = verb.toUpperCase();
  const pascal = options.textCase === "pascal";
  if (options.textCase !== undefined && options.textCase !== "camel" && !pascal) {
    throw new TypeError(`textCase must be "camel" or "pascal", got ${String(options.textCase)}`);
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new TypeError(`urlFor: the request must be an object (${request.name}), got ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value}`);
  }
  const record = value as Record<string, unknown>;
  const shape = shapeOf(request);
  if (options.predefined || shape.routes.length === 0) {
    let url = `${options.replyPath ?? "/jsv/reply"}/${request.name}`;
    if (upper === "GET" || upper === "DELETE" || upper === "HEAD" || upper === "OPTIONS") {
      const query = queryString(record, shape.members, pascal);
      // ToUrl's fallback writes the `?` even when nothing follows; ToReplyUrl only before a query.
      if (!options.predefined || query !== "") url += `?${query}`;
    }
    return url;
  }

  const applied = shape.routes.map((route) => apply(route, record, upper, pascal));
  const matching = applied.filter((a) => a.reason === undefined);
  if (matching.length === 0) {
    throw new JsvRouteError("none", request.name, applied.map((a) => ({ path: a.route.path, reason: a.reason! })));
  }
  const best = matching.length === 1 ? matching[0]! : mostSpecific(matching);
  if (best === undefined) {
    throw new JsvRouteError("ambiguous", request.name, matching.map((a) => ({ path: a.route.path, reason: "" })));
  }
  let url = best.uri!;
  if (QUERY_VERBS.has(upper)) {
    const query = queryString(record, best.route.query, pascal);
    if (query !== "") url += `?${query}`;
  }
  return url;
}

/** One route, parsed once per codec. */
interface ParsedRoute {
  readonly path: string;
  readonly verbs: readonly string[];
  /** The variables as written (`Path*` included), in order, with their members. */
  readonly variables: readonly { readonly name: string; readonly member: Member }[];
  /** The members left for the query string. */
  readonly query: readonly Member[];
  /** Why the route can never be used (an unparseable component, a variable naming no member). */
  readonly error: string | undefined;
}

interface Shape {
  readonly members: readonly Member[];
  readonly routes: readonly ParsedRoute[];
}

const shapes = new WeakMap<object, Shape>();

function shapeOf(request: Codec<unknown, any>): Shape {
  let shape = shapes.get(request);
  if (shape === undefined) {
    const members = request.members;
    shape = { members, routes: (request.routes ?? []).map((r) => parseRoute(r.path, r.verbs, members)) };
    shapes.set(request, shape);
  }
  return shape;
}

/** A route's path with its variables bound to members, as ServiceStack's `RestRoute` does. */
function parseRoute(path: string, verbs: string | undefined, members: readonly Member[]): ParsedRoute {
  const errors: string[] = [];
  const variables: { name: string; member: Member }[] = [];
  const query = [...members];
  for (const component of path.split("/")) {
    if (component === "" || (!component.includes("{") && !component.includes("}"))) continue;
    // `{Name}` or `{Name}.{Format}`; anything else around a variable cannot be filled.
    if (!/^\{[^{}]+\}(?:\.\{[^{}]+\})*$/.test(component)) {
      errors.push(`Component '${component}' can not be parsed`);
      continue;
    }
    for (const piece of component.split(".")) {
      const name = piece.slice(1, -1);
      const bare = (name.endsWith("*") ? name.slice(0, -1) : name).toLowerCase();
      const at = query.findIndex((m) => wireName(m).toLowerCase() === bare);
      if (at < 0) {
        errors.push(`Variable '${name}' does not match any property.`);
        continue;
      }
      variables.push({ name, member: query[at]! });
      query.splice(at, 1);
    }
  }
  const verbList = (verbs ?? "")
    .split(/[, ]/)
    .filter((v) => v !== "")
    .map((v) => v.toUpperCase());
  return { path, verbs: verbList, variables, query, error: errors.length > 0 ? errors.join("\n") : undefined };
}

interface Applied {
  readonly route: ParsedRoute;
  readonly uri?: string;
  readonly reason?: string;
}

function apply(route: ParsedRoute, record: Record<string, unknown>, verb: string, pascal: boolean): Applied {
  if (route.error !== undefined) return { route, reason: route.error };
  if (route.verbs.length > 0 && !route.verbs.includes(verb) && !route.verbs.includes("ANY")) {
    return { route, reason: `Allowed HTTP methods '${route.verbs.join(", ")}' does not support the specified '${verb}' method.` };
  }
  let uri = route.path;
  const unmatched: string[] = [];
  for (const { name, member } of route.variables) {
    let v = own(record, member.name);
    if (v === undefined || v === null) v = isNullable(member.field) ? undefined : defaultOf(member.field);
    if (v === undefined) {
      if (!name.endsWith("*")) {
        unmatched.push(name);
        continue;
      }
      uri = uri.split(`{${name}}`).join("");
      continue;
    }
    uri = uri.split(`{${name}}`).join(escapeData(urlText(member, v, pascal)));
  }
  if (unmatched.length > 0) return { route, reason: `Could not match following variables: ${unmatched.join(",")}` };
  // `.` and `..` are left as they are by the escaping, and a URL resolves them away
  // (`/teams/T1/members/..` is `/teams/T1/`): another resource, so the route cannot take them.
  const step = uri.split("/").find((segment) => segment === "." || segment === "..");
  if (step !== undefined) return { route, reason: `The path segment '${step}' would be resolved away by the URL` };
  return { route, uri };
}

/** ServiceStack's choice among several fitting routes (`FindMostSpecificRoute`). */
function mostSpecific(matching: readonly Applied[]): Applied | undefined {
  let best: Applied | undefined;
  const others: Applied[] = [];
  for (const a of matching) {
    if (best === undefined) {
      best = a;
      continue;
    }
    if (a.route.variables.length > best.route.variables.length) {
      others.length = 0;
      best = a;
      continue;
    }
    if (a.route.variables.length === best.route.variables.length) {
      if (a.route.path.length < best.route.path.length) {
        others.push(best);
        best = a;
      } else {
        others.push(a);
      }
    }
  }
  if (best === undefined) return undefined;
  const mine = best.route.variables.map((v) => v.name.toLowerCase());
  return others.every((o) => {
    const theirs = new Set(o.route.variables.map((v) => v.name.toLowerCase()));
    return mine.every((n) => theirs.has(n));
  })
    ? best
    : undefined;
}

/** `key=value&…` for the members given, ServiceStack's way. */
function queryString(record: Record<string, unknown>, members: readonly Member[], pascal: boolean): string {
  const parts: string[] = [];
  for (const member of members) {
    const v = own(record, member.name);
    if (v === undefined || v === null) continue;
    if (!isNullable(member.field) && isDefault(member.field, v)) continue;
    // Keys are camelCased but not escaped (`display Name=`), exactly as ServiceStack writes them.
    parts.push(`${toCamelCase(wireName(member))}=${escapeData(urlText(member, v, pascal))}`);
  }
  return parts.join("&");
}

/** The request's own property `name` (an inherited one is not data, as for `encode`). */
function own(record: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(record, name) ? record[name] : undefined;
}

/** A member's name on the wire: its alias, else its name. */
function wireName(member: Member): string {
  return (member as Member & { wireName?: string }).wireName ?? member.name;
}

/** A value as ServiceStack puts it in a URL before escaping: strings as-is, else JSV with outer brackets trimmed. */
function urlText(member: Member, value: unknown, pascal: boolean): string {
  const field = member.field;
  if (typeof value === "string" && (field.kind === "string" || field.kind === "char")) return value;
  const jsv = jsvOf(member, value, pascal);
  // `[]` stays as it is: an empty list must not become an empty value.
  return jsv === "[]" ? jsv : trimBrackets(jsv);
}

/** The text without its leading `[`s and trailing `]`s, in one pass (a regex anchored only at the end is quadratic on a long run of `]`). */
function trimBrackets(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 0x5b) start++;
  while (end > start && text.charCodeAt(end - 1) === 0x5d) end--;
  return text.slice(start, end);
}

const holders = new WeakMap<object, Codec<{ v?: unknown }>>();

/** One value's JSV as its field writes it, through a one-member DTO (`{v:…}` less its frame). */
function jsvOf(member: Member, value: unknown, pascal: boolean): string {
  let holder = holders.get(member.field);
  if (holder === undefined) {
    holder = dto("value", { v: member.field }) as unknown as Codec<{ v?: unknown }>;
    holders.set(member.field, holder);
  }
  try {
    return holder.encode({ v: value }, { textCase: pascal ? "pascal" : "camel" }).slice(3, -1);
  } catch (error) {
    // The holder's member is `v`: name the request's member instead.
    if (!(error instanceof JsvEncodeError)) throw error;
    throw new JsvEncodeError({ path: member.name + error.path.slice(1), expected: error.expected, received: error.received, code: error.code });
  }
}

/**
 * `Uri.EscapeDataString`: UTF-8, every byte but `A-Z a-z 0-9 - _ . ~` as `%XX`. A lone
 * surrogate becomes U+FFFD, as .NET's UTF-8 encoder makes it.
 */
export function escapeData(text: string): string {
  const wellFormed = text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
  return encodeURIComponent(wellFormed).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Value kinds: a .NET struct, never null unless declared `nullable()`. */
const VALUE_KINDS = new Set([
  "int", "uint", "byte", "sbyte", "short", "ushort", "long", "ulong", "float", "double", "decimal",
  "boolean", "enum", "guid", "dateTime", "dateTimeOffset", "timeSpan", "char",
]);

function isNullable(field: Field<unknown>): boolean {
  return !VALUE_KINDS.has(field.kind) || (field as Field<unknown> & { nullable?: boolean }).nullable === true;
}

const EMPTY_GUID = /^0{8}-?0{4}-?0{4}-?0{4}-?0{12}$/;
const MIN_DATE = -62135596800000; // 0001-01-01T00:00:00Z

/** What an unset non-nullable value-type member holds in .NET. */
function defaultOf(field: Field<unknown>): unknown {
  switch (field.kind) {
    case "long":
    case "ulong":
      return 0n;
    case "decimal":
      return "0";
    case "boolean":
      return false;
    case "enum":
      return enumZero(field);
    case "guid":
      return "00000000-0000-0000-0000-000000000000";
    case "dateTime":
    case "dateTimeOffset":
      return new Date(MIN_DATE);
    case "char":
      return "\0";
    default:
      return 0;
  }
}

/** Whether a value equals its type's .NET default, which ServiceStack leaves off the query string. */
function isDefault(field: Field<unknown>, v: unknown): boolean {
  switch (field.kind) {
    case "long":
    case "ulong":
      return v === 0n;
    case "decimal":
      return typeof v === "string" && Number(v) === 0;
    case "boolean":
      return v === false;
    case "enum":
      return v === 0 || (v !== undefined && v === enumZero(field));
    case "guid":
      return typeof v === "string" && EMPTY_GUID.test(v);
    case "dateTime":
    case "dateTimeOffset":
      return v instanceof Date && v.getTime() === MIN_DATE && ((v as Date & { ticks?: number }).ticks ?? 0) === 0;
    case "char":
      return v === "\0";
    default:
      return VALUE_KINDS.has(field.kind) && v === 0;
  }
}

/** The enum's value 0: the member valued 0, else the number 0 (a `[Flags]` enum is a number). */
function enumZero(field: Field<unknown>): unknown {
  const f = field as Field<unknown> & { members?: readonly string[]; values?: readonly number[]; flags?: boolean };
  if (f.flags === true) return 0;
  const at = f.values !== undefined ? f.values.indexOf(0) : 0;
  return at >= 0 ? (f.members?.[at] ?? 0) : 0;
}
