/// <reference path="../types/graphology-layout-forceatlas2.d.ts" />
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
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
 * build.ts). `forEachNode` goes through the nodes in the projection's order; `mergeNodeAttributes`
 * is called from within it, once per node.
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
 * The undirected graph the analysis runs on, as arrays: the nodes in order, and the edges in order
 * (node indices and weight; one at most per pair of nodes). Made from a citegraph graph's parts
 * directly (build.ts) or from any graph (`projectUndirected`). A graphology copy of it, which the
 * analysis once ran on, cost as much to make and to collect as the analysis itself; the results are
 * the same to the byte (see `pageRanks` and `communitiesOf`).
 */
export interface Projection {
  nodes: readonly string[];
  sources: Int32Array;
  targets: Int32Array;
  /** Numbers all: a weight that is none counts 1, as graphology's weight getters count it. */
  weights: Float64Array;
}

/**
 * `analyzeGraph` on a graph's undirected projection, made without the graph (see build.ts): the
 * target, from `makeTarget`, only receives the results. `isSource` tells the graph's source nodes.
 */
export function analyzeParts<T extends AnalysisTarget>(projection: Projection, isSource: (node: string) => boolean, options: AnalyzeOptions, makeTarget: () => T): T {
  const analysis = startAnalysis(projection, isSource, options);
  const positions = analysis.layout.job ? runLayoutJob(analysis.layout.job) : undefined;
  const target = makeTarget();
  finishAnalysis(target, analysis, placements(analysis), nodeUpdates(target, analysis, pageRanks(analysis.adjacency)), positions);
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
  const ranks = pageRanks(analysis.adjacency);
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
  adjacency: Adjacency;
  /** Each node's community, by index. */
  communities: ArrayLike<number>;
  layout: LayoutPlan;
  /** The nodes' positions, by index: random at first, then the layout's. */
  xs: Float64Array;
  ys: Float64Array;
}

/**
 * Each node's neighbours and edges, in the order of the edges (a node's neighbours in graphology's
 * order: by when their edge was added), from `starts[i]` to `starts[i + 1]`; a loop counts once
 * there, and twice in the degree, as graphology counts it.
 */
interface Adjacency {
  order: number;
  starts: Int32Array;
  neighbours: Int32Array;
  weights: Float64Array;
  degrees: Int32Array;
  /** The degrees without loops, and how many loops there are. */
  plainDegrees: Int32Array;
  loops: number;
}

function adjacencyOf({ nodes, sources, targets, weights }: Projection): Adjacency {
  const order = nodes.length;
  const degrees = new Int32Array(order);
  const counts = new Int32Array(order + 1);
  let loops = 0;
  for (let e = 0; e < sources.length; e++) {
    const [a, b] = [sources[e]!, targets[e]!];
    degrees[a]! += 1;
    degrees[b]! += 1;
    counts[a + 1]! += 1;
    if (a !== b) counts[b + 1]! += 1;
    else loops++;
  }
  const plainDegrees = degrees.slice();
  if (loops > 0) for (let e = 0; e < sources.length; e++) if (sources[e] === targets[e]) plainDegrees[sources[e]!]! -= 2;
  const starts = counts;
  for (let i = 0; i < order; i++) starts[i + 1]! += starts[i]!;
  const next = starts.slice(0, order);
  const neighbours = new Int32Array(starts[order]!);
  const weightsOf = new Float64Array(starts[order]!);
  for (let e = 0; e < sources.length; e++) {
    const [a, b] = [sources[e]!, targets[e]!];
    neighbours[next[a]!] = b;
    weightsOf[next[a]!++] = weights[e]!;
    if (a === b) continue;
    neighbours[next[b]!] = a;
    weightsOf[next[b]!++] = weights[e]!;
  }
  return { order, starts, neighbours, weights: weightsOf, degrees, plainDegrees, loops };
}

function startAnalysis(projection: Projection, isSource: (node: string) => boolean, options: AnalyzeOptions): Analysis {
  const seed = options.seed ?? 1;
  const adjacency = adjacencyOf(projection);
  const communities = projection.sources.length > 0 ? communitiesOf(projection, adjacency, seededRandom(seed)) : new Int32Array(adjacency.order);
  const xs = new Float64Array(adjacency.order);
  const ys = new Float64Array(adjacency.order);
  const analysis = { projection, adjacency, communities, xs, ys } as Omit<Analysis, 'layout'>;
  return { ...analysis, layout: planLayout(analysis, isSource, seed, options.iterations) };
}

/**
 * Louvain's communities (graphology-communities-louvain), read from the arrays: its index reads only
 * these few members of a graph (order, size, its nodes and edges in order, their weights through the
 * getter), and checks that the others exist. Nodes are their indices, so its answer is by index.
 */
function communitiesOf({ sources, targets, weights }: Projection, { order, plainDegrees, loops }: Adjacency, rng: () => number): ArrayLike<number> {
  const unused = () => {
    throw new Error('not a graph: the arrays only stand in for one in Louvain');
  };
  const view = {
    order,
    size: sources.length,
    selfLoopCount: loops,
    type: 'undirected',
    multi: false,
    addUndirectedEdgeWithKey: unused,
    dropNode: unused,
    forEachNode(callback: (node: number) => void) {
      for (let i = 0; i < order; i++) callback(i);
    },
    undirectedDegreeWithoutSelfLoops: (i: number) => plainDegrees[i]!,
    forEachEdge(callback: (edge: number, attributes: undefined, source: number, target: number) => void) {
      for (let e = 0; e < sources.length; e++) callback(e, undefined, sources[e]!, targets[e]!);
    },
  };
  const communities = louvain(view as unknown as Graph, { getEdgeWeight: (edge) => weights[edge as unknown as number]!, rng }) as unknown as Record<number, number>;
  return Int32Array.from({ length: order }, (_, i) => communities[i]!);
}

/**
 * PageRank as graphology-metrics computes it (its `pagerank` with `getEdgeWeight: 'weight'` and 200
 * iterations at most), the same arithmetic in the same order, on the arrays: by index.
 */
function pageRanks({ order, starts, neighbours, weights }: Adjacency): Float64Array {
  if (order === 0) return new Float64Array(0);
  const alpha = 0.85;
  const p = 1 / order;
  let x = new Float64Array(order);
  const outDegrees = new Float64Array(order);
  const normalized = new Float64Array(weights.length);
  const dangling: number[] = [];
  for (let i = 0; i < order; i++) {
    for (let j = starts[i]!; j < starts[i + 1]!; j++) outDegrees[i]! += weights[j]!;
  }
  for (let i = 0; i < order; i++) {
    x[i] = p;
    const d = outDegrees[i]!;
    if (d === 0) dangling.push(i);
    for (let j = starts[i]!; j < starts[i + 1]!; j++) normalized[j] = weights[j]! / d;
  }
  for (let iteration = 0; iteration < 200; iteration++) {
    const last = x;
    x = new Float64Array(order);
    let dangleSum = 0;
    for (const i of dangling) dangleSum += last[i]!;
    dangleSum *= alpha;
    for (let i = 0; i < order; i++) {
      for (let j = starts[i]!; j < starts[i + 1]!; j++) x[neighbours[j]!]! += alpha * last[i]! * normalized[j]!;
      x[i]! += dangleSum * p + (1 - alpha) * p;
    }
    let error = 0;
    for (let i = 0; i < order; i++) error += Math.abs(x[i]! - last[i]!);
    if (error < order * 1e-6) return x;
  }
  throw new Error('graphology-metrics/centrality/pagerank: failed to converge.');
}

/** What the analysis writes into each node but its position, in the target's order of nodes. */
function nodeUpdates(target: AnalysisTarget, { adjacency, communities }: Analysis, ranks: Float64Array): Partial<NodeAttributes>[] {
  const updates: Partial<NodeAttributes>[] = [];
  let i = 0;
  target.forEachNode((_node, attributes) => {
    const update: Partial<NodeAttributes> & Record<string, unknown> = {
      size: round(nodeSize(attributes), 2),
      color: nodeColor(attributes),
      pagerank: round(ranks[i] ?? 0, 8),
      degree: adjacency.degrees[i]!,
    };
    if (attributes.kind === 'entity') update.community = communities[i] ?? 0;
    updates.push(update);
    i++;
  });
  return updates;
}

/**
 * Places every node, and writes each its position and `updates` (in that order of keys: new ones
 * come last); without `updates`, only the position.
 */
function finishAnalysis(target: AnalysisTarget, analysis: Analysis, placed: Placements, updates: readonly Partial<NodeAttributes>[] | undefined, positions: Float32Array<ArrayBuffer> | undefined): void {
  finishLayout(analysis, placed, positions);
  const { xs, ys } = analysis;
  let i = 0;
  target.forEachNode((node) => {
    const position = { x: round(xs[i]!, 2), y: round(ys[i]!, 2) };
    target.mergeNodeAttributes(node, updates ? { ...position, ...updates[i] } : position);
    i++;
  });
}

/** Any graph's undirected projection: the weights of the edges between two nodes (either way) summed, on the first one's place. */
function projectUndirected(graph: AnyGraph): Projection {
  const nodes = graph.nodes();
  const indexOf = new Map(nodes.map((node, i) => [node, i]));
  const sources: number[] = [];
  const targets: number[] = [];
  const sums: unknown[] = [];
  const edgeOf = new Map<string, number>();
  graph.forEachEdge((_edge, attributes, source, target) => {
    const [a, b] = [indexOf.get(source)!, indexOf.get(target)!];
    const pair = a < b ? `${a},${b}` : `${b},${a}`;
    const e = edgeOf.get(pair);
    // As graphology's updateEdgeAttribute((weight = 0) => weight + attributes.weight) summed them: a missing weight makes NaN.
    if (e !== undefined) {
      sums[e] = ((sums[e] as number | undefined) ?? 0) + (attributes.weight as number);
      return;
    }
    edgeOf.set(pair, sources.length);
    sources.push(a);
    targets.push(b);
    sums.push(attributes.weight);
  });
  const weights = Float64Array.from(sums, (weight) => (typeof weight === 'number' && !Number.isNaN(weight) ? weight : 1));
  return { nodes, sources: Int32Array.from(sources), targets: Int32Array.from(targets), weights };
}

// From this many entities and documents, leaves are placed rather than simulated (as Barnes-Hut starts):
// below it the simulation is cheap, and spreads a small graph's leaves better.
const LEAVES_FROM = 2000;

/** What the layout does around ForceAtlas2: the nodes it simulates, and the nodes placed afterwards (all by index). */
interface LayoutPlan {
  /** The simulated nodes, in the order of the job's node matrix. */
  core: number[];
  leaves: number[];
  anchors: Map<number, number[]>;
  sources: number[];
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
function planLayout({ projection, adjacency, communities, xs, ys }: Omit<Analysis, 'layout'>, isSource: (node: string) => boolean, seed: number, iterations?: number): LayoutPlan {
  const { order, degrees } = adjacency;
  // Start each community around its own point on a circle: ForceAtlas2 then needs far fewer iterations.
  const random = seededRandom(seed);
  const spread = Math.sqrt(order) * 10;
  let count = 1;
  for (let i = 0; i < order; i++) count = Math.max(count, communities[i]! + 1);
  for (let i = 0; i < order; i++) {
    const angle = (2 * Math.PI * communities[i]!) / count;
    const radius = count > 1 ? spread : 0;
    xs[i] = radius * Math.cos(angle) + (random() - 0.5) * spread * 0.5;
    ys[i] = radius * Math.sin(angle) + (random() - 0.5) * spread * 0.5;
  }
  // The simulated subgraph as plain arrays: nodes and edges in the projection's order, as graphToByteArrays would read them.
  const candidates: number[] = [];
  const indexOf = new Int32Array(order).fill(-1);
  const sources: number[] = [];
  for (let i = 0; i < order; i++) {
    if (isSource(projection.nodes[i]!) && degrees[i]! > 0) sources.push(i);
    else indexOf[i] = candidates.push(i) - 1;
  }
  const ends: number[] = [];
  const weights: number[] = [];
  const simulatedDegrees = new Array<number>(candidates.length).fill(0);
  const neighbours = new Array<number>(candidates.length).fill(-1); // the last one seen: for a node of degree 1, its only one
  for (let e = 0; e < projection.sources.length; e++) {
    const a = indexOf[projection.sources[e]!]!;
    const b = indexOf[projection.targets[e]!]!;
    if (a < 0 || b < 0) continue;
    ends.push(a, b);
    weights.push(projection.weights[e]!);
    simulatedDegrees[a]!++;
    simulatedDegrees[b]!++;
    neighbours[a] = b;
    neighbours[b] = a;
  }
  const isLeaf = (i: number) => simulatedDegrees[i] === 1 && simulatedDegrees[neighbours[i]!]! > 1;
  const leaves = candidates.length < LEAVES_FROM ? [] : candidates.filter((_node, i) => isLeaf(i));
  const anchors = new Map(leaves.map((leaf) => [leaf, [candidates[neighbours[indexOf[leaf]!]!]!]]));
  const core = leaves.length === 0 ? candidates : candidates.filter((node) => !anchors.has(node));
  const plan: LayoutPlan = { core, leaves, anchors, sources };
  // Each candidate's offset in the node matrix, or -1 for a leaf.
  const offsets = new Int32Array(candidates.length).fill(-1);
  core.forEach((node, i) => (offsets[indexOf[node]!] = i * PPN));
  const isSimulated = (e: number) => offsets[ends[2 * e]!]! >= 0 && offsets[ends[2 * e + 1]!]! >= 0;
  const edgeCount = weights.filter((_weight, e) => isSimulated(e)).length;
  if (core.length >= 2 && edgeCount > 0) {
    // What forceAtlas2.assign does before its iterations (graphToByteArrays), with the weight getter of `getEdgeWeight: 'weight'`.
    const settings = layoutSettings(core.length);
    const nodes = new Float32Array(core.length * PPN);
    core.forEach((node, i) => {
      const j = i * PPN;
      nodes[j] = xs[node]!;
      nodes[j + 1] = ys[node]!;
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

/** A node to put near the middle of its neighbours, as the `index`th sibling of those neighbours on a spiral (all by index). */
interface Placement {
  node: number;
  neighbours: ArrayLike<number>;
  index: number;
}

/** The layout's placements: all but the positions, so that they can be worked out while ForceAtlas2 runs. */
function placements({ adjacency: { starts, neighbours }, layout: { leaves, anchors, sources } }: Analysis): Placements {
  return { leaves: placementsOf(leaves, (leaf) => anchors.get(leaf)!), sources: placementsOf(sources, (source) => neighbours.subarray(starts[source]!, starts[source + 1]!)) };
}

/** Siblings (nodes of the same neighbours) are counted in the order of `nodes`. */
function placementsOf(nodes: readonly number[], neighboursOf: (node: number) => ArrayLike<number>): Placement[] {
  const crowd = new Map<string, number>();
  return nodes.map((node) => {
    const neighbours = neighboursOf(node);
    const spot = neighbours.length === 1 ? `${neighbours[0]}` : Array.from(neighbours).sort((a, b) => a - b).join(',');
    const index = crowd.get(spot) ?? 0;
    crowd.set(spot, index + 1);
    return { node, neighbours, index };
  });
}

function finishLayout({ layout: { core }, xs, ys }: Analysis, placed: Placements, positions: Float32Array<ArrayBuffer> | undefined): void {
  if (positions) core.forEach((node, i) => ((xs[node] = positions[i * PPN]!), (ys[node] = positions[i * PPN + 1]!)));
  placeAround(xs, ys, placed.leaves);
  placeAround(xs, ys, placed.sources);
}

/** Puts each node near the middle of its (already placed) neighbours, siblings on a golden-angle spiral. */
function placeAround(xs: Float64Array, ys: Float64Array, placements: readonly Placement[]): void {
  for (const { node, neighbours, index } of placements) {
    let x = 0;
    let y = 0;
    for (let k = 0; k < neighbours.length; k++) {
      x += xs[neighbours[k]!]!;
      y += ys[neighbours[k]!]!;
    }
    const angle = index * 2.399963; // the golden angle spreads any number of siblings evenly
    const radius = 3 + 1.5 * Math.sqrt(index);
    xs[node] = x / neighbours.length + radius * Math.cos(angle);
    ys[node] = y / neighbours.length + radius * Math.sin(angle);
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
