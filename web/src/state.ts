import type { Category, NodeKind } from '../../src/graph/schema.js';

/** The view's state: what the reducers read. The graph itself is never changed by the view. */
export interface State {
  hoveredNode?: string;
  hoveredNeighbors?: ReadonlySet<string>;
  selectedNode?: string;
  selectedNeighbors?: ReadonlySet<string>;
  hiddenCategories: ReadonlySet<Category>;
  /** Kinds other than entity (sources, documents) that are hidden. */
  hiddenKinds: ReadonlySet<NodeKind>;
  /** Entities with fewer mentions are hidden. */
  minMentions: number;
}

export const INITIAL_STATE: State = { hiddenCategories: new Set(), hiddenKinds: new Set(), minMentions: 0 };
