import type { CitegraphGraph } from '../graph/build.js';
import { findEntity } from './names.js';
import { byCountsThenLabel, checkLimit, entityRef, listing, type EntityRef, type Listing } from './shared.js';

/** An entity named in the same sentences as another, or cited with the same sources. */
export interface Neighbor extends EntityRef {
  /** Sentences naming both (the `cooccurs` edge's weight; 0 when they only share sources). */
  sentences: number;
  /** Sources both are cited with. */
  sharedSources: number;
}

export interface NeighborsAnswer {
  question: 'neighbors';
  entity: EntityRef;
  neighbors: Listing<Neighbor>;
}

/** An entity's neighbours: most shared sentences first, then most shared sources. */
export function neighborsOf(graph: CitegraphGraph, entity: string): Neighbor[] {
  const found = new Map<string, Neighbor>();
  const neighbor = (key: string) => {
    let entry = found.get(key);
    if (entry === undefined) {
      entry = { ...entityRef(graph, key), sentences: 0, sharedSources: 0 };
      found.set(key, entry);
    }
    return entry;
  };
  graph.forEachEdge(entity, (edge, attributes) => {
    if (attributes.kind === 'cooccurs') neighbor(graph.opposite(entity, edge)).sentences = attributes.weight;
  });
  graph.forEachOutEdge(entity, (_edge, attributes, _entity, source) => {
    if (attributes.kind !== 'cites') return;
    graph.forEachInEdge(source, (_cites, citing, other) => {
      if (citing.kind === 'cites' && other !== entity) neighbor(other).sharedSources += 1;
    });
  });
  return [...found.values()].sort(byCountsThenLabel((n) => n.sentences, (n) => n.sharedSources));
}

/** `neighbors NAME`: the entities named with it or cited with the same sources. */
export function neighbors(graph: CitegraphGraph, options: { name: string; limit?: number }): NeighborsAnswer {
  const limit = checkLimit(options.limit);
  const key = findEntity(graph, options.name);
  return { question: 'neighbors', entity: entityRef(graph, key), neighbors: listing(neighborsOf(graph, key), limit) };
}
