// The Node side of the browser test: bundles a `*.cases.ts` module with esbuild against the
// built package (resolved as a user's bundler would, through package.json `exports`), runs
// it in a child Node process and in headless Chromium (Debian's, driven by puppeteer-core),
// and hands back both sets of results.
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser } from "puppeteer-core";
import puppeteer from "puppeteer-core";
import type { Json } from "./runner.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../..");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** What a `*.setup.ts` module's default export returns: params for the cases, and how to stop. */
export interface Setup {
  params: Record<string, Json>;
  close(): Promise<void>;
}

/** Options a `*.cases.ts` module may export beside its cases. */
export interface PageOptions {
  /** The page's Content-Security-Policy header, e.g. `"script-src 'self'"` (no `unsafe-eval`). */
  csp?: string;
}

/** The results of one cases module, by case name, in each place it ran. */
export interface Outcome {
  node: Record<string, Json>;
  browser: Record<string, Json>;
  /** Uncaught exceptions and console errors of the page, for the failure message. */
  pageErrors: string[];
}

/**
 * A folder whose `node_modules/jsv-codec` is this checkout, so that `import "jsv-codec"`
 * and `"jsv-codec/grammar"` resolve through the package's own `exports`, as for a user.
 */
function packageLink(work: string): string {
  const modules = join(work, "node_modules");
  mkdirSync(modules, { recursive: true });
  symlinkSync(root, join(modules, "jsv-codec"), "dir");
  return modules;
}

/** Bundles `casesFile` with the runner for one platform; the entry's code is `entry`. */
async function bundle(casesFile: string, platform: "browser" | "node", entry: string, work: string, modules: string): Promise<string> {
  const outfile = join(work, `${basename(casesFile, ".ts")}.${platform}.mjs`);
  await build({
    stdin: { contents: entry, resolveDir: here, sourcefile: `${platform}-entry.ts`, loader: "ts" },
    bundle: true,
    format: "esm",
    platform,
    // A browser bundle fails to build on any `node:` import or Node built-in.
    target: platform === "browser" ? "es2022" : "node20",
    nodePaths: [modules],
    outfile,
    logLevel: "silent",
  });
  return outfile;
}

/** Serves the page and its script; the optional CSP applies to the page. */
function serve(script: string, csp: string | undefined): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.url === "/cases.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" });
      res.end(script);
    } else if (req.url === "/" || req.url === "/index.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", ...(csp ? { "content-security-policy": csp } : {}) });
      res.end('<!doctype html><meta charset="utf-8"><title>jsv-codec</title><script type="module" src="/cases.js"></script>');
    } else {
      res.writeHead(404).end();
    }
  });
  return new Promise((ok) => server.listen(0, "127.0.0.1", () => ok(server)));
}

/** Starts headless Chromium as the machine's probe does: no sandbox (root), no background traffic. */
export function launchChromium(profile: string): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: profile,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
  });
}

/**
 * Runs one `*.cases.ts` module in Node and in `browser`. Its `*.setup.ts` sibling, if any,
 * runs first (in this process) and its params go to both.
 */
export async function runBoth(casesFile: string, browser: Browser): Promise<Outcome> {
  const work = mkdtempSync(join(tmpdir(), "jsv-browser-"));
  const setupFile = casesFile.replace(/\.cases\.ts$/, ".setup.ts");
  let setup: Setup | undefined;
  try {
    const modules = packageLink(work);
    if (existsSync(setupFile)) setup = await ((await import(setupFile)) as { default: () => Promise<Setup> }).default();
    const params = setup?.params ?? {};
    const imports = `import * as m from ${JSON.stringify(casesFile)};\nimport { runCases } from "./runner.ts";\nimport { JsvError } from "jsv-codec";\n`;

    const nodeFile = await bundle(casesFile, "node", `${imports}const params = JSON.parse(process.argv[2]);\nrunCases(m.cases, params, JsvError).then((results) => process.stdout.write(JSON.stringify({ results, page: m.page ?? {} })));\n`, work, modules);
    // Asynchronously, so that a server a setup module started in this process keeps answering.
    const r = await new Promise<{ status: number; stdout: string; stderr: string }>((done) => {
      execFile(process.execPath, [nodeFile, JSON.stringify(params)], { encoding: "utf8", maxBuffer: 1 << 28 }, (error, stdout, stderr) => {
        done({ status: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr });
      });
    });
    if (r.status !== 0) throw new Error(`the cases failed in Node (${r.status}):\n${r.stderr}`);
    const { results: node, page: options } = JSON.parse(r.stdout) as { results: Record<string, Json>; page: PageOptions };

    const browserFile = await bundle(casesFile, "browser", `${imports}// From a task of the page's own: code called straight from page.evaluate runs as DevTools\n// code, which a Content-Security-Policy does not bind.\nglobalThis.__jsvRun = (params) => new Promise((ok, fail) => setTimeout(() => runCases(m.cases, params, JsvError).then(ok, fail), 0));\n`, work, modules);
    const server = await serve(readFileSync(browserFile, "utf8"), options.csp);
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(`pageerror: ${String(e)}`));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(`console: ${m.text()}`);
    });
    try {
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      await page.waitForFunction("typeof globalThis.__jsvRun === 'function'", { timeout: 60_000 });
      const browserResults = (await page.evaluate((p) => (globalThis as unknown as { __jsvRun(p: unknown): Promise<unknown> }).__jsvRun(p), params)) as Record<string, Json>;
      return { node, browser: browserResults, pageErrors };
    } catch (error) {
      throw new Error(`${String(error)}\npage errors:\n${pageErrors.join("\n")}`);
    } finally {
      await page.close();
      // Chromium keeps its connection alive; close would otherwise wait for it to time out.
      server.closeAllConnections();
      await new Promise((ok) => server.close(ok));
    }
  } finally {
    await setup?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The `*.cases.ts` modules beside this harness. */
export function casesFiles(): string[] {
  return readdirSync(here)
    .filter((f) => f.endsWith(".cases.ts"))
    .sort()
    .map((f) => join(here, f));
}
