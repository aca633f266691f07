import { readFileSync } from 'node:fs';
import Graph, { UndirectedGraph } from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { generateDocuments } from './support/documents.js';
import { jsonChunksOf } from '../src/export/json.js';
import { analyzeGraph, seededRandom } from '../src/graph/analyze.js';
import { runLayoutJob, type LayoutJob } from '../src/graph/layout-job.js';
import { buildGraph, buildLexicon, extract, GraphBuilder, readSource, toGexf, toGraphml, toJson, type Extraction } from '../src/index.js';

const here = '[graph] ';

const documents = [
  readSource(
    [
      '---',
      'title: Chips and sanctions',
      'date: 2026-01-04',
      '---',
      'China recognized this threat, exemplified by the campaign against [Huawei](https://www.congress.gov/crs-product/R47012).',
      'After the U.S. blocked access to chips and TSMC, Huawei invested to [produce chips](https://www.cnbc.com/2025/06/10/huawei.html).',
      'Huawei invests in Rust and is part of the Rust Foundation.',
    ].join('\n'),
    'essay.md',
  ),
  readSource('The Rust Foundation supports [Rust](https://www.rust-lang.org/). Huawei joined it.', 'second.md'),
];
const extractions: Extraction[] = documents.map((document) => extract(document));
const graph = buildGraph(extractions);
const exported = JSON.parse(toJson(graph));

describe('graph contract (schema 1)', () => {
  it(`${here}carries the graph attributes and options of DESIGN.md`, () => {
    // The package's version, which also keys `--cache` entries: a release that extracts differently is a new version.
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(exported.attributes).toEqual({ name: 'citegraph', schemaVersion: 1, generator: `citegraph ${version}`, documents: 2 });
    expect(exported.options).toEqual({ type: 'mixed', multi: false, allowSelfLoops: false });
  });

  it(`${here}gives every node kind its attributes, drawable by Sigma.js`, () => {
    for (const { attributes } of exported.nodes) {
      expect(attributes).toEqual(expect.objectContaining({ x: expect.any(Number), y: expect.any(Number), size: expect.any(Number), color: expect.stringMatching(/^#[0-9a-f]{6}$/) }));
      expect(attributes).not.toHaveProperty('type');
    }
    const huawei = exported.nodes.find((n: { attributes: { label: string } }) => n.attributes.label === 'Huawei').attributes;
    expect(huawei).toMatchObject({ kind: 'entity', category: 'organization', aliases: ['Huawei'], mentions: 4, documents: 2, community: expect.any(Number) });
    const source = exported.nodes.find((n: { attributes: { url?: string } }) => n.attributes.url === 'https://congress.gov/crs-product/R47012').attributes;
    // One sentence holds the link and names China and Huawei: two citations.
    expect(source).toMatchObject({ kind: 'source', label: 'congress.gov/crs-product/R47012', domain: 'congress.gov', anchors: ['Huawei'], citations: 2 });
    const essay = exported.nodes.find((n: { key: string }) => n.key === 'document:essay.md').attributes;
    expect(essay).toMatchObject({ kind: 'document', label: 'Chips and sanctions', path: 'essay.md', title: 'Chips and sanctions', date: '2026-01-04' });
  });

  it(`${here}links entities to the sources cited in their sentence, with evidence`, () => {
    const cites = exported.edges.filter((e: { attributes: { kind: string } }) => e.attributes.kind === 'cites');
    const pairs = cites.map((e: { source: string; target: string }) => `${e.source} -> ${e.target}`).sort();
    expect(pairs).toEqual([
      'entity:china -> source:https://congress.gov/crs-product/R47012',
      'entity:huawei -> source:https://cnbc.com/2025/06/10/huawei.html',
      'entity:huawei -> source:https://congress.gov/crs-product/R47012',
      'entity:rust -> source:https://rust-lang.org',
      'entity:rust foundation -> source:https://rust-lang.org',
      'entity:tsmc -> source:https://cnbc.com/2025/06/10/huawei.html',
      'entity:united states -> source:https://cnbc.com/2025/06/10/huawei.html',
    ]);
    const edge = cites.find((e: { source: string; target: string }) => e.source === 'entity:china');
    expect(edge.attributes).toEqual({
      kind: 'cites',
      weight: 1,
      evidence: [{ document: 'essay.md', sentence: 'China recognized this threat, exemplified by the campaign against Huawei.' }],
    });
  });

  it(`${here}gives the evidence from a table cell its row, and prose none`, () => {
    const team = readSource('| Name | Team |\n|---|---|\n| [Niko Matsakis](https://github.com/nikomatsakis) | lang |\n\nNiko Matsakis wrote [a post](https://smallcultfollowing.com/babysteps).', 'team.md');
    const evidence = JSON.parse(toJson(buildGraph([extract(team)])))
      .edges.filter((e: { source: string; attributes: { kind: string } }) => e.attributes.kind === 'cites' && e.source === 'entity:niko matsakis')
      .flatMap((e: { attributes: { evidence: unknown[] } }) => e.attributes.evidence);
    expect(evidence).toEqual([
      { document: 'team.md', sentence: 'Niko Matsakis', row: { column: 0, cells: [{ header: 'Name', text: 'Niko Matsakis' }, { header: 'Team', text: 'lang' }] } },
      { document: 'team.md', sentence: 'Niko Matsakis wrote a post.' },
    ]);
  });

  it(`${here}counts mentions per document, links per document, and co-occurrences undirected`, () => {
    const edge = (kind: string, source: string, target: string) =>
      exported.edges.find((e: { source: string; target: string; attributes: { kind: string } }) => e.attributes.kind === kind && e.source === source && e.target === target);
    expect(edge('mentions', 'document:essay.md', 'entity:huawei').attributes.weight).toBe(3);
    expect(edge('links', 'document:second.md', 'source:https://rust-lang.org').attributes.weight).toBe(1);
    const cooccurs = edge('cooccurs', 'entity:china', 'entity:huawei');
    expect(cooccurs).toMatchObject({ undirected: true, attributes: { kind: 'cooccurs', weight: 1 } });
  });

  it(`${here}resolves a short name used alone to the one longer name that dominates it`, () => {
    const first = readSource('The Leadership Council met Niko Matsakis. The Leadership Council thanked Niko Matsakis. Niko Matsakis agreed.', 'one.md');
    const second = readSource('Later the Council voted, and Matsakis wrote the [minutes](https://minutes.example). The Council agreed.', 'two.md');
    const merged = buildGraph([extract(first), extract(second)]);
    expect(merged.hasNode('entity:council')).toBe(false);
    expect(merged.hasNode('entity:matsakis')).toBe(false);
    expect(merged.getNodeAttributes('entity:leadership council')).toMatchObject({ label: 'Leadership Council', mentions: 4, documents: 2, aliases: ['Leadership Council', 'Council'] });
    expect(merged.getNodeAttributes('entity:niko matsakis')).toMatchObject({ label: 'Niko Matsakis', mentions: 4, documents: 2 });
    expect(merged.hasEdge('entity:niko matsakis', 'source:https://minutes.example')).toBe(true);
  });

  it(`${here}merges a longer name with a known name before it into the name other documents use`, () => {
    const lexicon = buildLexicon([{ product: ['~Rust'] }]);
    const first = extract(readSource('The Rust Leadership Council met. Rust is fine.', 'one.md'), { lexicon });
    const second = extract(readSource('The Leadership Council voted.', 'two.md'), { lexicon });
    const merged = buildGraph([first, second]);
    expect(merged.hasNode('entity:rust leadership council')).toBe(false);
    expect(merged.getNodeAttributes('entity:leadership council')).toMatchObject({ label: 'Leadership Council', documents: 2, aliases: ['Leadership Council', 'Rust Leadership Council'] });
  });

  it(`${here}loads back with Graph.from`, () => {
    const loaded = Graph.from(exported);
    expect(loaded.order).toBe(graph.order);
    expect(loaded.size).toBe(graph.size);
  });

  it(`${here}gives byte-identical exports for the same input, whatever the document order`, () => {
    const again = toJson(buildGraph([...extractions].reverse()));
    expect(again).toBe(toJson(graph));
    expect(toGexf(buildGraph(extractions))).toBe(toGexf(graph));
  });

  it(`${here}lays out the same, to the byte, with ForceAtlas2's iterations handed to another runner (as to the layout thread)`, async () => {
    const builder = new GraphBuilder();
    for (const extraction of extractions) builder.add(extraction);
    let jobs = 0;
    const aside = await builder.buildAside(async (job) => {
      jobs++;
      // What the layout thread receives: a copy, not this thread's matrices.
      return runLayoutJob(structuredClone(job));
    });
    expect(jobs).toBe(1);
    expect(toJson(aside)).toBe(toJson(graph));
  });

  it(`${here}ranks, groups and counts the nodes as graphology-metrics' PageRank and graphology-communities-louvain do on the undirected projection`, () => {
    // The analysis runs on arrays (analyze.ts): its results must stay those of the libraries on a graphology projection, weights of parallel edges summed.
    const built = buildGraph(generateDocuments(5, 40).map((document) => extract(document)));
    const mixed = Graph.from(built.export());
    let k = 0;
    mixed.forEachEdge((_edge, _attributes, source, target) => {
      if (k++ % 5 === 0 && !mixed.hasEdge(target, source)) mixed.addDirectedEdgeWithKey(`back:${k}`, target, source, k % 3 === 0 ? {} : { weight: 2 });
    });
    for (const analyzed of [built, mixed]) {
      if (analyzed === mixed) analyzeGraph(mixed);
      const projection = new UndirectedGraph();
      analyzed.forEachNode((node) => projection.addNode(node));
      analyzed.forEachEdge((edge, attributes, source, target) => {
        if (projection.hasEdge(source, target)) projection.updateEdgeAttribute(source, target, 'weight', (weight = 0) => weight + attributes.weight);
        else projection.addUndirectedEdgeWithKey(edge, source, target, { weight: attributes.weight });
      });
      const ranks = pagerank(projection, { getEdgeWeight: 'weight', maxIterations: 200 });
      const communities = louvain(projection, { getEdgeWeight: 'weight', rng: seededRandom(1) });
      expect(new Set(Object.values(communities)).size).toBeGreaterThan(1);
      analyzed.forEachNode((node, attributes) => {
        expect(attributes.pagerank).toBe(Math.round(ranks[node]! * 1e8) / 1e8);
        expect(attributes.degree).toBe(projection.degree(node));
        if (attributes.kind === 'entity') expect(attributes.community).toBe(communities[node]);
      });
    }
  });

  it(`${here}writes the same JSON from the assembled nodes and edges as from the graph made of them (as extract does)`, async () => {
    const builder = new GraphBuilder();
    for (const extraction of extractions) builder.add(extraction);
    const assembled = await builder.assembleAside(async (job) => runLayoutJob(structuredClone(job)));
    expect([...jsonChunksOf(assembled.data())].join('')).toBe(toJson(graph));
    expect(assembled.count('entity')).toBe(graph.filterNodes((_n, a) => a.kind === 'entity').length);
    expect(assembled.citations()).toBe(graph.reduceEdges((sum, _e, a) => (a.kind === 'cites' ? sum + a.weight : sum), 0));
    expect(assembled.citations()).toBeGreaterThan(0);
    // The shard attribute goes in after the build: it shows in the JSON and in the graph made afterwards.
    assembled.attributes.shard = { index: 1, count: 1, extractions: [] };
    expect([...jsonChunksOf(assembled.data())].join('')).toContain('"shard":{"index":1,"count":1,"extractions":[]}}');
    expect(assembled.graph().getAttribute('shard')).toEqual({ index: 1, count: 1, extractions: [] });
    expect(toJson(builder.assemble().graph())).toBe(toJson(graph));
  });

  it(`${here}writes the same JSON when the nodes' and edges' JSON was written, wholly or in part, while the layout ran`, async () => {
    const late = (job: LayoutJob) => new Promise<Float32Array<ArrayBuffer>>((resolve) => setTimeout(() => resolve(runLayoutJob(structuredClone(job))), 50));
    const builder = new GraphBuilder();
    for (const extraction of extractions) builder.add(extraction);
    expect([...jsonChunksOf((await builder.assembleAside(late)).data())].join('')).toBe(toJson(graph));
    // A layout back after two turns of the loop, two edges a turn: some edges written ahead, the rest when the graph is written.
    const assembled = builder.assemble();
    const edges = graph.size;
    expect(edges).toBeGreaterThan(4);
    await assembled.workWhile(new Promise((resolve) => setImmediate(() => setImmediate(resolve))), [], 2);
    expect([...jsonChunksOf(assembled.data())].join('')).toBe(toJson(graph));
    // Edges encoded as UTF-8 three at a time, some of them while the layout ran, then the rest; or all of them.
    for (const layout of [new Promise((resolve) => setImmediate(() => setImmediate(() => setImmediate(resolve)))), new Promise((resolve) => setTimeout(resolve, 50))]) {
      const blocked = builder.assemble();
      await blocked.workWhile(layout, [], 7, 3);
      expect([...jsonChunksOf(blocked.data())].join('')).toBe(toJson(graph));
    }
  });

  it(`${here}writes the same nodes and edges to GEXF and GraphML`, () => {
    const graphml = toGraphml(graph);
    const fromGexf = parseGexf(Graph, toGexf(graph));
    const fromGraphml = parseGraphml(Graph, graphml);
    const cooccurs = graph.edges().find((e) => graph.getEdgeAttribute(e, 'kind') === 'cooccurs')!;
    for (const other of [fromGexf, fromGraphml]) {
      expect(other.nodes().sort()).toEqual(graph.nodes().sort());
      expect(other.edges().sort()).toEqual(graph.edges().sort());
      expect(other.getNodeAttribute('entity:huawei', 'label')).toBe('Huawei');
      expect(other.getEdgeAttribute(cooccurs, 'weight')).toBe(1);
      expect(other.extremities(cooccurs).sort()).toEqual(graph.extremities(cooccurs).sort());
    }
    expect(fromGexf.isUndirected(cooccurs)).toBe(true);
    // graphology-graphml reads only `edgedefault`; the per-edge `directed` attribute is standard GraphML.
    expect(graphml).toContain(`<edge id="${cooccurs}" source="${graph.source(cooccurs)}" target="${graph.target(cooccurs)}" directed="false">`);
  });
});

describe('one node per thing across documents', () => {
  const lexicon = buildLexicon([{ product: ['Rust'], other: ['All Hands'] }]);
  const graphOf = (...texts: string[]) =>
    buildGraph(texts.map((text, i) => extract(readSource(text, `d${i}.md`), { lexicon })), { iterations: 1 });
  const entities = (graph: ReturnType<typeof graphOf>) =>
    graph.filterNodes((_n, a) => a.kind === 'entity').map((n) => graph.getNodeAttribute(n, 'label')).sort();

  it('[graph] joins spellings, a known name with a qualifier, team forms and a dominant given name', () => {
    const graph = graphOf(
      'Niko Matsakis wrote it. Later Niko Matsakis merged it. Niko Matsakis agreed. Publish on crates.io today.',
      'Niko reviewed the change, and the Rust All-Hands met to discuss Rust. The Infra Team helped. Publish to crates-io now.',
      'The All Hands was fun. Ask Infra about it. The infra-team agreed with Jane Doe.',
    );
    expect(entities(graph)).toEqual(['All Hands', 'Infra Team', 'Jane Doe', 'Niko Matsakis', 'Rust', 'crates.io']);
  });

  it('[graph] joins team labels and clipped team names, and a survey named by the end of its name', () => {
    const graph = graphOf(
      'The Infra Team met. The Infra Team agreed. Ask the Infra Team. The Lang Team met, and the Lang Team agreed.',
      'The Infrastructure team helped. The issue was moved to T-lang, and T-infra saw it. Ask Infra.',
      'Fill in the State of Rust Survey. The State of Rust Survey closes soon. The State of Rust Survey is open.',
      'The Rust Survey results are out. Thanks to the Rust Survey Team for the State of Rust report.',
      'Ask Lang about the syntax, as the Lang crate maintainer Lang said.',
    );
    const node = (name: string) => graph.filterNodes((_n, a) => a.kind === 'entity' && a.aliases.includes(name));
    expect(node('Infra')).toEqual(node('Infrastructure team'));
    expect(node('T-infra')).toEqual(node('Infra Team'));
    expect(node('T-lang')).toEqual(node('Lang Team'));
    expect(node('Lang')).toEqual(node('Lang Team'));
    expect(graph.getNodeAttribute(node('T-lang')[0]!, 'category')).toBe('organization');
    expect(node('Rust Survey')).toEqual(node('State of Rust Survey'));
    expect(node('Rust Survey Team')).not.toEqual(node('Rust Survey'));
  });

  it("[graph] reads a name linked to an account as a person's handle everywhere, unless the documents say far more often it is a project", () => {
    const categoryOf = (graph: ReturnType<typeof graphOf>, label: string) =>
      graph.getNodeAttribute(graph.findNode((_n, a) => a.kind === 'entity' && a.label === label)!, 'category');
    const project = '[zorb-it](https://github.com/zorb-it/zorb-it)';
    const graph = graphOf(
      'Ask [Qwertyfox](https://github.com/qwertyfox) about it. Parsing is done by [zorb-it](https://github.com/zorb-it) projects.',
      `Thanks to Qwertyfox for the fix. Qwertyfox said so. Parse it with ${project}, or ${project}, or ${project}, or ${project}: zorb-it works.`,
    );
    expect(categoryOf(graph, 'Qwertyfox')).toBe('person');
    expect(categoryOf(graph, 'zorb-it')).toBe('product');
  });

  it('[graph] keeps a thing apart from the team named after it', () => {
    const graph = graphOf(
      'We wrote the Rust Vision Doc. Then the Rust Vision Doc grew in Rust.',
      'Read the [Vision Doc](https://example.org/vision-doc) today.',
      'Thanks to the Vision Doc team, and the Vision Doc team again.',
    );
    const node = (name: string) => graph.filterNodes((_n, a) => a.kind === 'entity' && a.aliases.includes(name));
    expect(node('Vision Doc team')).toHaveLength(1);
    expect(node('Vision Doc')).toEqual(node('Rust Vision Doc'));
    expect(node('Vision Doc')).not.toEqual(node('Vision Doc team'));
  });
});
