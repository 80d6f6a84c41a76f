/**
 * String helpers shared by the readers and the writer: the whitespace set and
 * copies that do not pin a large input in memory.
 */

/**
 * Whether a UTF-16 unit is whitespace in the sense of `String.prototype.trim`
 * (WhiteSpace and LineTerminator of ECMA-262), the set both readers skip.
 */
export function isWhitespace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * V8 makes a substring of 13 or more characters a view into its parent, so one short
 * value could keep a 30 MB input alive. Prepending a character and flattening makes a
 * new sequential string; slicing it again pins only that copy. `Number()` flattens its
 * argument first and costs little on text that is not a number.
 */
export function detach(s: string): string {
  if (s.length < 13) return s;
  const t = " " + s;
  Number(t);
  return t.slice(1);
}

export const QUOTE = 34;
export const COMMA = 44;
export const COLON = 58;
export const LBRACKET = 91;
export const RBRACKET = 93;
export const LBRACE = 123;
export const RBRACE = 125;

/** The empty key, as ServiceStack writes it: one ZERO WIDTH SPACE. */
export const EMPTY_KEY_MARK = "\u200b";
