import { createHash } from "node:crypto";
import { readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { VECTORS, vectorBytes, vectorLines } from "./conformance.js";

// test/vectors/SHA256SUMS lists every vector file as recorded, by its original name; a copy
// that was edited, truncated or lost fails here with its name.
const sums = vectorBytes("SHA256SUMS")
  .toString("utf8")
  .split("\n")
  .filter((line) => line !== "")
  .map((line) => {
    const [sum, file] = line.split(/ {2}/) as [string, string];
    return { sum, file };
  });

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [relative(VECTORS, path)];
  });
}

describe("test/vectors", () => {
  it("lists the conformance, gallery, seed, metadata and reference files", () => {
    const listed = sums.map((s) => s.file);
    for (const file of ["HoldSession.jsonl", "SessionInfo.jsonl", "edge-cases.jsonl", "gallery/README.md", "gallery/AllTypes.jsonl", "seed/session-info.sample.jsv", "metadata/blazor-gallery.app.json", "reference/servicestack-http.md", "reference/servicestack-wire.jsonl", "reference/servicestack-routes.jsonl"]) {
      expect(listed).toContain(file);
    }
  });

  it.each(sums)("$file is byte for byte the recorded file", ({ file, sum }) => {
    expect(createHash("sha256").update(vectorBytes(file)).digest("hex"), file).toBe(sum);
  });

  it("holds nothing the checksum list does not name", () => {
    const listed = new Set(sums.flatMap((s) => [s.file, `${s.file}.gz`]));
    const extra = filesUnder(VECTORS).filter((f) => f !== "SHA256SUMS" && f !== "README.md" && !listed.has(f));
    expect(extra).toEqual([]);
  });

  it("reads every line of the gzipped SessionInfo vectors", () => {
    expect(vectorLines<{ id: string }>("SessionInfo.jsonl").length).toBeGreaterThan(100);
  });
});
