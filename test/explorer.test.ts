import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import type { CitegraphGraph } from '../src/graph/build.js';
import { hashForNode, nodeFromHash } from '../web/src/hash.js';
import { safeHref } from '../web/src/links.js';
import { buildSearchIndex, suggest } from '../web/src/search.js';
import { findEntity, type NotFoundError } from '../src/query/names.js';
import { CATEGORY_COLORS } from '../src/graph/style.js';
import { shownOf } from '../web/src/controls.js';
import { isFragment } from '../web/src/panel.js';
import { ENTITIES_ONLY_ABOVE, initialState, type State } from '../web/src/state.js';
import { colorOf, COMMUNITY_PALETTE, computeVisibility, focusOn, indexGraph, MAX_FORCED_LABELS, sizeOf } from '../web/src/view.js';

const here = '[explorer units] ';
const drawable = { x: 0, y: 0, color: '#000' };

function graphOf(nodes: [key: string, attributes: Record<string, unknown>][]): CitegraphGraph {
  const graph = new Graph();
  for (const [key, attributes] of nodes) graph.addNode(key, { ...drawable, ...attributes });
  return graph as unknown as CitegraphGraph;
}

const GRAPH = graphOf([
  ['entity:rust', { kind: 'entity', label: 'Rust', aliases: ['Rust', 'rust-lang'], size: 20, mentions: 40 }],
  ['entity:rustup', { kind: 'entity', label: 'rustup', aliases: ['rustup'], size: 5, mentions: 3 }],
  ['entity:trust', { kind: 'entity', label: 'Trust & Safety', aliases: ['Trust & Safety'], size: 9, mentions: 6 }],
  ['entity:rust foundation', { kind: 'entity', label: 'Rust Foundation', aliases: ['Rust Foundation', 'the Foundation'], size: 8, mentions: 5 }],
  ['entity:united states', { kind: 'entity', label: 'United States', aliases: ['United States', 'U.S.', 'USA'], size: 7, mentions: 4 }],
  ['entity:huawei', { kind: 'entity', label: 'Huawei', aliases: ['Huawei'], size: 7, mentions: 4 }],
  ['entity:niko matsakis', { kind: 'entity', label: 'Niko Matsakis', aliases: ['Niko Matsakis', 'Niko'], size: 7, mentions: 9 }],
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

  it(`${here}should suggest what the CLI suggests for a misspelt name, after any match`, () => {
    expect(suggest(index, 'Huwaei')).toEqual([{ node: 'entity:huawei', label: 'Huawei', kind: 'entity', isFuzzy: true }]);
    expect(suggest(index, 'Nikko Matsakis').map((s) => [s.label, s.isFuzzy])).toEqual([['Niko Matsakis', true]]);
    const cli = (name: string) => {
      try {
        findEntity(GRAPH, name);
      } catch (error) {
        return (error as NotFoundError).suggestions;
      }
      return [];
    };
    for (const name of ['Huwaei', 'Nikko Matsakis', 'Rust Fondation', 'Untied States']) {
      expect(suggest(index, name).filter((s) => s.isFuzzy).map((s) => s.label), name).toEqual(cli(name));
    }
    expect(suggest(index, 'rustu').map((s) => [s.label, s.isFuzzy])).toEqual([['rustup', undefined], ['Rust', true]]);
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

/** A chain a — b — c — d of co-occurring entities, a cited with source s, document p naming a. */
function chainGraph(): CitegraphGraph {
  const graph = new Graph({ type: 'mixed' });
  const entity = (key: string, mentions: number, community: number, category = 'person') =>
    graph.addNode(`entity:${key}`, { ...drawable, kind: 'entity', label: key.toUpperCase(), aliases: [key], category, mentions, documents: 1, community, size: mentions, pagerank: mentions / 100, degree: 1 });
  entity('a', 9, 0);
  entity('b', 5, 0, 'product');
  entity('c', 2, 1);
  entity('d', 1, 2);
  graph.addNode('source:https://s.org', { ...drawable, kind: 'source', label: 's.org', url: 'https://s.org', domain: 's.org', anchors: [], citations: 1, size: 3, pagerank: 0.2, degree: 1 });
  graph.addNode('document:p.md', { ...drawable, kind: 'document', label: 'P', path: 'p.md', size: 6, pagerank: 0.5, degree: 1 });
  graph.addUndirectedEdgeWithKey('cooccurs:1', 'entity:a', 'entity:b', { kind: 'cooccurs', weight: 1 });
  graph.addUndirectedEdgeWithKey('cooccurs:2', 'entity:b', 'entity:c', { kind: 'cooccurs', weight: 1 });
  graph.addUndirectedEdgeWithKey('cooccurs:3', 'entity:c', 'entity:d', { kind: 'cooccurs', weight: 1 });
  graph.addDirectedEdgeWithKey('cites:1', 'entity:a', 'source:https://s.org', { kind: 'cites', weight: 1, evidence: [] });
  graph.addDirectedEdgeWithKey('mentions:1', 'document:p.md', 'entity:a', { kind: 'mentions', weight: 1 });
  return graph as unknown as CitegraphGraph;
}

describe('what the explorer shows', () => {
  const graph = chainGraph();
  const index = indexGraph(graph);
  const shown = (changes: Partial<State>) => {
    const visibility = computeVisibility(graph, index, { ...initialState(graph.order), ...changes });
    return { nodes: [...visibility.nodes].sort(), edges: [...visibility.edges].sort() };
  };

  it(`${here}should show everything of a small graph, and open a big one on entities only`, () => {
    expect(shown({}).nodes).toHaveLength(6);
    expect(shown({}).edges).toHaveLength(5);
    expect([...initialState(ENTITIES_ONLY_ABOVE).hiddenKinds]).toEqual([]);
    expect([...initialState(ENTITIES_ONLY_ABOVE + 1).hiddenKinds]).toEqual(['source', 'document']);
  });

  it(`${here}should hide filtered nodes with their edges, but never the selection`, () => {
    expect(shown({ hiddenKinds: new Set(['source', 'document']) }).edges).toEqual(['cooccurs:1', 'cooccurs:2', 'cooccurs:3']);
    expect(shown({ minMentions: 5 }).nodes).toEqual(['document:p.md', 'entity:a', 'entity:b', 'source:https://s.org']);
    expect(shown({ minMentions: 5, selectedNode: 'entity:d' }).nodes).toContain('entity:d');
    expect(shown({ hiddenCategories: new Set(['product']) }).edges).toEqual(['cites:1', 'cooccurs:3', 'mentions:1']);
  });

  it(`${here}should hide edges of an unticked kind and keep their nodes`, () => {
    const { nodes, edges } = shown({ hiddenEdgeKinds: new Set(['cooccurs', 'mentions']) });
    expect(nodes).toHaveLength(6);
    expect(edges).toEqual(['cites:1']);
  });

  it(`${here}should show the selection and its neighbours to depth 1 or 2, through shown edges`, () => {
    expect(shown({ depth: 1, selectedNode: 'entity:b' }).nodes).toEqual(['entity:a', 'entity:b', 'entity:c']);
    expect(shown({ depth: 2, selectedNode: 'entity:b' }).nodes).toEqual(['document:p.md', 'entity:a', 'entity:b', 'entity:c', 'entity:d', 'source:https://s.org']);
    expect(shown({ depth: 2, selectedNode: 'entity:b', hiddenEdgeKinds: new Set(['cites', 'mentions']) }).nodes).toEqual(['entity:a', 'entity:b', 'entity:c', 'entity:d']);
    expect(shown({ depth: 1, selectedNode: 'entity:b' }).edges).toEqual(['cooccurs:1', 'cooccurs:2']);
    // No selection: the whole graph, and the page says to select a node.
    expect(shown({ depth: 1 }).nodes).toHaveLength(6);
  });

  it(`${here}should name communities by their top entities, biggest community first`, () => {
    expect(index.communities.map((c) => [c.id, c.size, c.top])).toEqual([[0, 2, ['A', 'B']], [1, 1, ['C']], [2, 1, ['D']]]);
    expect(index.communities[0]!.color).toBe(COMMUNITY_PALETTE[0]);
    const a = graph.getNodeAttributes('entity:a');
    expect(colorOf(a, { colorBy: 'community', sizeBy: 'mentions' }, index)).toBe(COMMUNITY_PALETTE[0]);
    expect(colorOf(a, { colorBy: 'category', sizeBy: 'mentions' }, index)).toBe(CATEGORY_COLORS.person);
  });

  it(`${here}should size by mentions (the file's sizes), PageRank or degree`, () => {
    const [a, d] = [graph.getNodeAttributes('entity:a'), graph.getNodeAttributes('entity:d')];
    expect(sizeOf(a, { colorBy: 'category', sizeBy: 'mentions' }, index)).toBe(9);
    const byRank = (attributes: typeof a) => sizeOf(attributes, { colorBy: 'category', sizeBy: 'pagerank' }, index);
    expect(byRank(a)).toBeGreaterThan(byRank(d));
    expect(byRank(graph.getNodeAttributes('document:p.md'))).toBeCloseTo(28);
  });

  it(`${here}should label the focus and only its biggest neighbours`, () => {
    const visibility = computeVisibility(graph, index, initialState(graph.order));
    const focus = focusOn('entity:b', index, visibility, (node) => graph.getNodeAttribute(node, 'size'));
    expect([...focus.nodes].sort()).toEqual(['entity:a', 'entity:c']);
    expect([...focus.edges].sort()).toEqual(['cooccurs:1', 'cooccurs:2']);
    expect([...focus.labelled].sort()).toEqual(['entity:a', 'entity:b', 'entity:c']);
    const star = new Graph();
    star.addNode('hub', { ...drawable, size: 1 });
    for (let i = 0; i < MAX_FORCED_LABELS + 10; i++) {
      star.addNode(`n${i}`, { ...drawable, size: i });
      star.addEdge('hub', `n${i}`, { kind: 'cooccurs', weight: 1 });
    }
    const starGraph = star as unknown as CitegraphGraph;
    const starIndex = indexGraph(starGraph);
    const starFocus = focusOn('hub', starIndex, computeVisibility(starGraph, starIndex, { ...initialState(star.order), hiddenKinds: new Set() }), (node) => star.getNodeAttribute(node, 'size'));
    expect(starFocus.labelled.size).toBe(MAX_FORCED_LABELS + 1);
    expect(starFocus.labelled.has('n39')).toBe(true);
    expect(starFocus.labelled.has('n0')).toBe(false);
  });

  it(`${here}should count what is shown out of the whole`, () => {
    expect(shownOf(2130, 11835)).toBe('2,130 of 11,835');
    expect(shownOf(31, 31)).toBe('31');
  });
});

describe('evidence in the panel', () => {
  it(`${here}should tell table cells, list items and headings from sentences`, () => {
    for (const cell of ['types (Boxy), lang (Niko Matsakis)', 'Boxy, Noah Lev', 'Rust 2024 Edition', 'Contributor: Abdul Muiz']) expect(isFragment(cell), cell).toBe(true);
    for (const sentence of ['Read Niko Matsakis\'s blog post.', 'Is it stable?', 'He said "ship it."', 'See the list (below).']) expect(isFragment(sentence), sentence).toBe(false);
    expect(isFragment('In a long line without a full stop at its end, which is prose that the extractor cut at a paragraph break')).toBe(false);
  });
});
