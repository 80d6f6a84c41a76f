import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import type { TestServer } from "./client/server.js";
import { startServer } from "./client/server.js";

// The README's "Calling an API" section runs as written, against the local server standing in
// for https://team.evovoice.io: its code blocks, in order, as one module; every
// `console.log(…); // text` must print that text.

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(root, "README.md"), "utf8");
const start = readme.indexOf("## Calling an API\n");
const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
const blocks = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), "jsv-readme-"));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

it("the README's Calling an API section runs as written and prints what it says", async () => {
  expect(start).toBeGreaterThan(0);
  expect(blocks.length).toBeGreaterThanOrEqual(4);
  const code = blocks
    .join("\n")
    .replaceAll('"jsv-codec/client"', JSON.stringify(pathToFileURL(join(root, "src/client/index.ts")).href))
    .replaceAll('"jsv-codec"', JSON.stringify(pathToFileURL(join(root, "src/index.ts")).href))
    .replaceAll('"https://team.evovoice.io"', JSON.stringify(server.url));
  const expected = [...code.matchAll(/console\.log\(.*\); \/\/ (.*)$/gm)].map((m) => m[1]);
  const file = join(dir, "readme-example.ts");
  writeFileSync(file, `${code}\nexport {};\n`);
  const logged: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void logged.push(args.map(String).join(" ")));
  try {
    await import(/* @vite-ignore */ pathToFileURL(file).href);
  } finally {
    spy.mockRestore();
  }
  expect(logged).toEqual(expected);
  // What the examples sent: the hold, the 404, api()'s 404; the aborted call may or may not arrive.
  expect(server.received.slice(0, 3).map((r) => `${r.method} ${r.url} ${r.body}`)).toEqual([
    "POST /sessions/S-1/hold {callSid:CA42,sessionId:S-1,reason:Transferring}",
    "POST /sessions/missing/hold {callSid:CA42,sessionId:missing}",
    "POST /sessions/missing/hold {sessionId:missing}",
  ]);
});
