// Starts the client tests' local server (the seed API, with CORS headers) for client.cases.ts,
// in a child process: the harness runs the cases' Node side with spawnSync, which blocks this one.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Setup } from "./harness.js";

export default async function setup(): Promise<Setup> {
  const work = mkdtempSync(join(tmpdir(), "jsv-client-server-"));
  const outfile = join(work, "serve.mjs");
  await build({
    entryPoints: [fileURLToPath(new URL("../client/serve.ts", import.meta.url))],
    bundle: true,
    format: "esm",
    platform: "node",
    outfile,
    logLevel: "silent",
  });
  const child = spawn(process.execPath, [outfile], { stdio: ["ignore", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
      if (out.includes("\n")) resolve(out.trim());
    });
    child.on("exit", (code) => reject(new Error(`the client test server exited (${code})`)));
  });
  return {
    params: { url },
    close: async () => {
      const exited = new Promise((resolve) => child.on("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(work, { recursive: true, force: true });
    },
  };
}
