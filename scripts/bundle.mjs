#!/usr/bin/env node
// `npm run build`, after tsc: bundles the CLI and its worker threads into one file each
// (dist/cli.js, dist/worker.js, dist/read-worker.js, dist/layout-worker.js, over tsc's modules of the same names, from
// which they are made). Node 20 keeps no compile cache, so a process that starts from 170 small
// modules spends about a fifth of a small run resolving, reading and compiling them one by one;
// from one file it does not (README, Speed). The other modules (dist/index.js, the library) stay
// as tsc wrote them. Packages loaded with `createRequire` (compromise, the word lists, YAML, TOML,
// linkedom, Readability) stay outside, and load from node_modules when a run needs them.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const ENTRIES = ['cli', 'worker', 'read-worker', 'layout-worker'];

await build({
  entryPoints: ENTRIES.map((name) => `${DIST}${name}.js`),
  outdir: DIST,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  // The CommonJS packages inside call require() for Node's own modules (events, fs).
  banner: { js: "import { createRequire as bundleRequire } from 'node:module';\nconst require = bundleRequire(import.meta.url);" },
});
