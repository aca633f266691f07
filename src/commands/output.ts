import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { cp, lstat, mkdir, readdir, readFile, readlink, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { constants } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { CitegraphError, EXIT, ioReason } from '../errors.js';
import { VERSION } from '../version.js';

// Temporary files and folders being written. A signal removes them before the process
// ends, so that Ctrl-C or `kill` leaves the old output and no `.tmp` beside it.
const pendingTemporaries = new Set<string>();
const CLEANUP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function removePendingAndExit(signal: NodeJS.Signals): void {
  for (const path of pendingTemporaries) rmSync(path, { recursive: true, force: true });
  process.exit(128 + (constants.signals[signal] ?? 0));
}

async function whilePending<T>(temporary: string, work: () => Promise<T>): Promise<T> {
  if (pendingTemporaries.size === 0) for (const signal of CLEANUP_SIGNALS) process.on(signal, removePendingAndExit);
  pendingTemporaries.add(temporary);
  try {
    return await work();
  } finally {
    await rm(temporary, { recursive: true, force: true }).catch(() => {});
    pendingTemporaries.delete(temporary);
    if (pendingTemporaries.size === 0) for (const signal of CLEANUP_SIGNALS) process.off(signal, removePendingAndExit);
  }
}

const temporaryBeside = (path: string, suffix: string) => join(dirname(path), `.${basename(path)}.${suffix}.tmp`);

/**
 * Writes a file atomically: the content goes to a temporary file beside the
 * target, which is then renamed over it. A crash or a signal leaves the old
 * file or none, never half a file. A missing parent folder is created. The
 * content may come in pieces (`toJsonChunks`; text or UTF-8), so that a big graph is never
 * one string.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string | Uint8Array>): Promise<void> {
  const target = await writableTarget(path);
  const temporary = temporaryBeside(target, randomBytes(6).toString('hex'));
  try {
    await makeParent(target);
    await whilePending(temporary, async () => {
      await writeFile(temporary, content, { flag: 'wx' });
      await rename(temporary, target);
    });
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/**
 * The file to replace for the output `path`: a symbolic link is written
 * through as a shell's `>` would (the link stays a link, its target is created
 * if missing), a device or a folder is refused rather than replaced (as root,
 * renaming over /dev/… would succeed).
 */
async function writableTarget(path: string, hops = 0, given = path): Promise<string> {
  const link = await lstat(path).catch(() => undefined);
  if (!link) return path;
  if (link.isSymbolicLink()) {
    if (hops >= MAX_LINK_HOPS) throw new CitegraphError(`${given}: cannot write (too many levels of symbolic links)`, EXIT.io);
    const target = await realpath(path).catch(async () => resolve(dirname(path), await readlink(path)));
    return writableTarget(target, hops + 1, given);
  }
  const info = await stat(path);
  if (info.isDirectory()) throw new CitegraphError(`${given}: cannot write (is a directory)`, EXIT.io);
  if (!info.isFile()) throw new CitegraphError(`${given}: cannot write (not a regular file)`, EXIT.io);
  return path;
}

/** Links followed from an output path before giving up (Linux's own limit is 40). */
const MAX_LINK_HOPS = 40;

/** Refuses an output file that is also one of the inputs: reading and replacing it in one run would lose it. */
export async function refuseInputAsOutput(output: string, inputs: readonly { path: string }[]): Promise<void> {
  const canonical = (path: string) => realpath(path).catch(() => resolve(path));
  const target = await canonical(output);
  for (const input of inputs) {
    if (input.path !== '-' && (await canonical(input.path)) === target) {
      throw new CitegraphError(`${output}: is also an input; write the graph to another file`, EXIT.usage);
    }
  }
}

/** What the explorer's index.html says of itself, so that `site` only ever replaces an earlier site. */
export const SITE_MARKER = '<meta name="generator" content="citegraph explorer">';
/** The list of files `site` wrote, kept in the folder so that a later run knows which files are its own. */
export const SITE_MANIFEST = '.citegraph-site.json';

interface SiteManifest {
  generator: string;
  files: string[];
}

/**
 * Writes the explorer (the files of `webRoot`) and its graph into the folder
 * `dir`, built beside it and then renamed into place: a failure or a signal
 * leaves the old folder or none. An existing folder is replaced only if it is
 * empty or holds an earlier citegraph site and no file that site did not write
 * (its manifest says which), so nothing of the user's is ever removed.
 */
export async function writeSite(dir: string, webRoot: string, graphJson: string): Promise<void> {
  const link = await lstat(dir).catch(() => undefined);
  if (link?.isSymbolicLink()) throw new CitegraphError(`${dir}: is a symbolic link; name the folder itself`);
  const existing = await listFiles(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error.code === 'ENOTDIR' ? new CitegraphError(`${dir}: is a file, expected a folder`) : cannotWrite(dir, error);
  });
  if (existing && existing.length > 0) await checkOnlySiteFiles(dir, existing);
  const suffix = randomBytes(6).toString('hex');
  const temporary = temporaryBeside(dir, suffix);
  const previous = join(dirname(dir), `.${basename(dir)}.${suffix}.old`);
  try {
    await makeParent(dir);
    await whilePending(temporary, async () => {
      await cp(webRoot, temporary, { recursive: true, errorOnExist: true, force: false });
      await writeFile(join(temporary, 'graph.json'), graphJson, { flag: 'wx' });
      const manifest: SiteManifest = { generator: `citegraph ${VERSION}`, files: [...(await listFiles(temporary)), SITE_MANIFEST].sort() };
      await writeFile(join(temporary, SITE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
      if (existing) await rename(dir, previous);
      await rename(temporary, dir);
    });
  } catch (error) {
    throw cannotWrite(dir, error);
  }
  await rm(previous, { recursive: true, force: true });
}

/** Refuses a folder that holds no earlier site, or files the earlier site did not write. */
async function checkOnlySiteFiles(dir: string, files: readonly string[]): Promise<void> {
  const index = await readFile(join(dir, 'index.html'), 'utf8').catch(() => '');
  if (!index.includes(SITE_MARKER)) throw new CitegraphError(`${dir}: folder is not empty and holds no citegraph site, choose another folder`);
  const manifest = await readFile(join(dir, SITE_MANIFEST), 'utf8')
    .then((text) => JSON.parse(text) as SiteManifest)
    .catch(() => undefined);
  const written = new Set(Array.isArray(manifest?.files) ? manifest.files : []);
  const foreign = files.filter((file) => !written.has(file));
  if (foreign.length > 0) {
    const shown = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '');
    const why = manifest ? 'files citegraph did not write' : `files and no ${SITE_MANIFEST} saying which ones citegraph wrote`;
    throw new CitegraphError(`${dir}: holds ${why} (${shown}); move them away or choose another folder`);
  }
}

/** Every file under `dir`, as sorted posix paths relative to it. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Creates the folder `path` goes in; a file in the way is "a parent is not a folder", as for any other call. */
async function makeParent(path: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true }).catch((error: NodeJS.ErrnoException) => {
    throw error.code === 'EEXIST' ? Object.assign(error, { code: 'ENOTDIR' }) : error;
  });
}

function cannotWrite(path: string, error: unknown): CitegraphError {
  if (error instanceof CitegraphError) return error;
  return new CitegraphError(`${path}: cannot write (${ioReason(error)})`, EXIT.io);
}
