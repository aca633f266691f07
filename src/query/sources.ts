import type { CitegraphGraph } from '../graph/build.js';
import type { CitesAttributes, Evidence } from '../graph/schema.js';
import { findEntity } from './names.js';
import { byCountsThenLabel, checkLimit, entityRef, listing, sourceRef, type EntityRef, type Listing, type SourceRef } from './shared.js';

/** A source an entity is cited with: how many sentences name both, and a few of them. */
export interface CitedSource extends SourceRef {
  sentences: number;
  evidence: Evidence[];
}

export interface SourcesAnswer {
  question: 'sources';
  entity: EntityRef;
  sources: Listing<CitedSource>;
}

/** The sources an entity is cited with, most citing sentences first. */
export function citedSources(graph: CitegraphGraph, entity: string): CitedSource[] {
  const found: CitedSource[] = [];
  graph.forEachOutEdge(entity, (_edge, attributes, _source, target) => {
    if (attributes.kind !== 'cites') return;
    const { weight, evidence } = attributes as CitesAttributes;
    found.push({ ...sourceRef(graph, target), sentences: weight, evidence });
  });
  return found.sort(byCountsThenLabel((s) => s.sentences));
}

/** `sources NAME`: the sources an entity is cited with, with their evidence sentences. */
export function sources(graph: CitegraphGraph, options: { name: string; limit?: number }): SourcesAnswer {
  const limit = checkLimit(options.limit);
  const key = findEntity(graph, options.name);
  return { question: 'sources', entity: entityRef(graph, key), sources: listing(citedSources(graph, key), limit) };
}
