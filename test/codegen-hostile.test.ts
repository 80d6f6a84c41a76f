import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../src/codegen/index.js";
import { CANARY, documentArb, importAll, writeModules } from "./codegen-hostile.js";

// Hostile metadata documents: every name, string and comment a document carries is hostile.
// The generated modules must import without running any of it (and compile under strict:
// test/codegen.slow.test.ts type-checks them, with the gallery module).

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dir = join(root, "test", `.tmp-codegen-${process.pid}`);

afterAll(() => {
  if (!process.env.CODEGEN_KEEP) rmSync(dir, { recursive: true, force: true });
});

describe("codegen on hostile documents", () => {
  it("writes modules that import without running what the document carried", async () => {
    const seed = Number(process.env.CODEGEN_SEED ?? Date.now() ^ (Math.random() * 0x7fffffff));
    await importAll(writeModules(fc.sample(documentArb, { numRuns: 30, seed }), dir), `seed ${seed}`);
  });

  it("keeps comments closed and strings escaped", () => {
    const { code } = generate({
      types: [
        {
          name: "T",
          description: `*/ ${CANARY} /*`,
          properties: [{ name: "A", type: "String", description: "x */ y\u2028z", dataMember: { name: `"\`\${1}\u2029` } }],
        },
      ],
    });
    expect(code).not.toMatch(/\*\/ globalThis/);
    expect(code).toContain("*\\/ globalThis.__codegenPwned = 1 /*");
    expect(code).toContain('alias(string(), "\\"`${1}\\u2029")');
    expect(code).not.toMatch(/[\u2028\u2029]/);
  });
});
