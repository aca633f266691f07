import { CitegraphError } from '../errors.js';
import type { CitegraphGraph } from '../graph/build.js';
import { cited, type CitedAnswer } from './cited.js';
import { entity, type EntityAnswer } from './entity.js';
import { neighbors, type NeighborsAnswer } from './neighbors.js';
import { path, type PathAnswer } from './path.js';
import { sources, type SourcesAnswer } from './sources.js';
import { stats, type StatsAnswer } from './stats.js';
import { top, type TopAnswer, type TopOptions } from './top.js';

/** The questions `citegraph query` answers; `limit` caps each list (default: 10; 0 for all). */
export type Question =
  | { question: 'entity'; name: string; limit?: number }
  | { question: 'neighbors'; name: string; limit?: number }
  | { question: 'sources'; name: string; limit?: number }
  | { question: 'cited'; target: string; limit?: number }
  | { question: 'path'; from: string; to: string }
  | ({ question: 'top' } & TopOptions)
  | { question: 'stats'; limit?: number };

export type QuestionName = Question['question'];

export interface Answers {
  entity: EntityAnswer;
  neighbors: NeighborsAnswer;
  sources: SourcesAnswer;
  cited: CitedAnswer;
  path: PathAnswer;
  top: TopAnswer;
  stats: StatsAnswer;
}
export type Answer = Answers[QuestionName];

type Asker<N extends QuestionName> = (graph: CitegraphGraph, question: Extract<Question, { question: N }>) => Answers[N];

const ASKERS: { [N in QuestionName]: Asker<N> } = { entity, neighbors, sources, cited, path, top, stats };
export const QUESTIONS = Object.keys(ASKERS) as QuestionName[];

/**
 * Answers a question about a loaded graph, as `citegraph query` does: names
 * match case-insensitively through aliases, lists are ranked with ties broken
 * by label. An unknown name throws a NotFoundError with the closest names.
 */
export function query<Q extends Question>(graph: CitegraphGraph, question: Q): Answers[Q['question']] {
  const name = (question as { question?: unknown } | undefined)?.question;
  if (typeof name !== 'string' || !Object.hasOwn(ASKERS, name)) {
    throw new CitegraphError(`unknown question ${JSON.stringify(name)}, expected one of ${QUESTIONS.join(', ')}`);
  }
  return (ASKERS[name as QuestionName] as Asker<Q['question']>)(graph, question as never);
}
