import { existsSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";

// What the built entries load: the library entry must not pull in fast-check or the CLI.
const read = (file: string) => {
  const path = new URL(`../dist/${file}`, import.meta.url);
  expect(existsSync(path), "run npm run build first (npm test does)").toBe(true);
  return readFileSync(path, "utf8");
};
const imports = (code: string) => [...code.matchAll(/(?:from\s+|require\()\s*["']([^"']+)["']/g)].map((m) => m[1]).sort();

test.each(["index.js", "index.cjs"])("%s loads only parsimmon", (file) => {
  expect(imports(read(file))).toEqual(["parsimmon"]);
});

test.each(["testing.js", "testing.cjs"])("%s loads fast-check, its peer dependency", (file) => {
  expect(imports(read(file))).toContain("fast-check");
});

test("the CLI's argument parser lives only in the bin", () => {
  expect(read("index.js")).not.toContain("parseArgs");
  expect(read("bin.js")).toContain("parseArgs");
});
