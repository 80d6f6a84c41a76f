import { existsSync, readdirSync, readFileSync } from "node:fs";
import { expect, test } from "vitest";

// What the built entries load: the library entry must not pull in fast-check or the CLI.
const read = (file: string) => {
  const path = new URL(`../dist/${file}`, import.meta.url);
  expect(existsSync(path), "run npm run build first (npm test does)").toBe(true);
  return readFileSync(path, "utf8");
};
// Import statements at the start of a line, and require calls (text inside strings, such as
// an error message quoting an import, does not count).
const imports = (code: string) => [...code.matchAll(/(?:^\s*(?:import|export)\b[^;"']*?from\s*|^\s*import\s*|\brequire\()\s*["']([^"']+)["']/gm)].map((m) => m[1]!).sort();

test.each(["index.js", "index.cjs"])("%s loads nothing: no Parsimmon in the main entry", (file) => {
  expect(imports(read(file))).toEqual([]);
  // Parsimmon's own code, had it been inlined: its combinators by name.
  expect(read(file)).not.toMatch(/createLanguage|makeFailure|makeSuccess/);
});

test.each(["grammar.js", "grammar.cjs"])("%s loads parsimmon, and nothing else", (file) => {
  expect(imports(read(file))).toEqual(["parsimmon"]);
});

test("no public declaration file mentions Parsimmon", () => {
  const dist = new URL("../dist/", import.meta.url);
  const declarations = readdirSync(dist).filter((f) => f.endsWith(".d.ts") || f.endsWith(".d.cts"));
  expect(declarations).toContain("grammar.d.ts");
  const parsimmonTypes = /["']parsimmon["']|\bParsimmon\.[A-Za-z]|\bP\.(Parser|Reply|Result|Language|Index)\b/;
  for (const f of declarations) expect(read(f), f).not.toMatch(parsimmonTypes);
});

test.each(["testing.js", "testing.cjs"])("%s loads fast-check, its peer dependency", (file) => {
  expect(imports(read(file))).toContain("fast-check");
});

test("the CLI's argument parser lives only in the bin", () => {
  expect(read("index.js")).not.toContain("parseArgs");
  expect(read("bin.js")).toContain("parseArgs");
});

// Every library entry in package.json `exports` runs outside Node: no Node-only module or
// global. (Buffer may only be used behind a `typeof Buffer` check.) The slow browser test
// runs them in Chromium; this keeps the cheap check in every `npm test`.
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { exports: Record<string, unknown> };
const libraryFiles = Object.entries(pkg.exports)
  .filter(([path]) => path !== "./package.json")
  .flatMap(([, conditions]) => {
    const c = conditions as { import: { default: string }; require: { default: string } };
    return [c.import.default, c.require.default].map((f) => f.replace(/^\.\/dist\//, ""));
  });

test.each(libraryFiles)("%s uses no Node-only module or global", (file) => {
  const code = read(file);
  expect(imports(code).filter((m) => m.startsWith("node:") || /^(fs|path|os|url|util|crypto|stream|buffer|zlib|child_process|http|https|net|worker_threads)$/.test(m))).toEqual([]);
  expect(code).not.toMatch(/\bprocess\.|\bprocess\b\s*\[|__dirname|__filename/);
  if (/\bBuffer\b/.test(code)) expect(code).toContain("typeof Buffer");
  expect(code).not.toMatch(/\bBuffer\.from\([^)]*"base64"/);
});

test.each(Object.keys(pkg.exports).filter((p) => p !== "./package.json"))("esbuild bundles jsv-codec%s for the browser", async (subpath) => {
  const { build } = await import("esbuild");
  const file = read(`${(pkg.exports[subpath] as { import: { default: string } }).import.default.replace(/^\.\/dist\//, "")}`);
  expect(file.length).toBeGreaterThan(0);
  const entry = `export * from ${JSON.stringify(`jsv-codec${subpath.slice(1)}`)};`;
  const result = await build({ stdin: { contents: entry, resolveDir: new URL("..", import.meta.url).pathname }, bundle: true, write: false, platform: "browser", format: "esm", logLevel: "silent", external: ["fast-check"], metafile: true });
  expect(result.errors).toEqual([]);
  // Only the grammar's entry brings Parsimmon into a bundle.
  const parsimmon = Object.keys(result.metafile.inputs).some((f) => f.includes("node_modules/parsimmon/"));
  expect(parsimmon).toBe(subpath === "./grammar");
});
