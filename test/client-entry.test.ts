import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test } from "vitest";

// jsv-codec/client is built as its own entry, with its own copy of the library code: the
// codecs of the main entry must work with it, and its errors must be JsvErrors of the main entry.
const built = (file: string) => {
  const url = new URL(`../dist/${file}`, import.meta.url);
  expect(existsSync(url), "run npm run build first (npm test does)").toBe(true);
  return url.href;
};

test("ESM: main-entry codecs route through the client entry; its errors are the main entry's JsvErrors", async () => {
  const main = (await import(built("index.js"))) as typeof import("../src/index.js");
  const client = (await import(built("client.js"))) as typeof import("../src/client/index.js");
  expect(client.urlFor(main.HoldSession, { sessionId: "S 1" }, "POST")).toBe("/sessions/S%201/hold");
  let error: unknown;
  try {
    client.urlFor(main.HoldSession, {}, "POST");
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(client.JsvRouteError);
  expect(error).toBeInstanceOf(main.JsvError);
  const aborted = await new client.JsvServiceClient("http://127.0.0.1:1").api(main.HoldSession, { sessionId: "S1" }, { signal: AbortSignal.abort() });
  expect(aborted.error).toBeInstanceOf(main.JsvError);
  expect(main.ResponseStatus.decode("{ErrorCode:X}")).toEqual(client.ResponseStatus.decode("{errorCode:X}"));
});

test("CommonJS: the same through require", () => {
  const require = createRequire(import.meta.url);
  const main = require(new URL(built("index.cjs")).pathname) as typeof import("../src/index.js");
  const client = require(new URL(built("client.cjs")).pathname) as typeof import("../src/client/index.js");
  expect(() => client.urlFor(main.HoldSession, {}, "POST")).toThrow(main.JsvError);
  expect(client.urlFor(main.HoldSession, { sessionId: "x/y" }, "POST")).toBe("/sessions/x%2Fy/hold");
});
