import Graph from 'graphology';
import Sigma from 'sigma';
import { EdgeLineProgram, EdgeRectangleProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import { graphExtent } from 'sigma/utils';
import type { CitegraphGraph } from '../../src/graph/build.js';
import { edgeReducer, nodeReducer, type View } from './reducers.js';
import { type Appearance, type Filters, initialState, type State } from './state.js';
import { type FocusGetter, mountFocusLayer } from './focus-layer.js';
import { labelDrawer } from './labels.js';
import { computeVisibility, type Focus, focusOn, type GraphIndex, indexGraph, isFilteredOut, sizeOf, sizeScale, type Visibility } from './view.js';

export interface Explorer {
  readonly graph: CitegraphGraph;
  readonly renderer: Sigma;
  readonly index: GraphIndex;
  getState(): State;
  getVisibility(): Visibility;
  /** The neighbourhood drawn in front (the hovered node's, else the selection's), and the selection. */
  getFocus: FocusGetter;
  /** Selects a node (or clears the selection) and, with `focus`, moves the camera to it. */
  selectNode(node: string | undefined, options?: { focus?: boolean }): void;
  setFilters(filters: Partial<Filters>): void;
  setAppearance(appearance: Partial<Appearance>): void;
  /** Moves the camera so that every shown node is in view. */
  fit(): Promise<void>;
  reset(): Promise<void>;
  zoom(direction: 'in' | 'out'): Promise<void>;
  kill(): void;
}

export interface ExplorerOptions {
  /** Called after every change of selection, whatever caused it. */
  onSelect?: (node: string | undefined) => void;
  /** Called when what is shown changes (filters, depth, a selection with a depth). */
  onVisibility?: (visibility: Visibility) => void;
  /** Pixels of the graph's right side covered (by the side panel): the camera centres a selection left of them. */
  coveredRight?: () => number;
}

// Past this many edges, filling them costs frames (most of all with software WebGL): they are drawn as
// one-pixel GL lines, and hidden while the camera moves, coming back when it stops.
const LARGE_GRAPH_EDGES = 10_000;
// Small graphs label every node big enough; big ones only nodes drawn big enough to read.
const SMALL_GRAPH_NODES = 300;
// Camera ratios when focusing a node or fitting nodes: close enough to read, never far past the whole graph.
const MIN_FOCUS_RATIO = 0.02;
const MAX_FOCUS_RATIO = 1;
const MIN_FIT_RATIO = 0.1;
// Room around the fitted nodes for their sizes and labels.
const FIT_MARGIN = 1.3;
const CAMERA_MOVE = { duration: 400 };

export const SIGMA_SETTINGS: Partial<Settings> = {
  labelFont: 'system-ui, sans-serif',
  labelSize: 13,
  labelWeight: '500',
  // One label per grid cell, the biggest node's, more cells as the camera zooms in: the density
  // follows the zoom, and a small node's label never covers a big one's.
  labelDensity: 1,
  labelGridCellSize: 110,
  labelRenderedSizeThreshold: 5,
  zIndex: true,
  renderEdgeLabels: false,
  enableEdgeEvents: false,
};

/** Draws `graph` in `container` with the file's positions; the view state lives here, not in the graph. */
export function createExplorer(container: HTMLElement, graph: CitegraphGraph, options: ExplorerOptions = {}): Explorer {
  const index = indexGraph(graph);
  const firstState = initialState(graph.order);
  const firstVisibility = computeVisibility(graph, index, firstState);
  performance.mark('citegraph:indexed');
  let view: View = { state: firstState, index, visibility: firstVisibility, sizeScale: sizeScale(firstVisibility.nodes.size) };
  let focus: Focus | undefined;
  const getView = () => view;
  const isLarge = graph.size > LARGE_GRAPH_EDGES;
  const labels = labelDrawer();
  // Sigma starts on an empty graph: the shown one comes with the whole graph's bounding box (see `drawShown`).
  const renderer = new Sigma(emptyGraph(), container, {
    ...SIGMA_SETTINGS,
    defaultDrawNodeLabel: labels.draw,
    labelRenderedSizeThreshold: graph.order <= SMALL_GRAPH_NODES ? 1 : SIGMA_SETTINGS.labelRenderedSizeThreshold!,
    hideEdgesOnMove: isLarge,
    edgeProgramClasses: { line: isLarge ? EdgeLineProgram : EdgeRectangleProgram },
    nodeReducer: nodeReducer(getView),
    edgeReducer: edgeReducer(getView),
  });
  renderer.on('beforeRender', labels.reset);
  const drawShown = () => {
    renderer.setCustomBBox(graphExtent(graph));
    renderer.setGraph(shownGraph(graph, view.visibility));
  };
  drawShown();
  // A layout run moves the graph's nodes (the shown graph shares their attributes): draw them where they go.
  let hasMoved = false;
  const onMoved = () => {
    hasMoved = true;
    renderer.setCustomBBox(graphExtent(graph));
    renderer.scheduleRefresh();
  };
  renderer.on('beforeProcess', () => (hasMoved = false));
  /** Brings sigma's positions up to date before they are read, if a layout moved nodes since sigma last processed them. */
  const settle = () => {
    if (hasMoved) renderer.refresh();
  };
  graph.on('eachNodeAttributesUpdated', onMoved);
  const getFocus: FocusGetter = () => ({ focus, selected: view.state.selectedNode });
  const focusLayer = mountFocusLayer(renderer, getFocus);
  const size = (node: string) => sizeOf(graph.getNodeAttributes(node), view.state, index);
  const updateFocus = () => {
    const node = view.state.hoveredNode ?? view.state.selectedNode;
    focus = node !== undefined && view.visibility.nodes.has(node) ? focusOn(node, index, view.visibility, size) : undefined;
  };

  /** A change of what is shown or how: every node and edge again. */
  const redraw = (changes: Partial<State>) => {
    const state = { ...view.state, ...changes };
    const visibility = computeVisibility(graph, index, state);
    view = { state, index, visibility, sizeScale: sizeScale(visibility.nodes.size) };
    updateFocus();
    drawShown();
    options.onVisibility?.(view.visibility);
  };

  /** A change of hover or selection: the focus layer alone draws it, sigma's layers stay as they are. */
  const refocus = (changes: Partial<State>) => {
    view = { ...view, state: { ...view.state, ...changes } };
    updateFocus();
    focusLayer.draw();
  };

  const setHoveredNode = (node: string | undefined) => {
    if (node !== view.state.hoveredNode) refocus({ hoveredNode: node });
  };

  const fit = () => {
    settle();
    return renderer.getCamera().animate(fittingCamera(renderer, view.visibility.nodes), CAMERA_MOVE);
  };

  const selectNode: Explorer['selectNode'] = (node, { focus = false } = {}) => {
    const known = node !== undefined && graph.hasNode(node) ? node : undefined;
    const previous = view.state.selectedNode;
    if (known !== previous) {
      // What is shown changes with a neighbourhood filter, or when a filtered-out node is selected or let go.
      const isShownOnlySelected = (key: string | undefined) => key !== undefined && isFilteredOut(graph.getNodeAttributes(key), view.state);
      if (view.state.depth > 0) {
        redraw({ selectedNode: known });
        void fit();
      } else if (isShownOnlySelected(known) || isShownOnlySelected(previous)) redraw({ selectedNode: known });
      else refocus({ selectedNode: known });
    }
    options.onSelect?.(known);
    if (known !== undefined && focus && view.state.depth === 0) {
      settle();
      const position = renderer.getNodeDisplayData(known);
      if (!position) return;
      const centred = { x: position.x, y: position.y, ratio: neighbourhoodRatio(renderer, view, known), angle: 0 };
      // The camera's centre moves right by half the covered width, so that the node sits in the middle of what is left.
      const { width, height } = renderer.getDimensions();
      const target = renderer.viewportToFramedGraph({ x: (width + (options.coveredRight?.() ?? 0)) / 2, y: height / 2 }, { cameraState: centred });
      void renderer.getCamera().animate({ ...centred, x: target.x, y: target.y }, CAMERA_MOVE);
    }
  };

  renderer.on('enterNode', ({ node }) => setHoveredNode(node));
  renderer.on('leaveNode', () => setHoveredNode(undefined));
  // NOTE: sigma forgets its own hovered node when the pointer leaves the canvas, and goes on drawing
  // its label; clearing that (private) field here is the fix until sigma's own.
  renderer.on('leaveStage', () => {
    (renderer as unknown as { hoveredNode: string | null }).hoveredNode = null;
    setHoveredNode(undefined);
    renderer.scheduleRender();
  });
  renderer.on('clickNode', ({ node }) => selectNode(node));
  renderer.on('clickStage', () => selectNode(undefined));
  // Sigma follows the window's size; the side panel opening changes the container's alone. The observer
  // also reports the first size, which sigma already has: refreshing a big graph for it would cost a frame.
  let containerSize = `${container.offsetWidth}x${container.offsetHeight}`;
  const resizeObserver = new ResizeObserver(() => {
    const next = `${container.offsetWidth}x${container.offsetHeight}`;
    if (next !== containerSize) renderer.scheduleRefresh();
    containerSize = next;
  });
  resizeObserver.observe(container);

  return {
    graph,
    renderer,
    index,
    getState: () => view.state,
    getVisibility: () => view.visibility,
    getFocus,
    selectNode,
    setFilters: (filters) => {
      redraw(filters);
      void fit();
    },
    setAppearance: (appearance) => redraw(appearance),
    fit,
    reset: () => renderer.getCamera().animatedReset(CAMERA_MOVE),
    zoom: (direction) => (direction === 'in' ? renderer.getCamera().animatedZoom(CAMERA_MOVE) : renderer.getCamera().animatedUnzoom(CAMERA_MOVE)),
    kill: () => {
      graph.off('eachNodeAttributesUpdated', onMoved);
      resizeObserver.disconnect();
      focusLayer.kill();
      renderer.kill();
    },
  };
}

/*
 * NOTE: sigma indexes every node and edge of its graph on each refresh, hidden
 * or not: on the corpus graph opened on its entities, three quarters of the
 * nodes and most edges were indexed only to be hidden, and the first draw
 * took twice as long. Sigma draws a graph of the shown nodes and edges
 * instead, in the whole graph's order, with the whole graph's bounding box
 * (as sigma would compute it with the hidden nodes), so that the camera means
 * the same whatever is shown.
 */
function shownGraph(graph: CitegraphGraph, visibility: Visibility): CitegraphGraph {
  const shown = emptyGraph();
  graph.forEachNode((node, attributes) => {
    if (visibility.nodes.has(node)) shown.addNode(node, attributes);
  });
  graph.forEachEdge((edge, attributes, source, target, _sourceAttributes, _targetAttributes, undirected) => {
    if (!visibility.edges.has(edge)) return;
    if (undirected) shown.addUndirectedEdgeWithKey(edge, source, target, attributes);
    else shown.addDirectedEdgeWithKey(edge, source, target, attributes);
  });
  return shown;
}

const emptyGraph = (): CitegraphGraph => new Graph({ type: 'mixed', multi: false, allowSelfLoops: false }) as CitegraphGraph;

/** A zoom that shows most of a node's shown neighbours around it (a hub's farthest few may stay outside). */
function neighbourhoodRatio(renderer: Sigma, view: View, node: string): number {
  const center = renderer.getNodeDisplayData(node)!;
  const distances: number[] = [];
  for (const neighbor of view.index.adjacency.get(node) ?? []) {
    if (!view.visibility.nodes.has(neighbor.node)) continue;
    const data = renderer.getNodeDisplayData(neighbor.node);
    if (data) distances.push(Math.hypot(data.x - center.x, data.y - center.y));
  }
  distances.sort((a, b) => a - b);
  const reach = distances[Math.floor(distances.length * 0.9)] ?? distances.at(-1) ?? 0;
  // At ratio r the viewport spans about r framed-graph units across its shorter side.
  return clampRatio(2.4 * reach);
}

/** The camera that frames some nodes: centred on their bounding box, zoomed to hold it. */
function fittingCamera(renderer: Sigma, nodes: ReadonlySet<string>): { x: number; y: number; ratio: number } {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const node of nodes) {
    const data = renderer.getNodeDisplayData(node);
    if (!data) continue;
    [minX, minY, maxX, maxY] = [Math.min(minX, data.x), Math.min(minY, data.y), Math.max(maxX, data.x), Math.max(maxY, data.y)];
  }
  if (minX === Infinity) return { x: 0.5, y: 0.5, ratio: 1 };
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: clampRatio(Math.max(MIN_FIT_RATIO, FIT_MARGIN * Math.max(maxX - minX, maxY - minY))) };
}

const clampRatio = (ratio: number) => Math.min(MAX_FOCUS_RATIO, Math.max(MIN_FOCUS_RATIO, ratio));
