import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { expect, test } from "vitest";

// The built entries are separate bundles: `jsv-codec/grammar` carries its own copy of the
// reader module, so the main entry must know the grammar's tree objects (`Members`) without
// `instanceof` on its own class. Run on src/ (one module) this never shows; on dist/ every
// member of a typed `decode(text, { reader: grammar })` was unknown: `{}`, or under
// `unknownKeys: "error"` an unknown member "keys".
const dist = (file: string) => {
  const url = new URL(`../dist/${file}`, import.meta.url);
  expect(existsSync(url), "run npm run build first (npm test does)").toBe(true);
  return url;
};

type Entry = { dto: Function; int: Function; string: Function; list: Function; SessionInfo: { decode: Function } };
type Grammar = { grammar: unknown };

const esm = async (): Promise<[Entry, Grammar]> => [await import(dist("index.js").href), await import(dist("grammar.js").href)];
const cjs = async (): Promise<[Entry, Grammar]> => {
  const require = createRequire(import.meta.url);
  return [require(dist("index.cjs").pathname), require(dist("grammar.cjs").pathname)];
};

test.each([["esm", esm], ["cjs", cjs]] as const)("%s: typed decode through the grammar entry reads every member", async (_name, load) => {
  const [J, { grammar }] = await load();
  const Item = J.dto("Item", { b: J.string() });
  const C = J.dto("C", { a: J.int(), s: J.string(), items: J.list(Item) });
  const text = '{a:1,s:"x,y",items:[{b:z}]}';
  expect(C.decode(text, { reader: grammar })).toEqual(C.decode(text));
  expect(C.decode(text, { reader: grammar, unknownKeys: "error" })).toEqual({ a: 1, s: "x,y", items: [{ b: "z" }] });
  expect(J.SessionInfo.decode("{callSid:CA1}", { reader: grammar })).toEqual({ callSid: "CA1" });
  let error: unknown;
  try {
    C.decode("{a:1,zz:2}", { reader: grammar, unknownKeys: "error" });
  } catch (e) {
    error = e;
  }
  expect(error).toMatchObject({ code: "unknown-member", path: "zz" });
});
