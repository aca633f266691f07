/**
 * `npm run screenshot`: the README's picture of the explorer. Extracts data/
 * as `npm start` does, serves it, selects Huawei in headless Chromium and
 * saves web/screenshot.png.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../src/serve/server.js';
import { launchChromium } from '../test/support/browser.js';

const root = resolve(import.meta.dirname, '..');
const output = join(root, 'web/screenshot.png');
const work = mkdtempSync(join(tmpdir(), 'citegraph-screenshot-'));
const graph = join(work, 'graph.json');
execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'extract', join(root, 'data'), '-o', graph, '-q']);
const server = await startServer({ graph });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
  await page.goto(`${server.url}#node=${encodeURIComponent('entity:huawei')}`);
  await page.waitForFunction(() => performance.getEntriesByName('citegraph:frame').length > 0);
  // Let the camera's move to the selection end before the picture.
  await page.waitForTimeout(800);
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
