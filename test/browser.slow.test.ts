import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Browser } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CHROMIUM, casesFiles, launchChromium, runBoth } from "./browser/harness.js";

// Every test/browser/*.cases.ts module runs on the built package bundled by esbuild, in Node
// and in real headless Chromium; each case must give the same JSON in both, and none may throw.
// .ci/run installs Debian's chromium when it is missing.
const dist = new URL("../dist/index.js", import.meta.url);

describe("in headless Chromium", () => {
  let browser: Browser;
  let profile: string;

  beforeAll(async () => {
    expect(existsSync(dist), "run npm run build first (npm run test:slow does)").toBe(true);
    expect(existsSync(CHROMIUM), `no Chromium at ${CHROMIUM}: apt-get install chromium (as root), or set CHROMIUM_PATH`).toBe(true);
    profile = mkdtempSync(join(tmpdir(), "jsv-chromium-"));
    browser = await launchChromium(profile);
  });

  afterAll(async () => {
    await browser?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  test.each(casesFiles().map((file) => ({ name: basename(file), file })))("$name gives Node's results", async ({ file }) => {
    const { node, browser: inBrowser, pageErrors } = await runBoth(file, browser);
    expect(Object.keys(node).length).toBeGreaterThan(0);
    for (const [name, result] of Object.entries(node)) {
      expect(result !== null && typeof result === "object" && "$threw" in result ? result : undefined, `${name} threw in Node`).toBeUndefined();
      expect(inBrowser[name], `${name}: the browser's result differs from Node's\n${pageErrors.join("\n")}`).toEqual(result);
    }
    expect(Object.keys(inBrowser).sort()).toEqual(Object.keys(node).sort());
  });
});
