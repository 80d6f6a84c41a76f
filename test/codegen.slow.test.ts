import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../src/codegen/index.js";
import { typeCheck } from "./codegen-compile.js";
import { documentArb, importAll, writeModules } from "./codegen-hostile.js";

// What `jsv codegen` writes compiles under strict with no edits: the gallery module importing
// "jsv-codec" (with unused locals and parameters refused too), and modules from hostile documents.

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dir = join(root, "test", `.tmp-codegen-slow-${process.pid}`);
afterAll(() => {
  if (!process.env.CODEGEN_KEEP) rmSync(dir, { recursive: true, force: true });
});

describe("generated modules compile", () => {
  it("the gallery module, importing jsv-codec, under strict with unused locals and parameters refused", () => {
    const metadata = JSON.parse(readFileSync(join(root, "test/vectors/metadata/blazor-gallery.app.json"), "utf8")) as unknown;
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "gallery.ts");
    writeFileSync(file, generate(metadata).code);
    expect(typeCheck([file], { noUnusedLocals: true, noUnusedParameters: true })).toEqual([]);
  });

  it("modules from hostile documents, which then import inert", async () => {
    const seed = Number(process.env.CODEGEN_SEED ?? Date.now() ^ (Math.random() * 0x7fffffff));
    const files = writeModules(fc.sample(documentArb, { numRuns: 60, seed }), join(dir, "hostile"));
    expect(typeCheck(files), `seed ${seed}`).toEqual([]);
    await importAll(files, `seed ${seed}`);
  });
});
