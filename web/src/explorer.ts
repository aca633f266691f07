import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { CitegraphGraph } from '../../src/graph/build.js';
import { edgeReducer, nodeReducer } from './reducers.js';
import { INITIAL_STATE, type State } from './state.js';

export type Filters = Pick<State, 'hiddenCategories' | 'hiddenKinds' | 'minMentions'>;

export interface Explorer {
  readonly graph: CitegraphGraph;
  readonly renderer: Sigma;
  getState(): State;
  /** Selects a node (or clears the selection) and, with `focus`, moves the camera to it. */
  selectNode(node: string | undefined, options?: { focus?: boolean }): void;
  setFilters(filters: Partial<Filters>): void;
  kill(): void;
}

export interface ExplorerOptions {
  /** Called after every change of selection, whatever caused it. */
  onSelect?: (node: string | undefined) => void;
}

// Past this many edges, filling them costs frames (most of all with software WebGL): they are drawn as
// one-pixel GL lines, and hidden while the camera moves, coming back when it stops.
const LARGE_GRAPH_EDGES = 10_000;
// Camera ratios when focusing a node: close enough to read, never past the whole graph.
const MIN_FOCUS_RATIO = 0.02;
const MAX_FOCUS_RATIO = 1;

export const SIGMA_SETTINGS: Partial<Settings> = {
  labelFont: 'system-ui, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  // Labels only for nodes drawn big enough to read: on 12,000 nodes, drawing them all is the slow part.
  labelRenderedSizeThreshold: 7,
  labelDensity: 0.6,
  zIndex: true,
  renderEdgeLabels: false,
  enableEdgeEvents: false,
};

/** Draws `graph` in `container` with the file's positions and sizes; the view state lives here, not in the graph. */
export function createExplorer(container: HTMLElement, graph: CitegraphGraph, options: ExplorerOptions = {}): Explorer {
  let state: State = INITIAL_STATE;
  const getState = () => state;
  const renderer = new Sigma(graph, container, {
    ...SIGMA_SETTINGS,
    hideEdgesOnMove: graph.size > LARGE_GRAPH_EDGES,
    edgeProgramClasses: { line: graph.size > LARGE_GRAPH_EDGES ? EdgeLineProgram : EdgeRectangleProgram },
    nodeReducer: nodeReducer(getState),
    edgeReducer: edgeReducer(getState, graph),
  });

  const update = (changes: Partial<State>) => {
    state = { ...state, ...changes };
    renderer.refresh({ skipIndexation: true });
  };

  const setHoveredNode = (node: string | undefined) =>
    update({ hoveredNode: node, hoveredNeighbors: node === undefined ? undefined : new Set(graph.neighbors(node)) });

  const selectNode: Explorer['selectNode'] = (node, { focus = false } = {}) => {
    const known = node !== undefined && graph.hasNode(node) ? node : undefined;
    // A full refresh of a big graph costs a frame or more: only when the selection changes.
    if (known !== state.selectedNode) update({ selectedNode: known, selectedNeighbors: known === undefined ? undefined : new Set(graph.neighbors(known)) });
    if (known !== undefined && focus) {
      const position = renderer.getNodeDisplayData(known);
      if (position) void renderer.getCamera().animate({ x: position.x, y: position.y, ratio: neighbourhoodRatio(renderer, known) }, { duration: 400 });
    }
    options.onSelect?.(known);
  };

  renderer.on('enterNode', ({ node }) => setHoveredNode(node));
  renderer.on('leaveNode', () => setHoveredNode(undefined));
  renderer.on('clickNode', ({ node }) => selectNode(node));
  renderer.on('clickStage', () => selectNode(undefined));
  // Sigma follows the window's size; the side panel opening changes the container's alone. The observer
  // also reports the first size, which sigma already has: refreshing a big graph for it would cost a frame.
  let size = `${container.offsetWidth}x${container.offsetHeight}`;
  const resizeObserver = new ResizeObserver(() => {
    const next = `${container.offsetWidth}x${container.offsetHeight}`;
    if (next !== size) renderer.scheduleRefresh();
    size = next;
  });
  resizeObserver.observe(container);

  return {
    graph,
    renderer,
    getState,
    selectNode,
    setFilters: (filters) => update(filters),
    kill: () => {
      resizeObserver.disconnect();
      renderer.kill();
    },
  };
}

/** A zoom that shows most of a node's neighbours around it (a hub's farthest few may stay outside). */
function neighbourhoodRatio(renderer: Sigma, node: string): number {
  const center = renderer.getNodeDisplayData(node)!;
  const distances = renderer
    .getGraph()
    .neighbors(node)
    .map((neighbor) => renderer.getNodeDisplayData(neighbor))
    .filter((data) => data !== undefined && !data.hidden)
    .map((data) => Math.hypot(data!.x - center.x, data!.y - center.y))
    .sort((a, b) => a - b);
  const reach = distances[Math.floor(distances.length * 0.9)] ?? distances.at(-1) ?? 0;
  // At ratio r the viewport spans about r framed-graph units across its shorter side.
  return Math.min(MAX_FOCUS_RATIO, Math.max(MIN_FOCUS_RATIO, 2.4 * reach));
}
