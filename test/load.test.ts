import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, extract, readSource, toJson } from '../src/index.js';
import { loadGraph } from '../src/query/load.js';
import { temporaryDirectory } from './support/cli.js';

const here = '[load] ';
const dir = temporaryDirectory();
const write = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const good = toJson(buildGraph([extract(readSource('Huawei cites [RISC-V](https://riscv.org).', 'a.md'))]));

describe('graph loader', () => {
  it(`${here}loads an exported graph`, async () => {
    const graph = await loadGraph(write('good.json', good));
    expect(graph.hasNode('entity:huawei')).toBe(true);
    expect(graph.getAttribute('schemaVersion')).toBe(1);
  });

  it(`${here}names the file and the first problem`, async () => {
    const wrongVersion = JSON.stringify({ ...JSON.parse(good), attributes: { name: 'citegraph', schemaVersion: 2 } });
    await expect(loadGraph(write('v2.json', wrongVersion))).rejects.toThrow(`${dir}/v2.json: not a citegraph graph (schema 1): attributes.schemaVersion is 2, expected 1`);
    await expect(loadGraph(write('broken.json', '{"nodes": ['))).rejects.toThrow(new RegExp(`^${dir}/broken\\.json: not valid JSON`));
    const badNode = JSON.parse(good);
    delete badNode.nodes[0].attributes.label;
    await expect(loadGraph(write('label.json', JSON.stringify(badNode)))).rejects.toThrow(/label\.json: not a citegraph graph \(schema 1\): nodes\[0\]\.attributes\.label expected a string, found undefined/);
    await expect(loadGraph(join(dir, 'missing.json'))).rejects.toThrow(`${dir}/missing.json: no such file or directory`);
  });
});
