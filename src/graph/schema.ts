/**
 * The graph contract, schema version 1 (../shared/DESIGN.md). The export is
 * graphology's own serialization; these types describe its attributes.
 */
import type { Extraction } from '../extract/extract.js';
import type { TableRow } from '../read/types.js';

export const SCHEMA_VERSION = 1;
export const GRAPH_NAME = 'citegraph';

export const CATEGORIES = ['person', 'organization', 'place', 'product', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

export const NODE_KINDS = ['entity', 'source', 'document'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = ['cites', 'mentions', 'links', 'cooccurs'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** What every node carries so that Sigma.js draws it as it is. */
export interface Drawable {
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EntityAttributes extends Drawable {
  kind: 'entity';
  /** Never `type`: Sigma.js reads `type` to pick a node program. */
  category: Category;
  /** Every surface form seen, the label included. */
  aliases: string[];
  mentions: number;
  /** How many documents name it. */
  documents: number;
  community: number;
  /** PageRank over the whole graph (graphology-metrics). */
  pagerank: number;
  /** Number of distinct neighbours. */
  degree: number;
}

export interface SourceAttributes extends Drawable {
  kind: 'source';
  /** Normalized: https, no `www.`, no fragment, no trailing slash. */
  url: string;
  domain: string;
  /** Link texts used for it (bare URLs excluded). */
  anchors: string[];
  /** Its citations: each entity named in each sentence that holds the link; the sum of its `cites` edges' weights. */
  citations: number;
  pagerank: number;
  degree: number;
}

export interface DocumentAttributes extends Drawable {
  kind: 'document';
  path: string;
  title?: string;
  date?: string;
  pagerank: number;
  degree: number;
}

export type NodeAttributes = EntityAttributes | SourceAttributes | DocumentAttributes;

export interface Evidence {
  document: string;
  sentence: string;
  /** When the sentence is (in) a table cell: the cell's row, the cell's context (`column` is the cell's index in `cells`). */
  row?: TableRow;
}

export interface CitesAttributes {
  kind: 'cites';
  weight: number;
  evidence: Evidence[];
}
export interface MentionsAttributes {
  kind: 'mentions';
  weight: number;
}
export interface LinksAttributes {
  kind: 'links';
  weight: number;
}
export interface CooccursAttributes {
  kind: 'cooccurs';
  weight: number;
}
export type EdgeAttributes = CitesAttributes | MentionsAttributes | LinksAttributes | CooccursAttributes;

export interface GraphAttributes {
  name: typeof GRAPH_NAME;
  schemaVersion: typeof SCHEMA_VERSION;
  generator: string;
  documents: number;
  /** Only in a shard's graph (`extract --shard I/N`): what `citegraph merge` rebuilds the whole graph from. */
  shard?: ShardAttribute;
}

/**
 * A shard's documents, as extracted (compacted: see `compactExtraction`).
 * Communities, centrality and layout depend on the whole graph, so merge
 * rebuilds it from these rather than joining the shards' own nodes and edges.
 */
export interface ShardAttribute {
  /** 1-based. */
  index: number;
  count: number;
  extractions: Extraction[];
}

/** A serialized citegraph graph, as `graph.export()` writes it. */
export interface SerializedCitegraph {
  attributes: GraphAttributes;
  options: { type: 'mixed'; multi: false; allowSelfLoops: false };
  nodes: { key: string; attributes: NodeAttributes }[];
  edges: { key: string; source: string; target: string; undirected?: boolean; attributes: EdgeAttributes }[];
}
