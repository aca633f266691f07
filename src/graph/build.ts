import { basename } from 'node:path';
import Graph from 'graphology';
import { pickLabel } from '../extract/aliases.js';
import { addVotes, decideCategory, type CategoryVotes } from '../extract/categorize.js';
import type { Extraction } from '../extract/extract.js';
import { shortUrlLabel } from '../read/urls.js';
import { VERSION } from '../version.js';
import { analyzeGraph, type AnalyzeOptions } from './analyze.js';
import {
  GRAPH_NAME,
  SCHEMA_VERSION,
  type Category,
  type EdgeAttributes,
  type Evidence,
  type GraphAttributes,
  type NodeAttributes,
} from './schema.js';

export type CitegraphGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface BuildOptions extends AnalyzeOptions {
  /** Evidence sentences kept per `cites` edge (default: 3). */
  maxEvidence?: number;
  /** The `generator` graph attribute (default: `citegraph <version>`). */
  generator?: string;
}

export const BUILD_DEFAULTS = { maxEvidence: 3, generator: `citegraph ${VERSION}` } satisfies BuildOptions;

interface EntityTotals {
  labels: Map<string, number>;
  knownLabel?: string;
  knownCategory?: Category;
  forms: Map<string, number>;
  votes: CategoryVotes;
  mentions: number;
  documents: number;
}

interface SourceTotals {
  anchors: string[];
  citations: number;
}

interface Pair {
  weight: number;
  evidence: Evidence[];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Builds the citegraph graph (schema 1) from per-document extractions:
 * entity, source and document nodes; cites, mentions, links and cooccurs
 * edges; then communities, centrality, layout, sizes and colours. Nodes and
 * edges are inserted in sorted order, so the same extractions give the same
 * export whatever order they come in.
 */
export function buildGraph(extractions: readonly Extraction[], options: BuildOptions = {}): CitegraphGraph {
  const settings = { ...BUILD_DEFAULTS, ...options };
  const documents = [...extractions].sort((a, b) => compare(a.document.path, b.document.path));

  const entities = new Map<string, EntityTotals>();
  const sources = new Map<string, SourceTotals>();
  const mentions = new Map<string, number>(); // document\0entity
  const links = new Map<string, number>(); // document\0url
  const cites = new Map<string, Pair>(); // entity\0url
  const cooccurs = new Map<string, number>(); // entityA\0entityB, A < B

  for (const { document, entities: found, sentences, links: documentLinks } of documents) {
    for (const entity of found) {
      const totals: EntityTotals = entities.get(entity.key) ?? { labels: new Map(), forms: new Map(), votes: {}, mentions: 0, documents: 0 };
      totals.labels.set(entity.label, (totals.labels.get(entity.label) ?? 0) + entity.mentions);
      if (entity.isKnown) {
        totals.knownLabel = entity.label;
        totals.knownCategory = entity.category;
      }
      for (const [form, count] of Object.entries(entity.forms)) totals.forms.set(form, (totals.forms.get(form) ?? 0) + count);
      addVotes(totals.votes, entity.votes);
      totals.mentions += entity.mentions;
      totals.documents += 1;
      entities.set(entity.key, totals);
      mentions.set(`${document.path}\0${entity.key}`, entity.mentions);
    }
    for (const link of documentLinks) {
      const totals = sources.get(link.url) ?? { anchors: [], citations: 0 };
      const anchor = link.text.trim();
      if (!link.isBare && anchor !== '' && !totals.anchors.includes(anchor)) totals.anchors.push(anchor);
      sources.set(link.url, totals);
      const key = `${document.path}\0${link.url}`;
      links.set(key, (links.get(key) ?? 0) + 1);
    }
    for (const sentence of sentences) {
      for (const url of sentence.sources) {
        sources.get(url)!.citations += 1;
        for (const entity of sentence.entities) {
          const key = `${entity}\0${url}`;
          const pair = cites.get(key) ?? { weight: 0, evidence: [] };
          pair.weight += 1;
          if (pair.evidence.length < settings.maxEvidence) pair.evidence.push({ document: document.path, sentence: sentence.text });
          cites.set(key, pair);
        }
      }
      const named = [...sentence.entities].sort(compare);
      for (let i = 0; i < named.length; i++) {
        for (let j = i + 1; j < named.length; j++) {
          const key = `${named[i]}\0${named[j]}`;
          cooccurs.set(key, (cooccurs.get(key) ?? 0) + 1);
        }
      }
    }
  }

  const graph: CitegraphGraph = new Graph({ type: 'mixed', multi: false, allowSelfLoops: false });
  graph.replaceAttributes({ name: GRAPH_NAME, schemaVersion: SCHEMA_VERSION, generator: settings.generator, documents: documents.length });

  const drawable = { x: 0, y: 0, size: 1, color: '#000000' };
  for (const { document } of documents) {
    const label = document.title ?? basename(document.path);
    const attributes: NodeAttributes = { kind: 'document', label, ...drawable, path: document.path, pagerank: 0, degree: 0 };
    if (document.title !== undefined) attributes.title = document.title;
    if (document.date !== undefined) attributes.date = document.date;
    graph.addNode(documentKey(document.path), attributes);
  }
  for (const key of [...entities.keys()].sort(compare)) {
    const totals = entities.get(key)!;
    const label = totals.knownLabel ?? pickLabel(totals.labels);
    const category = totals.knownCategory ?? decideCategory(totals.votes, key.includes(' ') ? 'other' : 'product');
    graph.addNode(entityKey(key), {
      kind: 'entity',
      label,
      ...drawable,
      category,
      aliases: orderAliases(label, totals.forms),
      mentions: totals.mentions,
      documents: totals.documents,
      community: 0,
      pagerank: 0,
      degree: 0,
    });
  }
  for (const url of [...sources.keys()].sort(compare)) {
    const totals = sources.get(url)!;
    graph.addNode(sourceKey(url), {
      kind: 'source',
      label: shortUrlLabel(url),
      ...drawable,
      url,
      domain: new URL(url).hostname,
      anchors: totals.anchors,
      citations: totals.citations,
      pagerank: 0,
      degree: 0,
    });
  }

  let edge = 0;
  const nextKey = (kind: string) => `${kind}:${edge++}`;
  for (const key of [...mentions.keys()].sort(compare)) {
    const [path, entity] = key.split('\0') as [string, string];
    graph.addDirectedEdgeWithKey(nextKey('mentions'), documentKey(path), entityKey(entity), { kind: 'mentions', weight: mentions.get(key)! });
  }
  for (const key of [...links.keys()].sort(compare)) {
    const [path, url] = key.split('\0') as [string, string];
    graph.addDirectedEdgeWithKey(nextKey('links'), documentKey(path), sourceKey(url), { kind: 'links', weight: links.get(key)! });
  }
  for (const key of [...cites.keys()].sort(compare)) {
    const [entity, url] = key.split('\0') as [string, string];
    const { weight, evidence } = cites.get(key)!;
    graph.addDirectedEdgeWithKey(nextKey('cites'), entityKey(entity), sourceKey(url), { kind: 'cites', weight, evidence });
  }
  for (const key of [...cooccurs.keys()].sort(compare)) {
    const [a, b] = key.split('\0') as [string, string];
    graph.addUndirectedEdgeWithKey(nextKey('cooccurs'), entityKey(a), entityKey(b), { kind: 'cooccurs', weight: cooccurs.get(key)! });
  }

  analyzeGraph(graph, settings);
  return graph;
}

export const entityKey = (key: string) => `entity:${key}`;
export const sourceKey = (url: string) => `source:${url}`;
export const documentKey = (path: string) => `document:${path}`;

/** The label first, then the other forms by how often they were seen, then alphabetically. */
function orderAliases(label: string, forms: ReadonlyMap<string, number>): string[] {
  const others = [...forms.entries()].filter(([form]) => form !== label);
  others.sort(([a, x], [b, y]) => y - x || compare(a, b));
  return [label, ...others.map(([form]) => form)];
}
