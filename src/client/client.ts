import type { Codec, ResponseOf } from "../codec.js";
import { decodeText } from "../decoder.js";
import { formatBytes } from "../dotnet.js";
import { JsvError } from "../errors.js";
import type { Field, FieldLike } from "../fields.js";
import { list, toField } from "../fields.js";
import { parse } from "../parse.js";
import { stringify } from "../writer.js";
import { describeBody, JsvAbortError, JsvNetworkError, JsvResponseError, JsvServiceError, JsvTimeoutError } from "./errors.js";
import type { RequestOf, Verb } from "./routes.js";
import { urlFor } from "./routes.js";
import { ErrorResponse, ResponseStatus } from "./status.js";

/** Headers as `new Headers(…)` takes them: an object, pairs, or a `Headers`. */
export type HeadersInit = ConstructorParameters<typeof Headers>[0];

/** User name and password for HTTP Basic authentication. */
export interface BasicCredentials {
  userName: string;
  password: string;
}

/** A request about to be sent, as request filters see (and may change) it. */
export interface OutgoingRequest {
  method: string;
  url: string;
  headers: Headers;
  /** The JSV body; undefined for verbs without one. */
  body: string | undefined;
}

/** Options of one call; each overrides the client's option of the same name. */
export interface CallInit {
  /**
   * Headers sent with the request, added to (and replacing) the client's; `Accept:
   * application/jsv` is sent unless one of them replaces it (a ServiceStack host answers
   * `text/jsv` with HTML). A request with a body is always sent with `Content-Type:
   * application/jsv`, whatever these say (a `requestFilter` may still change it).
   */
  headers?: HeadersInit;
  /** Sent as `Authorization: Bearer …`. */
  bearerToken?: string;
  /** Sent as `Authorization: Basic …` with the first request (ServiceStack's clients wait for a 401 first). */
  basic?: BasicCredentials;
  /** Ends the call with a {@link JsvAbortError} when aborted. */
  signal?: AbortSignal;
  /**
   * Milliseconds before the call ends with a {@link JsvTimeoutError}; `0`, `Infinity` or more
   * than 2^31-1 (about 24.8 days, more than a timer holds) for none.
   */
  timeout?: number;
}

/** Options of a {@link JsvServiceClient}. */
export interface ClientOptions extends Omit<CallInit, "signal"> {
  /**
   * The `fetch` to call: the global one, or any with its signature (a test double, a
   * proxying agent, `undici`'s).
   *
   * Default: `globalThis.fetch`.
   */
  fetch?: typeof fetch;
  /**
   * The casing of member names in request bodies and nested query values: `"camel"` as the
   * field map spells them (a .NET Core host), `"pascal"` (a .NET Framework host, and what
   * ServiceStack's C# client sends). ServiceStack reads either, and responses are read in any case.
   *
   * Default: `"camel"`.
   */
  textCase?: "camel" | "pascal";
  /**
   * The predefined route's base for request DTOs without a route: `{replyPath}/{Name}`.
   *
   * Default: `"/jsv/reply"`.
   */
  replyPath?: string;
  /**
   * The predefined one-way route's base, for {@link JsvServiceClient.sendOneWay}: `{oneWayPath}/{Name}`.
   *
   * Default: `"/jsv/oneway"`.
   */
  oneWayPath?: string;
  /**
   * Milliseconds a call may take, from sending to the last byte of the body; `0`,
   * `Infinity` or more than 2^31-1 (about 24.8 days, more than a timer holds) for none.
   *
   * Default: `100000` (.NET's `HttpWebRequest.Timeout`).
   */
  timeout?: number;
  /**
   * The largest response body read, in bytes; a larger one is not read further: a
   * {@link JsvResponseError} for a 2xx, a {@link JsvServiceError} with the body's beginning
   * (`bodyCut`) for an error status.
   *
   * Default: `67108864` (64 MiB).
   */
  maxResponseBytes?: number;
  /** `fetch`'s `credentials` (whether a browser sends cookies). Default: `fetch`'s own (`"same-origin"`). */
  credentials?: RequestInit["credentials"];
  /**
   * Called before each request is sent; may change its headers, URL or body. What it throws
   * propagates as it is (`api()` returns it as `error` only when it is a `JsvError`). Default: none.
   */
  requestFilter?: (request: OutgoingRequest) => void | Promise<void>;
  /**
   * Called with each response before its body is read; it must not read the body (read a
   * `response.clone()`), else the call throws a `TypeError`. What it throws propagates as it
   * is, as for `requestFilter`. Default: none.
   */
  responseFilter?: (response: Response) => void | Promise<void>;
}

/** What a call resolves to: the operation's response type, `undefined` for `"void"` and for a 204. */
export type Reply<C> = ResponseOf<C> extends void ? undefined : ResponseOf<C> | undefined;

/** The outcome of {@link JsvServiceClient.api}: the response, or the error, never thrown. */
export type ApiResult<T> = { ok: true; response: T; error?: undefined } | { ok: false; response?: undefined; error: JsvError };

/** A request codec: a DTO codec, with its routes and response type. */
type Request = Codec<any, any>;

const JSV_TYPE = /^\s*(?:application|text)\/jsv\s*(?:;|$)/i;
const JSON_TYPE = /^\s*application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;
const DEFAULT_TIMEOUT = 100_000;
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
/** The longest delay `setTimeout` holds (about 24.8 days); a longer timeout counts as none. */
const MAX_TIMER = 2 ** 31 - 1;
/** The largest error body (in UTF-16 units) read for its `ResponseStatus`; a larger one keeps only its text. */
const MAX_ERROR_BODY_READ = 1024 * 1024;
/** The deepest JSON error body read (the decoders' default `maxDepth`). */
const MAX_ERROR_DEPTH = 512;

/**
 * A client for ServiceStack APIs that speaks JSV: it fills routes exactly as ServiceStack's
 * `ToUrl` does ({@link urlFor}), sends `Accept: application/jsv` (a ServiceStack host answers
 * `text/jsv` with HTML) and JSV bodies, reads the response with the operation's `returns`
 * codec, and turns every failure into an error of its own kind: {@link JsvServiceError} (a
 * non-2xx status, with ServiceStack's `ResponseStatus`), {@link JsvResponseError} (a 2xx
 * that is not the expected JSV), {@link JsvNetworkError}, {@link JsvAbortError} and
 * {@link JsvTimeoutError}. Runs on `fetch`, in Node 20+ and browsers.
 *
 * @example
 * ```ts
 * const client = new JsvServiceClient("https://api.example.com", { bearerToken: token });
 * const session = await client.send(HoldSession, { sessionId: "S-1", callSid: "CA42", reason: "Transferring" });
 * session?.callState; // typed from HoldSession's `returns: SessionInfo`
 * ```
 */
export class JsvServiceClient {
  /** The base URL, without a trailing slash; paths from {@link urlFor} are appended to it. */
  readonly baseUrl: string;
  /** The options given, for calls to read. */
  readonly options: Readonly<ClientOptions>;

  /**
   * @param baseUrl - where the API lives, e.g. `https://api.example.com` or `http://host/api`.
   * @param options - see {@link ClientOptions}.
   * @throws {TypeError} for an option of the wrong kind.
   */
  constructor(baseUrl: string, options: ClientOptions = {}) {
    if (typeof baseUrl !== "string") throw new TypeError(`baseUrl must be a string, got ${typeof baseUrl}`);
    if (options.textCase !== undefined && options.textCase !== "camel" && options.textCase !== "pascal") {
      throw new TypeError(`textCase must be "camel" or "pascal", got ${String(options.textCase)}`);
    }
    checkTimeout(options.timeout);
    const max = options.maxResponseBytes;
    if (max !== undefined && (typeof max !== "number" || !(max >= 0) || (max !== Infinity && !Number.isInteger(max)))) {
      throw new TypeError(`maxResponseBytes must be a whole number of bytes >= 0 (or Infinity), got ${String(max)}`);
    }
    let end = baseUrl.length;
    while (end > 0 && baseUrl.charCodeAt(end - 1) === 0x2f) end--;
    this.baseUrl = baseUrl.slice(0, end);
    this.options = { ...options };
  }

  /**
   * Calls the operation with the verb its routes name (the first verb listed; POST when
   * none is), as ServiceStack's `Send` does for a DTO marked `IPost`, `IGet`….
   *
   * @param request - the request DTO's codec, with `routes` and `returns`.
   * @param value - the request.
   * @param init - per-call options.
   * @returns the response, typed by `returns`; `undefined` for `"void"` and for a 204.
   * @throws {JsvServiceError} {@link JsvResponseError} {@link JsvNetworkError} {@link JsvAbortError} {@link JsvTimeoutError} {@link JsvRouteError} {@link JsvEncodeError}
   * @example
   * ```ts
   * const session = await client.send(HoldSession, { sessionId: "S-1", reason: "Transferring" });
   * ```
   */
  send<C extends Request>(request: C, value: RequestOf<C>, init?: CallInit): Promise<Reply<C>> {
    return this.call(verbOf(request), request, value, init);
  }

  /** `GET`: members not in the path go on the query string. See {@link send}. */
  get<C extends Request>(request: C, value: RequestOf<C>, init?: CallInit): Promise<Reply<C>> {
    return this.call("GET", request, value, init);
  }

  /** `POST` with the request as a JSV body. See {@link send}. */
  post<C extends Request>(request: C, value: RequestOf<C>, init?: CallInit): Promise<Reply<C>> {
    return this.call("POST", request, value, init);
  }

  /** `PUT` with the request as a JSV body. See {@link send}. */
  put<C extends Request>(request: C, value: RequestOf<C>, init?: CallInit): Promise<Reply<C>> {
    return this.call("PUT", request, value, init);
  }

  /** `PATCH` with the request as a JSV body. See {@link send}. */
  patch<C extends Request>(request: C, value: RequestOf<C>, init?: CallInit): Promise<Reply<C>> {
    return this.call("PATCH", request, value, init);
  }

  /** `DELETE`: members not in the path go on the query string. See {@link send}. */
  delete<C extends Request>(request: C, value: RequestOf<C>, init?: CallInit): Promise<Reply<C>> {
    return this.call("DELETE", request, value, init);
  }

  /**
   * {@link send}, resolving to `{ ok: true, response }` or `{ ok: false, error }` instead of
   * throwing, like ServiceStack's `ApiResult`. Only jsv-codec's own errors are caught
   * (every one extends `JsvError`); a programming error (a `TypeError`) still throws.
   * `init.verb` names the verb, as `get`, `post`… do.
   *
   * @example
   * ```ts
   * const result = await client.api(HoldSession, { sessionId: "S-1" });
   * if (!result.ok && result.error instanceof JsvServiceError) console.log(result.error.fieldError("callSid")?.message);
   * ```
   */
  async api<C extends Request>(request: C, value: RequestOf<C>, init?: CallInit & { verb?: Verb }): Promise<ApiResult<Reply<C>>> {
    try {
      return { ok: true, response: await this.call(init?.verb ?? verbOf(request), request, value, init) };
    } catch (error) {
      if (error instanceof JsvError) return { ok: false, error };
      throw error;
    }
  }

  /**
   * Sends several requests of one operation in one POST, as ServiceStack's `SendAll` does:
   * a JSV list to `{replyPath}/{Name}[]`, which the host runs one by one (auto-batching)
   * and answers with the list of responses, in order.
   *
   * @param request - the request DTO's codec.
   * @param values - the requests.
   * @param init - per-call options.
   * @returns the responses, in the order of `values`.
   * @throws as {@link send} does.
   * @example
   * ```ts
   * const sessions = await client.sendAll(HoldSession, [{ sessionId: "S6" }, { sessionId: "S7" }]);
   * ```
   */
  async sendAll<C extends Request>(request: C, values: readonly RequestOf<C>[], init?: CallInit): Promise<Exclude<Reply<C>, undefined>[]> {
    const textCase = this.options.textCase ?? "camel";
    const path = `${this.options.replyPath ?? "/jsv/reply"}/${request.name}[]`;
    const body = `[${values.map((v) => request.encode(v, { textCase })).join(",")}]`;
    const returns = request.returns as FieldLike | "void" | undefined;
    const each = returns === undefined || returns === "void" ? undefined : list(returns);
    const result = await this.exchange("POST", path, body, each, returns, init);
    return (result ?? []) as Exclude<Reply<C>, undefined>[];
  }

  /**
   * Sends a request for the host to run without waiting for its result, as ServiceStack's
   * `SendOneWay` does: a POST of the JSV body to `{oneWayPath}/{Name}`, whatever the DTO's
   * routes; the host answers at once, with no body to read.
   *
   * @param request - the request DTO's codec.
   * @param value - the request.
   * @param init - per-call options.
   * @throws as {@link send} does (a {@link JsvServiceError} if the host refuses it).
   * @example
   * ```ts
   * await client.sendOneWay(HoldSession, { sessionId: "S-1" }); // POST /jsv/oneway/HoldSession
   * ```
   */
  async sendOneWay<C extends Request>(request: C, value: RequestOf<C>, init?: CallInit): Promise<void> {
    const path = `${this.options.oneWayPath ?? "/jsv/oneway"}/${request.name}`;
    const body = request.encode(value, { textCase: this.options.textCase ?? "camel" });
    await this.exchange("POST", path, body, "void", request.returns as FieldLike | "void" | undefined, init);
  }

  /** One call: the URL and body from the request codec, then the exchange. */
  private async call<C extends Request>(verb: Verb, request: C, value: RequestOf<C>, init: CallInit = {}): Promise<Reply<C>> {
    checkTimeout(init.timeout);
    const textCase = this.options.textCase ?? "camel";
    const method = verb.toUpperCase();
    const path = urlFor(request, value, method as Verb, { textCase, replyPath: this.options.replyPath });
    const body = method === "POST" || method === "PUT" || method === "PATCH" ? request.encode(value, { textCase }) : undefined;
    const returns = request.returns as FieldLike | "void" | undefined;
    return (await this.exchange(method, path, body, returns === "void" ? "void" : returns, returns, init)) as Reply<C>;
  }

  /**
   * Headers, fetch with abort and timeout, then the answer read with `reads` (a field,
   * `"void"`, or undefined for the untyped tree); `returns` types a `{Request}Response` error body.
   */
  private async exchange(
    method: string,
    path: string,
    body: string | undefined,
    reads: FieldLike | "void" | undefined,
    returns: FieldLike | "void" | undefined,
    init: CallInit = {},
  ): Promise<unknown> {
    checkTimeout(init.timeout);
    const o = this.options;
    const headers = new Headers({ Accept: "application/jsv" });
    for (const [k, v] of new Headers(o.headers)) headers.set(k, v);
    for (const [k, v] of new Headers(init.headers)) headers.set(k, v);
    // Credentials given for the call replace the client's, whichever kind they are.
    const bearer = init.bearerToken ?? (init.basic === undefined ? o.bearerToken : undefined);
    const basic = init.basic ?? (init.bearerToken === undefined ? o.basic : undefined);
    if (bearer !== undefined) headers.set("Authorization", `Bearer ${bearer}`);
    else if (basic !== undefined) headers.set("Authorization", `Basic ${formatBytes(new TextEncoder().encode(`${basic.userName}:${basic.password}`))}`);
    if (body !== undefined) headers.set("Content-Type", "application/jsv");
    const outgoing: OutgoingRequest = { method, url: this.baseUrl + path, headers, body };
    if (o.requestFilter) await o.requestFilter(outgoing);

    const timeout = init.timeout ?? o.timeout ?? DEFAULT_TIMEOUT;
    const signal = init.signal;
    const { url } = outgoing;
    method = outgoing.method;
    if (signal?.aborted) throw new JsvAbortError(method, url, signal.reason);
    const controller = new AbortController();
    let timedOut = false;
    const onAbort = () => controller.abort(signal!.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    // A timer cannot hold more than 2^31-1 ms (Node and browsers fire a longer one at once).
    const timer =
      timeout > 0 && timeout <= MAX_TIMER
        ? setTimeout(() => {
            timedOut = true;
            controller.abort(new JsvTimeoutError(method, url, timeout));
          }, timeout)
        : undefined;
    // What a failure of fetch or of the body read stands for. The filters' own errors are
    // not failures of the exchange: they propagate as they are.
    const failure = (error: unknown): JsvError => {
      if (timedOut) return new JsvTimeoutError(method, url, timeout);
      if (signal?.aborted) return new JsvAbortError(method, url, signal.reason);
      if (error instanceof JsvError) return error;
      return new JsvNetworkError(`${method} ${url} failed: ${describeCause(error)}`, method, url, error);
    };
    // A fetch that ignores its signal (a plugged-in one) is raced against the abort, so the
    // timeout and the caller's signal end the call whatever it does.
    const { promise: abortion, reject: abortNow } = withRejecter();
    const onEnd = () => abortNow(controller.signal.reason);
    controller.signal.addEventListener("abort", onEnd, { once: true });
    const exchange: Exchange = {
      guard: <T>(work: Promise<T>): Promise<T> =>
        Promise.race([work, abortion]).catch((error: unknown) => {
          throw failure(error);
        }),
      stop: () => {
        if (controller.signal.aborted) throw failure(controller.signal.reason);
      },
    };
    try {
      const doFetch = o.fetch ?? globalThis.fetch;
      const requestInit: RequestInit = { method, headers: outgoing.headers, body: outgoing.body, signal: controller.signal };
      if (o.credentials !== undefined) requestInit.credentials = o.credentials;
      let fetching: Promise<Response>;
      try {
        fetching = Promise.resolve(doFetch(url, requestInit));
      } catch (error) {
        throw failure(error);
      }
      // An answer that comes after the abort is not read: free its connection.
      void fetching.then((late) => void (controller.signal.aborted ? late.body?.cancel().catch(() => {}) : undefined), () => {});
      const response = await exchange.guard(fetching);
      if (o.responseFilter) {
        await o.responseFilter(response);
        if (response.bodyUsed) throw new TypeError("responseFilter read the response body; read a response.clone() there instead");
      }
      return await this.read(response, method, url, reads, returns, exchange);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      controller.signal.removeEventListener("abort", onEnd);
    }
  }

  /** The answer: a value, `undefined`, or the error it stands for. */
  private async read(
    response: Response,
    method: string,
    url: string,
    reads: FieldLike | "void" | undefined,
    returns: FieldLike | "void" | undefined,
    exchange: Exchange,
  ): Promise<unknown> {
    const headers = response.headers;
    const type = headers.get("content-type") ?? "";
    const limit = this.options.maxResponseBytes ?? DEFAULT_MAX_BYTES;
    const { text, cut } = await readBody(response, limit, exchange);
    // An error status stays a JsvServiceError whatever its body: a huge one is kept cut, unread.
    if (!response.ok) throw serviceError(response, method, url, text, returns, cut);
    if (cut) {
      throw new JsvResponseError(`the response body is larger than maxResponseBytes (${limit})`, { method, url, status: response.status, headers, body: undefined });
    }
    if (response.status === 204) return undefined;
    const fail = (message: string, cause?: unknown): never => {
      throw new JsvResponseError(message, { method, url, status: response.status, headers, body: text, cause });
    };
    const htmlHint = /html/i.test(type) ? " (a ServiceStack host answers HTML when the request does not accept application/jsv)" : "";
    if (reads === "void") {
      // No result: a 204, an empty body, or JSV (ignored); anything else (an HTML page from
      // a proxy or an SPA's fallback route) means the call never reached the operation.
      if (text === "" || JSV_TYPE.test(type)) return undefined;
      return fail(`expected no body or a JSV one (application/jsv)${describeBody(headers, text, ", got ")}${htmlHint}`);
    }
    if (!JSV_TYPE.test(type)) {
      fail(`expected a JSV body (application/jsv)${describeBody(headers, text, ", got ")}${htmlHint}`);
    }
    if (text.trim() === "") fail(`expected a JSV body${describeBody(headers, text, ", got ")}`);
    try {
      return reads === undefined ? parse(text) : decodeText(toField(reads) as Field<unknown>, text);
    } catch (error) {
      if (error instanceof JsvError) return fail(`the JSV body does not read as ${nameOf(reads)}: ${error.message}`, error);
      throw error;
    }
  }
}

/**
 * The decoder of the Content-Type's `charset` (ServiceStack sends none: UTF-8); UTF-8 for a
 * label the runtime does not know.
 */
function decoderFor(contentType: string | null): { decode(bytes: Uint8Array): string } {
  const label = /;\s*charset\s*=\s*"?([^";\s]{1,40})/i.exec(contentType ?? "")?.[1];
  if (label !== undefined) {
    try {
      return new TextDecoder(label);
    } catch {
      // An unknown charset: read it as UTF-8, as when none is given.
    }
  }
  return new TextDecoder();
}

/** One exchange's guards: `guard` races work against the call's end and names its failure; `stop` throws once the call has ended. */
interface Exchange {
  guard<T>(work: Promise<T>): Promise<T>;
  stop(): void;
}

/** The verb `send` uses: the first one a route lists, else POST. */
function verbOf(request: Request): Verb {
  for (const route of request.routes ?? []) {
    const first = (route.verbs ?? "").split(/[, ]/).find((v: string) => v !== "" && v.toUpperCase() !== "ANY");
    if (first !== undefined) return first.toUpperCase() as Verb;
  }
  return "POST";
}

/**
 * The body as text; when it is larger than `limit` bytes, its first `limit` bytes and `cut`
 * (it is not read further). Each read is raced against the call's abort; on abort the body
 * is cancelled.
 */
async function readBody(response: Response, limit: number, exchange: Exchange): Promise<{ text: string; cut: boolean }> {
  if (response.body === null) return { text: "", cut: false };
  let cut = false;
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await exchange.guard(reader.read());
      exchange.stop();
      if (done) break;
      if (total + value.byteLength > limit) {
        chunks.push(value.subarray(0, limit - total));
        total = limit;
        cut = true;
        await reader.cancel().catch(() => {});
        break;
      }
      total += value.byteLength;
      chunks.push(value);
    }
  } catch (error) {
    void reader.cancel().catch(() => {});
    throw error;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { text: decoderFor(response.headers.get("content-type")).decode(bytes), cut };
}

/** The error a non-2xx answer stands for, with whatever its body says. */
function serviceError(response: Response, method: string, url: string, text: string, returns: FieldLike | "void" | undefined, cut: boolean): JsvServiceError {
  const type = response.headers.get("content-type") ?? "";
  let jsv: string | undefined;
  // An error body is read for its ResponseStatus only when it is small and shallow: JSON.parse
  // has no depth limit, and its result would be refused by stringify's maxDepth anyway.
  if (cut || text.length > MAX_ERROR_BODY_READ) jsv = undefined;
  else if (JSV_TYPE.test(type)) jsv = text;
  else if (JSON_TYPE.test(type) && jsonDepthAtMost(text, MAX_ERROR_DEPTH)) {
    try {
      jsv = stringify(JSON.parse(text));
    } catch {
      jsv = undefined;
    }
  }
  let responseStatus: ResponseStatus | undefined;
  let typed: unknown;
  if (jsv !== undefined && jsv.trim() !== "") {
    try {
      responseStatus = ErrorResponse.decode(jsv).responseStatus;
    } catch {
      responseStatus = undefined;
    }
    const field = returns === undefined || returns === "void" ? undefined : toField(returns);
    if (field?.kind === "dto" && (field as Codec<unknown>).member("responseStatus") !== undefined) {
      try {
        typed = (field as Codec<unknown>).decode(jsv);
      } catch {
        typed = undefined;
      }
    }
  }
  return new JsvServiceError({
    method,
    url,
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    body: text,
    bodyCut: cut,
    responseStatus,
    response: typed,
  });
}

/**
 * Whether no more than `max` JSON containers are open at once in `text`, in one pass
 * (strings skipped, escapes included); it stops at the first level beyond `max`.
 */
function jsonDepthAtMost(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // A string: skip to its closing quote.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return false;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return true;
}

function nameOf(returns: FieldLike | undefined): string {
  const field = returns === undefined ? undefined : (toField(returns) as Field<unknown> & { name?: string });
  return field?.name ?? field?.expected ?? "JSV";
}

function describeCause(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}

/** A promise that only ever rejects, with its rejecter (Promise.withResolvers is ES2024); never an unhandled rejection. */
function withRejecter(): { promise: Promise<never>; reject: (reason: unknown) => void } {
  let reject!: (reason: unknown) => void;
  const promise = new Promise<never>((_resolve, rejecter) => {
    reject = rejecter;
  });
  promise.catch(() => {});
  return { promise, reject };
}

function checkTimeout(timeout: unknown): void {
  if (timeout !== undefined && (typeof timeout !== "number" || !(timeout >= 0))) {
    throw new TypeError(`timeout must be a number of milliseconds >= 0, got ${String(timeout)}`);
  }
}

