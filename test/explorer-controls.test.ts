import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SerializedCitegraph } from '../src/graph/schema.js';
import { CATEGORY_COLORS, DOCUMENT_COLOR, SOURCE_COLOR } from '../src/graph/style.js';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { COMMUNITY_PALETTE } from '../web/src/view.js';
import { countPixels, graphScreenshot, inkBounds, launchChromium, layerInk, openExplorer, selectionPoint } from './support/browser.js';
import { citegraph, SAMPLE, temporaryDirectory } from './support/cli.js';
import { serveSite } from './support/static.js';
import { syntheticGraph } from './support/synthetic.js';

const here = '[explorer controls] ';
const ENTITY_COLORS = Object.values(CATEGORY_COLORS);
const NODE_COLORS = [...ENTITY_COLORS, SOURCE_COLOR, DOCUMENT_COLOR];
// The camera moves (fit, zoom, reset) take 400 ms.
const CAMERA_SETTLED = 700;
const TABLE_CELL = 'types (Name 0), lang (Name 3)';
const SHARED_SENTENCE = 'Name 0 announced both projects in one post.';
/** A table cell quoted with its row; the row's last cell is markup and a script URL, which must stay text. */
const ROW_CELL = 'Name 0 (lead)';
const HOSTILE_CELL = '<img src=x onerror="window.__pwned = 1"> javascript:alert(1) https://evil.example';
const ROW = { column: 1, cells: [{ header: 'Team', text: 'lang' }, { header: 'Lead', text: ROW_CELL }, { text: HOSTILE_CELL }] };

const dir = temporaryDirectory();
const sampleFile = join(dir, 'sample.json');
const bigFile = join(dir, 'big.json');
let sample: SerializedCitegraph;
let big: SerializedCitegraph;
let browser: Browser;
let servers: { close: () => Promise<void> }[] = [];
const urls: Record<string, { sample: string; big: string }> = {};

/** Above 2,000 nodes (and 1 MB: checked after its first frame); its biggest entity, Name 0, cited in two table cells (one with its row) and twice in one sentence. */
function writeBigGraph(): void {
  big = syntheticGraph(2_100, 7);
  const cites = big.edges.filter((edge) => edge.attributes.kind === 'cites' && edge.source === 'entity:name 0');
  expect(cites.length).toBeGreaterThanOrEqual(4);
  const evidence = (edge: (typeof cites)[number]) => (edge.attributes.kind === 'cites' ? edge.attributes.evidence : []);
  evidence(cites[0]!)[0]!.sentence = TABLE_CELL;
  evidence(cites[1]!)[0]!.sentence = SHARED_SENTENCE;
  evidence(cites[2]!)[0]!.sentence = SHARED_SENTENCE;
  Object.assign(evidence(cites[3]!)[0]!, { sentence: ROW_CELL, row: ROW });
  writeFileSync(bigFile, JSON.stringify(big));
}

beforeAll(async () => {
  expect(citegraph(['extract', SAMPLE, '-o', sampleFile, '-q']).status).toBe(0);
  sample = JSON.parse(readFileSync(sampleFile, 'utf8'));
  writeBigGraph();
  let sampleServer: RunningServer, bigServer: RunningServer;
  let sampleSite: { url: string; close: () => Promise<void> }, bigSite: { url: string; close: () => Promise<void> };
  [browser, sampleServer, bigServer, sampleSite, bigSite] = await Promise.all([
    launchChromium(),
    startServer({ graph: sampleFile }),
    startServer({ graph: bigFile }),
    serveSite(sampleFile, join(dir, 'sample-site'), '/sample/'),
    serveSite(bigFile, join(dir, 'big-site'), '/big/'),
  ]);
  servers = [sampleServer, bigServer, sampleSite, bigSite];
  urls.server = { sample: sampleServer.url, big: bigServer.url };
  urls.site = { sample: sampleSite.url, big: bigSite.url };
});

afterAll(async () => {
  await Promise.all([browser?.close(), ...servers.map((server) => server.close())]);
});

/** What the stats line should say when `nodes` are shown: edges between them whose kind is shown. */
function statsFor(graph: SerializedCitegraph, nodes: ReadonlySet<string>, hiddenEdgeKinds: readonly string[] = []): string {
  const edges = graph.edges.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target) && !hiddenEdgeKinds.includes(edge.attributes.kind)).length;
  const of = (shown: number, total: number) => (shown === total ? total.toLocaleString('en') : `${shown.toLocaleString('en')} of ${total.toLocaleString('en')}`);
  return `${of(nodes.size, graph.nodes.length)} nodes, ${of(edges, graph.edges.length)} edges shown`;
}

/** Nodes within `depth` steps of `start`. */
function neighbourhood(graph: SerializedCitegraph, start: string, depth: number): Set<string> {
  const found = new Set([start]);
  for (let step = 0; step < depth; step++) {
    for (const edge of graph.edges.filter((e) => found.has(e.source) || found.has(e.target))) {
      found.add(edge.source);
      found.add(edge.target);
    }
  }
  return found;
}

const nodesOf = (graph: SerializedCitegraph, keep: (kind: string) => boolean) => new Set(graph.nodes.filter((node) => keep(node.attributes.kind)).map((node) => node.key));
const stats = (page: Page) => page.locator('#stats').textContent();
const entityPixels = async (page: Page) => countPixels(browser, await graphScreenshot(page), ENTITY_COLORS);

async function search(page: Page, text: string): Promise<void> {
  await page.locator('#search').fill(text);
  await page.locator('#suggestions li[role="option"]').first().waitFor();
  await page.keyboard.press('Enter');
}

describe.each(['server', 'site'])('the explorer\'s controls, from a %s', (host) => {
  const open = async (graph: 'sample' | 'big', hash = '') => openExplorer(browser, `${urls[host]![graph]}${hash}`);

  it(`${here}opens a graph of more than 2,000 nodes on entities only, sources and documents one tick away`, async () => {
    const { page, errors } = await open('big');
    expect(await page.locator('#filter-source').isChecked()).toBe(false);
    expect(await page.locator('#filter-document').isChecked()).toBe(false);
    await expect(stats(page)).resolves.toBe(statsFor(big, nodesOf(big, (kind) => kind === 'entity')));
    await page.locator('#filter-source').check();
    await expect(stats(page)).resolves.toBe(statsFor(big, nodesOf(big, (kind) => kind !== 'document')));
    expect(errors).toEqual([]);
    await page.close();
  });

  it(`${here}counts what the node, edge and mention filters leave shown`, async () => {
    const { page } = await open('sample');
    await expect(stats(page)).resolves.toBe('31 nodes, 89 edges shown');
    await page.locator('#filter-source').uncheck();
    const withoutSources = nodesOf(sample, (kind) => kind !== 'source');
    await expect(stats(page)).resolves.toBe(statsFor(sample, withoutSources));
    await page.locator('#filter-edge-cooccurs').uncheck();
    await expect(stats(page)).resolves.toBe(statsFor(sample, withoutSources, ['cooccurs']));
    await page.locator('#filter-source').check();
    await page.locator('#filter-edge-cooccurs').check();
    await expect(stats(page)).resolves.toBe('31 nodes, 89 edges shown');
    // The slider's second step: entities with at least the second smallest mention count.
    const counts = [...new Set(sample.nodes.map((node) => (node.attributes.kind === 'entity' ? node.attributes.mentions : 0)).filter(Boolean))].sort((a, b) => a - b);
    await page.locator('#min-mentions').fill('1');
    await expect(page.locator('#min-mentions-value').textContent()).resolves.toBe(String(counts[1]));
    const mentioned = new Set(sample.nodes.filter((node) => node.attributes.kind !== 'entity' || node.attributes.mentions >= counts[1]!).map((node) => node.key));
    await expect(stats(page)).resolves.toBe(statsFor(sample, mentioned));
    await page.close();
  });

  it(`${here}shows only the selection and its neighbours to depth 1 or 2, and fits the camera to them`, async () => {
    const { page } = await open('sample');
    await page.locator('#depth').selectOption('1');
    expect(await page.locator('#depth-hint').isVisible()).toBe(true);
    await search(page, 'Quickwit');
    await expect(stats(page)).resolves.toBe(statsFor(sample, neighbourhood(sample, 'entity:quickwit', 1)));
    await page.waitForTimeout(CAMERA_SETTLED);
    const box = await inkBounds(browser, await graphScreenshot(page));
    expect(Math.max(box.right - box.left, box.bottom - box.top), JSON.stringify(box)).toBeGreaterThan(0.5);
    await page.locator('#depth').selectOption('2');
    await expect(stats(page)).resolves.toBe(statsFor(sample, neighbourhood(sample, 'entity:quickwit', 2)));
    await page.locator('#depth').selectOption('0');
    await expect(stats(page)).resolves.toBe('31 nodes, 89 edges shown');
    await page.close();
  });

  it(`${here}colours by community, with a legend naming each community by its top entities`, async () => {
    const { page } = await open('sample');
    expect(await page.locator('#communities').isVisible()).toBe(false);
    await page.locator('#color-by').selectOption('community');
    expect(await page.locator('#communities').isVisible()).toBe(true);
    // The biggest community of the sample holds China (5 mentions), Huawei and United States (3 each).
    await expect(page.locator('#community-list li').first().textContent()).resolves.toMatch(/^China, Huawei, United States\d+$/);
    expect(await countPixels(browser, await graphScreenshot(page), COMMUNITY_PALETTE[0]!)).toBeGreaterThan(100);
    await page.locator('#color-by').selectOption('category');
    expect(await countPixels(browser, await graphScreenshot(page), COMMUNITY_PALETTE[0]!)).toBe(await countPixels(browser, await graphScreenshot(page), CATEGORY_COLORS.organization));
    await page.close();
  });

  it(`${here}sizes nodes by mentions, PageRank or degree`, async () => {
    const { page } = await open('sample');
    const byMentions = await entityPixels(page);
    await page.locator('#size-by').selectOption('degree');
    const byDegree = await entityPixels(page);
    expect(byDegree).not.toBe(byMentions);
    await page.locator('#size-by').selectOption('pagerank');
    expect(await entityPixels(page)).not.toBe(byDegree);
    await page.locator('#size-by').selectOption('mentions');
    expect(await entityPixels(page)).toBeCloseTo(byMentions, -2);
    await page.close();
  });

  it(`${here}zooms in and out, fits and resets the camera with its buttons`, async () => {
    const { page } = await open('sample');
    const start = await graphScreenshot(page);
    const before = await entityPixels(page);
    await page.locator('#zoom-in').click();
    await page.waitForTimeout(CAMERA_SETTLED);
    const zoomedIn = await entityPixels(page);
    expect(zoomedIn).toBeGreaterThan(before);
    await page.locator('#zoom-out').click();
    await page.locator('#zoom-out').click();
    await page.waitForTimeout(CAMERA_SETTLED);
    expect(await entityPixels(page)).toBeLessThan(zoomedIn);
    await page.locator('#fit').click();
    await page.waitForTimeout(CAMERA_SETTLED);
    const box = await inkBounds(browser, await graphScreenshot(page));
    expect(Math.max(box.right - box.left, box.bottom - box.top), JSON.stringify(box)).toBeGreaterThan(0.6);
    await page.locator('#reset').click();
    await page.waitForTimeout(CAMERA_SETTLED);
    expect((await graphScreenshot(page)).equals(start)).toBe(true);
    await page.close();
  });

  it(`${here}fits the camera to the graph after a layout run`, async () => {
    const { page, errors } = await open('sample');
    for (let i = 0; i < 4; i++) await page.locator('#zoom-in').click();
    await page.locator('#layout').click();
    await page.waitForTimeout(1500);
    await page.locator('#layout').click();
    await page.waitForTimeout(CAMERA_SETTLED);
    // Exact colours: antialiased label text has greys close to the sources' grey.
    const box = await inkBounds(browser, await graphScreenshot(page), NODE_COLORS, 1);
    // Every node in view, none cut off at the edges (labels may run past them).
    expect(box.left).toBeGreaterThan(0);
    expect(box.top).toBeGreaterThan(0);
    expect(box.right).toBeLessThan(1);
    expect(box.bottom).toBeLessThan(1);
    expect(Math.max(box.right - box.left, box.bottom - box.top), JSON.stringify(box)).toBeGreaterThan(0.5);
    expect(errors).toEqual([]);
    await page.close();
  });

  it(`${here}draws a hovered node's neighbourhood with labels, and clears it when the pointer leaves the canvas`, async () => {
    const { page } = await open('sample');
    // Selecting centres the camera on Rust; closing the panel leaves it there, with nothing selected.
    await search(page, 'Rust');
    await page.waitForTimeout(CAMERA_SETTLED);
    const rust = await selectionPoint(page);
    await page.locator('#panel-close').click();
    await page.mouse.move(rust.x, rust.y);
    await expect.poll(() => layerInk(page, 'hovers')).toBeGreaterThan(0);
    expect(await layerInk(page, 'focus')).toBeGreaterThan(0);
    // One jump to the toolbar: the pointer leaves the canvas without crossing empty graph.
    await page.mouse.move(rust.x, 20);
    await expect.poll(() => layerInk(page, 'hovers')).toBe(0);
    expect(await layerInk(page, 'focus')).toBe(0);
    await page.close();
  });

  it(`${here}suggests what the CLI would for a misspelt name, and picks suggestions with the keyboard`, async () => {
    const { page } = await open('sample');
    await page.locator('#search').fill('Huwaei');
    await expect(page.locator('#suggestions li').first().textContent()).resolves.toBe('Huaweidid you mean?entity');
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel h2').textContent()).resolves.toBe('Huawei');
    await page.locator('#search').fill('rust');
    const options = page.locator('#suggestions li[role="option"]');
    await options.first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    const second = await options.nth(1).locator('span').first().textContent();
    await page.keyboard.press('End');
    expect(await options.last().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(page.locator('#panel h2').textContent()).resolves.toBe(second);
    await page.locator('#search').fill('zzzz');
    await expect(page.locator('#suggestions').textContent()).resolves.toBe('No match');
    await page.keyboard.press('Escape');
    expect(await page.locator('#suggestions').isVisible()).toBe(false);
    await page.close();
  });

  it(`${here}quotes each sentence once with its links, caps long lists, and marks table cells`, async () => {
    const { page, errors } = await open('sample', `#node=${encodeURIComponent('entity:quickwit')}`);
    const quote = page.locator('#panel .evidence > li', { hasText: 'the search engine Quickwit' });
    await expect(quote.count()).resolves.toBe(1);
    await expect(quote.locator('.links a').count()).resolves.toBe(3);
    await page.close();

    const { page: bigPage } = await open('big', `#node=${encodeURIComponent('entity:name 0')}`);
    await expect(bigPage.locator('#panel h2').textContent()).resolves.toBe('Name 0');
    const shared = bigPage.locator('#panel .evidence > li', { hasText: SHARED_SENTENCE });
    await expect(shared.count()).resolves.toBe(1);
    await expect(shared.locator('.links li').count()).resolves.toBe(2);
    // Long lists: ten items, then a button for the rest.
    const namedIn = bigPage.locator('#panel h3', { hasText: /^Named in \(\d+\)$/ });
    const total = Number((await namedIn.textContent())!.match(/\d+/)![0]);
    expect(total).toBeGreaterThan(10);
    const list = namedIn.locator('xpath=following-sibling::ul[1]');
    await expect(list.locator('> li').count()).resolves.toBe(10);
    await namedIn.locator('xpath=following-sibling::button[1]').click();
    await expect(list.locator('> li').count()).resolves.toBe(total);
    // The table cell is quoted after the prose, and said to be one.
    const citedWith = bigPage.locator('#panel h3', { hasText: /^Cited with/ });
    await citedWith.locator('xpath=following-sibling::button[1]').click();
    const cell = bigPage.locator('#panel .evidence > li', { hasText: TABLE_CELL });
    await expect(cell.locator('.cell').textContent()).resolves.toMatch(/table cell/);
    expect(errors).toEqual([]);
    await bigPage.close();
  });

  it(`${here}shows a table cell's evidence with its row, every cell as text under its header, the quoted one marked`, async () => {
    const { page, errors } = await open('big', `#node=${encodeURIComponent('entity:name 0')}`);
    const citedWith = page.locator('#panel h3', { hasText: /^Cited with/ });
    await citedWith.locator('xpath=following-sibling::button[1]').click();
    const quote = page.locator('#panel .evidence > li', { has: page.locator('q', { hasText: ROW_CELL }) });
    await expect(quote.locator('.cell').textContent()).resolves.toBe('a table cell; its row:');
    const row = quote.locator('dl.row');
    await expect(row.locator('dt').allTextContents()).resolves.toEqual(['Team', 'Lead', 'column 3']);
    await expect(row.locator('dd').allTextContents()).resolves.toEqual(['lang', ROW_CELL, HOSTILE_CELL]);
    await expect(row.locator('dd.quoted').textContent()).resolves.toBe(ROW_CELL);
    // Markup and URLs in a cell stay text: nothing of them runs, and only the evidence's own sources are links.
    await expect(row.locator('img, a').count()).resolves.toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it(`${here}takes a big graph down with its error line when its check fails after its first frame`, async () => {
    const { page } = await open('sample');
    const broken = structuredClone(big);
    const cites = broken.edges.findIndex((edge) => edge.attributes.kind === 'cites');
    (broken.edges[cites]!.attributes as { evidence: unknown[] }).evidence = [{ document: 'a.md', sentence: 5 }];
    const text = JSON.stringify(broken);
    expect(text.length).toBeGreaterThan(1_000_000);
    await page.locator('#file').setInputFiles({ name: 'broken-big.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.locator('#error', { hasText: 'broken-big.json:' }).waitFor({ state: 'visible' });
    await expect(page.locator('#error').textContent()).resolves.toBe(`broken-big.json: not a citegraph graph (schema 1): edges[${cites}].attributes.evidence[0].sentence is the integer 5, expected a string (edge "${broken.edges[cites]!.key}")`);
    expect(await page.evaluate(() => document.documentElement.dataset.graph)).toBe('none');
    await expect(page.locator('#controls').isVisible()).resolves.toBe(false);
    await expect(page.locator('#panel').isVisible()).resolves.toBe(false);
    await page.close();
  });
});
