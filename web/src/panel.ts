import type { CitegraphGraph } from '../../src/graph/build.js';
import type { EdgeAttributes, EdgeKind, Evidence, NodeAttributes } from '../../src/graph/schema.js';
import { type Child, element, swatch } from './dom.js';
import { safeHref } from './links.js';

// Long lists (a document naming hundreds of entities) are cut here, saying how many more.
const LIST_LIMIT = 40;

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
  const body = element('div', {}, [
    element('h2', { text: attributes.label }),
    element('p', { className: 'meta' }, [swatch(attributes.color), attributes.kind === 'entity' ? `${attributes.category} entity` : attributes.kind]),
  ]);

  if (attributes.kind === 'entity') {
    const aliases = attributes.aliases.filter((alias) => alias !== attributes.label);
    body.append(
      facts([['Mentions', String(attributes.mentions)], ['Documents', String(attributes.documents)], aliases.length > 0 && ['Aliases', aliases.join(' · ')]]),
      section('Cited with', related('cites', 'out'), (item) => sourceItem(graph, item)),
      section('Named in', related('mentions', 'in'), pick),
      section('Named with', related('cooccurs', 'both'), pick),
    );
  } else if (attributes.kind === 'source') {
    body.append(
      facts([
        ['URL', urlLink(attributes.url, attributes.url)],
        ['Domain', attributes.domain],
        ['Citations', String(attributes.citations)],
        attributes.anchors.length > 0 && ['Link texts', attributes.anchors.join(' · ')],
      ]),
      section('Entities cited with it', related('cites', 'in'), (item) => element('li', {}, [nodeButton(item.node, item.attributes.label, onPick), ` (${item.edge.weight})`])),
      section('Linked from', related('links', 'in'), pick),
    );
  } else {
    body.append(
      facts([['Path', attributes.path], attributes.title !== undefined && ['Title', attributes.title], attributes.date !== undefined && ['Date', attributes.date]]),
      section('Entities named', related('mentions', 'out'), (item) => element('li', {}, [nodeButton(item.node, item.attributes.label, onPick), ` (${item.edge.weight})`])),
      section('Sources linked', related('links', 'out'), pick),
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

function section(title: string, items: readonly Related[], render: (item: Related) => HTMLElement): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (items.length === 0) return fragment;
  const list = element('ul');
  for (const item of items.slice(0, LIST_LIMIT)) {
    const rendered = render(item);
    list.append(rendered instanceof HTMLLIElement ? rendered : element('li', {}, [rendered]));
  }
  if (items.length > LIST_LIMIT) list.append(element('li', { className: 'more', text: `and ${items.length - LIST_LIMIT} more` }));
  fragment.append(element('h3', { text: `${title} (${items.length})` }), list);
  return fragment;
}

/** A source an entity is cited with: its link, then the sentences that cite it. */
function sourceItem(graph: CitegraphGraph, item: Related): HTMLLIElement {
  const evidence = item.edge.kind === 'cites' ? item.edge.evidence : [];
  const url = item.attributes.kind === 'source' ? item.attributes.url : '';
  return element('li', {}, [
    urlLink(url, item.attributes.label),
    ` (${item.edge.weight} sentence${item.edge.weight === 1 ? '' : 's'})`,
    evidence.length > 0 && element('ul', { className: 'evidence' }, evidence.map((quote) => evidenceItem(graph, quote))),
  ]);
}

function evidenceItem(graph: CitegraphGraph, evidence: Evidence): HTMLLIElement {
  const documentKey = `document:${evidence.document}`;
  const documentLabel = graph.hasNode(documentKey) ? graph.getNodeAttribute(documentKey, 'label') : evidence.document;
  return element('li', {}, [element('q', { text: evidence.sentence }), element('cite', { text: documentLabel })]);
}

/** A link for http(s) URLs; anything else (javascript:, data:, …) stays plain text. */
function urlLink(url: string, text: string): HTMLElement {
  const href = safeHref(url);
  if (href === undefined) return element('span', { text, title: 'not an http(s) URL: not a link' });
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
