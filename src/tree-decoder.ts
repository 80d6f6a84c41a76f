import type { Codec } from "./codec.js";
import type { DictionaryField } from "./containers.js";
import { describeValue, JsvDecodeError, type JsvErrorCode, quoteForMessage } from "./errors.js";
import { atStep, codeForKind, Problem, readDictionaryKey, setOwn } from "./failure.js";
import type { DecodeContext, Field, ListField, MapField } from "./fields.js";
import type { JsvReader, JsvValue } from "./options.js";
import { resolveMaxDepth } from "./options.js";
import { readInMode } from "./parse.js";
import { Members, type OrderedValue } from "./reader.js";
import { planOf, resultOf } from "./results.js";

/**
 * `decode(text, { reader })` with a plugged-in reader (the grammar of `jsv-codec/grammar`):
 * the reader's tree, objects as {@link Members}, then the field map. Options as the one-pass
 * decoder takes them (already checked by the caller, but for `maxDepth`).
 *
 * @throws {JsvSyntaxError} from the reader; {@link JsvDecodeError} with the path.
 */
export function decodeWithReader(
  field: Field<unknown>,
  text: string,
  options: { whitespace?: "auto" | "preserve" | "trim"; maxDepth?: number; unknownKeys?: "ignore" | "error" },
  reader: JsvReader,
): unknown {
  const maxDepth = resolveMaxDepth(options.maxDepth);
  const strictKeys = options.unknownKeys === "error";
  return readInMode(text, options.whitespace, maxDepth, (trim) =>
    decodeTree(field, () => reader.read(text, { trim, maxDepth, ordered: true }) as { value: OrderedValue; sawNewline: boolean }, text, strictKeys),
  );
}

/**
 * Typed decoding in two steps, for a plugged-in reader (the grammar of `jsv-codec/grammar`):
 * the reader gives the generic tree with every object as {@link Members} (its members in
 * text order, repeats included), then the field map turns it into the typed value. It
 * follows the one-pass decoder (`decoder.ts`) rule for rule: members matched by name,
 * the last of a repeated member winning, errors in text order with the same paths and
 * codes; a property test holds the two to the same results.
 *
 * @param read - one read of the text in one whitespace mode, objects as `Members`.
 * @throws {JsvDecodeError} with the path of the first value that does not fit (no line or
 *   column: the tree keeps no offsets).
 */
export function decodeTree(
  field: Field<unknown>,
  read: () => { value: OrderedValue; sawNewline: boolean },
  text: string,
  strictKeys: boolean,
): { value: unknown; sawNewline: boolean } {
  const { value: tree, sawNewline } = read();
  try {
    const value = new TreeDecoder(strictKeys).value(field, tree);
    if (value === undefined) throw new Problem(field.expected, text.trim() === "" ? "empty input" : "an empty value");
    return { value, sawNewline };
  } catch (error) {
    if (!(error instanceof Problem)) throw error;
    // The text, but no offset: the tree has none; the error lets go of frames holding the text.
    throw new JsvDecodeError({ path: error.path(), expected: error.expected, received: error.received, code: error.code }, text);
  }
}

/** What a tree node is, for messages: as the one-pass decoder says it. */
function kindOf(node: OrderedValue): string {
  if (node === null) return "an empty value";
  if (Array.isArray(node)) return "a list";
  if (typeof node === "object") return "an object";
  return describeValue(node);
}

/** An object of the tree as Members: a reader that ignores `ordered` gives plain objects. */
function members(node: OrderedValue): Members | undefined {
  if (node instanceof Members) return node;
  if (node === null || typeof node !== "object" || Array.isArray(node)) return undefined;
  const plain = node as unknown as { [key: string]: JsvValue };
  const keys = Object.keys(plain);
  return new Members(keys, keys.map((k) => plain[k] as OrderedValue));
}

class TreeDecoder {
  /** The kind of the scalar field being read, for the code of its failure. */
  private scalarKind = "";
  private readonly context: DecodeContext = {
    fail: (expected, received) => {
      throw new Problem(expected, received, -1, codeForKind(this.scalarKind));
    },
  };

  constructor(private readonly strictKeys: boolean) {}

  /** The value of `node` for `field`; undefined when it is empty (the member is absent). */
  value(field: Field<unknown>, node: OrderedValue): unknown {
    const kind = field.kind;
    if (kind === "dto" || kind === "list" || kind === "map" || kind === "dictionary") {
      if (kind === "list" && Array.isArray(node)) return this.list(field as ListField<never>, node);
      const object = kind === "list" ? undefined : members(node);
      if (object !== undefined) {
        if (kind === "dto") return this.object(field as Codec<unknown>, object);
        if (kind === "map") return this.map(field as MapField<never>, object);
        return this.dictionary(field as DictionaryField<never, never>, object);
      }
      // ServiceStack writes a null dictionary in a list as `null`.
      if (node === null || (node === "null" && (kind === "map" || kind === "dictionary"))) return undefined;
      return fail(field.expected, kindOf(node));
    }
    if (node === null) return undefined;
    if (typeof node !== "string") return fail(field.expected, kindOf(node), kind === "char" ? "wrong-kind" : undefined);
    this.scalarKind = kind;
    return field.read!(node, this.context);
  }

  private object(codec: Codec<unknown>, node: Members): Record<string, unknown> {
    const plan = planOf(codec);
    // The members' values by index, as the one-pass decoder gathers them: the result lists
    // its members in field-map order.
    const found = new Array<unknown>(codec.members.length).fill(undefined);
    const { keys, values } = node;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const member = codec.member(key);
      if (member === undefined) {
        if (this.strictKeys) {
          throw atStep(new Problem(`one of the members of ${codec.name}`, `the unknown member ${quoteForMessage(key)}`, -1, "unknown-member"), key);
        }
        continue;
      }
      try {
        // A later spelling of the same member wins, an empty one (undefined) included.
        found[plan.index.get(member)!] = this.value(member.field, values[i]!);
      } catch (error) {
        throw atStep(error, member.name);
      }
    }
    const result = resultOf(codec, plan, found);
    for (const m of codec.requiredMembers) {
      if (!Object.hasOwn(result, m.name)) {
        throw atStep(new Problem(`the member ${m.wireName} (required)`, "an object without it", -1, "missing-member"), m.name);
      }
    }
    return result;
  }

  private list(field: ListField<never>, items: readonly OrderedValue[]): unknown[] {
    const result: unknown[] = [];
    const item = field.item;
    const ofDtos = item.kind === "dto";
    for (let i = 0; i < items.length; i++) {
      let v: unknown;
      try {
        v = this.value(item, items[i]!);
      } catch (error) {
        throw atStep(error, i);
      }
      if (v !== undefined) result.push(v);
      else if (!ofDtos) result.push(null);
      // In a list of DTOs one trailing empty slot is ignored (`[{a:1},]`), as ServiceStack does.
      else if (i !== items.length - 1 || i === 0) throw atStep(new Problem(item.expected, "an empty slot", -1, "empty-slot"), i);
    }
    return result;
  }

  private map(field: MapField<never>, node: Members): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const { keys, values } = node;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      let v: unknown;
      try {
        v = this.value(field.value, values[i]!);
      } catch (error) {
        throw atStep(error, key);
      }
      if (v === undefined) delete result[key];
      else setOwn(result, key, v);
    }
    return result;
  }

  private dictionary(field: DictionaryField<never, never>, node: Members): Map<unknown, unknown> {
    const result = new Map<unknown, unknown>();
    const keyField = field.key;
    const { keys, values } = node;
    for (let i = 0; i < keys.length; i++) {
      const keyText = keys[i]!;
      this.scalarKind = keyField.kind;
      const key = readDictionaryKey(keyField, keyText, this.context, (expected, code) => new Problem(expected, "an empty key", -1, code));
      let v: unknown;
      try {
        v = this.value(field.value, values[i]!);
      } catch (error) {
        throw atStep(error, keyText);
      }
      if (v === undefined) result.delete(key);
      else result.set(key, v);
    }
    return result;
  }
}

function fail(expected: string, received: string, code?: JsvErrorCode): never {
  throw new Problem(expected, received, -1, code);
}
