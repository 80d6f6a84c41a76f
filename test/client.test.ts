import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { rejection } from "./helpers.js";
import { dto, HoldSession, int, JsvEncodeError, JsvError, list, SessionInfo, string } from "../src/index.js";
import {
  JsvAbortError,
  JsvClientError,
  JsvNetworkError,
  JsvResponseError,
  JsvRouteError,
  JsvServiceClient,
  JsvServiceError,
  JsvTimeoutError,
  escapeData,
  toCamelCase,
  urlFor,
} from "../src/client/index.js";
import type { TestServer } from "./client/server.js";
import { startServer } from "./client/server.js";

let server: TestServer;
let client: JsvServiceClient;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.reset();
  client = new JsvServiceClient(server.url);
});

const Void = dto("Void", { id: string() }, { routes: [{ path: "/void/{id}", verbs: "DELETE" }], returns: "void" });
const GetThing = dto("GetThing", { id: string() }, { routes: [{ path: "/things/{id}", verbs: "GET" }], returns: SessionInfo });
const Untyped = dto("Untyped", { id: string() }, { routes: [{ path: "/untyped/{id}" }] });

describe("the seed operation against a local server", () => {
  it("holds a session: POST /sessions/{sessionId}/hold with a JSV body, read back as SessionInfo", async () => {
    const session = await client.send(HoldSession, { sessionId: "S-1", callSid: "CA,42", reason: "Transferring" });
    expect(session).toEqual({ callState: "Hold", callSid: "CA,42", holdReason: "Transferring", id: "S-1" });
    const [r] = server.received;
    expect(r!.method).toBe("POST");
    expect(r!.url).toBe("/sessions/S-1/hold");
    expect(r!.headers.accept).toBe("application/jsv");
    expect(r!.headers["content-type"]).toBe("application/jsv");
    expect(r!.body).toBe('{callSid:"CA,42",sessionId:S-1,reason:Transferring}');
  });

  it("sends PascalCase bodies with textCase: pascal, as ServiceStack's C# client does", async () => {
    client = new JsvServiceClient(`${server.url}/`, { textCase: "pascal" });
    await client.post(HoldSession, { sessionId: "S 1", callSid: "CA1" });
    expect(server.received[0]!.url).toBe("/sessions/S%201/hold");
    expect(server.received[0]!.body).toBe("{CallSid:CA1,SessionId:S 1}");
  });

  it("turns a 404 with a JSV ResponseStatus into a JsvServiceError, never an empty SessionInfo", async () => {
    const error = await rejection(client.send(HoldSession, { sessionId: "missing" }));
    expect(error).toBeInstanceOf(JsvServiceError);
    expect(error).toBeInstanceOf(JsvClientError);
    expect(error).toBeInstanceOf(JsvError);
    const e = error as JsvServiceError;
    expect([e.status, e.statusText, e.errorCode, e.message]).toEqual([404, "NotFound", "NotFound", "Session 'missing' was not found"]);
    expect(e.responseStatus).toEqual({ errorCode: "NotFound", message: "Session 'missing' was not found", errors: [] });
    expect(e.fieldErrors).toEqual([]);
    expect(e.code).toBe("service-error");
    expect([e.method, e.url]).toEqual(["POST", `${server.url}/sessions/missing/hold`]);
  });

  it("api() returns { ok, response } or { ok: false, error } without throwing", async () => {
    const good = await client.api(HoldSession, { sessionId: "S1" });
    expect(good).toEqual({ ok: true, response: { callState: "Hold", id: "S1" } });
    const bad = await client.api(HoldSession, { sessionId: "missing" });
    expect(bad.ok).toBe(false);
    expect(bad.error).toBeInstanceOf(JsvServiceError);
    const noRoute = await client.api(HoldSession, {});
    expect(noRoute.error).toBeInstanceOf(JsvRouteError);
    expect(server.received.length).toBe(2);
  });

  it("refuses a request no route accepts before sending anything", async () => {
    const error = await rejection(client.get(HoldSession, { sessionId: "S1" }));
    expect(error).toBeInstanceOf(JsvRouteError);
    expect(error.message).toBe(
      "None of the given rest routes matches 'HoldSession' request:\n\t/sessions/{sessionId}/hold:\tAllowed HTTP methods 'POST' does not support the specified 'GET' method.",
    );
    expect(server.received).toEqual([]);
  });
});

describe("answers that are not the expected JSV", () => {
  it("an HTML page (what a host answers to Accept: text/jsv) says so", async () => {
    client = new JsvServiceClient(server.url, { requestFilter: (r) => void r.headers.set("Accept", "text/jsv") });
    const error = await rejection(client.send(HoldSession, { sessionId: "S1" }));
    expect(error).toBeInstanceOf(JsvResponseError);
    expect(error.message).toMatch(/expected a JSV body \(application\/jsv\), got text\/html: "<!doctype html>.*answers HTML/);
    expect((error as JsvResponseError).contentType).toBe("text/html");
  });

  it("JSON, an empty 200, and JSV that does not fit are errors that say what came back", async () => {
    server.handler = (_r, res) => void res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end('{"Id":"S1"}');
    expect((await rejection(client.send(HoldSession, { sessionId: "S1" }))).message).toMatch(/got application\/json; charset=utf-8: "\{\\"Id\\":\\"S1\\"\}"/);
    server.handler = (_r, res) => void res.writeHead(200).end();
    expect((await rejection(client.send(HoldSession, { sessionId: "S1" }))).message).toMatch(/^expected a JSV body \(application\/jsv\), got an empty body/);
    server.handler = (_r, res) => void res.writeHead(200, { "Content-Type": "application/jsv" }).end("{Members:x}");
    const error = await rejection(client.send(HoldSession, { sessionId: "S1" }));
    expect(error).toBeInstanceOf(JsvResponseError);
    expect(error.message).toMatch(/does not read as SessionInfo: members: expected a list/);
    expect((error as JsvResponseError & { cause: unknown }).cause).toBeInstanceOf(JsvError);
  });

  it("text/jsv is JSV too; an operation without `returns` gives the parsed tree", async () => {
    server.handler = (_r, res) => void res.writeHead(200, { "Content-Type": "text/jsv" }).end("{Id:S1,Tags:[a,b]}");
    expect(await client.get(Untyped, { id: "1" })).toEqual({ Id: "S1", Tags: ["a", "b"] });
    expect(await client.send(HoldSession, { sessionId: "S1" })).toEqual({ id: "S1" });
  });

  it("a 204 and a void operation resolve to undefined", async () => {
    server.handler = (_r, res) => void res.writeHead(204).end();
    expect(await client.get(GetThing, { id: "empty" })).toBeUndefined();
    server.handler = (_r, res) => void res.writeHead(200, { "Content-Type": "application/jsv" }).end("{Ignored:1}");
    expect(await client.send(Void, { id: "1" })).toBeUndefined();
    expect(server.received.map((r) => `${r.method} ${r.url}`)).toEqual(["GET /things/empty", "DELETE /void/1"]);
  });

  it("a non-JSV error body falls back to the status line; a JSON ResponseStatus is read", async () => {
    server.handler = (_r, res) => void res.writeHead(404, "Not Found", { "Content-Type": "text/plain; charset=utf-8" }).end("404");
    const plain = (await rejection(client.get(GetThing, { id: "x" }))) as JsvServiceError;
    expect([plain.errorCode, plain.responseStatus, plain.body]).toEqual(["Not Found", undefined, "404"]);
    expect(plain.message).toBe(`404 Not Found, text/plain; charset=utf-8: "404" from GET ${server.url}/things/x`);
    server.handler = (_r, res) =>
      void res
        .writeHead(400, "InvalidRequest", { "Content-Type": "application/json; charset=utf-8", "Retry-After": "5" })
        .end('{"responseStatus":{"errorCode":"InvalidRequest","message":"bad","errors":[{"errorCode":"Required","fieldName":"CallSid","message":"needed","meta":{"n":1}}]}}');
    const json = (await rejection(client.get(GetThing, { id: "x" }))) as JsvServiceError;
    expect(json.errorCode).toBe("InvalidRequest");
    expect(json.message).toBe("bad");
    expect(json.fieldError("callSid")).toEqual({ errorCode: "Required", fieldName: "CallSid", message: "needed", meta: { n: "1" } });
    expect(json.headers.get("retry-after")).toBe("5");
  });
});

describe("auth, headers and filters", () => {
  it("bearer token, basic credentials, custom headers; per-call init wins", async () => {
    client = new JsvServiceClient(server.url, { bearerToken: "T1", headers: { "X-Trace": "a" } });
    await client.send(HoldSession, { sessionId: "S1" });
    await client.send(HoldSession, { sessionId: "S1" }, { headers: { "X-Trace": "b" }, basic: { userName: "oracle", password: "p@55word" } });
    client = new JsvServiceClient(server.url, { basic: { userName: "üser", password: "pä:ss" } });
    await client.send(HoldSession, { sessionId: "S1" });
    const [a, b, c] = server.received;
    expect([a!.headers.authorization, a!.headers["x-trace"]]).toEqual(["Bearer T1", "a"]);
    // The same credentials the C# client sent on its retry (servicestack-wire.jsonl).
    expect([b!.headers.authorization, b!.headers["x-trace"]]).toEqual(["Basic b3JhY2xlOnBANTV3b3Jk", "b"]);
    expect(Buffer.from(String(c!.headers.authorization).slice(6), "base64").toString("utf8")).toBe("üser:pä:ss");
  });

  it("request and response filters see each call", async () => {
    const seen: string[] = [];
    client = new JsvServiceClient(server.url, {
      requestFilter: (r) => {
        seen.push(`${r.method} ${r.url} ${r.body}`);
        r.headers.set("X-Trace", "filtered");
      },
      responseFilter: (res) => void seen.push(`${res.status} ${res.headers.get("content-type")}`),
    });
    await client.send(HoldSession, { sessionId: "S1" });
    expect(seen).toEqual([`POST ${server.url}/sessions/S1/hold {sessionId:S1}`, "200 application/jsv"]);
    expect(server.received[0]!.headers["x-trace"]).toBe("filtered");
  });

  it("sendOneWay posts to /jsv/oneway/{Name} and reads no body", async () => {
    server.handler = (_r, res) => void res.writeHead(204).end();
    expect(await client.sendOneWay(HoldSession, { sessionId: "S1", callSid: "CA1" })).toBeUndefined();
    const [r] = server.received;
    expect([r!.method, r!.url, r!.body, r!.headers["content-type"]]).toEqual(["POST", "/jsv/oneway/HoldSession", "{callSid:CA1,sessionId:S1}", "application/jsv"]);
    server.handler = (_r, res) => void res.writeHead(503, "Busy", { "Content-Type": "application/jsv" }).end("{ResponseStatus:{ErrorCode:Busy,Message:Try again later}}");
    expect(await rejection(client.sendOneWay(HoldSession, { sessionId: "S1" }))).toBeInstanceOf(JsvServiceError);
  });

  it("a pluggable fetch", async () => {
    const calls: string[] = [];
    client = new JsvServiceClient("http://api.invalid", {
      fetch: async (input, init) => {
        calls.push(`${init?.method} ${String(input)}`);
        return new Response("{Id:S1}", { status: 200, headers: { "Content-Type": "application/jsv" } });
      },
    });
    expect(await client.send(HoldSession, { sessionId: "S1" })).toEqual({ id: "S1" });
    expect(calls).toEqual(["POST http://api.invalid/sessions/S1/hold"]);
  });
});

describe("abort, timeout, hang-ups, slow and huge answers", () => {
  it("an AbortSignal ends a call the server never answers", async () => {
    server.handler = () => {}; // never answers
    const controller = new AbortController();
    const call = client.send(HoldSession, { sessionId: "S1" }, { signal: controller.signal, timeout: 0 });
    await waitFor(() => server.received.length === 1);
    controller.abort(new Error("user left"));
    const error = await rejection(call);
    expect(error).toBeInstanceOf(JsvAbortError);
    expect(error.code).toBe("aborted");
    expect((error as Error & { cause: Error }).cause.message).toBe("user left");
  });

  it("an already aborted signal sends nothing", async () => {
    const error = await rejection(client.send(HoldSession, { sessionId: "S1" }, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(JsvAbortError);
    expect(server.received).toEqual([]);
  });

  it("a timeout ends a call the server never answers, and one whose body stalls", async () => {
    server.handler = () => {};
    const error = await rejection(client.send(HoldSession, { sessionId: "S1" }, { timeout: 30 }));
    expect(error).toBeInstanceOf(JsvTimeoutError);
    expect([error.code, (error as JsvTimeoutError).timeout]).toEqual(["timeout", 30]);
    server.handler = (_r, res) => {
      res.writeHead(200, { "Content-Type": "application/jsv" });
      res.write("{Id:S"); // and never the rest
    };
    client = new JsvServiceClient(server.url, { timeout: 30 });
    expect(await rejection(client.send(HoldSession, { sessionId: "S1" }))).toBeInstanceOf(JsvTimeoutError);
  });

  it("a server that hangs up, before or during the answer, is a JsvNetworkError", async () => {
    server.handler = (_r, res) => void res.socket?.destroy();
    const before = await rejection(client.send(HoldSession, { sessionId: "S1" }));
    expect(before).toBeInstanceOf(JsvNetworkError);
    expect(before.code).toBe("network-error");
    server.handler = (_r, res) => {
      res.writeHead(200, { "Content-Type": "application/jsv", "Content-Length": "100" });
      res.write("{Id:S", () => res.socket?.destroy());
    };
    expect(await rejection(client.send(HoldSession, { sessionId: "S1" }))).toBeInstanceOf(JsvNetworkError);
    const closed = new JsvServiceClient("http://127.0.0.1:1");
    expect(await rejection(closed.send(HoldSession, { sessionId: "S1" }))).toBeInstanceOf(JsvNetworkError);
  });

  it("a slow answer, in pieces, is read whole", async () => {
    server.handler = (_r, res) => {
      res.writeHead(200, { "Content-Type": "application/jsv" });
      const pieces = ["{CallSt", "ate:Hold,", "Id:S1", "}"];
      const next = () => {
        const piece = pieces.shift();
        if (piece === undefined) res.end();
        else res.write(piece, () => setTimeout(next, 5));
      };
      next();
    };
    expect(await client.send(HoldSession, { sessionId: "S1" })).toEqual({ callState: "Hold", id: "S1" });
  });

  it("a huge answer is read; one over maxResponseBytes is refused (client-hardening.test.ts shows the read stops at the limit)", async () => {
    const Page = dto("Page", { id: string() }, { routes: [{ path: "/page" }], returns: dto("Sessions", { results: list(SessionInfo), total: int() }) });
    const one = SessionInfo.encode({ id: "S1", callSid: "CA1", displayName: "Front desk: main", members: [{ identity: "u1", applicationData: { k: "v" } }] });
    const count = 40_000;
    const body = `{results:[${Array.from({ length: count }, () => one).join(",")}],total:${count}}`;
    server.handler = (_r, res) => void res.writeHead(200, { "Content-Type": "application/jsv" }).end(body);
    const page = await client.get(Page, {});
    expect(page?.results?.length).toBe(count);
    expect(page?.results?.[count - 1]).toEqual(page?.results?.[0]);
    expect(body.length).toBeGreaterThan(3_000_000);
    client = new JsvServiceClient(server.url, { maxResponseBytes: 1_000_000 });
    const error = await rejection(client.get(Page, {}));
    expect(error).toBeInstanceOf(JsvResponseError);
    expect(error.message).toMatch(/larger than maxResponseBytes \(1000000\)/);
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setImmediate(resolve));
}

describe("urlFor and its helpers beyond the records", () => {
  it("escapes as Uri.EscapeDataString: RFC 3986 unreserved only, a lone surrogate as U+FFFD", () => {
    expect(escapeData("a-b_c.d~e !'()*/?#&=+")).toBe("a-b_c.d~e%20%21%27%28%29%2A%2F%3F%23%26%3D%2B");
    expect(escapeData("x\uD800y😀")).toBe("x%EF%BF%BDy%F0%9F%98%80");
  });

  it("camelCases names as ServiceStack does", () => {
    expect(["UShort", "ID", "URLPath", "Display Name", "ref_id", "x"].map(toCamelCase)).toEqual(["uShort", "id", "urlPath", "display Name", "ref_id", "x"]);
  });

  it("says why each route failed, as data too", () => {
    const Two = dto("Two", { a: string(), b: string() }, { routes: [{ path: "/two/{a}" }, { path: "/two/{a}/{b}-x" }] });
    let error: JsvRouteError | undefined;
    try {
      urlFor(Two, { b: "1" }, "GET");
    } catch (e) {
      error = e as JsvRouteError;
    }
    expect(error?.kind).toBe("none");
    expect(error?.routes).toEqual([
      { path: "/two/{a}", reason: "Could not match following variables: a" },
      { path: "/two/{a}/{b}-x", reason: "Component '{b}-x' can not be parsed" },
    ]);
    expect(urlFor(Two, { a: "x y", b: "1" }, "GET")).toBe("/two/x%20y?b=1");
  });

  it("refuses a request that is not an object, and a value that does not fit, at its member", () => {
    expect(() => urlFor(HoldSession, null as never, "POST")).toThrow(TypeError);
    const Q = dto("Q", { take: int(), tags: list(int()) }, { routes: [{ path: "/q/{take}" }] });
    expect(() => urlFor(Q, { take: 1, tags: [1, "x" as never] }, "GET")).toThrow(/^tags\[1\]: expected a whole number/);
    expect(() => urlFor(Q, { take: 1.5 }, "GET")).toThrow(JsvEncodeError);
  });
});
