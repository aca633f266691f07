import { basename } from 'node:path';
import Graph from 'graphology';
import { pickLabel, squashKey } from '../extract/aliases.js';
import { addVotes, decideCategory, fallbackCategory, teamLabelName, type CategoryVotes } from '../extract/categorize.js';
import { headCategory, isCommonWord, isFirstName } from '../extract/words.js';
import { accountHandles, type Extraction } from '../extract/extract.js';
import { compactExtraction, flatten } from './compact.js';
import { shortUrlLabel } from '../read/urls.js';
import { CitegraphError } from '../errors.js';
import { VERSION } from '../version.js';
import { analyzeParts, analyzePartsAside, type AnalysisTarget, type AnalyzeOptions, type Projection } from './analyze.js';
import { edgeJson, graphData, listChunks, nodeJson, type EdgeEntry, type GraphData } from '../export/json.js';
import type { LayoutJob } from './layout-job.js';
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
  /**
   * A sentence naming more entities than this is a list, not prose: its names
   * are not paired as co-occurring (default: 50). Pairs grow with the square of
   * the count: one sentence of 1,500 names once made 1.1 million edges, 1.9 GB
   * and five minutes.
   */
  maxCooccurring?: number;
}

export const BUILD_DEFAULTS = { maxEvidence: 3, generator: `citegraph ${VERSION}`, maxCooccurring: 50 } satisfies BuildOptions;
type BuildSettings = BuildOptions & typeof BUILD_DEFAULTS;

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
 * A value per pair of strings, listed in the order of the pairs (by the first,
 * then the second): the order of the `first\0second` keys this replaces, without
 * making and splitting a key string per pair.
 */
class PairMap<V> {
  readonly #firsts = new Map<string, Map<string, V>>();

  get(first: string, second: string): V | undefined {
    return this.#firsts.get(first)?.get(second);
  }

  set(first: string, second: string, value: V): void {
    let seconds = this.#firsts.get(first);
    if (seconds === undefined) this.#firsts.set(first, (seconds = new Map()));
    seconds.set(second, value);
  }

  *sorted(): Generator<[string, string, V]> {
    for (const first of [...this.#firsts.keys()].sort(compare)) {
      const seconds = this.#firsts.get(first)!;
      for (const second of [...seconds.keys()].sort(compare)) yield [first, second, seconds.get(second)!];
    }
  }
}

/** Votes for one category other than person more than twice the person's, and by more than one strong mention. */
function outweighsPerson(votes: CategoryVotes): boolean {
  const person = votes.person ?? 0;
  return Object.entries(votes).some(([category, score]) => category !== 'person' && score > 2 * person + 8);
}

/** `keyOf` made once per name. */
function nodeKeys(keyOf: (name: string) => string): (name: string) => string {
  const keys = new Map<string, string>();
  return (name) => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = keyOf(name)));
    return key;
  };
}

/**
 * Builds the citegraph graph (schema 1) from per-document extractions:
 * entity, source and document nodes; cites, mentions, links and cooccurs
 * edges; then communities, centrality, layout, sizes and colours. Nodes and
 * edges are inserted in sorted order, so the same extractions give the same
 * export whatever order they come in.
 */
export function buildGraph(extractions: readonly Extraction[], options: BuildOptions = {}): CitegraphGraph {
  const builder = new GraphBuilder(options);
  for (const extraction of extractions) builder.add(extraction);
  return builder.build();
}

/**
 * `buildGraph` one document at a time: `add` each extraction as it is made
 * (in any order), then `build`. The builder keeps only what the graph needs
 * of each document (see `compactExtraction`), with repeated names and URLs
 * stored once, so that a big corpus never holds every full Extraction.
 */
export class GraphBuilder {
  readonly #settings: BuildSettings;
  readonly #documents = new Map<string, Extraction>();
  readonly #strings = new Map<string, string>();

  constructor(options: BuildOptions = {}) {
    this.#settings = { ...BUILD_DEFAULTS, ...options };
  }

  /** Whether a document of this path was added. */
  has(path: string): boolean {
    return this.#documents.has(path);
  }

  get size(): number {
    return this.#documents.size;
  }

  add(extraction: Extraction): void {
    const path = extraction.document.path;
    if (this.#documents.has(path)) throw new CitegraphError(`${path}: the same document was given twice`);
    this.#documents.set(path, compactExtraction(extraction, this.#intern));
  }

  // NOTE: a string kept from a document is often a slice of its whole text, which it keeps alive;
  // the copy the map hands back stands alone, and is shared by every document that uses it.
  readonly #intern = (text: string): string => {
    let kept = this.#strings.get(text);
    if (kept === undefined) {
      kept = flatten(text);
      this.#strings.set(kept, kept);
    }
    return kept;
  };

  /** What was added, compacted, by path: what a shard file carries for `citegraph merge`. */
  extractions(): Extraction[] {
    return [...this.#documents.keys()].sort(compare).map((path) => this.#documents.get(path)!);
  }

  build(): CitegraphGraph {
    const { parts, describe } = assembleParts(this.extractions(), this.#settings);
    return analyzeParts(projectParts(parts), isSourceKey, this.#settings, () => graphOf(describe()));
  }

  /**
   * `build`, with ForceAtlas2's iterations run by `runLayout` (on another thread) meanwhile: the same graph.
   * This thread works out PageRank and makes the graphology graph while it waits.
   */
  async buildAside(runLayout: (job: LayoutJob) => Promise<Float32Array<ArrayBuffer>>): Promise<CitegraphGraph> {
    const { parts, describe } = assembleParts(this.extractions(), this.#settings);
    const assembled = await analyzePartsAside(projectParts(parts), isSourceKey, this.#settings, runLayout, () => new AssembledGraph(describe()).withGraph());
    return assembled.graph();
  }

  /**
   * `buildAside`, without making the graphology graph until it is asked for: what `citegraph extract`
   * needs to write JSON (the graph's making was a sixth of the build over the corpus).
   */
  async assembleAside(runLayout: (job: LayoutJob) => Promise<Float32Array<ArrayBuffer>>): Promise<AssembledGraph> {
    const { parts, describe } = assembleParts(this.extractions(), this.#settings);
    return analyzePartsAside(projectParts(parts), isSourceKey, this.#settings, runLayout, () => new AssembledGraph(describe()));
  }

  /** `assembleAside` with the layout on this thread. */
  assemble(): AssembledGraph {
    const { parts, describe } = assembleParts(this.extractions(), this.#settings);
    return analyzeParts(projectParts(parts), isSourceKey, this.#settings, () => new AssembledGraph(describe()));
  }
}

/**
 * The graph's nodes and edges, in order, without the nodes' attributes, which `describe` adds: the
 * analysis needs only the keys and the edges, so the attributes are worked out while ForceAtlas2
 * runs (see analyzePartsAside, which asks for them with its target).
 */
function assembleParts(documents: readonly Extraction[], settings: BuildSettings): { parts: GraphParts; describe: () => GraphParts } {
  const canonical = resolveShortNames(documents);
  const keyOf = (key: string) => canonical.get(key) ?? key;
  const entities = new Map<string, EntityTotals>();
  const entityDocuments = new Map<string, Set<string>>();
  const sources = new Map<string, SourceTotals>();
  const mentions = new PairMap<number>(); // document, entity
  const links = new PairMap<number>(); // document, url
  const cites = new PairMap<Pair>(); // entity, url
  const cooccurs = new PairMap<number>(); // entity A, entity B, A < B

  for (const { document, entities: found, sentences, links: documentLinks } of documents) {
    for (const entity of found) {
      const key = keyOf(entity.key);
      const totals: EntityTotals = entities.get(key) ?? { labels: new Map(), forms: new Map(), votes: {}, mentions: 0, documents: 0 };
      // A short name merged into a longer one (Council into Leadership Council) lends no label.
      if (key === entity.key) totals.labels.set(entity.label, (totals.labels.get(entity.label) ?? 0) + entity.mentions);
      if (entity.isKnown && key === entity.key) {
        totals.knownLabel = entity.label;
        totals.knownCategory = entity.category;
      }
      for (const [form, count] of Object.entries(entity.forms)) totals.forms.set(form, (totals.forms.get(form) ?? 0) + count);
      // A short form (Lang for Lang Team) lends no votes either: its own reading is what the merge corrects.
      if (key === entity.key || entity.key.split(' ').length >= key.split(' ').length) addVotes(totals.votes, entity.votes);
      totals.mentions += entity.mentions;
      entities.set(key, totals);
      const seenIn = entityDocuments.get(key) ?? new Set();
      seenIn.add(document.path);
      entityDocuments.set(key, seenIn);
      totals.documents = seenIn.size;
      mentions.set(document.path, key, (mentions.get(document.path, key) ?? 0) + entity.mentions);
    }
    for (const link of documentLinks) {
      const totals = sources.get(link.url) ?? { anchors: [], citations: 0 };
      const anchor = link.text.trim();
      if (!link.isBare && anchor !== '' && !totals.anchors.includes(anchor)) totals.anchors.push(anchor);
      sources.set(link.url, totals);
      links.set(document.path, link.url, (links.get(document.path, link.url) ?? 0) + 1);
    }
    for (const sentence of sentences) {
      const named = [...new Set(sentence.entities.map(keyOf))].sort(compare);
      for (const url of sentence.sources) {
        for (const entity of named) {
          const pair = cites.get(entity, url) ?? { weight: 0, evidence: [] };
          pair.weight += 1;
          sources.get(url)!.citations += 1;
          if (pair.evidence.length < settings.maxEvidence) pair.evidence.push({ document: document.path, sentence: sentence.text, ...(sentence.row && { row: sentence.row }) });
          cites.set(entity, url, pair);
        }
      }
      const paired = named.length <= settings.maxCooccurring ? named : [];
      for (let i = 0; i < paired.length; i++) {
        for (let j = i + 1; j < paired.length; j++) {
          cooccurs.set(paired[i]!, paired[j]!, (cooccurs.get(paired[i]!, paired[j]!) ?? 0) + 1);
        }
      }
    }
  }

  const parts: GraphParts = {
    attributes: { name: GRAPH_NAME, schemaVersion: SCHEMA_VERSION, generator: settings.generator, documents: documents.length },
    nodes: [],
    nodeAttributes: [],
    edges: [],
    sources: [],
    targets: [],
    edgeAttributes: [],
    directed: 0,
  };
  // Each node's key once: a key made afresh for every edge is hashed afresh too, by graphology's maps and objects.
  const documentNode = nodeKeys(documentKey);
  const entityNode = nodeKeys(entityKey);
  const sourceNode = nodeKeys(sourceKey);
  const entityKeys = [...entities.keys()].sort(compare);
  const urls = [...sources.keys()].sort(compare);
  for (const { document } of documents) parts.nodes.push(documentNode(document.path));
  for (const key of entityKeys) parts.nodes.push(entityNode(key));
  for (const url of urls) parts.nodes.push(sourceNode(url));

  const describe = () => {
    if (parts.nodeAttributes.length > 0) return parts;
    const handles = accountHandles(documents.flatMap((d) => d.links));
    const drawable = { x: 0, y: 0, size: 1, color: '#000000' };
    for (const { document } of documents) {
      const label = document.title ?? basename(document.path);
      const attributes: NodeAttributes = { kind: 'document', label, ...drawable, path: document.path, pagerank: 0, degree: 0 };
      if (document.title !== undefined) attributes.title = document.title;
      if (document.date !== undefined) attributes.date = document.date;
      parts.nodeAttributes.push(attributes);
    }
    for (const key of entityKeys) {
      const totals = entities.get(key)!;
      // An entity that only short names were merged into (through a chain of merges) has no label of its own: its forms lend one.
      const label = totals.knownLabel ?? (pickLabel(totals.labels) || pickLabel(totals.forms));
      // A name some document links to the account of that name is someone's handle wherever it stands, unless the
      // documents say far more often that it is something else: [markdown-it](https://github.com/markdown-it) is the
      // account of a project's organisation, which other documents link as a project (github.com/markdown-it/markdown-it).
      const isHandle = [...totals.forms.keys()].every((form) => handles.has(form)) && !outweighsPerson(totals.votes);
      const category = totals.knownCategory ?? (isHandle ? 'person' : decideCategory(totals.votes, fallbackCategory(key)));
      parts.nodeAttributes.push({
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
    for (const url of urls) {
      const totals = sources.get(url)!;
      parts.nodeAttributes.push({
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
    return parts;
  };

  const addEdge = (source: string, target: string, attributes: EdgeAttributes) => {
    parts.edges.push(`${attributes.kind}:${parts.edges.length}`);
    parts.sources.push(source);
    parts.targets.push(target);
    parts.edgeAttributes.push(attributes);
  };
  for (const [path, entity, weight] of mentions.sorted()) addEdge(documentNode(path), entityNode(entity), { kind: 'mentions', weight });
  for (const [path, url, weight] of links.sorted()) addEdge(documentNode(path), sourceNode(url), { kind: 'links', weight });
  for (const [entity, url, { weight, evidence }] of cites.sorted()) addEdge(entityNode(entity), sourceNode(url), { kind: 'cites', weight, evidence });
  parts.directed = parts.edges.length;
  for (const [a, b, weight] of cooccurs.sorted()) addEdge(entityNode(a), entityNode(b), { kind: 'cooccurs', weight });
  return { parts, describe };
}

/**
 * A graph's nodes and edges, in insertion order, before they go into a
 * graphology graph: the analysis's undirected projection is made from them
 * directly (`projectParts`), and the graph itself while ForceAtlas2 runs
 * on the layout thread (`buildAside`).
 */
interface GraphParts {
  attributes: GraphAttributes;
  nodes: string[];
  /** Empty until `describe` (see assembleParts) fills it. */
  nodeAttributes: NodeAttributes[];
  /** Edge keys; their sources, targets and attributes at the same index. */
  edges: string[];
  sources: string[];
  targets: string[];
  edgeAttributes: EdgeAttributes[];
  /** The first `directed` edges are directed; the rest (cooccurs) undirected. */
  directed: number;
}

function graphOf(parts: GraphParts): CitegraphGraph {
  const graph: CitegraphGraph = new Graph(GRAPH_OPTIONS);
  graph.replaceAttributes(parts.attributes);
  const { nodes, nodeAttributes, edges, sources, targets, edgeAttributes, directed } = parts;
  for (let i = 0; i < nodes.length; i++) graph.addNode(nodes[i]!, nodeAttributes[i]!);
  for (let i = 0; i < directed; i++) graph.addDirectedEdgeWithKey(edges[i]!, sources[i]!, targets[i]!, edgeAttributes[i]!);
  for (let i = directed; i < edges.length; i++) graph.addUndirectedEdgeWithKey(edges[i]!, sources[i]!, targets[i]!, edgeAttributes[i]!);
  return graph;
}

/**
 * A built graph's nodes and edges, before they go into a graphology graph: `graph()` makes that
 * graph, `data()` is what its JSON is written from, the same bytes without it. Once the graph is
 * made, everything (the analysis's results too) goes through it.
 */
export class AssembledGraph implements AnalysisTarget {
  readonly #parts: GraphParts;
  #graph: CitegraphGraph | undefined;
  #indexOf: Map<string, number> | undefined;
  /** The first nodes' JSON, written while the layout ran, around their positions (see `workWhile`); undefined for a node written later. */
  readonly #nodeTexts: (readonly [string, string] | undefined)[] = [];
  /**
   * The first edges' JSON, written while the layout ran: blocks of edges (`#edgesInBlocks` in all),
   * encoded as UTF-8 once whole (so that writing the file only copies them), then the edges since.
   */
  readonly #edgeBlocks: Uint8Array[] = [];
  #edgesInBlocks = 0;
  readonly #edgeTexts: string[] = [];

  constructor(parts: GraphParts) {
    this.#parts = parts;
  }

  /** The graph's attributes: a change shows in `graph()` and `data()`. */
  get attributes(): GraphAttributes {
    return this.#graph ? this.#graph.getAttributes() : this.#parts.attributes;
  }

  graph(): CitegraphGraph {
    return (this.#graph ??= graphOf(this.#parts));
  }

  /** Makes the graph now (`graph()`). */
  withGraph(): this {
    this.graph();
    return this;
  }

  data(): GraphData {
    if (this.#graph) return graphData(this.#graph);
    const { attributes, nodes, nodeAttributes, edges } = this.#parts;
    const [nodeTexts, edgeBlocks, edgeTexts] = [this.#nodeTexts, this.#edgeBlocks, this.#edgeTexts];
    const edgeAt = (i: number) => this.#edgeAt(i);
    const ahead = this.#edgesInBlocks;
    return {
      options: GRAPH_OPTIONS,
      attributes,
      nodes: (function* () {
        for (let i = 0; i < nodes.length; i++) yield { node: nodes[i]!, attributes: nodeAttributes[i]! };
      })(),
      nodeTexts: (function* () {
        for (let i = 0; i < nodes.length; i++) {
          const [before, after] = nodeTexts[i] ?? [];
          const { x, y } = nodeAttributes[i]!;
          yield after === undefined ? nodeJson({ node: nodes[i]!, attributes: nodeAttributes[i]! }) : `${before}"x":${JSON.stringify(x)},"y":${JSON.stringify(y)},${after}`;
        }
      })(),
      edges: (function* () {
        for (let i = 0; i < edges.length; i++) yield edgeAt(i);
      })(),
      edgesJson: (function* () {
        yield* edgeBlocks;
        const rest = function* () {
          yield* edgeTexts;
          for (let i = ahead + edgeTexts.length; i < edges.length; i++) yield edgeJson(edgeAt(i), GRAPH_OPTIONS.type);
        };
        yield* listChunks(rest(), ahead > 0 ? ',' : '');
      })(),
    };
  }

  /**
   * While the layout runs on its thread, this one would wait. Meanwhile it writes `updates` (what
   * the analysis writes into each node but its position, in the order of the nodes: every key is
   * there already, so none moves; through the graph once it is made) and the JSON
   * of the nodes around their positions and of the edges (which the analysis does not change), a
   * slice at a time, until the layout is back or all is written. Only what the wait leaves time for
   * is held in memory before the graph is written.
   */
  async workWhile(layout: Promise<unknown>, updates: readonly Partial<NodeAttributes>[], slice = ITEMS_PER_SLICE, block = EDGES_PER_BLOCK): Promise<void> {
    if (this.#graph) {
      let i = 0;
      return this.forEachNode((node) => this.mergeNodeAttributes(node, updates[i++]!));
    }
    let isBack = false;
    const back = () => (isBack = true);
    layout.then(back, back);
    const { nodes, nodeAttributes, edges } = this.#parts;
    // Every key the analysis writes is in the attributes already (see assembleParts): writing now moves none.
    updates.forEach((update, i) => Object.assign(nodeAttributes[i]!, update));
    const [nodeTexts, edgeBlocks, edgeTexts] = [this.#nodeTexts, this.#edgeBlocks, this.#edgeTexts];
    const edgesAhead = () => this.#edgesInBlocks + edgeTexts.length;
    while (!isBack && (nodeTexts.length < nodes.length || edgesAhead() < edges.length)) {
      let room = slice;
      for (; room > 0 && nodeTexts.length < nodes.length; room--) nodeTexts.push(this.#nodeTextAround(nodeTexts.length));
      for (; room > 0 && edgesAhead() < edges.length; room--) {
        edgeTexts.push(edgeJson(this.#edgeAt(edgesAhead()), GRAPH_OPTIONS.type));
        if (edgeTexts.length < block) continue;
        edgeBlocks.push(Buffer.from((edgeBlocks.length > 0 ? ',' : '') + edgeTexts.join(',')));
        this.#edgesInBlocks += edgeTexts.splice(0).length;
      }
      await new Promise(setImmediate); // lets the layout's answer in
    }
  }

  /**
   * A node's JSON before and after its position, while the position is still (0, 0): the first
   * `"x":0,"y":0,` in it is the position's (one inside a JSON string would have its quotes escaped).
   */
  #nodeTextAround(i: number): readonly [string, string] | undefined {
    const attributes = this.#parts.nodeAttributes[i]!;
    if (attributes.x !== 0 || attributes.y !== 0) return undefined;
    const text = nodeJson({ node: this.#parts.nodes[i]!, attributes });
    const at = text.indexOf(POSITION_AT_ZERO);
    return at < 0 ? undefined : [text.slice(0, at), text.slice(at + POSITION_AT_ZERO.length)];
  }

  #edgeAt(i: number): EdgeEntry {
    const { edges, sources, targets, edgeAttributes, directed } = this.#parts;
    return { edge: edges[i]!, attributes: edgeAttributes[i]!, source: sources[i]!, target: targets[i]!, undirected: i >= directed };
  }

  /** How many nodes of a kind. */
  count(kind: NodeAttributes['kind']): number {
    return this.#parts.nodeAttributes.filter((attributes) => attributes.kind === kind).length;
  }

  /** Citations: a cites edge counts as many as its weight. */
  citations(): number {
    return this.#parts.edgeAttributes.reduce((sum, attributes) => (attributes.kind === 'cites' ? sum + attributes.weight : sum), 0);
  }

  forEachNode(callback: (node: string, attributes: NodeAttributes) => void): void {
    if (this.#graph) return this.#graph.forEachNode(callback);
    const { nodes, nodeAttributes } = this.#parts;
    for (let i = 0; i < nodes.length; i++) callback(nodes[i]!, nodeAttributes[i]!);
  }

  /** As graphology's: the attributes' keys keep their order, new ones come last. */
  mergeNodeAttributes(node: string, update: Partial<NodeAttributes>): void {
    if (this.#graph) return void this.#graph.mergeNodeAttributes(node, update);
    this.#indexOf ??= new Map(this.#parts.nodes.map((key, i) => [key, i]));
    const i = this.#indexOf.get(node)!;
    const attributes = this.#parts.nodeAttributes[i]!;
    // A node's JSON written ahead holds all but its position: any other change drops it.
    if (Object.entries(update).some(([key, value]) => key !== 'x' && key !== 'y' && Reflect.get(attributes, key) !== value)) this.#nodeTexts[i] = undefined;
    Object.assign(attributes, update);
  }
}

const GRAPH_OPTIONS = { type: 'mixed', multi: false, allowSelfLoops: false } as const;
// Nodes and edges whose JSON is written between two looks at whether the layout is back: a few milliseconds' work.
const ITEMS_PER_SLICE = 500;
// Edges whose JSON is encoded as UTF-8 at once, while the layout runs.
const EDGES_PER_BLOCK = 2000;
const POSITION_AT_ZERO = '"x":0,"y":0,';

/** What `projectUndirected` (analyze.ts) makes of `graphOf(parts)`, without the graph: each pair of nodes has one edge at most. */
function projectParts({ nodes, edges, sources, targets, edgeAttributes }: GraphParts): Projection {
  const indexOf = new Map(nodes.map((node, i) => [node, i]));
  const projection: Projection = { nodes, sources: new Int32Array(edges.length), targets: new Int32Array(edges.length), weights: new Float64Array(edges.length) };
  for (let i = 0; i < edges.length; i++) {
    projection.sources[i] = indexOf.get(sources[i]!)!;
    projection.targets[i] = indexOf.get(targets[i]!)!;
    projection.weights[i] = edgeAttributes[i]!.weight;
  }
  return projection;
}

/**
 * Across documents, a short name that a document used alone resolves to the
 * one longer name that clearly dominates it elsewhere: "the Council" to the
 * Leadership Council, "Matsakis" to Niko Matsakis. Only for a capitalised head
 * noun (Council, Foundation, Project) or a surname, and only when the longer
 * name has three times the mentions of any rival.
 */
function resolveShortNames(documents: readonly Extraction[]): Map<string, string> {
  const mentions = new Map<string, number>();
  const known = new Set<string>();
  const categories = new Map<string, CategoryVotes>();
  for (const { entities } of documents) {
    for (const entity of entities) {
      mentions.set(entity.key, (mentions.get(entity.key) ?? 0) + entity.mentions);
      if (entity.isKnown) known.add(entity.key);
      const votes = categories.get(entity.key) ?? {};
      addVotes(votes, entity.votes);
      categories.set(entity.key, votes);
    }
  }
  const byLastWord = new Map<string, string[]>();
  for (const key of mentions.keys()) {
    const words = key.split(' ');
    if (words.length < 2) continue;
    const list = byLastWord.get(words.at(-1)!) ?? [];
    list.push(key);
    byLastWord.set(words.at(-1)!, list);
  }
  const canonical = resolveSpellings(mentions, known);
  const spelled = (key: string) => canonical.get(key) ?? key;
  const bySquash = new Map([...mentions.keys()].map((key) => [squashKey(key) ?? key, spelled(key)]));
  // "Rust Leadership Council" or "Rust All-Hands" where other documents write "Leadership Council" or
  // "All Hands": a known name before a longer name that exists on its own is the same thing.
  for (const key of [...mentions.keys()].sort(compare)) {
    const space = key.indexOf(' ');
    const rest = key.slice(space + 1);
    const target = /[\s-]/.test(rest) ? bySquash.get(squashKey(rest) ?? rest) : undefined;
    if (space > 0 && target !== undefined && target !== spelled(key) && known.has(key.slice(0, space))) canonical.set(key, target);
  }
  const inbound = new Map<string, string[]>();
  for (const [from, into] of canonical) inbound.set(into, [...(inbound.get(into) ?? []), from]);
  // "Infra" and "Lang" where other documents write "Infra Team" and "Lang Team"; "State of Rust" beside "State of Rust Survey".
  // A name with a head of its own ("Rust Survey") is no short form of a team ("Rust Survey Team").
  for (const key of [...mentions.keys()].sort(compare)) {
    if (known.has(key) || canonical.has(key) || (!key.includes(' ') && isCommonWord(key)) || decideCategory(categories.get(key)!, 'other') === 'product') continue;
    const hasHead = key.includes(' ') && headCategory(key.slice(key.lastIndexOf(' ') + 1)) !== undefined;
    // A thing ("Vision Doc", a document, also written "Rust Vision Doc") is not the team named after it ("Vision Doc team").
    const votes: CategoryVotes = {};
    for (const from of inbound.get(key) ?? []) addVotes(votes, categories.get(from)!);
    const isThing = (votes.product ?? 0) + (votes.other ?? 0) > (votes.organization ?? 0);
    const heads = QUALIFIER_HEADS.filter((head) => !isThing || head === 'survey');
    const longer = hasHead ? undefined : heads.map((head) => spelled(`${key} ${head}`)).find((k) => mentions.has(k));
    if (longer !== undefined) canonical.set(key, longer);
  }
  resolveTeamForms([...mentions.keys()], mentions, canonical, spelled);
  resolveQualifiedHeads([...mentions.keys()], mentions, known, canonical);
  const byFirstWord = new Map<string, string[]>();
  for (const key of mentions.keys()) {
    const words = key.split(' ');
    if (words.length < 2 || words.length > 3) continue;
    byFirstWord.set(words[0]!, [...(byFirstWord.get(words[0]!) ?? []), key]);
  }
  for (const key of [...mentions.keys()].sort(compare)) {
    if (key.includes(' ') || known.has(key) || canonical.has(key)) continue;
    const isHead = headCategory(key) !== undefined && isCommonWord(key);
    const isSurname = !isCommonWord(key);
    const isPerson = (k: string) => decideCategory(categories.get(k)!, 'other') === 'person';
    // A given name alone (Niko) is the one person of that name who dominates elsewhere (Niko Matsakis).
    const isGivenName = isFirstName(key) && isPerson(key);
    const longer = [...new Set([
      ...(byLastWord.get(key) ?? []).filter((k) => isHead || (isSurname && isPerson(k))),
      ...(isGivenName ? (byFirstWord.get(key) ?? []).filter(isPerson) : []),
    ])].filter((k) => !canonical.has(k));
    if (longer.length === 0) continue;
    longer.sort((a, b) => mentions.get(b)! - mentions.get(a)! || compare(a, b));
    const [best, rival] = longer;
    const isDominant = mentions.get(best!)! >= 3 * (rival === undefined ? 0 : mentions.get(rival)!);
    // A surname far more common than the full name is someone else's (or something else): Lang is not Louis Lang.
    const isPlausible = isHead || mentions.get(best!)! * 4 >= mentions.get(key)!;
    if (isDominant && isPlausible) canonical.set(key, best!);
  }
  // Merges can chain (Infra → Infra Team → Infrastructure Team): each key goes to the end of its chain.
  for (const [key, target] of canonical) {
    let end = target;
    for (let steps = 0; canonical.has(end) && canonical.get(end) !== key && steps < 8; steps++) end = canonical.get(end)!;
    canonical.set(key, end === key ? target : end);
  }
  return canonical;
}

// Heads a document may leave out when the rest already names the thing.
const QUALIFIER_HEADS = ['team', 'survey', 'working group'];
const TEAM_HEAD = /^(.+) (team|working group)$/;

/**
 * Forms of one team: a label (T-lang) and the team's name (Lang Team); a clipped
 * word and the whole one (Infra Team, Infrastructure Team; Lang Team, Language
 * Team), which join the form written more often.
 */
function resolveTeamForms(keys: readonly string[], mentions: ReadonlyMap<string, number>, canonical: Map<string, string>, spelled: (key: string) => string): void {
  const bySquash = new Map(keys.map((key) => [squashKey(key) ?? key, spelled(key)]));
  const find = (key: string) => (mentions.has(key) ? spelled(key) : bySquash.get(squashKey(key) ?? key));
  for (const key of [...keys].sort(compare)) {
    const name = teamLabelName(key);
    const target = name === undefined ? undefined : find(name);
    if (target !== undefined && !canonical.has(key)) canonical.set(key, target);
  }
  const teams = keys.filter((key) => !canonical.has(key) && TEAM_HEAD.test(key)).sort(compare);
  for (const short of teams) {
    const [, word, head] = TEAM_HEAD.exec(short)!;
    if (word!.includes(' ') || word!.length < 3) continue;
    // A clipped word: the whole word starts with it and runs at least three letters longer.
    const whole = teams.filter((k) => {
      const [, other, otherHead] = TEAM_HEAD.exec(k)!;
      return otherHead === head && !other!.includes(' ') && other!.length >= word!.length + 3 && other!.startsWith(word!);
    });
    if (whole.length !== 1) continue;
    const [from, into] = mentions.get(short)! >= mentions.get(whole[0]!)! ? [whole[0]!, short] : [short, whole[0]!];
    if (!canonical.has(from) && !canonical.has(into)) canonical.set(from, into);
  }
}

/**
 * A name with a head noun ("Rust Survey") that is the end of a longer name
 * ("State of Rust Survey") which clearly dominates the others it ends.
 */
function resolveQualifiedHeads(keys: readonly string[], mentions: ReadonlyMap<string, number>, known: ReadonlySet<string>, canonical: Map<string, string>): void {
  const byHead = new Map<string, string[]>();
  for (const key of keys) {
    if (!key.includes(' ') || canonical.has(key)) continue;
    const head = key.slice(key.lastIndexOf(' ') + 1);
    if (headCategory(head) !== undefined) byHead.set(head, [...(byHead.get(head) ?? []), key]);
  }
  for (const key of [...byHead.values()].flat().sort(compare)) {
    if (known.has(key)) continue;
    const longer = byHead.get(key.slice(key.lastIndexOf(' ') + 1))!.filter((k) => k.endsWith(` ${key}`) && !canonical.has(k));
    if (longer.length === 0) continue;
    longer.sort((a, b) => mentions.get(b)! - mentions.get(a)! || compare(a, b));
    const [best, rival] = longer as [string, string | undefined];
    const isDominant = mentions.get(best)! >= 3 * (rival === undefined ? 0 : mentions.get(rival)!);
    if (isDominant && mentions.get(best)! >= mentions.get(key)!) canonical.set(key, best);
  }
}

/** Keys that differ only by spaces, hyphens or periods (rust-analyzer, rust analyzer, rustanalyzer): the known or most mentioned wins. */
function resolveSpellings(mentions: ReadonlyMap<string, number>, known: ReadonlySet<string>): Map<string, string> {
  const bySquash = new Map<string, string[]>();
  for (const key of mentions.keys()) {
    const squashed = squashKey(key);
    if (squashed !== undefined) bySquash.set(squashed, [...(bySquash.get(squashed) ?? []), key]);
  }
  const canonical = new Map<string, string>();
  for (const keys of bySquash.values()) {
    if (keys.length < 2) continue;
    keys.sort((a, b) => Number(known.has(b)) - Number(known.has(a)) || mentions.get(b)! - mentions.get(a)! || compare(a, b));
    for (const key of keys.slice(1)) if (!known.has(key)) canonical.set(key, keys[0]!);
  }
  return canonical;
}

export const entityKey = (key: string) => `entity:${key}`;
export const sourceKey = (url: string) => `source:${url}`;
export const documentKey = (path: string) => `document:${path}`;
const isSourceKey = (node: string) => node.startsWith('source:');

/** The label first, then the other forms by how often they were seen, then alphabetically. */
function orderAliases(label: string, forms: ReadonlyMap<string, number>): string[] {
  const others = [...forms.entries()].filter(([form]) => form !== label);
  others.sort(([a, x], [b, y]) => y - x || compare(a, b));
  return [label, ...others.map(([form]) => form)];
}
