import { seededRandom } from '../../src/graph/analyze.js';
import { CATEGORIES, type EdgeAttributes, type NodeAttributes, SCHEMA_VERSION, type SerializedCitegraph } from '../../src/graph/schema.js';
import { CATEGORY_COLORS, DOCUMENT_COLOR, SOURCE_COLOR } from '../../src/graph/style.js';

/**
 * A schema-1 graph of about `nodes` nodes shaped like a corpus graph (5%
 * documents, 35% entities with a few popular ones, the rest sources; about
 * two edges per node, in communities laid out as clusters), made from a
 * seed: the same arguments give the same graph. For browser tests of big-graph
 * behaviour and for the explorer's benchmark, where no corpus is at hand.
 */
export function syntheticGraph(nodes: number, seed = 1): SerializedCitegraph {
  const random = seededRandom(seed);
  // An index skewed towards the start: popular entities come first.
  const skewed = (length: number, skew: number) => Math.floor(random() ** skew * length);
  const documentCount = Math.max(1, Math.round(nodes * 0.05));
  const entityCount = Math.max(2, Math.round(nodes * 0.35));
  const sourceCount = Math.max(1, nodes - documentCount - entityCount);
  const communities = Math.max(1, Math.round(Math.sqrt(entityCount) / 3));
  const radius = Math.sqrt(nodes) * 10;
  const near = (community: number) => {
    const angle = (2 * Math.PI * community) / communities;
    const spread = radius / Math.sqrt(communities) / 1.5;
    return { x: round(radius * Math.cos(angle) + spread * gaussian(random)), y: round(radius * Math.sin(angle) + spread * gaussian(random)) };
  };

  const out: SerializedCitegraph = {
    attributes: { name: 'citegraph', schemaVersion: SCHEMA_VERSION, generator: 'citegraph synthetic', documents: documentCount },
    options: { type: 'mixed', multi: false, allowSelfLoops: false },
    nodes: [],
    edges: [],
  };
  const degree = new Map<string, number>();
  const edgeKeys = new Set<string>();
  const addEdge = (source: string, target: string, attributes: EdgeAttributes) => {
    const undirected = attributes.kind === 'cooccurs';
    const id = undirected && source > target ? `${target}|${source}` : `${source}|${target}`;
    if (source === target || edgeKeys.has(id)) return;
    edgeKeys.add(id);
    out.edges.push({ key: `${attributes.kind}:${out.edges.length}`, source, target, ...(undirected ? { undirected: true } : {}), attributes });
    for (const node of [source, target]) degree.set(node, (degree.get(node) ?? 0) + 1);
  };

  const entities = Array.from({ length: entityCount }, (_, i) => `entity:name ${i}`);
  const sources = Array.from({ length: sourceCount }, (_, i) => `source:https://site-${i % 97}.example/page/${i}`);
  const documents = Array.from({ length: documentCount }, (_, i) => `document:posts/${i}.md`);
  const communityOf = (i: number) => i % communities;
  const mentions = entities.map((_, i) => Math.max(1, Math.round(300 / (i + 1) ** 0.9)));
  const citations = new Array<number>(sourceCount).fill(0);

  for (const [d, document] of documents.entries()) {
    const path = document.slice('document:'.length);
    const named = Array.from({ length: 8 }, () => skewed(entityCount, 2.5));
    for (const e of named) addEdge(document, entities[e]!, { kind: 'mentions', weight: 1 + Math.floor(random() * 3) });
    for (let k = 1; k < named.length; k++) {
      for (let j = Math.max(0, k - 3); j < k; j++) addEdge(entities[named[j]!]!, entities[named[k]!]!, { kind: 'cooccurs', weight: 1 });
    }
    for (let k = 0; k < 5; k++) {
      const s = (d * 5 + k) % sourceCount;
      addEdge(document, sources[s]!, { kind: 'links', weight: 1 });
      const e = named[k % named.length]!;
      citations[s]! += 1;
      addEdge(entities[e]!, sources[s]!, { kind: 'cites', weight: 1, evidence: [{ document: path, sentence: `Name ${e} wrote about it in post ${d}, see the link.` }] });
    }
  }

  for (const [i, key] of entities.entries()) {
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const label = `Name ${i}`;
    node(key, { kind: 'entity', label, ...near(communityOf(i)), size: round(Math.min(30, 3 + 2 * Math.sqrt(mentions[i]!))), color: CATEGORY_COLORS[category], category, aliases: [label], mentions: mentions[i]!, documents: Math.max(1, Math.ceil(mentions[i]! / 3)), community: communityOf(i), pagerank: 0, degree: 0 });
  }
  for (const [i, key] of sources.entries()) {
    const url = key.slice('source:'.length);
    const domain = new URL(url).hostname;
    node(key, { kind: 'source', label: `${domain}/page/${i}`, ...near(i % communities), size: round(2 + Math.sqrt(citations[i]!)), color: SOURCE_COLOR, url, domain, anchors: [], citations: citations[i]!, pagerank: 0, degree: 0 });
  }
  for (const [i, key] of documents.entries()) {
    node(key, { kind: 'document', label: `Post ${i}`, ...near(i % communities), size: 6, color: DOCUMENT_COLOR, path: key.slice('document:'.length), pagerank: 0, degree: 0 });
  }
  const edgesTotal = Math.max(1, out.edges.length);
  for (const entry of out.nodes) {
    entry.attributes.degree = degree.get(entry.key) ?? 0;
    entry.attributes.pagerank = round(entry.attributes.degree / (2 * edgesTotal), 8);
  }
  return out;

  function node(key: string, attributes: NodeAttributes): void {
    out.nodes.push({ key, attributes });
  }
}

/** A normal deviate (Box–Muller) from a uniform source. */
function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
