import { CLOSING_QUOTE, JsvSyntaxError, quoteForMessage, type SyntaxProblem } from "./errors.js";
import { setOwn } from "./failure.js";
import type { JsvValue } from "./options.js";
import { COLON, COMMA, detach, EMPTY_KEY_MARK, isWhitespace, LBRACE, LBRACKET, QUOTE, RBRACE, RBRACKET, Strings } from "./strings.js";

type JsvObject = { [key: string]: JsvValue };

/** What one pass of a reader gives (a failure is thrown, never returned). */
export interface ReadResult {
  value: JsvValue;
  /** Whether a CR or LF was met outside quoted strings (what `whitespace: "auto"` asks). */
  sawNewline: boolean;
}

/**
 * The fast reader: one pass over the text with indices and `charCodeAt`, no substring
 * until a token is complete, and an explicit stack instead of recursion, so that no depth
 * of input can overflow the call stack. It follows `grammar.ts` rule for rule; a property
 * test holds the two to the same values and the same error offsets.
 *
 * @throws {JsvSyntaxError} at the first offending character.
 */
export function readFast(text: string, settings: ReadSettings): ReadResult {
  return new FastReader(text, settings).readDocument();
}

/** How one pass reads: the whitespace mode already resolved, and what else to keep. */
export interface ReadSettings {
  /** Trim bare keys and scalars (`whitespace: "trim"`). */
  readonly trim: boolean;
  readonly maxDepth: number;
  /**
   * Keep every scalar and key as spelled, quotes and all, so that `format` can lay the text
   * out without changing a token (a bare date stays bare, a quoted string quoted).
   */
  readonly raw?: boolean;
  /**
   * Give each object as {@link Members}, its members in text order with repeats, for typed
   * decoding from a tree (`tree-decoder.ts`). The grammar honours it; the fast reader, which
   * typed decoding drives directly, does not need to.
   */
  readonly ordered?: boolean;
  /** Share short values as keys are shared (see `Strings`). Default: true. */
  readonly shareValues?: boolean;
}

/**
 * An object in the ordered tree: its keys and values in text order, a repeated key as often
 * as it is written, so that typed decoding sees what the one-pass decoder sees.
 */
export class Members {
  constructor(
    /** The keys as read (unquoted; U+200B already the empty key). */
    readonly keys: string[],
    /** The value of each key, at the same index. */
    readonly values: OrderedValue[],
  ) {}

  /**
   * Known by brand, not by class: `jsv-codec/grammar` is a bundle of its own with its own
   * copy of this class, and the main entry's decoder must still know its trees' objects
   * (else every member of a typed `decode(text, { reader: grammar })` was unknown).
   */
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "object" && value !== null && (value as { [MEMBERS]?: unknown })[MEMBERS] === true;
  }
}

/** The brand of {@link Members}, shared by every copy of this module through the registry. */
const MEMBERS = Symbol.for("jsv-codec.members");
Object.defineProperty(Members.prototype, MEMBERS, { value: true });

/** The generic tree with objects as {@link Members}. */
export type OrderedValue = string | null | OrderedValue[] | Members;

/**
 * The fast reader's state and token methods. `readDocument` reads the generic tree; the
 * typed decoder (`decoder.ts`) extends it to read straight into typed values.
 */
export class FastReader {
  protected pos = 0;
  protected sawNewline = false;
  protected readonly len: number;
  protected readonly trim: boolean;
  protected readonly maxDepth: number;
  protected readonly raw: boolean;
  protected readonly strings: Strings;
  // Key guessing (see readKey). Each object has a context: the key it or its list sits
  // under. The keys last read in a context are its template (kept across reads, since a
  // client reads the same shapes again and again); per open object (by depth): its
  // template, the index of the next key to guess, and its keys once a guess missed.
  private readonly templates = templates;
  private readonly template: ((string | null)[] | undefined)[] = [];
  private readonly keyIndex: number[] = [];
  private readonly recording: ((string | null)[] | null)[] = [];
  private keyWasBare = false;
  /** Per depth, the items of the list open there and how many it has: see readContainer. */
  private readonly listItems: JsvValue[][] = [];
  private readonly listCounts: number[] = [];
  // Raw mode (format): per open object, the spelling stored for each key's meaning, so that
  // `a`, `"a"` and `a` again leave one member, the last, as every read of the text does.
  // Made at the object's first quoted or empty key: until then every spelling is its meaning.
  private readonly rawKeys: (Map<string, string> | undefined)[] = [];

  constructor(
    protected readonly text: string,
    settings: ReadSettings,
  ) {
    this.len = text.length;
    this.trim = settings.trim;
    this.maxDepth = settings.maxDepth;
    this.raw = settings.raw === true;
    this.strings = new Strings(text, settings.shareValues ?? true);
  }

  readDocument(): ReadResult {
    // A leading BOM is skipped; nothing but whitespace may follow the root value.
    this.pos = this.text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const value = this.readAny(0);
    if (this.pos < this.len) this.fail(["end of input"], "after the root value");
    return { value, sawNewline: this.sawNewline };
  }

  /**
   * Reads any value from `pos` (whitespace before a quote or bracket is skipped), with
   * `depth` containers already open; leaves `pos` after it, and after the whitespace that
   * may follow a closing quote or bracket. Its first character is noted in `valueStart`.
   */
  protected readAny(depth: number): JsvValue {
    const pos = this.pos;
    const q = this.skipWs(pos);
    const c = this.text.charCodeAt(q);
    this.valueStart = q;
    if (c === LBRACE || c === LBRACKET || c === QUOTE) {
      this.pos = q;
      const value = c === QUOTE ? this.readQuoted() : this.readContainer(depth);
      this.pos = this.skipWs(this.pos);
      return value;
    }
    const end = this.scanBare(pos);
    this.pos = end;
    return this.bare(pos, end);
  }

  /** Where the value last read by `readAny` starts (its first character that is not whitespace). */
  protected valueStart = 0;

  /** Reads the `{…}` or `[…]` at `pos`, with every container inside it, without recursion. */
  protected readContainer(openDepth = 0): JsvValue {
    const text = this.text;
    const parents: (JsvObject | JsvValue[])[] = [];
    const parentKeys: string[] = [];
    const parentContexts: string[] = [];
    let context = "";
    let container: JsvObject | JsvValue[] = [];
    let isObject = false;
    let key = "";
    let value: JsvValue = null;
    let depth = openDepth;
    let pos = this.pos;
    let step = OPEN;

    for (;;) {
      if (step === OPEN) {
        // pos is at `{` or `[`.
        if (++depth > this.maxDepth) {
          this.fail([`at most ${this.maxDepth} levels of nesting (maxDepth)`], undefined, pos);
        }
        isObject = text.charCodeAt(pos) === LBRACE;
        // A list's items gather in this depth's scratch list; closed, it becomes an exact copy.
        if (isObject) container = {};
        else {
          container = this.listItems[depth] ??= [];
          this.listCounts[depth] = 0;
        }
        if (isObject && this.raw) this.rawKeys[depth] = undefined;
        if (isObject && !this.trim) {
          this.template[depth] = this.templates.get(context);
          this.keyIndex[depth] = 0;
          this.recording[depth] = null;
        }
        const inner = this.skipWs(pos + 1);
        if (text.charCodeAt(inner) === (isObject ? RBRACE : RBRACKET)) {
          // Whitespace alone inside is an empty container, in every mode.
          pos = inner + 1;
          step = CLOSED;
        } else {
          pos++;
          step = ITEM;
        }
        continue;
      }
      if (step === ITEM) {
        if (isObject) {
          key = this.readKey(pos, depth);
          pos = this.pos + 1;
        }
        const q = this.skipWs(pos);
        const c = text.charCodeAt(q);
        if (c === LBRACE || c === LBRACKET) {
          parents.push(container);
          parentKeys.push(key);
          parentContexts.push(context);
          if (isObject) context = key;
          pos = q;
          step = OPEN;
          continue;
        }
        if (c === QUOTE) {
          this.pos = q;
          value = this.readQuoted();
          pos = this.skipWs(this.pos);
        } else {
          const end = this.scanBare(pos);
          value = this.bare(pos, end);
          pos = end;
        }
      } else {
        // step === CLOSED: `container` was just closed at pos; it is the value of its parent.
        if (isObject && !this.trim) {
          const recorded = this.recording[depth];
          if (recorded != null && recorded.length <= MAX_TEMPLATE_KEYS && context.length <= MAX_TEMPLATE_KEY_LENGTH) {
            // Bounded: a text with endless new contexts only empties the cache.
            if (this.templates.size >= MAX_TEMPLATES && !this.templates.has(context)) this.templates.clear();
            this.templates.set(context, recorded);
          }
        }
        value = isObject ? container : (container as JsvValue[]).slice(0, this.listCounts[depth]);
        depth--;
        if (parents.length === 0) {
          this.pos = pos;
          return value;
        }
        container = parents.pop()!;
        key = parentKeys.pop()!;
        context = parentContexts.pop()!;
        isObject = !Array.isArray(container);
        pos = this.skipWs(pos);
      }
      // A complete value: store it, then expect a separator or the closing bracket.
      if (!isObject) (container as JsvValue[])[this.listCounts[depth]!++] = value;
      else if (this.raw) this.storeRaw(container as JsvObject, key, value, depth);
      else setOwn(container as JsvObject, key, value);
      const sep = text.charCodeAt(pos);
      if (sep === COMMA) {
        step = ITEM;
      } else if (sep === (isObject ? RBRACE : RBRACKET)) {
        step = CLOSED;
      } else {
        this.pos = pos;
        this.separator(isObject ? RBRACE : RBRACKET, isObject ? key : undefined);
      }
      pos++;
    }
  }

  /** Stores a member under its key as spelled, after dropping an earlier spelling of the same key. */
  private storeRaw(target: JsvObject, spelled: string, value: JsvValue, depth: number): void {
    let keys = this.rawKeys[depth];
    if (keys === undefined) {
      if (spelled !== "" && spelled !== EMPTY_KEY_MARK && spelled.charCodeAt(0) !== QUOTE) {
        setOwn(target, spelled, value);
        return;
      }
      keys = this.rawKeys[depth] = new Map();
      for (const k of Object.keys(target)) keys.set(k === EMPTY_KEY_MARK ? "" : k, k);
    }
    const meaning = spelled.charCodeAt(0) === QUOTE ? spelled.slice(1, -1).replaceAll('""', '"') : spelled;
    const key = meaning === EMPTY_KEY_MARK ? "" : meaning;
    const earlier = keys.get(key);
    if (earlier !== undefined) delete target[earlier];
    keys.set(key, spelled);
    setOwn(target, spelled, value);
  }

  /**
   * After a value in a container: past a `,` (true: another value follows) or past the
   * container's `closer` (false); anything else is a syntax error.
   *
   * @param key - the member the value belongs to; undefined in a list.
   */
  protected separator(closer: number, key: string | undefined): boolean {
    const c = this.text.charCodeAt(this.pos);
    if (c === COMMA) {
      this.pos++;
      return true;
    }
    if (c !== closer) {
      this.fail(
        ['","', closer === RBRACE ? '"}"' : '"]"'],
        key === undefined ? "after a list item" : `after the value of ${quoteForMessage(key)}`,
      );
    }
    this.pos++;
    return false;
  }

  /**
   * Reads a key starting at `pos` (quoted, or bare up to `:`); leaves `this.pos` at the `:`.
   * Objects in a list mostly repeat the keys of the one before, so each key is first
   * guessed from the last object read at the same depth: a hit costs one `startsWith`.
   */
  protected readKey(pos: number, depth: number): string {
    if (this.trim) return this.keyText(this.readKeyAt(pos));
    const index = this.keyIndex[depth]!;
    const template = this.template[depth];
    let recording = this.recording[depth]!;
    if (template !== undefined && index < template.length) {
      const guess = template[index];
      // Compared in place: a call here is not inlined once several shapes are read.
      const text = this.text;
      let k = -1;
      if (guess != null && text.charCodeAt(pos + guess.length) === COLON) {
        for (k = 0; k < guess.length && text.charCodeAt(pos + k) === guess.charCodeAt(k); ) k++;
      }
      if (guess != null && k === guess.length) {
        this.keyIndex[depth] = index + 1;
        if (recording !== null) recording.push(guess);
        this.pos = pos + guess.length;
        return this.keyText(guess);
      }
    }
    const key = this.readKeyAt(pos);
    // A miss: record this object's keys from here on, as the context's next template. Only
    // a bare key without a line break may be guessed: a guess skips the scan that sees one.
    if (recording === null) recording = this.recording[depth] = template !== undefined ? template.slice(0, index) : [];
    // A huge key is never kept in the cache (it would outlive the read).
    recording.push(this.keyWasBare && key.length <= MAX_TEMPLATE_KEY_LENGTH ? key : null);
    // An optional member left out: find the key a few places on and guess from there.
    if (template !== undefined) {
      const stop = Math.min(template.length, index + 8);
      for (let i = index; i < stop; i++) {
        if (template[i] === key) {
          this.keyIndex[depth] = i + 1;
          break;
        }
      }
    }
    return this.keyText(key);
  }

  /** What a key spelled `key` means: U+200B is ServiceStack's spelling of the empty key. */
  protected keyText(key: string): string {
    return key === EMPTY_KEY_MARK && !this.raw ? "" : key;
  }

  /** Reads a key as spelled, unquoted; notes in `keyWasBare` whether a guess could match it. */
  protected readKeyAt(pos: number): string {
    const text = this.text;
    const q = this.skipWs(pos);
    const c = text.charCodeAt(q);
    let key: string;
    let end: number;
    if (c === QUOTE) {
      this.pos = q;
      key = this.readQuoted();
      end = this.skipWs(this.pos);
      if (text.charCodeAt(end) !== COLON) this.fail(['":"'], `after the key ${quoteForMessage(key)}`, end);
      this.keyWasBare = false;
    } else {
      if (c === LBRACE || c === LBRACKET) this.fail(["a key"], "in an object", q);
      end = pos;
      let plain = true;
      for (;;) {
        const k = text.charCodeAt(end);
        if (k === COLON) break;
        if (k === COMMA || k === RBRACE || k === RBRACKET || end >= this.len) {
          if (end === q) this.fail(["a key"], "in an object", end);
          this.fail(['":"'], `after the key ${quoteForMessage(this.token(pos, Math.min(end, pos + 2 * MESSAGE_KEY_SPAN), true))}`, end);
        }
        if (k === 10 || k === 13) {
          this.sawNewline = true;
          plain = false;
        }
        end++;
      }
      key = this.token(pos, end, true);
      this.keyWasBare = plain;
    }
    this.pos = end;
    return key;
  }

  /** Reads the quoted string at `pos` (CSV style: `""` is one quote); leaves `this.pos` after it. */
  protected readQuoted(): string {
    const text = this.text;
    const start = this.pos + 1;
    let close = text.indexOf('"', start);
    if (close < 0) this.fail([CLOSING_QUOTE], "to end the quoted string", this.len);
    if (this.raw) return this.rawQuoted(close);
    if (text.charCodeAt(close + 1) !== QUOTE) {
      this.pos = close + 1;
      return this.strings.get(start, close);
    }
    // Doubled quotes: gather the pieces between them.
    const pieces: string[] = [];
    let from = start;
    for (;;) {
      if (text.charCodeAt(close + 1) === QUOTE) {
        pieces.push(text.slice(from, close + 1));
        from = close + 2;
        close = text.indexOf('"', from);
        if (close < 0) this.fail([CLOSING_QUOTE], "to end the quoted string", this.len);
      } else {
        pieces.push(text.slice(from, close));
        this.pos = close + 1;
        // join makes one new string of the pieces, except when all but one are empty (a
        // string ending in a doubled quote): then it returns that piece, a view of the text.
        const s = pieces.join("");
        return pieces.length === 2 && from === close ? detach(s) : s;
      }
    }
  }

  /** The quoted string at `pos` as spelled, quotes included; `close` is its first `"` after the opening one. */
  private rawQuoted(close: number): string {
    const text = this.text;
    while (text.charCodeAt(close + 1) === QUOTE) {
      close = text.indexOf('"', close + 2);
      if (close < 0) this.fail([CLOSING_QUOTE], "to end the quoted string", this.len);
    }
    const start = this.pos;
    this.pos = close + 1;
    return this.strings.get(start, close + 1);
  }

  /** The end of the bare token that starts at `pos`: the next `,` `}` `]` or the end of the text. */
  protected scanBare(pos: number): number {
    // The next `,` `}` `]` and line break at or after pos, found by indexOf and kept until
    // pos passes them: every pointer only moves forward, so the scans add up to one pass.
    let comma = this.nextComma;
    if (comma < pos) comma = this.nextComma = this.find(",", pos);
    let brace = this.nextBrace;
    if (brace < pos) brace = this.nextBrace = this.find("}", pos);
    let bracket = this.nextBracket;
    if (bracket < pos) bracket = this.nextBracket = this.find("]", pos);
    let end = comma < brace ? comma : brace;
    if (bracket < end) end = bracket;
    if (!this.sawNewline) {
      let lf = this.nextLf;
      if (lf < pos) lf = this.nextLf = this.find("\n", pos);
      let cr = this.nextCr;
      if (cr < pos) cr = this.nextCr = this.find("\r", pos);
      if (lf < end || cr < end) this.sawNewline = true;
    }
    return end;
  }

  private nextComma = -1;
  private nextBrace = -1;
  private nextBracket = -1;
  private nextLf = -1;
  private nextCr = -1;

  /** The index of `c` at or after `pos`, or the length of the text. */
  private find(c: string, pos: number): number {
    const i = this.text.indexOf(c, pos);
    return i < 0 ? this.len : i;
  }

  /** A bare scalar: its text (trimmed under `trim`); empty is null. */
  protected bare(start: number, end: number): string | null {
    if (start === end) return null;
    const s = this.token(start, end, false);
    return s === "" ? null : s;
  }

  /** The text of a bare token, trimmed under `trim`; shared or copied, never a view of the input. */
  protected token(start: number, end: number, isKey: boolean): string {
    const text = this.text;
    if (this.trim) {
      while (start < end && isWhitespace(text.charCodeAt(start))) start++;
      while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    }
    return isKey ? this.strings.key(start, end) : this.strings.get(start, end);
  }

  /** Skips whitespace from `pos` and gives the first other position; notes any line break. */
  protected skipWs(pos: number): number {
    const text = this.text;
    for (;;) {
      const c = text.charCodeAt(pos);
      if (c > 32 && c < 0xa0) return pos;
      if (pos >= this.len || !isWhitespace(c)) return pos;
      if (c === 10 || c === 13) this.sawNewline = true;
      pos++;
    }
  }

  protected fail(expected: string[], context?: string, offset: number = this.pos): never {
    const problem: SyntaxProblem = { offset, expected, context };
    throw new JsvSyntaxError(this.text, problem);
  }
}

/** Key templates by context, shared by every read; a cache, bounded by MAX_TEMPLATES. */
const templates = new Map<string, (string | null)[]>();
const MAX_TEMPLATES = 256;
const MAX_TEMPLATE_KEYS = 256;
/** The longest key (or context) a template keeps. */
const MAX_TEMPLATE_KEY_LENGTH = 256;
/** How much of a bare key a message needs (it is cut to fewer characters). */
const MESSAGE_KEY_SPAN = 200;

const OPEN = 0;
const ITEM = 1;
const CLOSED = 2;
