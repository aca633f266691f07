import { dirname, relative, resolve, sep } from 'node:path';
import { formatTable, type Row } from '../query/table.js';
import type { Evaluation } from './evaluate.js';
import type { DocumentScore } from './score.js';
import { prf, type MacroTotal, type Prf, type Total } from './totals.js';

const f3 = (x: number) => x.toFixed(3);
const prfCells = (x: Prf) => [f3(x.precision), f3(x.recall), f3(x.f1)];
const plural = (n: number) => `${n} document${n === 1 ? '' : 's'}`;

/** The per-document table, then micro and macro totals, then both per genre when gold files name one. */
export function renderEvaluation(evaluation: Evaluation): string {
  const { documents } = evaluation;
  const hasGenres = Object.keys(evaluation.genres).length > 0;
  const names = documentNames(documents.map((d) => resolve(dirname(d.gold), d.document)));
  const row = (name: string, genre: string, cells: string[]): Row => ({ cells: [name, ...(hasGenres ? [genre] : []), ...cells] });
  const micro = (total: Total, scores: readonly DocumentScore[]) => [
    ...prfCells(total.entities),
    ...prfCells(total.citations),
    `${scores.reduce((n, d) => n + d.sources.found, 0)}/${scores.reduce((n, d) => n + d.sources.gold, 0)}`,
    f3(total.categoryAccuracy),
  ];
  const macro = (total: MacroTotal) => [...prfCells(total.entities), ...prfCells(total.citations), f3(total.sourceRecall), f3(total.categoryAccuracy)];
  const rows: Row[] = documents.map((d, i) => {
    const entities = prfCells(prf(d.entities));
    const citations = prfCells(prf(d.citations));
    const category = d.entities.tp ? f3(d.entities.categoryRight / d.entities.tp) : '-';
    return row(names[i]!, d.genre ?? '', [...entities, ...citations, `${d.sources.found}/${d.sources.gold}`, category]);
  });
  rows.push({ cells: [] });
  rows.push(row(`micro (${plural(documents.length)})`, 'all', micro(evaluation.total, documents)));
  rows.push(row(`macro (${plural(documents.length)})`, 'all', macro(evaluation.macro)));
  for (const [genre, total] of Object.entries(evaluation.genres)) {
    const group = documents.filter((d) => d.genre === genre);
    rows.push(row(`micro (${plural(total.documents)})`, genre, micro(total.total, group)));
    rows.push(row(`macro (${plural(total.documents)})`, genre, macro(total.macro)));
  }
  const headers = ['document', ...(hasGenres ? ['genre'] : []), 'ent P', 'ent R', 'ent F1', 'cit P', 'cit R', 'cit F1', 'sources', 'category'];
  const columns = headers.map((header, i) => ({ header, align: i < (hasGenres ? 2 : 1) ? ('left' as const) : ('right' as const) }));
  return `${formatTable(columns, rows).join('\n')}\n`;
}

/** Document paths shortened to below their common folder (`rust-blog/Rust-1.12.1.md`), always with `/`. */
function documentNames(paths: readonly string[]): string[] {
  if (paths.length === 0) return [];
  let common = dirname(paths[0]!);
  while (!paths.every((path) => path.startsWith(common.endsWith(sep) ? common : common + sep))) common = dirname(common);
  return paths.map((path) => relative(common, path).split(sep).join('/'));
}
