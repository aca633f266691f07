import { readFile } from 'node:fs/promises';
import Graph from 'graphology';
import { CitegraphError, EXIT, ioReason } from '../errors.js';
import { MAX_READABLE_SIZE, sizeProblem } from '../read/limits.js';
import type { CitegraphGraph } from '../graph/build.js';
import { SCHEMA_VERSION, type SerializedCitegraph } from '../graph/schema.js';
import { findProblem, type Problem } from './check.js';

// Re-exported: findProblem was part of this module's API before the schema moved to check.ts.
export { findProblem } from './check.js';

/**
 * Checks parsed JSON against schema/graph.schema.json (and that edges join
 * existing nodes) and returns it typed; the error names `origin` and the first problem.
 */
export function validateGraph(data: unknown, origin: string): SerializedCitegraph {
  const problem = findProblem(data);
  if (problem) throw problemError(problem, origin);
  return data as SerializedCitegraph;
}

/** The error for a graph's first problem (from `findProblem`), naming `origin`. */
export function problemError([path, message]: Problem, origin: string): CitegraphError {
  return new CitegraphError(`${origin}: not a citegraph graph (schema ${SCHEMA_VERSION}): ${path ? `${path} ` : ''}${message}`);
}

/** Parses JSON text; the error names `origin`. */
export function parseJson(text: string, origin: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CitegraphError(`${origin}: not valid JSON (${(error as Error).message})`);
  }
}

/** Parses and checks graph JSON text, without building the graph (`citegraph merge` needs only the data). */
export function parseGraphData(text: string, origin: string): SerializedCitegraph {
  return validateGraph(parseJson(text, origin), origin);
}

/** The graphology graph of checked data (what graphology itself refuses names `origin` too). */
export function graphFrom(serialized: SerializedCitegraph, origin: string): CitegraphGraph {
  try {
    return Graph.from(serialized as never) as CitegraphGraph;
  } catch (error) {
    throw new CitegraphError(`${origin}: not a citegraph graph (schema ${SCHEMA_VERSION}): ${(error as Error).message}`);
  }
}

/** Parses and checks graph JSON text, then builds the graphology graph. */
export function parseGraph(text: string, origin: string): CitegraphGraph {
  return graphFrom(parseGraphData(text, origin), origin);
}

/** Loads a graph file written by `citegraph extract`; the CLI, the server and the library all load through it. */
export async function loadGraph(path: string): Promise<CitegraphGraph> {
  return parseGraph(await readGraphFile(path), path);
}

/** A graph file's text; failures name the file. */
export async function readGraphFile(path: string): Promise<string> {
  try {
    // Read as bytes first: text past V8's longest string would fail with a message naming no file.
    const bytes = await readFile(path);
    const problem = sizeProblem(bytes.length, MAX_READABLE_SIZE);
    if (problem) throw new CitegraphError(`${path}: ${problem}`);
    return bytes.toString('utf8');
  } catch (error) {
    if (error instanceof CitegraphError) throw error;
    const reason = ioReason(error);
    throw new CitegraphError(`${path}: ${reason === 'no such file or directory' || reason === 'is a directory' ? reason : `cannot read (${reason})`}`, EXIT.input, { cause: error });
  }
}
