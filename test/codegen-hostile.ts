import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { expect } from "vitest";
import { generate } from "../src/codegen/index.js";

// Hostile metadata documents for the codegen tests: every name, string and comment a document
// carries is hostile (prototype keys, comment closers, template and string breakers, line
// separators, bidi controls, reserved words, the builders' own names).

const root = dirname(dirname(fileURLToPath(import.meta.url)));

export const CANARY = "globalThis.__codegenPwned = 1";
const NAMES = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "hasOwnProperty",
  `*/ ${CANARY}; /*`,
  `\`\${${CANARY}}\``,
  `"); ${CANARY}; ("`,
  `'); ${CANARY}; ('`,
  `\\`,
  "a\u2028b",
  "a\u2029b",
  "a\nb",
  "a\r\nb",
  "\u202e",
  "\u0000",
  "\ud800",
  "</script>",
  "Codec",
  "FieldLike",
  "Infer",
  "ReturnType",
  "dto",
  "int",
  "list",
  "lazy",
  "string",
  "number",
  "default",
  "class",
  "await",
  "1abc",
  " ",
  "é",
  "😀",
  "T",
  "t",
  "a:b",
  "a,b",
  "{x}",
  "Id",
  "ID",
  "id",
];

const name = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NAMES) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
const text = fc.oneof(name, fc.constantFrom(`/* */ */ ${CANARY} /*`, "** /", "*/", "\u2028*/\u2029"));

/** A document of a few types that refer to one another by (hostile) names. */
export const documentArb = fc
  .record({
    names: fc.uniqueArray(name, { minLength: 1, maxLength: 6 }),
    kinds: fc.array(fc.constantFrom("dto", "enum", "generic"), { minLength: 6, maxLength: 6 }),
    props: fc.array(fc.array(fc.tuple(name, fc.nat(30), fc.option(name, { nil: undefined }), text, fc.boolean()), { maxLength: 5 }), {
      minLength: 6,
      maxLength: 6,
    }),
    values: fc.array(fc.oneof(fc.integer().map(String), text), { maxLength: 4 }),
    casing: fc.option(text, { nil: undefined }),
    route: fc.tuple(text, text),
  })
  .map(({ names, kinds, props, values, casing, route }) => {
    const types = names.map((n, i) => {
      const kind = kinds[i]!;
      if (kind === "enum") {
        const enumNames = [n, ...names.slice(0, 3)];
        return {
          name: n,
          isEnum: true,
          isEnumInt: i % 3 === 2,
          enumNames,
          enumValues: i % 2 === 0 ? enumNames.map((_, j) => String(j * 3 - 1)) : undefined,
          enumMemberValues: enumNames.map((_, j) => values[j] ?? n),
          enumDescriptions: enumNames.map(() => n),
          description: n,
        };
      }
      const generic = kind === "generic";
      return {
        name: generic ? `${n}\`1` : n,
        genericArgs: generic ? [n] : [],
        isGenericTypeDef: generic,
        description: n,
        notes: n,
        inherits: i > 0 && props[i]!.length % 2 === 0 ? { name: names[i - 1]! } : undefined,
        properties: props[i]!.map(([pn, t, alias, desc, required]) => {
          const types = [
            "Int32",
            "String",
            "Nullable`1[]",
            "List`1",
            "Dictionary`2",
            "Object",
            "Point",
            "List<",
            `${names[t % names.length]!}`,
            `List<${names[t % names.length]!}>`,
            `${names[(t + 2) % names.length]!}`,
            `Nullable<${names[(t + 3) % names.length]!}>[]`,
            `Dictionary<Int32,${names[(t + 1) % names.length]!}>`,
            // A document type as a key: a DTO key must not make dictionary() throw when the module loads.
            `Dictionary<${names[(t + 4) % names.length]!},String>`,
            `${names[t % names.length]!}\`1`,
            "*/",
          ];
          return {
            name: pn,
            type: types[t % types.length],
            genericArgs: t % 3 === 0 ? [names[t % names.length]!] : t % 5 === 0 ? values : [],
            dataMember: alias === undefined ? undefined : { name: alias },
            description: desc,
            isRequired: required,
          };
        }),
      };
    });
    return {
      app: { jsTextCase: casing, serviceName: route[0], baseUrl: route[1] },
      api: {
        types,
        operations: [
          {
            request: { name: names[0], properties: [] },
            routes: [{ path: route[0], verbs: route[1] }],
            returnType: { name: names[names.length - 1], genericArgs: values },
            method: route[1],
          },
        ],
      },
    };
  });


/** Writes each document's module to `into`/m<i>.ts, importing the sources; returns the files. */
export function writeModules(documents: unknown[], into: string): string[] {
  mkdirSync(into, { recursive: true });
  const sources = relative(into, join(root, "src", "index.js")).split(sep).join("/");
  return documents.map((doc, i) => {
    const file = join(into, `m${i}.ts`);
    writeFileSync(file, generate(doc, { importFrom: sources }).code);
    return file;
  });
}

/** Imports each module: nothing the document carried runs, and every codec writes and reads an empty value. */
export async function importAll(files: string[], context: string): Promise<void> {
  for (const file of files) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    expect((globalThis as { __codegenPwned?: unknown }).__codegenPwned, `${context}, ${file}`).toBeUndefined();
    for (const [exported, value] of Object.entries(module)) {
      if (typeof value === "object" && value !== null && (value as { kind?: unknown }).kind === "dto") {
        const codec = value as { encode(v: unknown): string; decode(t: string): unknown };
        expect(codec.encode({}), `${context}, ${exported}`).toBe("{}");
        expect(codec.decode("{}"), `${context}, ${exported}`).toEqual({});
      }
    }
  }
}

