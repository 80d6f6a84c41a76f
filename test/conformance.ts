import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** `shared/` beside the checkout: the contract, the seeds and the conformance vectors. */
export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), "../../shared");

export interface DtoVector {
  id: string;
  type: "HoldSession" | "SessionInfo";
  value: Record<string, unknown>;
  jsv: string;
  jsvPascal: string;
  formatted?: string;
  decoded: Record<string, unknown>;
}

export interface EdgeCase {
  id: string;
  op: "parse" | "stringify" | "format" | "decode" | "encode";
  type?: "HoldSession" | "SessionInfo";
  input: unknown;
  options?: Record<string, unknown>;
  expect: {
    value?: unknown;
    text?: string;
    textOf?: string;
    sameAsDecodeOf?: string;
    error?: string;
    offset?: number;
    path?: string;
  };
  note: string;
}

/** Every line of a conformance file, parsed; a bad line fails loudly with its number. */
function readLines<T>(file: string): T[] {
  const text = readFileSync(join(SHARED, "conformance", file), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line, i) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${file}:${i + 1}: not JSON: ${String(error)}`);
      }
    });
}

export const dtoVectors = (type: "HoldSession" | "SessionInfo"): DtoVector[] => readLines<DtoVector>(`${type}.jsonl`);
export const edgeCases = (): EdgeCase[] => readLines<EdgeCase>("edge-cases.jsonl");

/** A file under shared/, named by an edge case's `{file}` input or `textOf`. */
export const sharedText = (file: string): string => readFileSync(join(SHARED, file), "utf8");

/** Resolves an edge case input that names a file. */
export function inputText(input: unknown): unknown {
  if (input && typeof input === "object" && "file" in input) return sharedText((input as { file: string }).file);
  return input;
}

/** Turns `BIGINT:` and `DATE:` strings in stringify inputs into the values they stand for. */
export function reviveStringifyInput(v: unknown): unknown {
  if (typeof v === "string") {
    if (v.startsWith("BIGINT:")) return BigInt(v.slice(7));
    if (v.startsWith("DATE:")) return new Date(v.slice(5));
    return v;
  }
  if (Array.isArray(v)) return v.map(reviveStringifyInput);
  if (v && typeof v === "object") {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, reviveStringifyInput(x)]));
  }
  return v;
}
