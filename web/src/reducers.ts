import type { Attributes } from 'graphology-types';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { NodeAttributes } from '../../src/graph/schema.js';
import type { State } from './state.js';
import { colorOf, type GraphIndex, sizeOf, type Visibility } from './view.js';

const EDGE = '#d3d8de';

/** What the reducers read: filters and appearance. Hover and selection are drawn by the focus layer. */
export interface View {
  state: State;
  index: GraphIndex;
  visibility: Visibility;
  /** `sizeScale` of the number of nodes shown. */
  sizeScale: number;
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
    const { state, index, visibility, sizeScale } = getView();
    const attributes = data as NodeAttributes;
    return {
      x: attributes.x,
      y: attributes.y,
      size: sizeOf(attributes, state, index) * sizeScale,
      color: colorOf(attributes, state, index),
      label: attributes.label,
      hidden: !visibility.nodes.has(node),
      highlighted: false,
      forceLabel: false,
      zIndex: 0,
      type: 'circle',
    };
  };
}

export function edgeReducer(getView: () => View) {
  const shown: Partial<EdgeDisplayData> = { color: EDGE, size: 1, hidden: false, zIndex: 0, label: '', forceLabel: false, type: 'line' };
  const hidden: Partial<EdgeDisplayData> = { ...shown, hidden: true };
  return (edge: string): Partial<EdgeDisplayData> => (getView().visibility.edges.has(edge) ? { ...shown } : { ...hidden });
}
