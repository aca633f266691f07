import type { CitegraphGraph } from '../graph/build.js';
import type { DocumentAttributes, EntityAttributes } from '../graph/schema.js';
import { findEntity } from './names.js';
import { neighborsOf, type Neighbor } from './neighbors.js';
import { byCountsThenLabel, checkLimit, listing, type EntityRef, type Listing } from './shared.js';
import { citedSources, type CitedSource } from './sources.js';

/** Everything the graph holds about an entity. */
export interface EntityDetails extends EntityRef, Pick<EntityAttributes, 'aliases' | 'mentions' | 'documents' | 'community' | 'pagerank' | 'degree'> {}

/** A document that names an entity, and how often. */
export interface DocumentMention {
  key: string;
  path: string;
  label: string;
  mentions: number;
}

export interface EntityAnswer {
  question: 'entity';
  entity: EntityDetails;
  documents: Listing<DocumentMention>;
  sources: Listing<CitedSource>;
  neighbors: Listing<Neighbor>;
}

/** `entity NAME`: category, aliases, mentions, the documents that name it, its top sources and neighbours. */
export function entity(graph: CitegraphGraph, options: { name: string; limit?: number }): EntityAnswer {
  const limit = checkLimit(options.limit);
  const key = findEntity(graph, options.name);
  const { label, category, aliases, mentions, documents, community, pagerank, degree } = graph.getNodeAttributes(key) as EntityAttributes;
  const naming: DocumentMention[] = [];
  graph.forEachInEdge(key, (_edge, attributes, document) => {
    if (attributes.kind !== 'mentions') return;
    const { path, label: title } = graph.getNodeAttributes(document) as DocumentAttributes;
    naming.push({ key: document, path, label: title, mentions: attributes.weight });
  });
  return {
    question: 'entity',
    entity: { key, label, category, aliases, mentions, documents, community, pagerank, degree },
    documents: listing(naming.sort(byCountsThenLabel((d) => d.mentions)), limit),
    sources: listing(citedSources(graph, key), limit),
    neighbors: listing(neighborsOf(graph, key), limit),
  };
}
