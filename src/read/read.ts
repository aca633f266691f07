import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { CitegraphError, ioReason } from '../errors.js';
import { splitFrontMatter } from './frontmatter.js';
import { readHtml } from './html.js';
import { readMarkdown } from './markdown.js';
import { MAX_READABLE_SIZE, sizeProblem } from './limits.js';
import { looksLikeRestructuredText, readRestructuredText } from './rst.js';
import { readText } from './text.js';
import type { Input } from './collect.js';
import type { Document, Format } from './types.js';

export const READABLE_EXTENSIONS: Readonly<Record<string, Format>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.mdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.rst': 'rst',
  '.rest': 'rst',
  '.txt': 'text',
  '.text': 'text',
};

export interface ReadOptions {
  /** The format to read as (default: from the extension; Markdown when unknown, as for stdin). */
  format?: Format;
  /** Called with a one-line warning about input that was read around (default: ignore). */
  onWarning?: (message: string) => void;
  /** Files larger than this many bytes are refused (default: `MAX_READABLE_SIZE`, the most Node can hold as a string). */
  maxFileSize?: number;
}

/**
 * The format a path is read as: from its extension; without a known one (stdin, `README`, a page
 * saved as `page.php`), HTML when the text starts as an HTML page does, Markdown otherwise.
 */
export function formatOf(path: string, text?: string): Format {
  return READABLE_EXTENSIONS[extname(path).toLowerCase()] ?? (text !== undefined && HTML_PAGE_START.test(text) ? 'html' : 'markdown');
}

// A doctype or an <html> tag, after any XML declaration and comments: how saved and served pages begin.
const HTML_PAGE_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;

/** Reads one file from disk into a Document; failures are CitegraphErrors naming the file. */
export async function readDocument(path: string, options: ReadOptions = {}): Promise<Document> {
  return readSource(await readBytes(path, options), path, options);
}

/** The bytes of a file, as `readDocument` reads them (size checked on the open file); failures are CitegraphErrors naming it. */
export async function readBytes(path: string, options: Pick<ReadOptions, 'maxFileSize'> = {}): Promise<Buffer> {
  try {
    const file = await open(path);
    try {
      checkSize(path, (await file.stat()).size, options);
      return await file.readFile();
    } finally {
      await file.close();
    }
  } catch (error) {
    throw readFailure(path, error);
  }
}

/**
 * `readBytes` without the event loop: for a thread that has nothing else to
 * do meanwhile. Four awaited steps per file cost more than the read itself
 * when the thread is busy extracting between them.
 */
export function readBytesSync(path: string, options: Pick<ReadOptions, 'maxFileSize'> = {}): Buffer {
  try {
    const file = openSync(path, 'r');
    try {
      checkSize(path, fstatSync(file).size, options);
      return readFileSync(file);
    } finally {
      closeSync(file);
    }
  } catch (error) {
    throw readFailure(path, error);
  }
}

// The size is checked on the open file, so a file swapped in after a check elsewhere is caught too.
function checkSize(path: string, size: number, options: Pick<ReadOptions, 'maxFileSize'>): void {
  const problem = sizeProblem(size, options.maxFileSize ?? MAX_READABLE_SIZE);
  if (problem) throw new CitegraphError(`${path}: ${problem}`);
}

function readFailure(path: string, error: unknown): CitegraphError {
  return error instanceof CitegraphError ? error : new CitegraphError(`${path}: ${ioReason(error)}`, 1, { cause: error });
}

/** Reads an input (a file, synchronously, or stdin's text already read) into a Document; failures are CitegraphErrors naming it. */
export function readInputSync(input: Input, options: ReadOptions = {}): Document {
  return readSource('text' in input ? input.text : readBytesSync(input.path), input.path, options);
}

/** Reads a document from its bytes (or text); `path` names it in the graph and in errors. */
export function readSource(source: Uint8Array | string, path: string, options: ReadOptions = {}): Document {
  const text = typeof source === 'string' ? source : decodeText(source, path, options.onWarning);
  const format = options.format ?? formatOf(path, text);
  // reST has no front matter: a line of dashes on top is a title's overline.
  const { frontMatter, body, problem, warnings = [] } = format === 'html' || format === 'rst' ? { frontMatter: {}, body: text } : splitFrontMatter(text);
  if (problem) options.onWarning?.(`${path}: ${problem}; front matter ignored`);
  for (const warning of warnings) options.onWarning?.(`${path}: ${warning}`);
  // Plain text that defines reST targets, footnotes or directives is reST (README.txt, CHANGES.txt, docutils' own .txt files).
  const isRestructured = format === 'rst' || (format === 'text' && looksLikeRestructuredText(body));
  const read = format === 'html' ? readHtml : isRestructured ? readRestructuredText : format === 'text' ? readText : readMarkdown;
  const document = read(body, path, options.onWarning);
  // Front matter wins over what the body suggests.
  return { ...document, ...frontMatter };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });
// Latin-1 files are read as Windows-1252, its superset that browsers use for both (WHATWG Encoding).
const WINDOWS_1252 = new TextDecoder('windows-1252');
const UTF16 = { le: new TextDecoder('utf-16le'), be: new TextDecoder('utf-16be') };
/**
 * Control bytes (other than tab, line feed, form feed, carriage return, escape) that make a
 * file binary: more than 8 and more than 5% of the first 8 kB. Random bytes hold about 10%;
 * text with a few stray escape sequences stays text.
 */
const MAX_CONTROLS = { count: 8, share: 0.05 };

/**
 * Text from a document's bytes: UTF-8; UTF-16 when it starts with a byte order
 * mark; Windows-1252, with a warning, when it is not valid UTF-8 but reads as
 * text. Binary (a NUL byte or many control bytes in the first 8 kB) is refused.
 */
export function decodeText(bytes: Uint8Array, path: string, onWarning?: (message: string) => void): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return UTF16.le.decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return UTF16.be.decode(bytes);
  if (isBinary(bytes.subarray(0, 8192))) throw new CitegraphError(`${path}: binary file, expected Markdown, HTML or text`);
  try {
    return UTF8.decode(bytes);
  } catch {
    onWarning?.(`${path}: not valid UTF-8, read as Windows-1252 (Latin-1)`);
    return WINDOWS_1252.decode(bytes);
  }
}

function isBinary(head: Uint8Array): boolean {
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) || byte === 0x7f) controls++;
  }
  return controls > MAX_CONTROLS.count && controls > head.length * MAX_CONTROLS.share;
}
