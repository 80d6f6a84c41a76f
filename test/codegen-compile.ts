import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const root = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * Type-checks generated modules under the repository's strict options (plus `extra`), with
 * `jsv-codec` resolved to the sources; returns one `file:line message` per diagnostic.
 */
export function typeCheck(files: string[], extra: ts.CompilerOptions = {}): string[] {
  const program = ts.createProgram(files, {
    strict: true,
    noUncheckedIndexedAccess: true,
    noImplicitOverride: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    lib: ["lib.es2023.d.ts"],
    types: ["node"],
    skipLibCheck: true,
    noEmit: true,
    baseUrl: root,
    paths: { "jsv-codec": ["src/index.ts"] },
    ...extra,
  });
  const wanted = new Set(files.map((f) => program.getSourceFile(f)));
  // Only the generated modules: the sources they import are checked by the repository's tsconfig.
  return ts.getPreEmitDiagnostics(program).filter((d) => d.file === undefined || wanted.has(d.file)).map((d) => {
    const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}` : "";
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}
