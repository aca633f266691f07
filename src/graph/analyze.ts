import Graph, { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from './schema.js';
import { CATEGORY_COLORS, DOCUMENT_COLOR, SOURCE_COLOR } from './style.js';

export interface AnalyzeOptions {
  /** Seed for Louvain and for the layout's starting positions (default: 1). */
  seed?: number;
  /** ForceAtlas2 iterations (default: from the graph's size, fewer for bigger graphs). */
  iterations?: number;
}

type AnyGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

/** mulberry32: a small seeded PRNG, so that layouts and communities repeat exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const round = (value: number, digits: number) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor || 0;
};

/**
 * Writes communities (Louvain), PageRank, degree, a ForceAtlas2 layout, sizes
 * and colours into the graph's node attributes. Runs on an undirected
 * projection of the graph (edge weights summed), seeded, so the result is the
 * same for the same graph.
 */
export function analyzeGraph(graph: AnyGraph, options: AnalyzeOptions = {}): void {
  const seed = options.seed ?? 1;
  const projection = projectUndirected(graph);

  const communities = projection.size > 0 ? louvain(projection, { getEdgeWeight: 'weight', rng: seededRandom(seed) }) : {};
  const ranks = projection.order > 0 ? pagerank(projection, { getEdgeWeight: 'weight', maxIterations: 200 }) : {};
  layout(projection, seed, options.iterations);

  graph.forEachNode((node, attributes) => {
    const position = projection.getNodeAttributes(node);
    const update: Partial<NodeAttributes> & Record<string, unknown> = {
      x: round(position.x, 2),
      y: round(position.y, 2),
      size: round(nodeSize(attributes), 2),
      color: nodeColor(attributes),
      pagerank: round(ranks[node] ?? 0, 8),
      degree: projection.degree(node),
    };
    if (attributes.kind === 'entity') update.community = communities[node] ?? 0;
    graph.mergeNodeAttributes(node, update);
  });
}

function projectUndirected(graph: AnyGraph): UndirectedGraph<{ x: number; y: number }, { weight: number }> {
  const projection = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  graph.forEachNode((node) => projection.addNode(node, { x: 0, y: 0 }));
  graph.forEachEdge((_edge, attributes, source, target) => {
    projection.updateUndirectedEdge(source, target, (current) => ({ weight: (current.weight ?? 0) + attributes.weight }));
  });
  return projection;
}

function layout(projection: UndirectedGraph<{ x: number; y: number }, { weight: number }>, seed: number, iterations?: number): void {
  const random = seededRandom(seed);
  const spread = Math.sqrt(projection.order) * 10;
  projection.forEachNode((node) => {
    projection.mergeNodeAttributes(node, { x: (random() - 0.5) * spread, y: (random() - 0.5) * spread });
  });
  if (projection.order < 2) return;
  const order = projection.order;
  const count = iterations ?? (order < 500 ? 300 : order < 5000 ? 120 : 60);
  forceAtlas2.assign(projection, {
    iterations: count,
    getEdgeWeight: 'weight',
    settings: { ...forceAtlas2.inferSettings(projection), edgeWeightInfluence: 0.5 },
  });
}

function nodeSize(attributes: NodeAttributes): number {
  if (attributes.kind === 'entity') return Math.min(30, 3 + 2 * Math.sqrt(attributes.mentions));
  if (attributes.kind === 'source') return Math.min(15, 2 + Math.sqrt(attributes.citations));
  return 6;
}

function nodeColor(attributes: NodeAttributes): string {
  if (attributes.kind === 'entity') return CATEGORY_COLORS[attributes.category];
  return attributes.kind === 'source' ? SOURCE_COLOR : DOCUMENT_COLOR;
}
