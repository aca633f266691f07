/**
 * `npm run eval`: extracts every dev-set document, scores each graph against its
 * gold file with ../shared/fixtures/score.mjs, and prints per-document and
 * micro-averaged figures, then the false positives and misses to work on.
 *
 *   npm run eval                 # the table
 *   npm run eval -- --json       # the scorer's full JSON, for the regression test and scripts
 *   npm run eval -- --errors 40  # list more errors
 *   npm run eval -- --holdout    # the held-out set: its totals only, so that nobody tunes on it
 *   npm run eval -- path/to/x.gold.json dir/  # these gold files (a folder: its *.gold.json) instead of the dev set
 *   CITEGRAPH_EVAL_NO_LEXICON=1 npm run eval   # the rules alone, without the lexicon
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph, buildLexicon, extract, loadLexicon, readDocument, toJson } from '../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const goldDirs = { dev: join(root, 'test/fixtures/dev-gold'), holdout: join(root, 'test/fixtures/holdout-gold') };
const scorer = join(shared, 'fixtures/score.mjs');
const sampleGold = join(root, 'test/fixtures/sample-gold/rust-is-much-more-than-a-language.gold.json');

interface Score {
  document: string;
  entities: { tp: number; fp: number; fn: number; missed: string[]; falsePositives: string[]; duplicates: string[]; categoryRight: number };
  citations: { tp: number; fp: number; fn: number };
  sources: { found: number; gold: number; extra: number };
}
interface Scored {
  documents: Score[];
  /** Matched entities whose category differs from the gold one: [document, label, ours, gold]. */
  confusions?: [string, string, string, string][];
  total: { entities: Prf; categoryAccuracy: number; citations: Prf; sourceRecall: number; extraSources: number };
}
interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Where a gold file's document lives: relative to the gold file's folder, or absolute. */
export function documentPath(goldFile: string, document: string): string {
  return resolve(dirname(goldFile), document);
}

// The scorer's name folding (../shared/fixtures/score.mjs), to pair our entities with gold ones.
const normName = (s: string) =>
  s.normalize('NFKC').replace(/[\u2018\u2019]/g, "'").toLowerCase().replace(/\s+/g, ' ').trim().replace(/^the /, '').replace(/'s?$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, '').replace(/\./g, '');

interface GoldEntity {
  name: string;
  category: string;
  aliases?: string[];
  optional?: boolean;
}

function categoryConfusions(document: string, graphJson: string, gold: GoldEntity[]): [string, string, string, string][] {
  const byName = new Map<string, GoldEntity>();
  for (const g of gold) for (const n of [g.name, ...(g.aliases ?? [])]) byName.set(normName(n), g);
  const confusions: [string, string, string, string][] = [];
  for (const node of JSON.parse(graphJson).nodes as { attributes: { kind: string; label: string; aliases: string[]; category: string } }[]) {
    const a = node.attributes;
    if (a.kind !== 'entity') continue;
    const g = byName.get(normName(a.label)) ?? a.aliases.map((n) => byName.get(normName(n))).find(Boolean);
    if (g && !g.optional && g.category !== a.category) confusions.push([document, a.label, a.category, g.category]);
  }
  return confusions;
}

export async function evaluate(goldFiles: readonly string[]): Promise<Scored> {
  // CITEGRAPH_EVAL_NO_LEXICON=1 measures the rules alone, without the lexicon's knowledge.
  const lexicon = process.env.CITEGRAPH_EVAL_NO_LEXICON ? buildLexicon([]) : loadLexicon();
  const work = mkdtempSync(join(tmpdir(), 'citegraph-eval-'));
  try {
    const args: string[] = [];
    const confusions: [string, string, string, string][] = [];
    for (const [i, goldFile] of goldFiles.entries()) {
      const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { document: string; entities: GoldEntity[] };
      const path = documentPath(goldFile, gold.document);
      const json = toJson(buildGraph([extract(await readDocument(path), { lexicon })], { iterations: 1 }));
      const graphFile = join(work, `${i}.json`);
      writeFileSync(graphFile, json);
      args.push(graphFile, goldFile);
      confusions.push(...categoryConfusions(gold.document, json, gold.entities));
    }
    const scored = JSON.parse(execFileSync(process.execPath, [scorer, ...args, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 })) as Scored;
    return { ...scored, confusions };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The gold files of a set: `dev` (error analysis and tuning) or `holdout` (measured only, never tuned on). */
export function goldFiles(set: keyof typeof goldDirs = 'dev'): string[] {
  const dir = goldDirs[set];
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.gold.json'))
    .sort()
    .map((name) => join(dir, name));
}

const prf = ({ tp, fp, fn }: { tp: number; fp: number; fn: number }): Prf => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
};
const f3 = (x: number) => x.toFixed(3);

function printTable(scored: Scored): void {
  const rows = scored.documents.map((d) => {
    const e = prf(d.entities);
    const c = prf(d.citations);
    const name = d.document.replace(/^(\.\.\/)+(dev|holdout)-docs\//, '');
    return [name.length > 46 ? `${name.slice(0, 45)}…` : name, f3(e.precision), f3(e.recall), f3(e.f1), f3(c.precision), f3(c.recall), f3(c.f1),
      `${d.sources.found}/${d.sources.gold}`, d.entities.tp ? f3(d.entities.categoryRight / d.entities.tp) : '-'];
  });
  const header = ['document', 'ent P', 'ent R', 'ent F1', 'cit P', 'cit R', 'cit F1', 'sources', 'category'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  for (const row of rows) console.log(line(row.map(String)));
}

function printErrors(scored: Scored, limit: number): void {
  const count = (lists: [string, string[]][]) => {
    const counts = new Map<string, number>();
    for (const [document, names] of lists) for (const name of names) counts.set(`${name}  (${document})`, (counts.get(`${name}  (${document})`) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([k]) => k);
  };
  const short = (d: string) => d.replace(/^.*\//, '').replace(/\.(md|html)$/, '');
  const falsePositives = count(scored.documents.map((d) => [short(d.document), [...d.entities.falsePositives, ...d.entities.duplicates.map((x) => `${x} [duplicate]`)]]));
  const misses = count(scored.documents.map((d) => [short(d.document), d.entities.missed]));
  console.log(`\nfalse positives (${scored.documents.reduce((n, d) => n + d.entities.fp, 0)}):`);
  for (const item of falsePositives) console.log(`  ${item}`);
  console.log(`misses (${scored.documents.reduce((n, d) => n + d.entities.fn, 0)}):`);
  for (const item of misses) console.log(`  ${item}`);
  const confusions = scored.confusions ?? [];
  console.log(`category confusions (${confusions.length}, ours -> gold):`);
  for (const [document, label, ours, gold] of confusions.slice(0, limit)) console.log(`  ${label}: ${ours} -> ${gold}  (${short(document)})`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const limit = Number(args[args.indexOf('--errors') + 1]) || 25;
  if (!existsSync(scorer)) throw new Error(`${scorer}: the scorer is missing (../shared must sit beside the repo)`);
  if (args.includes('--holdout')) {
    const files = goldFiles('holdout');
    const held = (await evaluate(files)).total;
    console.log(`held-out set (${files.length} documents): ${summary(held)}`);
    return;
  }
  const named = positionalArguments(args).flatMap((path) =>
    statSync(path).isDirectory() ? readdirSync(path).filter((n) => n.endsWith('.gold.json')).sort().map((n) => join(path, n)) : [resolve(path)]);
  const scored = await evaluate(named.length > 0 ? named : goldFiles('dev'));
  if (args.includes('--json')) {
    console.log(JSON.stringify(scored, null, 2));
    return;
  }
  printTable(scored);
  if (!args.includes('--quiet')) printErrors(scored, args.includes('--errors') ? limit : 25);
  console.log(`\ndev set (${scored.documents.length} documents): ${summary(scored.total)}`);
  console.log(`sample essay: ${summary((await evaluate([sampleGold])).total)}`);
}

/** Arguments that are neither flags nor a flag's value. */
function positionalArguments(args: readonly string[]): string[] {
  return args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--errors');
}

function summary(t: Scored['total']): string {
  return `entities F1 ${f3(t.entities.f1)} (P ${f3(t.entities.precision)} R ${f3(t.entities.recall)}) · category ${f3(t.categoryAccuracy)} · ` +
    `citations F1 ${f3(t.citations.f1)} (P ${f3(t.citations.precision)} R ${f3(t.citations.recall)}) · sources R ${f3(t.sourceRecall)}`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
