import { detach } from "./strings.js";

/** Where an offset sits in a text: 1-based line and column, counted in UTF-16 units. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Finds the line and column of `offset` in `text`. A line ends at LF, CR or CRLF.
 * Called only when an error is made, so a plain scan is fine.
 */
export function positionOf(text: string, offset: number): Position {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    // CRLF is one break, counted at its LF: an offset on that LF is still on the line.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

const SNIPPET_WIDTH = 72;

/**
 * The line holding `offset` with a caret under it, cut to a window around the offset
 * so that a 30 MB single-line document gives a short snippet.
 */
export function snippetAt(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
  let end = offset;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  let from = start;
  let to = end;
  if (to - from > SNIPPET_WIDTH) {
    from = Math.max(start, offset - (SNIPPET_WIDTH >> 1));
    to = Math.min(end, from + SNIPPET_WIDTH);
    from = Math.max(start, Math.min(from, to - SNIPPET_WIDTH));
    // A cut never splits a surrogate pair: the half pair is left out.
    if (from > start && isLow(text.charCodeAt(from)) && isHigh(text.charCodeAt(from - 1)) && from < offset) from++;
    if (to < end && isHigh(text.charCodeAt(to - 1)) && isLow(text.charCodeAt(to)) && to - 1 > offset) to--;
  }
  const prefix = from > start ? "…" : "";
  const suffix = to < end ? "…" : "";
  // Copied, not sliced: a slice of 13 or more characters is a view that keeps the whole text alive.
  const shown = visible(detach(text.slice(from, to)));
  return `${prefix}${shown}${suffix}\n${prefix ? " " : ""}${lead(text, from, offset)}^`;
}

/** What goes under the text before the caret: a TAB for a TAB, one space per character shown. */
function lead(text: string, from: number, offset: number): string {
  let out = "";
  for (let i = from; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) out += "\t";
    else if (!(isLow(c) && i > from && isHigh(text.charCodeAt(i - 1)))) out += " ";
  }
  return out;
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isBreak(c: number): boolean {
  return c === 10 || c === 13;
}

/** Control characters other than TAB would garble a terminal; show them as U+2400 pictures. */
function visible(s: string): string {
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (c) =>
    c === "\u007f" ? "\u2421" : String.fromCharCode(0x2400 + c.charCodeAt(0)),
  );
}
