export { evaluate, collectGoldFiles, GOLD_SUFFIX } from './evaluate.js';
export type { EvaluateOptions, Evaluation, EvaluatedDocument } from './evaluate.js';
export { readGold, parseGold, findGoldProblem, goldDocumentPath } from './gold.js';
export type { Gold, GoldEntity, GoldCitation } from './gold.js';
export { scoreGraph, normName, normUrl } from './score.js';
export type { DocumentScore, CategoryConfusion, SerializedGraphLike } from './score.js';
export { prf, microTotal, macroTotal, genreTotals } from './totals.js';
export type { Prf, Total, MacroTotal, GenreTotal } from './totals.js';
export { renderEvaluation } from './render.js';
