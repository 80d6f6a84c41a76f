#!/usr/bin/env node
import { cli, nodeIO } from "./cli.js";

cli(process.argv.slice(2), nodeIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`jsv: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
