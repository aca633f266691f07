import type { CitegraphGraph } from '../../src/graph/build.js';
import type { NodeKind } from '../../src/graph/schema.js';
import { type Candidate, closestNames } from '../../src/query/names.js';

export interface SearchEntry {
  node: string;
  label: string;
  kind: NodeKind;
  /** Lower-cased label first, then aliases (entities), URL (sources) or path (documents). */
  terms: string[];
  /** The original spelling of each term, to say which alias matched. */
  spellings: string[];
}

export interface Suggestion {
  node: string;
  label: string;
  kind: NodeKind;
  /** The alias, URL or path that matched, when it was not the label. */
  matched?: string;
  /** A did-you-mean: a close spelling, not a match. */
  isFuzzy?: boolean;
}

export interface SearchIndex {
  entries: readonly SearchEntry[];
  /** Entities as the CLI's did-you-mean sees them (`closestNames` in src/query/names.ts). */
  candidates: readonly Candidate[];
  /** A label's entity: the most mentioned when two share it. */
  entityByLabel: ReadonlyMap<string, string>;
}

export const SUGGESTION_LIMIT = 10;
// Did-you-mean suggestions need a few letters to go on, and are looked for when hardly anything matches.
const FUZZY_MIN_LENGTH = 3;
const FUZZY_BELOW_MATCHES = 3;

/**
 * Built once per graph: entries in drawing-size order (biggest first), so that
 * among equally good matches the most mentioned comes first without sorting
 * at every keystroke.
 */
export function buildSearchIndex(graph: CitegraphGraph): SearchIndex {
  const entries: (SearchEntry & { size: number })[] = [];
  const candidates: Candidate[] = [];
  const entityByLabel = new Map<string, { node: string; mentions: number }>();
  graph.forEachNode((node, attributes) => {
    const others = attributes.kind === 'entity' ? attributes.aliases : attributes.kind === 'source' ? [attributes.url] : [attributes.path];
    const spellings = [attributes.label, ...others.filter((other) => other !== attributes.label)];
    entries.push({ node, label: attributes.label, kind: attributes.kind, terms: spellings.map((s) => s.toLowerCase()), spellings, size: attributes.size });
    if (attributes.kind !== 'entity') return;
    candidates.push({ value: attributes.label, forms: attributes.aliases, weight: attributes.mentions });
    const known = entityByLabel.get(attributes.label);
    if (known === undefined || known.mentions < attributes.mentions) entityByLabel.set(attributes.label, { node, mentions: attributes.mentions });
  });
  entries.sort((a, b) => b.size - a.size);
  return {
    entries: entries.map(({ size: _size, ...entry }) => entry),
    candidates,
    entityByLabel: new Map([...entityByLabel].map(([label, { node }]) => [label, node])),
  };
}

// How well a term matches: the whole term, its start, the start of one of its words, anywhere.
const EXACT = 0;
const PREFIX = 1;
const WORD_PREFIX = 2;
const INSIDE = 3;
const WORD_START = /[\s\-_./:()]/;

function matchRank(term: string, query: string): number | undefined {
  const at = term.indexOf(query);
  if (at < 0) return undefined;
  if (at === 0) return term.length === query.length ? EXACT : PREFIX;
  for (let from = at; from >= 0; from = term.indexOf(query, from + 1)) if (WORD_START.test(term[from - 1]!)) return WORD_PREFIX;
  return INSIDE;
}

/**
 * Up to `limit` suggestions for what the user typed: better matches first,
 * then bigger nodes; then, when hardly anything matches, the entities that the CLI
 * would suggest for a name it does not know (`Huwaei` → Huawei).
 */
export function suggest(index: SearchIndex, text: string, limit = SUGGESTION_LIMIT): Suggestion[] {
  const matches = substringMatches(index.entries, text, limit);
  if (matches.length >= FUZZY_BELOW_MATCHES || text.trim().length < FUZZY_MIN_LENGTH) return matches;
  const shown = new Set(matches.map((match) => match.node));
  const fuzzy = closestNames(text, index.candidates)
    .map((label): Suggestion => ({ node: index.entityByLabel.get(label)!, label, kind: 'entity', isFuzzy: true }))
    .filter((suggestion) => !shown.has(suggestion.node));
  return [...matches, ...fuzzy].slice(0, limit);
}

function substringMatches(entries: readonly SearchEntry[], text: string, limit: number): Suggestion[] {
  const query = text.trim().toLowerCase();
  if (!query) return [];
  const ranked: Suggestion[][] = [[], [], [], []];
  for (const entry of entries) {
    let best: number | undefined;
    let bestTerm = 0;
    for (let i = 0; i < entry.terms.length && best !== EXACT; i++) {
      const rank = matchRank(entry.terms[i]!, query);
      if (rank !== undefined && (best === undefined || rank < best)) [best, bestTerm] = [rank, i];
    }
    if (best === undefined) continue;
    const bucket = ranked[best]!;
    if (bucket.length >= limit) continue;
    bucket.push({ node: entry.node, label: entry.label, kind: entry.kind, ...(bestTerm > 0 ? { matched: entry.spellings[bestTerm]! } : {}) });
  }
  return ranked.flat().slice(0, limit);
}
