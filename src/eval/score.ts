import type { Gold, GoldEntity } from './gold.js';

/**
 * The scoring rules of the gold format (README, "Gold files"): names folded as
 * below, one graph entity per gold entity, optional entities and citations neither
 * rewarded nor punished. Kept identical to the annotators' reference scorer, whose
 * field names the JSON output keeps; a test holds the two together.
 */

/** A graph in graphology's serialization, as `citegraph extract` writes it; only what scoring reads. */
export interface SerializedGraphLike {
  nodes?: { key: string; attributes?: Record<string, unknown> }[];
  edges?: { source: string; target: string; attributes?: Record<string, unknown> }[];
}

/** A matched entity whose category differs from the gold one. */
export interface CategoryConfusion {
  label: string;
  category: string;
  gold: string;
}

export interface DocumentScore {
  /** The gold file's `document`, as written there. */
  document: string;
  genre?: string;
  entities: {
    tp: number;
    fp: number;
    fn: number;
    /** Required gold entities not found. */
    missed: string[];
    /** Graph entities that match no gold entity. */
    falsePositives: string[];
    /** Graph entities that match a gold entity another graph entity matched first. */
    duplicates: string[];
    /** Matched entities with the gold category. */
    categoryRight: number;
    confusions: CategoryConfusion[];
  };
  citations: { tp: number; fp: number; fn: number };
  sources: { found: number; gold: number; extra: number };
}

/** Folds a name for comparison: case, spacing, a leading "the", a possessive, edge punctuation and periods. */
export function normName(name: string): string {
  return String(name)
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/'s?$/, '')
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, '')
    .replace(/\./g, '');
}

/** Folds a URL for comparison: no scheme, no `www.`, no fragment, no trailing slash, host lower-cased. */
export function normUrl(url: string): string {
  try {
    const parsed = new URL(String(url).trim());
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    const path = parsed.pathname.replace(/\/+$/, '');
    return host + path + parsed.search;
  } catch {
    return String(url).trim().toLowerCase();
  }
}

interface EntityNode {
  key: string;
  label?: string;
  aliases?: string[];
  category?: string;
  mentions?: number;
}

/** Scores one document's graph against its gold file. */
export function scoreGraph(graph: SerializedGraphLike, gold: Gold): DocumentScore {
  const nodes = new Map((graph.nodes ?? []).map((node) => [node.key, node.attributes ?? {}]));
  const entities: EntityNode[] = [];
  const sourceUrl = new Map<string, string>();
  for (const [key, attributes] of nodes) {
    if (attributes.kind === 'entity') entities.push({ key, ...attributes });
    else if (attributes.kind === 'source') sourceUrl.set(key, attributes.url as string);
  }

  const goldByName = new Map<string, GoldEntity>();
  for (const entity of gold.entities) for (const name of [entity.name, ...(entity.aliases ?? [])]) goldByName.set(normName(name), entity);

  // Most mentioned first: when two graph entities match one gold entity, the better-attested one counts.
  entities.sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0));
  const entityToGold = new Map<string, GoldEntity>();
  const matched = new Set<GoldEntity>();
  const score: DocumentScore['entities'] = { tp: 0, fp: 0, fn: 0, missed: [], falsePositives: [], duplicates: [], categoryRight: 0, confusions: [] };
  for (const entity of entities) {
    const names = [entity.label, ...(entity.aliases ?? [])].filter(Boolean).map((name) => normName(name!));
    const match = goldByName.get(normName(entity.label ?? '')) ?? names.map((name) => goldByName.get(name)).find(Boolean);
    if (!match) {
      score.fp++;
      score.falsePositives.push(entity.label!);
      continue;
    }
    entityToGold.set(entity.key, match);
    if (match.optional) continue;
    if (matched.has(match)) {
      score.fp++;
      score.duplicates.push(entity.label!);
      continue;
    }
    matched.add(match);
    score.tp++;
    if (entity.category === match.category) score.categoryRight++;
    else score.confusions.push({ label: entity.label!, category: String(entity.category), gold: match.category });
  }
  const required = gold.entities.filter((entity) => !entity.optional);
  score.fn = required.length - score.tp;
  score.missed = required.filter((entity) => !matched.has(entity)).map((entity) => entity.name);

  // Citations are (gold entity name, folded URL) pairs; a cites edge of an unmatched entity is a false positive.
  const pair = (name: string, url: string) => `${name}\u0000${normUrl(url)}`;
  const requiredPairs = new Set(gold.citations.filter((c) => !c.optional).map((c) => pair(c.entity, c.url)));
  const optionalPairs = new Set(gold.citations.filter((c) => c.optional).map((c) => pair(c.entity, c.url)));
  const predicted = new Set<string>();
  for (const edge of graph.edges ?? []) {
    if (edge.attributes?.kind !== 'cites') continue;
    let [entity, source] = [edge.source, edge.target];
    if (nodes.get(entity)?.kind !== 'entity') [entity, source] = [source, entity];
    const url = sourceUrl.get(source);
    if (url === undefined || nodes.get(entity)?.kind !== 'entity') continue;
    const match = entityToGold.get(entity);
    predicted.add(match ? pair(match.name, url) : pair(`?${String(nodes.get(entity)!.label)}`, url));
  }
  const citations = { tp: 0, fp: 0, fn: 0 };
  for (const p of predicted) {
    if (requiredPairs.has(p)) citations.tp++;
    else if (!optionalPairs.has(p)) citations.fp++;
  }
  citations.fn = requiredPairs.size - citations.tp;

  const goldSources = new Set(gold.sources.map(normUrl));
  const foundSources = new Set([...sourceUrl.values()].map(normUrl));
  const sources = {
    found: [...goldSources].filter((url) => foundSources.has(url)).length,
    gold: goldSources.size,
    extra: [...foundSources].filter((url) => !goldSources.has(url)).length,
  };

  return { document: gold.document, ...(gold.genre === undefined ? {} : { genre: gold.genre }), entities: score, citations, sources };
}
