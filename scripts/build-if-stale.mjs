#!/usr/bin/env node
// `npm start` builds only when the build is missing or older than its inputs, so that
// `npm install && npm start` (whose install already built) does not build twice.
//
//   node scripts/build-if-stale.mjs           # npm run build when stale, else one line saying it is fresh
//   node scripts/build-if-stale.mjs --check   # exit 0 when fresh, 1 when stale; builds nothing
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What the build reads: sources, the explorer, the schema, and the manifests and configs. */
export const INPUTS = ['src', 'web/src', 'web/index.html', 'web/vite.config.ts', 'web/tsconfig.json', 'schema', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** What the build writes, each step's last file among them; all must exist. */
export const OUTPUTS = ['generated/graph-validator.js', 'dist/cli.js', 'dist/index.js', 'dist/extract/lexicon/default.json', 'dist/web/index.html'];

/** The newest modification time under a path (recursively), or undefined when it does not exist. */
function newest(path) {
  let info;
  try {
    info = statSync(path);
  } catch {
    return undefined;
  }
  if (!info.isDirectory()) return info.mtimeMs;
  let latest = info.mtimeMs;
  for (const name of readdirSync(path)) latest = Math.max(latest, newest(join(path, name)) ?? 0);
  return latest;
}

/** Whether every output exists and none is older than the newest input. */
export function isBuildFresh(root = ROOT) {
  const built = OUTPUTS.map((path) => newest(join(root, path)));
  if (built.some((time) => time === undefined)) return false;
  const changed = Math.max(0, ...INPUTS.map((path) => newest(join(root, path)) ?? 0));
  return Math.min(...built) >= changed;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (process.argv.includes('--check')) {
    process.exitCode = isBuildFresh() ? 0 : 1;
  } else if (isBuildFresh()) {
    process.stderr.write('citegraph: the build is up to date (npm run build forces one)\n');
  } else {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
  }
}
