#!/usr/bin/env node
// `npm run build`, after tsc: bundles the CLI and its worker threads into one file each
// (dist/cli.js, dist/worker.js, dist/read-worker.js, dist/layout-worker.js), over tsc's modules of
// the same names, from which they are made: run it after tsc only. Node 20 keeps no compile cache,
// so a process that starts from 170 small modules spends about a quarter of a small run resolving,
// reading and compiling them one by one; from one file it does not (README, Speed). The other
// modules (dist/index.js, the library) stay as tsc wrote them. Packages loaded with `createRequire`
// (compromise, the word lists, YAML, TOML, linkedom, Readability) stay outside, and load from
// node_modules when a run needs them.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));

// Packages only some commands use (GEXF and GraphML output, the server, the progress bar): a bundle
// would hold their code (1 MB, most of it XML libraries), which every run would parse. They stay outside and are
// required from node_modules when the module that uses them first runs, as the modules of tsc's build do.
const LOAD_WHEN_USED = ['graphology-gexf', 'xmlbuilder2', 'sirv', 'cli-progress'];

/** Stands each of LOAD_WHEN_USED in for a CommonJS module that requires the package itself, at run time. */
const loadWhenUsed = {
  name: 'load-when-used',
  setup(build) {
    const filter = new RegExp(`^(?:${LOAD_WHEN_USED.join('|')})$`);
    build.onResolve({ filter }, ({ path, namespace }) => (namespace === 'load-when-used' ? { path, external: true } : { path, namespace: 'load-when-used' }));
    build.onLoad({ filter: /.*/, namespace: 'load-when-used' }, ({ path }) => ({ contents: `module.exports = require(${JSON.stringify(path)});`, loader: 'js' }));
  },
};
const ENTRIES = ['cli', 'worker', 'read-worker', 'layout-worker'];

await build({
  entryPoints: ENTRIES.map((name) => `${DIST}${name}.js`),
  outdir: DIST,
  allowOverwrite: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // esbuild's tables give Node 20 no Unicode property escapes (\p{L}), so it would rewrite each such literal as
  // `new RegExp(…)`: a new object on every call, in the hottest functions. Node has had them since 10.
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: true,
  logLevel: 'warning',
  plugins: [loadWhenUsed],
  // The CommonJS packages inside call require() for Node's own modules (events, fs).
  banner: { js: "import { createRequire as bundleRequire } from 'node:module';\nconst require = bundleRequire(import.meta.url);" },
});
