import P from "parsimmon";
import { JsvSyntaxError } from "./errors.js";
import type { JsvValue } from "./options.js";
import type { ReadResult, ReadSettings } from "./reader.js";
import { setOwn } from "./reader.js";
import { EMPTY_KEY_MARK } from "./strings.js";

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
}

type JsvObject = { [key: string]: JsvValue };

interface Rules {
  ws: string;
  quoted: string;
  bareValue: string | null;
  bareKey: string;
  key: string;
  value: JsvValue;
  member: [string, JsvValue];
  object: JsvObject;
  list: JsvValue[];
  structured: JsvValue;
  document: JsvValue;
}

function makeLanguage(trim: boolean, state: State) {
  const token = (s: string): string => {
    if (/[\r\n]/.test(s)) state.sawNewline = true;
    return trim ? s.trim() : s;
  };
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
      } finally {
        state.depth--;
      }
    });
  };
  const char = (c: string) => P.string(c).desc(JSON.stringify(c));

  return P.createLanguage<Rules>({
    // Whitespace that cannot be content: next to a quote, brace or bracket.
    ws: () =>
      P.regexp(/\s*/).map((s) => {
        if (/[\r\n]/.test(s)) state.sawNewline = true;
        return s;
      }),

    // `"…"` with `""` for a quote inside. The body runs to the end of the text when the
    // closing quote is missing, so the failure is at the end, as the contract asks.
    quoted: () =>
      P.string('"')
        .then(P.regexp(/[^"]*(?:""[^"]*)*/))
        .skip(P.string('"').desc(`a closing '"'`))
        .map((s) => s.replace(/""/g, '"')),

    // A bare scalar runs to the next `,` `}` or `]`; empty is null.
    bareValue: () =>
      P.regexp(/[^,}\]]*/).map((s) => {
        const t = token(s);
        return t === "" ? null : t;
      }),

    bareKey: () =>
      P.regexp(/[^:,}\]]*/).map(token),

    // A key is quoted, or bare up to `:`; it may not start a structure.
    key: (r) =>
      P.alt(
        r.ws.then(r.quoted).skip(r.ws),
        P.notFollowedBy(r.ws.then(P.oneOf("{[\""))).then(r.bareKey),
      ).map((k) => (k === EMPTY_KEY_MARK ? "" : k)),

    // Whitespace before `"`, `{` or `[` is skipped in every mode, and after the closing one.
    structured: (r) => r.ws.then(P.alt(r.quoted, r.object, r.list)).skip(r.ws),

    value: (r) => P.alt(r.structured, P.notFollowedBy(r.ws.then(P.oneOf("{[\""))).then(r.bareValue)),

    member: (r) => P.seq(r.key.skip(char(":")), r.value),

    object: (r) =>
      nested(
        char("{").then(
          P.alt(
            r.ws.then(char("}")).result({} as JsvObject),
            P.sepBy1(r.member, char(",")).skip(char("}")).map((members) => {
              const out: JsvObject = {};
              for (const [k, v] of members) setOwn(out, k, v);
              return out;
            }),
          ),
        ),
      ),

    list: (r) =>
      nested(
        char("[").then(
          P.alt(r.ws.then(char("]")).result([] as JsvValue[]), P.sepBy1(r.value, char(",")).skip(char("]"))),
        ),
      ),

    document: (r) =>
      P.regexp(/\uFEFF?/)
        .then(r.value)
        .skip(P.eof.desc("end of input")),
  });
}

const languages = new Map<boolean, { language: ReturnType<typeof makeLanguage>; state: State }>();

/**
 * Reads `text` with the grammar.
 *
 * @throws {JsvSyntaxError} at the furthest offset any rule reached, with the tokens expected there.
 */
export function readGrammar(text: string, { trim, maxDepth }: ReadSettings): ReadResult {
  let entry = languages.get(trim);
  if (!entry) {
    const state: State = { depth: 0, maxDepth, sawNewline: false };
    entry = { language: makeLanguage(trim, state), state };
    languages.set(trim, entry);
  }
  const { language, state } = entry;
  state.depth = 0;
  state.maxDepth = maxDepth;
  state.sawNewline = false;
  let result: P.Result<JsvValue>;
  try {
    result = language.document.parse(text);
  } catch (error) {
    // Parsimmon recurses once per nesting level and more; a maxDepth above what the
    // call stack holds must still end in our own error.
    if (error instanceof RangeError) {
      throw new JsvSyntaxError(text, {
        offset: 0,
        expected: ["nesting that fits the call stack (lower maxDepth, or use the fast reader)"],
      });
    }
    throw error;
  }
  if (!result.status) {
    throw new JsvSyntaxError(text, { offset: result.index.offset, expected: [...new Set(result.expected)].sort() });
  }
  return { value: result.value, sawNewline: state.sawNewline };
}
