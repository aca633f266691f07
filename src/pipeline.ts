import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { ExtractionCache } from './cache.js';
import { CitegraphError, EXIT, fromPortableError, InternalError } from './errors.js';
import { extract, type Extraction } from './extract/extract.js';
import type { Lexicon } from './extract/lexicon.js';
import { ReadAhead, type ReadOutcome } from './read-ahead.js';
import type { Input } from './read/collect.js';
import { readInputSync, readSource } from './read/read.js';

export { collectInputs, type CollectOptions, type Input } from './read/collect.js';

/** One document's result: its extraction and the warnings reading it gave, by input index. */
export interface Extracted {
  index: number;
  extraction: Extraction;
  warnings: string[];
  /** It came from the cache: the document was hashed, not read. */
  isCached: boolean;
}

export interface ExtractInputOptions {
  lexicon?: Lexicon;
  /** Where to find and keep results (`--cache`); without it every input is read and extracted. */
  cache?: ExtractionCache;
  /** Called for a file found in a folder that cannot be used, with a one-line message naming it; the run goes on without it. */
  onSkip?: (message: string) => void;
}

/**
 * Reads and extracts one input: the step both the sequential path and each
 * worker thread take. A file found in a folder that cannot be used gives
 * `undefined` after `onSkip`; a bug names the input (`InternalError`).
 */
export async function extractInput(input: Input, options: ExtractInputOptions = {}): Promise<Omit<Extracted, 'index'> | undefined> {
  try {
    return await readAndExtract(input, options);
  } catch (error) {
    return skipOrThrow(input, error, options);
  }
}

function skipOrThrow(input: Input, error: unknown, options: ExtractInputOptions): undefined {
  const isUnusable = error instanceof CitegraphError && error.exitCode === EXIT.input;
  if (isUnusable && 'isFound' in input && input.isFound) {
    options.onSkip?.(error.message);
    return undefined;
  }
  throw error instanceof CitegraphError ? error : new InternalError(input.path, error);
}

/** `extractInput` for an input the reading thread has read (see read-ahead.ts). */
function extractRead(input: Input, outcome: ReadOutcome, options: ExtractInputOptions): Omit<Extracted, 'index'> | undefined {
  try {
    if ('error' in outcome) throw fromPortableError(outcome.error);
    const extractOptions = { lexicon: options.lexicon, prepared: outcome.prepared };
    return { extraction: extract(outcome.document, extractOptions), warnings: outcome.warnings, isCached: false };
  } catch (error) {
    return skipOrThrow(input, error, options);
  }
}

/**
 * With a cache, the input's bytes are hashed first and a stored result is used as it is, warnings included.
 * Without one, the file is read synchronously: the thread would only wait for it.
 */
async function readAndExtract(input: Input, options: ExtractInputOptions): Promise<Omit<Extracted, 'index'>> {
  const warnings: string[] = [];
  const readOptions = { onWarning: (message: string) => warnings.push(message) };
  const extractOptions = options.lexicon ? { lexicon: options.lexicon } : {};
  if (options.cache === undefined) {
    const document = readInputSync(input, readOptions);
    return { extraction: extract(document, extractOptions), warnings, isCached: false };
  }
  // Bytes that cannot be read are left to readInputSync, which says why in the usual words.
  const content = 'text' in input ? Buffer.from(input.text) : await readFile(input.path).catch(() => undefined);
  if (content === undefined) return readAndExtract(input, { ...options, cache: undefined });
  const key = options.cache.keyOf(input.path, content);
  const cached = await options.cache.get(key);
  if (cached) return { ...cached, isCached: true };
  const extraction = extract(readSource('text' in input ? input.text : content, input.path, readOptions), extractOptions);
  await options.cache.put(key, extraction, warnings);
  return { extraction, warnings, isCached: false };
}

export interface ExtractFilesOptions extends ExtractInputOptions {
  /** Called after each document with the count done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Called with one-line warnings about input that was read around. */
  onWarning?: (message: string) => void;
  /** Read on a second thread, ahead of the extraction on this one (see read-ahead.ts); not with a cache, whose hits need no reading. */
  readAhead?: boolean;
}

/** From this many inputs on, a one-thread extraction reads ahead on a second thread (below, starting it costs more than it saves). */
export const READ_AHEAD_FROM = 100;

/** Reads and extracts every input, in order, handing each result to `onExtracted` as soon as it is made. */
export async function forEachExtraction(inputs: readonly Input[], onExtracted: (result: Extracted) => void, options: ExtractFilesOptions = {}): Promise<void> {
  const reader = options.readAhead && options.cache === undefined && inputs.length > 0 ? new ReadAhead(inputs) : undefined;
  try {
    for (const [index, input] of inputs.entries()) {
      const result = reader ? extractRead(input, await reader.next(), options) : await extractInput(input, options);
      if (result) {
        for (const warning of result.warnings) options.onWarning?.(warning);
        onExtracted({ index, ...result });
      }
      options.onProgress?.(index + 1, inputs.length);
    }
  } finally {
    await reader?.close();
  }
}

/** Reads and extracts every input, in order. */
export async function extractInputs(inputs: readonly Input[], options: ExtractFilesOptions = {}): Promise<Extraction[]> {
  const extractions: Extraction[] = [];
  await forEachExtraction(inputs, ({ extraction }) => extractions.push(extraction), options);
  return extractions;
}

/**
 * The inputs of shard `index` (1-based) of `count`: a document's shard
 * depends only on its path, so every shard of a run agrees on it without
 * talking to the others, and a document stays in its shard as the corpus grows.
 */
export function selectShard(inputs: readonly Input[], index: number, count: number): Input[] {
  return inputs.filter((input) => shardOf(input.path, count) === index);
}

export function shardOf(path: string, count: number): number {
  return (createHash('sha256').update(path).digest().readUInt32BE(0) % count) + 1;
}
