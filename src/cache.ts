import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CitegraphError } from './errors.js';
import type { Extraction } from './extract/extract.js';
import { DEFAULT_LEXICON_PATH } from './extract/lexicon.js';
import { wordDataVersions } from './extract/word-data.js';
import { compactExtraction } from './graph/compact.js';
import { VERSION } from './version.js';

/**
 * `--cache DIR`: each document's extraction, stored under a key made of the
 * document's bytes, its path (it names the document in the graph and picks
 * the format) and everything else that shapes the result: the citegraph
 * version, the word data's package versions and the text of every lexicon
 * file. A changed file, lexicon or version is a new key, so a warm run gives
 * exactly the bytes of a cold one. Entries are written atomically, so that
 * several processes (shards) can share one folder.
 */
export interface CachedExtraction {
  extraction: Extraction;
  /** The warnings reading the document gave, said again when it comes from the cache. */
  warnings: string[];
}

/** The folder layout's version: a new one ignores the entries of the old. */
const LAYOUT = 'v1';

export class ExtractionCache {
  readonly #folder: string;

  /** `folder`: the `--cache` folder; `context`: what besides the document shapes its extraction (see `cacheContext`). */
  constructor(
    readonly root: string,
    readonly context: string,
  ) {
    this.#folder = join(root, LAYOUT);
  }

  keyOf(path: string, bytes: Uint8Array): string {
    return createHash('sha256').update(this.context).update('\0').update(path).update('\0').update(bytes).digest('hex');
  }

  #file(key: string): string {
    return join(this.#folder, key.slice(0, 2), `${key.slice(2)}.json`);
  }

  /** The cached result, or undefined (an unreadable or damaged entry is a miss, and is written anew). */
  async get(key: string): Promise<CachedExtraction | undefined> {
    let text: string;
    try {
      text = await readFile(this.#file(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as CachedExtraction;
      return typeof entry.extraction?.document?.path === 'string' && Array.isArray(entry.warnings) ? entry : undefined;
    } catch {
      return undefined;
    }
  }

  async put(key: string, extraction: Extraction, warnings: string[]): Promise<void> {
    const file = this.#file(key);
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(join(this.#folder, key.slice(0, 2)), { recursive: true });
      await writeFile(temporary, JSON.stringify({ extraction: compactExtraction(extraction), warnings } satisfies CachedExtraction), { flag: 'wx' });
      await rename(temporary, file);
    } catch (error) {
      await rm(temporary, { force: true });
      const code = (error as NodeJS.ErrnoException).code;
      throw new CitegraphError(`${this.#folder}: cannot write to the cache (${String(code ?? error)})`, 3);
    }
  }
}

/**
 * The part of every cache key that is not the document: the citegraph
 * version, the word data's package versions and the built-in and extra
 * lexicon files' bytes (already checked by `loadLexicon`).
 */
export async function cacheContext(lexiconFiles: readonly string[] = []): Promise<string> {
  const hash = createHash('sha256').update(`citegraph ${VERSION}\0${JSON.stringify(wordDataVersions())}`);
  for (const file of [DEFAULT_LEXICON_PATH, ...lexiconFiles]) hash.update('\0').update(await readFile(file));
  return hash.digest('hex');
}
