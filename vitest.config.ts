import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Slow tests (big inputs, memory, browsers) run with `npm run test:slow`.
    exclude: [...configDefaults.exclude, "test/**/*.slow.test.ts"],
    // No timing thresholds: vitest's 5 s default fails property tests on a loaded machine
    // (CI shares its cores); a hang still ends.
    testTimeout: 120_000,
    typecheck: {
      enabled: false,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
