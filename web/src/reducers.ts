import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { CitegraphGraph } from '../../src/graph/build.js';
import type { NodeAttributes } from '../../src/graph/schema.js';
import type { State } from './state.js';

const EDGE = '#d3d8de';
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

/*
 * NOTE: unlike sigma's example, the reducers return only what sigma draws, not
 * `{ ...data }`: sigma already hands them a copy, and a second copy of every
 * attribute (aliases, evidence…) of 12,000 nodes and 40,000 edges made the
 * first draw of a big graph a third slower. Every field is always set, so all
 * results share one shape.
 */
export function nodeReducer(getState: () => State) {
  return (node: string, data: Attributes): Partial<NodeDisplayData> => {
    const state = getState();
    const attributes = data as NodeAttributes;
    const result = {
      x: attributes.x,
      y: attributes.y,
      size: attributes.size,
      color: attributes.color,
      label: attributes.label as string | null,
      hidden: node !== state.selectedNode && isFilteredOut(attributes, state),
      highlighted: node === state.selectedNode,
      forceLabel: false,
      zIndex: 0,
      type: 'circle',
    };
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
      }
    }
    return result;
  };
}

export function edgeReducer(getState: () => State, graph: CitegraphGraph) {
  const display = (color: string, size: number, hidden: boolean, zIndex: number): Partial<EdgeDisplayData> => ({ color, size, hidden, zIndex, label: '', forceLabel: false, type: 'line' });
  return (edge: string): Partial<EdgeDisplayData> => {
    const focus = focusOf(getState());
    if (!focus) return display(EDGE, 1, false, 0);
    return graph.hasExtremity(edge, focus.node) ? display(FOCUS_EDGE, 1.5, false, 1) : display(EDGE, 1, true, 0);
  };
}
