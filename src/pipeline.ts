import { readdir, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { CitegraphError } from './errors.js';
import { extract, type Extraction } from './extract/extract.js';
import type { Lexicon } from './extract/lexicon.js';
import { readDocument, readSource, READABLE_EXTENSIONS } from './read/read.js';

/** One thing to read: a file on disk, or text given directly (stdin). */
export type Input = { path: string } | { path: string; text: string };

export interface ExtractFilesOptions {
  lexicon?: Lexicon;
  /** Called after each document with the count done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Called with one-line warnings about input that was read around. */
  onWarning?: (message: string) => void;
}

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

/** Reads and extracts one input: the step both the sequential path and each worker thread take. */
export async function extractInput(input: Input, options: Pick<ExtractFilesOptions, 'lexicon' | 'onWarning'> = {}): Promise<Extraction> {
  const readOptions = options.onWarning ? { onWarning: options.onWarning } : {};
  const document = 'text' in input ? readSource(input.text, input.path, readOptions) : await readDocument(input.path, readOptions);
  return extract(document, options.lexicon ? { lexicon: options.lexicon } : {});
}

/** Reads and extracts every input, in order. */
export async function extractInputs(inputs: readonly Input[], options: ExtractFilesOptions = {}): Promise<Extraction[]> {
  const extractions: Extraction[] = [];
  for (const input of inputs) {
    extractions.push(await extractInput(input, options));
    options.onProgress?.(extractions.length, inputs.length);
  }
  return extractions;
}
