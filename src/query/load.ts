import { readFile } from 'node:fs/promises';
import Graph from 'graphology';
import { CitegraphError } from '../errors.js';
import type { CitegraphGraph } from '../graph/build.js';
import { CATEGORIES, EDGE_KINDS, GRAPH_NAME, NODE_KINDS, SCHEMA_VERSION, type SerializedCitegraph } from '../graph/schema.js';

type Check = [path: string, problem: string] | undefined;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const REQUIRED: Record<string, Record<string, 'string' | 'number' | 'array'>> = {
  entity: { label: 'string', category: 'string', aliases: 'array', mentions: 'number', documents: 'number' },
  source: { label: 'string', url: 'string', domain: 'string', anchors: 'array', citations: 'number' },
  document: { label: 'string', path: 'string' },
};

function typeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

/** The first way in which `data` is not a citegraph schema-1 graph, if any. */
export function findProblem(data: unknown): Check {
  if (!isObject(data)) return ['', `expected a JSON object, found ${typeOf(data)}`];
  const attributes = data.attributes;
  if (!isObject(attributes)) return ['attributes', 'missing'];
  if (attributes.name !== GRAPH_NAME) return ['attributes.name', `is ${JSON.stringify(attributes.name)}, expected "${GRAPH_NAME}"`];
  if (attributes.schemaVersion !== SCHEMA_VERSION) return ['attributes.schemaVersion', `is ${JSON.stringify(attributes.schemaVersion)}, expected ${SCHEMA_VERSION}`];
  if (!Array.isArray(data.nodes)) return ['nodes', 'missing or not an array'];
  if (!Array.isArray(data.edges)) return ['edges', 'missing or not an array'];
  const keys = new Set<string>();
  for (const [i, node] of data.nodes.entries()) {
    const at = `nodes[${i}]`;
    if (!isObject(node) || typeof node.key !== 'string') return [at, 'expected an object with a string key'];
    const a = node.attributes;
    if (!isObject(a)) return [`${at}.attributes`, 'missing'];
    if (!(NODE_KINDS as readonly unknown[]).includes(a.kind)) return [`${at}.attributes.kind`, `is ${JSON.stringify(a.kind)}, expected one of ${NODE_KINDS.join(', ')}`];
    for (const name of ['x', 'y', 'size'] as const) if (typeof a[name] !== 'number') return [`${at}.attributes.${name}`, `expected a number, found ${typeOf(a[name])}`];
    for (const [name, type] of Object.entries(REQUIRED[a.kind as string]!)) {
      if (typeOf(a[name]) !== type) return [`${at}.attributes.${name}`, `expected ${type === 'array' ? 'an array' : `a ${type}`}, found ${typeOf(a[name])}`];
    }
    if (a.kind === 'entity' && !(CATEGORIES as readonly unknown[]).includes(a.category)) return [`${at}.attributes.category`, `is ${JSON.stringify(a.category)}, expected one of ${CATEGORIES.join(', ')}`];
    keys.add(node.key);
  }
  for (const [i, edge] of data.edges.entries()) {
    const at = `edges[${i}]`;
    if (!isObject(edge) || typeof edge.source !== 'string' || typeof edge.target !== 'string') return [at, 'expected an object with string source and target'];
    if (!keys.has(edge.source)) return [`${at}.source`, `no node has the key ${JSON.stringify(edge.source)}`];
    if (!keys.has(edge.target)) return [`${at}.target`, `no node has the key ${JSON.stringify(edge.target)}`];
    const a = edge.attributes;
    if (!isObject(a) || !(EDGE_KINDS as readonly unknown[]).includes(a.kind)) return [`${at}.attributes.kind`, `expected one of ${EDGE_KINDS.join(', ')}`];
    if (typeof a.weight !== 'number') return [`${at}.attributes.weight`, `expected a number, found ${typeOf(a.weight)}`];
  }
  return undefined;
}

/** Checks parsed JSON and returns it typed; the error names `origin` and the first problem. */
export function validateGraph(data: unknown, origin: string): SerializedCitegraph {
  const problem = findProblem(data);
  if (problem) {
    const [path, message] = problem;
    throw new CitegraphError(`${origin}: not a citegraph graph (schema ${SCHEMA_VERSION}): ${path ? `${path} ` : ''}${message}`);
  }
  return data as SerializedCitegraph;
}

/** Parses and checks graph JSON text, then builds the graphology graph. */
export function parseGraph(text: string, origin: string): CitegraphGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CitegraphError(`${origin}: not valid JSON (${(error as Error).message})`);
  }
  const serialized = validateGraph(data, origin);
  try {
    return Graph.from(serialized as never) as CitegraphGraph;
  } catch (error) {
    throw new CitegraphError(`${origin}: not a citegraph graph (schema ${SCHEMA_VERSION}): ${(error as Error).message}`);
  }
}

/** Loads a graph file written by `citegraph extract`; the CLI, the server and the library all load through it. */
export async function loadGraph(path: string): Promise<CitegraphGraph> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CitegraphError(`${path}: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EISDIR' ? 'is a directory' : `cannot read (${String(code)})`}`);
  }
  return parseGraph(text, path);
}
