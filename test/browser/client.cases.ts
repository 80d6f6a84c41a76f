// jsv-codec/client in a browser: HoldSession round-trips through JsvServiceClient against the
// local server of client.setup.ts (another origin: CORS, with a preflight for application/jsv),
// and its errors come out the same as in Node.
import { dto, HoldSession, string } from "jsv-codec";
import { JsvAbortError, JsvServiceClient, JsvServiceError, urlFor } from "jsv-codec/client";
import type { Cases } from "./runner.js";

const url = (params: Record<string, unknown>) => String(params.url);

async function caught(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return { value: await run() };
  } catch (error) {
    return error;
  }
}

export const cases: Cases = {
  "urlFor fills and escapes the route": () => urlFor(HoldSession, { sessionId: "S 1/x", callSid: "CA1" }, "POST"),
  "HoldSession round trip": async (params) => {
    const client = new JsvServiceClient(url(params));
    return client.send(HoldSession, { sessionId: "S-1", callSid: "CA,42", reason: "Transferring" });
  },
  "PascalCase request, any-case response": async (params) => {
    const client = new JsvServiceClient(url(params), { textCase: "pascal", headers: { "X-Trace": "browser" } });
    return client.post(HoldSession, { sessionId: "Ünï ✓", callSid: "say \"hi\"" });
  },
  "404 as JsvServiceError": async (params) => {
    const error = await caught(() => new JsvServiceClient(url(params)).send(HoldSession, { sessionId: "missing" }));
    const e = error as JsvServiceError;
    return { error, status: e.status, statusText: e.statusText, errorCode: e.errorCode, responseStatus: e.responseStatus, isServiceError: error instanceof JsvServiceError };
  },
  "api() without throwing": async (params) => {
    const result = await new JsvServiceClient(url(params)).api(HoldSession, { sessionId: "missing" });
    return { ok: result.ok, code: result.error?.code };
  },
  "HTML answer to Accept: text/jsv": async (params) => {
    const client = new JsvServiceClient(url(params), { requestFilter: (r) => void r.headers.set("Accept", "text/jsv") });
    return caught(() => client.send(HoldSession, { sessionId: "S1" }));
  },
  abort: async (params) => {
    const controller = new AbortController();
    const pending = new JsvServiceClient(url(params)).send(HoldSession, { sessionId: "S1" }, { signal: controller.signal });
    controller.abort();
    const error = await caught(() => pending);
    return { name: (error as Error).name, isAbort: error instanceof JsvAbortError };
  },
  "a fetch that ignores its signal still times out": async () => {
    const client = new JsvServiceClient("http://api.invalid", { fetch: () => new Promise<Response>(() => {}), timeout: 10 });
    const error = (await caught(() => client.send(HoldSession, { sessionId: "S1" }))) as Error & { code?: string };
    return { name: error.name, code: error.code };
  },
  "a void operation answered with HTML, and an error body over maxResponseBytes": async () => {
    const Delete = dto("DeleteSession", { sessionId: string() }, { routes: [{ path: "/sessions/{sessionId}", verbs: "DELETE" }], returns: "void" });
    const html = new JsvServiceClient("http://api.invalid", { fetch: async () => new Response("<p>SPA</p>", { headers: { "Content-Type": "text/html" } }) });
    const voided = (await caught(() => html.send(Delete, { sessionId: "S1" }))) as Error;
    const big = new JsvServiceClient("http://api.invalid", {
      maxResponseBytes: 100,
      fetch: async () => new Response("x".repeat(1000), { status: 503, headers: { "Content-Type": "text/html" } }),
    });
    const cut = (await caught(() => big.send(HoldSession, { sessionId: "S1" }))) as JsvServiceError;
    return { voided: voided.name, cut: [cut.name, cut.status, cut.body.length, cut.bodyCut] };
  },
  "network error": async () => {
    // The cause's wording is the runtime's own (Node: "fetch failed", Chromium: "Failed to fetch").
    const error = (await caught(() => new JsvServiceClient("http://127.0.0.1:1").send(HoldSession, { sessionId: "S1" }))) as Error & { code?: string };
    return { name: error.name, code: error.code };
  },
};
