import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { CitegraphError } from '../errors.js';
import { splitFrontMatter } from './frontmatter.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { readText } from './text.js';
import type { Document, Format } from './types.js';

export const READABLE_EXTENSIONS: Readonly<Record<string, Format>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.text': 'text',
};

export interface ReadOptions {
  /** The format to read as (default: from the extension; Markdown when unknown, as for stdin). */
  format?: Format;
  /** Called with a one-line warning about input that was read around (default: ignore). */
  onWarning?: (message: string) => void;
}

/** The format a path is read as. */
export function formatOf(path: string): Format {
  return READABLE_EXTENSIONS[extname(path).toLowerCase()] ?? 'markdown';
}

/** Reads one file from disk into a Document; failures are CitegraphErrors naming the file. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<Document> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new CitegraphError(`${path}: ${describeIoError(error)}`, 1, { cause: error });
  }
  return readSource(bytes, path, options);
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a document from its bytes (or text); `path` names it in the graph and in errors. */
export function readSource(source: Uint8Array | string, path: string, options: ReadOptions = {}): Document {
  const text = typeof source === 'string' ? source : decode(source, path);
  const format = options.format ?? formatOf(path);
  const { frontMatter, body, problem } = format === 'html' ? { frontMatter: {}, body: text } : splitFrontMatter(text);
  if (problem) options.onWarning?.(`${path}: ${problem}; front matter ignored`);
  const read = format === 'html' ? readHtml : format === 'text' ? readText : readMarkdown;
  const document = read(body, path);
  // Front matter wins over what the body suggests.
  return { ...document, ...frontMatter };
}

function decode(bytes: Uint8Array, path: string): string {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) throw new CitegraphError(`${path}: binary file, expected Markdown, HTML or text`);
  try {
    return decoder.decode(bytes);
  } catch {
    throw new CitegraphError(`${path}: not valid UTF-8 text, expected Markdown, HTML or text`);
  }
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
}
