import { JsvDecodeError, quoteForMessage } from "./errors.js";
import type { Codec, DecodeOptions } from "./codec.js";
import type { DecodeContext, Field, ListField, MapField } from "./fields.js";
import { kindOf } from "./fields.js";
import type { JsvValue } from "./options.js";
import { resolveMaxDepth } from "./options.js";
import { checkText, readInMode, resolveReader } from "./parse.js";
import { decodeWithReader } from "./tree-decoder.js";
import type { ReadSettings } from "./reader.js";
import { FastReader, readFast } from "./reader.js";
import { COLON, COMMA, LBRACE, LBRACKET, QUOTE, RBRACE, RBRACKET } from "./strings.js";
import type { DictionaryField } from "./containers.js";
import { atStep, codeForKind, Problem, readDictionaryKey, setOwn } from "./failure.js";
import type { StepReader } from "./compile.js";
import { compiledReader } from "./compile.js";
import { planOf, resultOf } from "./results.js";
import type { JsvErrorCode } from "./errors.js";

/**
 * Decodes text straight into a typed value, in one pass: the field map drives the fast
 * reader's tokens, so no generic tree is built on the way. Member names come from the map
 * (guessed in its order, which is ServiceStack's writing order), lists and maps are read
 * in place, and each scalar goes to its field's `read`.
 *
 * @throws {JsvSyntaxError} for malformed text, wherever it is.
 * @throws {JsvDecodeError} for text that does not fit, with its path, line and column.
 */
export function decodeText(field: Field<unknown>, text: string, options: DecodeOptions = {}): unknown {
  checkText(text);
  const unknownKeys = options.unknownKeys ?? "ignore";
  if (unknownKeys !== "ignore" && unknownKeys !== "error") {
    throw new TypeError(`unknownKeys must be "ignore" or "error", got ${String(unknownKeys)}`);
  }
  const reader = resolveReader(options.reader);
  if (reader !== undefined) return decodeWithReader(field, text, options, reader);
  const maxDepth = resolveMaxDepth(options.maxDepth);
  return readInMode(text, options.whitespace, maxDepth, (trim) => {
    const reader = new TypedReader(text, { trim, maxDepth, shareValues: false }, unknownKeys === "error");
    try {
      const read = reader.decodeDocument(field);
      // Kept for the next read when not deep (a few small lists, whatever the input was).
      if (reader.values.length <= MAX_SPARE_DEPTH) spareValues = reader.values;
      return read;
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      // Malformed text is a syntax error even where a decode error came first.
      readFast(text, { trim, maxDepth });
      throw new JsvDecodeError({ path: error.path(), expected: error.expected, received: error.received, code: error.code }, text, error.offset);
    }
  });
}

/**
 * The spellings of an enum's or a boolean's values as ServiceStack writes them (`Hold`,
 * `True`), each with the value the field's own `read` gives it: what the decoder matches in
 * the text before making a string. Only bare tokens that read the same in every whitespace
 * mode are kept; null when the field has none.
 */
interface Constants {
  readonly texts: readonly string[];
  readonly values: readonly unknown[];
}

const constantsByField = new WeakMap<Field<unknown>, Constants | null>();

/** Most spellings matched in the text, for an enum of up to 16 members. */
const MAX_CONSTANTS = 16;

function constantsOf(field: Field<unknown>): Constants | null {
  let c = constantsByField.get(field);
  if (c === undefined) {
    c = findConstants(field);
    constantsByField.set(field, c);
  }
  return c;
}

function findConstants(field: Field<unknown>): Constants | null {
  let candidates: readonly unknown[] = [];
  if (field.kind === "boolean") candidates = ["True", "False"];
  else if (field.kind === "enum" && (field as { flags?: unknown }).flags === false) {
    const wireNames = (field as { wireNames?: unknown }).wireNames;
    if (Array.isArray(wireNames)) candidates = wireNames;
  }
  const texts: string[] = [];
  const values: unknown[] = [];
  const probe: DecodeContext = {
    fail: () => {
      throw new Problem("", "");
    },
  };
  for (const t of candidates) {
    if (typeof t !== "string" || t === "" || t.length > 64 || /[\s",:[\]{}]/.test(t) || texts.includes(t)) continue;
    let value: unknown;
    try {
      value = field.read?.(t, probe);
    } catch {
      continue;
    }
    if (value === undefined || value === null || typeof value === "object" || typeof value === "function") continue;
    texts.push(t);
    values.push(value);
  }
  // Tried one by one: a large enum is left to its field's read, one map lookup a value.
  return texts.length > 0 && texts.length <= MAX_CONSTANTS ? { texts, values } : null;
}

/**
 * The per-depth value lists of the last read that ended well (all empty then), for the next
 * read to take: a decode makes none of its own. A read inside a read (a field that decodes)
 * finds none to take and makes its own; a failed read's lists are dropped, not handed on.
 */
let spareValues: unknown[][] | undefined;
const MAX_SPARE_DEPTH = 32;

function takeSpareValues(): unknown[][] {
  const values = spareValues ?? [];
  spareValues = undefined;
  return values;
}

/** `,` `}` `]`: what ends a bare value. */
function isCloser(c: number): boolean {
  return c === COMMA || c === RBRACE || c === RBRACKET;
}

class TypedReader extends FastReader {
  private readonly context: DecodeContext = {
    fail: (expected, received) => this.decodeFail(expected, received, codeForKind(this.scalarKind)),
  };
  /** Per depth, the items of the list being read there. */
  private readonly scratch: unknown[][] = [];
  /**
   * Per depth, the values of the members of the object being read there, by member index:
   * emptied as each result is built, and handed on to the next read once this one is over
   * without a failure (see `spareValues`).
   */
  readonly values: unknown[][] = takeSpareValues();
  /** The kind of the scalar field being read, for the code of its failure. */
  private scalarKind = "";

  constructor(
    text: string,
    settings: ReadSettings,
    private readonly strictKeys: boolean,
  ) {
    super(text, settings);
  }

  decodeDocument(field: Field<unknown>): { value: unknown; sawNewline: boolean } {
    this.pos = this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const value = this.value(field, 0);
    if (this.pos < this.len) this.fail(["end of input"], "after the root value");
    if (value === undefined) this.decodeFail(field.expected, this.text.trim() === "" ? "empty input" : "an empty value");
    return { value, sawNewline: this.sawNewline };
  }

  /** Reads the value at `pos` for `field`; undefined when it is empty (the member is absent). */
  private value(field: Field<unknown>, depth: number, inList = false): unknown {
    const kind = field.kind;
    if (kind === "char") return this.char(field, depth, inList);
    if (kind === "dto" || kind === "list" || kind === "map" || kind === "dictionary") {
      const q = this.skipWs(this.pos);
      const c = this.text.charCodeAt(q);
      this.valueStart = q;
      if (c === (kind === "list" ? LBRACKET : LBRACE)) {
        this.pos = q;
        const value =
          kind === "dto"
            ? this.object(field as Codec<unknown>, depth)
            : kind === "list"
              ? this.list(field as ListField<never>, depth)
              : kind === "map"
                ? this.map(field as MapField<never>, depth)
                : this.dictionary(field as DictionaryField<never, never>, depth);
        this.pos = this.skipWs(this.pos);
        return value;
      }
      // Not the structure the field wants: read it whole (it must still be well-formed).
      const node = this.readAny(depth);
      // ServiceStack writes a null dictionary in a list as `null`.
      if (node === null || (node === "null" && (kind === "map" || kind === "dictionary"))) return undefined;
      return this.decodeFail(field.expected, kindOf(node));
    }
    if (kind === "enum" || kind === "boolean") {
      const spellings = constantsOf(field);
      if (spellings !== null) {
        const v = this.constant(spellings);
        if (v !== undefined) return v;
      }
    }
    const node = this.readAny(depth);
    if (node === null) return undefined;
    if (typeof node !== "string") return this.decodeFail(field.expected, kindOf(node));
    this.scalarKind = kind;
    return field.read!(node, this.context);
  }

  /**
   * The value of a bare token at `pos` that is one of `spellings` (followed by `,` `}` `]`
   * or the end, so that nothing else belongs to it), read without making a string; else
   * undefined, and the token is read as any other.
   */
  private constant(spellings: Constants): unknown {
    const text = this.text;
    const pos = this.pos;
    const { texts, values } = spellings;
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i]!;
      const n = t.length;
      const end = pos + n;
      if (end < this.len && !isCloser(text.charCodeAt(end))) continue;
      let k = 0;
      while (k < n && text.charCodeAt(pos + k) === t.charCodeAt(k)) k++;
      if (k === n) {
        this.pos = end;
        this.valueStart = pos;
        return values[i];
      }
    }
    return undefined;
  }

  /**
   * Opens the container at `pos` as one more level (against maxDepth). Returns true, with
   * `pos` after it, when only whitespace stands before `closer`: an empty container.
   */
  private openEmpty(depth: number, closer: number): boolean {
    if (depth > this.maxDepth) this.fail([`at most ${this.maxDepth} levels of nesting (maxDepth)`]);
    const inner = this.skipWs(this.pos + 1);
    if (this.text.charCodeAt(inner) !== closer) return false;
    this.pos = inner + 1;
    return true;
  }

  /**
   * A Char, as ServiceStack writes it raw (`char:,`) or as we write one that needs quotes
   * (`char:","`): a quoted string of one unit wins, else one raw unit before `,` `}` `]` or
   * the end. A raw `,` `}` or `]` must be followed by another of them (`{char:}` is empty),
   * and is never a list item: `[,]` is two empty slots.
   */
  private char(field: Field<unknown>, depth: number, inList: boolean): unknown {
    const text = this.text;
    const start = this.pos;
    this.valueStart = start;
    const ends = (at: number) => at >= this.len || isCloser(text.charCodeAt(at));
    if (text.charCodeAt(start) === QUOTE) {
      // `"x"`, `""""`: a quoted string of one unit, followed by a separator.
      const one = text.charCodeAt(start + 1) === QUOTE ? (text.charCodeAt(start + 2) === QUOTE && text.charCodeAt(start + 3) === QUOTE ? 4 : 0) : 3;
      if (one !== 0 && text.charCodeAt(start + one - 1) === QUOTE && ends(start + one)) {
        this.pos = start + one;
        return one === 4 ? '"' : text[start + 1];
      }
    }
    const structural = isCloser(text.charCodeAt(start));
    if (start < this.len && ends(start + 1) && (!structural || (!inList && start + 1 < this.len))) {
      this.pos = start + 1;
      return text[start];
    }
    // Not a Char as either writes it: empty, or read whole for the message.
    const node = this.readAny(depth);
    if (node === null) return undefined;
    this.scalarKind = "char";
    return typeof node === "string" ? field.read!(node, this.context) : this.decodeFail(field.expected, kindOf(node), "wrong-kind");
  }

  /** A DTO: members found by wire name, guessed in field-map order first. */
  private object(codec: Codec<unknown>, depth: number): Record<string, unknown> {
    if (!this.strictKeys) {
      const step = compiledReader(codec);
      if (step !== undefined) return step(this as unknown as StepReader, depth);
    }
    const open = this.pos;
    if (this.openEmpty(++depth, RBRACE)) return this.complete(codec, {}, open);
    const members = codec.members;
    const count = members.length;
    const plan = planOf(codec);
    const { spellings, firsts } = plan;
    // The members' values by index, in this depth's list; the result is built from them
    // once the object is read, and resultOf empties the list again.
    let values = this.values[depth];
    if (values === undefined || values.length < count) values = this.values[depth] = new Array<unknown>(count).fill(undefined);
    let next = 0;
    let pos = this.pos + 1;
    for (;;) {
      let index = -1;
      if (!this.trim) {
        // The spellings compared in place (a hot loop: no call per member tried), each only
        // when its first character is the key's: member i's wire (camelCase, from a .NET Core
        // host) then PascalCase (a .NET Framework host) spellings, at 2i and 2i + 1.
        const text = this.text;
        const c0 = text.charCodeAt(pos);
        for (let i = next; i < count && index < 0; i++) {
          for (let j = 2 * i; j < 2 * i + 2; j++) {
            if (firsts[j] !== c0) continue;
            const name = spellings[j]!;
            const len = name.length;
            if (text.charCodeAt(pos + len) !== COLON) continue;
            let k = 1;
            while (k < len && text.charCodeAt(pos + k) === name.charCodeAt(k)) k++;
            if (k !== len) continue;
            index = i;
            next = i + 1;
            this.pos = pos + len;
            break;
          }
        }
      }
      let key: string | undefined;
      if (index < 0) {
        key = this.keyText(this.readKeyAt(pos));
        const member = codec.member(key);
        if (member !== undefined) index = plan.index.get(member)!;
      }
      this.pos++;
      if (index < 0) {
        if (this.strictKeys) {
          // The error points at the unknown key, not at its value.
          this.valueStart = this.skipWs(pos);
          throw atStep(
            this.problem(`one of the members of ${codec.name}`, `the unknown member ${quoteForMessage(key!)}`, "unknown-member"),
            key!,
          );
        }
        this.readAny(depth);
      } else {
        try {
          // A later spelling of the same member wins, an empty one (undefined) included.
          values[index] = this.value(members[index]!.field, depth);
        } catch (error) {
          throw atStep(error, members[index]!.name);
        }
      }
      // The common case inline (a hot path); the separator method checks the rest.
      if (this.text.charCodeAt(this.pos) === COMMA) {
        pos = this.pos + 1;
        continue;
      }
      this.separator(RBRACE, key ?? members[index]!.name);
      return this.complete(codec, resultOf(codec, plan, values), open);
    }
  }

  /** A list: items by the item field; in a list of DTOs one trailing empty slot is ignored. */
  private list(field: ListField<never>, depth: number): unknown[] {
    const text = this.text;
    if (this.openEmpty(++depth, RBRACKET)) return [];
    const item = field.item;
    const ofDtos = item.kind === "dto";
    // Items gather in this depth's scratch list, and the result is an exact copy of them: no
    // spare capacity kept, no growing on the way.
    const items = (this.scratch[depth] ??= []);
    let n = 0;
    this.pos++;
    for (;;) {
      let v: unknown;
      try {
        v = this.value(item, depth, true);
      } catch (error) {
        throw atStep(error, n);
      }
      if (v !== undefined) items[n++] = v;
      else if (!ofDtos) items[n++] = null;
      else if (text.charCodeAt(this.pos) !== RBRACKET || n === 0) throw atStep(this.problem(item.expected, "an empty slot", "empty-slot"), n);
      if (!this.separator(RBRACKET, undefined)) return items.slice(0, n);
    }
  }

  /** A map: any keys, as own properties; an empty value drops the entry. */
  private map(field: MapField<never>, depth: number): Record<string, JsvValue> {
    const result: Record<string, JsvValue> = {};
    if (this.openEmpty(++depth, RBRACE)) return result;
    const valueField = field.value;
    let pos = this.pos + 1;
    for (;;) {
      const key = this.keyText(this.readKeyAt(pos));
      this.pos++;
      let v: unknown;
      try {
        v = this.value(valueField, depth);
      } catch (error) {
        throw atStep(error, key);
      }
      if (v === undefined) delete result[key];
      else setOwn(result, key, v as JsvValue);
      if (!this.separator(RBRACE, key)) return result;
      pos = this.pos;
    }
  }

  /** The object read, once every {@link required} member is checked to be there. */
  private complete(codec: Codec<unknown>, result: Record<string, unknown>, open: number): Record<string, unknown> {
    const required = codec.requiredMembers;
    for (let i = 0; i < required.length; i++) {
      const m = required[i]!;
      if (!Object.hasOwn(result, m.name)) {
        this.valueStart = open;
        throw atStep(this.problem(`the member ${m.wireName} (required)`, "an object without it", "missing-member"), m.name);
      }
    }
    return result;
  }

  /** A dictionary: keys read by the key field, into a Map; an empty value drops the entry. */
  private dictionary(field: DictionaryField<never, never>, depth: number): Map<unknown, unknown> {
    const result = new Map<unknown, unknown>();
    if (this.openEmpty(++depth, RBRACE)) return result;
    const keyField = field.key;
    const valueField = field.value;
    let pos = this.pos + 1;
    for (;;) {
      this.valueStart = this.skipWs(pos);
      const keyText = this.keyText(this.readKeyAt(pos));
      this.scalarKind = keyField.kind;
      const key = readDictionaryKey(keyField, keyText, this.context, (expected, code) => this.problem(expected, "an empty key", code));
      this.pos++;
      let v: unknown;
      try {
        v = this.value(valueField, depth);
      } catch (error) {
        throw atStep(error, keyText);
      }
      if (v === undefined) result.delete(key);
      else result.set(key, v);
      if (!this.separator(RBRACE, keyText)) return result;
      pos = this.pos;
    }
  }

  /** A decode failure at the value being read; the containers add its path on the way out. */
  private problem(expected: string, received: string, code?: JsvErrorCode): Problem {
    return new Problem(expected, received, this.valueStart, code);
  }

  private decodeFail(expected: string, received: string, code?: JsvErrorCode): never {
    throw this.problem(expected, received, code);
  }
}
