import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "jsv-codegen-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const doc = {
  types: [{ name: "Poco", properties: [{ name: "Name", type: "String" }, { name: "Bad", type: "Nullable`1[]" }] }],
  operations: [],
};

/** Runs `jsv codegen ...args` in-process with `stdin` as standard input. */
const run = (args: string[], stdin = "") => runCli(["codegen", ...args], stdin);

describe("jsv codegen", () => {
  it("writes the module to standard output, warnings to standard error, exit 0", async () => {
    const file = join(dir, "metadata.json");
    writeFileSync(file, JSON.stringify(doc));
    const { code, stdout, stderr } = await run([file]);
    expect(code).toBe(0);
    expect(stdout).toContain('export const Poco = dto("Poco", {');
    expect(stdout).toContain('  bad: opaque("Nullable`1[]"),');
    expect(stderr).toBe('jsv codegen: warning: Poco.Bad: malformed type "Nullable`1[]" (Nullable`1[] has no generic argument); mapped to opaque("Nullable`1[]")\n');
  });

  it("reads standard input with -, writes --out FILE", async () => {
    const out = join(dir, "dtos.ts");
    const { code, stdout, stderr } = await run(["-", "--out", out, "--import", "./lib.js"], JSON.stringify({ api: doc }));
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(readFileSync(out, "utf8")).toContain('} from "./lib.js";');
    expect(stderr).toContain(`wrote ${out}: 1 DTOs, 0 enums, 0 operations, 1 warnings`);
  });

  it("fetches an http URL", async () => {
    const server = createServer((req, res) => {
      if (req.url === "/types/metadata") res.end(JSON.stringify(doc));
      else res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const ok = await run([`${base}/types/metadata`]);
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain("export const Poco");
      const missing = await run([`${base}/nope`]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain("HTTP 404");
    } finally {
      server.close();
    }
  });

  it("says why a URL or --out failed: the cause behind fetch's 'fetch failed', the system's message", async () => {
    const server = createServer((_, res) => res.end("{}"));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    const refused = await run([`http://127.0.0.1:${port}/types/metadata`]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^jsv codegen: cannot read http:\/\/127\.0\.0\.1:\d+\/types\/metadata: fetch failed \(.*ECONNREFUSED.*\)\n$/);
    const file = join(dir, "ok.json");
    writeFileSync(file, JSON.stringify(doc));
    const toDir = await run([file, "--out", dir]);
    expect(toDir.code).toBe(3);
    expect(toDir.stderr).toMatch(/cannot write .*: EISDIR: illegal operation on a directory/);
    expect(toDir.stderr).not.toMatch(/\n\s+at /);
  });

  it("exits 1 when the input is not a metadata document", async () => {
    expect((await run(["-"], "not json")).code).toBe(1);
    const notMeta = await run(["-"], '{"hello":1}');
    expect(notMeta.code).toBe(1);
    expect(notMeta.stderr).toContain("is not a metadata document");
    expect((await run([join(dir, "missing.json")])).code).toBe(1);
  });

  it("exits 2 for usage errors, 0 for --help", async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(["a", "b"])).code).toBe(2);
    expect((await run(["--bogus", "x"])).code).toBe(2);
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: jsv codegen SOURCE");
  });
});
