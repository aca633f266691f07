import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { CitegraphGraph } from '../src/graph/build.js';
import { hashForNode, nodeFromHash } from '../web/src/hash.js';
import { safeHref } from '../web/src/links.js';
import { buildSearchIndex, suggest } from '../web/src/search.js';

const here = '[explorer units] ';
const drawable = { x: 0, y: 0, color: '#000' };

function graphOf(nodes: [key: string, attributes: Record<string, unknown>][]): CitegraphGraph {
  const graph = new Graph();
  for (const [key, attributes] of nodes) graph.addNode(key, { ...drawable, ...attributes });
  return graph as unknown as CitegraphGraph;
}

const GRAPH = graphOf([
  ['entity:rust', { kind: 'entity', label: 'Rust', aliases: ['Rust', 'rust-lang'], size: 20 }],
  ['entity:rustup', { kind: 'entity', label: 'rustup', aliases: ['rustup'], size: 5 }],
  ['entity:trust', { kind: 'entity', label: 'Trust & Safety', aliases: ['Trust & Safety'], size: 9 }],
  ['entity:rust foundation', { kind: 'entity', label: 'Rust Foundation', aliases: ['Rust Foundation', 'the Foundation'], size: 8 }],
  ['entity:united states', { kind: 'entity', label: 'United States', aliases: ['United States', 'U.S.', 'USA'], size: 7 }],
  ['source:https://rust-lang.org', { kind: 'source', label: 'rust-lang.org', url: 'https://rust-lang.org', size: 4 }],
  ['document:posts/a.md', { kind: 'document', label: 'Why Rust', path: 'posts/a.md', size: 6 }],
]);

describe('search suggestions', () => {
  const index = buildSearchIndex(GRAPH);

  it(`${here}should rank the exact name first, then prefixes, word starts and the rest, bigger nodes first among equals`, () => {
    expect(suggest(index, 'rust').map((s) => s.label)).toEqual(['Rust', 'Rust Foundation', 'rustup', 'rust-lang.org', 'Why Rust', 'Trust & Safety']);
  });

  it(`${here}should match aliases and say which one matched`, () => {
    expect(suggest(index, 'u.s.')).toEqual([{ node: 'entity:united states', label: 'United States', kind: 'entity', matched: 'U.S.' }]);
    expect(suggest(index, 'FOUNDATION')[0]).toEqual({ node: 'entity:rust foundation', label: 'Rust Foundation', kind: 'entity' });
  });

  it(`${here}should cap suggestions and ignore blank input`, () => {
    expect(suggest(index, 'r', 2)).toHaveLength(2);
    expect(suggest(index, '   ')).toEqual([]);
  });
});

describe('links', () => {
  it(`${here}should make links of http(s) URLs only`, () => {
    expect(safeHref('https://cnbc.com/a?b=1')).toBe('https://cnbc.com/a?b=1');
    expect(safeHref('http://example.org')).toBe('http://example.org/');
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>x</script>', 'file:///etc/passwd', 'vbscript:x', '//evil.example', 'not a url']) expect(safeHref(url), url).toBeUndefined();
  });
});

describe('#node= links', () => {
  it(`${here}should round-trip any node key through the URL's hash`, () => {
    for (const key of ['entity:huawei', 'entity:united states', 'source:https://a.org/x?y=1&z=2#f', 'document:posts/ä b+c.md']) expect(nodeFromHash(hashForNode(key))).toBe(key);
    expect(nodeFromHash('')).toBeUndefined();
    expect(hashForNode(undefined)).toBe('');
  });
});
