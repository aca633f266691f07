import type { ErrorObject } from 'ajv';
// Compiled from schema/graph.schema.json at build time (schema/compile.mjs, into generated/): no file
// to read and no code generated at run time, so the explorer page, under its Content-Security-Policy,
// checks graphs with exactly the code the CLI and the server use.
import { validate as schemaValidator } from '#graph-validator';
import { GRAPH_NAME, SCHEMA_VERSION } from '../graph/schema.js';

export const GRAPH_SCHEMA_ID = 'urn:citegraph:schema:graph:1';

/** Where in the document (`nodes[3].attributes.label`), and what is wrong there. */
export type Problem = [path: string, problem: string];

/**
 * The first way in which `data` is not a citegraph schema-1 graph, if any:
 * first against schema/graph.schema.json, then what a schema cannot say
 * (node keys are unique, edges join nodes that exist).
 */
export function findProblem(data: unknown): Problem | undefined {
  // A graph from another tool or another schema version says so first, whatever else differs.
  const attributes = (data as { attributes?: { name?: unknown; schemaVersion?: unknown } } | null)?.attributes;
  if (typeof attributes === 'object' && attributes !== null) {
    if (attributes.name !== GRAPH_NAME) return ['attributes.name', `is ${JSON.stringify(attributes.name)}, expected "${GRAPH_NAME}"`];
    if (attributes.schemaVersion !== SCHEMA_VERSION) return ['attributes.schemaVersion', `is ${JSON.stringify(attributes.schemaVersion)}, expected ${SCHEMA_VERSION}`];
  }
  if (!schemaValidator(data)) return describeError(schemaValidator.errors![0]!, data);
  const graph = data as { nodes: { key: string }[]; edges: { source: string; target: string }[] };
  const keys = new Set<string>();
  for (const [i, { key }] of graph.nodes.entries()) {
    if (keys.has(key)) return [`nodes[${i}].key`, `is ${JSON.stringify(key)}, which an earlier node already has`];
    keys.add(key);
  }
  for (const [i, edge] of graph.edges.entries()) {
    for (const end of ['source', 'target'] as const) {
      if (!keys.has(edge[end])) return [`edges[${i}].${end}`, `is ${JSON.stringify(edge[end])}, which no node has as key`];
    }
  }
  return undefined;
}

function describeError(error: ErrorObject, data: unknown): Problem {
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const value: unknown = error.data;
  const params = error.params as Record<string, unknown>;
  let problem: string;
  switch (error.keyword) {
    case 'required':
      segments.push(String(params.missingProperty));
      problem = 'is missing';
      break;
    case 'additionalProperties':
      segments.push(String(params.additionalProperty));
      problem = 'is not part of schema 1';
      break;
    case 'type':
      problem = `is ${describeType(value)}, expected ${article(String(params.type))}`;
      break;
    case 'const':
      problem = `is ${show(value)}, expected ${show(params.allowedValue)}`;
      break;
    case 'enum':
      problem = `is ${show(value)}, expected one of ${(params.allowedValues as unknown[]).map(show).join(', ')}`;
      break;
    case 'pattern': {
      const prefix = /^\^([a-z]+:)$/.exec(String(params.pattern))?.[1];
      problem = `is ${show(value)}, expected ${prefix ? `a key starting with "${prefix}"` : `a match for /${String(params.pattern)}/`}`;
      break;
    }
    case 'minimum':
    case 'exclusiveMinimum':
      problem = `is ${show(value)}, expected ${error.keyword === 'minimum' ? 'at least' : 'more than'} ${String(params.limit)}`;
      break;
    case 'minLength':
      problem = 'is empty';
      break;
    case 'minItems':
      problem = `has no items, expected at least ${String(params.limit)}`;
      break;
    default:
      problem = error.message ?? `fails ${error.keyword}`;
  }
  const path = jsonPath(segments);
  return path === '' ? ['', `the graph ${problem}`] : [path, problem + owner(segments, data)];
}

/** `nodes/3/attributes/label` → `nodes[3].attributes.label`. */
function jsonPath(segments: readonly string[]): string {
  return segments
    .map((segment, i) => (/^\d+$/.test(segment) ? `[${segment}]` : /^[A-Za-z_$][\w$]*$/.test(segment) ? `${i === 0 ? '' : '.'}${segment}` : `[${JSON.stringify(segment)}]`))
    .join('');
}

/** Names the node or edge at fault by its key, which an index alone does not tell in a graph of thousands. */
function owner(segments: readonly string[], data: unknown): string {
  const [list, index, field] = segments;
  if ((list !== 'nodes' && list !== 'edges') || index === undefined || field === undefined || field === 'key') return '';
  const item = (data as Record<string, unknown[]>)[list]?.[Number(index)] as { key?: unknown } | undefined;
  return typeof item?.key === 'string' ? ` (${list === 'nodes' ? 'node' : 'edge'} ${JSON.stringify(item.key)})` : '';
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? `the integer ${value}` : `the number ${value}`;
  if (typeof value === 'string') return `the string ${show(value)}`;
  return article(typeof value);
}

function article(type: string): string {
  const noun = type === 'object' ? 'JSON object' : type;
  return `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
