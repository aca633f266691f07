import { randomBytes } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CitegraphError } from '../errors.js';

/**
 * Writes a file atomically: the content goes to a temporary file beside the
 * target, which is then renamed over it. A crash leaves the old file or none,
 * never half a file. A missing parent folder is created. The content may come
 * in pieces (`toJsonChunks`), so that a big graph is never one string.
 */
export async function writeFileAtomic(path: string, content: string | Iterable<string>): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, content, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw cannotWrite(path, error);
  }
}

/** What the explorer's index.html says of itself, so that `site` only ever replaces an earlier site. */
export const SITE_MARKER = '<meta name="generator" content="citegraph explorer">';

/**
 * Writes the explorer (the files of `webRoot`) and its graph into the folder
 * `dir`, built beside it and then renamed into place: a failure leaves the old
 * folder or none. An existing folder is replaced only if it is empty or holds
 * an earlier citegraph site, never someone's other files.
 */
export async function writeSite(dir: string, webRoot: string, graphJson: string): Promise<void> {
  const existing = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error.code === 'ENOTDIR' ? new CitegraphError(`${dir}: is a file, expected a folder`) : cannotWrite(dir, error);
  });
  if (existing && existing.length > 0) {
    const index = await readFile(join(dir, 'index.html'), 'utf8').catch(() => '');
    if (!index.includes(SITE_MARKER)) throw new CitegraphError(`${dir}: folder is not empty and holds no citegraph site, choose another folder`);
  }
  const suffix = randomBytes(6).toString('hex');
  const temporary = join(dirname(dir), `.${basename(dir)}.${suffix}.tmp`);
  const previous = join(dirname(dir), `.${basename(dir)}.${suffix}.old`);
  try {
    await mkdir(dirname(dir), { recursive: true });
    await cp(webRoot, temporary, { recursive: true, errorOnExist: true, force: false });
    await writeFile(join(temporary, 'graph.json'), graphJson, { flag: 'wx' });
    if (existing) await rename(dir, previous);
    await rename(temporary, dir);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw cannotWrite(dir, error);
  }
  await rm(previous, { recursive: true, force: true });
}

function cannotWrite(path: string, error: unknown): CitegraphError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason = code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : code === 'ENOTDIR' ? 'a parent is not a folder' : String(code ?? error);
  return new CitegraphError(`${path}: cannot write (${reason})`);
}
