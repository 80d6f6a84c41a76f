import { expect, test } from "vitest";
import { positionOf, snippetAt } from "../src/position.js";

test.each([
  ["abc", 0, 1, 1],
  ["abc", 3, 1, 4],
  ["a\nb", 2, 2, 1],
  ["a\r\nb", 3, 2, 1],
  ["a\r\nb", 2, 1, 3],
  ["a\rb\nc", 4, 3, 1],
  ["\n\n\nx", 3, 4, 1],
  ["😀x", 2, 1, 3],
])("positionOf(%j, %i) is line %i, column %i (UTF-16 units)", (text, offset, line, column) => {
  expect(positionOf(text, offset)).toEqual({ line, column });
});

test("the snippet is the offending line with a caret, tabs kept so that the caret lines up", () => {
  expect(snippetAt("{\n\ta: x\"y\n}", 7)).toBe('\ta: x"y\n\t    ^');
});

test("control characters are shown as pictures, not sent to the terminal", () => {
  expect(snippetAt("a\u0007b\u001bc", 4)).toBe("a\u2407b\u241bc\n    ^");
});

test("a long line is cut to a window around the offset, with ellipses", () => {
  const text = "x".repeat(500) + "!" + "y".repeat(500);
  const [line, caret] = snippetAt(text, 500).split("\n");
  expect(line!.startsWith("…")).toBe(true);
  expect(line!.endsWith("…")).toBe(true);
  expect(line![caret!.indexOf("^")]).toBe("!");
});

test("an offset at the end of the text points just past it", () => {
  expect(snippetAt("[a", 2)).toBe("[a\n  ^");
});
