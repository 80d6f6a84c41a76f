// The harness's `page.csp` option at work: a page whose Content-Security-Policy forbids
// eval, as many sites have. The library must run there (its interpreted paths need no
// `new Function`); the first case proves the policy is in force (Node has none, so it
// answers as the browser must).
import { HoldSession, parse, SessionInfo } from "jsv-codec";
import type { Cases } from "./runner.js";

export const page = { csp: "default-src 'self'; script-src 'self'" };

export const cases: Cases = {
  "the page refuses eval": () => {
    // Node has no page (and the project's types no DOM): only a browser has a `document`.
    if (!("document" in globalThis)) return "refused";
    try {
      new Function("return 1")();
      return "allowed";
    } catch (error) {
      return error instanceof EvalError ? "refused" : String(error);
    }
  },
  "encode and decode under the policy": () => HoldSession.decode(HoldSession.encode({ callSid: "CA1", sessionId: "S-1, west", reason: "Transferring" })),
  "parse and decode a document under the policy": () => ({ tree: parse("{a:[b,{c:d}]}"), typed: SessionInfo.decode("{callSid:CA1,members:[{muted:True}]}") }),
};
