import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { NodeAttributes } from '../../src/graph/schema.js';
import type { State } from './state.js';
import { colorOf, type Focus, type GraphIndex, sizeOf, type Visibility } from './view.js';

const EDGE = '#d3d8de';
const FADED_NODE = '#e4e7eb';
const FOCUS_EDGE = '#5f6b7a';

/** What the reducers read; the explorer replaces it and says which nodes and edges changed. */
export interface View {
  state: State;
  index: GraphIndex;
  visibility: Visibility;
  /** The hovered node's neighbourhood, else the selected one's. */
  focus?: Focus;
  /** Whether nodes outside the focus are faded (small graphs: it costs a refresh of every node). */
  fadeOthers: boolean;
}

/*
 * NOTE: unlike sigma's example, the reducers return only what sigma draws, not
 * `{ ...data }`: sigma already hands them a copy, and a second copy of every
 * attribute (aliases, evidence…) of 12,000 nodes and 40,000 edges made the
 * first draw of a big graph a third slower. Every field is always set, so all
 * results share one shape.
 */
export function nodeReducer(getView: () => View) {
  return (node: string, data: Attributes): Partial<NodeDisplayData> => {
    const { state, index, visibility, focus, fadeOthers } = getView();
    const attributes = data as NodeAttributes;
    const result = {
      x: attributes.x,
      y: attributes.y,
      size: sizeOf(attributes, state, index),
      color: colorOf(attributes, state, index),
      label: attributes.label as string | null,
      hidden: !visibility.nodes.has(node),
      highlighted: node === state.selectedNode,
      forceLabel: false,
      zIndex: 0,
      type: 'circle',
    };
    if (focus) {
      if (node === focus.node || focus.nodes.has(node)) {
        result.zIndex = node === focus.node ? 2 : 1;
        result.forceLabel = focus.labelled.has(node);
      } else if (fadeOthers) {
        result.color = FADED_NODE;
        result.label = null;
      }
    }
    return result;
  };
}

export function edgeReducer(getView: () => View) {
  const display = (color: string, size: number, hidden: boolean, zIndex: number): Partial<EdgeDisplayData> => ({ color, size, hidden, zIndex, label: '', forceLabel: false, type: 'line' });
  return (edge: string): Partial<EdgeDisplayData> => {
    const { visibility, focus, fadeOthers } = getView();
    if (!visibility.edges.has(edge)) return display(EDGE, 1, true, 0);
    if (focus?.edges.has(edge)) return display(FOCUS_EDGE, 1.5, false, 1);
    return display(EDGE, 1, focus !== undefined && fadeOthers, 0);
  };
}
