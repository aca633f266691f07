/**
 * `npm run bench:explorer`: how fast the explorer shows and answers on big
 * graphs, in headless Chromium with software WebGL (as in the tests), beside
 * a plain sigma page (bench/plain-sigma: the same file drawn by sigma as it
 * is, no reducers) measured in the same run on the same graphs:
 *
 * - the sample (data/) and the whole ../shared/corpus/rust-blog, extracted
 *   here; times from navigation start to the first draw and the first frame;
 * - on the corpus graph, frame intervals while the pointer sweeps the graph
 *   (each new node under it is a hover), Enter in the search to the selection
 *   drawn with its panel, unticking Sources, zoom and pan;
 * - a synthetic 100,000-node graph (seeded, test/support/synthetic.ts): load,
 *   then zoom and pan.
 *
 *   npm run bench:explorer                      # 3 runs each, median shown
 *   npm run bench:explorer -- --runs 5
 *   npm run bench:explorer -- --graph big.json  # another big graph instead of the corpus
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { startServer } from '../src/serve/server.js';
import { launchChromium } from '../test/support/browser.js';
import { serveStatic } from '../test/support/static.js';
import { syntheticGraph } from '../test/support/synthetic.js';

const root = resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '3' }, graph: { type: 'string' } } });
const runs = Number(options.runs);
const corpus = join(root, '../shared/corpus/rust-blog');
if (options.graph === undefined && !existsSync(corpus)) {
  console.error(`bench:explorer: ${corpus}: no such folder; give a big graph, e.g. from a clone of https://github.com/rust-lang/blog.rust-lang.org: citegraph extract blog.rust-lang.org/content -o big.json, then npm run bench:explorer -- --graph big.json`);
  process.exit(1);
}
const BIG_NODES = 100_000;

const MARKS = ['citegraph:fetched', 'citegraph:parsed', 'citegraph:drawn', 'citegraph:frame'] as const;
type Marks = Record<(typeof MARKS)[number], number> & Record<string, number>;
/** The explorer's steps to its first frame and after, each from the mark before it (web/src/main.ts, graph-file.ts, explorer.ts). */
const STEPS = [
  ['citegraph:response', 'response'],
  ['citegraph:fetched', 'body'],
  ['citegraph:json', 'JSON.parse'],
  ['citegraph:imported', 'graphology import (+ the check, small files)'],
  ['citegraph:parsed', 'colours'],
  ['citegraph:indexed', 'index, visibility'],
  ['citegraph:drawn', 'sigma: indexation and first render'],
  ['citegraph:frame', 'to the second animation frame'],
  ['citegraph:checked', 'schema check (big files: after the first frame)'],
  ['citegraph:mounted', 'controls, legend, search index'],
] as const;

function extract(input: string, output: string): string {
  const started = performance.now();
  execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'extract', input, '-o', output, '-q']);
  process.stderr.write(`extracted ${input} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return output;
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const median = (values: readonly number[]) => sorted(values)[Math.floor(values.length / 2)] ?? NaN;
const percentile = (values: readonly number[], p: number) => sorted(values)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? NaN;

/** Opens a page in a fresh context (no cache) and reads its performance marks, relative to navigation start. */
async function loadOnce(browser: Browser, url: string): Promise<{ page: Page; marks: Marks; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('citegraph:frame').length > 0, null, { timeout: 300_000, polling: 100 });
  // The explorer mounts its controls after a big graph's check; the plain page has none.
  await page.waitForFunction(() => performance.getEntriesByName('citegraph:mounted').length > 0 || document.title !== 'citegraph explorer', null, { timeout: 300_000, polling: 100 });
  // Let the page settle (camera moves, the first paint of a big graph) before measuring what the user does.
  await page.waitForTimeout(1000);
  const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').filter((mark) => mark.name.startsWith('citegraph:')).map((mark) => [mark.name, mark.startTime])));
  return { page, marks: marks as Marks, close: () => context.close() };
}

/** Frame intervals (ms) while `act` runs: a requestAnimationFrame loop in the page. */
async function framesDuring(page: Page, act: () => Promise<void>): Promise<number[]> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
  await page.evaluate(`{
    const times = (window.__frames = []);
    window.__recording = true;
    const tick = (time) => { times.push(time); if (window.__recording) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  }`);
  await act();
  const stamps = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames.slice();
  });
  return stamps.slice(1).map((stamp, i) => stamp - stamps[i]!);
}

async function graphCenter(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2, width: box.width, height: box.height };
}

/** The pointer sweeps the middle of the graph in a zigzag, one event per 6 px: every node it crosses is hovered. */
async function sweep(page: Page): Promise<number[]> {
  const { x, y, width, height } = await graphCenter(page);
  return framesDuring(page, async () => {
    await page.mouse.move(x - width * 0.3, y - height * 0.3);
    for (let row = 0; row < 6; row++) {
      const rowY = y - height * 0.3 + (row * height * 0.6) / 5;
      const [from, to] = row % 2 === 0 ? [x - width * 0.3, x + width * 0.3] : [x + width * 0.3, x - width * 0.3];
      await page.mouse.move(from, rowY, { steps: 4 });
      await page.mouse.move(to, rowY, { steps: Math.round((width * 0.6) / 6) });
    }
    await page.waitForTimeout(200);
  });
}

/** Zooming with the wheel, then dragging the graph. */
async function zoomAndPan(page: Page): Promise<number[]> {
  const { x, y } = await graphCenter(page);
  return framesDuring(page, async () => {
    await page.mouse.move(x, y);
    for (let i = 0; i < 6; i++) {
      await page.mouse.wheel(0, -240);
      await page.waitForTimeout(120);
    }
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) {
      await page.mouse.move(x + i * 12, y + i * 6);
      await page.waitForTimeout(30);
    }
    await page.mouse.up();
    await page.waitForTimeout(600);
  });
}

/** Milliseconds from a keystroke to its suggestions (the slowest), and from Enter to the next frame with the selection and its panel. */
async function searchAndSelect(page: Page, words: readonly string[]): Promise<{ typing: number; select: number }> {
  await page.mouse.move(1, 1);
  return page.evaluate(async (words) => {
    const input = document.querySelector<HTMLInputElement>('#search')!;
    let typing = 0;
    for (const word of words) {
      for (let i = 1; i <= word.length; i++) {
        const started = performance.now();
        input.value = word.slice(0, i);
        input.dispatchEvent(new Event('input'));
        typing = Math.max(typing, performance.now() - started);
      }
    }
    const started = performance.now();
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return { typing, select: performance.now() - started };
  }, words);
}

/** Milliseconds from a click on a control to the next frame drawn. */
async function clickToFrame(page: Page, selector: string): Promise<number> {
  return page.evaluate(async (selector) => {
    const started = performance.now();
    document.querySelector<HTMLElement>(selector)!.click();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - started;
  }, selector);
}

/** The plain page: one full redraw by sigma to the next frame, the floor under any change of the whole view. */
async function plainRefresh(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const started = performance.now();
    (window as unknown as { __refresh: () => void }).__refresh();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return performance.now() - started;
  });
}

/** The plain sigma page, built once, served with one graph per folder. */
async function buildPlainPage(work: string): Promise<(graph: string, name: string) => Promise<{ url: string; close: () => Promise<void> }>> {
  const built = join(work, 'plain-build');
  await build({ root: join(root, 'bench/plain-sigma'), base: './', logLevel: 'warn', build: { outDir: built, emptyOutDir: true, target: 'es2022' } });
  return (graph, name) => {
    const dir = join(work, name);
    execFileSync('cp', ['-r', built, dir]);
    copyFileSync(graph, join(dir, 'graph.json'));
    return serveStatic(dir, '/');
  };
}

interface Results {
  marks: Marks[];
  sweep: number[];
  zoomPan: number[];
  typing: number[];
  select: number[];
  sources: number[];
  refresh: number[];
}
const results = () => ({ marks: [], sweep: [], zoomPan: [], typing: [], select: [], sources: [], refresh: [] }) as Results;

const work = mkdtempSync(join(tmpdir(), 'citegraph-bench-'));
const servers: { close: () => Promise<void> }[] = [];
let browser: Browser | undefined;
try {
  const sample = extract(join(root, 'data'), join(work, 'sample.json'));
  const corpusGraph = options.graph ?? extract(corpus, join(work, 'rust-blog.json'));
  const synthetic = join(work, 'synthetic.json');
  writeFileSync(synthetic, JSON.stringify(syntheticGraph(BIG_NODES)));
  const servePlain = await buildPlainPage(work);
  const [sampleServer, corpusServer, syntheticServer, plainCorpus, plainSynthetic] = await Promise.all([
    startServer({ graph: sample }),
    startServer({ graph: corpusGraph }),
    startServer({ graph: synthetic }),
    servePlain(corpusGraph, 'plain-corpus'),
    servePlain(synthetic, 'plain-synthetic'),
  ]);
  servers.push(sampleServer, corpusServer, syntheticServer, plainCorpus, plainSynthetic);
  browser = await launchChromium();

  const sampleResults = results();
  const explorer = results();
  const plain = results();
  const big = results();
  const bigPlain = results();
  for (let run = 0; run < runs; run++) {
    process.stderr.write(`run ${run + 1} of ${runs}\n`);
    const small = await loadOnce(browser, sampleServer.url);
    sampleResults.marks.push(small.marks);
    await small.close();

    const page = await loadOnce(browser, corpusServer.url);
    explorer.marks.push(page.marks);
    explorer.sweep.push(...(await sweep(page.page)));
    const { typing, select } = await searchAndSelect(page.page, ['rust foundation', 'huawei', 'niko matsakis']);
    explorer.typing.push(typing);
    explorer.select.push(select);
    await page.page.locator('#panel-close').click();
    explorer.sources.push(await clickToFrame(page.page, '#filter-source'));
    await page.page.waitForTimeout(600);
    await clickToFrame(page.page, '#filter-source');
    await page.page.waitForTimeout(600);
    explorer.zoomPan.push(...(await zoomAndPan(page.page)));
    await page.close();

    const baseline = await loadOnce(browser, plainCorpus.url);
    plain.marks.push(baseline.marks);
    plain.sweep.push(...(await sweep(baseline.page)));
    plain.refresh.push(await plainRefresh(baseline.page));
    plain.zoomPan.push(...(await zoomAndPan(baseline.page)));
    await baseline.close();
  }
  // The 100,000-node graph once: it takes a while to load, and the question is whether it loads and pans.
  const hundred = await loadOnce(browser, syntheticServer.url);
  big.marks.push(hundred.marks);
  big.zoomPan.push(...(await zoomAndPan(hundred.page)));
  await hundred.close();
  const hundredPlain = await loadOnce(browser, plainSynthetic.url);
  bigPlain.marks.push(hundredPlain.marks);
  bigPlain.zoomPan.push(...(await zoomAndPan(hundredPlain.page)));
  await hundredPlain.close();

  const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
  const markRow = (name: string, r: Results) => {
    const m = (mark: (typeof MARKS)[number]) => ms(median(r.marks.map((marks) => marks[mark]))).padStart(10);
    return `${name.padEnd(44)}${m('citegraph:fetched')}${m('citegraph:parsed')}${m('citegraph:drawn')}${m('citegraph:frame')}`;
  };
  const frames = (values: number[]) => `${values.length} frames, median ${ms(median(values))}, p95 ${ms(percentile(values, 0.95))}, max ${ms(Math.max(...values))}`;
  const megabytes = (file: string) => `${(statSync(file).size / 1e6).toFixed(1)} MB`;
  console.log(`explorer, median of ${runs} runs (headless Chromium, software WebGL; times from navigation start)`);
  console.log(`${''.padEnd(44)}   fetched    parsed first draw first frame`);
  console.log(markRow('sample graph: explorer', sampleResults));
  console.log(markRow(`corpus graph (${megabytes(corpusGraph)}): explorer`, explorer));
  console.log(markRow(`corpus graph: plain sigma (baseline)`, plain));
  console.log(markRow(`synthetic ${BIG_NODES.toLocaleString('en')} nodes (${megabytes(synthetic)}): explorer`, big));
  console.log(markRow(`synthetic: plain sigma (baseline)`, bigPlain));
  console.log('');
  console.log('corpus graph, the explorer\'s steps (median ms, each from the step before it; the first from navigation start):');
  const at = (marks: Marks, name: string) => marks[name] ?? NaN;
  let previous: string | undefined;
  for (const [name, text] of STEPS) {
    const steps = explorer.marks.map((marks) => at(marks, name) - (previous === undefined ? 0 : at(marks, previous)));
    console.log(`  ${text.padEnd(50)}${ms(median(steps)).padStart(10)}`);
    previous = name;
  }
  console.log('');
  console.log('corpus graph, what the user does:');
  console.log(`  hover sweep, explorer:           ${frames(explorer.sweep)}`);
  console.log(`  hover sweep, plain sigma:        ${frames(plain.sweep)}`);
  console.log(`  Enter in search to selection drawn with its panel: median ${ms(median(explorer.select))}, max ${ms(Math.max(...explorer.select))}`);
  console.log(`  plain sigma, one full redraw:    median ${ms(median(plain.refresh))}`);
  console.log(`  slowest keystroke to suggestions: median ${ms(median(explorer.typing))}`);
  console.log(`  Sources ticked (shown again) to the next frame: median ${ms(median(explorer.sources))}`);
  console.log(`  zoom and pan, explorer:          ${frames(explorer.zoomPan)}`);
  console.log(`  zoom and pan, plain sigma:       ${frames(plain.zoomPan)}`);
  console.log(`synthetic ${BIG_NODES.toLocaleString('en')}-node graph, zoom and pan:`);
  console.log(`  explorer:                        ${frames(big.zoomPan)}`);
  console.log(`  plain sigma:                     ${frames(bigPlain.zoomPan)}`);
} finally {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  rmSync(work, { recursive: true, force: true });
}
