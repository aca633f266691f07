/**
 * `npm run bench:explorer`: how fast the explorer shows a big graph. Extracts
 * the sample (data/) and the whole ../shared/corpus/rust-blog, serves each with
 * `startServer`, and times in headless Chromium (software WebGL, as in the
 * tests) from navigation start to the first draw, against two baselines
 * measured in the same run: the same page on the sample's graph, and a plain
 * fetch + JSON.parse of the big file. Then the cost of what a user does on the
 * big graph: typing in the search box, selecting a node, zooming and panning.
 *
 *   npm run bench:explorer                      # 3 runs each, median shown
 *   npm run bench:explorer -- --runs 5
 *   npm run bench:explorer -- --graph big.json  # another big graph instead of the corpus
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../src/serve/server.js';
import { launchChromium } from '../test/support/browser.js';

const root = resolve(import.meta.dirname, '..');
const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '3' }, graph: { type: 'string' } } });
const runs = Number(options.runs);
const corpus = join(root, '../shared/corpus/rust-blog');
if (options.graph === undefined && !existsSync(corpus)) {
  console.error(`bench:explorer: ${corpus}: no such folder; give a big graph, e.g. from a clone of https://github.com/rust-lang/blog.rust-lang.org: citegraph extract blog.rust-lang.org/content -o big.json, then npm run bench:explorer -- --graph big.json`);
  process.exit(1);
}

const MARKS = ['citegraph:fetched', 'citegraph:parsed', 'citegraph:drawn', 'citegraph:frame'] as const;
type Marks = Record<(typeof MARKS)[number], number>;

function extract(input: string, output: string): string {
  const started = performance.now();
  execFileSync(process.execPath, [join(root, 'dist/cli.js'), 'extract', input, '-o', output, '-q']);
  process.stderr.write(`extracted ${input} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  return output;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;

/** Opens the explorer in a fresh context (no cache) and reads its performance marks, relative to navigation start. */
async function loadOnce(browser: Browser, url: string): Promise<{ page: Page; marks: Marks; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('citegraph:frame').length > 0, null, { timeout: 120_000 });
  const marks = await page.evaluate((names) => Object.fromEntries(names.map((name) => [name, performance.getEntriesByName(name)[0]!.startTime])), MARKS);
  return { page, marks: marks as Marks, close: () => context.close() };
}

/** Plain fetch + JSON.parse of the same file from the same origin: the floor for any page that shows it. */
async function fetchAndParse(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('graph.json', url).href.replace(/graph\.json$/, 'assets/'), { waitUntil: 'commit' }).catch(() => undefined);
  const ms = await page.evaluate(async (graphUrl) => {
    const started = performance.now();
    JSON.parse(await (await fetch(graphUrl)).text());
    return performance.now() - started;
  }, new URL('graph.json', url).href);
  await context.close();
  return ms;
}

/** Frame intervals while the user zooms with the wheel and drags the graph. */
async function frameTimes(page: Page): Promise<number[]> {
  // A string, not a function: tsx would wrap a named inner function in a helper the page does not have.
  await page.evaluate(`{
    const times = (window.__frames = []);
    const tick = (time) => { times.push(time); if (times.length < 10000) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  }`);
  const box = (await page.locator('#graph').boundingBox())!;
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
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
  await page.waitForTimeout(500);
  const stamps = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.slice());
  return stamps.slice(1).map((stamp, i) => stamp - stamps[i]!);
}

/** Milliseconds, inside the page, from a keystroke to its suggestions, and from Enter to the selection drawn with its panel. */
async function searchAndSelect(page: Page, words: readonly string[]): Promise<{ typing: number; select: number }> {
  return page.evaluate((words) => {
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
    return { typing, select: performance.now() - started };
  }, words);
}

const work = mkdtempSync(join(tmpdir(), 'citegraph-bench-'));
const servers: { close: () => Promise<void> }[] = [];
let browser: Browser | undefined;
try {
  const sample = extract(join(root, 'data'), join(work, 'sample.json'));
  const big = options.graph ?? extract(corpus, join(work, 'rust-blog.json'));
  const [sampleServer, bigServer] = await Promise.all([startServer({ graph: sample }), startServer({ graph: big })]);
  servers.push(sampleServer, bigServer);
  browser = await launchChromium();

  const rows: [string, Marks][] = [];
  const parseTimes: number[] = [];
  const interaction = { typing: [] as number[], select: [] as number[], frames: [] as number[] };
  for (let run = 0; run < runs; run++) {
    const small = await loadOnce(browser, sampleServer.url);
    rows.push(['sample', small.marks]);
    await small.close();
    parseTimes.push(await fetchAndParse(browser, bigServer.url));
    const large = await loadOnce(browser, bigServer.url);
    rows.push(['corpus', large.marks]);
    const { typing, select } = await searchAndSelect(large.page, ['rust foundation', 'huawei', 'cargo']);
    interaction.typing.push(typing);
    interaction.select.push(select);
    interaction.frames.push(...(await frameTimes(large.page)));
    await large.close();
  }

  const summary = (name: string) => {
    const marks = rows.filter(([row]) => row === name).map(([, m]) => m);
    return Object.fromEntries(MARKS.map((mark) => [mark, median(marks.map((m) => m[mark]))])) as Marks;
  };
  const small = summary('sample');
  const large = summary('corpus');
  const ms = (value: number) => `${value.toFixed(0).padStart(6)} ms`;
  const megabytes = (statSync(big).size / 1e6).toFixed(1);
  console.log(`explorer load, median of ${runs} runs (headless Chromium, software WebGL; from navigation start)`);
  console.log(`                              fetched    parsed   first draw  first frame`);
  console.log(`sample graph (31 nodes)   ${ms(small['citegraph:fetched'])} ${ms(small['citegraph:parsed'])} ${ms(small['citegraph:drawn'])} ${ms(small['citegraph:frame'])}`);
  console.log(`corpus graph (${megabytes} MB)   ${ms(large['citegraph:fetched'])} ${ms(large['citegraph:parsed'])} ${ms(large['citegraph:drawn'])} ${ms(large['citegraph:frame'])}`);
  console.log(`baseline: plain fetch + JSON.parse of the corpus graph: ${ms(median(parseTimes)).trim()}`);
  console.log(`on the corpus graph: slowest keystroke to suggestions ${ms(median(interaction.typing)).trim()}, Enter to selection drawn ${ms(median(interaction.select)).trim()}`);
  console.log(`zoom and pan: ${interaction.frames.length} frames, median ${ms(median(interaction.frames)).trim()}, p95 ${ms(percentile(interaction.frames, 0.95)).trim()} per frame`);
} finally {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  rmSync(work, { recursive: true, force: true });
}
