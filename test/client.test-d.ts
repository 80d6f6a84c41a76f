import { describe, expectTypeOf, test } from "vitest";
import { dto, HoldSession, int, list, SessionInfo, string } from "../src/index.js";
import type { JsvError, JsvValue } from "../src/index.js";
import type { EncodeInput } from "../src/codec.js";
import type { ApiResult, RequestOf } from "../src/client/index.js";
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
  test("the request value is what encode takes: readonly lists and null members too", () => {
    const Tags = dto("Tags", { id: string(), tags: list(string()), take: int() }, { routes: [{ path: "/tags" }], returns: list(SessionInfo) });
    const tags: readonly string[] = ["a", "b"];
    expectTypeOf<RequestOf<typeof Tags>>().toEqualTypeOf<Parameters<typeof Tags.encode>[0]>();
    expectTypeOf<RequestOf<typeof Tags>>().toEqualTypeOf<EncodeInput<{ id?: string; tags?: (string | null)[]; take?: number }>>();
    expectTypeOf<RequestOf<typeof HoldSession>>().toEqualTypeOf<Parameters<typeof HoldSession.encode>[0]>();
    void Tags.encode({ id: null, tags });
    void client.send(Tags, { id: null, tags });
    void client.get(Tags, { id: "x", tags, take: null });
    void client.api(Tags, { tags }, { verb: "GET" });
    void client.sendAll(Tags, [{ tags }, { id: null }]);
    void client.sendOneWay(Tags, { tags });
    expectTypeOf(urlFor(Tags, { tags, id: null }, "GET")).toEqualTypeOf<string>();
    // @ts-expect-error still checked: take is a number
    void client.send(Tags, { take: "1" });
    // @ts-expect-error still checked: a readonly list of numbers is not tags
    void urlFor(Tags, { tags: [1] as readonly number[] }, "GET");
  });
  test("ResponseStatus is a codec of ServiceStack's shape", () => {
    expectTypeOf(ResponseStatus.decode("")).toMatchTypeOf<{ errorCode?: string; message?: string; errors?: { fieldName?: string }[] }>();
    expectTypeOf<JsvValue>().not.toBeAny();
  });
});
