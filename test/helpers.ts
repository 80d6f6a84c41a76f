import { expect } from "vitest";
import type { JsvError, JsvValue } from "../src/index.js";
import { quoteString } from "../src/writer.js";
import { cli, type CliIO } from "../src/cli.js";

/**
 * What a tree becomes after a trip through laid-out text read with `whitespace: "trim"`:
 * bare strings (and bare keys) lose leading and trailing whitespace, and one that was
 * only whitespace becomes an empty value. Quoted strings are untouched. This is the one
 * loss the contract allows `format` (section 5).
 */
export function laidOut(value: JsvValue): JsvValue {
  if (typeof value === "string") {
    if (quoteString(value) !== value) return value;
    const t = value.trim();
    return t === "" ? null : t;
  }
  if (value === null) return null;
  if (Array.isArray(value)) return value.map(laidOut);
  const out: { [key: string]: JsvValue } = {};
  for (const [k, v] of Object.entries(value)) {
    const key = quoteString(k) === k ? k.trim() : k;
    Object.defineProperty(out, key, { value: laidOut(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A tree as it reads back after `stringify`: members whose value is null are left out. */
export function withoutNullMembers(value: JsvValue): JsvValue {
  if (value === null || typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(withoutNullMembers);
  const out: { [key: string]: JsvValue } = {};
  for (const [k, v] of Object.entries(value)) {
    if (v !== null) Object.defineProperty(out, k, { value: withoutNullMembers(v), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** The error `f` throws; fails the test if it throws nothing. */
export function thrownBy(f: () => unknown): Error {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error;
  }
  return expect.unreachable("expected an error") as never;
}

/** The error a promise rejects with; fails the test if it resolves. */
export async function rejection(promise: Promise<unknown>): Promise<JsvError> {
  try {
    await promise;
  } catch (error) {
    return error as JsvError;
  }
  throw new Error("expected the call to fail");
}

/**
 * Runs the `jsv` CLI in-process with the given standard input (text, or bytes as the real
 * process reads them); collects what it prints.
 */
export async function runCli(argv: string[], stdin: string | Uint8Array = "", stderrIsTTY = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    readStdin: async () => (typeof stdin === "string" ? stdin : Buffer.from(stdin).toString("utf8")),
    ...(typeof stdin === "string" ? {} : { readStdinBytes: async () => stdin }),
    writeStdout: (t) => void (stdout += t),
    writeStderr: (t) => void (stderr += t),
    stderrIsTTY,
  };
  const code = await cli(argv, io);
  return { code, stdout, stderr };
}
