import { expect, test } from "vitest";
import { detach, isWhitespace, Strings } from "../src/strings.js";

test("isWhitespace is exactly what String.prototype.trim removes", () => {
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    expect(isWhitespace(c), `U+${c.toString(16)}`).toBe(ch.trim() === "");
  }
});

test("short strings are shared: the same text gives the same string", () => {
  const text = "None,None,Transferring,Transferring";
  const strings = new Strings(text);
  expect(strings.get(0, 4)).toBe("None");
  expect(strings.get(5, 9)).toBe("None");
  expect(strings.key(10, 22)).toBe("Transferring");
});

test("long strings are copies with the same text, from a one-byte or a two-byte text", () => {
  const sid = "CA0123456789abcdef0123456789abcdef";
  for (const text of [`x${sid}y`.repeat(20), `日${sid}本`.repeat(20)]) {
    const strings = new Strings(text);
    const at = text.indexOf(sid);
    expect(strings.get(at, at + sid.length)).toBe(sid);
  }
  expect(detach(sid)).toBe(sid);
});
