/**
 * `npm run eval`: `citegraph eval` on the dev set (test/fixtures/dev-gold), then the
 * false positives, misses and category confusions to work on, and the sample essay.
 *
 *   npm run eval                 # the table and the errors
 *   npm run eval -- --json       # every figure as JSON (citegraph eval --json)
 *   npm run eval -- --errors 40  # list more errors
 *   npm run eval -- --holdout    # the held-out set: its totals only, so that nobody tunes on it
 *   npm run eval -- path/to/x.gold.json dir/  # these gold files (a folder: its *.gold.json) instead of the dev set
 *   CITEGRAPH_EVAL_NO_LEXICON=1 npm run eval   # the rules alone, without the lexicon
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderEvaluation } from '../src/eval/render.js';
import { collectGoldFiles } from '../src/eval/index.js';
import { buildLexicon, evaluate as evaluateGold, type Evaluation, type Total } from '../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const goldDirs = { dev: join(root, 'test/fixtures/dev-gold'), holdout: join(root, 'test/fixtures/holdout-gold') };
export const SAMPLE_GOLD = join(root, 'test/fixtures/sample-gold/rust-is-much-more-than-a-language.gold.json');

/** `citegraph eval` over gold files; CITEGRAPH_EVAL_NO_LEXICON=1 measures the rules alone, without the lexicon's knowledge. */
export function evaluate(goldFiles: readonly string[]): Promise<Evaluation> {
  return evaluateGold(goldFiles, process.env.CITEGRAPH_EVAL_NO_LEXICON ? { lexicon: buildLexicon([]) } : {});
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

const f3 = (x: number) => x.toFixed(3);

function printErrors(evaluation: Evaluation, limit: number): void {
  const short = (document: string) => basename(document).replace(/\.(md|html)$/, '');
  const ranked = (lists: [string, string[]][]) => {
    const counts = new Map<string, number>();
    for (const [document, names] of lists) for (const name of names) counts.set(`${name}  (${document})`, (counts.get(`${name}  (${document})`) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([item]) => item);
  };
  const { documents } = evaluation;
  console.log(`\nfalse positives (${documents.reduce((n, d) => n + d.entities.fp, 0)}):`);
  for (const item of ranked(documents.map((d) => [short(d.document), [...d.entities.falsePositives, ...d.entities.duplicates.map((x) => `${x} [duplicate]`)]]))) {
    console.log(`  ${item}`);
  }
  console.log(`misses (${documents.reduce((n, d) => n + d.entities.fn, 0)}):`);
  for (const item of ranked(documents.map((d) => [short(d.document), d.entities.missed]))) console.log(`  ${item}`);
  const confusions = documents.flatMap((d) => d.entities.confusions.map((c) => ({ ...c, document: short(d.document) })));
  console.log(`category confusions (${confusions.length}, ours -> gold):`);
  for (const c of confusions.slice(0, limit)) console.log(`  ${c.label}: ${c.category} -> ${c.gold}  (${c.document})`);
}

export function summary(t: Total): string {
  return `entities F1 ${f3(t.entities.f1)} (P ${f3(t.entities.precision)} R ${f3(t.entities.recall)}) · category ${f3(t.categoryAccuracy)} · ` +
    `citations F1 ${f3(t.citations.f1)} (P ${f3(t.citations.precision)} R ${f3(t.citations.recall)}) · sources R ${f3(t.sourceRecall)}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--holdout')) {
    const files = goldFiles('holdout');
    console.log(`held-out set (${files.length} documents): ${summary((await evaluate(files)).total)}`);
    return;
  }
  // Gold files and folders named on the command line are found as `citegraph eval` finds them.
  const named = await collectGoldFiles(positionalArguments(args));
  const evaluation = await evaluate(named.length > 0 ? named : goldFiles('dev'));
  if (args.includes('--json')) {
    console.log(JSON.stringify(evaluation, null, 2));
    return;
  }
  process.stdout.write(renderEvaluation(evaluation));
  if (!args.includes('--quiet')) printErrors(evaluation, Number(args[args.indexOf('--errors') + 1]) || 25);
  console.log(`\ndev set (${evaluation.documents.length} documents): ${summary(evaluation.total)}`);
  console.log(`sample essay: ${summary((await evaluate([SAMPLE_GOLD])).total)}`);
}

/** Arguments that are neither flags nor a flag's value. */
function positionalArguments(args: readonly string[]): string[] {
  return args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--errors');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
