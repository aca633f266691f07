import { distance } from 'fastest-levenshtein';
import { CitegraphError, quote } from '../errors.js';
import { foldName } from '../extract/lexicon.js';
import type { CitegraphGraph } from '../graph/build.js';
import type { EntityAttributes } from '../graph/schema.js';
import { compareText } from './shared.js';

/** Nothing in the graph answers to a name; `suggestions` holds the closest ones. */
export class NotFoundError extends CitegraphError {
  constructor(
    message: string,
    readonly query: string,
    readonly suggestions: readonly string[],
  ) {
    super(suggestions.length > 0 ? `${message}; did you mean ${suggestions.map((s) => JSON.stringify(s)).join(', ')}?` : message);
    this.name = 'NotFoundError';
  }
}

/** Suggestions given when a name matches nothing. */
const MAX_SUGGESTIONS = 3;

/**
 * The key of the entity a user means by `name`: compared folded (case,
 * periods, spacing, like the extractor's `foldName`) with labels first, then
 * with aliases; among several, the most mentioned. When nothing matches, the
 * same again without a leading "the" or a company's legal form on either side
 * (`the Rust Foundation`, `Nvidia Corp`). Throws a NotFoundError with the
 * closest names when still nothing matches.
 */
export function findEntity(graph: CitegraphGraph, name: string): string {
  const key = matchEntity(graph, name, foldName) ?? matchEntity(graph, name, bareName);
  if (key !== undefined) return key;
  const entities = graph.filterNodes((_key, attributes) => attributes.kind === 'entity').map((key) => graph.getNodeAttributes(key) as EntityAttributes);
  const names = entities.map((entity) => ({ value: entity.label, forms: entity.aliases, weight: entity.mentions }));
  throw new NotFoundError(`no entity named ${quote(name)}`, name, closestNames(name, names));
}

function matchEntity(graph: CitegraphGraph, name: string, fold: (name: string) => string): string | undefined {
  const wanted = fold(name);
  let best: Match | undefined;
  graph.forEachNode((key, attributes) => {
    if (attributes.kind !== 'entity') return;
    const isLabel = fold(attributes.label) === wanted;
    if (!isLabel && !attributes.aliases.some((alias) => fold(alias) === wanted)) return;
    const candidate = { key, isLabel, mentions: attributes.mentions, label: attributes.label };
    if (best === undefined || isBetterMatch(candidate, best)) best = candidate;
  });
  return best?.key;
}

// Words a user adds that documents often leave out: the article, and a company's legal form.
const LEADING_ARTICLE = /^the /;
const LEGAL_FORM = /,? (?:corp|corporation|inc|incorporated|co|company|ltd|limited|llc|llp|plc|gmbh|ag|sa|nv|bv|pty ltd)$/;

/** A folded name without a leading "the" or a trailing legal form (`Nvidia Corp.` → `nvidia`), unless nothing else is left. */
export function bareName(name: string): string {
  const folded = foldName(name);
  const bare = folded.replace(LEADING_ARTICLE, '').replace(LEGAL_FORM, '');
  return bare === '' ? folded : bare;
}

interface Match {
  key: string;
  isLabel: boolean;
  mentions: number;
  label: string;
}

function isBetterMatch(a: Match, b: Match): boolean {
  if (a.isLabel !== b.isLabel) return a.isLabel;
  if (a.mentions !== b.mentions) return a.mentions > b.mentions;
  return compareText(a.label, b.label) < 0;
}

/** Something to suggest (`value`), the forms it answers to, and how much it weighs when two are as close. */
export interface Candidate {
  value: string;
  forms: readonly string[];
  weight: number;
}

/**
 * The few candidates closest to `query`: by edit distance between folded
 * forms (within `tolerance` edits, by default a typo or two, more for longer
 * names), then those holding the query as a word (`Foundation` → Rust
 * Foundation); ties go to the heavier, then alphabetically.
 */
export function closestNames(query: string, candidates: readonly Candidate[], options: { tolerance?: number } = {}): string[] {
  const fold = foldName(query);
  if (fold === '') return [];
  const tolerance = options.tolerance ?? Math.max(1, Math.floor(fold.length / 3));
  const scored: { value: string; score: number; weight: number }[] = [];
  for (const candidate of candidates) {
    let score = Infinity;
    for (const form of candidate.forms) {
      const folded = foldName(form);
      const edits = distance(fold, folded);
      // NOTE: a name holding the query as a word ranks after every close spelling.
      const formScore = edits <= tolerance ? edits : holdsWord(folded, fold) ? tolerance + 1 + folded.length / 1000 : Infinity;
      score = Math.min(score, formScore);
    }
    if (score !== Infinity) scored.push({ value: candidate.value, score, weight: candidate.weight });
  }
  scored.sort((a, b) => a.score - b.score || b.weight - a.weight || compareText(a.value, b.value));
  return [...new Set(scored.map((s) => s.value))].slice(0, MAX_SUGGESTIONS);
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Whether `word` occurs in `text` between non-letters (a plain search: a user's query never becomes a regular expression). */
function holdsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before === undefined || !WORD_CHARACTER.test(before)) && (after === undefined || !WORD_CHARACTER.test(after))) return true;
  }
  return false;
}
