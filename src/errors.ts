import { positionOf, snippetAt } from "./position.js";

/**
 * The base class of every error jsv-codec throws on purpose. Catch this to handle
 * any bad input, whatever the layer.
 */
export class JsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** What describes a syntax error before it is placed in a text. */
export interface SyntaxProblem {
  /** 0-based offset of the first offending character, in UTF-16 units. */
  offset: number;
  /** What would have been accepted there, e.g. `","`, `"}"`, `a key`. */
  expected: readonly string[];
  /** Where in the document the reader was, e.g. `after the value of "callSid"`. */
  context?: string;
}

/**
 * Malformed JSV text. Thrown by `parse`, `format` and the typed `decode` at the first
 * offending character (for an unterminated quote or a missing `}` or `]`, the end of the text).
 *
 * @example
 * ```ts
 * try { parse("{a:1") } catch (e) {
 *   if (e instanceof JsvSyntaxError) console.log(e.line, e.column, e.expected); // 1 5 ['","', '"}"']
 * }
 * ```
 */
export class JsvSyntaxError extends JsvError {
  /** 0-based offset of the first offending character, in UTF-16 units. */
  readonly offset: number;
  /** 1-based line of `offset`. */
  readonly line: number;
  /** 1-based column of `offset`, in UTF-16 units. */
  readonly column: number;
  /** The tokens that would have been accepted at `offset`. */
  readonly expected: readonly string[];
  /** What stands at `offset`: a quoted character, or `end of input`. */
  readonly found: string;
  /** The offending line (cut to a window around the offset) with a caret under the offset. */
  readonly snippet: string;

  constructor(text: string, problem: SyntaxProblem) {
    const { offset, expected, context } = problem;
    const found = describeAt(text, offset);
    const { line, column } = positionOf(text, offset);
    const where = context ? ` ${context}` : "";
    super(`expected ${orList(expected)}${where}, found ${found} at line ${line}, column ${column}`);
    this.offset = offset;
    this.line = line;
    this.column = column;
    this.expected = expected;
    this.found = found;
    this.snippet = snippetAt(text, offset);
  }
}

/** Where a typed value went wrong: a path such as `members[1].isOriginalMember`, what was expected and what was there. */
export interface PathProblem {
  path: string;
  expected: string;
  received: string;
}

/**
 * JSV text that is well-formed but does not fit the codec: a structure of the wrong kind,
 * an unknown enum name, a bad boolean, an unknown member under `unknownKeys: "error"`.
 * Carries the `path` of the offending member and, when it came from text, its `line` and `column`.
 */
export class JsvDecodeError extends JsvError {
  /** The member path, e.g. `members[1].isOriginalMember`; `""` for the root. */
  readonly path: string;
  /** What the codec accepts there. */
  readonly expected: string;
  /** What the text had, shortened for display. */
  readonly received: string;
  /** 0-based offset of the offending value in the text, when known. */
  readonly offset: number | undefined;
  /** 1-based line of the offending value, when known. */
  readonly line: number | undefined;
  /** 1-based column of the offending value, when known. */
  readonly column: number | undefined;

  constructor(problem: PathProblem, text?: string, offset?: number) {
    const pos = text !== undefined && offset !== undefined ? positionOf(text, offset) : undefined;
    const at = pos ? ` at line ${pos.line}, column ${pos.column}` : "";
    super(`${problem.path || "(root)"}: expected ${problem.expected}, received ${problem.received}${at}`);
    this.path = problem.path;
    this.expected = problem.expected;
    this.received = problem.received;
    this.offset = pos ? offset : undefined;
    this.line = pos?.line;
    this.column = pos?.column;
  }
}

/**
 * A value that cannot be written as JSV: a wrong type for a member, an unknown enum name,
 * an invalid Date, a cycle, nesting beyond `maxDepth`. Nothing is written half-way.
 */
export class JsvEncodeError extends JsvError {
  /** The member path, e.g. `members[0].role`; `""` for the root. */
  readonly path: string;
  /** What the codec accepts there. */
  readonly expected: string;
  /** What the value had, shortened for display. */
  readonly received: string;

  constructor(problem: PathProblem) {
    super(`${problem.path || "(root)"}: expected ${problem.expected}, received ${problem.received}`);
    this.path = problem.path;
    this.expected = problem.expected;
    this.received = problem.received;
  }
}

function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "nothing";
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

function describeAt(text: string, offset: number): string {
  if (offset >= text.length) return "end of input";
  const c = text.codePointAt(offset)!;
  return JSON.stringify(String.fromCodePoint(c));
}

/** A short, printable account of a received value for error messages. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a Date";
  if (value instanceof Map) return "a Map";
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null ? "an object" : `an instance of ${proto?.constructor?.name ?? "a class"}`;
  }
  return `a ${typeof value}`;
}
