import type Graph from 'graphology';

/** graphology's own serialization (`Graph.from(json)` loads it back), one line, newline-terminated. */
export function toJson(graph: Graph): string {
  return `${JSON.stringify(graph.export())}\n`;
}
