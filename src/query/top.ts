import { CitegraphError } from '../errors.js';
import type { CitegraphGraph } from '../graph/build.js';
import { CATEGORIES, type Category, type EntityAttributes } from '../graph/schema.js';
import { byCountsThenLabel, checkLimit, listing, type EntityRef, type Listing } from './shared.js';

export const TOP_METRICS = ['mentions', 'degree', 'pagerank'] as const;
export type TopMetric = (typeof TOP_METRICS)[number];

export interface RankedEntity extends EntityRef, Pick<EntityAttributes, 'mentions' | 'documents' | 'degree' | 'pagerank'> {}

export interface TopAnswer {
  question: 'top';
  by: TopMetric;
  /** The category the ranking was limited to, if any. */
  category: Category | null;
  entities: Listing<RankedEntity>;
}

export interface TopOptions {
  /** What to rank by (default: `mentions`). */
  by?: TopMetric;
  /** Only entities of this category (default: all). */
  category?: Category;
  limit?: number;
}

/** `top`: the entities with the most mentions, the highest degree or PageRank; ties by label. */
export function top(graph: CitegraphGraph, options: TopOptions = {}): TopAnswer {
  const limit = checkLimit(options.limit);
  const by = options.by ?? 'mentions';
  if (!TOP_METRICS.includes(by)) throw new CitegraphError(`cannot rank by ${JSON.stringify(by)}, expected one of ${TOP_METRICS.join(', ')}`);
  const category = options.category ?? null;
  if (category !== null && !CATEGORIES.includes(category)) throw new CitegraphError(`unknown category ${JSON.stringify(category)}, expected one of ${CATEGORIES.join(', ')}`);
  const ranked: RankedEntity[] = [];
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'entity' || (category !== null && attributes.category !== category)) return;
    const { label, category: of, mentions, documents, degree, pagerank } = attributes as EntityAttributes;
    ranked.push({ key, label, category: of, mentions, documents, degree, pagerank });
  });
  return { question: 'top', by, category, entities: listing(ranked.sort(byCountsThenLabel((e) => e[by])), limit) };
}
