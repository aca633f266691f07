/**
 * `npm run bench`: citegraph over a corpus, as whole processes (what a user
 * waits for) and by stage, against the baselines a user might reach for
 * instead, measured in the same run on the same files because these machines
 * are noisy: plain compromise (`nlp(text)` per file) and wink-nlp with
 * wink-eng-lite-web-model (the proper-noun tokens per file). Then start-up
 * (one small document), and the scale curve: 1, 2, 4 and 8 copies of the
 * corpus, each with its own names and URLs (bench/scale-corpus.ts), with peak
 * RSS. Prints a table and writes everything to bench/results/ as JSON.
 *
 *   npm run bench                            # ../shared/corpus/rust-blog
 *   npm run bench -- path/to/folder          # any folder
 *   npm run bench -- folder --runs 5 --copies 4
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
// The built code, as users run it (`npm run bench` builds first).
import { buildGraph, collectInputs, extract, loadLexicon, readSource, toJson } from '../dist/index.js';
import { makeScaledCorpus } from './scale-corpus.js';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli.js');
const DEFAULT_CORPUS = resolve(ROOT, '../shared/corpus/rust-blog');

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '3' }, copies: { type: 'string', default: '8' } } });
const folder = positionals[0] ?? DEFAULT_CORPUS;
if (!existsSync(folder)) {
  console.log(`no corpus at ${folder}: clone the Rust blog (GitHub: rust-lang/blog.rust-lang.org) and run \`npm run bench -- <clone>/content\``);
  process.exit(0);
}
const runs = Math.max(1, Number(values.runs));
const maxCopies = Math.max(1, Number(values.copies));

const work = mkdtempSync(join(tmpdir(), 'citegraph-bench-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

const inputs = await collectInputs([folder]);
const paths = inputs.map((input) => input.path);
const megabytes = paths.reduce((sum, path) => sum + statSync(path).size, 0) / 1e6;
const list = join(work, 'files.json');
writeFileSync(list, JSON.stringify(paths));

interface ProcessRun {
  seconds: number;
  peakRssMb: number;
}

/** Runs `node args…` as a whole process, timing it and reading its peak RSS (bench/rss-hook.mjs). */
function timeProcess(args: readonly string[]): ProcessRun {
  const rssFile = join(work, 'rss');
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--import', join(import.meta.dirname, 'rss-hook.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CITEGRAPH_BENCH_RSS: rssFile },
    maxBuffer: 1 << 30,
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${result.stderr}`);
  return { seconds, peakRssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

const median = (numbers: readonly number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

interface Measured {
  name: string;
  runs: ProcessRun[];
  seconds: number;
  peakRssMb: number;
  megabytesPerSecond: number;
}

/** Each side `runs` times, alternating, so that a slow minute of the machine hits every side alike. */
function wholeProcesses(sides: readonly { name: string; args: readonly string[] }[], megabytes: number): Measured[] {
  const results = sides.map((side) => ({ name: side.name, runs: [] as ProcessRun[] }));
  for (let run = 0; run < runs; run++) {
    sides.forEach((side, i) => results[i]!.runs.push(timeProcess(side.args)));
  }
  return results.map(({ name, runs: done }) => {
    const seconds = median(done.map((r) => r.seconds));
    return { name, runs: done, seconds, peakRssMb: Math.max(...done.map((r) => r.peakRssMb)), megabytesPerSecond: megabytes / seconds };
  });
}

interface Stages {
  read: number;
  extract: number;
  build: number;
  export: number;
  total: number;
}

/** The pipeline in this process, from files already in memory, by stage. */
function stages(texts: readonly { path: string; text: string }[]): Stages {
  const lexicon = loadLexicon();
  const t0 = performance.now();
  const documents = texts.map(({ path, text }) => readSource(text, path));
  const t1 = performance.now();
  const extractions = documents.map((document) => extract(document, { lexicon }));
  const t2 = performance.now();
  const graph = buildGraph(extractions);
  const t3 = performance.now();
  toJson(graph);
  const t4 = performance.now();
  return { read: (t1 - t0) / 1000, extract: (t2 - t1) / 1000, build: (t3 - t2) / 1000, export: (t4 - t3) / 1000, total: (t4 - t0) / 1000 };
}

const row = (name: string, value: string) => console.log(`  ${name.padEnd(44)} ${value}`);
const fixed = (value: number, digits = 2) => value.toFixed(digits);

console.log(`corpus: ${paths.length} files, ${fixed(megabytes, 1)} MB (${folder}); ${cpus().length} CPUs, load ${loadavg().map((l) => fixed(l, 1)).join(' ')}`);

// Whole processes: what a user waits for, module loading included.
const output = join(work, 'graph.json');
const whole = wholeProcesses(
  [
    { name: 'citegraph', args: [CLI, 'extract', folder, '-q', '-o', output] },
    { name: 'citegraph --jobs 2', args: [CLI, 'extract', folder, '-q', '-j', '2', '-o', output] },
    { name: 'plain compromise, nlp(text)', args: [join(import.meta.dirname, 'baselines/compromise.mjs'), list] },
    { name: 'wink-nlp + eng-lite-web-model, PROPN', args: [join(import.meta.dirname, 'baselines/wink.mjs'), list] },
  ],
  megabytes,
);
const [citegraph, , compromise, wink] = whole as [Measured, Measured, Measured, Measured];
console.log(`whole processes (median of ${runs}, alternating):`);
for (const side of whole) row(side.name, `${fixed(side.seconds).padStart(7)} s  ${fixed(side.megabytesPerSecond).padStart(6)} MB/s  peak RSS ${fixed(side.peakRssMb, 0).padStart(5)} MB`);
const ratios = { compromise: compromise.seconds / citegraph.seconds, wink: wink.seconds / citegraph.seconds };
console.log(`whole-process ratios (baseline time / citegraph time): plain compromise ${fixed(ratios.compromise, 1)}x, wink-nlp ${fixed(ratios.wink, 1)}x`);

// Start-up: one small document, whole process.
const small = join(work, 'small.md');
writeFileSync(small, '# Notes\n\nGraydon Hoare started [Rust](https://www.rust-lang.org/) at Mozilla.\n');
const startupRuns = Array.from({ length: 5 }, () => timeProcess([CLI, 'extract', small, '-q', '-o', join(work, 'small.json')]));
const startup = { seconds: median(startupRuns.map((r) => r.seconds)), runs: startupRuns };
row("start-up, one small document (median of 5)", `${fixed(startup.seconds).padStart(7)} s`);

// Stages, in this process, best of 2 (the first also warms up the JIT).
const texts = paths.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const stageRuns = [stages(texts), stages(texts)];
const best = stageRuns.reduce((a, b) => (b.total < a.total ? b : a));
console.log('stages, in one process (best of 2):');
row('read (Markdown/HTML/text)', `${fixed(best.read).padStart(7)} s`);
row('extract (sentences, names, links)', `${fixed(best.extract).padStart(7)} s`);
row('build (graph, communities, PageRank, layout)', `${fixed(best.build).padStart(7)} s`);
row('export (JSON)', `${fixed(best.export).padStart(7)} s`);
row('total', `${fixed(best.total).padStart(7)} s`);

// The scale curve: 1, 2, 4, 8 copies, each a different corpus to citegraph.
const scaled = await makeScaledCorpus(folder, maxCopies, work);
const scale: { copies: number; files: number; megabytes: number; seconds: number; megabytesPerSecond: number; peakRssMb: number }[] = [];
console.log('scale (whole process, one run each; worker threads from 1,000 files, as by default):');
for (let copies = 1; copies <= maxCopies; copies *= 2) {
  const folders = Array.from({ length: copies }, (_, k) => join(scaled, `copy-${k}`));
  const size = (await collectInputs(folders)).reduce((sum, input) => sum + statSync(input.path).size, 0) / 1e6;
  const run = timeProcess([CLI, 'extract', ...folders, '-q', '-o', output]);
  scale.push({ copies, files: paths.length * copies, megabytes: size, seconds: run.seconds, megabytesPerSecond: size / run.seconds, peakRssMb: run.peakRssMb });
  row(`${copies}x (${paths.length * copies} files, ${fixed(size, 1)} MB)`, `${fixed(run.seconds).padStart(7)} s  ${fixed(size / run.seconds).padStart(6)} MB/s  peak RSS ${fixed(run.peakRssMb, 0).padStart(5)} MB`);
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, loadAverageAtEnd: loadavg() },
  corpus: { folder, files: paths.length, megabytes },
  runs,
  wholeProcess: whole,
  ratios,
  startup,
  stages: best,
  scale,
};
const resultsFolder = join(import.meta.dirname, 'results');
mkdirSync(resultsFolder, { recursive: true });
const resultsFile = join(resultsFolder, `pipeline-${results.date.replace(/[:.]/g, '-')}.json`);
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`results: ${resultsFile}`);
