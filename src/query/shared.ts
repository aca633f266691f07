import { CitegraphError } from '../errors.js';
import type { CitegraphGraph } from '../graph/build.js';
import type { Category, EntityAttributes, SourceAttributes } from '../graph/schema.js';

/** An entity as answers name it. */
export interface EntityRef {
  key: string;
  label: string;
  category: Category;
}

/** A source as answers name it. */
export interface SourceRef {
  key: string;
  url: string;
  /** Domain and path, for display. */
  label: string;
  domain: string;
}

/** The first `limit` items of a ranked list, and how many there are in all. */
export interface Listing<T> {
  total: number;
  items: T[];
}

/** Rows of a list answer (default: 10); 0 for all. */
export const DEFAULT_LIMIT = 10;

export const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Highest first by each count in turn, ties broken by label, so that answers are the same run after run. */
export function byCountsThenLabel<T extends { label: string }>(...counts: ((item: T) => number)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const count of counts) {
      const difference = count(b) - count(a);
      if (difference !== 0) return difference;
    }
    return compareText(a.label, b.label);
  };
}

export function listing<T>(items: T[], limit: number): Listing<T> {
  return { total: items.length, items: limit === 0 ? items : items.slice(0, limit) };
}

export function checkLimit(limit: number | undefined): number {
  const value = limit ?? DEFAULT_LIMIT;
  if (!Number.isSafeInteger(value) || value < 0) throw new CitegraphError(`limit must be a whole number, 0 for all; got ${String(limit)}`);
  return value;
}

export function entityRef(graph: CitegraphGraph, key: string): EntityRef {
  const { label, category } = graph.getNodeAttributes(key) as EntityAttributes;
  return { key, label, category };
}

export function sourceRef(graph: CitegraphGraph, key: string): SourceRef {
  const { url, label, domain } = graph.getNodeAttributes(key) as SourceAttributes;
  return { key, url, label, domain };
}
