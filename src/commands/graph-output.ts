import { once } from 'node:events';
import { extname } from 'node:path';
import type Graph from 'graphology';
import { CitegraphError, EXIT } from '../errors.js';
import type { AssembledGraph } from '../graph/build.js';
import { writeFileAtomic } from './output.js';

/** A graph, or one not made yet (`AssembledGraph`): its JSON is written without making it. */
type Writable = Graph | AssembledGraph;
type Serializer = (graph: Writable) => string | Iterable<string | Uint8Array>;

// Told apart by shape: a value import of build.js would load the graph modules with every command.
const isAssembled = (graph: Writable): graph is AssembledGraph => typeof (graph as Partial<AssembledGraph>).data === 'function';
const graphOf = (graph: Writable): Graph => (isAssembled(graph) ? graph.graph() : graph);

// The exporters load only when a graph is written.
const WRITERS: Readonly<Record<string, () => Promise<Serializer>>> = {
  '.json': async () => {
    const { jsonChunksOf, toJsonChunks } = await import('../export/json.js');
    return (graph) => (isAssembled(graph) ? jsonChunksOf(graph.data()) : toJsonChunks(graph));
  },
  '.gexf': async () => {
    const { toGexf } = await import('../export/gexf.js');
    return (graph) => toGexf(graphOf(graph));
  },
  '.graphml': async () => {
    const { toGraphml } = await import('../export/graphml.js');
    return (graph) => toGraphml(graphOf(graph));
  },
};

/**
 * How `extract` and `merge` write their graph: to `output` (format by
 * extension, atomically) or as JSON to stdout. Call it before the work, so
 * that an unknown extension fails at once.
 */
export async function graphWriter(output: string | undefined): Promise<(graph: Writable) => Promise<void>> {
  const serialize = await (output === undefined ? WRITERS['.json']! : writerFor(output))();
  return async (graph) => {
    const content = serialize(graph);
    if (output !== undefined) return writeFileAtomic(output, content);
    for (const chunk of typeof content === 'string' ? [content] : content) {
      if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
    }
  };
}

function writerFor(path: string): () => Promise<Serializer> {
  const extension = extname(path).toLowerCase();
  const writer = WRITERS[extension];
  if (writer) return writer;
  throw new CitegraphError(`${path}: unknown output format "${extension || '(none)'}", expected .json, .gexf or .graphml`, EXIT.usage);
}
