import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, extract, readSource, toJson } from '../src/index.js';
import { loadGraph, parseGraph, validateGraph } from '../src/query/load.js';
import { temporaryDirectory } from './support/cli.js';

const here = '[load] ';
const dir = temporaryDirectory();
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const good = toJson(buildGraph([extract(readSource('Huawei and TSMC cite [RISC-V](https://riscv.org).', 'a.md'))]));
/** The export with one change made to it. */
const changed = (change: (graph: any) => void) => {
  const graph = JSON.parse(good);
  change(graph);
  return JSON.stringify(graph);
};
const nodeIndex = (key: string) => (JSON.parse(good).nodes as { key: string }[]).findIndex((n) => n.key === key);
const edgeIndex = (kind: string) => (JSON.parse(good).edges as { attributes: { kind: string } }[]).findIndex((e) => e.attributes.kind === kind);
const PREFIX = 'not a citegraph graph (schema 1): ';

describe('graph loader', () => {
  it(`${here}loads an exported graph as a graphology graph`, async () => {
    const graph = await loadGraph(write('good.json', good));
    expect(graph.hasNode('entity:huawei')).toBe(true);
    expect(graph.getAttribute('schemaVersion')).toBe(1);
    expect(graph.isUndirected(graph.edge('entity:huawei', 'entity:tsmc')!)).toBe(true);
  });

  it(`${here}names a file that is not JSON, or missing`, async () => {
    await expect(loadGraph(write('broken.json', '{"nodes": ['))).rejects.toThrow(new RegExp(`^${dir}/broken\\.json: not valid JSON \\(`));
    await expect(loadGraph(join(dir, 'missing.json'))).rejects.toThrow(`${dir}/missing.json: no such file or directory`);
    await expect(loadGraph(dir)).rejects.toThrow(`${dir}: is a directory`);
  });

  it(`${here}names the file and a wrong schema version before anything else`, async () => {
    const v2 = changed((g) => {
      g.attributes.schemaVersion = 2;
      g.nodes[0].attributes = { kind: 'topic' };
    });
    await expect(loadGraph(write('v2.json', v2))).rejects.toThrow(`${dir}/v2.json: ${PREFIX}attributes.schemaVersion is 2, expected 1`);
    await expect(loadGraph(write('other.json', '{"name": "my-app", "version": "1.0.0"}'))).rejects.toThrow(`${dir}/other.json: ${PREFIX}attributes is missing`);
    await expect(loadGraph(write('list.json', '[]'))).rejects.toThrow(`${dir}/list.json: ${PREFIX}the graph is an array, expected a JSON object`);
  });

  it(`${here}names the first missing or mistyped attribute with its path and the node's key`, () => {
    const huawei = nodeIndex('entity:huawei');
    const noLabel = changed((g) => delete g.nodes[huawei].attributes.label);
    expect(() => parseGraph(noLabel, 'label.json')).toThrow(`label.json: ${PREFIX}nodes[${huawei}].attributes.label is missing (node "entity:huawei")`);
    const textCount = changed((g) => (g.nodes[huawei].attributes.mentions = '1'));
    expect(() => parseGraph(textCount, 'count.json')).toThrow(`count.json: ${PREFIX}nodes[${huawei}].attributes.mentions is the string "1", expected an integer (node "entity:huawei")`);
    const category = changed((g) => (g.nodes[huawei].attributes.category = 'company'));
    expect(() => parseGraph(category, 'category.json')).toThrow(`${PREFIX}nodes[${huawei}].attributes.category is "company", expected one of "person", "organization", "place", "product", "other"`);
    const noEvidence = changed((g) => delete g.edges[edgeIndex('cites')].attributes.evidence);
    expect(() => parseGraph(noEvidence, 'evidence.json')).toThrow(`${PREFIX}edges[${edgeIndex('cites')}].attributes.evidence is missing (edge "cites:`);
    const directed = changed((g) => delete g.edges[edgeIndex('cooccurs')].undirected);
    expect(() => parseGraph(directed, 'cooccurs.json')).toThrow(`${PREFIX}edges[${edgeIndex('cooccurs')}].undirected is missing`);
  });

  it(`${here}refuses edges whose ends are missing or of the wrong kind, and keys used twice`, () => {
    const cites = edgeIndex('cites');
    const dangling = changed((g) => (g.edges[cites].source = 'entity:nobody'));
    expect(() => validateGraph(JSON.parse(dangling), 'dangling.json')).toThrow(`dangling.json: ${PREFIX}edges[${cites}].source is "entity:nobody", which no node has as key`);
    const fromDocument = changed((g) => (g.edges[cites].source = 'document:a.md'));
    expect(() => validateGraph(JSON.parse(fromDocument), 'kind.json')).toThrow(`${PREFIX}edges[${cites}].source is "document:a.md", expected a key starting with "entity:"`);
    const twice = changed((g) => (g.nodes[nodeIndex('entity:tsmc')].key = 'entity:huawei'));
    expect(() => validateGraph(JSON.parse(twice), 'twice.json')).toThrow(`${PREFIX}nodes[${nodeIndex('entity:tsmc')}].key is "entity:huawei", which an earlier node already has`);
  });

  it(`${here}accepts attributes added by other tools`, () => {
    const annotated = changed((g) => {
      g.nodes[0].attributes.highlighted = true;
      g.edges[0].attributes.color = '#ff0000';
    });
    expect(parseGraph(annotated, 'annotated.json').getNodeAttribute(JSON.parse(good).nodes[0].key, 'highlighted')).toBe(true);
  });
});
