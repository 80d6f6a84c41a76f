import type { JsvErrorCode } from "../errors.js";
import { ERROR_KIND, JsvError } from "../errors.js";
import type { ResponseError, ResponseStatus } from "./status.js";

/**
 * The base of every error a {@link JsvServiceClient} call throws on purpose: the server
 * answered with an error, the answer was not JSV, the network failed, the call was aborted
 * or timed out. Each names the request it belongs to.
 */
export class JsvClientError extends JsvError {
  static override readonly [ERROR_KIND]: string = "JsvClientError";

  /** The request's verb, e.g. `POST`. */
  readonly method: string;
  /** The request's absolute URL. */
  readonly url: string;

  constructor(message: string, code: JsvErrorCode, method: string, url: string, cause?: unknown) {
    super(message, code);
    this.method = method;
    this.url = url;
    if (cause !== undefined) Object.defineProperty(this, "cause", { value: cause, writable: true, configurable: true });
  }
}

/** What a {@link JsvServiceError} is made from. */
export interface ServiceErrorInit {
  method: string;
  url: string;
  status: number;
  statusText: string;
  headers: Headers;
  body: string;
  /** Whether `body` is only the first `maxResponseBytes` bytes. Default: false. */
  bodyCut?: boolean;
  responseStatus: ResponseStatus | undefined;
  response: unknown;
}

/**
 * The server answered with a status outside 200-299. Everything ServiceStack put in its
 * error is here: the status and reason phrase (ServiceStack's reason phrase is the error
 * code for service exceptions, `400 ArgumentException`), the headers (`Retry-After`,
 * `WWW-Authenticate`), the raw body, and the `ResponseStatus` read from a JSV or JSON body.
 * When the body says nothing (a `text/plain` `404`, an empty 401), `errorCode` falls back to
 * the reason phrase and `message` to the status line, as ServiceStack's own clients do.
 *
 * @example
 * ```ts
 * try { await client.post(HoldSession, { sessionId: "S9" }); }
 * catch (e) {
 *   if (e instanceof JsvServiceError && e.status === 404) console.log(e.errorCode, e.message); // NotFound Session 'S9' does not exist
 * }
 * ```
 */
export class JsvServiceError extends JsvClientError {
  static override readonly [ERROR_KIND]: string = "JsvServiceError";

  /** The HTTP status, e.g. 404. */
  readonly status: number;
  /** The reason phrase, e.g. `NotFound` (ServiceStack puts the error code there). */
  readonly statusText: string;
  /** The response headers. */
  readonly headers: Headers;
  /**
   * The response body as text (`""` when there was none); only its first `maxResponseBytes`
   * bytes when it was longer (see {@link bodyCut}).
   */
  readonly body: string;
  /** Whether the body was longer than `maxResponseBytes` and `body` is its beginning (then it is not read for a `ResponseStatus`). */
  readonly bodyCut: boolean;
  /**
   * The `ResponseStatus` of the body, when it had one (JSV or JSON, any casing). A body over
   * 1 MiB, or JSON nested more than 512 deep, is not read for it (only kept in `body`).
   */
  readonly responseStatus: ResponseStatus | undefined;
  /**
   * The body read with the operation's response codec when that type carries a
   * `responseStatus` member (ServiceStack then writes the typed `{Request}Response`, with its
   * other members), else undefined.
   */
  readonly response: unknown;
  /**
   * `responseStatus.errorCode`, else the reason phrase, else the status as digits (over
   * HTTP/2, which has no reason phrase, an error code ServiceStack puts there is lost).
   */
  readonly errorCode: string;
  /** The field errors of `responseStatus` (empty when none). */
  readonly fieldErrors: readonly ResponseError[];

  constructor(init: ServiceErrorInit) {
    const status = init.responseStatus;
    const errorCode = status?.errorCode ?? (init.statusText || String(init.status));
    const cut = init.bodyCut === true ? " (cut at maxResponseBytes)" : "";
    // HTTP/2 has no reason phrase: the status line is then the status alone.
    const line = init.statusText === "" ? String(init.status) : `${init.status} ${init.statusText}`;
    const message = status?.message ?? `${line}${describeBody(init.headers, init.body)}${cut} from ${init.method} ${init.url}`;
    super(message, "service-error", init.method, init.url);
    this.status = init.status;
    this.statusText = init.statusText;
    this.headers = init.headers;
    this.body = init.body;
    this.bodyCut = init.bodyCut === true;
    this.responseStatus = status;
    this.response = init.response;
    this.errorCode = errorCode;
    this.fieldErrors = status?.errors ?? [];
  }

  /**
   * The error of one field, by name in any case (ServiceStack reads names case-insensitively).
   * @param name - the member name, e.g. `DisplayName` or `displayName`.
   * @returns the first matching field error, or undefined.
   * @example
   * ```ts
   * error.fieldError("outcome")?.errorCode; // "NotEmpty"
   * ```
   */
  fieldError(name: string): ResponseError | undefined {
    const wanted = name.toLowerCase();
    return this.fieldErrors.find((e) => e.fieldName?.toLowerCase() === wanted);
  }
}

/**
 * A 2xx answer that is not what the operation returns: HTML (a host answers HTML when the
 * request does not ask for `application/jsv`), JSON, an empty body where a value was due, a
 * body over `maxResponseBytes`, or JSV that does not decode (`cause` is then the
 * `JsvSyntaxError` or `JsvDecodeError`).
 *
 * @example
 * ```ts
 * // JsvResponseError: expected a JSV body (application/jsv), got text/html: "<!doctype html>…" from GET http://host/sessions/S1
 * ```
 */
export class JsvResponseError extends JsvClientError {
  static override readonly [ERROR_KIND]: string = "JsvResponseError";

  /** The HTTP status. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** The response's Content-Type, `""` when none. */
  readonly contentType: string;
  /** The body as text, when it was read (undefined for one cut off at the size limit). */
  readonly body: string | undefined;

  constructor(message: string, init: { method: string; url: string; status: number; headers: Headers; body: string | undefined; cause?: unknown }) {
    super(`${message} from ${init.method} ${init.url}`, "invalid-response", init.method, init.url, init.cause);
    this.status = init.status;
    this.headers = init.headers;
    this.contentType = init.headers.get("content-type") ?? "";
    this.body = init.body;
  }
}

/**
 * The request never got an answer: the connection was refused or reset, the server hung up
 * mid-response, DNS failed, CORS refused it. `cause` holds what `fetch` threw.
 */
export class JsvNetworkError extends JsvClientError {
  static override readonly [ERROR_KIND]: string = "JsvNetworkError";

  constructor(message: string, method: string, url: string, cause: unknown) {
    super(message, "network-error", method, url, cause);
  }
}

/** The caller's `AbortSignal` ended the call; `cause` is the signal's reason. */
export class JsvAbortError extends JsvClientError {
  static override readonly [ERROR_KIND]: string = "JsvAbortError";

  constructor(method: string, url: string, reason: unknown) {
    super(`${method} ${url} was aborted`, "aborted", method, url, reason);
  }
}

/** The call took longer than its `timeout`, counted from the request until the body was read. */
export class JsvTimeoutError extends JsvClientError {
  static override readonly [ERROR_KIND]: string = "JsvTimeoutError";

  /** The timeout that elapsed, in milliseconds. */
  readonly timeout: number;

  constructor(method: string, url: string, timeout: number) {
    super(`${method} ${url} timed out after ${timeout} ms`, "timeout", method, url);
    this.timeout = timeout;
  }
}

/**
 * No route of the request DTO fits the value and verb, or two fit equally well; thrown by
 * `urlFor` (and so before any request is sent), with ServiceStack's wording and each route's reason.
 *
 * @example
 * ```ts
 * urlFor(HoldSession, {}, "POST");
 * // JsvRouteError: None of the given rest routes matches 'HoldSession' request:
 * // 	/sessions/{sessionId}/hold:	Could not match following variables: sessionId
 * ```
 */
export class JsvRouteError extends JsvError {
  static override readonly [ERROR_KIND]: string = "JsvRouteError";

  /** `none`: no route fits; `ambiguous`: several fit equally well. */
  readonly kind: "none" | "ambiguous";
  /** Each route considered, with why it did not fit (`reason` is empty for the ambiguous ones). */
  readonly routes: readonly { path: string; reason: string }[];

  constructor(kind: "none" | "ambiguous", name: string, routes: readonly { path: string; reason: string }[]) {
    const lines = kind === "none" ? routes.map((r) => `\n\t${r.path}:\t${r.reason}`) : routes.map((r) => `\n\t${r.path}`);
    const head = kind === "none" ? `None of the given rest routes matches '${name}' request:` : `Ambiguous matching routes found for '${name}' request:`;
    super(head + lines.join(""), "invalid-input");
    this.kind = kind;
    this.routes = routes;
  }
}

/** `, text/plain: "404"`, `, empty body`: what came back, for messages about a body that was not the one expected. */
export function describeBody(headers: Headers, body: string, lead = ", "): string {
  const type = headers.get("content-type");
  if (body === "") return type ? `${lead}an empty ${type} body` : `${lead}an empty body`;
  const shown = body.length > 80 ? `${body.slice(0, 77)}…` : body;
  return `${lead}${type ?? "no Content-Type"}: ${JSON.stringify(shown)}`;
}
