import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citegraph, SAMPLE, temporaryDirectory } from './support/cli.js';

const here = '[citations] ';

interface Exported {
  nodes: { key: string; attributes: { kind: string; domain?: string; citations?: number } }[];
  edges: { source: string; target: string; attributes: { kind: string; weight: number } }[];
}

// One word, one meaning: a citation is an entity named in a sentence that holds a link.
describe('citations', () => {
  it(`${here}are counted alike by a cites edge, a source, the extract summary and query stats`, () => {
    const dir = temporaryDirectory();
    const output = join(dir, 'graph.json');
    // Huawei is cited with the same page in two sentences: two citations, one cites edge.
    const extra = join(dir, 'extra.md');
    writeFileSync(extra, 'Huawei builds [chips](https://example.org/r). Later, Huawei and TSMC were named in [the same report](https://example.org/r).\n');
    const run = citegraph(['extract', SAMPLE, extra, '-o', output]);
    expect(run.status).toBe(0);
    const graph = JSON.parse(readFileSync(output, 'utf8')) as Exported;
    const cites = graph.edges.filter((e) => e.attributes.kind === 'cites');
    const sources = graph.nodes.filter((n) => n.attributes.kind === 'source');
    const citationsOf = (key: string) => cites.filter((e) => e.target === key).reduce((sum, e) => sum + e.attributes.weight, 0);
    for (const source of sources) expect(source.attributes.citations, source.key).toBe(citationsOf(source.key));
    const total = cites.reduce((sum, e) => sum + e.attributes.weight, 0);
    // More citations than cited pairs: some entity is cited with the same source in two sentences.
    expect(total).toBeGreaterThan(cites.length);
    expect(run.stderr).toContain(`, ${total} citations in `);

    const stats = JSON.parse(citegraph(['query', output, 'stats', '--json', '--limit', '0']).stdout);
    for (const { domain, citations } of stats.domains.items) {
      expect(citations, domain).toBe(sources.filter((s) => s.attributes.domain === domain).reduce((sum, s) => sum + citationsOf(s.key), 0));
    }
    const cited = JSON.parse(citegraph(['query', output, 'cited', stats.domains.items[0].domain, '--json', '--limit', '0']).stdout);
    const perEntity = cited.entities.items.reduce((sum: number, e: { sentences: number }) => sum + e.sentences, 0);
    expect(perEntity).toBe(cited.sources.items.reduce((sum: number, s: { citations: number }) => sum + s.citations, 0));
    expect(citegraph(['query', output, 'sources', 'Huawei']).stdout).toMatch(/^CITATIONS +SOURCE$/m);
  });
});
