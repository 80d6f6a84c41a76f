import { describe, expectTypeOf, test } from "vitest";
import {
  alias,
  boolean,
  byte,
  char,
  CustomerBreadcrumb,
  dateTime,
  dateTimeOffset,
  dictionary,
  dto,
  enumeration,
  float,
  HoldSession,
  int,
  keyValuePair,
  lazy,
  list,
  long,
  map,
  nullable,
  opaque,
  parse,
  required,
  SessionHoldReasons,
  SessionInfo,
  SessionMemberInfo,
  SessionMemberRoles,
  string,
  ulong,
} from "../src/index.js";
import type { Codec, Infer, JsvValue, ResponseOf } from "../src/index.js";
import { arbitrary } from "../src/testing.js";
import type fc from "fast-check";

describe("inferred DTO types", () => {
  test("HoldSession", () => {
    expectTypeOf<HoldSession>().toEqualTypeOf<{
      callSid?: string;
      sessionId?: string;
      reason?: "None" | "Transferring";
    }>();
  });

  test("a request codec carries its routes and its response type", () => {
    expectTypeOf<ResponseOf<typeof HoldSession>>().toEqualTypeOf<SessionInfo>();
    expectTypeOf(HoldSession.returns).toEqualTypeOf<typeof SessionInfo>();
    const Ping = dto("Ping", {}, { returns: "void" });
    expectTypeOf<ResponseOf<typeof Ping>>().toEqualTypeOf<void>();
    expectTypeOf<ResponseOf<typeof SessionInfo>>().toEqualTypeOf<unknown>();
  });

  test("SessionMemberInfo: booleans, a map, enums", () => {
    expectTypeOf<SessionMemberInfo["isOriginalMember"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<SessionMemberInfo["applicationData"]>().toEqualTypeOf<Record<string, string> | undefined>();
    expectTypeOf<SessionMemberInfo["role"]>().toEqualTypeOf<"None" | "Caller" | "Agent" | "Transfer" | undefined>();
  });

  test("SessionInfo: lists of DTOs, inherited members", () => {
    expectTypeOf<SessionInfo["members"]>().toEqualTypeOf<SessionMemberInfo[] | undefined>();
    expectTypeOf<SessionInfo["customerBreadcrumb"]>().toEqualTypeOf<CustomerBreadcrumb[] | undefined>();
    expectTypeOf<SessionInfo["lastModifiedBy"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf(SessionInfo.decode("{}")).toEqualTypeOf<SessionInfo>();
  });

  test("enums are string-literal unions and const objects", () => {
    expectTypeOf<SessionHoldReasons>().toEqualTypeOf<"None" | "Transferring">();
    expectTypeOf(SessionHoldReasons.Transferring).toEqualTypeOf<"Transferring">();
    expectTypeOf<SessionMemberRoles>().toEqualTypeOf<"None" | "Caller" | "Agent" | "Transfer">();
  });

  test("a user's DTO in a few lines", () => {
    const Tier = enumeration("Tier", ["Free", "Pro"]);
    const Account = dto("Account", { name: string(), tier: Tier, flags: list(boolean()), ids: map(long()), owner: HoldSession });
    type Account = Infer<typeof Account>;
    expectTypeOf<Account>().toEqualTypeOf<{
      name?: string;
      tier?: "Free" | "Pro";
      flags?: (boolean | null)[];
      ids?: Record<string, bigint>;
      owner?: HoldSession;
    }>();
  });

  test("parse gives the generic tree; the testing entry gives typed arbitraries", () => {
    expectTypeOf(parse("")).toEqualTypeOf<JsvValue>();
    expectTypeOf(arbitrary(HoldSession)).toEqualTypeOf<fc.Arbitrary<HoldSession>>();
  });
});

describe("mistakes do not compile", () => {
  test("a wrong member name", () => {
    // @ts-expect-error callSID is not a member of HoldSession
    HoldSession.encode({ callSID: "CA1" });
  });

  test("a wrong enum name", () => {
    // @ts-expect-error "Paused" is not a SessionHoldReasons member
    HoldSession.encode({ reason: "Paused" });
  });

  test("a number for a string", () => {
    // @ts-expect-error callSid is a string
    HoldSession.encode({ callSid: 42 });
  });

  test("a wrong kind inside a nested list", () => {
    // @ts-expect-error muted is a boolean
    SessionInfo.encode({ members: [{ muted: "False" }] });
  });

  test("reading a member that does not exist", () => {
    const s = SessionInfo.decode("{}");
    // @ts-expect-error no such member
    void s.holdReasons;
  });
});

describe("inferred types of the CLR builders and DTO structure", () => {
  test("scalars: numbers, bigints, Dates, strings", () => {
    const T = dto("T", { b: byte(), u: ulong(), f: float(), at: dateTime(), off: dateTimeOffset(), c: char(), p: opaque("Point") });
    expectTypeOf<Infer<typeof T>>().toEqualTypeOf<{ b?: number; u?: bigint; f?: number; at?: Date; off?: Date; c?: string; p?: string }>();
  });

  test("containers: Map for typed keys, KeyValuePair, nullable list items", () => {
    const T = dto("T", { byId: dictionary(int(), list(string())), pair: keyValuePair(string(), int()), bytes: list(nullable(byte())) });
    expectTypeOf<Infer<typeof T>>().toEqualTypeOf<{
      byId?: Map<number, (string | null)[]>;
      pair?: { key?: string; value?: number };
      bytes?: (number | null)[];
    }>();
  });

  test("enums: declared values admit nameless numbers; flags are numbers", () => {
    const Region = enumeration("Region", { Africa: 1, Asia: 3 });
    const Access = enumeration("Access", { Read: 1, Write: 2 }, { flags: true });
    expectTypeOf<Infer<typeof Region>>().toEqualTypeOf<"Africa" | "Asia" | number>();
    expectTypeOf<Infer<typeof Access>>().toEqualTypeOf<number>();
    expectTypeOf(Access.Read).toEqualTypeOf<number>();
    expectTypeOf(Region.Asia).toEqualTypeOf<"Asia">();
  });

  test("inherits adds the base's members; required is not optional; alias keeps the TS name", () => {
    const Base = dto("Base", { id: int(), createdBy: string() });
    const T = dto("T", { name: required(string()), original: alias(string(), "aliasedName"), code: required(alias(int(), "c")) }, { inherits: Base });
    expectTypeOf<Infer<typeof T>>().toEqualTypeOf<{ name: string; original?: string; code: number; id?: number; createdBy?: string }>();
    // @ts-expect-error name is required
    T.encode({ original: "o", code: 1 });
  });

  test("generic DTOs are functions of their argument codecs", () => {
    const QueryResponse = <C extends Codec<any>>(item: C) => dto("QueryResponse", { total: int(), results: list(item) });
    const Q = QueryResponse(CustomerBreadcrumb);
    expectTypeOf<Infer<typeof Q>>().toEqualTypeOf<{ total?: number; results?: CustomerBreadcrumb[] }>();
  });

  test("lazy codecs carry their declared type", () => {
    interface Node {
      name?: string;
      children?: Node[];
    }
    const Node: Codec<Node> = dto("Node", { name: string(), children: list(lazy((): Codec<Node> => Node)) });
    expectTypeOf(Node.decode("{}")).toEqualTypeOf<Node>();
  });
});
