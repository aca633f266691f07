import { Command, InvalidArgumentError, Option } from 'commander';
import { CitegraphError } from '../errors.js';
import type { Extraction } from '../extract/extract.js';
import { DEFAULT_MAX_FILE_SIZE, parseSize } from '../read/limits.js';
import { printWarning } from '../terminal.js';
import { graphWriter } from './graph-output.js';
import { refuseInputAsOutput } from './output.js';

// The extraction modules (word data, lexicon, graph analysis) load only when this command
// runs, so that `citegraph query` and `serve` start fast.

// Below this many files a bar would only flicker.
const PROGRESS_THRESHOLD = 20;

interface ExtractCommandOptions {
  output?: string;
  lexicon: string[];
  quiet?: boolean;
  jobs?: number;
  maxFileSize: number;
  strict?: boolean;
  shard?: Shard;
  cache?: string;
}

interface Shard {
  index: number;
  count: number;
}

export const extractCommand = new Command('extract')
  .description('extract entities and the sources they are cited with from files, folders (recursive) or - for stdin')
  .argument('<paths...>', 'Markdown, HTML, reStructuredText or text files, folders, or - for stdin')
  .option('-o, --output <file>', 'write the graph to FILE (.json, .gexf or .graphml), atomically; default: JSON on stdout')
  .addOption(new Option('--lexicon <file>', 'extra lexicon (JSON, same format as the built-in one); repeatable').default([]).argParser(collect))
  .option('-j, --jobs <n>', 'threads that read and extract, this one included (default: one per CPU from 1,000 files on; below, from 100 files, one extracts while another reads ahead)', parseJobs)
  .option('--shard <i/n>', 'only shard I of N (1-based) of the inputs, for batch engines; merge the shards with citegraph merge', parseShard)
  .option('--cache <dir>', 'keep each document\'s result in DIR, keyed by its content and the options; later runs read only new or changed files')
  .option('-q, --quiet', 'no progress bar and no summary line')
  .option('--max-file-size <size>', 'skip files found in folders that are larger, refuse named ones (bytes, or with k, M, G)', parseMaxFileSize, DEFAULT_MAX_FILE_SIZE)
  .option('--strict', 'fail (exit 1, nothing written) on any warning, such as a skipped file')
  .action(async (paths: string[], options: ExtractCommandOptions) => {
    const started = performance.now();
    const write = await graphWriter(options.output);
    const [{ loadLexicon }, { GraphBuilder }, { collectInputs, forEachExtraction, READ_AHEAD_FROM, selectShard }, { forEachExtractionInParallel, jobsFor }, { ExtractionCache, cacheContext }, { LayoutThread }] =
      await Promise.all([import('../extract/lexicon.js'), import('../graph/build.js'), import('../pipeline.js'), import('../parallel.js'), import('../cache.js'), import('../layout-thread.js')]);
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
    const all = await collectInputs(paths, { maxFileSize: options.maxFileSize, onSkip, onWarning });
    if (options.output !== undefined) await refuseInputAsOutput(options.output, all);
    const inputs = options.shard ? selectShard(all, options.shard.index, options.shard.count) : all;
    const cache = options.cache === undefined ? undefined : new ExtractionCache(options.cache, await cacheContext(options.lexicon));
    const jobs = jobsFor(inputs.length, options.jobs);
    const bar = !options.quiet && process.stderr.isTTY && inputs.length >= PROGRESS_THRESHOLD
      ? new (await import('cli-progress')).SingleBar({ format: 'citegraph {bar} {value}/{total} documents', stream: process.stderr, clearOnComplete: true, hideCursor: true })
      : undefined;
    bar?.start(inputs.length, 0);
    // Each document goes into the builder as soon as it is extracted: only what the graph needs is kept.
    const builder = new GraphBuilder();
    let cached = 0;
    let extracted = 0;
    const onExtracted = ({ extraction, isCached }: { extraction: Extraction; isCached: boolean }) => {
      builder.add(extraction);
      extracted++;
      if (isCached) cached++;
    };
    const reporting = {
      onProgress: (done: number) => bar?.update(done),
      onWarning,
      onSkip,
    };
    // From READ_AHEAD_FROM files on, ForceAtlas2 runs on a thread of its own while this one works out PageRank
    // (unless --jobs 1 asks for one thread in all); started now, it has loaded by the time the graph is ready.
    const layoutThread = options.jobs !== 1 && inputs.length >= READ_AHEAD_FROM ? new LayoutThread() : undefined;
    let graph;
    try {
      try {
        const shared = { ...reporting, lexicon, ...(cache ? { cache } : {}) };
        if (jobs > 1) await forEachExtractionInParallel(inputs, onExtracted, { ...shared, jobs, lexiconFiles: options.lexicon });
        // One thread extracting: from READ_AHEAD_FROM files on, another reads ahead, unless --jobs 1 asks for one thread in all.
        else await forEachExtraction(inputs, onExtracted, { ...shared, readAhead: options.jobs === undefined && inputs.length >= READ_AHEAD_FROM });
      } finally {
        bar?.stop();
      }
      if (options.strict && warnings > 0) throw new CitegraphError(`--strict: ${warnings} warning${warnings === 1 ? '' : 's'} (above), nothing written`);
      // A shard may hold no document at all (more shards than files): it is still one of the N that merge needs.
      if (extracted === 0 && !options.shard) throw new CitegraphError(`no document could be read (${skipped} skipped, above), nothing written`);
      graph = layoutThread ? await builder.assembleAside((job) => layoutThread.run(job)) : builder.assemble();
    } finally {
      await layoutThread?.close();
    }
    if (options.shard) graph.attributes.shard = { ...options.shard, extractions: builder.extractions() };
    await write(graph);
    if (!options.quiet) {
      const count = (kind: 'document' | 'entity' | 'source') => graph.count(kind);
      // A citation is an entity named in a sentence that holds a link.
      const citations = graph.citations();
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const documents = count('document');
      const shard = options.shard ? `shard ${options.shard.index}/${options.shard.count}: ` : '';
      const fromCache = cache ? ` (${cached} from the cache)` : '';
      process.stderr.write(
        `citegraph: ${shard}${documents} document${documents === 1 ? '' : 's'}${skipped > 0 ? `, ${skipped} skipped` : ''}${fromCache}, ${count('entity')} entities, ${count('source')} sources, ${citations} citations in ${seconds} s\n`,
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

function parseShard(value: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(value);
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [0, 0];
  if (!match || count < 1 || index < 1 || index > count) throw new InvalidArgumentError('expected I/N with 1 <= I <= N, e.g. 2/8');
  return { index, count };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}
