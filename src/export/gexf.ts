import type Graph from 'graphology';
import { write as writeGexf } from 'graphology-gexf';
import { flattenAttributes } from './flatten.js';

const VIZ = new Set(['label', 'x', 'y', 'size', 'color', 'weight']);

/** GEXF 1.3 (Gephi): positions, sizes and colours as `viz`, every other attribute as data. */
export function toGexf(graph: Graph): string {
  return `${writeGexf(graph, {
    version: '1.3',
    formatNode: (_key, attributes) => ({
      label: attributes.label as string,
      attributes: flattenAttributes(attributes, VIZ),
      viz: { x: attributes.x as number, y: attributes.y as number, size: attributes.size as number, color: attributes.color as string },
    }),
    formatEdge: (_key, attributes) => ({
      weight: attributes.weight as number,
      attributes: flattenAttributes(attributes, VIZ),
    }),
  })}\n`;
}
