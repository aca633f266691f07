/**
 * `npm run screenshot`: the README's picture of the explorer. Extracts the
 * Rust blog corpus (../shared/corpus/rust-blog, or the folder given), serves
 * it, colours it by community and selects the Rust Foundation in headless
 * Chromium, and saves web/screenshot.png.
 *
 *   npm run screenshot
 *   npm run screenshot -- path/to/documents
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startServer } from '../src/serve/server.js';
import { launchChromium } from '../test/support/browser.js';

const root = resolve(import.meta.dirname, '..');
const corpus = resolve(process.argv[2] ?? join(root, '../shared/corpus/rust-blog'));
const SELECTED = 'entity:rust foundation';
if (!existsSync(corpus)) {
  process.stderr.write(`screenshot: ${corpus}: no such folder; give the documents to picture as an argument\n`);
  process.exit(1);
}
const output = join(root, 'web/screenshot.png');
const work = mkdtempSync(join(tmpdir(), 'citegraph-screenshot-'));
const graph = join(work, 'graph.json');
execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'extract', corpus, '-o', graph, '-q']);
const server = await startServer({ graph });
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('citegraph:frame').length > 0, null, { timeout: 120_000 });
  await page.locator('#color-by').selectOption('community');
  await page.goto(`${server.url}#node=${encodeURIComponent(SELECTED)}`);
  // Let the camera's move to the selection end, and sigma draw the edges again, before the picture.
  await page.waitForTimeout(3000);
  await page.mouse.move(1, 1);
  await page.screenshot({ path: output });
  console.log(`wrote ${output}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
