import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORY_COLORS, SOURCE_COLOR } from '../src/graph/style.js';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { countPixels, graphScreenshot, launchChromium, layerInk, openExplorer, selectionPoint } from './support/browser.js';
import { citegraph, SAMPLE, temporaryDirectory } from './support/cli.js';
import { serveSite } from './support/static.js';

const here = '[explorer] ';
const HUAWEI = 'entity:huawei';
const HOSTILE_LABEL = '<img src=x onerror="window.__pwned = \'label\'">';
const HOSTILE_URL = "javascript:window.__pwned='url'";

const dir = temporaryDirectory();
const sampleGraph = join(dir, 'sample.json');
const hostileGraph = join(dir, 'hostile.json');
let browser: Browser;
let served: RunningServer;
let empty: RunningServer;
let site: Awaited<ReturnType<typeof serveSite>>;
let hostileSite: Awaited<ReturnType<typeof serveSite>>;

/**
 * The sample's graph with a document's worst that the schema lets through: markup as a name,
 * a script URL as a source's label and anchor, a script as a sentence. (A script URL as a
 * source's `url` is refused by the schema itself: see the bad-file test.)
 */
function writeHostileGraph(): void {
  const graph = JSON.parse(readFileSync(sampleGraph, 'utf8'));
  for (const node of graph.nodes) {
    if (node.key === HUAWEI) Object.assign(node.attributes, { label: HOSTILE_LABEL, aliases: [HOSTILE_LABEL, '<b>bold</b>'] });
    if (node.attributes.kind === 'source') Object.assign(node.attributes, { label: "javascript:alert('source')", anchors: [HOSTILE_URL] });
  }
  for (const edge of graph.edges) {
    if (edge.attributes.kind === 'cites') for (const quote of edge.attributes.evidence) quote.sentence = `<script>window.__pwned = 'sentence'</script>${quote.sentence}`;
  }
  writeFileSync(hostileGraph, JSON.stringify(graph));
}

beforeAll(async () => {
  expect(citegraph(['extract', SAMPLE, '-o', sampleGraph, '-q']).status).toBe(0);
  writeHostileGraph();
  [browser, served, empty, site, hostileSite] = await Promise.all([
    launchChromium(),
    startServer({ graph: sampleGraph }),
    startServer(),
    serveSite(sampleGraph, join(dir, 'site'), '/docs/graphs/rust/'),
    serveSite(hostileGraph, join(dir, 'hostile-site'), '/hostile/'),
  ]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), served?.close(), empty?.close(), site?.close(), hostileSite?.close()]);
});

const open = (url: string) => openExplorer(browser, url);

/** Served without a graph, ./graph.json answers 404 by design, and Chromium logs it. */
const withoutGraph404 = (errors: string[]) => errors.filter((error) => error !== 'console: Failed to load resource: the server responded with a status of 404 (Not Found)');

async function search(page: Page, text: string): Promise<void> {
  await page.locator('#search').fill(text);
  await page.locator('#suggestions li').first().waitFor();
  await page.keyboard.press('Enter');
}

describe.each([
  ['the server', () => served.url],
  ['a static site under a sub-path', () => site.url],
])('the explorer from %s', (_name, url) => {
  it(`${here}draws the graph, coloured by category, without page errors`, async () => {
    const { page, errors, phase } = await open(url());
    expect(phase).toBe('shown');
    const png = await graphScreenshot(page);
    expect(await countPixels(browser, png, CATEGORY_COLORS.product)).toBeGreaterThan(100);
    expect(await countPixels(browser, png, SOURCE_COLOR)).toBeGreaterThan(100);
    await expect(page.locator('#categories label').first().textContent()).resolves.toMatch(/person/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it(`${here}finds "Huawei" and shows a visible link to its cnbc.com source`, async () => {
    const { page, errors } = await open(url());
    await search(page, 'Huawei');
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('Huawei');
    const link = page.locator('#panel a[href*="cnbc.com"]');
    expect(await link.isVisible()).toBe(true);
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/cnbc\.com\/2025\/06\/10\/huawei-chips/);
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    await expect(page.locator('#panel .evidence').first().textContent()).resolves.toMatch(/Huawei investing massively/);
    expect(new URL(page.url()).hash).toBe(`#node=${encodeURIComponent(HUAWEI)}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it(`${here}restores the selection from a #node= link`, async () => {
    const { page } = await open(`${url()}#node=${encodeURIComponent('entity:united states')}`);
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('United States');
    await expect(page.locator('#panel dd').nth(2).textContent()).resolves.toBe('USA · U.S.');
    await page.close();
  });
});

describe('the explorer', () => {
  it(`${here}suggests entities by alias and selects the one picked`, async () => {
    const { page } = await open(served.url);
    await page.locator('#search').fill('u.s.');
    const suggestion = page.locator('#suggestions li').first();
    await expect(suggestion.textContent()).resolves.toBe('United StatesU.S.entity');
    await suggestion.click();
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('United States');
    await page.locator('#panel button.node-link', { hasText: 'Huawei' }).click();
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('Huawei');
    expect(new URL(page.url()).hash).toBe(`#node=${encodeURIComponent(HUAWEI)}`);
    await page.close();
  });

  it(`${here}runs nothing from a hostile graph and links no javascript: URL`, async () => {
    const { page, errors } = await open(hostileSite.url);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.locator('#search').fill('<img');
    await expect(page.locator('#suggestions li span').first().textContent()).resolves.toBe(HOSTILE_LABEL);
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel h2').textContent()).resolves.toBe(HOSTILE_LABEL);
    await expect(page.locator('#panel dd').nth(2).textContent()).resolves.toBe('<b>bold</b>');
    await expect(page.locator('#panel .evidence q').first().textContent()).resolves.toMatch(/^<script>window.__pwned = 'sentence'<\/script>/);
    await page.goto(`${hostileSite.url}#node=${encodeURIComponent('source:https://cnbc.com/2025/06/10/huawei-chips-are-one-generation-behind-us-but-firm-finding-workarounds-ceo-says.html')}`);
    // Only the hash changed: the page selects the source on hashchange, after goto returns.
    await page.locator('#panel h2', { hasText: "javascript:alert('source')" }).waitFor();
    expect(await page.locator('#panel dd').first().textContent()).toBe('https://cnbc.com/2025/06/10/huawei-chips-are-one-generation-behind-us-but-firm-finding-workarounds-ceo-says.html');
    expect(await page.evaluate(() => document.querySelectorAll('img, script:not([src]), b, a[href^="javascript:" i]').length)).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it(`${here}asks for a graph when served without one, and opens a chosen file`, async () => {
    const { page, errors, phase } = await open(empty.url);
    expect(phase).toBe('none');
    expect(await page.locator('#prompt').isVisible()).toBe(true);
    await page.locator('#file').setInputFiles(sampleGraph);
    await page.waitForFunction(() => document.documentElement.dataset.graph === 'shown');
    expect(await page.locator('#prompt').isVisible()).toBe(false);
    await expect(page.locator('#stats').textContent()).resolves.toBe("31 nodes, 89 edges shown");
    expect(withoutGraph404(errors)).toEqual([]);
    await page.close();
  });

  it(`${here}shows one clear line for a file that is not a citegraph graph and keeps the graph shown`, async () => {
    const { page } = await open(served.url);
    const choose = (name: string, content: string) => page.locator('#file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(content) });
    // The file is read asynchronously: wait for the line to show, then check all of it.
    const errorLine = async (start: string) => {
      await page.locator('#error', { hasText: start }).waitFor({ state: 'visible' });
      return page.locator('#error').textContent();
    };
    await choose('broken.json', '{"nodes": [');
    expect(await errorLine('broken.json:')).toMatch(/^broken\.json: not valid JSON \([^\n]+\)$/);
    await choose('v2.json', JSON.stringify({ ...JSON.parse(readFileSync(sampleGraph, 'utf8')), attributes: { name: 'citegraph', schemaVersion: 2 } }));
    expect(await errorLine('v2.json:')).toBe('v2.json: not a citegraph graph (schema 1): attributes.schemaVersion is 2, expected 1');
    const scriptUrl = JSON.parse(readFileSync(sampleGraph, 'utf8'));
    const source = scriptUrl.nodes.findIndex((n: { attributes: { kind: string } }) => n.attributes.kind === 'source');
    scriptUrl.nodes[source].attributes.url = HOSTILE_URL;
    await choose('script-url.json', JSON.stringify(scriptUrl));
    expect(await errorLine('script-url.json:')).toMatch(new RegExp(`^script-url\\.json: not a citegraph graph \\(schema 1\\): nodes\\[${source}\\]\\.attributes\\.url is "javascript:`));
    expect(await page.evaluate(() => document.querySelectorAll('a[href^="javascript:" i]').length)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.dataset.graph)).toBe('shown');
    await page.close();
  });

  it(`${here}opens a graph file dropped on the page`, async () => {
    const { page, errors } = await open(empty.url);
    const text = readFileSync(sampleGraph, 'utf8');
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      return data;
    }, text);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    expect(await page.locator('#drop-overlay').isVisible()).toBe(true);
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await page.waitForFunction(() => document.documentElement.dataset.graph === 'shown');
    expect(await page.locator('#drop-overlay').isVisible()).toBe(false);
    await search(page, 'Huawei');
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('Huawei');
    expect(withoutGraph404(errors)).toEqual([]);
    await page.close();
  });

  it(`${here}highlights a hovered node's neighbourhood and fades the rest`, async () => {
    const { page } = await open(served.url);
    // China is a neighbour of Rust: over the veil that fades the rest, it keeps its colour.
    const places = async () => countPixels(browser, await graphScreenshot(page), CATEGORY_COLORS.place);
    const canvas = await page.locator('#graph canvas.sigma-focus').evaluate((node: HTMLCanvasElement) => node.width * node.height);
    // Selecting centres the camera on the node; closing the panel leaves it there, with nothing highlighted.
    await search(page, 'Rust');
    await page.waitForTimeout(700);
    const rust = await selectionPoint(page);
    await page.locator('#panel-close').click();
    await page.mouse.move(5, 5);
    const before = await places();
    expect(await layerInk(page, 'focus')).toBe(0);
    await page.mouse.move(rust.x, rust.y);
    expect(await layerInk(page, 'focus')).toBe(canvas);
    expect(await places()).toBeGreaterThan(20);
    await page.mouse.move(5, 5);
    expect(await layerInk(page, 'focus')).toBe(0);
    expect(await places()).toBe(before);
    await page.close();
  });

  it(`${here}hides sources with their filter and brings them back`, async () => {
    const { page } = await open(served.url);
    // Exact colour: grey edges of antialiased label text come close to the sources' grey.
    const sourcePixels = async () => countPixels(browser, await graphScreenshot(page), SOURCE_COLOR, 1);
    const before = await sourcePixels();
    // The camera fits what is shown after each change: back where it was, the picture is the same.
    const settle = async () => {
      await page.waitForTimeout(700);
      await page.locator('#reset').click();
      await page.waitForTimeout(700);
    };
    await page.locator('#filter-source').uncheck();
    await settle();
    expect(await sourcePixels()).toBeLessThan(before / 10);
    await page.locator('#filter-source').check();
    await settle();
    expect(await sourcePixels()).toBe(before);
    await page.close();
  });

  it(`${here}runs ForceAtlas2 in a worker under the server's CSP and stops it`, async () => {
    const { page, errors } = await open(served.url);
    const before = await page.locator('#graph').screenshot();
    await page.locator('#layout').click();
    expect(await page.locator('#layout').getAttribute('aria-pressed')).toBe('true');
    await page.waitForTimeout(1500);
    await page.locator('#layout').click();
    await expect(page.locator('#layout').textContent()).resolves.toBe('Run layout');
    const after = await page.locator('#graph').screenshot();
    expect(after.equals(before)).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it(`${here}exports the current view as a PNG file`, async () => {
    const { page, errors } = await open(served.url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
    expect(download.suggestedFilename()).toBe('graph.png');
    const png = readFileSync((await download.path())!);
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    expect(await countPixels(browser, png, CATEGORY_COLORS.product)).toBeGreaterThan(100);
    // With a selection, the PNG has its neighbourhood drawn in front, and the ring around it.
    await search(page, 'Huawei');
    await page.waitForTimeout(700);
    const [selected] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
    const ring = '#1f2933';
    expect(await countPixels(browser, png, ring)).toBe(0);
    expect(await countPixels(browser, readFileSync((await selected.path())!), ring)).toBeGreaterThan(20);
    expect(errors).toEqual([]);
    await page.close();
  });
});
