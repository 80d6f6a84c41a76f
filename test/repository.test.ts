import { spawnSync } from "node:child_process";
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// What a clone holds: no bulk, nothing that reads outside the checkout. Skipped where the
// tree is not a git checkout (an unpacked tarball).
const root = new URL("..", import.meta.url).pathname;
const git = (...args: string[]) => spawnSync("git", args, { cwd: root, encoding: "utf8" });
const inGit = git("rev-parse", "--is-inside-work-tree").stdout.trim() === "true";

describe.skipIf(!inGit)("the repository", () => {
  const tracked = git("ls-files", "-z").stdout.split("\0").filter((f) => f !== "");

  it("tracks no file over 1 MB", () => {
    const big = tracked.filter((f) => {
      try {
        return statSync(join(root, f)).size > 1_000_000;
      } catch {
        return false; // deleted in the working tree, not yet committed
      }
    });
    expect(big).toEqual([]);
  });

  it("leaves the 10,000-session fixtures to the generator, vouched for by the manifest", () => {
    const manifest = JSON.parse(readFileSync(join(root, "fixtures/manifest.json"), "utf8")) as { files: Record<string, { bytes: number; sha256: string }> };
    for (const file of ["sessions-10000.jsv", "sessions-10000.json"]) {
      expect(tracked).not.toContain(`fixtures/${file}`);
      expect(git("check-ignore", "-q", `fixtures/${file}`).status, `${file} is ignored`).toBe(0);
      expect(manifest.files[file]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    // Every committed fixture is in the manifest too.
    for (const f of tracked.filter((t) => t.startsWith("fixtures/") && t !== "fixtures/manifest.json")) {
      expect(Object.keys(manifest.files), f).toContain(f.slice("fixtures/".length));
    }
  });

  it("has no tracked file that reads the sibling folder the vectors came from", () => {
    // The same check as .ci/run; the pattern is built so that this file does not match it.
    const r = git("grep", "-n", ["\\.\\.", "shared"].join("/"));
    expect(r.stdout).toBe("");
  });
});

describe("the two suites and CI", () => {
  const read = (f: string) => readFileSync(join(root, f), "utf8");

  it("npm test leaves *.slow.test.ts to npm run test:slow, which runs only them", async () => {
    const quick = (await import("../vitest.config.js")).default as { test: { include: string[]; exclude: string[] } };
    const slow = (await import("../vitest.slow.config.js")).default as { test: { include: string[] } };
    expect(quick.test.exclude).toContain("test/**/*.slow.test.ts");
    expect(slow.test.include).toEqual(["test/**/*.slow.test.ts"]);
    const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
    expect(scripts["test:slow"]).toContain("--config vitest.slow.config.ts");
  });

  it(".ci/run checks the sibling folder, installs chromium, runs both suites and sums them", () => {
    const ci = read(".ci/run");
    expect(ci).toContain("git grep -n '\\.\\./shared'");
    expect(ci).toMatch(/apt-get install -y -qq chromium/);
    expect(ci).toContain("npm run test:slow");
    expect(ci).toContain("npm run fixtures -- --check");
    expect(ci).toContain(".vitest-slow-report.json");
    expect(ci).toContain("passed, ${failed} failed");
  });
});
