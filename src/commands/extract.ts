import { extname } from 'node:path';
import { SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { CitegraphError, EXIT } from '../errors.js';
import type Graph from 'graphology';
import { DEFAULT_MAX_FILE_SIZE, parseSize } from '../read/limits.js';
import { printWarning } from '../terminal.js';
import { refuseInputAsOutput, writeFileAtomic } from './output.js';

// The extraction modules (compromise, word lists, lexicon) load only when this command
// runs, so that `citegraph query` and `serve` start fast.
const WRITERS: Readonly<Record<string, () => Promise<(graph: Graph) => string>>> = {
  '.json': async () => (await import('../export/json.js')).toJson,
  '.gexf': async () => (await import('../export/gexf.js')).toGexf,
  '.graphml': async () => (await import('../export/graphml.js')).toGraphml,
};
// Below this many files a bar would only flicker.
const PROGRESS_THRESHOLD = 20;

interface ExtractCommandOptions {
  output?: string;
  lexicon: string[];
  quiet?: boolean;
  jobs?: number;
  maxFileSize: number;
  strict?: boolean;
}

// Below this many files, starting worker threads (each loads compromise, the word lists and
// the lexicon) costs more than it saves: measured on 2 cores, 754 posts ran 8% slower on two
// threads than on one, 3,016 posts 12% faster. An explicit --jobs always uses threads.
const PARALLEL_THRESHOLD = 1000;

export const extractCommand = new Command('extract')
  .description('extract entities and the sources they are cited with from files, folders (recursive) or - for stdin')
  .argument('<paths...>', 'Markdown, HTML or text files, folders, or - for stdin')
  .option('-o, --output <file>', 'write the graph to FILE (.json, .gexf or .graphml), atomically; default: JSON on stdout')
  .addOption(new Option('--lexicon <file>', 'extra lexicon (JSON, same format as the built-in one); repeatable').default([]).argParser(collect))
  .option('-j, --jobs <n>', 'worker threads for reading and extracting (default: one per CPU from 1,000 files on)', parseJobs)
  .option('-q, --quiet', 'no progress bar and no summary line')
  .option('--max-file-size <size>', 'skip files found in folders that are larger, refuse named ones (bytes, or with k, M, G)', parseMaxFileSize, DEFAULT_MAX_FILE_SIZE)
  .option('--strict', 'fail (exit 1, nothing written) on any warning, such as a skipped file')
  .action(async (paths: string[], options: ExtractCommandOptions) => {
    const started = performance.now();
    const writer = await (options.output === undefined ? WRITERS['.json']! : writerFor(options.output))();
    const [{ loadLexicon }, { buildGraph }, { collectInputs, extractInputs }, { defaultJobs, extractInParallel }] = await Promise.all([
      import('../extract/lexicon.js'),
      import('../graph/build.js'),
      import('../pipeline.js'),
      import('../parallel.js'),
    ]);
    const lexicon = loadLexicon(options.lexicon); // checked here, once, before any worker starts
    let warnings = 0;
    let skipped = 0;
    const onWarning = (message: string) => {
      warnings++;
      printWarning(message);
    };
    const onSkip = (message: string) => {
      skipped++;
      onWarning(`${message}; skipped`);
    };
    const inputs = await collectInputs(paths, { maxFileSize: options.maxFileSize, onSkip, onWarning });
    if (options.output !== undefined) await refuseInputAsOutput(options.output, inputs);
    const jobs = options.jobs ?? defaultJobs();
    const bar = !options.quiet && process.stderr.isTTY && inputs.length >= PROGRESS_THRESHOLD
      ? new SingleBar({ format: 'citegraph {bar} {value}/{total} documents', stream: process.stderr, clearOnComplete: true, hideCursor: true })
      : undefined;
    bar?.start(inputs.length, 0);
    let extractions;
    const reporting = {
      onProgress: (done: number) => bar?.update(done),
      onWarning,
      onSkip,
    };
    try {
      extractions = jobs > 1 && (options.jobs !== undefined || inputs.length >= PARALLEL_THRESHOLD)
        ? await extractInParallel(inputs, { ...reporting, jobs, lexiconFiles: options.lexicon })
        : await extractInputs(inputs, { ...reporting, lexicon });
    } finally {
      bar?.stop();
    }
    if (options.strict && warnings > 0) throw new CitegraphError(`--strict: ${warnings} warning${warnings === 1 ? '' : 's'} (above), nothing written`);
    if (extractions.length === 0) throw new CitegraphError(`no document could be read (${skipped} skipped, above), nothing written`);
    const graph = buildGraph(extractions);
    const content = writer(graph);
    if (options.output === undefined) process.stdout.write(content);
    else await writeFileAtomic(options.output, content);
    if (!options.quiet) {
      const count = (kind: string) => graph.filterNodes((_n, a) => a.kind === kind).length;
      const citations = graph.filterEdges((_e, a) => a.kind === 'cites').length;
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const documents = count('document');
      process.stderr.write(
        `citegraph: ${documents} document${documents === 1 ? '' : 's'}${skipped > 0 ? `, ${skipped} skipped` : ''}, ${count('entity')} entities, ${count('source')} sources, ${citations} citations in ${seconds} s\n`,
      );
    }
  });

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return jobs;
}

function parseMaxFileSize(value: string): number {
  const size = parseSize(value);
  if (size === undefined) throw new InvalidArgumentError('expected a size in bytes, or with k, M or G, as in 64M');
  return size;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function writerFor(path: string): () => Promise<(graph: Graph) => string> {
  const extension = extname(path).toLowerCase();
  const writer = WRITERS[extension];
  if (writer) return writer;
  throw new CitegraphError(`${path}: unknown output format "${extension || '(none)'}", expected .json, .gexf or .graphml`, EXIT.usage);
}
