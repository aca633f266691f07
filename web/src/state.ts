import type { Category, EdgeKind, NodeKind } from '../../src/graph/schema.js';

export type ColorBy = 'category' | 'community';
export type SizeBy = 'mentions' | 'pagerank' | 'degree';
/** 0: the whole graph; 1 or 2: only the selection and its neighbours to that depth. */
export type Depth = 0 | 1 | 2;

/** What the user filters the graph by. */
export interface Filters {
  hiddenCategories: ReadonlySet<Category>;
  /** Kinds other than entity (sources, documents) that are hidden. */
  hiddenKinds: ReadonlySet<NodeKind>;
  hiddenEdgeKinds: ReadonlySet<EdgeKind>;
  /** Entities with fewer mentions are hidden. */
  minMentions: number;
  depth: Depth;
}

export interface Appearance {
  colorBy: ColorBy;
  sizeBy: SizeBy;
}

/** The view's state: what the reducers read. The graph itself is never changed by the view. */
export interface State extends Filters, Appearance {
  hoveredNode?: string;
  selectedNode?: string;
}

/** Above this many nodes the explorer opens on entities only: sources and documents are one tick away. */
export const ENTITIES_ONLY_ABOVE = 2_000;

/** The state a graph opens with: everything shown, except sources and documents of a big graph. */
export function initialState(order: number): State {
  return {
    hiddenCategories: new Set(),
    hiddenKinds: new Set(order > ENTITIES_ONLY_ABOVE ? ['source', 'document'] : []),
    hiddenEdgeKinds: new Set(),
    minMentions: 0,
    depth: 0,
    colorBy: 'category',
    sizeBy: 'mentions',
  };
}
