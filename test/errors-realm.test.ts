import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { beforeAll, describe, expect, test } from "vitest";
import { thrownBy } from "./helpers.js";

// One JsvError across module systems: the CommonJS and ES module builds are two copies of
// every class (and the grammar entry carries its own JsvSyntaxError); instanceof holds
// across all of them, through a kind named under a registered symbol.
type Lib = typeof import("../src/index.js");
type Grammar = typeof import("../src/grammar/index.js");
const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url);
let esm: Lib;
let cjs: Lib;
let grammarEsm: Grammar;
let grammarCjs: Grammar;

beforeAll(async () => {
  expect(existsSync(dist("index.cjs")), "run npm run build first (npm test does)").toBe(true);
  esm = (await import(dist("index.js").href)) as Lib;
  grammarEsm = (await import(dist("grammar.js").href)) as Grammar;
  const require = createRequire(import.meta.url);
  cjs = require(dist("index.cjs").pathname) as Lib;
  grammarCjs = require(dist("grammar.cjs").pathname) as Grammar;
});

describe("instanceof across the builds", () => {
  test("the two builds are different copies", () => {
    expect(esm.JsvError).not.toBe(cjs.JsvError);
    expect(Function.prototype[Symbol.hasInstance].call(esm.JsvError, thrownBy(() => cjs.parse("{a")))).toBe(false);
  });

  test.each([
    ["a syntax error", (l: Lib) => l.parse("{a"), "JsvSyntaxError"],
    ["a decode error", (l: Lib) => l.HoldSession.decode("{reason:Paused}"), "JsvDecodeError"],
    ["an encode error", (l: Lib) => l.HoldSession.encode({ reason: "Paused" as never }), "JsvEncodeError"],
  ] as const)("%s from either build is an instance of both builds' classes", (_name, run, kind) => {
    for (const [from, to] of [[cjs, esm], [esm, cjs], [cjs, cjs], [esm, esm]] as const) {
      const error = thrownBy(() => run(from));
      expect(error).toBeInstanceOf(to.JsvError);
      expect(error).toBeInstanceOf(to[kind]);
      expect(error).toBeInstanceOf(Error);
      for (const other of ["JsvSyntaxError", "JsvDecodeError", "JsvEncodeError"] as const) {
        if (other !== kind) expect(error).not.toBeInstanceOf(to[other]);
      }
      expect((error as Error).name).toBe(kind);
    }
  });

  test("the grammar entry's syntax errors are the main entry's, in both builds", () => {
    for (const g of [grammarEsm, grammarCjs]) {
      for (const lib of [esm, cjs]) {
        const error = thrownBy(() => lib.parse("[a", { reader: g.grammar }));
        expect(error).toBeInstanceOf(esm.JsvSyntaxError);
        expect(error).toBeInstanceOf(cjs.JsvSyntaxError);
        expect(error).toBeInstanceOf(esm.JsvError);
      }
    }
  });

  test("the client entry's errors are instances across its builds, and of both main builds' JsvError", async () => {
    type Client = typeof import("../src/client/index.js");
    const clientEsm = (await import(dist("client.js").href)) as Client;
    const clientCjs = createRequire(import.meta.url)(dist("client.cjs").pathname) as Client;
    for (const [from, to] of [[clientCjs, clientEsm], [clientEsm, clientCjs]] as const) {
      const route = thrownBy(() => from.urlFor(esm.HoldSession, {}, "POST"));
      expect(route).toBeInstanceOf(to.JsvRouteError);
      expect(route).toBeInstanceOf(cjs.JsvError);
      expect(route).toBeInstanceOf(esm.JsvError);
      expect(route).not.toBeInstanceOf(to.JsvClientError);
      const timeout = new from.JsvTimeoutError("POST", "http://127.0.0.1/x", 5);
      expect(timeout).toBeInstanceOf(to.JsvTimeoutError);
      expect(timeout).toBeInstanceOf(to.JsvClientError);
      expect(timeout).not.toBeInstanceOf(to.JsvAbortError);
      expect(timeout.name).toBe("JsvTimeoutError");
    }
  });

  test("a user's subclass matches as instanceof always does", () => {
    class MyError extends esm.JsvError {}
    const mine = new MyError("mine");
    expect(mine).toBeInstanceOf(MyError);
    expect(mine).toBeInstanceOf(esm.JsvError);
    expect(mine).toBeInstanceOf(cjs.JsvError);
    expect(mine).not.toBeInstanceOf(cjs.JsvSyntaxError);
    expect(thrownBy(() => esm.parse("{a"))).not.toBeInstanceOf(MyError);
  });

  test("anything else is not an instance, and instanceof never throws", () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error("trap");
        },
      },
    );
    for (const value of [null, undefined, 1, "JsvError", {}, new Error("x"), Object.create(null), hostile, { constructor: esm.JsvError }]) {
      expect(value instanceof esm.JsvError).toBe(false);
      expect(value instanceof cjs.JsvSyntaxError).toBe(false);
    }
  });
});
