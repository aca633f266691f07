/**
 * citegraph's library API: the same stages the CLI runs.
 *
 *   const document = await readDocument('essay.md');
 *   const graph = buildGraph([extract(document)]);
 *   process.stdout.write(toJson(graph));
 */
export { CitegraphError, EXIT, InternalError } from './errors.js';
export { VERSION } from './version.js';
export { readDocument, readSource, formatOf, READABLE_EXTENSIONS, normalizeUrl } from './read/index.js';
export type { Block, BlockKind, Document, Format, Link, ReadOptions, Span, Verbatim } from './read/index.js';
export { extract } from './extract/extract.js';
export type { ExtractOptions, Extraction, ExtractedEntity, ExtractedLink, ExtractedSentence } from './extract/extract.js';
export { segmentSentences } from './extract/sentences.js';
export type { Sentence } from './extract/sentences.js';
export { loadLexicon, buildLexicon, readLexiconFile, foldName, DEFAULT_LEXICON_PATH } from './extract/lexicon.js';
export type { Lexicon, LexiconEntry, LexiconFile } from './extract/lexicon.js';
export { buildGraph, GraphBuilder, BUILD_DEFAULTS } from './graph/build.js';
export { compactExtraction } from './graph/compact.js';
export { ShardMerger } from './graph/merge.js';
export type { BuildOptions, CitegraphGraph } from './graph/build.js';
export { analyzeGraph } from './graph/analyze.js';
export type { AnalyzeOptions } from './graph/analyze.js';
export * from './graph/schema.js';
export { toJson, toJsonChunks } from './export/json.js';
export { toGexf } from './export/gexf.js';
export { toGraphml } from './export/graphml.js';
export { collectInputs, extractInputs, forEachExtraction, selectShard, shardOf } from './pipeline.js';
export type { Input, Extracted, ExtractFilesOptions, ExtractInputOptions } from './pipeline.js';
export { ExtractionCache, cacheContext } from './cache.js';
export type { CachedExtraction } from './cache.js';
export { loadGraph, parseGraph, validateGraph, findProblem, GRAPH_SCHEMA_ID, GRAPH_SCHEMA_PATH, query, QUESTIONS, NotFoundError, TOP_METRICS } from './query/index.js';
export type * from './query/index.js';
export { startServer, SERVE_DEFAULTS, CONTENT_SECURITY_POLICY } from './serve/index.js';
export type { ServeOptions, RunningServer } from './serve/index.js';
export { evaluate, collectGoldFiles, readGold, parseGold, scoreGraph } from './eval/index.js';
export type { EvaluateOptions, Evaluation, EvaluatedDocument, Gold, GoldEntity, GoldCitation, DocumentScore, Total, MacroTotal, GenreTotal, Prf } from './eval/index.js';
