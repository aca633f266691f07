import type Graph from 'graphology';
import { create } from 'xmlbuilder2';
import { flattenAttributes } from './flatten.js';

type Scalar = string | number | boolean;
type Domain = 'node' | 'edge';

interface KeyModel {
  id: string;
  name: string;
  type: 'string' | 'double' | 'int' | 'boolean';
}

/** GraphML (yEd, Cytoscape, NetworkX): every attribute as typed `<data>`; lists and evidence as JSON text. */
export function toGraphml(graph: Graph): string {
  const nodes: [string, Record<string, Scalar>][] = [];
  graph.forEachNode((key, attributes) => nodes.push([key, flattenAttributes(attributes)]));
  const edges: [string, string, string, boolean, Record<string, Scalar>][] = [];
  graph.forEachEdge((key, attributes, source, target, _s, _t, undirected) => edges.push([key, source, target, undirected, flattenAttributes(attributes)]));

  const nodeKeys = modelKeys('node', nodes.map(([, a]) => a));
  const edgeKeys = modelKeys('edge', edges.map(([, , , , a]) => a));
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('graphml', { xmlns: 'http://graphml.graphdrawing.org/xmlns' });
  const graphAttributes = flattenAttributes(graph.getAttributes());
  const graphKeys = modelKeys('graph' as Domain, [graphAttributes]);
  for (const [domain, keys] of [['graph', graphKeys], ['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const key of keys.values()) root.ele('key', { id: key.id, for: domain, 'attr.name': key.name, 'attr.type': key.type });
  }
  const element = root.ele('graph', { id: 'G', edgedefault: 'directed' });
  writeData(element, graphKeys, graphAttributes);
  for (const [key, attributes] of nodes) writeData(element.ele('node', { id: key }), nodeKeys, attributes);
  for (const [key, source, target, undirected, attributes] of edges) {
    const edge = element.ele('edge', undirected ? { id: key, source, target, directed: 'false' } : { id: key, source, target });
    writeData(edge, edgeKeys, attributes);
  }
  return `${root.end({ prettyPrint: true })}\n`;
}

function modelKeys(domain: Domain, records: Record<string, Scalar>[]): Map<string, KeyModel> {
  const keys = new Map<string, KeyModel>();
  for (const record of records) {
    for (const [name, value] of Object.entries(record)) {
      const type = typeof value === 'boolean' ? 'boolean' : typeof value === 'number' ? (Number.isInteger(value) ? 'int' : 'double') : 'string';
      const known = keys.get(name);
      if (!known) keys.set(name, { id: `${domain[0]}_${name}`, name, type });
      else if (known.type !== type) known.type = known.type === 'int' && type === 'double' ? 'double' : known.type === 'double' && type === 'int' ? 'double' : 'string';
    }
  }
  return keys;
}

function writeData(element: ReturnType<ReturnType<typeof create>['ele']>, keys: Map<string, KeyModel>, attributes: Record<string, Scalar>): void {
  for (const [name, value] of Object.entries(attributes)) element.ele('data', { key: keys.get(name)!.id }).txt(String(value));
}
