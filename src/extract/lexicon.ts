import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CitegraphError } from '../errors.js';
import { CATEGORIES, type Category } from '../graph/schema.js';

/**
 * The lexicon: general knowledge of names. A JSON object with one array per
 * category and one of `notEntities`; each entry is `"Name|Alias|Alias"`, and a
 * leading `~` marks a name that is also an ordinary word (`~Apple`), trusted
 * only when written as a name mid-sentence or backed by other evidence.
 */
export type LexiconFile = Partial<Record<Category | 'notEntities', string[]>>;

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
}

/** Case- and punctuation-insensitive form of a name: `U.S.` → `us`, `GitHub` → `github`. */
export function foldName(name: string): string {
  // The common case, a plain word, skips the Unicode work.
  if (/^[A-Za-z0-9&+#'-]*$/.test(name)) return name.toLowerCase();
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The lexicon file that ships with citegraph (copied beside the built module by `npm run build`). */
export const DEFAULT_LEXICON_PATH = fileURLToPath(new URL('./lexicon/default.json', import.meta.url));

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

const KEYS = [...CATEGORIES, 'notEntities'] as const;

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
    if (!Array.isArray(value) || value.some((entry) => typeof entry !== 'string' || entry.trim() === '')) {
      throw new CitegraphError(`${origin}: lexicon key "${key}" must be an array of non-empty strings`);
    }
    file[key as (typeof KEYS)[number]] = value as string[];
  }
  return file;
}

export function buildLexicon(files: readonly LexiconFile[]): Lexicon {
  const byFold = new Map<string, LexiconEntry>();
  const byForm = new Map<string, LexiconEntry>();
  const notEntities = new Set<string>();
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
  const phraseStarts = new Set<string>();
  for (const form of byForm.keys()) {
    // The tokenizer reads "Let's" as "Let" and a possessive: index both.
    if (/[\s,]/.test(form)) phraseStarts.add(foldName(form.split(/[\s,]/)[0]!).replace(/'s$/, ''));
  }
  return { byForm, byFold, notEntities, maxWords, phraseStarts };
}
