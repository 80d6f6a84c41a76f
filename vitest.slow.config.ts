import { defineConfig } from "vitest/config";

// `npm run test:slow`: megabyte inputs, memory checks and real browsers, kept out of
// `npm test` so that it stays quick. CI runs both.
export default defineConfig({
  test: {
    include: ["test/**/*.slow.test.ts"],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // One slow file at a time: they each use a lot of memory or a browser.
    fileParallelism: false,
  },
});
