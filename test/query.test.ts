import { relative } from 'node:path';
import { VERSION } from '../src/version.js';
import { describe, expect, it } from 'vitest';
import { buildGraph, extract, readDocument, NotFoundError, parseGraph, query, type CitegraphGraph, type Category } from '../src/index.js';
import { ROOT, SAMPLE } from './support/cli.js';

const here = '[query] ';

const drawn = { x: 0, y: 0, size: 1, color: '#000000', pagerank: 0.1, degree: 1 };
type Entity = [key: string, label: string, category: Category, mentions: number, aliases?: string[]];

/** A schema-1 graph written by hand, loaded through the loader: entities, sources, cites and cooccurs edges, one document naming everyone. */
function handMade(entities: Entity[], sources: string[], cites: [entity: string, url: string, weight: number][], cooccurs: [string, string, number][]): CitegraphGraph {
  let edge = 0;
  const graph = {
    attributes: { name: 'citegraph', schemaVersion: 1, generator: 'test', documents: 1 },
    options: { type: 'mixed', multi: false, allowSelfLoops: false },
    nodes: [
      { key: 'document:d.md', attributes: { kind: 'document', label: 'd.md', path: 'd.md', ...drawn } },
      ...entities.map(([key, label, category, mentions, aliases]) => ({
        key: `entity:${key}`,
        attributes: { kind: 'entity', label, category, aliases: aliases ?? [label], mentions, documents: 1, community: 0, ...drawn },
      })),
      ...sources.map((url) => ({ key: `source:${url}`, attributes: { kind: 'source', label: url.slice(8), url, domain: new URL(url).hostname, anchors: [], citations: 1, ...drawn } })),
    ],
    edges: [
      ...entities.map(([key, , , mentions]) => ({ key: `mentions:${edge++}`, source: 'document:d.md', target: `entity:${key}`, attributes: { kind: 'mentions', weight: mentions } })),
      ...cites.map(([entity, url, weight]) => ({
        key: `cites:${edge++}`,
        source: `entity:${entity}`,
        target: `source:${url}`,
        attributes: { kind: 'cites', weight, evidence: [{ document: 'd.md', sentence: `${entity} cites ${url}.` }] },
      })),
      ...cooccurs.map(([a, b, weight]) => ({ key: `cooccurs:${edge++}`, source: `entity:${a}`, target: `entity:${b}`, undirected: true, attributes: { kind: 'cooccurs', weight } })),
    ],
  };
  return parseGraph(JSON.stringify(graph), 'hand-made.json');
}

const GRAPHS = {
  basic: handMade(
    [
      ['alpha corp', 'Alpha Corp', 'organization', 5, ['Alpha Corp', 'Alpha', 'ACME']],
      ['alphabet', 'Alphabet', 'organization', 2, ['Alphabet', 'Alpha']],
      ['beta', 'Beta', 'person', 3],
      ['gamma', 'Gamma', 'place', 3],
      ['delta', 'Delta', 'product', 1],
      ['omega', 'Omega', 'other', 1],
      ['zulu', 'Zulu', 'person', 1],
      ['aardvark', 'Aardvark', 'product', 1],
    ],
    ['https://example.com/a', 'https://blog.example.com/b', 'https://other.org'],
    [
      ['alpha corp', 'https://example.com/a', 2],
      ['beta', 'https://example.com/a', 1],
      ['beta', 'https://blog.example.com/b', 1],
      ['delta', 'https://blog.example.com/b', 1],
      ['gamma', 'https://other.org', 1],
    ],
    [
      ['alpha corp', 'gamma', 1],
      ['alpha corp', 'zulu', 1],
      ['beta', 'zulu', 1],
      ['aardvark', 'alpha corp', 1],
      ['aardvark', 'beta', 1],
    ],
  ),
};

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

// The path as `npm start` gives it (extract data), relative to the project.
const sample = buildGraph([extract(await readDocument(relative(ROOT, SAMPLE)))]);

describe('entity lookup', () => {
  it(`${here}matches labels and aliases whatever the case and periods`, () => {
    expect(query(sample, { question: 'entity', name: 'huawei' }).entity.label).toBe('Huawei');
    expect(query(sample, { question: 'entity', name: 'usa' }).entity.label).toBe('United States');
    expect(query(sample, { question: 'entity', name: 'US' }).entity.label).toBe('United States');
    expect(query(GRAPHS.basic, { question: 'entity', name: 'acme' }).entity.label).toBe('Alpha Corp');
  });

  it(`${here}ignores a leading "the" and a company's legal form the graph does not have`, () => {
    expect(query(sample, { question: 'entity', name: 'the Rust Foundation' }).entity.label).toBe('Rust Foundation');
    expect(query(sample, { question: 'entity', name: 'Nvidia Corp' }).entity.label).toBe('NVIDIA');
    expect(query(sample, { question: 'entity', name: 'NVIDIA Corporation' }).entity.label).toBe('NVIDIA');
    expect(query(sample, { question: 'sources', name: 'Huawei, Inc.' }).entity.label).toBe('Huawei');
    expect(query(sample, { question: 'entity', name: 'The United States' }).entity.label).toBe('United States');
    // The graph's own name first: "Alpha Corp" is a label, and "alpha corp." finds it, not the bare "Alpha".
    expect(query(GRAPHS.basic, { question: 'entity', name: 'alpha corp.' }).entity.label).toBe('Alpha Corp');
    expect(() => query(sample, { question: 'entity', name: 'the' })).toThrow(/^no entity named "the"/);
  });

  it(`${here}prefers a label to an alias, then the most mentioned`, () => {
    expect(query(GRAPHS.basic, { question: 'entity', name: 'Alphabet' }).entity.label).toBe('Alphabet');
    expect(query(GRAPHS.basic, { question: 'entity', name: 'alpha' }).entity.label).toBe('Alpha Corp');
  });

  it(`${here}suggests the closest names when nothing matches`, () => {
    expect(() => query(sample, { question: 'entity', name: 'Huwaei' })).toThrow('no entity named "Huwaei"; did you mean "Huawei"?');
    expect(() => query(sample, { question: 'sources', name: 'foundation' })).toThrow('no entity named "foundation"; did you mean "Rust Foundation"?');
    expect(() => query(sample, { question: 'neighbors', name: 'Quetzalcoatl' })).toThrow(/^no entity named "Quetzalcoatl"$/);
    const error = thrownBy(() => query(GRAPHS.basic, { question: 'entity', name: 'Alpa' }));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ query: 'Alpa', suggestions: ['Alpha Corp', 'Alphabet'], exitCode: 1 });
  });
});

describe('questions', () => {
  it(`${here}entity: category, aliases, mentions, documents, top sources and neighbours`, () => {
    const answer = query(sample, { question: 'entity', name: 'United States' });
    expect(answer.entity).toMatchObject({ key: 'entity:united states', category: 'place', aliases: ['United States', 'USA', 'U.S.'], mentions: 3, documents: 1 });
    expect(answer.documents.items).toEqual([{ key: 'document:data/rust-is-much-more-than-a-language.md', path: 'data/rust-is-much-more-than-a-language.md', label: 'Rust is much more than just a programming language', mentions: 3 }]);
    expect(answer.sources.items.map((s) => s.domain)).toEqual(['asiatimes.com', 'cnbc.com']);
    expect(answer.neighbors.items.map((n) => n.label)).toContain('NVIDIA');
  });

  it(`${here}sources: the sources an entity is cited with and the sentences that cite them`, () => {
    const answer = query(sample, { question: 'sources', name: 'Huawei' });
    const urls = answer.sources.items.map((s) => s.url);
    expect(urls).toContain('https://congress.gov/crs-product/R47012');
    expect(urls.some((url) => url.startsWith('https://cnbc.com/'))).toBe(true);
    const congress = answer.sources.items.find((s) => s.domain === 'congress.gov')!;
    expect(congress.evidence).toEqual([{ document: 'data/rust-is-much-more-than-a-language.md', sentence: 'China recognized this threat, exemplified by the campaign against Huawei.' }]);
  });

  it(`${here}neighbors: co-occurring entities first, then those sharing sources, ties by label`, () => {
    const answer = query(GRAPHS.basic, { question: 'neighbors', name: 'Beta' });
    expect(answer.neighbors.items.map((n) => [n.label, n.sentences, n.sharedSources])).toEqual([
      ['Aardvark', 1, 0],
      ['Zulu', 1, 0],
      ['Alpha Corp', 0, 1],
      ['Delta', 0, 1],
    ]);
  });

  it(`${here}cited: a URL after normalization, or every source on a domain and its subdomains`, () => {
    const byUrl = query(sample, { question: 'cited', target: 'http://www.congress.gov/crs-product/R47012/#summary' });
    expect(byUrl).toMatchObject({ match: 'url', target: 'https://congress.gov/crs-product/R47012' });
    expect(byUrl.entities.items.map((e) => e.label)).toEqual(['China', 'Huawei']);
    expect(query(sample, { question: 'cited', target: 'cnbc.com' }).entities.items.map((e) => e.label)).toContain('Huawei');
    const domain = query(GRAPHS.basic, { question: 'cited', target: 'WWW.Example.com' });
    expect(domain.sources.items.map((s) => s.url)).toEqual(['https://blog.example.com/b', 'https://example.com/a']);
    expect(domain.entities.items.map((e) => [e.label, e.sentences, e.sources])).toEqual([
      ['Beta', 2, 2],
      ['Alpha Corp', 2, 1],
      ['Delta', 1, 1],
    ]);
    expect(() => query(GRAPHS.basic, { question: 'cited', target: 'exampel.com' })).toThrow('no source on exampel.com; did you mean "example.com"?');
    expect(() => query(GRAPHS.basic, { question: 'cited', target: 'example.com/c' })).toThrow('no source with the URL https://example.com/c; did you mean');
  });

  it(`${here}path: the shortest chain through sources and co-occurrences, ties by label`, () => {
    const answer = query(sample, { question: 'path', from: 'huawei', to: 'nvidia' });
    expect(answer.nodes.map((n) => n.label)).toEqual(['Huawei', 'United States', 'NVIDIA']);
    expect(answer.edges).toEqual([
      { kind: 'cooccurs', direction: 'undirected', weight: 1 },
      { kind: 'cooccurs', direction: 'undirected', weight: 1 },
    ]);
    const throughSources = query(GRAPHS.basic, { question: 'path', from: 'Delta', to: 'Alpha Corp' });
    expect(throughSources.nodes.map((n) => `${n.kind}:${n.label}`)).toEqual(['entity:Delta', 'source:blog.example.com/b', 'entity:Beta', 'entity:Aardvark', 'entity:Alpha Corp']);
    expect(throughSources.edges.map((e) => e.direction)).toEqual(['forward', 'backward', 'undirected', 'undirected']);
    expect(query(GRAPHS.basic, { question: 'path', from: 'Zulu', to: 'Zulu' })).toMatchObject({ length: 0, edges: [] });
  });

  it(`${here}path: never through documents; no path is an error naming both`, () => {
    expect(() => query(GRAPHS.basic, { question: 'path', from: 'Omega', to: 'Alpha Corp' })).toThrow('no path between "Omega" and "Alpha Corp" through sources and co-occurrences');
  });

  it(`${here}top: by mentions, degree or PageRank, within a category, limited, ties by label`, () => {
    expect(query(sample, { question: 'top', by: 'mentions', limit: 5 }).entities.items[0]!.label).toMatch(/^(Rust|China)$/);
    const people = query(GRAPHS.basic, { question: 'top', category: 'person' });
    expect(people).toMatchObject({ by: 'mentions', category: 'person', entities: { total: 2 } });
    expect(people.entities.items.map((e) => e.label)).toEqual(['Beta', 'Zulu']);
    const tied = query(GRAPHS.basic, { question: 'top', by: 'pagerank', limit: 3 });
    expect(tied.entities).toMatchObject({ total: 8, items: [{ label: 'Aardvark' }, { label: 'Alpha Corp' }, { label: 'Alphabet' }] });
    expect(query(GRAPHS.basic, { question: 'top', limit: 0 }).entities.items).toHaveLength(8);
    expect(() => query(sample, { question: 'top', by: 'size' as never })).toThrow('cannot rank by "size", expected one of mentions, degree, pagerank');
    expect(() => query(sample, { question: 'top', category: 'company' as never })).toThrow('unknown category "company"');
    expect(() => query(sample, { question: 'top', limit: -1 })).toThrow('limit must be a whole number, 0 for all; got -1');
  });

  it(`${here}stats: counts by kind and category, documents, the most cited domains`, () => {
    const answer = query(sample, { question: 'stats' });
    expect(answer).toMatchObject({ generator: `citegraph ${VERSION}`, schemaVersion: 1, documents: 1, nodes: { entity: 16, source: 14, document: 1 }, edges: { cites: 35 } });
    expect(Object.values(answer.categories).reduce((a, b) => a + b)).toBe(16);
    expect(answer.domains.items[0]).toEqual({ domain: 'github.com', citations: 7, sources: 2 });
    expect(answer.domains.total).toBe(13);
  });

  it(`${here}keeps the answer fields the README documents for --json`, () => {
    const fields = (value: object) => Object.keys(value).sort().join(' ');
    const entity = query(sample, { question: 'entity', name: 'Huawei' });
    expect(fields(entity)).toBe('documents entity neighbors question sources');
    expect(fields(entity.entity)).toBe('aliases category community degree documents key label mentions pagerank');
    expect(fields(entity.documents)).toBe('items total');
    expect(fields(entity.documents.items[0]!)).toBe('key label mentions path');
    expect(fields(entity.neighbors.items[0]!)).toBe('category key label sentences sharedSources');
    expect(fields(entity.sources.items[0]!)).toBe('domain evidence key label sentences url');
    const cited = query(sample, { question: 'cited', target: 'cnbc.com' });
    expect(fields(cited)).toBe('entities match question sources target');
    expect(fields(cited.sources.items[0]!)).toBe('citations domain key label url');
    expect(fields(cited.entities.items[0]!)).toBe('category key label sentences sources');
    const path = query(GRAPHS.basic, { question: 'path', from: 'Delta', to: 'Beta' });
    expect(fields(path)).toBe('edges from length nodes question to');
    expect(path.nodes.map(fields)).toEqual(['category key kind label', 'domain key kind label url', 'category key kind label']);
    expect(fields(path.edges[0]!)).toBe('direction kind weight');
    const top = query(sample, { question: 'top' });
    expect(fields(top)).toBe('by category entities question');
    expect(fields(top.entities.items[0]!)).toBe('category degree documents key label mentions pagerank');
    const stats = query(sample, { question: 'stats' });
    expect(fields(stats)).toBe('categories documents domains edges generator nodes question schemaVersion');
    expect(fields(stats.domains.items[0]!)).toBe('citations domain sources');
    expect(fields(query(sample, { question: 'neighbors', name: 'Huawei' }))).toBe('entity neighbors question');
    expect(fields(query(sample, { question: 'sources', name: 'Huawei' }))).toBe('entity question sources');
  });

  it(`${here}refuses an unknown question`, () => {
    expect(() => query(sample, { question: 'who' } as never)).toThrow('unknown question "who", expected one of entity, neighbors, sources, cited, path, top, stats');
  });
});

describe('library API', () => {
  it(`${here}should expose the loader and the questions`, async () => {
    const api = await import('citegraph');
    expect(Object.keys(api)).toEqual(expect.arrayContaining(['loadGraph', 'parseGraph', 'validateGraph', 'query', 'QUESTIONS', 'NotFoundError', 'GRAPH_SCHEMA_PATH', 'GRAPH_SCHEMA_ID']));
  });
});
