import { describe, expectTypeOf, test } from "vitest";
import {
  boolean,
  CustomerBreadcrumb,
  dto,
  enumeration,
  HoldSession,
  list,
  long,
  map,
  parse,
  SessionHoldReasons,
  SessionInfo,
  SessionMemberInfo,
  SessionMemberRoles,
  string,
} from "../src/index.js";
import type { Infer, JsvValue, ResponseOf } from "../src/index.js";
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
