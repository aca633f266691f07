import type { CitegraphGraph } from '../../src/graph/build.js';
import type { SerializedCitegraph } from '../../src/graph/schema.js';
import { CATEGORY_COLORS, DOCUMENT_COLOR, SOURCE_COLOR } from '../../src/graph/style.js';
import { findProblem } from '../../src/query/check.js';
import { graphFrom, parseJson, problemError } from '../../src/query/load.js';

/** Files from this many characters on are drawn first and checked right after the first frame. */
export const CHECK_AFTER_DRAWING_FROM = 1_000_000;

export interface ReadGraph {
  graph: CitegraphGraph;
  /** For a big file, not yet checked: throws its first problem. The page calls it before it uses anything but the drawing. */
  check?: () => void;
}

/*
 * NOTE: on the corpus graph (13 MB) the schema check took about a third of
 * the time to the first draw. The drawing needs only what graphology's import
 * already checks (nodes and edges that join them) and sets as text on a
 * canvas, so a big file is drawn first and checked after the first frame,
 * before the page mounts the search, the legend and the panel that read the
 * rest; a bad file is then taken down and its error line shown. Small files
 * are checked first, as the CLI does. Performance marks `citegraph:json`,
 * `:checked` and `:imported` time the steps for the benchmark.
 */

/**
 * Parses a graph file and builds the graph, checked with the same checks as
 * the CLI and the server (for a big file, by `check`): a bad file throws one
 * line naming it and its first problem. Colours are set from the category, so
 * that the legend is always right.
 */
export function readGraph(text: string, origin: string): ReadGraph {
  const data = parseJson(text, origin);
  performance.mark('citegraph:json');
  const check = () => {
    const problem = findProblem(data);
    if (problem) throw problemError(problem, origin);
  };
  const isBig = text.length >= CHECK_AFTER_DRAWING_FROM;
  if (!isBig) {
    check();
    performance.mark('citegraph:checked');
  }
  let graph: CitegraphGraph;
  try {
    graph = graphFrom(data as SerializedCitegraph, origin);
  } catch (error) {
    // What graphology refuses in an unchecked file, the schema names better.
    if (isBig) check();
    throw error;
  }
  performance.mark('citegraph:imported');
  // Set in place: the graph is the page's own, nothing listens to it yet, and copying every node's attributes cost a frame.
  graph.forEachNode((_node, attributes) => {
    attributes.color = attributes.kind === 'entity' ? CATEGORY_COLORS[attributes.category] : attributes.kind === 'source' ? SOURCE_COLOR : DOCUMENT_COLOR;
  });
  return isBig ? { graph, check } : { graph };
}
