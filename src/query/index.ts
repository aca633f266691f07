/** Querying a graph file: load and validate it, then ask it the questions of `citegraph query`. */
export { loadGraph, parseGraph, validateGraph } from './load.js';
export { findProblem, GRAPH_SCHEMA_ID } from './check.js';
export { GRAPH_SCHEMA_PATH } from './schema-path.js';
export type { Problem } from './check.js';
export { query, QUESTIONS } from './query.js';
export type { Answer, Answers, Question, QuestionName } from './query.js';
export { NotFoundError } from './names.js';
export { TOP_METRICS } from './top.js';
export type { EntityAnswer, EntityDetails, DocumentMention } from './entity.js';
export type { NeighborsAnswer, Neighbor } from './neighbors.js';
export type { SourcesAnswer, CitedSource } from './sources.js';
export type { CitedAnswer, MatchedSource, CitingEntity } from './cited.js';
export type { PathAnswer, PathNode, PathEdge } from './path.js';
export type { TopAnswer, TopMetric, TopOptions, RankedEntity } from './top.js';
export type { StatsAnswer, DomainCount } from './stats.js';
export type { EntityRef, SourceRef, Listing } from './shared.js';
