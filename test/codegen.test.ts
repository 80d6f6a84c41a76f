import { describe, expect, it } from "vitest";
import { generate, NotMetadataError, parseTypeName, typeOfProperty, TypeNameError } from "../src/codegen/index.js";
import { show } from "../src/codegen/types.js";

/** A property as ServiceStack's metadata lists it. */
const prop = (name: string, type: string, extra: Record<string, unknown> = {}) => ({ name, type, namespace: "System", ...extra });

/** The generated code of a document holding `types` (and `operations`). */
function code(types: unknown[], operations: unknown[] = []): { code: string; warnings: string[] } {
  return generate({ types, operations });
}

describe("CLR type names", () => {
  it.each([
    ["Int32", "Int32"],
    ["Poco[]", "Poco[]"],
    ["Dictionary<String,List<Dictionary<String,Poco>>>", "Dictionary<String,List<Dictionary<String,Poco>>>"],
    ["Dictionary< String , List<Poco> >", "Dictionary<String,List<Poco>>"],
    ["Nullable<Byte>", "Nullable<Byte>"],
    ["Byte?", "Nullable<Byte>"],
    ["Int32[][]", "Int32[][]"],
    ["List`1<String>", "List<String>"],
  ])("parses %s", (text, shown) => {
    expect(show(parseTypeName(text))).toBe(shown);
  });

  it("keeps the arity of an open generic name", () => {
    expect(parseTypeName("Dictionary`2")).toEqual({ kind: "named", name: "Dictionary", arity: 2, args: [] });
  });

  it.each(["", "List<", "List<>", "A,B", "List<A>>", "A[,]", "A`x", "`1", "A<B", "A B"])("refuses %j", (text) => {
    expect(() => parseTypeName(text)).toThrow(TypeNameError);
  });

  it("bounds length and depth", () => {
    expect(() => parseTypeName("A".repeat(1001))).toThrow(/longer/);
    expect(() => parseTypeName(`${"List<".repeat(40)}A${">".repeat(40)}`)).toThrow(/deeper/);
    expect(() => parseTypeName(`A${"[]".repeat(40)}`)).toThrow(/deeper/);
  });

  it("fills a metadata property's generic arguments", () => {
    expect(show(typeOfProperty("List`1", ["String"]))).toBe("List<String>");
    expect(show(typeOfProperty("Dictionary`2", ["String", "List<Dictionary<String,Poco>>"]))).toBe(
      "Dictionary<String,List<Dictionary<String,Poco>>>",
    );
    expect(show(typeOfProperty("Nullable`1[]", ["Byte"]))).toBe("Nullable<Byte>[]");
    expect(show(typeOfProperty("Int32", []))).toBe("Int32");
  });

  it("refuses Nullable`1[] with no generic argument, and arity mismatches", () => {
    expect(() => typeOfProperty("Nullable`1[]", [])).toThrow(/no generic argument/);
    expect(() => typeOfProperty("Dictionary`2", ["String"])).toThrow(/takes 2/);
    expect(() => typeOfProperty("Int32", ["String"])).toThrow(/not generic/);
    expect(() => typeOfProperty("List`2<Int32>", [])).toThrow(/declares 2/);
  });
});

describe("generate", () => {
  it("refuses what is not a metadata document", () => {
    for (const doc of [null, 1, "x", [], {}, { types: 1 }, { api: 1 }]) expect(() => generate(doc)).toThrow(NotMetadataError);
  });

  it("reads the api member of a /metadata/app document and notes its casing", () => {
    const { code: out } = generate({ app: { jsTextCase: "PascalCase", serviceName: "S" }, api: { types: [{ name: "A", properties: [] }] } });
    expect(out).toContain('textCase: "pascal"');
    expect(out).toContain('export const A = dto("A", {});');
  });

  it("maps every scalar CLR type to its builder, and containers around them", () => {
    const { code: out, warnings } = code([
      {
        name: "T",
        properties: [
          prop("A", "Byte"),
          prop("B", "SByte"),
          prop("C", "UInt64"),
          prop("D", "Single"),
          prop("E", "DateTimeOffset"),
          prop("F", "Char"),
          prop("G", "Byte[]"),
          prop("H", "Nullable`1", { genericArgs: ["Guid"] }),
          prop("I", "Dictionary`2", { genericArgs: ["Int32", "List<Nullable<Decimal>>"] }),
          prop("J", "KeyValuePair`2", { genericArgs: ["String", "Int64"] }),
          prop("K", "HashSet`1", { genericArgs: ["String"] }),
          prop("L", "Object"),
          prop("M", "Nullable`1[]", { genericArgs: [] }),
        ],
      },
    ]);
    for (const line of [
      "  a: byte(),",
      "  b: sbyte(),",
      "  c: ulong(),",
      "  d: float(),",
      "  e: dateTimeOffset(),",
      "  f: char(),",
      "  g: bytes(),",
      "  h: nullable(guid()),",
      "  i: dictionary(int(), list(nullable(decimal()))),",
      "  j: keyValuePair(string(), long()),",
      "  k: list(string()),",
      '  l: opaque("Object"),',
      '  m: opaque("Nullable`1[]"),',
    ]) {
      expect(out).toContain(line);
    }
    expect(warnings).toEqual([
      'T.L: type Object has no fixed shape; mapped to opaque("Object") (its text, as a string)',
      'T.M: malformed type "Nullable`1[]" (Nullable`1[] has no generic argument); mapped to opaque("Nullable`1[]")',
    ]);
  });

  it("names members as ServiceStack's TypeScript generator does, aliasing DataMember names", () => {
    const { code: out } = code([
      {
        name: "T",
        properties: [prop("UShort", "Int32"), prop("ID", "Int32"), prop("OriginalName", "String", { dataMember: { name: "aliasedName" } }), prop("__proto__", "String")],
      },
    ]);
    expect(out).toContain("  uShort: int(),");
    expect(out).toContain('  id: pascal(int(), "ID"),');
    expect(out).toContain('  aliasedName: alias(string(), "aliasedName"),');
    expect(out).toContain('  __proto___: alias(string(), "__proto__"),');
  });

  it("drops a member that differs from another only in case, and one its base already has", () => {
    const { code: out, warnings } = code([
      { name: "Base", properties: [prop("Name", "String")] },
      { name: "T", inherits: { name: "Base" }, properties: [prop("Id", "Int32"), prop("ID", "Int32"), prop("name", "String")] },
    ]);
    expect(out).toMatch(/export const T = dto\("T", \{\n {2}id: int\(\),\n\}, \{\n {2}inherits: Base,\n\}\);/);
    expect(warnings).toHaveLength(2);
  });

  it("writes inheritance chains base first, and generic bases as calls", () => {
    const { code: out } = code([
      { name: "C", inherits: { name: "B" }, properties: [prop("C", "Int32")] },
      { name: "B", inherits: { name: "A" }, properties: [prop("B", "Int32")] },
      { name: "A", properties: [prop("A", "Int32")] },
      { name: "G`1", genericArgs: ["T"], isGenericTypeDef: true, inherits: { name: "A" }, properties: [prop("Items", "List`1", { genericArgs: ["T"] })] },
      { name: "Q", inherits: { name: "G`1", genericArgs: ["C"] }, properties: [] },
    ]);
    const at = (s: string) => out.indexOf(s);
    expect(at("export const A =")).toBeLessThan(at("export const B ="));
    expect(at("export const B =")).toBeLessThan(at("export const C ="));
    expect(out).toContain('export const G = <T extends FieldLike>(t: T) =>\n  dto("G<T>", {\n    items: list(t),\n  }, {\n    inherits: A,\n  });');
    expect(out).toContain("export type G<T extends FieldLike> = Infer<ReturnType<typeof G<T>>>;");
    expect(out).toContain('export const Q = dto("Q", {}, {\n  inherits: G(C),\n});');
  });

  it("writes enums in the object form, with values, flags and EnumMember names", () => {
    const { code: out, warnings } = code([
      { name: "Plain", isEnum: true, enumNames: ["A", "B"] },
      { name: "Valued", isEnum: true, enumNames: ["Africa", "Asia"], enumValues: ["1", "3"], enumDescriptions: ["The */ continent", ""] },
      { name: "Flags", isEnum: true, isEnumInt: true, enumNames: ["None", "Read", "Write"], enumValues: ["0", "1", "2"] },
      { name: "Wired", isEnum: true, enumNames: ["Low", "High"], enumMemberValues: ["low-level", "High"] },
      { name: "Bad", isEnum: true, enumNames: ["A", "B"], enumValues: ["1"] },
      { name: "Odd", isEnum: true, enumNames: ["A", "__proto__", "A", "C"], enumValues: ["1", "2", "3", "x"] },
    ]);
    expect(out).toContain('export const Plain = enumeration("Plain", {\n  A: 0,\n  B: 1,\n});\nexport type Plain = Infer<typeof Plain>;');
    expect(out).toContain('export const Valued = enumeration("Valued", {\n  /** The *\\/ continent */\n  Africa: 1,\n  Asia: 3,\n});');
    expect(out).toContain('export const Flags = enumeration("Flags", {\n  None: 0,\n  Read: 1,\n  Write: 2,\n}, {\n  flags: true,\n});');
    expect(out).toContain('export const Wired = enumeration("Wired", {\n  Low: 0,\n  High: 1,\n}, {\n  wireNames: {\n    Low: "low-level",\n  },\n});');
    expect(out).toContain('export const Bad = opaque("Bad");');
    expect(out).toContain('export const Odd = enumeration("Odd", {\n  A: 1,\n});');
    expect(warnings).toHaveLength(4);
  });

  it("maps an enum with a value beyond 2^53 (a long or ulong enum) to opaque text, which reads its names and digits", async () => {
    const { code: out, warnings } = code([
      { name: "Big", isEnum: true, enumNames: ["Small", "Huge"], enumValues: ["1", "18446744073709551615"] },
      { name: "E", properties: [prop("Big", "Big")] },
    ]);
    expect(out).toContain('export const Big = opaque("Big");');
    expect(warnings).toEqual(['enum Big: member "Huge" has value "18446744073709551615", not a safe integer; mapped to opaque("Big")']);
    const { dto, opaque } = await import("../src/index.js");
    const E = dto("E", { big: opaque("Big") });
    for (const text of ["{big:Huge}", "{big:18446744073709551615}"]) expect(E.encode(E.decode(text))).toBe(text);
  });

  it("records routes, verbs and the return type on the request codec", () => {
    const { code: out } = generate({
      types: [{ name: "QueryResponse`1", genericArgs: ["T"], isGenericTypeDef: true, properties: [prop("Results", "List`1", { genericArgs: ["T"] })] }],
      operations: [
        {
          request: { name: "FindThings", properties: [prop("Id", "Int32")] },
          response: { name: "Thing", properties: [prop("Id", "Int32")] },
          returnType: { name: "QueryResponse`1", genericArgs: ["Thing"] },
          method: "GET",
          routes: [{ path: "/things", verbs: "GET" }, { path: "/things/{Id}" }],
        },
        { request: { name: "Forget", properties: [] }, returnsVoid: true, method: "DELETE" },
      ],
    });
    expect(out).toContain(
      '/** Routes: GET /things, ANY /things/{Id}. Returns QueryResponse<Thing>. */\nexport const FindThings = dto("FindThings", {\n  id: int(),\n}, {\n  routes: [\n    { path: "/things", verbs: "GET" },\n    { path: "/things/{Id}" },\n  ],\n  returns: QueryResponse(Thing),\n});',
    );
    expect(out).toContain('export const Forget = dto("Forget", {}, {\n  returns: "void",\n});');
    expect(out.indexOf("export const Thing =")).toBeLessThan(out.indexOf("export const FindThings ="));
  });

  it("makes references on a cycle lazy and types them with an interface", () => {
    const { code: out } = code([
      { name: "Job", properties: [prop("Applications", "List`1", { genericArgs: ["JobApplication"] })] },
      { name: "JobApplication", properties: [prop("Position", "Job"), prop("Id", "Int32")] },
      { name: "Node", properties: [prop("Children", "List`1", { genericArgs: ["Node"] })] },
    ]);
    expect(out).toContain('export interface Job {\n  applications?: Infer<ReturnType<typeof list<Field<JobApplication> & { readonly kind: "dto" }>>> | undefined;\n}');
    expect(out).toContain("export const Job: Codec<Job> = dto(\"Job\", {\n  applications: list(lazy((): Codec<JobApplication> => JobApplication)),\n});");
    expect(out).toContain("  position: lazy((): Codec<Job> => Job),");
    expect(out).toContain("  children: list(lazy((): Codec<Node> => Node)),");
  });

  it("is deterministic", () => {
    const doc = { types: [{ name: "B", properties: [prop("A", "A")] }, { name: "A", properties: [] }] };
    expect(generate(doc).code).toBe(generate(structuredClone(doc)).code);
  });
});

describe("generate, odd documents", () => {
  it("reads [Flags] from the attributes, and warns about member names JSV would quote", () => {
    const { code: out, warnings } = code([
      { name: "Access", isEnum: true, enumNames: ["Read", "Write"], enumValues: ["1", "2"], attributes: [{ name: "Flags" }] },
      { name: "T", properties: [prop("A", "String", { dataMember: { name: "a:b" } })] },
    ]);
    expect(out).toContain("}, {\n  flags: true,\n});");
    expect(warnings).toEqual(['T.A: member name "a:b" holds characters JSV quotes; written as is, as ServiceStack writes it, it does not read back']);
  });

  it("skips builtin generic types, marker interfaces, and a second type of the same name", () => {
    const { code: out, warnings } = code([
      { name: "KeyValuePair`2", namespace: "System.Collections.Generic", genericArgs: ["TKey", "TValue"], isGenericTypeDef: true, properties: [] },
      { name: "IReturn`1", namespace: "ServiceStack", genericArgs: ["T"], isInterface: true, isGenericTypeDef: true },
      { name: "IHasName", isInterface: true, properties: [prop("Name", "String")] },
      { name: "A", namespace: "One", properties: [prop("Pair", "KeyValuePair`2", { genericArgs: ["String", "Int32"] })] },
      { name: "A", namespace: "Two", properties: [] },
      { name: "B", properties: [prop("Named", "IHasName")] },
    ]);
    expect(out).not.toContain("KeyValuePair =");
    expect(out).not.toContain("IReturn");
    expect(out).toContain('export const IHasName = dto("IHasName", {');
    expect(out).toContain("  pair: keyValuePair(string(), int()),");
    expect(warnings).toEqual(['types[4]: a second type named "A" (namespace "Two"); references resolve to the first, from types[3]']);
  });

  it("cuts a generic type that refers to itself, and a cycle of base types", () => {
    const { code: out, warnings } = code([
      { name: "Tree`1", genericArgs: ["T"], isGenericTypeDef: true, properties: [prop("Children", "List`1", { genericArgs: ["Tree<T>"] })] },
      { name: "A", inherits: { name: "B" }, properties: [prop("X", "Int32")] },
      { name: "B", inherits: { name: "A" }, properties: [prop("Y", "Int32")] },
    ]);
    expect(out).toContain('    children: list(opaque("Tree<T>")),');
    expect(warnings).toContain('Tree`1.children: generic type Tree<T> refers to itself through its own generic definition; mapped to opaque("Tree<T>")');
    expect(warnings.some((w) => /base type is on a cycle of base types/.test(w))).toBe(true);
  });

  it("keeps a dictionary key that is no scalar (a DTO, a list, a map) as its text, so that the module loads", async () => {
    const { code: out, warnings } = code([
      { name: "Poco", properties: [prop("A", "String")] },
      { name: "E", isEnum: true, enumNames: ["X"] },
      {
        name: "U",
        properties: [
          prop("D1", "Dictionary`2", { genericArgs: ["Poco", "String"] }),
          prop("D2", "Dictionary`2", { genericArgs: ["List<String>", "String"] }),
          prop("D3", "Dictionary`2", { genericArgs: ["E", "Int32"] }),
          prop("D4", "Dictionary`2", { genericArgs: ["Nullable<Int32>", "String"] }),
        ],
      },
    ]);
    expect(out).toContain('  d1: dictionary(opaque("Poco"), string()),');
    expect(out).toContain('  d2: dictionary(opaque("List<String>"), string()),');
    expect(out).toContain("  d3: dictionary(E, int()),");
    expect(out).toContain("  d4: dictionary(nullable(int()), string()),");
    expect(warnings).toEqual([
      'U.D1: type Poco is no scalar, which a dictionary key must be; mapped to opaque("Poco") (its text, as a string)',
      'U.D2: type List<String> is no scalar, which a dictionary key must be; mapped to opaque("List<String>") (its text, as a string)',
    ]);
    const { dictionary, opaque, string } = await import("../src/index.js");
    expect(() => dictionary(opaque("Poco"), string())).not.toThrow();
  });

  it("passes a generic's dictionary-key parameter as text when the argument is a DTO", () => {
    const { code: out, warnings } = code([
      { name: "G`1", genericArgs: ["T"], isGenericTypeDef: true, properties: [prop("Index", "Dictionary`2", { genericArgs: ["T", "String"] })] },
      { name: "H`1", genericArgs: ["T"], isGenericTypeDef: true, properties: [prop("Items", "List`1", { genericArgs: ["T"] })] },
      { name: "Poco", properties: [prop("A", "String")] },
      // Through another generic, and on a cycle of generics.
      { name: "K`1", genericArgs: ["T"], isGenericTypeDef: true, properties: [prop("Inner", "G`1", { genericArgs: ["T"] }), prop("Self", "K`1", { genericArgs: ["T"] })] },
      { name: "B`1", genericArgs: ["T"], isGenericTypeDef: true, inherits: { name: "G`1", genericArgs: ["T"] }, properties: [] },
      { name: "U", properties: [prop("G", "G`1", { genericArgs: ["Poco"] }), prop("N", "G`1", { genericArgs: ["Int32"] }), prop("H", "H`1", { genericArgs: ["Poco"] }), prop("K", "K`1", { genericArgs: ["Poco"] }), prop("B", "B`1", { genericArgs: ["Poco"] })] },
    ]);
    expect(out).toContain('  b: B(opaque("Poco")),');
    expect(out).toContain('  k: K(opaque("Poco")),');
    expect(out).toContain('  g: G(opaque("Poco")),');
    expect(out).toContain("  n: G(int()),");
    expect(out).toContain("  h: H(Poco),");
    expect(warnings).toContain('U.G: type Poco is no scalar, which a dictionary key must be; mapped to opaque("Poco") (its text, as a string)');
    expect(warnings).toContain('U.K: type Poco is no scalar, which a dictionary key must be; mapped to opaque("Poco") (its text, as a string)');
  });

  it("keeps each warning to one short line, however long the document's type name", () => {
    const deep = `${"List<".repeat(5000)}String${">".repeat(5000)}`;
    const { warnings } = code([{ name: "A", properties: [prop("X", deep)] }]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.startsWith('A.X: malformed type "List<List<')).toBe(true);
    expect(warnings[0]!.length).toBe(300);
    expect(warnings[0]!.endsWith("…")).toBe(true);
  });

  it("cuts a chain of more than 32 base types at the 33rd level only, naming that type", () => {
    // Listed derived-first, so that the walk meets the deepest type before its bases.
    const types = Array.from({ length: 70 }, (_, i) => ({
      name: `T${i}`,
      properties: [prop(`X${i}`, "Int32")],
      ...(i > 0 ? { inherits: { name: `T${i - 1}` } } : {}),
    })).reverse();
    const { code: out, warnings } = code(types);
    expect(warnings).toEqual([
      "T33: more than 32 levels of base types; its base members are left out",
      "T66: more than 32 levels of base types; its base members are left out",
    ]);
    expect(out).toContain("  inherits: T0,");
    expect(out).toContain("  inherits: T31,");
    expect(out).toMatch(/export const T33 = dto\("T33", \{\n {2}x33: int\(\),\n\}\);/);
    expect(out).toContain("  inherits: T68,");
  });
});

describe("generate, older and smaller documents", () => {
  it("takes the return type from IReturn<T> / IReturnVoid when the operation does not give it", () => {
    const { code: out } = generate({
      types: [{ name: "Item", properties: [prop("Id", "Int32")] }],
      operations: [
        { request: { name: "GetItems", implements: [{ name: "IReturn`1", genericArgs: ["List<Item>"] }], properties: [] } },
        { request: { name: "Ping", implements: [{ name: "IReturnVoid" }], properties: [] } },
      ],
    });
    expect(out).toContain('export const GetItems = dto("GetItems", {}, {\n  returns: list(Item),\n});');
    expect(out).toContain('export const Ping = dto("Ping", {}, {\n  returns: "void",\n});');
  });

  it("uses jsv-codec's ResponseStatus when the document does not describe it", () => {
    const { code: out, warnings } = code([{ name: "R", properties: [prop("ResponseStatus", "ResponseStatus", { namespace: "ServiceStack" })] }]);
    expect(out).toContain("  responseStatus: ResponseStatus,");
    expect(out).toMatch(/import \{\n {2}ResponseStatus,\n {2}dto,/);
    expect(warnings).toEqual([]);
    const own = code([
      { name: "ResponseStatus", properties: [prop("ErrorCode", "String")] },
      { name: "R", properties: [prop("ResponseStatus", "ResponseStatus")] },
    ]).code;
    expect(own).toContain('export const ResponseStatus = dto("ResponseStatus", {');
    expect(own).not.toMatch(/import \{\n {2}ResponseStatus/);
  });
});
