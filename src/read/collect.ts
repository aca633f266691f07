import type { Dirent } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join, normalize, resolve, sep } from 'node:path';
import { CitegraphError, ioReason } from '../errors.js';
import { DEFAULT_MAX_FILE_SIZE, formatSize, sizeProblem } from './limits.js';
import { decodeText, READABLE_EXTENSIONS } from './read.js';

/**
 * One thing to read: a file on disk, or text given directly (stdin). A file
 * found in a folder (`isFound`) that cannot be used is skipped with a warning;
 * one named on the command line is an error.
 */
export type Input = { path: string; isFound?: boolean } | { path: string; text: string };

export interface CollectOptions {
  /** Files larger than this many bytes are refused, or skipped in a folder (default: 64 MB). */
  maxFileSize?: number;
  /** Called for each file or folder skipped in a folder, with a one-line message naming it (default: ignore). */
  onSkip?: (message: string) => void;
  /** Called with one-line warnings about stdin (default: ignore). */
  onWarning?: (message: string) => void;
  /** stdin's bytes, read up to `limit` bytes and one more (default: read `process.stdin`). */
  readStdin?: (limit: number) => Promise<Uint8Array | string>;
}

export const COLLECT_DEFAULTS = { maxFileSize: DEFAULT_MAX_FILE_SIZE, onSkip: () => {}, onWarning: () => {}, readStdin: readAllStdin } satisfies Required<CollectOptions>;

const toPosix = (path: string) => path.split(sep).join('/');

/**
 * Expands the user's paths into the files to read: files as given, folders
 * recursively (Markdown, HTML, reStructuredText and text files; hidden entries skipped; symbolic
 * links followed, each folder walked once), `-` for stdin. Paths are sorted
 * within each folder, so the order is stable.
 */
export async function collectInputs(paths: readonly string[], options: CollectOptions = {}): Promise<Input[]> {
  const settings = { ...COLLECT_DEFAULTS, ...options };
  const inputs: Input[] = [];
  const seen = new Set<string>();
  // The same file named twice (a.md, ./a.md, /abs/a.md, a link to it) is read once, under the first name given.
  const add = (path: string, isFound: boolean, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    inputs.push(isFound ? { path: toPosix(normalize(path)), isFound } : { path: toPosix(normalize(path)) });
  };
  for (const path of paths) {
    if (path === '-') {
      if (!seen.has('-')) inputs.push({ path: '-', text: await readStdinText(settings) });
      seen.add('-');
      continue;
    }
    const info = await stat(path).catch(async (error: unknown) => {
      throw new CitegraphError(`${path}: ${await missingReason(path, error)}`);
    });
    if (info.isDirectory()) {
      const found = await walk(path, settings);
      if (found.length === 0) throw new CitegraphError(`${path}: no Markdown, HTML, reStructuredText or text files in this folder`);
      // Asked all at once (answered in order): one after another, the round trips to libuv's threads were most of collecting.
      const keys = await Promise.all(found.map(realKey));
      found.forEach((file, i) => add(file, true, keys[i]!));
    } else {
      const problem = sizeProblem(info.size, settings.maxFileSize);
      if (problem) throw new CitegraphError(`${path}: ${problem}`);
      add(path, false, await realKey(path));
    }
  }
  return inputs;
}

/** The key a file is read once under: its real path, or its absolute path when that cannot be found. */
const realKey = (path: string) => realpath(path).catch(() => resolve(path));

/** Why `stat` failed, in words; a link to nothing says so rather than "no such file". */
async function missingReason(path: string, error: unknown): Promise<string> {
  if ((error as NodeJS.ErrnoException).code !== 'ENOENT') return ioReason(error);
  const link = await lstat(path).catch(() => undefined);
  return link?.isSymbolicLink() ? `broken symbolic link (to ${await readlink(path).catch(() => '?')})` : ioReason(error);
}

/** The readable files under `root`, depth first in name order, walked with a stack rather than recursion. */
async function walk(root: string, settings: Required<CollectOptions>): Promise<string[]> {
  const files: string[] = [];
  const walked = new Set<string>();
  // Each entry is a path and whether it is a folder; popped in name order.
  const pending: [string, boolean][] = [[root, true]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [path, isFolder] = next;
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const real = await realpath(path).catch(() => path);
    if (walked.has(real)) continue; // a link back up the tree, or to a folder already walked
    walked.add(real);
    let entries: Dirent[];
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch (error) {
      if (path === root) throw new CitegraphError(`${path}: cannot read this folder (${ioReason(error)})`);
      settings.onSkip(`${path}: cannot read this folder (${ioReason(error)})`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    // A folder's entries are classified all at once (each may need a stat), then taken, and their warnings given, in name order.
    const visible = entries.filter((entry) => !entry.name.startsWith('.') && entry.name !== 'node_modules');
    const classes = await Promise.all(visible.map((entry) => classify(join(path, entry.name), entry, settings.maxFileSize)));
    const children: [string, boolean][] = [];
    for (const found of classes) {
      if (typeof found === 'string') settings.onSkip(found);
      else if (found) children.push(found);
    }
    pending.push(...children.reverse());
  }
  return files;
}

/**
 * What a folder entry is to the walk: a folder, a readable file, nothing, or the warning
 * it is skipped with (when it looked readable), a string.
 */
async function classify(path: string, entry: Dirent, maxFileSize: number): Promise<[string, boolean] | string | undefined> {
  if (entry.isDirectory()) return [path, true];
  const isReadable = extensionOf(entry.name) in READABLE_EXTENSIONS;
  if (!entry.isFile() && !entry.isSymbolicLink()) return isReadable ? `${path}: not a regular file` : undefined;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    if (entry.isSymbolicLink() && !isReadable) return undefined;
    // Node reads names as UTF-8: a name in another encoding comes back with U+FFFD and names no file.
    const isMangled = entry.name.includes('\ufffd') && (error as NodeJS.ErrnoException).code === 'ENOENT';
    return `${path}: ${isMangled ? 'file name is not valid UTF-8, rename the file' : await missingReason(path, error)}`;
  }
  if (info.isDirectory()) return [path, true];
  if (!isReadable) return undefined;
  if (!info.isFile()) return `${path}: not a regular file`;
  const problem = sizeProblem(info.size, maxFileSize);
  return problem ? `${path}: ${problem}` : [path, false];
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
};

async function readStdinText(settings: Required<CollectOptions>): Promise<string> {
  const source = await settings.readStdin(settings.maxFileSize);
  if (typeof source === 'string') return source;
  if (source.length > settings.maxFileSize) throw new CitegraphError(`-: too large (over the limit of ${formatSize(settings.maxFileSize)}; raise it with --max-file-size)`);
  // stdin gets the same checks as a file: binary refused, Latin-1 read with a warning.
  return decodeText(source, '-', settings.onWarning);
}

/** stdin's bytes, stopping once past `limit` so that an endless stream cannot exhaust memory. */
async function readAllStdin(limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of process.stdin) {
      chunks.push(chunk as Buffer);
      size += (chunk as Buffer).length;
      if (size > limit) break;
    }
  } catch (error) {
    throw new CitegraphError(`-: cannot read stdin (${ioReason(error)})`);
  }
  return Buffer.concat(chunks);
}
