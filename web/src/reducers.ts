import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { CitegraphGraph } from '../../src/graph/build.js';
import type { NodeAttributes } from '../../src/graph/schema.js';
import type { State } from './state.js';

const FADED_NODE = '#e4e7eb';
const FOCUS_EDGE = '#7b8794';
// Beyond this many neighbours, forcing every label would bury the graph in text.
const MAX_FORCED_LABELS = 40;

/** Whether the filters hide a node (the selection is always shown). */
export function isFilteredOut(attributes: NodeAttributes, state: State): boolean {
  if (attributes.kind !== 'entity') return state.hiddenKinds.has(attributes.kind);
  return state.hiddenCategories.has(attributes.category) || attributes.mentions < state.minMentions;
}

/** The node whose neighbourhood is highlighted: the hovered one, else the selected one. */
function focusOf(state: State): { node: string; neighbors: ReadonlySet<string> } | undefined {
  if (state.hoveredNode !== undefined && state.hoveredNeighbors) return { node: state.hoveredNode, neighbors: state.hoveredNeighbors };
  if (state.selectedNode !== undefined && state.selectedNeighbors) return { node: state.selectedNode, neighbors: state.selectedNeighbors };
  return undefined;
}

export function nodeReducer(getState: () => State) {
  return (node: string, data: Attributes): Partial<NodeDisplayData> => {
    const state = getState();
    const result: Partial<NodeDisplayData> & Attributes = { ...data };
    if (node !== state.selectedNode && isFilteredOut(data as NodeAttributes, state)) result.hidden = true;
    if (node === state.selectedNode) result.highlighted = true;
    const focus = focusOf(state);
    if (focus) {
      if (node === focus.node) {
        result.zIndex = 2;
        result.forceLabel = true;
      } else if (focus.neighbors.has(node)) {
        result.zIndex = 1;
        result.forceLabel = focus.neighbors.size <= MAX_FORCED_LABELS;
      } else {
        result.color = FADED_NODE;
        result.label = null;
        result.zIndex = 0;
      }
    }
    return result;
  };
}

export function edgeReducer(getState: () => State, graph: CitegraphGraph) {
  return (edge: string, data: Attributes): Partial<EdgeDisplayData> => {
    const result: Partial<EdgeDisplayData> & Attributes = { ...data };
    const focus = focusOf(getState());
    if (focus) {
      if (graph.hasExtremity(edge, focus.node)) {
        result.color = FOCUS_EDGE;
        result.size = 1.5;
        result.zIndex = 1;
      } else result.hidden = true;
    }
    return result;
  };
}
