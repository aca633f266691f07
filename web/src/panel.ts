import type { CitegraphGraph } from '../../src/graph/build.js';
import type { EdgeAttributes, EdgeKind, NodeAttributes } from '../../src/graph/schema.js';
import type { TableRow } from '../../src/read/types.js';
import { type Child, element, swatch } from './dom.js';
import { safeHref } from './links.js';

/** Every word the panel shows, in one place. */
const TEXT = {
  entity: (category: string) => `${category} entity`,
  mentions: 'Mentions',
  documents: 'Documents',
  aliases: 'Aliases',
  citedWith: 'Cited with',
  citedWithCount: (sources: number, sentences: number) => `${sources} source${sources === 1 ? '' : 's'}, in ${sentences} quoted sentence${sentences === 1 ? '' : 's'}`,
  namedIn: 'Named in',
  namedWith: 'Named with',
  url: 'URL',
  domain: 'Domain',
  citations: 'Citations',
  linkTexts: 'Link texts',
  entitiesCitedWith: 'Entities cited with it',
  linkedFrom: 'Linked from',
  path: 'Path',
  title: 'Title',
  date: 'Date',
  entitiesNamed: 'Entities named',
  sourcesLinked: 'Sources linked',
  showAll: (count: number) => `Show all ${count}`,
  notALink: 'not an http(s) URL: not a link',
  cell: 'a table cell, list item or heading (the graph keeps this text, not its row)',
  row: 'a table cell; its row:',
  moreRows: (count: number) => `and ${count} more row${count === 1 ? '' : 's'} with this cell`,
  column: (index: number) => `column ${index + 1}`,
} as const;

// Long lists (a document naming hundreds of entities) show this many first, then a "show all" button.
const LIST_LIMIT = 10;
const QUOTE_LIMIT = 6;
// A cell quoted from many rows (a name down a table) shows the first few.
const ROW_LIMIT = 3;
// Evidence this short without a sentence's end is a table cell, a list item or a heading, not prose.
const MAX_FRAGMENT_WORDS = 15;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

interface Related {
  node: string;
  attributes: NodeAttributes;
  edge: EdgeAttributes;
}

/**
 * The side panel's content for one node. Every string from the graph is set as
 * text; only http(s) URLs become links, and those open without an opener or referrer.
 */
export function renderPanel(graph: CitegraphGraph, node: string, onPick: (node: string) => void): HTMLElement {
  const attributes = graph.getNodeAttributes(node);
  const related = (kind: EdgeKind, direction: 'in' | 'out' | 'both') => relatedNodes(graph, node, kind, direction);
  const pick = (item: Related) => nodeButton(item.node, item.attributes.label, onPick);
  const pickWithWeight = (item: Related) => element('li', {}, [nodeButton(item.node, item.attributes.label, onPick), ` (${item.edge.weight})`]);
  const body = element('div', {}, [
    element('h2', { text: attributes.label }),
    element('p', { className: 'meta' }, [swatch(attributes.color), attributes.kind === 'entity' ? TEXT.entity(attributes.category) : attributes.kind]),
  ]);

  if (attributes.kind === 'entity') {
    const aliases = attributes.aliases.filter((alias) => alias !== attributes.label);
    body.append(
      facts([[TEXT.mentions, String(attributes.mentions)], [TEXT.documents, String(attributes.documents)], aliases.length > 0 && [TEXT.aliases, aliases.join(' · ')]]),
      citedWith(graph, related('cites', 'out')),
      section(TEXT.namedIn, related('mentions', 'in'), pick),
      section(TEXT.namedWith, related('cooccurs', 'both'), pick),
    );
  } else if (attributes.kind === 'source') {
    body.append(
      facts([
        [TEXT.url, urlLink(attributes.url, attributes.url)],
        [TEXT.domain, attributes.domain],
        [TEXT.citations, String(attributes.citations)],
        attributes.anchors.length > 0 && [TEXT.linkTexts, attributes.anchors.join(' · ')],
      ]),
      section(TEXT.entitiesCitedWith, related('cites', 'in'), pickWithWeight),
      section(TEXT.linkedFrom, related('links', 'in'), pick),
    );
  } else {
    body.append(
      facts([[TEXT.path, attributes.path], attributes.title !== undefined && [TEXT.title, attributes.title], attributes.date !== undefined && [TEXT.date, attributes.date]]),
      section(TEXT.entitiesNamed, related('mentions', 'out'), pickWithWeight),
      section(TEXT.sourcesLinked, related('links', 'out'), pick),
    );
  }
  return body;
}

/** Neighbours through edges of one kind, most weighty first. */
function relatedNodes(graph: CitegraphGraph, node: string, kind: EdgeKind, direction: 'in' | 'out' | 'both'): Related[] {
  const found: Related[] = [];
  const visit = (_edge: string, edge: EdgeAttributes, source: string, target: string) => {
    if (edge.kind !== kind) return;
    const other = source === node ? target : source;
    found.push({ node: other, attributes: graph.getNodeAttributes(other), edge });
  };
  if (direction === 'in') graph.forEachInEdge(node, visit);
  else if (direction === 'out') graph.forEachOutEdge(node, visit);
  else graph.forEachEdge(node, visit);
  return found.sort((a, b) => b.edge.weight - a.edge.weight || a.attributes.label.localeCompare(b.attributes.label));
}

function facts(rows: readonly (readonly [string, Child] | false)[]): HTMLDListElement {
  const list = element('dl');
  for (const row of rows) if (row) list.append(element('dt', { text: row[0] }), element('dd', {}, [row[1]]));
  return list;
}

/** A titled list of the first few items, and a button that shows the rest. */
function cappedList<T>(title: string, items: readonly T[], render: (item: T) => HTMLElement, limit: number, className?: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (items.length === 0) return fragment;
  const list = element('ul', className ? { className } : {});
  const append = (from: number, to: number) => {
    for (const item of items.slice(from, to)) {
      const rendered = render(item);
      list.append(rendered instanceof HTMLLIElement ? rendered : element('li', {}, [rendered]));
    }
  };
  append(0, limit);
  fragment.append(element('h3', { text: title }), list);
  if (items.length > limit) {
    const more = element('button', { className: 'show-all', text: TEXT.showAll(items.length) });
    more.type = 'button';
    more.addEventListener('click', () => {
      append(limit, items.length);
      more.remove();
    });
    fragment.append(more);
  }
  return fragment;
}

function section(title: string, items: readonly Related[], render: (item: Related) => HTMLElement): DocumentFragment {
  return cappedList(`${title} (${items.length})`, items, render, LIST_LIMIT);
}

interface Quote {
  sentence: string;
  /** The documents it is in (a sentence repeated across posts is quoted once). */
  documents: string[];
  sources: Related[];
  /** The table rows it is a cell of, each once. */
  rows: Map<string, TableRow>;
}

/**
 * The sources an entity is cited with, by sentence: each quoted sentence once
 * (with the documents it is in), then the links it holds.
 */
function citedWith(graph: CitegraphGraph, items: readonly Related[]): DocumentFragment {
  const quotes = new Map<string, Quote>();
  for (const item of items) {
    if (item.edge.kind !== 'cites') continue;
    for (const evidence of item.edge.evidence) {
      const quote: Quote = quotes.get(evidence.sentence) ?? { sentence: evidence.sentence, documents: [], sources: [], rows: new Map() };
      if (!quote.documents.includes(evidence.document)) quote.documents.push(evidence.document);
      if (evidence.row) quote.rows.set(JSON.stringify(evidence.row), evidence.row);
      if (!quote.sources.includes(item)) quote.sources.push(item);
      quotes.set(evidence.sentence, quote);
    }
  }
  // Prose first (table cells with many links would push it down), then the sentences with the most links.
  const ordered = [...quotes.values()].sort((a, b) => Number(isFragment(a.sentence)) - Number(isFragment(b.sentence)) || b.sources.length - a.sources.length);
  const title = `${TEXT.citedWith} (${TEXT.citedWithCount(items.length, ordered.length)})`;
  return cappedList(title, ordered, (quote) => quoteItem(graph, quote), QUOTE_LIMIT, 'evidence');
}

function quoteItem(graph: CitegraphGraph, quote: Quote): HTMLLIElement {
  const { sentence, documents, sources, rows } = quote;
  const documentLabel = (path: string) => (graph.hasNode(`document:${path}`) ? graph.getNodeAttribute(`document:${path}`, 'label') : path);
  const shownRows = [...rows.values()].slice(0, ROW_LIMIT);
  return element('li', {}, [
    element('q', { text: sentence }),
    rows.size > 0 && element('span', { className: 'cell', text: TEXT.row }),
    ...shownRows.map(rowContext),
    rows.size > ROW_LIMIT && element('span', { className: 'cell', text: TEXT.moreRows(rows.size - ROW_LIMIT) }),
    rows.size === 0 && isFragment(sentence) && element('span', { className: 'cell', text: TEXT.cell }),
    element('cite', { text: documents.map(documentLabel).join(' · ') }),
    element(
      'ul',
      { className: 'links' },
      sources.map((source) => element('li', {}, [urlLink(source.attributes.kind === 'source' ? source.attributes.url : '', source.attributes.label)])),
    ),
  ]);
}

/** A table row as the context of one of its cells: each cell under its column's header, the quoted one marked. */
function rowContext(row: TableRow): HTMLDListElement {
  const list = element('dl', { className: 'row' });
  row.cells.forEach((cell, index) => {
    const value = element('dd', { text: cell.text });
    if (index === row.column) value.className = 'quoted';
    list.append(element('dt', { text: cell.header ?? TEXT.column(index) }), value);
  });
  return list;
}

/** Evidence that is not prose: short, and without a sentence's end. */
export function isFragment(sentence: string): boolean {
  const text = sentence.trim();
  return !SENTENCE_END.test(text) && text.split(/\s+/).length <= MAX_FRAGMENT_WORDS;
}

/** A link for http(s) URLs; anything else (javascript:, data:, …) stays plain text. */
function urlLink(url: string, text: string): HTMLElement {
  const href = safeHref(url);
  if (href === undefined) return element('span', { text, title: TEXT.notALink });
  const link = element('a', { text, title: href });
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener noreferrer';
  return link;
}

function nodeButton(node: string, label: string, onPick: (node: string) => void): HTMLButtonElement {
  const button = element('button', { className: 'node-link', text: label });
  button.type = 'button';
  button.addEventListener('click', () => onPick(node));
  return button;
}
