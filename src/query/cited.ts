import { CitegraphError, quote } from '../errors.js';
import type { CitegraphGraph } from '../graph/build.js';
import type { SourceAttributes } from '../graph/schema.js';
import { normalizeUrl } from '../read/urls.js';
import { closestNames, NotFoundError } from './names.js';
import { byCountsThenLabel, checkLimit, entityRef, listing, sourceRef, type EntityRef, type Listing, type SourceRef } from './shared.js';

/** A source that matched, with how often it is cited. */
export interface MatchedSource extends SourceRef {
  /** Sentences that hold the link. */
  citations: number;
}

/** An entity cited with the matched sources. */
export interface CitingEntity extends EntityRef {
  /** Sentences that name it and hold a link to one of the matched sources. */
  sentences: number;
  /** How many of the matched sources it is cited with. */
  sources: number;
}

export interface CitedAnswer {
  question: 'cited';
  /** `url` when given a URL (matched after normalization), `domain` for a bare domain (subdomains included). */
  match: 'url' | 'domain';
  /** The normalized URL or the domain that was looked up. */
  target: string;
  sources: Listing<MatchedSource>;
  entities: Listing<CitingEntity>;
}

/**
 * `cited URL|DOMAIN`: the entities cited with a source, or with any source on
 * a domain or its subdomains (`github.com` matches `gist.github.com`). A
 * target with `://` or a `/` is a URL, normalized as extraction does; anything
 * else a domain.
 */
export function cited(graph: CitegraphGraph, options: { target: string; limit?: number }): CitedAnswer {
  const limit = checkLimit(options.limit);
  const { match, target } = readTarget(options.target);
  const matched =
    match === 'url'
      ? [`source:${target}`].filter((key) => graph.hasNode(key))
      : graph.filterNodes((_key, attributes) => attributes.kind === 'source' && isOnDomain(attributes.domain, target));
  if (matched.length === 0) throw notFound(graph, match, target, options.target);

  const entities = new Map<string, CitingEntity>();
  const sources: MatchedSource[] = matched.map((key) => {
    graph.forEachInEdge(key, (_edge, attributes, entity) => {
      if (attributes.kind !== 'cites') return;
      const entry = entities.get(entity) ?? { ...entityRef(graph, entity), sentences: 0, sources: 0 };
      entry.sentences += attributes.weight;
      entry.sources += 1;
      entities.set(entity, entry);
    });
    return { ...sourceRef(graph, key), citations: (graph.getNodeAttributes(key) as SourceAttributes).citations };
  });
  return {
    question: 'cited',
    match,
    target,
    sources: listing(sources.sort(byCountsThenLabel((s) => s.citations)), limit),
    entities: listing([...entities.values()].sort(byCountsThenLabel((e) => e.sentences, (e) => e.sources)), limit),
  };
}

function readTarget(text: string): { match: 'url' | 'domain'; target: string } {
  const trimmed = text.trim();
  const isUrl = trimmed.includes('://') || trimmed.includes('/');
  try {
    if (isUrl) return { match: 'url', target: normalizeUrl(trimmed.includes('://') ? trimmed : `https://${trimmed}`) };
    const host = new URL(`https://${trimmed}`).hostname.replace(/^www\./, '').replace(/\.$/, '');
    if (host !== '') return { match: 'domain', target: host };
  } catch {
    // reported below
  }
  throw new CitegraphError(`${quote(text)} is neither a URL nor a domain`);
}

const isOnDomain = (domain: string, on: string) => domain === on || domain.endsWith(`.${on}`);

/** For a URL, the closest URLs on its site however far, else the closest domains; for a domain, the closest domains. */
function notFound(graph: CitegraphGraph, match: 'url' | 'domain', target: string, query: string): NotFoundError {
  const all = graph.filterNodes((_key, attributes) => attributes.kind === 'source').map((key) => graph.getNodeAttributes(key) as SourceAttributes);
  if (match === 'domain') return new NotFoundError(`no source on ${target}`, query, closestNames(target, domainCandidates(all)));
  const domain = new URL(target).hostname;
  const sameSite = all.filter((source) => isOnDomain(source.domain, domain));
  const suggestions =
    sameSite.length > 0
      ? closestNames(target, sameSite.map((source) => ({ value: source.url, forms: [source.url], weight: source.citations })), { tolerance: Infinity })
      : closestNames(domain, domainCandidates(all));
  return new NotFoundError(`no source with the URL ${target}`, query, suggestions);
}

function domainCandidates(sources: readonly SourceAttributes[]) {
  const counts = new Map<string, number>();
  for (const { domain, citations } of sources) counts.set(domain, (counts.get(domain) ?? 0) + citations);
  return [...counts].map(([domain, citations]) => ({ value: domain, forms: [domain], weight: citations }));
}
