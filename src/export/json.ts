import type Graph from 'graphology';

/** graphology's own serialization (`Graph.from(json)` loads it back), one line, newline-terminated. */
export function toJson(graph: Graph): string {
  return [...toJsonChunks(graph)].join('');
}

// Nodes and edges per chunk: big enough that writing is cheap, small enough that no chunk is big.
const CHUNK = 2000;

/**
 * The same bytes as `toJson`, in pieces, so that a big graph is written
 * without first building its whole export and its whole text in memory.
 * Follows `graph.export()`: options, attributes, nodes and edges in insertion
 * order, `attributes` left out when empty, `undirected` only when true.
 */
export function* toJsonChunks(graph: Graph): Generator<string> {
  yield `{"options":${JSON.stringify({ type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops })},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  const parts: string[] = [];
  let separator = '';
  for (const { node, attributes } of graph.nodeEntries()) {
    parts.push(separator + JSON.stringify(isEmpty(attributes) ? { key: node } : { key: node, attributes }));
    separator = ',';
    if (parts.length === CHUNK) yield parts.splice(0).join('');
  }
  parts.push('],"edges":[');
  separator = '';
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const serialized: Record<string, unknown> = { key: edge, source, target };
    if (!isEmpty(attributes)) serialized.attributes = attributes;
    if (graph.type === 'mixed' && undirected) serialized.undirected = true;
    parts.push(separator + JSON.stringify(serialized));
    separator = ',';
    if (parts.length === CHUNK) yield parts.splice(0).join('');
  }
  parts.push(']}\n');
  yield parts.join('');
}

const isEmpty = (attributes: object) => {
  for (const _ in attributes) return false;
  return true;
};
