import { createServer } from "node:http";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { HoldSession, SessionInfo } from "../../src/index.js";

/** A request as the test server received it. */
export interface Received {
  method: string;
  /** Path and query, as sent. */
  url: string;
  /** Header names lower-cased, as Node gives them. */
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** What the server does with one request; the default serves the seed API. */
export type Handler = (request: Received, res: ServerResponse) => void | Promise<void>;

/**
 * A real HTTP server on 127.0.0.1 and a free port, for the client tests: it records every
 * request and answers with the handler of the moment (the seed API unless a test sets one).
 * CORS headers on every answer, so a browser page from another origin may call it.
 */
export class TestServer {
  /** Every request received, in order. */
  readonly received: Received[] = [];
  /** Answers the next requests; reset to the seed API by `reset()`. */
  handler: Handler = seedApi;
  /** `http://127.0.0.1:PORT`. */
  url = "";
  /** Node's server. */
  private readonly server: Server;

  constructor() {
    this.server = createServer((req, res) => void this.serve(req, res));
  }

  /** Listens on 127.0.0.1, port 0 (a free one). */
  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Forgets the requests and goes back to the seed API. */
  reset(): void {
    this.received.length = 0;
    this.handler = seedApi;
  }

  /** Stops listening and cuts every open connection (hanging requests included). */
  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const received: Received = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") };
    res.setHeader("Access-Control-Allow-Origin", "*");
    res.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type, Authorization, X-Trace");
    res.setHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE");
    res.setHeader("Access-Control-Expose-Headers", "Location, WWW-Authenticate, Retry-After");
    if (req.method === "OPTIONS") {
      res.writeHead(204).end();
      return;
    }
    this.received.push(received);
    try {
      await this.handler(received, res);
    } catch (error) {
      res.writeHead(599, String(error)).end();
    }
  }
}

/** Starts a {@link TestServer}. */
export async function startServer(): Promise<TestServer> {
  return new TestServer().start();
}

/** Whether the request asks for JSV the way a ServiceStack host honours it. */
function wantsJsv(r: Received): boolean {
  const accept = String(r.headers.accept ?? "");
  return /application\/jsv/i.test(accept) || /[?&]format=jsv(&|$)/.test(r.url) || r.url.startsWith("/jsv/");
}

/**
 * The seed API as the recorded ServiceStack host serves it: `POST /sessions/{sessionId}/hold`
 * holds the session and answers the SessionInfo (PascalCase, as a .NET Framework host);
 * `missing` is a 404 with a JSV ResponseStatus; a request that does not accept JSV gets HTML;
 * a body that is not JSV is ignored (ServiceStack then binds route members only).
 */
export const seedApi: Handler = (r, res) => {
  const path = r.url.split("?")[0]!;
  const m = /^\/sessions\/([^/]+)\/hold$/.exec(path);
  if (r.method !== "POST" || m === null) {
    res.writeHead(404, "Not Found", { "Content-Type": "text/plain; charset=utf-8" }).end("404");
    return;
  }
  if (!wantsJsv(r)) {
    res.writeHead(200, "OK", { "Content-Type": "text/html" }).end("<!doctype html><html><body>HoldSession</body></html>");
    return;
  }
  const sessionId = decodeURIComponent(m[1]!);
  const type = String(r.headers["content-type"] ?? "");
  const request = /^(application|text)\/jsv/i.test(type) && r.body !== "" ? HoldSession.decode(r.body) : {};
  if (sessionId === "missing") {
    res
      .writeHead(404, "NotFound", { "Content-Type": "application/jsv" })
      .end(`{ResponseStatus:{ErrorCode:NotFound,Message:Session '${sessionId}' was not found,Errors:[]}}`);
    return;
  }
  const session = SessionInfo.encode(
    { callState: "Hold", callSid: request.callSid, holdReason: request.reason, id: sessionId },
    { textCase: "pascal" },
  );
  res.writeHead(200, "OK", { "Content-Type": "application/jsv" }).end(session);
};
