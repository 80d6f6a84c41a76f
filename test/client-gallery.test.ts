import { afterAll, beforeAll, expect, it } from "vitest";
import { JsvServiceClient, JsvServiceError, urlFor } from "../src/client/index.js";
import type { TestServer } from "./client/server.js";
import { startServer } from "./client/server.js";
import { Hello, QueryTodos } from "./gallery/dtos.js";

// Metadata to call: operations that `jsv codegen` wrote from the Blazor gallery's
// /types/metadata (routes, inherited members, a generic response) go through the client.

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});

it("a generated operation with a route and a response type", async () => {
  server.handler = (r, res) => void res.writeHead(200, { "Content-Type": "application/jsv" }).end(`{Result:"Hello, ${decodeURIComponent(r.url.split("/")[2]!)}!"}`);
  const client = new JsvServiceClient(server.url);
  expect(await client.send(Hello, { name: "Wörld, 1" })).toEqual({ result: "Hello, Wörld, 1!" });
  expect(server.received.map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual(["POST /hello/W%C3%B6rld%2C%201 {name:\"Wörld, 1\"}"]);
});

it("inherited query members, a generic QueryResponse<Todo>, and its typed error body", async () => {
  expect(urlFor(QueryTodos, { ids: [1n, 2n], textContains: "a b", skip: 0, take: 10 }, "GET")).toBe("/todos?ids=1%2C2&textContains=a%20b&skip=0&take=10");
  server.handler = (_r, res) =>
    void res.writeHead(200, { "Content-Type": "application/jsv" }).end("{Offset:0,Total:2,Results:[{Id:1,Text:a,IsFinished:False},{Id:2,Text:b,IsFinished:True}]}");
  const client = new JsvServiceClient(server.url);
  const page = await client.send(QueryTodos, { ids: [1n, 2n], take: 10 });
  expect(page).toEqual({ offset: 0, total: 2, results: [{ id: 1n, text: "a", isFinished: false }, { id: 2n, text: "b", isFinished: true }] });
  server.handler = (_r, res) =>
    void res.writeHead(400, "ArgumentException", { "Content-Type": "application/jsv" }).end("{Offset:0,Total:0,ResponseStatus:{ErrorCode:ArgumentException,Message:bad take,Errors:[]}}");
  const result = await client.api(QueryTodos, { take: -1 });
  const error = result.error as JsvServiceError;
  expect([error.status, error.errorCode, error.message]).toEqual([400, "ArgumentException", "bad take"]);
  expect(error.response).toEqual({ offset: 0, total: 0, responseStatus: { errorCode: "ArgumentException", message: "bad take", errors: [] } });
});
