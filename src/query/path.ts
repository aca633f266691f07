import { UndirectedGraph } from 'graphology';
import { singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import { CitegraphError } from '../errors.js';
import type { CitegraphGraph } from '../graph/build.js';
import { findEntity } from './names.js';
import { compareText, entityRef, sourceRef, type EntityRef, type SourceRef } from './shared.js';

export type PathNode = ({ kind: 'entity' } & EntityRef) | ({ kind: 'source' } & SourceRef);

/** The edge between `nodes[i]` and `nodes[i + 1]`. */
export interface PathEdge {
  kind: 'cites' | 'cooccurs';
  /** `forward`: from nodes[i] to nodes[i + 1]; `backward`: the other way; `undirected` for cooccurs. */
  direction: 'forward' | 'backward' | 'undirected';
  /** Sentences behind the edge. */
  weight: number;
}

export interface PathAnswer {
  question: 'path';
  from: EntityRef;
  to: EntityRef;
  /** Edges on the path. */
  length: number;
  nodes: PathNode[];
  edges: PathEdge[];
}

/**
 * `path A B`: a shortest path between two entities through sources (cites,
 * either way) and co-occurrences, never through documents. Among paths as
 * short, the one whose labels come first alphabetically, step by step.
 */
export function path(graph: CitegraphGraph, options: { from: string; to: string }): PathAnswer {
  const from = findEntity(graph, options.from);
  const to = findEntity(graph, options.to);
  const web = entitiesAndSources(graph);
  const distances = singleSourceLength(web, to);
  const length = distances[from];
  if (length === undefined) {
    throw new CitegraphError(`no path between ${JSON.stringify(graph.getNodeAttribute(from, 'label'))} and ${JSON.stringify(graph.getNodeAttribute(to, 'label'))} through sources and co-occurrences`);
  }
  const keys = [from];
  for (let step = length - 1; step >= 0; step--) {
    const closer = web.filterNeighbors(keys.at(-1)!, (neighbor) => distances[neighbor] === step);
    keys.push(closer.reduce((best, next) => (compareNodes(graph, next, best) < 0 ? next : best)));
  }
  return {
    question: 'path',
    from: entityRef(graph, from),
    to: entityRef(graph, to),
    length,
    nodes: keys.map((key) => pathNode(graph, key)),
    edges: keys.slice(1).map((key, i) => pathEdge(graph, keys[i]!, key)),
  };
}

/** The undirected web of entities and sources joined by cites and cooccurs edges. */
function entitiesAndSources(graph: CitegraphGraph): UndirectedGraph {
  const web = new UndirectedGraph();
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'document') web.addNode(key);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.kind === 'cites' || attributes.kind === 'cooccurs') web.mergeEdge(source, target);
  });
  return web;
}

function compareNodes(graph: CitegraphGraph, a: string, b: string): number {
  return compareText(graph.getNodeAttribute(a, 'label'), graph.getNodeAttribute(b, 'label')) || compareText(a, b);
}

function pathNode(graph: CitegraphGraph, key: string): PathNode {
  return graph.getNodeAttribute(key, 'kind') === 'entity' ? { kind: 'entity', ...entityRef(graph, key) } : { kind: 'source', ...sourceRef(graph, key) };
}

function pathEdge(graph: CitegraphGraph, from: string, to: string): PathEdge {
  const forward = graph.directedEdge(from, to);
  const backward = graph.directedEdge(to, from);
  const edge = forward ?? backward ?? graph.undirectedEdge(from, to)!;
  const { kind, weight } = graph.getEdgeAttributes(edge);
  return { kind: kind as PathEdge['kind'], direction: forward ? 'forward' : backward ? 'backward' : 'undirected', weight };
}
