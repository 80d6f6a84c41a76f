import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { expect, test } from "vitest";

// test/types-exact.test-d.ts under exactOptionalPropertyTypes, on the built declarations
// (vitest --typecheck checks it under plain strict).
test("the inferred types compile under exactOptionalPropertyTypes", () => {
  const root = new URL("..", import.meta.url).pathname;
  expect(existsSync(`${root}dist/index.d.ts`), "run npm run build first (npm test does)").toBe(true);
  const tsc = `${root}node_modules/typescript/bin/tsc`;
  const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.exact.json"], { cwd: root, encoding: "utf8" });
  expect(r.stdout + r.stderr).toBe("");
  expect(r.status).toBe(0);
}, 120_000);
