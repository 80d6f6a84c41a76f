import { defineConfig } from "tsup";

const common = {
  target: "node20",
  platform: "node",
  splitting: false,
  treeshake: true,
  sourcemap: false,
} as const;

export default defineConfig([
  // The library entries, for import and require, each with its own types; Parsimmon only in grammar.
  {
    ...common,
    entry: { index: "src/index.ts", testing: "src/testing.ts", client: "src/client/index.ts", grammar: "src/grammar/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    clean: true,
  },
  // The `jsv` command: ESM only, never loaded by the library entries.
  {
    ...common,
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    dts: false,
    clean: false,
  },
]);
