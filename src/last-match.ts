/**
 * A regular expression that matches leaves its subject in `RegExp.input`, `RegExp.lastMatch`
 * and friends (legacy statics every engine keeps) until the next match anywhere: one test
 * on a 40 MB text pins all of it after the read is over. A match on the empty string
 * replaces them.
 */
const EMPTY = /(?:)/;

/** Drops the subject of the last regular-expression match; call it when a read is over. */
export function forgetLastMatch(): void {
  EMPTY.exec("");
}
