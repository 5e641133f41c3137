#!/usr/bin/env node
// The `declcheck` command. A committed file (not the compiled one) so that npm can link it at install time,
// before the library is built.
import { main } from '../dist/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`declcheck: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
