import type { CitegraphGraph } from '../graph/build.js';
import { CATEGORIES, EDGE_KINDS, NODE_KINDS, type Category, type EdgeKind, type NodeKind } from '../graph/schema.js';
import { checkLimit, compareText, listing, type Listing } from './shared.js';

/** A domain the sources are on. */
export interface DomainCount {
  domain: string;
  /** Sentences that hold a link to it. */
  citations: number;
  /** Distinct sources (URLs) on it. */
  sources: number;
}

export interface StatsAnswer {
  question: 'stats';
  generator: string;
  schemaVersion: number;
  documents: number;
  nodes: Record<NodeKind, number>;
  edges: Record<EdgeKind, number>;
  /** Entities by category. */
  categories: Record<Category, number>;
  /** Most cited first (then most sources, then by name). */
  domains: Listing<DomainCount>;
}

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** `stats`: counts by node and edge kind, entities by category, documents, the most cited domains. */
export function stats(graph: CitegraphGraph, options: { limit?: number } = {}): StatsAnswer {
  const limit = checkLimit(options.limit);
  const nodes = zeros(NODE_KINDS);
  const edges = zeros(EDGE_KINDS);
  const categories = zeros(CATEGORIES);
  const domains = new Map<string, DomainCount>();
  graph.forEachNode((_key, attributes) => {
    nodes[attributes.kind] += 1;
    if (attributes.kind === 'entity') categories[attributes.category] += 1;
    if (attributes.kind !== 'source') return;
    const entry = domains.get(attributes.domain) ?? { domain: attributes.domain, citations: 0, sources: 0 };
    entry.citations += attributes.citations;
    entry.sources += 1;
    domains.set(attributes.domain, entry);
  });
  graph.forEachEdge((_edge, attributes) => {
    edges[attributes.kind] += 1;
  });
  const ranked = [...domains.values()].sort((a, b) => b.citations - a.citations || b.sources - a.sources || compareText(a.domain, b.domain));
  const { generator, schemaVersion } = graph.getAttributes();
  return {
    question: 'stats',
    generator,
    schemaVersion,
    documents: nodes.document,
    nodes,
    edges,
    categories,
    domains: listing(ranked, limit),
  };
}
