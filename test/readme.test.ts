import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

// The README says what is true now (issue 8 item 8); each check names the claim it guards.
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { exports: Record<string, unknown>; scripts: Record<string, string> };

describe("README", () => {
  test("the fixtures' sizes are their own: 260 KB and 26 MB, not 300 KB and 30 MB", () => {
    expect(readme).toContain("`sessions-100.jsv` (260 KB)");
    expect(readme).toContain("`sessions-10000.jsv` (26 MB)");
    expect(readme).not.toMatch(/\| 300 KB \||\| 30 MB \||for 300 KB|the 300 KB document|the 30 MB document/);
  });

  test("no speed claim but the measured one: no fixed '2 to 4 times'", () => {
    expect(readme).not.toMatch(/2 to 4 times/);
  });

  test("code generation is not said to be forbidden", () => {
    expect(readme).not.toMatch(/house\s+rules\s+forbid/);
  });

  test("every entry in package.json exports is documented", () => {
    for (const path of Object.keys(pkg.exports).filter((p) => p !== "./package.json")) {
      expect(readme).toContain(`\`jsv-codec${path.slice(1)}\``);
    }
    expect(readme).toContain('import { grammar } from "jsv-codec/grammar"');
  });

  test("every npm script is in the Development table", () => {
    const development = readme.slice(readme.indexOf("## Development"));
    for (const script of ["test", "test:slow", "bench", "fixtures", "check:package", "typecheck", "size"]) {
      expect(Object.keys(pkg.scripts)).toContain(script);
      expect(development).toContain(script === "test" ? "`npm test`" : `\`npm run ${script}\``);
    }
  });

  test("the bundle-size table has the four figures the issue asks for", () => {
    for (const row of ["encode only", "decode only", "everything in `jsv-codec`", "`jsv-codec/grammar`"]) {
      expect(readme).toMatch(new RegExp(`\\| ${row.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}[^|]*\\| [\\d.]+ KB \\| [\\d.]+ KB \\|`));
    }
  });

  test("says where the vectors live and how they are kept", () => {
    expect(readme).toContain("test/vectors/");
    expect(readme).toContain("SHA256SUMS");
  });
});
