import type { CitegraphGraph } from '../../src/graph/build.js';
import { CATEGORY_COLORS, DOCUMENT_COLOR, SOURCE_COLOR } from '../../src/graph/style.js';
import { parseGraph } from '../../src/query/load.js';

/**
 * Parses and checks a graph file with the same loader as the CLI and the
 * server: a bad file throws one line naming it and its first problem. Colours
 * are set from the category, so that the legend is always right.
 */
export function readGraph(text: string, origin: string): CitegraphGraph {
  const graph = parseGraph(text, origin);
  graph.updateEachNodeAttributes((_node, attributes) => ({
    ...attributes,
    color: attributes.kind === 'entity' ? CATEGORY_COLORS[attributes.category] : attributes.kind === 'source' ? SOURCE_COLOR : DOCUMENT_COLOR,
  }));
  return graph;
}
