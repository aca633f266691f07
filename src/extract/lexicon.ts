import { readFileSync } from 'node:fs';
import { CitegraphError } from '../errors.js';
import { DEFAULT_LEXICON_PATH } from '../package-files.js';
import { CATEGORIES, type Category } from '../graph/schema.js';

/**
 * The lexicon: general knowledge of names. A JSON object with one array per
 * category and one of `notEntities`; each entry is `"Name|Alias|Alias"`, and a
 * leading `~` marks a name that is also an ordinary word (`~Apple`), trusted
 * only when written as a name mid-sentence or backed by other evidence.
 */
export type LexiconFile = Partial<Record<Category | 'notEntities', string[]>> & { senses?: SenseSpec[] };

/**
 * Another sense of a form the lexicon knows ("MIT" the licence, not the
 * university): chosen over the form's usual entry when more of its cues (lower-case
 * words) stand around the mention. A `name` of null says the form is then no name
 * at all ("Go ahead").
 */
export interface SenseSpec {
  form: string;
  name: string | null;
  category?: Category;
  cues: string[];
}

/** One sense of a form: the entry it stands for (null: not a name; undefined: whatever the rules find) and the words that call for it. */
export interface Sense {
  entry: LexiconEntry | null | undefined;
  cues: ReadonlySet<string>;
}

export interface LexiconEntry {
  name: string;
  category: Category;
  aliases: string[];
  /** Also an ordinary English word: needs evidence at a sentence start or in a title. */
  isAmbiguous: boolean;
}

export interface Lexicon {
  /** Every name and alias exactly as written, and with its first letter capitalised. */
  byForm: ReadonlyMap<string, LexiconEntry>;
  /** Names and aliases folded with `foldName` (case, periods, spacing). */
  byFold: ReadonlyMap<string, LexiconEntry>;
  /** Folded forms that are never entities. */
  notEntities: ReadonlySet<string>;
  /** The longest name, in words. */
  maxWords: number;
  /** First words (folded) of names with spaces or punctuation, to find such phrases quickly. */
  phraseStarts: ReadonlySet<string>;
  /** Folded forms with more than one sense: the usual one first (no cues), then the others. */
  senses: ReadonlyMap<string, readonly Sense[]>;
}

/** Case- and punctuation-insensitive form of a name: `U.S.` → `us`, `GitHub` → `github`. */
export function foldName(name: string): string {
  // The common case, a plain word, skips the Unicode work.
  if (/^[A-Za-z0-9&+#'-]*$/.test(name)) return name.toLowerCase();
  // Printable ASCII (a phrase of plain words) needs no NFKC, has no curly quotes, and only spaces for whitespace.
  // Each step only when it has something to do (this runs for every candidate phrase).
  if (/^[\x20-\x7e]*$/.test(name)) {
    let folded = name.toLowerCase();
    if (folded.includes('.')) folded = folded.replace(/\./g, '');
    if (folded.includes('  ')) folded = folded.replace(/ {2,}/g, ' ');
    return folded.startsWith(' ') || folded.endsWith(' ') ? folded.trim() : folded;
  }
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export { DEFAULT_LEXICON_PATH };

/** The lexicon that ships with citegraph, extended by the given files in order (later entries win). */
export function loadLexicon(extraFiles: readonly string[] = []): Lexicon {
  const files = [readLexiconFile(DEFAULT_LEXICON_PATH), ...extraFiles.map(readLexiconFile)];
  return buildLexicon(files);
}

export function readLexiconFile(path: string): LexiconFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CitegraphError(`${path}: cannot read lexicon (${code === 'ENOENT' ? 'no such file' : String(code)})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CitegraphError(`${path}: lexicon is not valid JSON (${(error as Error).message})`);
  }
  return validateLexicon(data, path);
}

const KEYS = [...CATEGORIES, 'notEntities', 'senses'] as const;

export function validateLexicon(data: unknown, origin: string): LexiconFile {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new CitegraphError(`${origin}: lexicon must be a JSON object with arrays ${KEYS.join(', ')}`);
  }
  const file: LexiconFile = {};
  for (const [key, value] of Object.entries(data)) {
    if (key.startsWith('$')) continue;
    if (!(KEYS as readonly string[]).includes(key)) {
      throw new CitegraphError(`${origin}: unknown lexicon key "${key}", expected one of ${KEYS.join(', ')}`);
    }
    if (key === 'senses') {
      file.senses = validateSenses(value, origin);
      continue;
    }
    if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string' || entry.trim() === '')) {
      throw new CitegraphError(`${origin}: lexicon key "${key}" must be an array of non-empty strings`);
    }
    file[key as Category | 'notEntities'] = value as string[];
  }
  return file;
}

function validateSenses(value: unknown, origin: string): SenseSpec[] {
  const expected = `${origin}: lexicon key "senses" must be an array of { "form": string, "name": string or null, "category": ${CATEGORIES.join('|')}, "cues": [words] }`;
  if (!Array.isArray(value)) throw new CitegraphError(expected);
  return value.map((item: unknown) => {
    const spec = item as Partial<SenseSpec> | null;
    const isValid = typeof spec === 'object' && spec !== null && typeof spec.form === 'string' && spec.form.trim() !== '' &&
      (spec.name === null || (typeof spec.name === 'string' && spec.name.trim() !== '' && CATEGORIES.includes(spec.category as Category))) &&
      Array.isArray(spec.cues) && spec.cues.length > 0 && spec.cues.every((cue) => typeof cue === 'string' && cue.trim() !== '');
    if (!isValid) throw new CitegraphError(`${expected}; got ${JSON.stringify(item)}`);
    return { form: spec.form!, name: spec.name!, ...(spec.category ? { category: spec.category } : {}), cues: spec.cues! };
  });
}

/**
 * A hash of the keys of a map or set of names, in a bit table (a one-hash Bloom filter: 2^20 bits, for lexicons of
 * some thousands of keys). Finding names asks the lexicon about nearly every token, several times, and most are in no
 * map: the table says so without Map's hashing and probing, or folding the word (see mayHoldFoldOf), for all but a
 * few in a hundred. Keys are only ever added to the table, so it never says "no" to a key that is there. (The eighth
 * round's table held a key's first two characters and length: three in five of the words it let through were no key.)
 */
class KeyShapes {
  readonly #bits = new Uint32Array(KEY_BITS >>> 5);

  add(key: string): void {
    const bit = placeOf(key);
    this.#bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  /** Whether `key` may be a key (asked of nearly every token: one call, placeOf worked out in place, as the CLI runs V8 without inlining). */
  mayHold(key: string): boolean {
    let hash = HASH_SEED;
    for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), HASH_PRIME);
    const bit = hash >>> HASH_SHIFT;
    return (this.#bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /**
   * Whether the fold of `name` may be a key, worked out without folding it when the name is ASCII with single
   * spaces inside (foldName then only lowers its letters and drops its periods); any other name may be.
   */
  mayHoldFoldOf(name: string): boolean {
    let hash = HASH_SEED;
    let isAfterSpace = true;
    for (let k = 0; k < name.length; k++) {
      let code = name.charCodeAt(k);
      if (code >= 128 || (code >= 9 && code <= 13)) return true;
      if (code === 46) continue;
      if (code === 32) {
        if (isAfterSpace) return true;
        isAfterSpace = true;
      } else {
        isAfterSpace = false;
        if (code >= 65 && code <= 90) code += 32;
      }
      hash = Math.imul(hash ^ code, HASH_PRIME);
    }
    if (isAfterSpace) return true;
    const bit = hash >>> HASH_SHIFT;
    return (this.#bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

/** A key's place in KeyShapes' table: the top 20 bits of FNV-1a over its UTF-16 code units. */
function placeOf(key: string): number {
  let hash = HASH_SEED;
  for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), HASH_PRIME);
  return hash >>> HASH_SHIFT;
}

const KEY_BITS = 1 << 20;
const HASH_SHIFT = 12;
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;

/** A map of names that asks its KeyShapes (its own, or one it shares with another map) before hashing. */
class NameMap<V> extends Map<string, V> {
  readonly shapes: KeyShapes;

  constructor(shapes = new KeyShapes()) {
    super();
    this.shapes = shapes;
  }

  override set(key: string, value: V): this {
    this.shapes.add(key);
    return super.set(key, value);
  }

  override get(key: string): V | undefined {
    return this.shapes.mayHold(key) ? super.get(key) : undefined;
  }

  override has(key: string): boolean {
    return this.shapes.mayHold(key) && super.has(key);
  }
}

/** A set of names that asks its KeyShapes before hashing. */
class NameSet extends Set<string> {
  readonly shapes = new KeyShapes();

  override add(key: string): this {
    this.shapes.add(key);
    return super.add(key);
  }

  override has(key: string): boolean {
    return this.shapes.mayHold(key) && super.has(key);
  }
}

/** `names.get(foldName(name))`, without folding a name whose fold the lexicon's table says is no key. */
export function getFolded<V>(names: ReadonlyMap<string, V>, name: string): V | undefined {
  return names instanceof NameMap && !names.shapes.mayHoldFoldOf(name) ? undefined : names.get(foldName(name));
}

/**
 * Whether `word` may be a key of the lexicon's byForm or byFold, as written: one hash for both (they share their
 * table), asked first of every lower-case word, which is seldom either.
 */
export function mayBeNameKey(lexicon: Lexicon, word: string): boolean {
  return !(lexicon.byForm instanceof NameMap) || lexicon.byForm.shapes.mayHold(word);
}

/** `names.has(foldName(name))`, without folding a name whose fold the lexicon's table says is no key. */
export function hasFolded(names: ReadonlySet<string>, name: string): boolean {
  return names instanceof NameSet && !names.shapes.mayHoldFoldOf(name) ? false : names.has(foldName(name));
}

export function buildLexicon(files: readonly LexiconFile[]): Lexicon {
  // One table for both maps' keys (see mayBeNameKey).
  const byFold = new NameMap<LexiconEntry>();
  const byForm = new NameMap<LexiconEntry>(byFold.shapes);
  const notEntities = new NameSet();
  let maxWords = 1;
  for (const file of files) {
    for (const phrase of file.notEntities ?? []) {
      const fold = foldName(phrase);
      notEntities.add(fold);
      byFold.delete(fold);
    }
    for (const category of CATEGORIES) {
      for (const raw of file[category] ?? []) {
        const isAmbiguous = raw.startsWith('~');
        const [name, ...aliases] = raw.replace(/^~/, '').split('|').map((s) => s.trim()).filter(Boolean);
        if (name === undefined) continue;
        const entry: LexiconEntry = { name, category, aliases, isAmbiguous };
        for (const form of [name, ...aliases]) {
          const fold = foldName(form);
          byFold.set(fold, entry);
          notEntities.delete(fold);
          maxWords = Math.max(maxWords, form.split(/\s+/).length);
        }
      }
    }
  }
  // Exact forms of the entries that won each fold, so that a later file's entry replaces an earlier one's.
  for (const [fold, entry] of byFold) {
    for (const form of [entry.name, ...entry.aliases]) {
      if (foldName(form) !== fold) continue;
      byForm.set(form, entry);
      const capitalized = form[0]!.toUpperCase() + form.slice(1);
      if (!byForm.has(capitalized)) byForm.set(capitalized, entry);
    }
  }
  const phraseStarts = new NameSet();
  for (const form of byForm.keys()) {
    // The tokenizer reads "Let's" as "Let" and a possessive: index both.
    if (/[\s,]/.test(form)) phraseStarts.add(foldName(form.split(/[\s,]/)[0]!).replace(/'s$/, ''));
  }
  return { byForm, byFold, notEntities, maxWords, phraseStarts, senses: buildSenses(files, byFold) };
}

function buildSenses(files: readonly LexiconFile[], byFold: ReadonlyMap<string, LexiconEntry>): Map<string, Sense[]> {
  const senses = new NameMap<Sense[]>();
  for (const spec of files.flatMap((file) => file.senses ?? [])) {
    const fold = foldName(spec.form);
    const list = senses.get(fold) ?? [{ entry: byFold.get(fold), cues: new Set<string>() }];
    // The sense's entry: the lexicon's own when it knows the name, else one made here.
    const named = spec.name === null ? undefined : byFold.get(foldName(spec.name));
    const known = named && (spec.category === undefined || named.category === spec.category) ? named : undefined;
    const entry = spec.name === null ? null : known ?? { name: spec.name, category: spec.category ?? 'other', aliases: [spec.form], isAmbiguous: false };
    list.push({ entry, cues: new Set(spec.cues.map((cue) => cue.toLowerCase())) });
    senses.set(fold, list);
  }
  return senses;
}

/**
 * The sense of a form among the words around it: the sense with the most cues
 * present, the usual one when none has more. Undefined when the form has one sense.
 */
export function senseOf(lexicon: Lexicon, form: string, nearbyWords: ReadonlySet<string>): Sense | undefined {
  const senses = lexicon.senses.get(foldName(form));
  if (!senses) return undefined;
  let best = senses[0]!;
  let bestHits = 0;
  for (const sense of senses) {
    let hits = 0;
    for (const cue of sense.cues) if (nearbyWords.has(cue)) hits++;
    if (hits > bestHits) {
      best = sense;
      bestHits = hits;
    }
  }
  return best;
}
