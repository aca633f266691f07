import { createRequire } from 'node:module';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { hasChildren, isTag, isText, Text } from 'domhandler';
import { findAll, findOne, getOuterHTML, removeElement, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { ProseBuilder } from './prose.js';
import { tableRow } from './rows.js';
import type { BlockKind, Document, TableRow } from './types.js';

/** Elements whose content is never prose: page chrome, code, embedded media, forms. */
const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'video', 'audio',
  'picture', 'pre', 'nav', 'footer', 'form', 'button', 'select', 'textarea', 'input', 'label',
]);
const CODE = new Set(['code', 'kbd', 'samp', 'var', 'tt']);
// DocBook's (and GTK-Doc's) spans for code: <span class="symbol">ConnectionFlags</span>, <span class="structname">, <span class="function">.
const CODE_SPAN = /^(?:symbol|function|structname|structfield|varname|parameter|constant|returnvalue|errorname|errorcode|methodname|classname|interfacename|envar|replaceable)$/;
const FOOTNOTE_MARKER = /^\s*\[?(?:\d{1,3}|[a-z]|note \d+|citation needed)\]?(?:\s*,\s*\[?\d{1,3}\]?)*\s*$/i;
const BLOCK_KINDS = new Map<string, BlockKind>([
  ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => [tag, 'heading'] as const),
  ...['li', 'dt', 'dd'].map((tag) => [tag, 'item'] as const),
  ...['td', 'th', 'caption'].map((tag) => [tag, 'cell'] as const),
  ['blockquote', 'quote'],
  ...['p', 'div', 'section', 'article', 'main', 'header', 'aside', 'figure', 'figcaption', 'address', 'details', 'summary',
    'ul', 'ol', 'dl', 'table', 'tr', 'thead', 'tbody', 'tfoot', 'body', 'hr'].map((tag) => [tag, 'paragraph'] as const),
]);

/** Walks parsed HTML into a prose builder; also used for raw HTML inside Markdown. */
export function walkHtml(nodes: readonly AnyNode[], prose: ProseBuilder, context: BlockKind = 'paragraph'): void {
  for (const node of nodes) {
    if (isText(node)) prose.text(node.data);
    else if (isTag(node)) walkElement(node, prose, context);
  }
}

function walkElement(element: Element, prose: ProseBuilder, context: BlockKind): void {
  const tag = element.name;
  if (SKIPPED.has(tag) || element.attribs.hidden !== undefined || isChrome(element)) return;
  if (tag === 'br') return prose.lineBreak();
  const anchor = element.attribs.id ?? (tag === 'a' ? element.attribs.name : undefined);
  if (anchor !== undefined) prose.anchor(anchor);
  if (CODE.has(tag) || (tag === 'span' && element.attribs.class !== undefined && CODE_SPAN.test(element.attribs.class))) return prose.code(textContent(element));
  // Footnote markers (<sup>7</sup>, <sup>[1]</sup>) would glue to the word before them: "DCO7". They are
  // kept aside, with the anchor of the note they point to, so that the sentence cites the note's links.
  if (tag === 'sup' && FOOTNOTE_MARKER.test(textContent(element))) {
    for (const link of findAll((e) => e.name === 'a' && (e.attribs.href ?? '').startsWith('#'), element.children)) prose.marker(link.attribs.href!.slice(1));
    return;
  }
  // A marker that is itself the link (Sphinx's `<a href="#id3">[1]</a>`, Pandoc's `<a href="#fn1"><sup>1</sup></a>`).
  if (tag === 'a' && (element.attribs.href ?? '').startsWith('#') && FOOTNOTE_MARKER.test(textContent(element))) return prose.marker(element.attribs.href!.slice(1));
  if (tag === 'a' && element.attribs.href !== undefined) {
    prose.openLink(element.attribs.href);
    walkHtml(element.children, prose, context);
    return prose.closeLink();
  }
  const mark = MARKS.get(tag);
  if (mark !== undefined) {
    prose.openMark(mark);
    walkHtml(element.children, prose, context);
    return prose.closeMark();
  }
  const kind = BLOCK_KINDS.get(tag);
  if (kind === undefined) return walkHtml(element.children, prose, context);
  // A paragraph inside a list item or a table cell still belongs to that item.
  const inner = kind === 'paragraph' && context !== 'paragraph' ? context : kind;
  // A paragraph inside a cell (`<td><p>boto</p></td>`, as Sphinx writes tables) is read under the cell's column header.
  const cell = tag === 'td' || tag === 'th' ? element : inner === 'cell' ? findAncestor(element, 'td') ?? findAncestor(element, 'th') : undefined;
  prose.openBlock(inner, cell && columnHeader(cell), cell && rowOf(cell));
  walkHtml(element.children, prose, inner);
  prose.closeBlock();
}

// Page chrome inside the content: navigation by role, and the parts that sites mark by class or id —
// edit links, navigation boxes, table of contents, category links, footnote back-links, skip links,
// the permalink sign after a heading (Sphinx and MkDocs "headerlink": "For More Information¶"),
// rustdoc's "Run" links to the playground on each example ("test-arrow"), its "Expand description"
// toggle ("hideme") and the release and source links beside each item and the page's title ("rightside", "out-of-band").
const CHROME_ROLES = new Set(['navigation', 'search', 'banner', 'contentinfo', 'complementary', 'menu', 'menubar', 'toolbar']);
const CHROME_NAMES = /(?:^|\s)(?:mw-editsection|navbox|vertical-navbox|navbar|catlinks|printfooter|mw-jump-link|jump-to-nav|mw-cite-backlink|noprint|toc|siteSub|contentSub|sitenotice|mw-indicators|headerlink|breadcrumbs?|skip-link|share-buttons?|social-share|cookie-banner|related-posts|table-of-contents|theme-doc-toc-(?:desktop|mobile)|theme-doc-version-banner|theme-edit-this-page|theme-last-updated|edit-this-page|editthispage|md-source-file|version-switcher|rst-versions|test-arrow|hideme|rightside|out-of-band)(?:\s|$)/i;

// A page's "last updated" line and its meta links, by any generator's class for them: Docsy's td-page-meta__lastmod,
// Docusaurus's lastUpdated, Sphinx themes' last-updated (they name the page's history, not what it says).
const PAGE_META_NAMES = /(?:^|\s)[\w-]*(?:lastmod|last-?updated|last-?modified|page-meta)[\w-]*(?:\s|$)/i;

// Documentation generators' edit links ("Edit this page", "Edit on GitHub", mdBook's and MkDocs's pencil, Furo's
// "View this page"): a link to the page's source in a forge's editor, or one that says it is for editing or
// viewing the page's source, is the site's, not the page's.
const EDIT_LINK_URL = /^https?:\/\/[^/]+\/[^?#]*\/(?:-\/)?edit\/[^?#]+\.(?:md|mdx|markdown|rst|txt|adoc|ipynb|html?)(?:[?#]|$)/i;
const EDIT_LINK_TEXT = /^\s*(?:edit|suggest an edit|edit (?:this page|on github|on gitlab|page)(?: on github| on gitlab)?|improve this (?:page|doc)|view (?:this page|page source|source)(?: on github| on gitlab)?|show source)\s*$/i;

// A link that says it is a tag of the page (`rel="tag"`, WordPress's `rel="category tag"`) files the page
// under a topic: the category list above or below a post, never a source the post cites.
const TAXONOMY_REL = /(?:^|\s)tag(?:\s|$)/i;

function isChrome(element: Element): boolean {
  const { role, id, class: className, rel } = element.attribs;
  if (role !== undefined && CHROME_ROLES.has(role)) return true;
  if (rel !== undefined && element.name === 'a' && TAXONOMY_REL.test(rel)) return true;
  if (element.name === 'a' && isEditLink(element)) return true;
  return (id !== undefined && CHROME_NAMES.test(id)) || (className !== undefined && (CHROME_NAMES.test(className) || PAGE_META_NAMES.test(className)));
}

// MediaWiki's link to edit a section, on every skin and however it is addressed ("[edit]" on the desktop, the mobile site's "Edit" after the heading's words).
const SECTION_EDIT_TITLE = /^Edit section:/;

function isEditLink(link: Element): boolean {
  const { href, title } = link.attribs;
  if (title !== undefined && SECTION_EDIT_TITLE.test(title)) return true;
  if (href === undefined || !/^https?:/i.test(href)) return false;
  return EDIT_LINK_URL.test(href) || EDIT_LINK_TEXT.test(title ?? '') || EDIT_LINK_TEXT.test(textContent(link));
}

// Markup that says what its words are: emphasis (titles of works are set in italics) and citations.
const MARKS = new Map<string, 'emphasis' | 'cite'>([['em', 'emphasis'], ['i', 'emphasis'], ['cite', 'cite']]);

const cellsOf = (row: Element) => row.children.filter((c): c is Element => isTag(c) && (c.name === 'td' || c.name === 'th'));

/** The header text of a body cell's column: from the table's first row when that row is all `<th>`. */
function columnHeader(cell: Element): string | undefined {
  const row = cell.parent;
  if (!row || !isTag(row) || row.name !== 'tr') return undefined;
  const table = findAncestor(row, 'table');
  const headerRow = table && findOne((e) => e.name === 'tr', [table]);
  if (!headerRow || headerRow === row) return undefined;
  const headers = cellsOf(headerRow);
  if (headers.length === 0 || headers.some((h) => h.name !== 'th')) return undefined;
  let column = 0;
  for (const sibling of cellsOf(row)) {
    if (sibling === cell) break;
    column += Math.max(1, Number(sibling.attribs.colspan) || 1);
  }
  let at = 0;
  for (const header of headers) {
    at += Math.max(1, Number(header.attribs.colspan) || 1);
    if (column < at) return textContent(header).replace(/\s+/g, ' ').trim() || undefined;
  }
  return undefined;
}

/** A cell's row, each cell with its column's header, for context. */
function rowOf(cell: Element): TableRow | undefined {
  const row = cell.parent;
  if (!row || !isTag(row) || row.name !== 'tr') return undefined;
  const cells = cellsOf(row);
  return tableRow(cells.map((other) => ({ text: cellWords(other), header: columnHeader(other) })), cells.indexOf(cell));
}

/** A cell's words as they read: a line break or a block inside it separates words; what the reader skips (scripts, media, forms) is left out. */
function cellWords(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || SKIPPED.has(node.name)) return '';
  if (node.name === 'br') return ' ';
  const words = node.children.map(cellWords).join('');
  return BLOCK_KINDS.has(node.name) ? ` ${words} ` : words;
}

function findAncestor(node: Element, name: string): Element | undefined {
  for (let parent = node.parent; parent; parent = parent.parent) if (isTag(parent) && parent.name === name) return parent;
  return undefined;
}

const PARSER_OPTIONS = { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true };

/**
 * Elements nested deeper than this read as plain text: their links and blocks are
 * lost, their words kept. The walkers recurse once per level, and about 2,500
 * levels (`'<div>'.repeat(3000)`) overflowed Node's stack.
 */
export const MAX_HTML_DEPTH = 256;

/** The warning for a document whose HTML was cut at `MAX_HTML_DEPTH`. */
export const deepHtmlWarning = (path: string) => `${path}: HTML nested deeper than ${MAX_HTML_DEPTH} elements; the deeper part is read as plain text`;

/** Parses HTML, with every element at `MAX_HTML_DEPTH` reduced to its text; `isCut` says whether any was. */
export function parseHtml(source: string): { nodes: AnyNode[]; isCut: boolean } {
  const dom = parseDocument(source, PARSER_OPTIONS);
  let isCut = false;
  const pending: [ParentNode, number][] = [[dom, 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [parent, depth] = next;
    for (const child of parent.children) {
      if (!hasChildren(child)) continue;
      if (depth + 1 < MAX_HTML_DEPTH) pending.push([child, depth + 1]);
      else {
        flatten(child);
        isCut = true;
      }
    }
  }
  return { nodes: dom.children, isCut };
}

/** Replaces the children of `parent` by one text node holding their prose, gathered without recursion. */
function flatten(parent: ParentNode): void {
  const words: string[] = [];
  const pending: AnyNode[] = [...parent.children].reverse();
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (isText(node)) words.push(node.data);
    else if (hasChildren(node) && !(isTag(node) && SKIPPED.has(node.name))) pending.push(...[...node.children].reverse());
  }
  const text = new Text(words.join(' '));
  text.parent = parent;
  parent.children = [text];
}

/**
 * Reads an HTML page: its story as Mozilla's Readability finds it among the page's headers, menus,
 * sidebars, related links and footers, without page chrome; its title and date. When Readability
 * finds no story, and for a fragment (no `<body>`, as rendered Markdown), the prose of its `<main>`
 * or `role="main"` (its `<article>` when it holds just one), else of its `<article>`, else all of it.
 */
export function readHtml(source: string, path: string, onWarning?: (message: string) => void): Document {
  const { nodes, isCut } = parseHtml(source);
  if (isCut) onWarning?.(deepHtmlWarning(path));
  const isPage = findOne((e) => e.name === 'body', nodes) !== null;
  // What citegraph knows to be chrome goes first: Readability rewrites some elements (a <div> of
  // text becomes a <p>) and loses the ids and roles that mark them. So do scripts (but the JSON-LD
  // that names the author), styles and drawings, which only cost time to parse again.
  if (isPage) for (const element of findAll(isLeftOutOfStory, nodes)) removeElement(element);
  const main = findOne((e) => e.name === 'main', nodes) ?? findOne((e) => e.attribs.role === 'main', nodes);
  const story = isPage ? readableStory(nodes, main) : undefined;
  if (story) return describe(nodes, story, path);
  const root = (main && onlyArticle(main)) ?? main ?? findOne((e) => e.name === 'article', nodes);
  return describe(nodes, root ? [...bylineOutside(root, nodes), root] : nodes, path);
}

/**
 * Parts larger than this (in characters of markup, without scripts and styles) are reference pages,
 * books and specifications rather than stories among chrome (2 of the 181 news pages of the article
 * extraction benchmark are larger, with no loss when read by their markup). Readability's time grows
 * faster than their size (9 s for the 4 MB Rust Reference against 1.6 s without), so they are read
 * by their markup.
 */
const MAX_READABLE_PAGE = 200_000;

// Loaded with the first page that needs them: Markdown and text runs never pay for them.
let readability: { parseHTML: (html: string) => { document: { documentElement: unknown } }; Readability: new (document: unknown, options: object) => { parse(): { content?: string | null; byline?: string | null; title?: string | null } | null } } | undefined;

/**
 * The story of a page as Readability (over linkedom's DOM) finds it, with its byline; undefined when
 * it finds none. `page` has lost its chrome already. Class names are kept, so that chrome inside
 * the story (edit links, share buttons) is still left out as on any other page.
 */
function readableStory(page: AnyNode[], main: Element | null): AnyNode[] | undefined {
  const require = createRequire(import.meta.url);
  readability ??= { parseHTML: require('linkedom').parseHTML, Readability: require('@mozilla/readability').Readability };
  // A page that marks its main part keeps its chrome outside it: Readability looks inside only.
  const head = findOne((e) => e.name === 'head', page);
  const html = main ? `<html>${head ? getOuterHTML(head) : ''}<body>${getOuterHTML(main)}</body></html>` : getOuterHTML(page);
  if (html.length > MAX_READABLE_PAGE) return undefined;
  const { document } = readability.parseHTML(html);
  // Markup that is no page once its chrome is gone (its <body> was inside a <template>) has no root element for Readability.
  if (!document.documentElement) return undefined;
  // An encyclopedia links a good share of its prose's words ("Tiro appears in [Steven Saylor]'s [Roma Sub Rosa] …"): Readability's
  // default drops a block whose text is over 20% link text as "a little linky"; at 40% it keeps such prose and still drops lists of links.
  const article = new readability.Readability(document, { keepClasses: true, linkDensityModifier: 0.2 }).parse();
  if (!article?.content) return undefined;
  const found = parseHtml(article.content).nodes;
  if (textContent(found).trim() === '') return undefined;
  const story = quoteContainerOf(found, page) ?? found;
  return [...titleHeadingOf(article.title?.trim() ?? '', story, page), ...bylineOf(article.byline?.trim() ?? '', story, page), ...story];
}

const collapsed = (nodes: AnyNode | AnyNode[]) => textContent(nodes).replace(/\s+/g, ' ').trim();

/**
 * Where Readability took a block quote for the story (a statement or speech quoted whole after "The Minister said:"),
 * the story is what holds the quote: the words that introduce it, and whatever the page sets beside it there.
 */
function quoteContainerOf(story: AnyNode[], page: AnyNode[]): AnyNode[] | undefined {
  const text = collapsed(story);
  const quote = findOne((e) => e.name === 'blockquote' && collapsed(e) === text, page);
  if (!quote || !isTag(quote.parent!) || quote.parent.name === 'body' || collapsed(quote.parent) === text) return undefined;
  return [quote.parent];
}

/**
 * The post's title heading, where Readability took it out of the story as a copy of the page's title and it links
 * somewhere (a blog's title is a link to the post's own page): the heading is the story's, its link a source as any.
 */
function titleHeadingOf(title: string, story: AnyNode[], page: AnyNode[]): Element[] {
  if (title === '') return [];
  const heading = findOne((e) => (e.name === 'h1' || e.name === 'h2') && isTitleCopy(textContent(e), title) && findOne(isWebLink, e.children) !== null, page);
  if (!heading) return [];
  const text = textContent(heading).trim();
  return findOne((e) => /^h[1-6]$/.test(e.name) && textContent(e).trim() === text, story) ? [] : [heading];
}

const isTitleCopy = (text: string, title: string) => text.trim().length > 3 && title.includes(text.trim());
const isWebLink = (e: Element) => e.name === 'a' && /^https?:\/\//i.test(e.attribs.href ?? '');

/**
 * The byline Readability took out of the story (it reports it as text), as the page writes it: the
 * element around the author's link (`By <a rel="author">…</a>`, `by <a href="/author/…">Name</a>`,
 * the longest link the byline holds), so that the author is named and cited with their page.
 */
function bylineOf(byline: string, story: AnyNode[], page: AnyNode[]): Element[] {
  if (findOne(isAuthorLink, story)) return [];
  let link = findOne(isAuthorLink, page);
  if (!link && byline !== '') {
    for (const candidate of findAll((e) => e.name === 'a', page)) {
      const name = textContent(candidate).trim();
      if (name.length > 2 && byline.includes(name) && name.length > (link ? textContent(link).trim().length : 0)) link = candidate;
    }
  }
  if (!link || !isTag(link.parent!)) return [];
  const name = textContent(link).trim();
  return findOne((e) => e.name === 'a' && textContent(e).trim() === name, story) ? [] : [link.parent];
}

const NEVER_STORY = new Set(['nav', 'footer', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object']);
const isLeftOutOfStory = (e: Element) =>
  NEVER_STORY.has(e.name) || (e.name === 'script' && e.attribs.type !== 'application/ld+json') || e.attribs.hidden !== undefined || isChrome(e);
const isAuthorLink = (e: Element) => e.name === 'a' && /(?:^|\s)author(?:\s|$)/.test(e.attribs.rel ?? '');

/** The byline (`By <a rel="author">…</a>`) when the page sets it above its content: it names and links the author. */
function bylineOutside(root: Element, nodes: AnyNode[]): Element[] {
  const author = findOne(isAuthorLink, nodes);
  if (!author || !isTag(author.parent!) || isInside(author, root)) return [];
  return [author.parent];
}

function isInside(node: AnyNode, ancestor: Element): boolean {
  for (let parent = node.parent; parent; parent = parent.parent) if (parent === ancestor) return true;
  return false;
}

/**
 * The one `<article>` of a page's main part, when it has exactly one: what surrounds it there
 * (related posts, calls to donate, newsletter forms) is the site's, not the story's.
 */
function onlyArticle(main: Element): Element | undefined {
  const articles = findAll((e) => e.name === 'article', main.children);
  return articles.length === 1 ? articles[0] : undefined;
}

/** Reads HTML that is all content (rendered Markdown): everything is prose, the first `<h1>` is the title. */
export function readHtmlFragment(html: string, path: string, onWarning?: (message: string) => void): Document {
  const { nodes, isCut } = parseHtml(html);
  if (isCut) onWarning?.(deepHtmlWarning(path));
  return describe(nodes, nodes, path);
}

function describe(page: AnyNode[], content: AnyNode[], path: string): Document {
  const prose = new ProseBuilder();
  walkHtml(content, prose);
  const document: Document = { path, format: 'html', ...prose.build() };
  const title = htmlTitle(page);
  if (title) document.title = title;
  const date = htmlDate(page);
  if (date) document.date = date;
  return document;
}

function htmlTitle(nodes: AnyNode[]): string | undefined {
  const meta = findOne((e) => e.name === 'meta' && e.attribs.property === 'og:title', nodes)?.attribs.content;
  const element = findOne((e) => e.name === 'title', nodes) ?? findOne((e) => e.name === 'h1', nodes);
  const title = (element ? textContent(element) : meta ?? '').replace(/\s+/g, ' ').trim();
  return title === '' ? undefined : title;
}

function htmlDate(nodes: AnyNode[]): string | undefined {
  const names = ['article:published_time', 'date', 'dc.date', 'pubdate'];
  const meta = findOne((e) => e.name === 'meta' && names.includes((e.attribs.property ?? e.attribs.name ?? '').toLowerCase()), nodes);
  const time = findOne((e) => e.name === 'time' && e.attribs.datetime !== undefined, nodes);
  const date = (meta?.attribs.content ?? time?.attribs.datetime ?? '').trim();
  return date === '' ? undefined : date;
}
