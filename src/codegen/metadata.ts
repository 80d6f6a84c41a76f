/**
 * Reads a ServiceStack `/types/metadata` document (or the `/metadata/app` document whose `api`
 * member holds one) into the few shapes the generator needs. Nothing in the input is trusted:
 * every member is checked for its JSON type, anything else is dropped with a warning, and the
 * counts are bounded.
 *
 * @module
 */

/** A reference to a type by name: a base type, a return type. */
export interface TypeRef {
  readonly name: string;
  readonly namespace: string | undefined;
  readonly genericArgs: readonly string[];
}

/** One property of a type, in declaration order. */
export interface Property {
  readonly name: string;
  readonly type: string;
  readonly namespace: string | undefined;
  readonly genericArgs: readonly string[];
  /** `[DataMember(Name)]`: the wire name, used verbatim. */
  readonly dataMemberName: string | undefined;
  readonly isRequired: boolean;
  readonly description: string | undefined;
}

/** A type the API uses: a DTO, an enum, an interface. */
export interface TypeDef {
  readonly name: string;
  readonly namespace: string | undefined;
  /** The type parameters of a generic definition (`["T"]`). */
  readonly genericArgs: readonly string[];
  readonly inherits: TypeRef | undefined;
  readonly properties: readonly Property[];
  readonly isEnum: boolean;
  /** ServiceStack writes the enum as its integer value (`[Flags]`, `[EnumAsInt]`). */
  readonly isEnumInt: boolean;
  readonly isInterface: boolean;
  readonly isGenericTypeDef: boolean;
  readonly enumNames: readonly string[];
  readonly enumValues: readonly string[] | undefined;
  readonly enumMemberValues: readonly string[] | undefined;
  readonly enumDescriptions: readonly string[] | undefined;
  readonly description: string | undefined;
  readonly notes: string | undefined;
  /** Where the definition came from, for messages: `types[3]`, `operations[5].request`. */
  readonly origin: string;
}

/** One route of an operation. */
export interface Route {
  readonly path: string;
  readonly verbs: string | undefined;
}

/** One operation: its request type, what it returns, and how it is called. */
export interface Operation {
  readonly request: string;
  readonly returnType: TypeRef | undefined;
  readonly returnsVoid: boolean;
  readonly method: string | undefined;
  readonly routes: readonly Route[];
}

/** What the generator reads from a metadata document. */
export interface Metadata {
  /** Every type definition: `types` first, then each operation's request and response, in order. */
  readonly types: readonly TypeDef[];
  readonly operations: readonly Operation[];
  /** The server's wire casing (`CamelCase`, `PascalCase`, `SnakeCase`) when the document says it. */
  readonly jsTextCase: string | undefined;
  readonly serviceName: string | undefined;
  readonly serviceStackVersion: string | undefined;
  readonly baseUrl: string | undefined;
}

/** The input is not a metadata document at all. */
export class NotMetadataError extends Error {}

/** Most types, operations, properties or list items read from one document. */
export const MAX_ITEMS = 100_000;

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Checks and reads a metadata document.
 *
 * @param document - the parsed JSON: a `MetadataTypes` object (`types`, `operations`) or an
 *   `AppMetadata` object whose `api` member is one.
 * @param warn - receives one message per construct that is dropped or malformed.
 * @throws {NotMetadataError} when the value is neither.
 * @example
 * ```ts
 * const meta = readMetadata(JSON.parse(text), (w) => console.error(w));
 * ```
 */
export function readMetadata(document: unknown, warn: (message: string) => void): Metadata {
  if (!isObject(document)) throw new NotMetadataError("expected a JSON object (a /types/metadata or /metadata/app document)");
  let api: Json = document;
  let app: Json | undefined;
  if (isObject(document.api)) {
    api = document.api;
    if (isObject(document.app)) app = document.app;
  }
  if (!Array.isArray(api.types) && !Array.isArray(api.operations)) {
    throw new NotMetadataError("expected a /types/metadata document: an object with a \"types\" or \"operations\" array (or an \"api\" member holding one)");
  }
  const types: TypeDef[] = [];
  items(api.types, "types", warn).forEach(([v, where]) => {
    const t = readType(v, where, warn);
    if (t) types.push(t);
  });
  const operations: Operation[] = [];
  items(api.operations, "operations", warn).forEach(([v, where]) => {
    if (!isObject(v)) return warn(`${where}: not an object; skipped`);
    const request = readType(v.request, `${where}.request`, warn);
    if (!request) return warn(`${where}: no valid request type; operation skipped`);
    types.push(request);
    if (v.response !== undefined && v.response !== null) {
      const response = readType(v.response, `${where}.response`, warn);
      if (response) types.push(response);
    }
    const routes: Route[] = [];
    items(v.routes, `${where}.routes`, warn).forEach(([r, at]) => {
      if (!isObject(r) || typeof r.path !== "string") return warn(`${at}: a route needs a string "path"; skipped`);
      routes.push({ path: r.path, verbs: optionalString(r.verbs, `${at}.verbs`, warn) });
    });
    const response = isObject(v.response) && typeof v.response.name === "string" ? { name: v.response.name, namespace: undefined, genericArgs: [] } : undefined;
    // Older documents say what a request returns only by its IReturn<T> / IReturnVoid marker.
    const marker = returnMarker(isObject(v.request) ? v.request.implements : undefined);
    operations.push({
      request: request.name,
      returnType: readRef(v.returnType, `${where}.returnType`, warn) ?? response ?? (marker === "void" ? undefined : marker),
      returnsVoid: v.returnsVoid === true || (v.returnType === undefined && response === undefined && marker === "void"),
      method: optionalString(v.method, `${where}.method`, warn),
      routes,
    });
  });
  return {
    types,
    operations,
    jsTextCase: app ? optionalString(app.jsTextCase, "app.jsTextCase", warn) : undefined,
    serviceName: app ? optionalString(app.serviceName, "app.serviceName", warn) : undefined,
    serviceStackVersion: app ? optionalString(app.serviceStackVersion, "app.serviceStackVersion", warn) : undefined,
    baseUrl: app ? optionalString(app.baseUrl, "app.baseUrl", warn) : undefined,
  };
}

/** The items of an optional array, each with its place for messages. */
function items(v: unknown, where: string, warn: (m: string) => void): [unknown, string][] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) {
    warn(`${where}: not an array; ignored`);
    return [];
  }
  if (v.length > MAX_ITEMS) {
    warn(`${where}: ${v.length} items; only the first ${MAX_ITEMS} are read`);
  }
  return v.slice(0, MAX_ITEMS).map((item, i) => [item, `${where}[${i}]`]);
}

function optionalString(v: unknown, where: string, warn: (m: string) => void): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "string") return v;
  warn(`${where}: not a string; ignored`);
  return undefined;
}

function strings(v: unknown, where: string, warn: (m: string) => void): string[] {
  const out: string[] = [];
  items(v, where, warn).forEach(([s, at]) => {
    if (typeof s === "string") out.push(s);
    else warn(`${at}: not a string; ignored`);
  });
  return out;
}

/** A list of strings where positions matter (enum values): undefined when absent or malformed. */
function parallelStrings(v: unknown, where: string, warn: (m: string) => void): string[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.length > MAX_ITEMS || !v.every((s) => typeof s === "string")) {
    warn(`${where}: not an array of strings; ignored`);
    return undefined;
  }
  return v as string[];
}

/** The type an `IReturn<T>` in a request's `implements` names, or "void" for `IReturnVoid`. */
function returnMarker(v: unknown): TypeRef | "void" | undefined {
  if (!Array.isArray(v) || v.length > MAX_ITEMS) return undefined;
  for (const i of v) {
    if (!isObject(i)) continue;
    if (i.name === "IReturnVoid") return "void";
    const args = i.genericArgs;
    if (i.name === "IReturn`1" && Array.isArray(args) && args.length === 1 && typeof args[0] === "string" && args[0] !== "") {
      return { name: args[0], namespace: undefined, genericArgs: [] };
    }
  }
  return undefined;
}

/** Whether a metadata `attributes` list names `name` (`[Flags]` is listed as `{ name: "Flags" }`). */
function hasAttribute(v: unknown, name: string): boolean {
  return Array.isArray(v) && v.length <= MAX_ITEMS && v.some((a) => isObject(a) && a.name === name);
}

function readRef(v: unknown, where: string, warn: (m: string) => void): TypeRef | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v) || typeof v.name !== "string" || v.name === "") {
    warn(`${where}: a type reference needs a string "name"; ignored`);
    return undefined;
  }
  return {
    name: v.name,
    namespace: optionalString(v.namespace, `${where}.namespace`, warn),
    genericArgs: strings(v.genericArgs, `${where}.genericArgs`, warn),
  };
}

function readType(v: unknown, where: string, warn: (m: string) => void): TypeDef | undefined {
  if (!isObject(v)) {
    warn(`${where}: not an object; skipped`);
    return undefined;
  }
  if (typeof v.name !== "string" || v.name === "") {
    warn(`${where}: a type needs a string "name"; skipped`);
    return undefined;
  }
  const name = v.name;
  const at = `${where} (${JSON.stringify(name)})`;
  const properties: Property[] = [];
  items(v.properties, `${at}.properties`, warn).forEach(([p, pat]) => {
    if (!isObject(p) || typeof p.name !== "string" || p.name === "" || typeof p.type !== "string" || p.type === "") {
      return warn(`${pat}: a property needs a string "name" and "type"; skipped`);
    }
    const dataMember = isObject(p.dataMember) ? p.dataMember : undefined;
    const dataMemberName = dataMember ? optionalString(dataMember.name, `${pat}.dataMember.name`, warn) : undefined;
    properties.push({
      name: p.name,
      type: p.type,
      namespace: optionalString(p.namespace, `${pat}.namespace`, warn),
      genericArgs: strings(p.genericArgs, `${pat}.genericArgs`, warn),
      dataMemberName: dataMemberName === "" ? undefined : dataMemberName,
      isRequired: p.isRequired === true,
      description: optionalString(p.description, `${pat}.description`, warn),
    });
  });
  const isEnum = v.isEnum === true;
  return {
    name,
    namespace: optionalString(v.namespace, `${at}.namespace`, warn),
    genericArgs: strings(v.genericArgs, `${at}.genericArgs`, warn),
    inherits: readRef(v.inherits, `${at}.inherits`, warn),
    properties,
    isEnum,
    isEnumInt: v.isEnumInt === true || (isEnum && hasAttribute(v.attributes, "Flags")),
    isInterface: v.isInterface === true,
    isGenericTypeDef: v.isGenericTypeDef === true,
    enumNames: isEnum ? strings(v.enumNames, `${at}.enumNames`, warn) : [],
    enumValues: isEnum ? parallelStrings(v.enumValues, `${at}.enumValues`, warn) : undefined,
    enumMemberValues: isEnum ? parallelStrings(v.enumMemberValues, `${at}.enumMemberValues`, warn) : undefined,
    enumDescriptions: isEnum ? parallelStrings(v.enumDescriptions, `${at}.enumDescriptions`, warn) : undefined,
    description: optionalString(v.description, `${at}.description`, warn),
    notes: optionalString(v.notes, `${at}.notes`, warn),
    origin: where,
  };
}
