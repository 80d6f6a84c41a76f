import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
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

  it("the gallery module under exactOptionalPropertyTypes (its cycles' interfaces say `| undefined`)", () => {
    const metadata = JSON.parse(readFileSync(join(root, "test/vectors/metadata/blazor-gallery.app.json"), "utf8")) as unknown;
    mkdirSync(dir, { recursive: true });
    const file = join(dir, "gallery-exact.ts");
    writeFileSync(file, generate(metadata).code);
    expect(typeCheck([file], { exactOptionalPropertyTypes: true })).toEqual([]);
  });

  it("cycles through generic bases, dictionaries, key-value pairs and a request that returns itself", async () => {
    const p = (name: string, type: string, extra = {}) => ({ name, type, ...extra });
    const doc = {
      types: [
        { name: "G`1", genericArgs: ["T"], isGenericTypeDef: true, properties: [p("Items", "List`1", { genericArgs: ["T"] }), p("One", "T")] },
        { name: "A", inherits: { name: "G`1", genericArgs: ["B"] }, properties: [p("Name", "String")] },
        { name: "B", properties: [p("Owner", "A"), p("Kids", "List`1", { genericArgs: ["G<B>"] })] },
        { name: "Q", properties: [p("Q", "Dictionary`2", { genericArgs: ["Int32", "Q"] }), p("P", "KeyValuePair`2", { genericArgs: ["String", "Q"] })] },
      ],
      operations: [{ request: { name: "Echo", properties: [p("Q", "Q")] }, returnType: { name: "Echo" }, routes: [{ path: "/echo" }] }],
    };
    const [file] = writeModules([doc], join(dir, "cycles"));
    expect(typeCheck([file!])).toEqual([]);
    const m = (await import(pathToFileURL(file!).href)) as Record<string, { encode(v: unknown): string; decode(t: string): unknown; returns?: unknown }>;
    const text = "{name:x,items:[{owner:{name:y}}],one:{kids:[{items:[]}]}}";
    expect(m.A!.encode(m.A!.decode(text))).toBe(text);
    expect(m.Q!.encode({ q: new Map([[1, { q: new Map() }]]), p: { key: "k", value: {} } })).toBe("{q:{1:{q:{}}},p:{key:k,value:{}}}");
    expect((m.Echo!.returns as { encode(v: unknown): string }).encode({ q: {} })).toBe("{q:{}}");
  });

  it("modules from hostile documents, which then import inert", async () => {
    const seed = Number(process.env.CODEGEN_SEED ?? Date.now() ^ (Math.random() * 0x7fffffff));
    const files = writeModules(fc.sample(documentArb, { numRuns: 60, seed }), join(dir, "hostile"));
    expect(typeCheck(files), `seed ${seed}`).toEqual([]);
    await importAll(files, `seed ${seed}`);
  });
});
