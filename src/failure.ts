/**
 * Failure helpers shared by the reading side (reader, decoders) and the writing side
 * (writer, codecs), below both: neither imports the other to fail.
 */
import type { DecodeContext, Field } from "./fields.js";
import { cutForMessage, describeValue, JsvEncodeError, JsvError, type JsvErrorCode, MESSAGE_TOKEN_MAX, outputTooLarge } from "./errors.js";

type JsvObject = { [key: string]: unknown };

/**
 * A value that failed to write or read, on its way out: each container it passes adds its
 * step (key or index), so that the happy path keeps no path at all. The entry point turns
 * it into a `JsvEncodeError` or `JsvDecodeError`.
 */
export class Problem {
  readonly steps: (string | number)[] = [];
  constructor(
    readonly expected: string,
    readonly received: string,
    /** Where the offending value starts in the text, when there is one. */
    readonly offset = -1,
    /** What went wrong, for the error's `code`. */
    readonly code: JsvErrorCode = "wrong-kind",
  ) {}

  /** The path from the root, as the steps spell it. */
  path(): string {
    return formatPath([...this.steps].reverse());
  }
}

/** A value `encode` or `stringify` cannot write. */
export class EncodeProblem extends Problem {
  constructor(expected: string, received: string, code: JsvErrorCode = "not-encodable") {
    super(expected, received, -1, code);
  }
}

/**
 * Adds a container's step to a failure passing through it. What is not yet a problem of
 * ours becomes one here, where its path is known: a stack overflow (a maxDepth lifted
 * beyond what the call stack holds) is nesting; a string too long for the engine is
 * `output-too-large`; anything else thrown while a value was read (a getter, a revoked
 * proxy, a throwing `ownKeys` trap) is a value that cannot be written.
 */
export function atStep(error: unknown, step: string | number): unknown {
  const problem = asProblem(error);
  if (problem instanceof Problem) problem.steps.push(step);
  return problem;
}

/** The `JsvEncodeError` a failure stands for, at the path its steps spell. */
export function encodeError(error: unknown): unknown {
  const problem = asProblem(error);
  if (!(problem instanceof Problem)) return problem;
  return new JsvEncodeError({ path: problem.path(), expected: problem.expected, received: problem.received, code: problem.code });
}

/** One of our failures for anything thrown: our errors and problems pass as they are. */
function asProblem(error: unknown): unknown {
  if (error instanceof Problem || error instanceof JsvError) return error;
  if (error instanceof RangeError) {
    if (isStackOverflow(error)) return tooDeepForStack();
    if (/* V8, JavaScriptCore */ error.message.includes("string length") || error.message.includes("Invalid array length")) {
      return outputTooLarge();
    }
  }
  return new EncodeProblem("a value that can be read", `a value that threw ${describeThrown(error)}`);
}

/** Whether `error` is the engine's call stack running out. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && error.message.includes("call stack");
}

/** Nesting deeper than the call stack holds (`maxDepth` was lifted too far). */
export function tooDeepForStack(): Problem {
  return new EncodeProblem("nesting that fits the call stack (lower maxDepth)", "deeper nesting", "too-deep");
}

function describeThrown(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${cut(String(error.message))}`;
  return describeValue(error);
}

const cut = (s: string): string => cutForMessage(s);

/** The code of a scalar that did not read, by its field's kind. */
export function codeForKind(kind: string): JsvErrorCode {
  return KIND_CODES[kind] ?? "bad-value";
}

const KIND_CODES: Readonly<Record<string, JsvErrorCode>> = Object.assign(Object.create(null) as Record<string, JsvErrorCode>, {
  boolean: "bad-boolean",
  enum: "bad-enum",
  byte: "bad-number",
  sbyte: "bad-number",
  short: "bad-number",
  ushort: "bad-number",
  int: "bad-number",
  uint: "bad-number",
  long: "bad-number",
  ulong: "bad-number",
  float: "bad-number",
  double: "bad-number",
  decimal: "bad-number",
  dateTime: "bad-date",
  dateTimeOffset: "bad-date",
  timeSpan: "bad-timespan",
  guid: "bad-guid",
  bytes: "bad-bytes",
  char: "bad-char",
});

/** Stores a member as an own property; `__proto__` from the input must not reach the prototype. */
export function setOwn(target: JsvObject, key: string, value: unknown): void {
  if (key === "__proto__") {
    Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  } else {
    target[key] = value;
  }
}

const objectSource = Function.prototype.toString.call(Object);

/**
 * A plain object: its prototype is `Object.prototype` or null (no class instance, no Map),
 * in this realm or another one (an `Object.prototype` of a `node:vm` context or an iframe
 * is recognised by its constructor, the native `Object`).
 */
export function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) return true;
  if (Object.getPrototypeOf(proto) !== null || !Object.prototype.hasOwnProperty.call(proto, "constructor")) return false;
  const ctor = (proto as { constructor: unknown }).constructor;
  return typeof ctor === "function" && ctor.name === "Object" && Function.prototype.toString.call(ctor) === objectSource;
}

/** `members[1].isOriginalMember` from its steps; a key that is not an identifier is quoted, a long one cut. */
function formatPath(trail: readonly (string | number)[]): string {
  let path = "";
  for (const step of trail) {
    if (typeof step === "number") path += `[${step}]`;
    else if (isIdentifier(step)) path += path ? `.${step}` : step;
    else path += `[${JSON.stringify(cut(step))}]`;
  }
  return path;
}

/** Whether a key can follow a dot in a path: `[A-Za-z_$][\w$]*`, checked without a regular expression. */
function isIdentifier(s: string): boolean {
  if (s.length === 0 || s.length > MESSAGE_TOKEN_MAX) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
    if (!letter && !(i > 0 && c >= 48 && c <= 57)) return false;
  }
  return true;
}

/**
 * A dictionary key read by its key field, for both typed decoders: a failure carries the key
 * as its step, and an empty key of any kind but string is `empty`'s problem (where it sits in
 * the text is the decoder's to say).
 */
export function readDictionaryKey(
  keyField: Field<unknown>,
  keyText: string,
  context: DecodeContext,
  empty: (expected: string, code: JsvErrorCode) => Problem,
): unknown {
  let key: unknown;
  try {
    key = keyText === "" && keyField.kind !== "string" ? undefined : keyField.read!(keyText, context);
  } catch (error) {
    throw atStep(error, keyText);
  }
  if (key === undefined) throw atStep(empty(keyField.expected, codeForKind(keyField.kind)), keyText);
  return key;
}
