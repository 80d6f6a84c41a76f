import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";

/**
 * `test/vectors/`: the conformance vectors, seed samples, metadata and reference records,
 * copied into the repository unedited (see its README).
 */
export const VECTORS = resolve(dirname(fileURLToPath(import.meta.url)), "vectors");

/**
 * The bytes of a vector file, by its name in the original layout (`SessionInfo.jsonl`,
 * `seed/session-info.sample.jsv`). A file kept gzipped to stay under 1 MB in git
 * (`SessionInfo.jsonl.gz`) is read through gunzip, so its contents are the original's.
 */
export function vectorBytes(file: string): Buffer {
  const path = join(VECTORS, file);
  if (existsSync(path)) return readFileSync(path);
  if (existsSync(`${path}.gz`)) return gunzipSync(readFileSync(`${path}.gz`));
  throw new Error(`no vector file ${file} (nor ${file}.gz) in ${VECTORS}`);
}

/** The text of a vector file (UTF-8), as {@link vectorBytes} finds it. */
export const vectorText = (file: string): string => vectorBytes(file).toString("utf8");

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

/** Every line of a JSON-lines vector file, parsed; a bad line fails loudly with its number. */
export function vectorLines<T>(file: string): T[] {
  const text = vectorText(file);
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

export const dtoVectors = (type: "HoldSession" | "SessionInfo"): DtoVector[] => vectorLines<DtoVector>(`${type}.jsonl`);
export const edgeCases = (): EdgeCase[] => vectorLines<EdgeCase>("edge-cases.jsonl");

/** Resolves an edge case input that names a file. */
export function inputText(input: unknown): unknown {
  if (input && typeof input === "object" && "file" in input) return vectorText((input as { file: string }).file);
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
