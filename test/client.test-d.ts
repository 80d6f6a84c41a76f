import { describe, expectTypeOf, test } from "vitest";
import { dto, HoldSession, int, list, SessionInfo, string } from "../src/index.js";
import type { JsvError, JsvValue } from "../src/index.js";
import type { ApiResult } from "../src/client/index.js";
import { JsvServiceClient, ResponseStatus, urlFor } from "../src/client/index.js";

const client = new JsvServiceClient("http://localhost");
const Delete = dto("Delete", { id: string() }, { routes: [{ path: "/things/{id}", verbs: "DELETE" }], returns: "void" });
const Untyped = dto("Untyped", { id: string() });
const Page = dto("Page", { take: int() }, { routes: [{ path: "/page" }], returns: list(SessionInfo) });

describe("the response type comes from `returns`", () => {
  test("a DTO: its type, or undefined for a 204", () => {
    expectTypeOf(client.send(HoldSession, { sessionId: "S1" })).resolves.toEqualTypeOf<SessionInfo | undefined>();
    expectTypeOf(client.post(HoldSession, { sessionId: "S1" })).resolves.toEqualTypeOf<SessionInfo | undefined>();
  });
  test('"void": undefined', () => {
    expectTypeOf(client.delete(Delete, { id: "1" })).resolves.toEqualTypeOf<undefined>();
  });
  test("none given: unknown", () => {
    expectTypeOf(client.get(Untyped, { id: "1" })).resolves.toEqualTypeOf<unknown>();
  });
  test("a list field, and sendAll's list", () => {
    expectTypeOf(client.get(Page, { take: 1 })).resolves.toEqualTypeOf<SessionInfo[] | undefined>();
    expectTypeOf(client.sendAll(HoldSession, [{ sessionId: "S1" }])).resolves.toEqualTypeOf<SessionInfo[]>();
    expectTypeOf(client.sendOneWay(HoldSession, { sessionId: "S1" })).resolves.toEqualTypeOf<void>();
  });
  test("api(): the response or a JsvError", () => {
    expectTypeOf(client.api(HoldSession, { sessionId: "S1" })).resolves.toEqualTypeOf<ApiResult<SessionInfo | undefined>>();
    expectTypeOf<Extract<ApiResult<number>, { ok: false }>["error"]>().toEqualTypeOf<JsvError>();
  });
});

describe("the request value is checked against the codec", () => {
  test("wrong member types and unknown members are errors", () => {
    // @ts-expect-error reason is an enum
    void client.send(HoldSession, { sessionId: "S1", reason: "Paused" });
    // @ts-expect-error no such member
    void client.send(HoldSession, { sessionId: "S1", secret: "x" });
    // @ts-expect-error take is a number
    void urlFor(Page, { take: "1" }, "GET");
    expectTypeOf(urlFor(HoldSession, { sessionId: "S1" }, "POST")).toEqualTypeOf<string>();
  });
  test("ResponseStatus is a codec of ServiceStack's shape", () => {
    expectTypeOf(ResponseStatus.decode("")).toMatchTypeOf<{ errorCode?: string; message?: string; errors?: { fieldName?: string }[] }>();
    expectTypeOf<JsvValue>().not.toBeAny();
  });
});
