/**
 * Makes scaled inputs for the bench: N copies of a corpus in a temporary
 * folder (`copy-0/` … `copy-N-1/`), each a different corpus to citegraph.
 * Copy 0 is the corpus as it is; in copy k every link gets its own host
 * (`https://c3.example.org/…`) and every name its own spelling (a capitalised
 * word that is not an ordinary English word gets a suffix: `Mozilla` →
 * `Mozillaqd`), so that entities and sources grow with the copies, as they do
 * in a bigger real corpus, instead of merging into the first copy's.
 *
 *   npx tsx bench/scale-corpus.ts <corpus> <copies>   # prints the folder
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { collectInputs } from '../dist/index.js';
import { loadWordData } from '../dist/extract/word-data.js';

const SUFFIXES = ['', 'qb', 'qc', 'qd', 'qf', 'qg', 'qh', 'qj', 'qk', 'ql', 'qm', 'qn', 'qp', 'qr', 'qs', 'qt'];

/** The text of copy `k` of a document. */
export function scaleText(text: string, k: number, isCommon: (lower: string) => boolean): string {
  if (k === 0) return text;
  const suffix = SUFFIXES[k % SUFFIXES.length]! + (k >= SUFFIXES.length ? String(Math.floor(k / SUFFIXES.length)) : '');
  return text
    .replace(/\b(https?:\/\/)(?=[A-Za-z0-9])/g, `$1c${k}.`)
    .replace(/(?<![\p{L}\p{N}_./:#-])(\p{Lu}[\p{Ll}]{2,})(?![\p{L}\p{N}_])/gu, (word: string) => (isCommon(word.toLowerCase()) ? word : word + suffix));
}

/** Writes `copies` copies of the corpus's readable files into a new temporary folder and returns it. */
export async function makeScaledCorpus(corpus: string, copies: number, parent = tmpdir()): Promise<string> {
  const { commonWords } = loadWordData();
  const isCommon = (lower: string) => commonWords.has(lower);
  const target = mkdtempSync(join(parent, 'citegraph-scale-'));
  const inputs = await collectInputs([corpus]);
  for (let k = 0; k < copies; k++) {
    for (const { path } of inputs) {
      const out = join(target, `copy-${k}`, relative(corpus, path));
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, scaleText(readFileSync(path, 'utf8'), k, isCommon));
    }
  }
  return target;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [corpus, copies] = process.argv.slice(2);
  if (!corpus || !copies) {
    console.error('usage: npx tsx bench/scale-corpus.ts <corpus folder> <copies>');
    process.exit(2);
  }
  console.log(await makeScaledCorpus(corpus, Number(copies)));
}
