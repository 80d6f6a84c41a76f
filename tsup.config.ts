import { defineConfig } from "tsup";

const common = {
  target: "node20",
  platform: "node",
  splitting: false,
  treeshake: true,
  sourcemap: false,
} as const;

export default defineConfig([
  // The library and its testing entry, for import and require, each with its own types.
  {
    ...common,
    entry: { index: "src/index.ts", testing: "src/testing.ts", client: "src/client/index.ts" },
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
