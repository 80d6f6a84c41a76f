#!/usr/bin/env bash
# Checks the package as users get it: the packed tarball's contents, publint, attw, and
# require()/import() from a fresh install of the tarball.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run build --silent
rm -f jsv-codec-*.tgz
tarball=$(npm pack --silent | tail -n 1)
echo "packed $tarball"

echo "== contents"
tar -tzf "$tarball" | sort | tee /tmp/jsv-codec-contents.txt
for required in package/README.md package/LICENSE package/package.json package/dist/index.js package/dist/index.cjs \
  package/dist/index.d.ts package/dist/index.d.cts package/dist/testing.js package/dist/testing.cjs package/dist/client.js package/dist/client.cjs \
  package/dist/client.d.ts package/dist/client.d.cts package/dist/grammar.js package/dist/grammar.cjs \
  package/dist/grammar.d.ts package/dist/grammar.d.cts package/dist/bin.js; do
  grep -qx "$required" /tmp/jsv-codec-contents.txt || { echo "the tarball lacks $required" >&2; exit 1; }
done
unexpected=$(grep -vE '^package/(dist/[^/]+\.(js|cjs|d\.ts|d\.cts)|README\.md|LICENSE|package\.json)$' /tmp/jsv-codec-contents.txt || true)
if [[ -n $unexpected ]]; then
  echo "the tarball holds files it should not:" >&2
  echo "$unexpected" >&2
  exit 1
fi

echo "== no Parsimmon type in a public declaration file"
if tar -xzOf "$tarball" --wildcards 'package/dist/*.d.ts' 'package/dist/*.d.cts' | grep -nE "[\"']parsimmon[\"']|Parsimmon\.[A-Za-z]|\bP\.(Parser|Reply|Result|Language|Index)\b"; then
  echo "a declaration file mentions Parsimmon" >&2
  exit 1
fi

echo "== publint --strict"
npx --no-install publint --strict "$tarball"

echo "== attw --profile node16"
npx --no-install attw "$tarball" --profile node16

echo "== require and import from an installed tarball"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$tarball" "$work/"
(
  cd "$work"
  npm init -y >/dev/null
  npm install --no-audit --no-fund --prefer-offline "./$tarball" >/dev/null 2>&1
  node -e '
    const j = require("jsv-codec");
    const t = j.stringify({ a: "x,y", b: [1, null] });
    if (t !== "{a:\"x,y\",b:[1,]}") throw new Error("require: " + t);
    console.log("require ok:", t);
    const { grammar } = require("jsv-codec/grammar");
    if (JSON.stringify(j.parse("{a:[b,]}", { reader: grammar })) !== "{\"a\":[\"b\",null]}") throw new Error("require grammar");
    console.log("require jsv-codec/grammar ok");
  '
  node --input-type=module -e '
    const j = await import("jsv-codec");
    const v = j.parse("{a:\"x,y\",b:[1,]}");
    if (v.a !== "x,y" || v.b[1] !== null) throw new Error("import: " + JSON.stringify(v));
    console.log("import ok:", JSON.stringify(v));
    const { grammar } = await import("jsv-codec/grammar");
    if (JSON.stringify(j.parse("{a:[b,]}", { reader: grammar })) !== "{\"a\":[\"b\",null]}") throw new Error("import grammar");
    console.log("import jsv-codec/grammar ok");
  '
  ./node_modules/.bin/jsv --version
)
rm -f "$tarball"
echo "package checks passed"
