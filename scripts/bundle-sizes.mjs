#!/usr/bin/env node
// What jsv-codec adds to a browser bundle: each program below is bundled from the built
// package (run `npm run build` first) by esbuild, minified for the browser, and measured
// as is and gzipped (level 9). `--json` prints the figures for machines.
import { gzipSync } from "node:zlib";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const programs = [
  { name: "encode only (HoldSession.encode)", code: 'import { HoldSession } from "jsv-codec"; export const run = (v) => HoldSession.encode(v);' },
  { name: "decode only (HoldSession.decode)", code: 'import { HoldSession } from "jsv-codec"; export const run = (t) => HoldSession.decode(t);' },
  { name: "parse only", code: 'import { parse } from "jsv-codec"; export const run = (t) => parse(t);' },
  { name: "everything (jsv-codec)", code: 'export * from "jsv-codec";' },
  { name: "grammar (jsv-codec/grammar, with Parsimmon)", code: 'export * from "jsv-codec/grammar";' },
  { name: "parse with the grammar", code: 'import { parse } from "jsv-codec"; import { grammar } from "jsv-codec/grammar"; export const run = (t) => parse(t, { reader: grammar });' },
];

/** Bundles one program; gives its minified and gzipped sizes, and whether Parsimmon is in it. */
export async function measure(code) {
  const result = await build({
    stdin: { contents: code, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    write: false,
    format: "esm",
    platform: "browser",
    target: "es2022",
    metafile: true,
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0].contents;
  return {
    minified: bytes.length,
    gzipped: gzipSync(bytes, { level: 9 }).length,
    parsimmon: Object.keys(result.metafile.inputs).some((f) => f.includes("node_modules/parsimmon/")),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = [];
  for (const p of programs) rows.push({ name: p.name, ...(await measure(p.code)) });
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(rows, null, 2));
  } else {
    const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
    console.log("| bundle | minified | gzipped | Parsimmon |\n|---|---:|---:|---|");
    for (const r of rows) console.log(`| ${r.name} | ${kb(r.minified)} | ${kb(r.gzipped)} | ${r.parsimmon ? "yes" : "no"} |`);
  }
}
