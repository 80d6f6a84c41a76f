import P from "parsimmon";
import { CLOSING_QUOTE, JsvSyntaxError } from "../errors.js";
import { isStackOverflow, setOwn } from "../failure.js";
import type { JsvReader, JsvValue } from "../options.js";
import type { ReadResult, ReadSettings } from "../reader.js";
import { Members, type OrderedValue } from "../reader.js";
import { detach, EMPTY_KEY_MARK } from "../strings.js";

/**
 * The normative JSV grammar (`JSV-SPEC.md` section 4), in Parsimmon. Slower than the fast
 * reader and recursive, but short enough to check against the contract line by line;
 * the fast reader is held to it by a property test.
 *
 * State that Parsimmon cannot carry (open containers, line breaks seen) lives in `state`,
 * reset for each read; reads are synchronous, so one state per language is enough.
 */
interface State {
  depth: number;
  maxDepth: number;
  sawNewline: boolean;
  /** Objects as {@link Members} (`ReadSettings.ordered`), for typed decoding. */
  ordered: boolean;
  /** Where the innermost container open when the call stack ran out starts; -1 before. */
  overflowAt: number;
}

type JsvObject = { [key: string]: JsvValue };

interface Rules {
  ws: string;
  quoted: string;
  bareValue: string | null;
  bareKey: string;
  key: string;
  value: JsvValue;
  plainMember: [string, JsvValue];
  member: [string, JsvValue];
  nextMember: [string, JsvValue];
  object: JsvObject | Members;
  list: JsvValue[];
  structured: JsvValue;
  document: JsvValue;
}

function makeLanguage(trim: boolean, state: State) {
  // A line break outside quotes means laid-out text (what `whitespace: "auto"` asks).
  const noteLayout = (s: string): string => {
    if (s.length > 0 && !state.sawNewline && (s.includes("\n") || s.includes("\r"))) state.sawNewline = true;
    return s;
  };
  // Tokens are copies (detach): a regular expression's match is a view that would keep the
  // whole input alive for as long as the value lives.
  const token = (s: string): string => detach(trim ? noteLayout(s).trim() : noteLayout(s));
  // Opens a container: counts it against maxDepth for as long as its parser runs.
  const nested = <T>(p: P.Parser<T>): P.Parser<T> => {
    const inner = (p as unknown as { _: (input: string, i: number) => P.Reply<T> })._;
    return P((input, i) => {
      if (state.depth >= state.maxDepth) {
        return P.makeFailure(i, `at most ${state.maxDepth} levels of nesting (maxDepth)`) as P.Reply<T>;
      }
      state.depth++;
      try {
        return inner(input, i);
      } catch (error) {
        // The innermost container sees the overflow first: the error points at it.
        if (state.overflowAt < 0) state.overflowAt = i;
        throw error;
      } finally {
        state.depth--;
      }
    });
  };
  const char = (c: string) => P.string(c).desc(JSON.stringify(c));
  // `key:value` of a plain member, split at its first colon (a bare key has none).
  const splitMember = (s: string): [string, JsvValue] => {
    const colon = s.indexOf(":");
    const key = token(s.slice(0, colon));
    let value: string | null;
    const rest = s.slice(colon + 1);
    const open = rest.indexOf('"');
    if (open >= 0 && rest.slice(0, open).trim() === "") {
      // Quoted (with no doubled quote inside): only the whitespace around the quotes is layout.
      const close = rest.lastIndexOf('"');
      noteLayout(rest.slice(0, open));
      noteLayout(rest.slice(close + 1));
      value = detach(rest.slice(open + 1, close));
    } else {
      value = token(rest);
      if (value === "") value = null;
    }
    return [key === EMPTY_KEY_MARK ? "" : key, value];
  };
  // An object of its members in text order: plain (own keys, the last of a repeated key
  // wins) or, for typed decoding, as Members.
  const object = (members: [string, JsvValue][]): JsvObject | Members => {
    if (state.ordered) return new Members(members.map((m) => m[0]), members.map((m) => m[1]) as OrderedValue[]);
    const out: JsvObject = {};
    for (const [k, v] of members) setOwn(out, k, v);
    return out;
  };

  // Bare tokens are tried first and may not start (after whitespace) with a quote or
  // bracket: the lookahead lets the common case succeed without a failed alternative,
  // which Parsimmon would otherwise merge into every reply after it.
  return P.createLanguage<Rules>({
    // Whitespace that cannot be content: next to a quote, brace or bracket.
    ws: () => P.regexp(/\s*/).map(noteLayout),

    // `"…"` with `""` for a quote inside. The body runs to the end of the text when the
    // closing quote is missing, so the failure is at the end, as the contract asks.
    quoted: () =>
      P.string('"')
        .then(quotedBody)
        .skip(P.string('"').desc(CLOSING_QUOTE))
        .map((s) => detach(s.includes('""') ? s.replaceAll('""', '"') : s)),

    // A bare scalar runs to the next `,` `}` or `]`; empty is null.
    bareValue: () =>
      P.regexp(/(?!\s*["{[])[^,}\]]*/)
        .desc("a value")
        .map((s) => {
          const t = token(s);
          return t === "" ? null : t;
        }),

    // A bare key runs to `:`.
    bareKey: () => P.regexp(/(?!\s*["{[])[^:,}\]]*/).desc("a key").map(token),

    key: (r) =>
      P.alt(
        r.bareKey,
        P.seqMap(r.ws, r.quoted, r.ws, (_, k) => k),
      ).map((k) => (k === EMPTY_KEY_MARK ? "" : k)),

    // Whitespace before `"`, `{` or `[` is skipped in every mode, and after the closing one.
    structured: (r) => P.seqMap(r.ws, P.alt(r.quoted, r.object, r.list), r.ws, (_, v) => v),

    value: (r) => P.alt(r.bareValue, r.structured),

    // The common members, a bare key with a bare or a quoted value, each in one expression
    // (after its comma, for all but the first); anything else, and every error with its
    // offset, goes through the general rules.
    // Named as what they start with, so that their failures add nothing new to a message.
    plainMember: () => P.regexp(PLAIN_MEMBER).desc("a key").map(splitMember),
    member: (r) => P.alt(r.plainMember, P.seqMap(r.key, char(":"), r.value, (k, _, v) => [k, v] as [string, JsvValue])),
    nextMember: (r) =>
      P.alt(
        P.regexp(NEXT_PLAIN_MEMBER)
          .desc('","')
          .map((s) => splitMember(s.slice(1))),
        char(",").then(r.member),
      ),

    // An empty container (whitespace alone inside, in every mode) still counts as a level.
    object: (r) =>
      nested(
        P.alt(
          P.regexp(/\{\s*\}/).map((s) => (noteLayout(s), object([]))),
          P.seqMap(char("{"), r.member, r.nextMember.many(), char("}"), (_, first, rest) => object([first, ...rest])),
        ),
      ),

    list: (r) =>
      nested(
        P.alt(
          P.regexp(/\[\s*\]/).map((s) => (noteLayout(s), [] as JsvValue[])),
          P.seqMap(char("["), P.sepBy1(r.value, char(",")), char("]"), (_, items) => items),
        ),
      ),

    document: (r) =>
      P.regexp(/\uFEFF?/)
        .then(r.value)
        .skip(P.eof.desc("end of input")),
  });
}

// A bare key, `:`, then a bare value or a quoted one without a doubled quote (with the
// whitespace around it), ending where a member ends. A bare key or value may not start
// (after whitespace) with a quote or bracket. Only single-character loops: a loop over a
// group (a quoted value's `(?:""[^"]*)*`) would backtrack once per repetition; a value with
// a doubled quote goes through the general rules.
const PLAIN_MEMBER = /(?!\s*["{[])[^:,}\]]*:(?:(?!\s*["{[])[^,}\]]*|\s*"[^"]*"\s*)(?=[,}])/;

/**
 * The body of a quoted string: up to the first `"` that is not doubled, or to the end of
 * the text. Scanned with indexOf: the expression `[^"]*(?:""[^"]*)*` backtracks once per
 * doubled quote and overflows the engine's stack on a few megabytes of them.
 */
const quotedBody = P((input, i) => {
  let close = input.indexOf('"', i);
  while (close >= 0 && input.charCodeAt(close + 1) === QUOTE_CODE) close = input.indexOf('"', close + 2);
  const end = close < 0 ? input.length : close;
  return P.makeSuccess(end, input.slice(i, end));
});
const QUOTE_CODE = 34;
const NEXT_PLAIN_MEMBER = new RegExp(`,${PLAIN_MEMBER.source}`);

const languages = new Map<boolean, { language: ReturnType<typeof makeLanguage>; state: State }>();

/**
 * Reads `text` with the grammar.
 *
 * @throws {JsvSyntaxError} at the furthest offset any rule reached, with the tokens expected there.
 */
export function readGrammar(text: string, { trim, maxDepth, ordered = false }: ReadSettings): ReadResult {
  let entry = languages.get(trim);
  if (!entry) {
    const state: State = { depth: 0, maxDepth, sawNewline: false, ordered: false, overflowAt: -1 };
    entry = { language: makeLanguage(trim, state), state };
    languages.set(trim, entry);
  }
  const { language, state } = entry;
  state.depth = 0;
  state.maxDepth = maxDepth;
  state.sawNewline = false;
  state.ordered = ordered;
  state.overflowAt = -1;
  let reply: P.Reply<JsvValue>;
  try {
    // The parser's own entry, not `parse`: `parse` indexes lines with the whole text as an
    // object key, which hashes and keeps a copy of it; the offset is all an error needs.
    reply = (language.document as unknown as { _: (input: string, i: number) => P.Reply<JsvValue> })._(text, 0);
  } catch (error) {
    // Parsimmon recurses a few times per nesting level (and nowhere else); a maxDepth above
    // what the call stack holds must still end in our own error, at the container it was in.
    if (!isStackOverflow(error)) throw error;
    throw new JsvSyntaxError(text, {
      offset: Math.max(0, state.overflowAt),
      expected: ["nesting that fits the call stack (lower maxDepth, or use the fast reader)"],
    });
  }
  if (!reply.status) {
    throw new JsvSyntaxError(text, { offset: reply.furthest, expected: [...new Set(reply.expected)].sort() });
  }
  return { value: reply.value, sawNewline: state.sawNewline };
}

/**
 * The normative JSV grammar as a reader for `parse`: the same value or the same error
 * offset as the built-in fast reader, far slower. Kept in this entry so that only code that
 * asks for it carries Parsimmon.
 *
 * @example
 * ```ts
 * import { parse } from "jsv-codec";
 * import { grammar } from "jsv-codec/grammar";
 * parse("{a:[b,c]}", { reader: grammar }); // { a: ["b", "c"] }
 * ```
 */
export const grammar: JsvReader = { name: "grammar", read: readGrammar };
