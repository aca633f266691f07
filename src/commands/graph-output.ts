import { once } from 'node:events';
import { extname } from 'node:path';
import type Graph from 'graphology';
import { CitegraphError, EXIT } from '../errors.js';
import { writeFileAtomic } from './output.js';

type Serializer = (graph: Graph) => string | Iterable<string>;

// The exporters load only when a graph is written.
const WRITERS: Readonly<Record<string, () => Promise<Serializer>>> = {
  '.json': async () => (await import('../export/json.js')).toJsonChunks,
  '.gexf': async () => (await import('../export/gexf.js')).toGexf,
  '.graphml': async () => (await import('../export/graphml.js')).toGraphml,
};

/**
 * How `extract` and `merge` write their graph: to `output` (format by
 * extension, atomically) or as JSON to stdout. Call it before the work, so
 * that an unknown extension fails at once.
 */
export async function graphWriter(output: string | undefined): Promise<(graph: Graph) => Promise<void>> {
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
