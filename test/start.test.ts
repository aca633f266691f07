import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { INPUTS, isBuildFresh, OUTPUTS } from '../scripts/build-if-stale.mjs';
import { ROOT, temporaryDirectory } from './support/cli.js';

const here = '[start] ';

/** A project folder with every input and output of the build, each written at the given second. */
function project(times: { inputs: number; outputs: number }): string {
  const root = temporaryDirectory();
  const write = (path: string, time: number) => {
    const file = path.includes('.') ? join(root, path) : join(root, path, 'file.ts');
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, '');
    utimesSync(file, time, time);
  };
  for (const path of INPUTS as string[]) write(path, times.inputs);
  for (const path of OUTPUTS as string[]) write(path, times.outputs);
  return root;
}

describe('npm start', () => {
  it(`${here}builds only when an output is missing or older than an input`, () => {
    // Folders' own times count too (a file added or removed); they are "now", so outputs come later still.
    const later = Date.now() / 1000 + 3600;
    expect(isBuildFresh(project({ inputs: 1_000, outputs: later }))).toBe(true);
    expect(isBuildFresh(project({ inputs: later + 10, outputs: later }))).toBe(false);
    const changed = project({ inputs: 1_000, outputs: later });
    utimesSync(join(changed, 'src/file.ts'), later + 1, later + 1);
    expect(isBuildFresh(changed)).toBe(false);
    const older = project({ inputs: 1_000, outputs: later });
    utimesSync(join(older, 'dist/web/index.html'), 999, 999);
    expect(isBuildFresh(older)).toBe(false);
    const missing = project({ inputs: 1_000, outputs: later });
    rmSync(join(missing, 'generated/graph-validator.js'));
    expect(isBuildFresh(missing)).toBe(false);
  });

  it(`${here}skips the build right after one, and runs through the check`, () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.scripts.start).toMatch(/^node scripts\/build-if-stale\.mjs && /);
    // vitest's global setup has just built the project.
    expect(isBuildFresh()).toBe(true);
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build-if-stale.mjs')], { cwd: ROOT, encoding: 'utf8' });
    expect(run).toMatchObject({ status: 0, stdout: '', stderr: 'citegraph: the build is up to date (npm run build forces one)\n' });
  });
});
