// Shared by compiled.cases.ts and compiled-csp.cases.ts: the same documents through the
// compiled and the interpreted codecs, and what was compiled on the way.
import type { CompileReport } from "jsv-codec";
import { JsvError, SessionInfo, setCompile } from "jsv-codec";

const value = {
  callSid: "CA0123456789abcdef0123456789abcdef",
  accountName: 'Acme "West", Inc',
  ended: true,
  channel: "Voice" as const,
  customerBreadcrumb: [{ id: "CB1", name: "a:b" }],
  members: [{ identity: "agent:x", muted: false, applicationData: { "": "e", "a,b": "c" } }],
};
const damaged = ["{callSid:CA1,ended:Maybe}", "{members:[{muted:True},]}", "{callSid:CA1", "{channel:Fax,ended:1}"];

function outcome(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    const e = error as JsvError;
    return { error: { jsv: e instanceof JsvError, code: e.code, path: (e as { path?: string }).path, offset: (e as { offset?: number }).offset } };
  }
}

function run(): unknown {
  const text = SessionInfo.encode(value);
  return {
    text,
    pascal: SessionInfo.encode(value, { textCase: "pascal" }),
    value: SessionInfo.decode(text),
    damaged: damaged.map((t) => outcome(() => SessionInfo.decode(t))),
  };
}

/** Both paths' results, whether they agree, and how many functions were compiled. */
export function bothPaths(): { agree: boolean; compiled: number; result: unknown } {
  const reports: CompileReport[] = [];
  setCompile({ enabled: true, decode: true, onCompile: (r) => reports.push(r) });
  const compiled = JSON.stringify(run());
  setCompile(false);
  const interpreted = JSON.stringify(run());
  setCompile({ enabled: true, decode: false, onCompile: undefined });
  return { agree: compiled === interpreted, compiled: reports.length, result: JSON.parse(compiled) };
}
