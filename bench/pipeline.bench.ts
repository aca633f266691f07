/**
 * `npm run bench`: the whole pipeline over a corpus, against plain compromise
 * (`nlp(text)` over every file) measured in the same run on the same files,
 * because these machines are noisy. Files are read into memory first so that
 * neither side pays for the disk.
 *
 *   npm run bench                       # ../shared/corpus/rust-blog, when it sits beside the repo
 *   npm run bench -- path/to/folder     # any folder
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import nlp from 'compromise';
// The built code, as users run it (`npm run bench` builds first).
import { buildGraph, collectInputs, extract, loadLexicon, readSource, toJson } from '../dist/index.js';
import { defaultJobs, extractInParallel } from '../dist/parallel.js';

const folder = process.argv[2] ?? resolve(import.meta.dirname, '../../shared/corpus/rust-blog');
if (!existsSync(folder)) {
  console.error(`bench: ${folder}: no such folder; give a corpus, e.g. git clone https://github.com/rust-lang/blog.rust-lang.org, then npm run bench -- blog.rust-lang.org/content`);
  process.exit(1);
}
const inputs = await collectInputs([folder]);
const texts = inputs.map((input) => ({ path: input.path, text: readFileSync(input.path, 'utf8') }));
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t.text), 0) / 1e6;

const seconds = (start: number) => (performance.now() - start) / 1000;

function baseline(): number {
  const start = performance.now();
  for (const { text } of texts) nlp(text);
  return seconds(start);
}

interface Stages {
  read: number;
  extract: number;
  build: number;
  export: number;
  total: number;
  entities: number;
}

function citegraph(): Stages {
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
  return {
    read: (t1 - t0) / 1000,
    extract: (t2 - t1) / 1000,
    build: (t3 - t2) / 1000,
    export: (t4 - t3) / 1000,
    total: (t4 - t0) / 1000,
    entities: graph.filterNodes((_n, a) => a.kind === 'entity').length,
  };
}

/** The CLI's path for many files: read and extract on worker threads, then build and export. */
async function citegraphParallel(jobs: number): Promise<number> {
  const start = performance.now();
  const extractions = await extractInParallel(texts, { jobs });
  toJson(buildGraph(extractions));
  return seconds(start);
}

console.log(`corpus: ${texts.length} files, ${megabytes.toFixed(1)} MB (${folder})`);
// Each side runs twice and keeps its better time: the first run also pays for warming up the JIT.
const runs = [citegraph(), citegraph()];
const best = runs.reduce((a, b) => (b.total < a.total ? b : a));
const compromiseSeconds = Math.min(baseline(), baseline());
const row = (name: string, value: number) => console.log(`  ${name.padEnd(34)} ${value.toFixed(2).padStart(7)} s`);
console.log('citegraph (best of 2):');
row('read (Markdown/HTML/text)', best.read);
row('extract (sentences, names, links)', best.extract);
row('build (graph, communities, layout)', best.build);
row('export (JSON)', best.export);
row('total', best.total);
const jobs = defaultJobs();
if (jobs > 1) row(`total on ${jobs} worker threads (CLI)`, Math.min(await citegraphParallel(jobs), await citegraphParallel(jobs)));
console.log('baseline (best of 2):');
row('plain compromise, nlp(text)', compromiseSeconds);
console.log(`citegraph is ${(compromiseSeconds / best.total).toFixed(1)}x faster than plain compromise in one thread (${best.entities} entities)`);
