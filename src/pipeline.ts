import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import type { ExtractionCache } from './cache.js';
import { CitegraphError } from './errors.js';
import { extract, type Extraction } from './extract/extract.js';
import type { Lexicon } from './extract/lexicon.js';
import { readDocument, readSource, READABLE_EXTENSIONS } from './read/read.js';

/** One thing to read: a file on disk, or text given directly (stdin). */
export type Input = { path: string } | { path: string; text: string };

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Expands the user's paths into the files to read: files as given, folders
 * recursively (Markdown, HTML and text files, hidden entries skipped), `-`
 * for stdin. Paths are sorted within each folder, so the order is stable.
 */
export async function collectInputs(paths: readonly string[], readStdin: () => Promise<string> = readAllStdin): Promise<Input[]> {
  const inputs: Input[] = [];
  const seen = new Set<string>();
  // The same file named twice (a.md, ./a.md, /abs/a.md) is read once, under the first name given.
  const add = (path: string) => {
    const key = resolve(path);
    if (!seen.has(key)) {
      seen.add(key);
      inputs.push({ path: toPosix(normalize(path)) });
    }
  };
  for (const path of paths) {
    if (path === '-') {
      if (!seen.has('-')) inputs.push({ path: '-', text: await readStdin() });
      seen.add('-');
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CitegraphError(`${path}: ${code === 'ENOENT' ? 'no such file or directory' : `cannot read (${String(code)})`}`);
    }
    if (info.isDirectory()) {
      const found = await walk(path);
      if (found.length === 0) throw new CitegraphError(`${path}: no Markdown, HTML or text files in this folder`);
      found.forEach(add);
    } else {
      add(path);
    }
  }
  return inputs;
}

async function walk(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && extensionOf(entry.name) in READABLE_EXTENSIONS) files.push(path);
  }
  return files;
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
};

async function readAllStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

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
}

/**
 * Reads and extracts one input: the step both the sequential path and each
 * worker thread take. With a cache, the input's bytes are hashed first and a
 * stored result is used as it is, warnings included.
 */
export async function extractInput(input: Input, options: ExtractInputOptions = {}): Promise<Omit<Extracted, 'index'>> {
  const warnings: string[] = [];
  const readOptions = { onWarning: (message: string) => warnings.push(message) };
  const extractOptions = options.lexicon ? { lexicon: options.lexicon } : {};
  if (options.cache === undefined) {
    const document = 'text' in input ? readSource(input.text, input.path, readOptions) : await readDocument(input.path, readOptions);
    return { extraction: extract(document, extractOptions), warnings, isCached: false };
  }
  // Bytes that cannot be read are left to readDocument, which says why in the usual words.
  const bytes = 'text' in input ? Buffer.from(input.text) : await readFile(input.path).catch(() => undefined);
  if (bytes === undefined) return extractInput(input, { ...options, cache: undefined });
  const key = options.cache.keyOf(input.path, bytes);
  const cached = await options.cache.get(key);
  if (cached) return { ...cached, isCached: true };
  const extraction = extract(readSource('text' in input ? input.text : bytes, input.path, readOptions), extractOptions);
  await options.cache.put(key, extraction, warnings);
  return { extraction, warnings, isCached: false };
}

export interface ExtractFilesOptions extends ExtractInputOptions {
  /** Called after each document with the count done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Called with one-line warnings about input that was read around. */
  onWarning?: (message: string) => void;
}

/** Reads and extracts every input, in order, handing each result to `onExtracted` as soon as it is made. */
export async function forEachExtraction(inputs: readonly Input[], onExtracted: (result: Extracted) => void, options: ExtractFilesOptions = {}): Promise<void> {
  for (const [index, input] of inputs.entries()) {
    const result = await extractInput(input, options);
    for (const warning of result.warnings) options.onWarning?.(warning);
    onExtracted({ index, ...result });
    options.onProgress?.(index + 1, inputs.length);
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
