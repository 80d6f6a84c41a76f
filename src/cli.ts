import { createReadStream, readFileSync } from "node:fs";
import { mkdir, stat, writeFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { JsvDecodeError, JsvError, JsvSyntaxError, outputTooLarge } from "./errors.js";
import { isStackOverflow } from "./failure.js";
import type { Codec, DecodeOptions, EncodeOptions } from "./codec.js";
import { listCodec } from "./codec.js";
import type { Field } from "./fields.js";
import { list } from "./fields.js";
import { CustomerBreadcrumb, HoldSession, SessionInfo, SessionLogInfo, SessionMemberInfo } from "./dtos.js";
import { format } from "./format.js";
import type { WhitespaceMode } from "./options.js";
import { parse } from "./parse.js";
import { positionOf } from "./position.js";
import { stringify } from "./writer.js";
import { codegenCommand } from "./codegen/index.js";
import { fitNumbers, JsonInputError, JsonPrecisionError, readJson } from "./cli-json.js";
import { NotTextError, readBounded, readFailure, textOf } from "./cli-input.js";

/** What the CLI touches outside itself, so that tests can run it in-process. */
export interface CliIO {
  /** Reads all of standard input. */
  readStdin(): Promise<string>;
  /** Reads all of standard input as bytes, so that input that is not UTF-8 text can be reported; else `readStdin` is used. */
  readStdinBytes?(): Promise<Uint8Array>;
  writeStdout(text: string): void;
  writeStderr(text: string): void;
  /** Whether standard error is a terminal (then a progress line is shown). */
  stderrIsTTY: boolean;
}

/** The codecs `--type` can name. */
export const CLI_TYPES: Readonly<Record<string, Codec<any>>> = {
  HoldSession,
  SessionInfo,
  CustomerBreadcrumb,
  SessionLogInfo,
  SessionMemberInfo,
};

/** The package's version, read from its package.json (one level above both src/ and dist/). */
function version(): string {
  return (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;
}

const USAGE = `Usage: jsv <command> [options] [FILE...]

Convert and check ServiceStack JSV documents.

Commands:
  to-json     JSV to JSON (2-space indent, trailing newline)
  from-json   JSON to compact JSV (no trailing newline, as a server wants a request body)
  fmt         JSV to ServiceStack's pretty layout
  check       validate JSV files; one FILE:LINE:COLUMN: message line per bad file
  codegen     TypeScript codecs from a ServiceStack API's /types/metadata (jsv codegen --help)

With no FILE, or FILE -, read standard input and write standard output. With several
FILEs, --out-dir DIR writes DIR/<name>.json or DIR/<name>.jsv; two FILEs of the same
name (a/x.jsv, b/x.jsv), or a result that would overwrite an input, are a usage error.
Input must be UTF-8 text: a NUL byte or an invalid sequence is reported, not converted.

Options:
  -h, --help      show help (also: jsv <command> --help)
  -v, --version   show the version

Exit status:
  0   success
  1   bad input: a FILE that cannot be read, is not UTF-8 text, or is not valid
      (the others are still converted)
  2   usage error: unknown command or option, bad option value, several FILEs without
      --out-dir, two results with one name, an --out-dir that is a file or cannot be made
  3   a result could not be written (disk full, permission denied)
  70  internal error (a bug in jsv; please report it)
Run 'jsv <command> --help' for a command's options.`;

interface Command {
  summary: string;
  usage: string;
  options: Record<string, { type: "string" | "boolean"; short?: string }>;
  help: string;
}

const TYPE_HELP = `  --type DTO            read or write the typed value of DTO (DTO[] for a list of them):
                        ${Object.keys(CLI_TYPES).join(", ")}`;

/** What --type needs: the DTO's encode and decode. */
interface TypedCodec {
  encode(value: unknown, options?: EncodeOptions): string;
  decode(text: string, options?: DecodeOptions): unknown;
}

/** The codec `--type NAME` or `--type NAME[]` stands for. */
function codecFor(typeName: string): TypedCodec {
  const isList = typeName.endsWith("[]");
  const base = isList ? typeName.slice(0, -2) : typeName;
  // Own names only: `--type constructor` is not Object.prototype's.
  const codec = Object.hasOwn(CLI_TYPES, base) ? CLI_TYPES[base] : undefined;
  if (!codec) throw new UsageError(`unknown --type '${typeName}'; known types: ${Object.keys(CLI_TYPES).join(", ")} (add [] for a list)`);
  return isList ? listCodec(codec) : codec;
}
/** The field `--type NAME` or `--type NAME[]` stands for, for fitting JSON numbers to it. */
function fieldFor(typeName: string): Field<unknown> {
  const codec = CLI_TYPES[typeName.replace(/\[\]$/, "")]!;
  return typeName.endsWith("[]") ? list(codec) : codec;
}
const OUT_HELP = `  --out-dir DIR         write each result to DIR/<name>.<ext> (needed for several FILEs);
                        made if missing; two FILEs of one name are a usage error
  FILE -                standard input (once; not with --out-dir)`;

const COMMANDS: Record<string, Command> = {
  "to-json": {
    summary: "JSV to JSON",
    usage: "jsv to-json [--type DTO] [--whitespace auto|preserve|trim] [--out-dir DIR] [FILE...]",
    options: { type: { type: "string" }, whitespace: { type: "string" }, "out-dir": { type: "string" } },
    help: `${TYPE_HELP}
  --whitespace MODE     auto (default), preserve or trim: what spaces around bare tokens mean
${OUT_HELP}

Without --type, the untyped tree: every scalar a string, an empty value null.`,
  },
  "from-json": {
    summary: "JSON to compact JSV",
    usage: "jsv from-json [--type DTO] [--text-case camel|pascal] [--out-dir DIR] [FILE...]",
    options: { type: { type: "string" }, "text-case": { type: "string" }, "out-dir": { type: "string" } },
    help: `${TYPE_HELP}
  --text-case CASE      camel (default) or pascal member names; needs --type
${OUT_HELP}

Output has no trailing newline: a ServiceStack server rejects a body with anything after the root.
No number is rounded: one a double cannot hold exactly (an integer beyond 2^53, 20 digits
after the point) keeps its digits where the type can (untyped, long, ulong, decimal) and is
an error elsewhere.`,
  },
  fmt: {
    summary: "JSV to the pretty layout",
    usage: "jsv fmt [--whitespace auto|preserve|trim] [--out-dir DIR] [FILE...]",
    options: { whitespace: { type: "string" }, "out-dir": { type: "string" } },
    help: `  --whitespace MODE     auto (default), preserve or trim
${OUT_HELP}

The layout is ServiceStack's JsvFormatter's, except that quoted strings are never changed;
the output ends with a newline.`,
  },
  check: {
    summary: "validate JSV files",
    usage: "jsv check [--type DTO] [--whitespace auto|preserve|trim] FILE...",
    options: { type: { type: "string" }, whitespace: { type: "string" } },
    help: `${TYPE_HELP}
  --whitespace MODE     auto (default), preserve or trim

  FILE -                standard input (once)

Prints FILE:LINE:COLUMN: message on standard error for each bad file; exit 1 if any is bad.`,
  },
};

class UsageError extends Error {}

/**
 * Runs the `jsv` command line.
 *
 * @param argv - the arguments after the program name.
 * @param io - standard streams; files are read and written directly.
 * @returns the exit status: 0 success, 1 bad input, 2 usage error.
 * @example
 * ```ts
 * const code = await cli(["to-json", "session.jsv"], nodeIO());
 * ```
 */
export async function cli(argv: readonly string[], io: CliIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.writeStderr(`jsv: ${error.message}\nRun 'jsv --help' for usage.\n`);
      return 2;
    }
    throw error;
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.writeStderr(`${USAGE}\n`);
    return 2;
  }
  if (name === "-h" || name === "--help" || name === "help") {
    io.writeStdout(`${USAGE}\n`);
    return 0;
  }
  if (name === "-v" || name === "--version") {
    io.writeStdout(`${version()}\n`);
    return 0;
  }
  if (name === "codegen") return codegenCommand(rest, io);
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError(`unknown command '${name}'; commands: ${Object.keys(COMMANDS).join(", ")}`);

  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${name}: ${(error as Error).message.replace(/\. To specify a positional argument.*$/s, "")}`);
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    io.writeStdout(`Usage: ${command.usage}\n\n${command.summary}.\n\nOptions:\n${command.help}\n`);
    return 0;
  }
  const files = parsed.positionals;
  const typeName = values.type as string | undefined;
  const codec = typeName === undefined ? undefined : codecFor(typeName);
  const whitespace = values.whitespace as string | undefined;
  if (whitespace !== undefined && !["auto", "preserve", "trim"].includes(whitespace)) {
    throw new UsageError(`--whitespace must be auto, preserve or trim, not '${whitespace}'`);
  }
  const textCase = values["text-case"] as string | undefined;
  if (textCase !== undefined && textCase !== "camel" && textCase !== "pascal") {
    throw new UsageError(`--text-case must be camel or pascal, not '${textCase}'`);
  }
  if (textCase !== undefined && !codec) throw new UsageError("--text-case needs --type (untyped JSON has no member names to re-case)");
  const outDir = values["out-dir"] as string | undefined;
  if (files.length > 1 && outDir === undefined && name !== "check") {
    throw new UsageError(`${name}: several FILEs need --out-dir DIR`);
  }
  if (files.filter((f) => f === "-").length > 1) throw new UsageError(`${name}: standard input (-) can be read only once`);
  const ext = name === "to-json" ? ".json" : ".jsv";
  // Where each result goes under --out-dir: two inputs with one name, or a result on top
  // of an input, would lose a file without a word, so they are refused before anything runs.
  const targets = new Map<string, string>();
  if (outDir !== undefined && name !== "check") {
    if (files.includes("-")) throw new UsageError(`${name}: standard input (-) has no name to write under --out-dir; convert it on its own`);
    const inputs = new Set(files.map((f) => resolve(f)));
    const byTarget = new Map<string, string>();
    for (const file of files) {
      const target = join(outDir, basename(file, extname(file)) + ext);
      const other = byTarget.get(resolve(target));
      if (other !== undefined && resolve(other) !== resolve(file)) {
        throw new UsageError(`${name}: ${other} and ${file} would both be written to ${target}; give them different names or convert them in separate runs`);
      }
      if (inputs.has(resolve(target))) throw new UsageError(`${name}: the result of ${file} would overwrite the input ${target}; choose another --out-dir`);
      byTarget.set(resolve(target), file);
      targets.set(file, target);
    }
    const problem = await outDirProblem(outDir);
    if (problem !== undefined) throw new UsageError(`--out-dir ${outDir}: ${problem}`);
  }

  const options = { whitespace: whitespace as WhitespaceMode | undefined };
  const convert = (text: string): string => {
    switch (name) {
      case "to-json": {
        const value = codec ? codec.decode(text, options) : parse(text, options);
        return toJson(value);
      }
      case "from-json": {
        // Every number as written: nothing a double would round reaches the writer unseen.
        const value = fitNumbers(readJson(text), typeName === undefined ? undefined : fieldFor(typeName));
        return codec ? codec.encode(value, { textCase: textCase as "camel" | "pascal" | undefined }) : stringify(value);
      }
      case "fmt":
        return `${format(text, options)}\n`;
      default:
        if (codec) codec.decode(text, options);
        else parse(text, options);
        return "";
    }
  };

  if (files.length === 0 || (files.length === 1 && files[0] === "-" && name !== "check")) {
    let text: string;
    try {
      text = await stdinText(io);
    } catch (error) {
      // Not text, a body too long for one string, a broken pipe: bad input, not a crash.
      io.writeStderr(`<stdin>: cannot read: ${error instanceof NotTextError ? error.message : readFailure(error)}\n`);
      return 1;
    }
    try {
      const out = convert(text);
      if (name !== "check") io.writeStdout(out);
      return 0;
    } catch (error) {
      io.writeStderr(`${describeFailure("<stdin>", text, error)}\n`);
      return 1;
    }
  }

  // On a terminal, say which file is being converted (a 30 MB one takes a moment).
  const progress = io.stderrIsTTY;
  let bad = 0;
  let unwritten = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    const label = file === "-" ? "<stdin>" : file;
    if (progress) io.writeStderr(`\r\x1b[K[${i + 1}/${files.length}] ${label}`);
    let text: string;
    try {
      text = file === "-" ? await stdinText(io) : textOf(await readBounded(createReadStream(file)));
    } catch (error) {
      bad++;
      if (progress) io.writeStderr("\r\x1b[K");
      io.writeStderr(`${label}: cannot read: ${error instanceof NotTextError ? error.message : readFailure(error)}\n`);
      continue;
    }
    let out: string;
    try {
      out = convert(text);
    } catch (error) {
      bad++;
      if (progress) io.writeStderr("\r\x1b[K");
      io.writeStderr(`${describeFailure(label, text, error)}\n`);
      continue;
    }
    if (name === "check") continue;
    const target = targets.get(file);
    if (target === undefined) {
      io.writeStdout(out);
      continue;
    }
    try {
      await writeFile(target, out);
    } catch (error) {
      unwritten++;
      if (progress) io.writeStderr("\r\x1b[K");
      io.writeStderr(`${target}: cannot write: ${readFailure(error)}\n`);
    }
  }
  if (progress) io.writeStderr("\r\x1b[K");
  return unwritten > 0 ? 3 : bad > 0 ? 1 : 0;
}

/** Why `dir` cannot take the results (it is a file, it cannot be made), or undefined once it exists as a folder. */
async function outDirProblem(dir: string): Promise<string | undefined> {
  try {
    if (!(await stat(dir)).isDirectory()) return "is a file, not a directory";
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") return readFailure(error);
  }
  try {
    await mkdir(dir, { recursive: true });
    return undefined;
  } catch (error) {
    return `cannot be made: ${(error as NodeJS.ErrnoException).code === "EEXIST" || (error as NodeJS.ErrnoException).code === "ENOTDIR" ? "a file is in the way on its path" : readFailure(error)}`;
  }
}

/**
 * Standard input as text: from its bytes when the host gives them (UTF-8 checked); else as
 * the host decoded it (an in-process caller), where only the NUL check applies.
 */
async function stdinText(io: CliIO): Promise<string> {
  if (io.readStdinBytes) return textOf(await io.readStdinBytes());
  const text = await io.readStdin();
  const nul = text.indexOf("\0");
  if (nul >= 0) throw new NotTextError(`not a text file: a NUL character at offset ${nul}`);
  return text;
}

/** `FILE:LINE:COLUMN: message` for an error from our library or from JSON.parse. */
function describeFailure(file: string, text: string, error: unknown): string {
  if (error instanceof JsvSyntaxError) return `${file}:${error.line}:${error.column}: ${error.reason}`;
  if (error instanceof JsvDecodeError) {
    const where = error.line !== undefined ? `${error.line}:${error.column}:` : "";
    return `${file}:${where} ${error.reason}`;
  }
  if (error instanceof JsvError) return `${file}: ${error.reason}`;
  if (error instanceof JsonInputError) {
    const { line, column } = positionOf(text, error.offset);
    return `${file}:${line}:${column}: ${error instanceof JsonPrecisionError ? "" : "invalid JSON: "}${error.message}`;
  }
  if (error instanceof SyntaxError) {
    // JSON.parse: Node 20 says "... in JSON at position N".
    const at = /at position (\d+)/.exec(error.message);
    if (at) {
      const { line, column } = positionOf(text, Number(at[1]));
      return `${file}:${line}:${column}: invalid JSON: ${error.message.replace(/ in JSON at position \d+.*$/, "")}`;
    }
    return `${file}: invalid JSON: ${error.message}`;
  }
  throw error;
}

/** The JSON of a value, 2-space indented, with a trailing newline; too long for one string is our error. */
function toJson(value: unknown): string {
  try {
    return `${JSON.stringify(value, jsonReplacer, 2)}\n`;
  } catch (error) {
    if (error instanceof RangeError && !isStackOverflow(error)) throw outputTooLarge();
    throw error;
  }
}

/** JSON has no bigint, Date or bytes: write them as the strings JavaScript code expects. */
function jsonReplacer(_key: string, value: unknown): unknown {
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
  return value;
}

/** The real process's streams. */
export function nodeIO(): CliIO {
  // A closed pipe (`jsv to-json big.jsv | head`) is the reader's choice, not a failure.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    readStdinBytes: () => readBounded(process.stdin),
    writeStdout: (text) => void process.stdout.write(text),
    writeStderr: (text) => void process.stderr.write(text),
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
