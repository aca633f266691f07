/// <reference path="../types/graphology-layout-forceatlas2.d.ts" />
import Graph, { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { layoutSettings, PPE, PPN, runLayoutJob, type LayoutJob } from './layout-job.js';
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
  analyzeParts(projectUndirected(graph), (node) => graph.getNodeAttribute(node, 'kind') === 'source', options, () => graph);
}

/**
 * Where the analysis writes its results: a graphology graph, or the nodes a graph is made of (see
 * build.ts). `mergeNodeAttributes` is called from within `forEachNode`, once per node.
 */
export interface AnalysisTarget {
  forEachNode(callback: (node: string, attributes: NodeAttributes) => void): void;
  mergeNodeAttributes(node: string, update: Partial<NodeAttributes>): void;
  /**
   * Work the target can do ahead while the layout runs on another thread, until `layout` settles
   * (see analyzePartsAside). It writes `updates` (what the analysis writes into each node but its
   * position, in `forEachNode`'s order) itself, where no key moves: only the positions are left.
   */
  workWhile?(layout: Promise<unknown>, updates: readonly Partial<NodeAttributes>[]): Promise<void>;
}

/**
 * `analyzeGraph` on a graph's undirected projection, made without the graph (see build.ts): the
 * target, from `makeTarget`, only receives the results. `isSource` tells the graph's source nodes.
 */
export function analyzeParts<T extends AnalysisTarget>(projection: Projection, isSource: (node: string) => boolean, options: AnalyzeOptions, makeTarget: () => T): T {
  const analysis = startAnalysis(projection, isSource, options);
  const positions = analysis.layout.job ? runLayoutJob(analysis.layout.job) : undefined;
  const target = makeTarget();
  finishAnalysis(target, analysis, placements(analysis), nodeUpdates(target, analysis, rankNodes(analysis.projection)), positions);
  return target;
}

/**
 * `analyzeParts` with ForceAtlas2's iterations handed to `runLayout` (another thread: see
 * layout-thread.ts), while this thread works out PageRank, makes the target, works out everything
 * it writes into the nodes but their positions, and then lets the target work ahead (`workWhile`)
 * until the positions come. The result is the same to the byte: the iterations are the same
 * arithmetic on the same Float32Arrays, wherever they run.
 */
export async function analyzePartsAside<T extends AnalysisTarget>(
  projection: Projection,
  isSource: (node: string) => boolean,
  options: AnalyzeOptions,
  runLayout: (job: LayoutJob) => Promise<Float32Array<ArrayBuffer>>,
  makeTarget: () => T,
): Promise<T> {
  const analysis = startAnalysis(projection, isSource, options);
  const positions = analysis.layout.job ? runLayout(analysis.layout.job) : undefined;
  const ranks = rankNodes(analysis.projection);
  const target = makeTarget();
  const updates = nodeUpdates(target, analysis, ranks);
  const placed = placements(analysis);
  // A target that works while it waits writes the updates itself: only the positions are left.
  const isWaiting = positions !== undefined && target.workWhile !== undefined;
  if (isWaiting) await target.workWhile!(positions, updates);
  finishAnalysis(target, analysis, placed, isWaiting ? undefined : updates, await positions);
  return target;
}

interface Analysis {
  projection: Projection;
  communities: Record<string, number>;
  layout: LayoutPlan;
}

function startAnalysis(projection: Projection, isSource: (node: string) => boolean, options: AnalyzeOptions): Analysis {
  const seed = options.seed ?? 1;
  const communities = projection.size > 0 ? louvain(projection, { getEdgeWeight: 'weight', rng: seededRandom(seed) }) : {};
  const layout = planLayout(projection, isSource, communities, seed, options.iterations);
  return { projection, communities, layout };
}

function rankNodes(projection: Projection): Record<string, number> {
  return projection.order > 0 ? pagerank(projection, { getEdgeWeight: 'weight', maxIterations: 200 }) : {};
}

/** What the analysis writes into each node but its position, in the target's order of nodes. */
function nodeUpdates(target: AnalysisTarget, { projection, communities }: Analysis, ranks: Record<string, number>): Partial<NodeAttributes>[] {
  const updates: Partial<NodeAttributes>[] = [];
  target.forEachNode((node, attributes) => {
    const update: Partial<NodeAttributes> & Record<string, unknown> = {
      size: round(nodeSize(attributes), 2),
      color: nodeColor(attributes),
      pagerank: round(ranks[node] ?? 0, 8),
      degree: projection.degree(node),
    };
    if (attributes.kind === 'entity') update.community = communities[node] ?? 0;
    updates.push(update);
  });
  return updates;
}

/**
 * Places every node, and writes each its position and `updates` (in that order of keys: new ones
 * come last); without `updates`, only the position.
 */
function finishAnalysis(
  target: AnalysisTarget,
  { projection, layout }: Analysis,
  placed: Placements,
  updates: readonly Partial<NodeAttributes>[] | undefined,
  positions: Float32Array<ArrayBuffer> | undefined,
): void {
  finishLayout(projection, layout, placed, positions);
  let i = 0;
  target.forEachNode((node) => {
    const position = projection.getNodeAttributes(node);
    target.mergeNodeAttributes(node, updates ? { x: round(position.x, 2), y: round(position.y, 2), ...updates[i++] } : { x: round(position.x, 2), y: round(position.y, 2) });
  });
}

function projectUndirected(graph: AnyGraph): Projection {
  const projection: Projection = new UndirectedGraph();
  graph.forEachNode((node) => projection.addNode(node, { x: 0, y: 0 }));
  // In a citegraph graph each pair of nodes has one edge at most; any other graph gets its weights summed.
  graph.forEachEdge((edge, attributes, source, target) => {
    if (projection.hasEdge(source, target)) projection.updateEdgeAttribute(source, target, 'weight', (weight = 0) => weight + attributes.weight);
    else projection.addUndirectedEdgeWithKey(edge, source, target, { weight: attributes.weight });
  });
  return projection;
}

export type Projection = UndirectedGraph<{ x: number; y: number }, { weight: number }>;

// From this many entities and documents, leaves are placed rather than simulated (as Barnes-Hut starts):
// below it the simulation is cheap, and spreads a small graph's leaves better.
const LEAVES_FROM = 2000;

/** What the layout does around ForceAtlas2: the nodes it simulates, and the nodes placed afterwards. */
interface LayoutPlan {
  /** The simulated nodes, in the order of the job's node matrix. */
  core: string[];
  leaves: string[];
  anchors: Map<string, string[]>;
  sources: string[];
  /** Undefined when there is nothing to simulate. */
  job?: LayoutJob;
}

/**
 * ForceAtlas2 from seeded random positions, on the entities and documents that
 * shape the graph. Sources (two thirds of a corpus graph, most cited once or
 * twice) and, in a big graph, leaves (an entity named in one document only,
 * and with nothing else) take no part in the simulation: each is placed afterwards near the
 * middle of its neighbours, on a small spiral so that siblings do not overlap.
 * This keeps the layout of a corpus-sized graph fast without changing its
 * shape. Barnes-Hut (from 2,000 simulated nodes) uses Gephi's coarser theta.
 * The plan holds the simulation's job; `finishLayout` places everything from its result.
 */
function planLayout(projection: Projection, isSource: (node: string) => boolean, communities: Record<string, number>, seed: number, iterations?: number): LayoutPlan {
  // Start each community around its own point on a circle: ForceAtlas2 then needs far fewer iterations.
  const random = seededRandom(seed);
  const spread = Math.sqrt(projection.order) * 10;
  const count = Math.max(1, ...Object.values(communities).map((c) => c + 1));
  projection.forEachNode((node) => {
    const angle = (2 * Math.PI * (communities[node] ?? 0)) / count;
    const radius = count > 1 ? spread : 0;
    projection.mergeNodeAttributes(node, {
      x: radius * Math.cos(angle) + (random() - 0.5) * spread * 0.5,
      y: radius * Math.sin(angle) + (random() - 0.5) * spread * 0.5,
    });
  });
  // The simulated subgraph as plain arrays (a graphology copy of it cost as much as the rest of the plan):
  // nodes and edges in the projection's order, as graphToByteArrays would read them from such a copy.
  const candidates: string[] = [];
  const indexOf = new Map<string, number>();
  const sources: string[] = [];
  projection.forEachNode((node) => {
    if (isSource(node) && projection.degree(node) > 0) sources.push(node);
    else indexOf.set(node, candidates.push(node) - 1);
  });
  const ends: number[] = [];
  const weights: number[] = [];
  const degrees = new Array<number>(candidates.length).fill(0);
  const neighbours = new Array<number>(candidates.length).fill(-1); // the last one seen: for a node of degree 1, its only one
  projection.forEachEdge((_edge, attributes, source, target) => {
    const a = indexOf.get(source);
    const b = indexOf.get(target);
    if (a === undefined || b === undefined) return;
    ends.push(a, b);
    weights.push(typeof attributes.weight === 'number' && !Number.isNaN(attributes.weight) ? attributes.weight : 1);
    degrees[a]!++;
    degrees[b]!++;
    neighbours[a] = b;
    neighbours[b] = a;
  });
  const isLeaf = (i: number) => degrees[i] === 1 && degrees[neighbours[i]!]! > 1;
  const leaves = candidates.length < LEAVES_FROM ? [] : candidates.filter((_node, i) => isLeaf(i));
  const anchors = new Map(leaves.map((leaf) => [leaf, [candidates[neighbours[indexOf.get(leaf)!]!]!]]));
  const core = leaves.length === 0 ? candidates : candidates.filter((node) => !anchors.has(node));
  const plan: LayoutPlan = { core, leaves, anchors, sources };
  // Each candidate's offset in the node matrix, or -1 for a leaf.
  const offsets = new Int32Array(candidates.length).fill(-1);
  core.forEach((node, i) => (offsets[indexOf.get(node)!] = i * PPN));
  const isSimulated = (e: number) => offsets[ends[2 * e]!]! >= 0 && offsets[ends[2 * e + 1]!]! >= 0;
  const edgeCount = weights.filter((_weight, e) => isSimulated(e)).length;
  if (core.length >= 2 && edgeCount > 0) {
    // What forceAtlas2.assign does before its iterations (graphToByteArrays), with the weight getter of `getEdgeWeight: 'weight'`.
    const settings = layoutSettings(core.length);
    const nodes = new Float32Array(core.length * PPN);
    core.forEach((node, i) => {
      const { x, y } = projection.getNodeAttributes(node);
      const j = i * PPN;
      nodes[j] = x;
      nodes[j + 1] = y;
      nodes[j + 6] = 1; // mass, to which each edge adds its weight
      nodes[j + 7] = 1; // convergence
      nodes[j + 8] = 1; // size
    });
    const edges = new Float32Array(edgeCount * PPE);
    let j = 0;
    for (let e = 0; e < weights.length; e++) {
      if (!isSimulated(e)) continue;
      const source = offsets[ends[2 * e]!]!;
      const target = offsets[ends[2 * e + 1]!]!;
      const weight = weights[e]!;
      nodes[source + 6]! += weight;
      nodes[target + 6]! += weight;
      edges[j] = source;
      edges[j + 1] = target;
      edges[j + 2] = weight;
      j += PPE;
    }
    plan.job = { settings, iterations: iterations ?? (core.length < 500 ? 300 : core.length < 2000 ? 150 : 50), nodes, edges };
  }
  return plan;
}

/** Where the nodes placed after the simulation go, but for their neighbours' positions: leaves first, then sources. */
interface Placements {
  leaves: Placement[];
  sources: Placement[];
}

/** A node to put near the middle of its neighbours, as the `index`th sibling of those neighbours on a spiral. */
interface Placement {
  node: string;
  neighbours: string[];
  index: number;
}

/** The layout's placements: all but the positions, so that they can be worked out while ForceAtlas2 runs. */
function placements({ projection, layout: { leaves, anchors, sources } }: Analysis): Placements {
  return { leaves: placementsOf(leaves, (leaf) => anchors.get(leaf)!), sources: placementsOf(sources, (source) => projection.neighbors(source)) };
}

/** Siblings (nodes of the same neighbours) are counted in the order of `nodes`. */
function placementsOf(nodes: readonly string[], neighboursOf: (node: string) => string[]): Placement[] {
  const crowd = new Map<string, number>();
  return nodes.map((node) => {
    const neighbours = neighboursOf(node);
    const spot = neighbours.slice().sort().join('\0');
    const index = crowd.get(spot) ?? 0;
    crowd.set(spot, index + 1);
    return { node, neighbours, index };
  });
}

function finishLayout(projection: Projection, { core }: LayoutPlan, placed: Placements, positions: Float32Array<ArrayBuffer> | undefined): void {
  if (positions) core.forEach((node, i) => projection.mergeNodeAttributes(node, { x: positions[i * PPN]!, y: positions[i * PPN + 1]! }));
  placeAround(projection, placed.leaves);
  placeAround(projection, placed.sources);
}

/** Puts each node near the middle of its (already placed) neighbours, siblings on a golden-angle spiral. */
function placeAround(projection: Projection, placements: readonly Placement[]): void {
  for (const { node, neighbours, index } of placements) {
    let x = 0;
    let y = 0;
    for (const neighbour of neighbours) {
      const position = projection.getNodeAttributes(neighbour);
      x += position.x;
      y += position.y;
    }
    const angle = index * 2.399963; // the golden angle spreads any number of siblings evenly
    const radius = 3 + 1.5 * Math.sqrt(index);
    projection.mergeNodeAttributes(node, { x: x / neighbours.length + radius * Math.cos(angle), y: y / neighbours.length + radius * Math.sin(angle) });
  }
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
