import { readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { rejection } from "./helpers.js";
import { dto, HoldSession, int, list, string } from "../src/index.js";
import { escapeData, JsvAbortError, JsvNetworkError, JsvResponseError, JsvRouteError, JsvServiceClient, JsvServiceError, JsvTimeoutError, urlFor } from "../src/client/index.js";

// Findings of the client review, each held by a test (fetch doubles: no server, no timing).

/** A client whose fetch answers every call with `make()`. */
function answering(make: () => Response, options: ConstructorParameters<typeof JsvServiceClient>[1] = {}): JsvServiceClient {
  return new JsvServiceClient("http://api.invalid", { ...options, fetch: async () => make() });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a hostile JSON error body is read within bounds", () => {
  const json = (body: string, status = 400) => () => new Response(body, { status, headers: { "Content-Type": "application/json" } });

  it("a body nested deeper than maxDepth (512) is not handed to JSON.parse; the error keeps its text", async () => {
    const deep = `{"responseStatus":{"message":"m"},"x":${"[".repeat(513)}${"]".repeat(513)}}`;
    const parse = vi.spyOn(JSON, "parse");
    const error = (await rejection(answering(json(deep, 500)).send(HoldSession, { sessionId: "S1" }))) as JsvServiceError;
    expect(parse.mock.calls.filter(([text]) => text === deep)).toEqual([]);
    expect(error).toBeInstanceOf(JsvServiceError);
    expect([error.status, error.responseStatus, error.body]).toEqual([500, undefined, deep]);
  });

  it("brackets inside strings do not count; 512 levels are still read", async () => {
    const shallow = `{"responseStatus":{"errorCode":"E","message":"${"[{".repeat(600)}"},"x":${"[".repeat(510)}${"]".repeat(510)}}`;
    const error = (await rejection(answering(json(shallow)).send(HoldSession, { sessionId: "S1" }))) as JsvServiceError;
    expect([error.errorCode, error.message]).toEqual(["E", "[{".repeat(600)]);
  });

  it("a body over 1 MiB keeps its text but is not parsed for its ResponseStatus", async () => {
    const big = JSON.stringify({ responseStatus: { errorCode: "E", message: "m" }, padding: "x".repeat(1024 * 1024) });
    const parse = vi.spyOn(JSON, "parse");
    const error = (await rejection(answering(json(big)).send(HoldSession, { sessionId: "S1" }))) as JsvServiceError;
    expect(parse.mock.calls.filter(([text]) => text === big)).toEqual([]);
    expect(error).toBeInstanceOf(JsvServiceError);
    expect([error.responseStatus, error.body.length, error.errorCode]).toEqual([undefined, big.length, "400"]);
  });
});

describe("timeouts beyond what a timer holds", () => {
  /** A fetch that honours the signal and answers once a later timer has run. */
  const honouring: typeof fetch = (_input, init) =>
    new Promise((resolve, reject) => {
      init?.signal?.addEventListener("abort", () => reject(init.signal!.reason as Error));
      setTimeout(() => resolve(new Response("{Id:S1}", { headers: { "Content-Type": "application/jsv" } })), 5);
    });

  it("a timeout over 2^31-1 ms counts as none (setTimeout would fire it at once)", async () => {
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    for (const timeout of [2 ** 31, 30 * 24 * 3600 * 1000]) {
      const client = new JsvServiceClient("http://api.invalid", { fetch: honouring, timeout });
      expect(await client.send(HoldSession, { sessionId: "S1" })).toEqual({ id: "S1" });
      expect(await client.send(HoldSession, { sessionId: "S1" }, { timeout })).toEqual({ id: "S1" });
    }
    expect(warn.mock.calls.filter(([w]) => String((w as Error).name ?? w).includes("TimeoutOverflow"))).toEqual([]);
  });

  it("a timeout that is not a number of milliseconds >= 0 is refused", () => {
    for (const timeout of [Number.NaN, -1, "5" as never]) {
      expect(() => new JsvServiceClient("http://api.invalid", { timeout })).toThrow(TypeError);
    }
  });
});

describe("a void operation and sendOneWay check what came back", () => {
  const Delete = dto("DeleteSession", { sessionId: string() }, { routes: [{ path: "/sessions/{sessionId}", verbs: "DELETE" }], returns: "void" });
  const html = () => new Response("<!doctype html><p>My SPA</p>", { status: 200, headers: { "Content-Type": "text/html" } });

  it("an HTML page (an SPA fallback, a proxy) is a JsvResponseError, not success", async () => {
    const client = answering(html);
    for (const call of [client.send(Delete, { sessionId: "S1" }), client.sendOneWay(HoldSession, { sessionId: "S1" })]) {
      const error = await rejection(call);
      expect(error).toBeInstanceOf(JsvResponseError);
      expect(error.message).toMatch(/^expected no body or a JSV one \(application\/jsv\), got text\/html: "<!doctype html><p>My SPA<\/p>" \(a ServiceStack host answers HTML/);
    }
  });

  it("a 204, an empty 200 or 202 whatever its type, and a JSV body are accepted", async () => {
    const answers = [
      () => new Response(null, { status: 204 }),
      () => new Response("", { status: 200, headers: { "Content-Type": "text/html" } }),
      () => new Response(null, { status: 202 }),
      () => new Response("{Ignored:1}", { status: 200, headers: { "Content-Type": "text/jsv" } }),
    ];
    for (const answer of answers) {
      const client = answering(answer);
      expect(await client.send(Delete, { sessionId: "S1" })).toBeUndefined();
      expect(await client.sendOneWay(HoldSession, { sessionId: "S1" })).toBeUndefined();
    }
  });
});

describe("a path value of . or .. never reaches another resource", () => {
  const DeleteMember = dto(
    "DeleteMember",
    { teamId: string(), memberId: string() },
    { routes: [{ path: "/teams/{teamId}/members/{memberId}", verbs: "DELETE" }], returns: "void" },
  );

  it("urlFor refuses the route, with the reason, and the client sends nothing", async () => {
    for (const value of [{ teamId: "T1", memberId: ".." }, { teamId: ".", memberId: "M1" }, { teamId: "..", memberId: ".." }]) {
      expect(() => urlFor(DeleteMember, value, "DELETE")).toThrow(JsvRouteError);
      const sent: string[] = [];
      const client = new JsvServiceClient("http://api.invalid", { fetch: async (url) => (sent.push(String(url)), new Response(null, { status: 204 })) });
      expect(await rejection(client.send(DeleteMember, value))).toBeInstanceOf(JsvRouteError);
      expect(sent).toEqual([]);
    }
    let error: JsvRouteError | undefined;
    try {
      urlFor(DeleteMember, { teamId: "T1", memberId: ".." }, "DELETE");
    } catch (e) {
      error = e as JsvRouteError;
    }
    expect(error?.routes).toEqual([{ path: "/teams/{teamId}/members/{memberId}", reason: "The path segment '..' would be resolved away by the URL" }]);
  });

  it("dots inside a segment, and a . or .. that the escaping changes, still fit", () => {
    expect(urlFor(DeleteMember, { teamId: "...", memberId: "a..b" }, "DELETE")).toBe("/teams/.../members/a..b");
    expect(urlFor(DeleteMember, { teamId: "../x", memberId: ". " }, "DELETE")).toBe("/teams/..%2Fx/members/.%20");
  });

  it("another route takes the request when one is refused for it", () => {
    const Find = dto("Find", { path: string() }, { routes: [{ path: "/files/{path}" }, { path: "/files" }] });
    expect(urlFor(Find, { path: ".." }, "GET")).toBe("/files?path=..");
  });
});

describe("no regular expression scans a run of characters backwards from the end", () => {
  it("src/client has no /X+$/ or /X*$/ without a ^ (quadratic on a long run of X not at the end)", () => {
    const dir = new URL("../src/client/", import.meta.url);
    const found: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
      const source = readFileSync(new URL(file, dir), "utf8");
      for (const [literal] of source.matchAll(/\/(?!\^)(?:\\.|\[(?:\\.|[^\]\n])*\]|[^/\n\\[])+[+*]\$\//g)) found.push(`${file}: ${literal}`);
    }
    expect(found).toEqual([]);
  });

  it("outer brackets are trimmed from a query value, however many, and the base URL's slashes", () => {
    const Q = dto("Q", { tags: list(string()), grid: list(list(list(string()))) }, { routes: [{ path: "/q" }] });
    const value = `${"[".repeat(3)}${"]".repeat(2000)}x${"]".repeat(3)}`;
    expect(urlFor(Q, { tags: [value] }, "GET")).toBe(`/q?tags=${escapeData(`"${value}"`)}`);
    expect(urlFor(Q, { grid: [[["a", "b"], ["c"]]] }, "GET")).toBe(`/q?grid=${escapeData("a,b],[c")}`);
    expect(urlFor(Q, { tags: [] }, "GET")).toBe("/q?tags=%5B%5D");
    expect(new JsvServiceClient("http://h/api///").baseUrl).toBe("http://h/api");
    expect(new JsvServiceClient("///").baseUrl).toBe("");
  });
});

describe("timeout and signal end a call whose fetch ignores the signal", () => {
  /** A fetch that never settles and never looks at its signal. */
  const deaf: typeof fetch = () => new Promise<Response>(() => {});

  /** A 200 whose body sends a piece and then nothing; records whether it was cancelled. */
  function stalling(): { fetch: typeof fetch; cancelled: () => boolean } {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start: (c) => c.enqueue(new TextEncoder().encode("{Id:")),
      cancel: () => {
        cancelled = true;
      },
    });
    return { fetch: async () => new Response(body, { headers: { "Content-Type": "application/jsv" } }), cancelled: () => cancelled };
  }

  it("the timeout ends a fetch that never settles", async () => {
    const client = new JsvServiceClient("http://api.invalid", { fetch: deaf, timeout: 10 });
    expect(await rejection(client.send(HoldSession, { sessionId: "S1" }))).toBeInstanceOf(JsvTimeoutError);
  });

  it("the caller's signal ends a fetch that never settles", async () => {
    const controller = new AbortController();
    const client = new JsvServiceClient("http://api.invalid", { fetch: deaf, timeout: 0 });
    const call = client.send(HoldSession, { sessionId: "S1" }, { signal: controller.signal });
    controller.abort(new Error("user left"));
    const error = await rejection(call);
    expect(error).toBeInstanceOf(JsvAbortError);
    expect((error as Error & { cause: Error }).cause.message).toBe("user left");
  });

  it("a body that stalls is cancelled on timeout and on abort", async () => {
    const timed = stalling();
    const client = new JsvServiceClient("http://api.invalid", { fetch: timed.fetch, timeout: 10 });
    expect(await rejection(client.send(HoldSession, { sessionId: "S1" }))).toBeInstanceOf(JsvTimeoutError);
    expect(timed.cancelled()).toBe(true);

    const aborted = stalling();
    const controller = new AbortController();
    const call = new JsvServiceClient("http://api.invalid", { fetch: aborted.fetch, timeout: 0 }).send(HoldSession, { sessionId: "S1" }, { signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    expect(await rejection(call)).toBeInstanceOf(JsvAbortError);
    expect(aborted.cancelled()).toBe(true);
  });
});

describe("an error status over maxResponseBytes is still a JsvServiceError", () => {
  it("with its status, headers and the body's first maxResponseBytes bytes, not read for a ResponseStatus", async () => {
    const page = `<html>${"x".repeat(5000)}</html>`;
    const client = answering(() => new Response(page, { status: 503, statusText: "Service Unavailable", headers: { "Content-Type": "text/html", "Retry-After": "30" } }), {
      maxResponseBytes: 1000,
    });
    const error = (await rejection(client.send(HoldSession, { sessionId: "S1" }))) as JsvServiceError;
    expect(error).toBeInstanceOf(JsvServiceError);
    expect([error.status, error.errorCode, error.headers.get("retry-after"), error.body, error.bodyCut, error.responseStatus]).toEqual([
      503,
      "Service Unavailable",
      "30",
      page.slice(0, 1000),
      true,
      undefined,
    ]);
    expect(error.message).toMatch(/^503 Service Unavailable, text\/html: "<html>x+…" \(cut at maxResponseBytes\) from POST http:\/\/api\.invalid\/sessions\/S1\/hold$/);
  });

  it("a JSV ResponseStatus past the limit is not read from the part kept; a 2xx over the limit stays a JsvResponseError", async () => {
    const body = `{ResponseStatus:{ErrorCode:Big,Message:${"m".repeat(3000)}}}`;
    const error = (await rejection(
      answering(() => new Response(body, { status: 400, headers: { "Content-Type": "application/jsv" } }), { maxResponseBytes: 100 }).send(HoldSession, { sessionId: "S1" }),
    )) as JsvServiceError;
    expect([error.constructor, error.errorCode, error.body.length, error.bodyCut]).toEqual([JsvServiceError, "400", 100, true]);
    const ok = answering(() => new Response(body, { status: 200, headers: { "Content-Type": "application/jsv" } }), { maxResponseBytes: 100 });
    expect(await rejection(ok.send(HoldSession, { sessionId: "S1" }))).toBeInstanceOf(JsvResponseError);
  });
});

describe("the filters' own errors propagate as they are", () => {
  const ok = () => new Response("{Id:S1}", { headers: { "Content-Type": "application/jsv" } });

  it("a requestFilter or responseFilter that throws: the same error, from send and from api()", async () => {
    const bug = new Error("filter bug");
    for (const options of [{ requestFilter: () => Promise.reject(bug) }, { responseFilter: () => Promise.reject(bug) }, { responseFilter: () => {
      throw bug;
    } }]) {
      const client = answering(ok, options);
      expect(await rejection(client.send(HoldSession, { sessionId: "S1" }))).toBe(bug);
      await expect(client.api(HoldSession, { sessionId: "S1" })).rejects.toBe(bug);
    }
  });

  it("a JsvError a filter throws is api()'s error", async () => {
    const refused = new JsvResponseError("refused by the filter", { method: "POST", url: "u", status: 200, headers: new Headers(), body: "" });
    const result = await answering(ok, { responseFilter: () => Promise.reject(refused) }).api(HoldSession, { sessionId: "S1" });
    expect(result.error).toBe(refused);
  });

  it("a responseFilter that reads the body is told so (a TypeError), not a network error", async () => {
    const client = answering(ok, { responseFilter: async (response) => void (await response.text()) });
    const error = await rejection(client.send(HoldSession, { sessionId: "S1" }));
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe("responseFilter read the response body; read a response.clone() there instead");
    const clone = answering(ok, { responseFilter: async (response) => void (await response.clone().text()) });
    expect(await clone.send(HoldSession, { sessionId: "S1" })).toEqual({ id: "S1" });
  });

  it("a fetch that throws, synchronously or not, is still a JsvNetworkError", async () => {
    for (const fetch of [() => Promise.reject(new TypeError("fetch failed")), () => {
      throw new TypeError("fetch failed");
    }] as (typeof globalThis.fetch)[]) {
      const error = await rejection(new JsvServiceClient("http://api.invalid", { fetch }).send(HoldSession, { sessionId: "S1" }));
      expect(error).toBeInstanceOf(JsvNetworkError);
      expect(error.message).toBe("POST http://api.invalid/sessions/S1/hold failed: fetch failed");
    }
  });
});

describe("maxResponseBytes is checked and honoured early", () => {
  it("a value that is not a whole number of bytes >= 0 is refused (NaN used to lift the limit)", () => {
    for (const maxResponseBytes of [Number.NaN, -1, 1.5, "100" as never]) {
      expect(() => new JsvServiceClient("http://api.invalid", { maxResponseBytes })).toThrow(TypeError);
    }
    for (const maxResponseBytes of [0, 1, Infinity]) expect(new JsvServiceClient("http://api.invalid", { maxResponseBytes }).options.maxResponseBytes).toBe(maxResponseBytes);
  });

  it("a body over the limit is cancelled once the limit is passed, not read to its end", async () => {
    let pulls = 0;
    let cancelled = false;
    const chunk = new Uint8Array(100_000).fill(0x61);
    const body = new ReadableStream<Uint8Array>({
      pull: (c) => {
        pulls++;
        c.enqueue(chunk); // endless
      },
      cancel: () => {
        cancelled = true;
      },
    }, { highWaterMark: 0 });
    const client = answering(() => new Response(body, { headers: { "Content-Type": "application/jsv" } }), { maxResponseBytes: 1_000_000 });
    expect(await rejection(client.send(HoldSession, { sessionId: "S1" }))).toBeInstanceOf(JsvResponseError);
    expect(cancelled).toBe(true);
    expect(pulls).toBeLessThanOrEqual(12);
  });
});

describe("an error without a reason phrase (HTTP/2)", () => {
  it("says the status alone, without a stray comma; errorCode is the status", async () => {
    const empty = (await rejection(answering(() => new Response(null, { status: 401, headers: { "WWW-Authenticate": "Basic" } })).send(HoldSession, { sessionId: "S1" }))) as JsvServiceError;
    expect([empty.message, empty.errorCode, empty.statusText]).toEqual(["401, an empty body from POST http://api.invalid/sessions/S1/hold", "401", ""]);
    const plain = (await rejection(answering(() => new Response("404", { status: 404, headers: { "Content-Type": "text/plain" } })).send(HoldSession, { sessionId: "S1" }))) as JsvServiceError;
    expect(plain.message).toBe('404, text/plain: "404" from POST http://api.invalid/sessions/S1/hold');
    const phrased = (await rejection(answering(() => new Response(null, { status: 401, statusText: "Unauthorized" })).send(HoldSession, { sessionId: "S1" }))) as JsvServiceError;
    expect([phrased.message, phrased.errorCode]).toEqual(["401 Unauthorized, an empty body from POST http://api.invalid/sessions/S1/hold", "Unauthorized"]);
  });
});

describe("urlFor reads the request's own members only, as encode does", () => {
  it("a member named constructor or valueOf, and an inherited value, are not data", () => {
    const X = dto("X", { constructor: string(), valueOf: int(), name: string() }, { routes: [{ path: "/x" }, { path: "/x/{constructor}" }] });
    expect(urlFor(X, { name: "n" } as never, "GET")).toBe("/x?name=n"); // TS sees Object.prototype.constructor in a literal
    expect(urlFor(X, Object.create({ name: "inherited", constructor: "c" }) as never, "GET")).toBe("/x");
    expect(X.encode({ name: "n" } as never)).toBe("{name:n}");
    expect(urlFor(X, { constructor: "c", valueOf: 2 }, "GET")).toBe("/x/c?valueOf=2");
  });
});

describe("the body is decoded with the Content-Type's charset", () => {
  const bytes = (b: number[]) => new Uint8Array(b);
  it("iso-8859-1 and utf-16le are honoured; none, or an unknown one, is UTF-8", async () => {
    const answer = (body: Uint8Array, type: string) => answering(() => new Response(body, { headers: { "Content-Type": type } })).send(HoldSession, { sessionId: "S1" });
    expect(await answer(bytes([0x7b, 0x49, 0x64, 0x3a, 0xe9, 0x7d]), "application/jsv; charset=iso-8859-1")).toEqual({ id: "é" });
    expect(await answer(bytes([0x7b, 0, 0x49, 0, 0x64, 0, 0x3a, 0, 0xe9, 0, 0x7d, 0]), 'application/jsv; charset="UTF-16LE"')).toEqual({ id: "é" });
    expect(await answer(new TextEncoder().encode("{Id:é}"), "application/jsv")).toEqual({ id: "é" });
    expect(await answer(new TextEncoder().encode("{Id:é}"), "application/jsv; charset=x-unknown")).toEqual({ id: "é" });
  });
});
