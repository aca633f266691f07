import type Graph from 'graphology';

/** graphology's own serialization (`Graph.from(json)` loads it back), one line, newline-terminated. */
export function toJson(graph: Graph): string {
  return [...toJsonChunks(graph)].join('');
}

// Nodes and edges per chunk: big enough that writing is cheap, small enough that no chunk is big.
const CHUNK = 2000;

/**
 * What graphology's serialization is written from: a graphology graph (`toJsonChunks`), or the
 * nodes and edges a graph is made of, before or without the graph (see graph/build.ts).
 */
export interface GraphData {
  options: { type: string; multi: boolean; allowSelfLoops: boolean };
  attributes: object;
  nodes: Iterable<NodeEntry>;
  /** The nodes' JSON (`nodeJson` of each), when some of it was written ahead: used instead of `nodes`. */
  nodeTexts?: Iterable<string>;
  edges: Iterable<EdgeEntry>;
  /**
   * The edges' JSON, when some of it was written ahead: used instead of `edges`. Its pieces hold
   * whole edges (`edgeJson` of each) with the commas between them, as text or as UTF-8 already.
   */
  edgesJson?: Iterable<string | Uint8Array>;
}

export interface NodeEntry {
  node: string;
  attributes: object;
}

export interface EdgeEntry {
  edge: string;
  attributes: object;
  source: string;
  target: string;
  undirected: boolean;
}

/**
 * The same bytes as `toJson`, in pieces, so that a big graph is written
 * without first building its whole export and its whole text in memory.
 */
export function toJsonChunks(graph: Graph): Generator<string> {
  // A graph's data has no JSON written ahead, so no piece is UTF-8 already.
  return jsonChunksOf(graphData(graph)) as Generator<string>;
}

/** A graphology graph's `GraphData`. */
export function graphData(graph: Graph): GraphData {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  return { options, attributes: graph.getAttributes(), nodes: graph.nodeEntries(), edges: graph.edgeEntries() };
}

/**
 * `toJsonChunks` of a graph's data. Follows `graph.export()`: options, attributes, nodes and edges
 * in insertion order, `attributes` left out when empty, `undirected` only when true.
 */
export function* jsonChunksOf(graph: GraphData): Generator<string | Uint8Array> {
  yield `{"options":${JSON.stringify(graph.options)},"attributes":${JSON.stringify(graph.attributes)},"nodes":[`;
  yield* listChunks(graph.nodeTexts ?? nodeTextsOf(graph));
  yield '],"edges":[';
  yield* graph.edgesJson ?? listChunks(edgeTextsOf(graph));
  yield ']}\n';
}

/** JSON texts separated by commas, a few thousand a piece; `separator` goes before the first (a list's continuation). */
export function* listChunks(texts: Iterable<string>, separator = ''): Generator<string> {
  const parts: string[] = [];
  for (const text of texts) {
    parts.push(separator + text);
    separator = ',';
    if (parts.length === CHUNK) yield parts.splice(0).join('');
  }
  if (parts.length > 0) yield parts.join('');
}

function* nodeTextsOf(graph: GraphData): Generator<string> {
  for (const entry of graph.nodes) yield nodeJson(entry);
}

/** One node as `graph.export()` writes it. */
export function nodeJson({ node, attributes }: NodeEntry): string {
  return JSON.stringify(isEmpty(attributes) ? { key: node } : { key: node, attributes });
}

function* edgeTextsOf(graph: GraphData): Generator<string> {
  for (const entry of graph.edges) yield edgeJson(entry, graph.options.type);
}

/** One edge as `graph.export()` writes it, in a graph of this type. */
export function edgeJson({ edge, attributes, source, target, undirected }: EdgeEntry, type: string): string {
  const serialized: Record<string, unknown> = { key: edge, source, target };
  if (!isEmpty(attributes)) serialized.attributes = attributes;
  if (type === 'mixed' && undirected) serialized.undirected = true;
  return JSON.stringify(serialized);
}

const isEmpty = (attributes: object) => {
  for (const _ in attributes) return false;
  return true;
};
