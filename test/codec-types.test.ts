import { describe, expect, test } from "vitest";
import { dto, HoldSession, SessionInfo, string } from "../src/index.js";

describe("DTO options", () => {
  test("routes and returns are kept on the codec", () => {
    expect(HoldSession.routes).toEqual([{ path: "/sessions/{sessionId}/hold", verbs: "POST" }]);
    expect(HoldSession.returns).toBe(SessionInfo);
    expect(SessionInfo.routes).toEqual([]);
    expect(SessionInfo.returns).toBeUndefined();
    expect(dto("Ping", { a: string() }, { returns: "void" }).returns).toBe("void");
  });
});
