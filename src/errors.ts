import { positionOf, snippetAt } from "./position.js";

/**
 * What went wrong, as a stable string to switch on (messages may change; codes do not).
 *
 * - Syntax (`JsvSyntaxError`): `unexpected-token` (a character no rule accepts there),
 *   `unterminated-string` (a quote never closed), `too-deep` (nesting beyond `maxDepth`,
 *   or beyond what the call stack holds).
 * - Decode (`JsvDecodeError`): `wrong-kind` (an object, list or scalar where another belongs;
 *   an empty root), `bad-enum`, `bad-boolean`, `bad-number`, `bad-date`, `bad-timespan`,
 *   `bad-guid`, `bad-bytes`, `bad-char`, `bad-value` (a scalar of any other kind that does not
 *   read), `unknown-member` (under `unknownKeys: "error"`), `missing-member` (a required one),
 *   `empty-slot` (an empty item in a list of objects).
 * - Encode (`JsvEncodeError`): `not-encodable` (a value of the wrong type or out of range for
 *   its field, or one that throws when read), `cycle`, `too-deep`, `duplicate-key` (two keys
 *   that would be written as the same text).
 * - Any side: `output-too-large` (the text would exceed the engine's longest string);
 *   `invalid-input` (the base class's default).
 * - HTTP client (`jsv-codec/client`): `service-error` (the server answered with an error),
 *   `invalid-response`, `network-error`, `aborted`, `timeout`.
 */
export type JsvErrorCode =
  | "unexpected-token"
  | "unterminated-string"
  | "too-deep"
  | "wrong-kind"
  | "bad-enum"
  | "bad-boolean"
  | "bad-number"
  | "bad-date"
  | "bad-timespan"
  | "bad-guid"
  | "bad-bytes"
  | "bad-char"
  | "bad-value"
  | "unknown-member"
  | "missing-member"
  | "empty-slot"
  | "not-encodable"
  | "cycle"
  | "duplicate-key"
  | "output-too-large"
  | "invalid-input"
  | "service-error"
  | "invalid-response"
  | "network-error"
  | "aborted"
  | "timeout";

/**
 * The registered symbol under which each error class names its kind (`"JsvSyntaxError"`),
 * the same in every copy of the library (CommonJS and ES module builds, bundles). A
 * subclass in this library sets its own: `static override readonly [ERROR_KIND] = "MyError"`.
 */
export const ERROR_KIND: unique symbol = Symbol.for("jsv-codec.error-kind") as never;

/** Whether a class of kind `kind` is on `value`'s prototype chain (bounded; never throws). */
function hasKind(value: unknown, kind: string): boolean {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return false;
  try {
    let proto: unknown = Object.getPrototypeOf(value);
    for (let steps = 0; proto !== null && steps < 64; steps++) {
      const ctor = Object.hasOwn(proto as object, "constructor") ? (proto as { constructor: unknown }).constructor : undefined;
      if (typeof ctor === "function" && Object.hasOwn(ctor, ERROR_KIND) && (ctor as unknown as { [ERROR_KIND]: unknown })[ERROR_KIND] === kind) return true;
      proto = Object.getPrototypeOf(proto);
    }
  } catch {
    // A proxy whose traps throw is not one of ours.
  }
  return false;
}

/**
 * The base class of every error jsv-codec throws on purpose. Catch this to handle
 * any bad input, whatever the layer.
 *
 * @example
 * ```ts
 * try { parse(text) } catch (e) {
 *   if (e instanceof JsvError) console.log(e.code, e.reason); // "unexpected-token", 'expected "," or "}" ...'
 * }
 * ```
 */
export class JsvError extends Error {
  static readonly [ERROR_KIND]: string = "JsvError";

  /**
   * `instanceof` across copies of the library: an error thrown by the CommonJS build is
   * an instance of the ES module build's class of the same name and of its bases, and the
   * reverse, as for a second copy bundled elsewhere. Each class names itself under a
   * registered symbol; a value is an instance when a class of that name is on its
   * prototype chain. A subclass that names no kind of its own (a user's) is matched as
   * `instanceof` always matches.
   */
  static override [Symbol.hasInstance]<T>(this: abstract new (...args: never[]) => T, value: unknown): value is T {
    try {
      if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    } catch {
      return false; // a proxy whose traps throw is not one of ours
    }
    return Object.hasOwn(this, ERROR_KIND) && hasKind(value, (this as unknown as { [ERROR_KIND]: string })[ERROR_KIND]);
  }

  /** What went wrong, stable across versions: see {@link JsvErrorCode}. */
  readonly code: JsvErrorCode;
  /** The message without its location (`at line 3, column 14`), for tools that place it themselves. */
  readonly reason: string;

  /**
   * @param reason - the message without its location.
   * @param code - see {@link JsvErrorCode}.
   * @param where - the location appended to the message, e.g. ` at line 3, column 14`.
   */
  constructor(reason: string, code: JsvErrorCode = "invalid-input", where = "") {
    super(reason + where);
    // The kind, where the class has one, survives a minifier that renames classes.
    this.name = Object.hasOwn(new.target, ERROR_KIND) ? (new.target as unknown as { [ERROR_KIND]: string })[ERROR_KIND] : new.target.name;
    this.code = code;
    this.reason = reason;
  }
}

/** The text would be longer than the engine's longest string: one error, wherever it happens. */
export function outputTooLarge(): JsvError {
  return new JsvError("the output is too large: it would exceed the longest string this JavaScript engine can hold", "output-too-large");
}

/** What describes a syntax error before it is placed in a text. */
export interface SyntaxProblem {
  /** 0-based offset of the first offending character, in UTF-16 units. */
  offset: number;
  /** What would have been accepted there, e.g. `","`, `"}"`, `a key`. */
  expected: readonly string[];
  /** Where in the document the reader was, e.g. `after the value of "callSid"`. */
  context?: string;
  /** What went wrong; by default derived from `expected`. */
  code?: JsvErrorCode;
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
  static override readonly [ERROR_KIND]: string = "JsvSyntaxError";
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
    super(`expected ${orList(expected)}${where}, found ${found}`, problem.code ?? syntaxCode(expected), ` at line ${line}, column ${column}`);
    this.offset = offset;
    this.line = line;
    this.column = column;
    this.expected = expected;
    this.found = found;
    this.snippet = snippetAt(text, offset);
    releaseFrames(this, text);
  }
}

/** Where a typed value went wrong: a path such as `members[1].isOriginalMember`, what was expected and what was there. */
export interface PathProblem {
  path: string;
  expected: string;
  received: string;
  /** What went wrong; `wrong-kind` for a decode error, `not-encodable` for an encode error by default. */
  code?: JsvErrorCode;
}

/**
 * JSV text that is well-formed but does not fit the codec: a structure of the wrong kind,
 * an unknown enum name, a bad boolean, an unknown member under `unknownKeys: "error"`.
 * Carries the `path` of the offending member and, when it came from text, its `line` and `column`.
 */
export class JsvDecodeError extends JsvError {
  static override readonly [ERROR_KIND]: string = "JsvDecodeError";
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
    super(`${problem.path || "(root)"}: expected ${problem.expected}, received ${problem.received}`, problem.code ?? "wrong-kind", at);
    this.path = problem.path;
    this.expected = problem.expected;
    this.received = problem.received;
    this.offset = pos ? offset : undefined;
    this.line = pos?.line;
    this.column = pos?.column;
    if (text !== undefined) releaseFrames(this, text);
  }
}

/**
 * A value that cannot be written as JSV: a wrong type for a member, an unknown enum name,
 * an invalid Date, a cycle, nesting beyond `maxDepth`. Nothing is written half-way.
 */
export class JsvEncodeError extends JsvError {
  static override readonly [ERROR_KIND]: string = "JsvEncodeError";
  /** The member path, e.g. `members[0].role`; `""` for the root. */
  readonly path: string;
  /** What the codec accepts there. */
  readonly expected: string;
  /** What the value had, shortened for display. */
  readonly received: string;

  constructor(problem: PathProblem) {
    super(`${problem.path || "(root)"}: expected ${problem.expected}, received ${problem.received}`, problem.code ?? "not-encodable");
    this.path = problem.path;
    this.expected = problem.expected;
    this.received = problem.received;
  }
}

/**
 * Formats an error's stack trace now when its text is large: until then V8 keeps each
 * frame's function and receiver (a reader holding the whole text, a closure over it), and
 * a kept error would keep the text. Below the limit the cost (about 10 µs) is not worth it.
 */
function releaseFrames(error: Error, text: string): void {
  if (text.length > RELEASE_FRAMES_ABOVE) void error.stack;
}

/** The text length above which an error lets go of its stack frames at once. */
const RELEASE_FRAMES_ABOVE = 65_536;

/** The code of a syntax error from what was expected (both readers say it the same way). */
function syntaxCode(expected: readonly string[]): JsvErrorCode {
  if (expected.some((e) => e.startsWith("at most ") || e.startsWith("nesting that fits"))) return "too-deep";
  if (expected.includes(CLOSING_QUOTE)) return "unterminated-string";
  return "unexpected-token";
}

/** How both readers name the token that ends a quoted string. */
export const CLOSING_QUOTE = "a closing '\"'";

/**
 * A string from the input, quoted for a message and cut to a few hundred characters with
 * an ellipsis, so that no message grows with the input.
 */
export function quoteForMessage(s: string): string {
  return JSON.stringify(cutForMessage(s));
}

/**
 * `s` cut to `max` characters with an ellipsis, never between the two halves of a surrogate
 * pair (a cut emoji would show as `\ud83d` once quoted).
 */
export function cutForMessage(s: string, max = MESSAGE_TOKEN_MAX): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${s.slice(0, end)}…`;
}

/** The longest token a message quotes whole. */
export const MESSAGE_TOKEN_MAX = 200;

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
    const shown = value.length > 40 ? cutForMessage(value, 38) : value;
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
