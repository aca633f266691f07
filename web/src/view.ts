import type { CitegraphGraph } from '../../src/graph/build.js';
import type { EdgeKind, NodeAttributes } from '../../src/graph/schema.js';
import { CATEGORY_COLORS, DOCUMENT_COLOR, SOURCE_COLOR } from '../../src/graph/style.js';
import type { Appearance, Filters, State } from './state.js';

/*
 * What the explorer computes from the graph once (neighbours, communities)
 * and from the state when a filter or the appearance changes (what is shown,
 * colours, sizes): the reducers then only look things up, and a hover only
 * touches the nodes and edges around it.
 */

export interface Neighbor {
  node: string;
  edge: string;
  kind: EdgeKind;
}

export interface Community {
  id: number;
  /** Entities in it. */
  size: number;
  /** Its top entities by mentions, which name it. */
  top: string[];
  color: string;
}

export interface GraphIndex {
  /** Every node's neighbours with the edge and its kind, in both directions. */
  adjacency: ReadonlyMap<string, readonly Neighbor[]>;
  /** Edges of each kind. */
  edgeCounts: Readonly<Record<EdgeKind, number>>;
  /** Communities biggest first; only the first few get a colour of their own. */
  communities: readonly Community[];
  communityColors: ReadonlyMap<number, string>;
  maxPagerank: number;
  maxDegree: number;
}

/** Communities past these colours share OTHER_COMMUNITY_COLOR. */
export const COMMUNITY_PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#17becf', '#bcbd22', '#8c6bb1'];
export const OTHER_COMMUNITY_COLOR = '#c9ced6';
/** How many of its entities name a community in the legend. */
const COMMUNITY_NAME_ENTITIES = 3;
// Node sizes when sized by PageRank or degree (sizes by mentions are the file's own).
const MIN_SIZE = 2;
const MAX_SIZE = 28;

/** Built once per graph: O(nodes + edges). */
export function indexGraph(graph: CitegraphGraph): GraphIndex {
  const adjacency = new Map<string, Neighbor[]>();
  const edgeCounts: Record<EdgeKind, number> = { cites: 0, cooccurs: 0, mentions: 0, links: 0 };
  graph.forEachNode((node) => adjacency.set(node, []));
  graph.forEachEdge((edge, attributes, source, target) => {
    edgeCounts[attributes.kind] += 1;
    adjacency.get(source)!.push({ node: target, edge, kind: attributes.kind });
    adjacency.get(target)!.push({ node: source, edge, kind: attributes.kind });
  });

  const members = new Map<number, { node: string; label: string; mentions: number }[]>();
  let maxPagerank = 0;
  let maxDegree = 0;
  graph.forEachNode((node, attributes) => {
    maxPagerank = Math.max(maxPagerank, attributes.pagerank ?? 0);
    maxDegree = Math.max(maxDegree, attributes.degree ?? 0);
    if (attributes.kind !== 'entity') return;
    const list = members.get(attributes.community) ?? [];
    list.push({ node, label: attributes.label, mentions: attributes.mentions });
    members.set(attributes.community, list);
  });
  const communities = [...members]
    .map(([id, list]) => ({ id, list: list.sort((a, b) => b.mentions - a.mentions || (a.label < b.label ? -1 : 1)) }))
    .sort((a, b) => b.list.length - a.list.length || a.id - b.id)
    .map(({ id, list }, rank) => ({
      id,
      size: list.length,
      top: list.slice(0, COMMUNITY_NAME_ENTITIES).map((member) => member.label),
      color: COMMUNITY_PALETTE[rank] ?? OTHER_COMMUNITY_COLOR,
    }));
  return { adjacency, edgeCounts, communities, communityColors: new Map(communities.map((c) => [c.id, c.color])), maxPagerank, maxDegree };
}

/** Whether the node filters (category, kind, mentions) hide a node. */
export function isFilteredOut(attributes: NodeAttributes, filters: Filters): boolean {
  if (attributes.kind !== 'entity') return filters.hiddenKinds.has(attributes.kind);
  return filters.hiddenCategories.has(attributes.category) || attributes.mentions < filters.minMentions;
}

export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * The nodes and edges shown: nodes that pass the filters (the selection
 * always does) and, with a depth, are that many steps from the selection
 * through shown nodes and edges; edges of a shown kind between shown nodes.
 */
export function computeVisibility(graph: CitegraphGraph, index: GraphIndex, state: State): Visibility {
  const passes = (node: string) => node === state.selectedNode || !isFilteredOut(graph.getNodeAttributes(node), state);
  const nodes = new Set<string>();
  if (state.depth > 0 && state.selectedNode !== undefined && graph.hasNode(state.selectedNode)) {
    let frontier = [state.selectedNode];
    nodes.add(state.selectedNode);
    for (let step = 0; step < state.depth; step++) {
      const next: string[] = [];
      for (const node of frontier) {
        for (const neighbor of index.adjacency.get(node)!) {
          if (nodes.has(neighbor.node) || state.hiddenEdgeKinds.has(neighbor.kind) || !passes(neighbor.node)) continue;
          nodes.add(neighbor.node);
          next.push(neighbor.node);
        }
      }
      frontier = next;
    }
  } else {
    graph.forEachNode((node) => {
      if (passes(node)) nodes.add(node);
    });
  }
  const edges = new Set<string>();
  graph.forEachEdge((edge, attributes, source, target) => {
    if (!state.hiddenEdgeKinds.has(attributes.kind) && nodes.has(source) && nodes.has(target)) edges.add(edge);
  });
  return { nodes, edges };
}

/** A node's colour: its category (sources and documents in grey), or its community. */
export function colorOf(attributes: NodeAttributes, appearance: Appearance, index: GraphIndex): string {
  if (attributes.kind === 'entity') {
    return appearance.colorBy === 'community' ? (index.communityColors.get(attributes.community) ?? OTHER_COMMUNITY_COLOR) : CATEGORY_COLORS[attributes.category];
  }
  return attributes.kind === 'source' ? SOURCE_COLOR : DOCUMENT_COLOR;
}

/** A node's size: the file's (from mentions, or citations for a source), or scaled from PageRank or degree. */
export function sizeOf(attributes: NodeAttributes, appearance: Appearance, index: GraphIndex): number {
  if (appearance.sizeBy === 'mentions') return attributes.size;
  const [value, max] = appearance.sizeBy === 'pagerank' ? [attributes.pagerank ?? 0, index.maxPagerank] : [attributes.degree ?? 0, index.maxDegree];
  return max > 0 ? MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt(value / max) : MIN_SIZE;
}

// Nodes are drawn smaller when many are shown, so that a big graph is not a carpet of discs at first sight.
const FULL_SIZE_UP_TO = 500;
const MIN_SIZE_SCALE = 0.4;

/** How much node sizes shrink with this many nodes shown: 1 up to 500, down to 0.4 (3,000 or more). */
export function sizeScale(shown: number): number {
  return Math.min(1, Math.max(MIN_SIZE_SCALE, Math.sqrt(FULL_SIZE_UP_TO / Math.max(1, shown))));
}

/** The neighbourhood drawn in front: a node, its shown neighbours and the shown edges to them. */
export interface Focus {
  node: string;
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** The focus and its biggest neighbours: their labels are always drawn. */
  labelled: ReadonlySet<string>;
}

/** Beyond this many neighbours, forcing every label would bury the graph in text: the biggest get one. */
export const MAX_FORCED_LABELS = 30;

export function focusOn(node: string, index: GraphIndex, visibility: Visibility, size: (node: string) => number): Focus {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  for (const neighbor of index.adjacency.get(node) ?? []) {
    if (!visibility.edges.has(neighbor.edge)) continue;
    nodes.add(neighbor.node);
    edges.add(neighbor.edge);
  }
  const biggest = nodes.size <= MAX_FORCED_LABELS ? [...nodes] : [...nodes].sort((a, b) => size(b) - size(a)).slice(0, MAX_FORCED_LABELS);
  return { node, nodes, edges, labelled: new Set([node, ...biggest]) };
}
