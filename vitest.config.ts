import { configDefaults, defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Slow tests (big inputs, memory, browsers) run with `npm run test:slow`.
    exclude: [...configDefaults.exclude, "test/**/*.slow.test.ts"],
    typecheck: {
      enabled: false,
      include: ["test/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
