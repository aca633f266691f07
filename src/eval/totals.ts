import type { DocumentScore } from './score.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

/** Micro averages: the documents' counts summed, then divided. */
export interface Total {
  entities: Prf;
  /** Matched entities with the gold category, over matched entities. */
  categoryAccuracy: number;
  citations: Prf;
  /** Gold sources found, over gold sources. */
  sourceRecall: number;
  /** Sources found that the gold files do not list. */
  extraSources: number;
}

/** Macro averages: each figure computed per document, then averaged over the documents where it is defined. */
export type MacroTotal = Omit<Total, 'extraSources'>;

export interface GenreTotal {
  documents: number;
  total: Total;
  macro: MacroTotal;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of counts; 0 where a ratio has nothing to divide by. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

const sum = (scores: readonly DocumentScore[], pick: (score: DocumentScore) => number) => scores.reduce((total, score) => total + pick(score), 0);

export function microTotal(scores: readonly DocumentScore[]): Total {
  const counts = (pick: (score: DocumentScore) => Counts): Counts => ({
    tp: sum(scores, (s) => pick(s).tp),
    fp: sum(scores, (s) => pick(s).fp),
    fn: sum(scores, (s) => pick(s).fn),
  });
  const entities = counts((s) => s.entities);
  const right = sum(scores, (s) => s.entities.categoryRight);
  const goldSources = sum(scores, (s) => s.sources.gold);
  return {
    entities: prf(entities),
    categoryAccuracy: entities.tp ? right / entities.tp : 0,
    citations: prf(counts((s) => s.citations)),
    sourceRecall: goldSources ? sum(scores, (s) => s.sources.found) / goldSources : 0,
    extraSources: sum(scores, (s) => s.sources.extra),
  };
}

/** The mean of the defined values (a document with nothing to measure does not pull the mean down); 0 when none is. */
const mean = (values: readonly (number | undefined)[]) => {
  const defined = values.filter((value): value is number => value !== undefined);
  return defined.length ? defined.reduce((a, b) => a + b, 0) / defined.length : 0;
};

/**
 * Per-document figures averaged: precision over documents that found something,
 * recall over documents whose gold file has something to find, F1 over documents
 * with either, category accuracy over documents with a matched entity, source
 * recall over documents with gold sources.
 */
export function macroTotal(scores: readonly DocumentScore[]): MacroTotal {
  const macroPrf = (pick: (score: DocumentScore) => Counts): Prf => {
    const each = scores.map((score) => ({ counts: pick(score), prf: prf(pick(score)) }));
    return {
      precision: mean(each.map(({ counts, prf }) => (counts.tp + counts.fp ? prf.precision : undefined))),
      recall: mean(each.map(({ counts, prf }) => (counts.tp + counts.fn ? prf.recall : undefined))),
      f1: mean(each.map(({ counts, prf }) => (counts.tp + counts.fp + counts.fn ? prf.f1 : undefined))),
    };
  };
  return {
    entities: macroPrf((s) => s.entities),
    categoryAccuracy: mean(scores.map((s) => (s.entities.tp ? s.entities.categoryRight / s.entities.tp : undefined))),
    citations: macroPrf((s) => s.citations),
    sourceRecall: mean(scores.map((s) => (s.sources.gold ? s.sources.found / s.sources.gold : undefined))),
  };
}

/** Micro and macro totals per genre, for the documents whose gold file names one; genres sorted by name. */
export function genreTotals(scores: readonly DocumentScore[]): Record<string, GenreTotal> {
  const byGenre = new Map<string, DocumentScore[]>();
  for (const score of scores) if (score.genre !== undefined) byGenre.set(score.genre, [...(byGenre.get(score.genre) ?? []), score]);
  const genres: Record<string, GenreTotal> = {};
  for (const genre of [...byGenre.keys()].sort()) {
    const group = byGenre.get(genre)!;
    genres[genre] = { documents: group.length, total: microTotal(group), macro: macroTotal(group) };
  }
  return genres;
}
