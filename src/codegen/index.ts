/**
 * `jsv codegen`: a TypeScript module of codecs from a ServiceStack API's `/types/metadata`.
 *
 * @module
 */
import { readFile, writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { emitModule } from "./emit.js";
import { NotMetadataError, readMetadata } from "./metadata.js";
import { planModule } from "./plan.js";

export { NotMetadataError } from "./metadata.js";
export { parseTypeName, typeOfProperty, TypeNameError } from "./types.js";
export type { TypeName } from "./types.js";

/** Options of {@link generate}. */
export interface GenerateOptions {
  /**
   * The module the generated code imports its builders from.
   *
   * Default: `"jsv-codec"`.
   */
  importFrom?: string;
}

/** What {@link generate} returns. */
export interface GenerateResult {
  /** The TypeScript module. */
  code: string;
  /** One line per construct mapped to something safer or left out, naming the type and member. */
  warnings: string[];
  /** How many enums, DTOs (generic ones included) and operations the module holds. */
  counts: { enums: number; dtos: number; operations: number };
}

/** Longest warning line, in UTF-16 units. */
const MAX_WARNING = 300;

/**
 * Generates the codecs of an API from its metadata. Pure: the same document always gives the
 * same text.
 *
 * @param document - the parsed JSON of `/types/metadata`, or of `/metadata/app` (its `api` member).
 * @throws {NotMetadataError} when `document` is neither.
 * @example
 * ```ts
 * const { code, warnings } = generate(JSON.parse(readFileSync("metadata.json", "utf8")));
 * ```
 */
export function generate(document: unknown, options: GenerateOptions = {}): GenerateResult {
  const warnings: string[] = [];
  const warn = (message: string): void => {
    // A type name from the document can be 1,000 characters deep in generics: one line stays readable.
    warnings.push(message.length > MAX_WARNING ? `${message.slice(0, MAX_WARNING - 1)}…` : message);
  };
  const meta = readMetadata(document, warn);
  const plan = planModule(meta, warn);
  const code = emitModule(meta, plan, { importFrom: options.importFrom ?? "jsv-codec" }, warn);
  const enums = plan.plans.filter((p) => p.decl.kind === "enum").length;
  return { code, warnings, counts: { enums, dtos: plan.plans.length - enums, operations: plan.operations } };
}

/** What the command touches outside itself (the CLI's streams). */
export interface CodegenIO {
  readStdin(): Promise<string>;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** Fetches a URL; defaults to the global `fetch`. */
  fetch?: (url: string) => Promise<{ ok: boolean; status: number; statusText: string; text(): Promise<string> }>;
}

/** The help text of `jsv codegen`. */
export const CODEGEN_USAGE = `Usage: jsv codegen SOURCE [--out FILE] [--import MODULE]

Writes a TypeScript module of codecs from a ServiceStack API's metadata.

SOURCE is a file, - for standard input, or an http(s) URL such as
https://your-host/types/metadata (a /metadata/app document works too).

Options:
  --out FILE        write the module to FILE instead of standard output
  --import MODULE   the module the code imports its builders from (default: jsv-codec)
  -h, --help        show this help

What cannot be mapped is listed on standard error and written as opaque text.
Exit status: 0 success (warnings included), 1 not a metadata document (or it cannot
be read), 2 usage error, 3 --out cannot be written.`;

/** How long a URL may take to answer, in milliseconds. */
const FETCH_TIMEOUT = 60_000;

/** Largest document read. */
const MAX_DOCUMENT = 64 * 1024 * 1024;

/**
 * Runs `jsv codegen`.
 *
 * @param argv - the arguments after `codegen`.
 * @returns the exit status: 0 success, 1 when the input is not a metadata document (or cannot be read), 2 usage, 3 when `--out` cannot be written.
 * @example
 * ```ts
 * await codegenCommand(["https://example.org/types/metadata", "--out", "src/dtos.ts"], io);
 * ```
 */
export async function codegenCommand(argv: readonly string[], io: CodegenIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { out: { type: "string" }, import: { type: "string" }, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.writeStderr(`jsv codegen: ${(error as Error).message.replace(/\. To specify a positional argument.*$/s, "")}\n${CODEGEN_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.writeStdout(`${CODEGEN_USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    io.writeStderr(`jsv codegen: expected one SOURCE, got ${parsed.positionals.length}\n${CODEGEN_USAGE}\n`);
    return 2;
  }
  const source = parsed.positionals[0]!;
  let text: string;
  try {
    text = await readSource(source, io);
  } catch (error) {
    io.writeStderr(`jsv codegen: cannot read ${source}: ${reasonOf(error)}\n`);
    return 1;
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    io.writeStderr(`jsv codegen: ${source} is not JSON: ${(error as Error).message}\n`);
    return 1;
  }
  let result: GenerateResult;
  try {
    result = generate(document, { importFrom: parsed.values.import });
  } catch (error) {
    if (!(error instanceof NotMetadataError)) throw error;
    io.writeStderr(`jsv codegen: ${source} is not a metadata document: ${error.message}\n`);
    return 1;
  }
  for (const w of result.warnings) io.writeStderr(`jsv codegen: warning: ${w}\n`);
  const { enums, dtos, operations } = result.counts;
  if (parsed.values.out !== undefined) {
    try {
      await writeFile(parsed.values.out, result.code);
    } catch (error) {
      io.writeStderr(`jsv codegen: cannot write ${parsed.values.out}: ${reasonOf(error)}\n`);
      // As every other command: 3 when a result could not be written.
      return 3;
    }
    io.writeStderr(`jsv codegen: wrote ${parsed.values.out}: ${dtos} DTOs, ${enums} enums, ${operations} operations, ${result.warnings.length} warnings\n`);
  } else io.writeStdout(result.code);
  return 0;
}

/**
 * A failure as one line: the message, and the cause that `fetch` hides behind "fetch failed"
 * (`ECONNREFUSED`, `ENOTFOUND`, a certificate error).
 */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  if (!(cause instanceof Error)) return error.message;
  const code = (cause as NodeJS.ErrnoException).code;
  return `${error.message} (${code !== undefined && !cause.message.includes(code) ? `${code}: ` : ""}${cause.message})`;
}

async function readSource(source: string, io: CodegenIO): Promise<string> {
  let text: string;
  if (source === "-") text = await io.readStdin();
  else if (/^https?:\/\//i.test(source)) {
    // A host that never answers must not hang the command.
    const get = io.fetch ?? ((url: string) => fetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(FETCH_TIMEOUT) }));
    const response = await get(source);
    if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
    text = await response.text();
  } else text = await readFile(source, "utf8");
  if (text.length > MAX_DOCUMENT) throw new Error(`larger than ${MAX_DOCUMENT} characters`);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
