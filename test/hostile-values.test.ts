import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cli, type CliIO } from "../src/cli.js";
import { JsvEncodeError, list, dto, parse, stringify, string, SessionInfo } from "../src/index.js";
import type { JsvValue } from "../src/index.js";
import { hardString } from "../src/testing.js";
import { thrownBy } from "./helpers.js";
import { jsvTree } from "./arbitraries.js";

// Issue 9, items 1, 3 and 4 on the writing side: values that fight back, Map keys, the BOM,
// and names that only Object.prototype has. Each class with generated instances.

/** A path into a tree, and the tree with the value at that path replaced by `make()`. */
type Step = string | number;
function plant(tree: JsvValue, steps: readonly Step[], make: (holder: object, key: Step) => void): unknown {
  const copy = structuredClone(tree) as unknown;
  let holder = copy as Record<string | number, unknown>;
  for (let i = 0; i < steps.length - 1; i++) holder = holder[steps[i]!] as Record<string | number, unknown>;
  make(holder, steps[steps.length - 1]!);
  return copy;
}

/** Every path to a value in `tree` that can be replaced: object members and list items. */
function paths(tree: JsvValue, prefix: Step[] = []): Step[][] {
  if (tree === null || typeof tree === "string") return [];
  const out: Step[][] = [];
  const entries: [Step, JsvValue][] = Array.isArray(tree) ? tree.map((v, i) => [i, v]) : Object.entries(tree);
  for (const [k, v] of entries) {
    out.push([...prefix, k]);
    out.push(...paths(v, [...prefix, k]));
  }
  return out;
}

/** The path `JsvEncodeError` spells for these steps. */
function spell(steps: readonly Step[]): string {
  let path = "";
  for (const s of steps) {
    if (typeof s === "number") path += `[${s}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(s)) path += path ? `.${s}` : s;
    else path += `[${JSON.stringify(s.length > 200 ? `${s.slice(0, 199)}…` : s)}]`;
  }
  return path;
}

const treeWithPath = jsvTree
  .filter((t) => paths(t).length > 0)
  .chain((t) => fc.constantFrom(...paths(t)).map((p) => ({ tree: t, steps: p })));

const hostile: Record<string, (holder: object, key: Step) => void> = {
  "a getter that throws": (holder, key) =>
    Object.defineProperty(holder, key, {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    }),
  "a revoked proxy": (holder, key) => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    (holder as Record<Step, unknown>)[key] = r.proxy;
  },
  "a proxy whose ownKeys trap throws": (holder, key) => {
    (holder as Record<Step, unknown>)[key] = new Proxy(
      { a: "1" },
      {
        ownKeys() {
          throw new TypeError("no keys");
        },
      },
    );
  },
  "a proxy whose get trap throws": (holder, key) => {
    (holder as Record<Step, unknown>)[key] = new Proxy(
      { a: "1" },
      {
        get() {
          throw new Error("no get");
        },
      },
    );
  },
};

describe("values that throw when read give JsvEncodeError with their path", () => {
  test.each(Object.keys(hostile))("%s", (name) => {
    fc.assert(
      fc.property(treeWithPath, ({ tree, steps }) => {
        const value = plant(tree, steps, hostile[name]!);
        const error = thrownBy(() => stringify(value));
        expect(error).toBeInstanceOf(JsvEncodeError);
        const path = (error as JsvEncodeError).path;
        // A get trap fails on the member read inside the proxy, one step further.
        if (name === "a proxy whose get trap throws") expect([spell(steps), spell([...steps, "a"])]).toContain(path);
        else expect(path).toBe(spell(steps));
      }),
      { numRuns: 300 },
    );
  });

  test("at the root, and through a codec", () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    expect((thrownBy(() => stringify(r.proxy)) as JsvEncodeError).path).toBe("");
    const T = dto("T", { name: string(), items: list(dto("I", { id: string() })) });
    const bad = { name: "x", items: [{ id: "1" }, { get id(): string { throw new Error("no"); } }] };
    const error = thrownBy(() => T.encode(bad)) as JsvEncodeError;
    expect(error).toBeInstanceOf(JsvEncodeError);
    expect(error.path).toBe("items[1].id");
    expect((thrownBy(() => T.encode(r.proxy as never)) as JsvEncodeError).path).toBe("");
  });
});

describe("plain objects from another realm are plain objects", () => {
  test("generated trees built in a node:vm context write as the same trees built here", () => {
    fc.assert(
      fc.property(jsvTree, (tree) => {
        const foreign = vm.runInNewContext(`(${JSON.stringify(tree)})`) as unknown;
        expect(stringify(foreign)).toBe(stringify(tree));
      }),
      { numRuns: 200 },
    );
  });

  test("a DTO value and a null-prototype object from another realm", () => {
    const value = vm.runInNewContext(`({ callSid: "CA1", members: [{ applicationData: Object.assign(Object.create(null), { k: "v" }) }] })`);
    expect(SessionInfo.encode(value)).toBe("{callSid:CA1,members:[{applicationData:{k:v}}]}");
  });
});

describe("every round trip holds", () => {
  test("a root string that starts with U+FEFF keeps it", () => {
    fc.assert(
      fc.property(hardString(), (s) => {
        const text = stringify(`\ufeff${s}`);
        expect(parse(text)).toBe(`\ufeff${s}`);
      }),
    );
  });

  const mapKey = fc.oneof(
    hardString(),
    fc.double(),
    fc.bigInt(),
    fc.boolean(),
    fc.date({ min: new Date("0001-01-01T00:00:00Z"), max: new Date("9999-12-31T23:59:59Z"), noInvalidDate: true }),
  );
  /** A key as JSV text holds it (what the reader gives back). */
  const asText = (k: unknown) => {
    const text = stringify(k);
    return text === "\u200b" || text === '""' ? "" : (parse(text, { whitespace: "preserve" }) ?? "");
  };

  test("a Map's keys read back as their text, or the Map is refused", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(mapKey, hardString()), { maxLength: 6 }), (entries) => {
        const m = new Map<unknown, unknown>(entries);
        const texts = [...m.keys()].map(asText);
        if (new Set(texts).size < texts.length) {
          expect((thrownBy(() => stringify(m)) as JsvEncodeError).code).toBe("duplicate-key");
          return;
        }
        const back = parse(stringify(m), { whitespace: "preserve" }) as Record<string, JsvValue>;
        expect(Object.keys(back).sort()).toEqual(texts.sort());
      }),
      { numRuns: 500 },
    );
  });

  test("keys that collide as text are refused: 1 and \"1\", true and \"True\", \"\" and U+200B", () => {
    for (const pair of [
      [1, "1"],
      [1n, 1],
      [true, "True"],
      ["", "\u200b"],
      [new Date(Date.UTC(2020, 0, 2)), "2020-01-02"],
    ]) {
      const error = thrownBy(() => stringify(new Map(pair.map((k) => [k, "v"]))));
      expect(error).toBeInstanceOf(JsvEncodeError);
      expect((error as JsvEncodeError).code).toBe("duplicate-key");
    }
    expect((thrownBy(() => stringify({ "": 1, "\u200b": 2 })) as JsvEncodeError).code).toBe("duplicate-key");
  });
});

describe("own names only", () => {
  async function run(argv: string[]) {
    let stderr = "";
    const io: CliIO = { readStdin: async () => "{}", writeStdout: () => {}, writeStderr: (t) => void (stderr += t), stderrIsTTY: false };
    return { code: await cli(argv, io), stderr };
  }
  const inherited = Object.getOwnPropertyNames(Object.prototype);
  test.each(inherited)("%s is neither a command nor a --type name (exit 2)", async (name) => {
    expect((await run([name])).code).toBe(2);
    expect((await run(["to-json", "--type", name])).code).toBe(2);
    expect((await run(["to-json", "--type", `${name}[]`])).code).toBe(2);
  });
});
