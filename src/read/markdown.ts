import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import type Token from 'markdown-it/lib/token.mjs';
import { deepHtmlWarning, parseHtml, walkHtml } from './html.js';
import { ProseBuilder } from './prose.js';
import { tableRow } from './rows.js';
import { hasTemplateTags, stripTemplateTags } from './templates.js';
import type { BlockKind, Document, RowCell } from './types.js';

// CommonMark plus GFM tables, strikethrough and footnotes (each footnote becomes a
// block of its own at the end). Bare URLs are found by the prose builder
// (linkify-it), so markdown-it's own linkify stays off.
const markdown = new MarkdownIt({ html: true, linkify: false, typographer: false }).use(footnote);

// An http(s) address of plain characters only: letters, digits and hyphens in a host of labels of at most 63
// characters (255 in all), a port, then only the characters mdurl's encode keeps and valid %XX escapes. markdown-it's
// normalizeLink (mdurl's parse, punycode on the host, format and encode: a sixth of reading the corpus) gives such
// an address back as it was written, so it is passed over (test/read.test.ts compares both over many addresses).
export const PLAIN_WEB_ADDRESS = /^https?:\/\/(?=[A-Za-z0-9.-]{1,255}(?:[:/?#]|$))[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*(?::[0-9]+)?(?:[/?#](?:[A-Za-z0-9;/?:@&=+$,\-_.!~*'()#]|%[0-9A-Fa-f]{2})*)?$/;
const normalizeLink = markdown.normalizeLink.bind(markdown);
markdown.normalizeLink = (url: string) => (PLAIN_WEB_ADDRESS.test(url) ? url : normalizeLink(url));

const CONTAINERS: Readonly<Record<string, BlockKind>> = {
  list_item: 'item',
  th: 'cell',
  td: 'cell',
  blockquote: 'quote',
};
// The same by token type, with and without its `_open` or `_close` (looked up for every token: no string made per token).
const CONTAINER_OF_TYPE = new Map(Object.entries(CONTAINERS).flatMap(([name, kind]) => [name, `${name}_open`, `${name}_close`].map((type) => [type, kind])));

/**
 * Reads Markdown (front matter already removed) by walking markdown-it's token
 * stream; raw HTML (blocks, and inlines that hold tags) goes through the HTML
 * reader's walker so that `<a href>` and `<code>` read as they do in a page.
 */
export function readMarkdown(body: string, path: string, onWarning?: (message: string) => void): Document {
  const tokens = withoutTemplateTags(body);
  const prose = new ProseBuilder();
  let isCut = false;
  const walkRawHtml = (html: string, kind: BlockKind) => {
    const parsed = parseHtml(html);
    isCut ||= parsed.isCut;
    walkHtml(parsed.nodes, prose, kind);
  };
  const containers: BlockKind[] = [];
  let title: string | undefined;
  // GFM tables: the header row's texts, by column, name what the body cells hold.
  const headers: string[] = [];
  let column = 0;
  let isInBody = false;
  let row: RowCell[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const container = CONTAINER_OF_TYPE.get(token.type);
    if (container && token.nesting === 1) containers.push(container);
    if (container && token.nesting === -1) containers.pop();
    const kind = containers.at(-1) ?? 'paragraph';

    if (token.type === 'heading_open') {
      prose.openBlock('heading');
      if (title === undefined && token.tag === 'h1') title = plainText(tokens[i + 1]);
    } else if (token.type === 'th_open' || token.type === 'td_open') {
      if (token.type === 'th_open' && !isInBody) headers.push('');
      prose.openBlock(kind, isInBody ? headers[column] || undefined : undefined, tableRow(row, column));
      column++;
    } else if (token.type === 'tr_open') {
      column = 0;
      row = rowCells(tokens, i, isInBody ? headers : []);
    } else if (token.type === 'thead_open' || token.type === 'tbody_open') {
      isInBody = token.type === 'tbody_open';
      if (!isInBody) headers.length = 0;
    } else if (token.type === 'paragraph_open') {
      prose.openBlock(kind === 'paragraph' && isAllStrong(tokens[i + 1]) ? 'heading' : kind);
    } else if (token.type === 'inline') {
      if (!isInBody && tokens[i - 1]?.type === 'th_open') headers[headers.length - 1] = plainText(token) ?? '';
      walkInline(token.children ?? [], prose, kind, walkRawHtml);
    } else if (token.type === 'html_block') {
      prose.closeBlock();
      walkRawHtml(token.content, kind);
      prose.closeBlock();
    } else if (token.nesting === -1) {
      prose.closeBlock();
    }
  }
  if (isCut) onWarning?.(deepHtmlWarning(path));
  const document: Document = { path, format: 'markdown', ...prose.build() };
  if (title) document.title = title;
  return document;
}

/** markdown-it's tokens for a body, read again without its template tags (templates.ts) when it has any outside code. */
function withoutTemplateTags(body: string): Token[] {
  const tokens = markdown.parse(body, {});
  if (!hasTemplateTags(body)) return tokens;
  const codeLines = tokens.filter((t) => (t.type === 'fence' || t.type === 'code_block') && t.map).map((t) => t.map as [number, number]);
  const stripped = stripTemplateTags(body, codeLines);
  return stripped === body ? tokens : markdown.parse(stripped, {});
}

/** The cells of the row that opens at `tokens[open]`, with their columns' headers. */
function rowCells(tokens: readonly Token[], open: number, headers: readonly string[]): RowCell[] {
  const cells: RowCell[] = [];
  for (let i = open + 1; i < tokens.length && tokens[i]!.type !== 'tr_close'; i++) {
    const token = tokens[i]!;
    if (token.type === 'th_open' || token.type === 'td_open') cells.push({ text: '', header: headers[cells.length] || undefined });
    else if (token.type === 'inline' && cells.length > 0) cells[cells.length - 1]!.text = plainText(token) ?? '';
  }
  return cells;
}

/**
 * A paragraph that is one run of strong emphasis, as READMEs title the groups of a list
 * ("**Classics**", "**Information retrieval & Natural language processing**"): a heading.
 */
function isAllStrong(inline: Token | undefined): boolean {
  const children = (inline?.children ?? []).filter((t) => !(t.type === 'text' && t.content.trim() === ''));
  return children.length > 2 && children[0]!.type === 'strong_open' && children.at(-1)!.type === 'strong_close' &&
    children.filter((t) => t.type === 'strong_open').length === 1;
}

function plainText(inline: Token | undefined): string | undefined {
  const text = (inline?.children ?? [])
    .filter((t) => t.type === 'text' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('')
    .trim();
  return text === '' ? undefined : text;
}

function walkInline(children: Token[], prose: ProseBuilder, kind: BlockKind, walkRawHtml: (html: string, kind: BlockKind) => void): void {
  if (children.some((t) => t.type === 'html_inline')) {
    // Tags can open in one token and close in another: let the HTML parser pair them.
    return walkRawHtml(markdown.renderer.renderInline(children, markdown.options, {}), kind);
  }
  for (const token of children) {
    if (token.type === 'text' || token.type === 'text_special') prose.text(token.content.includes('@') ? withPandocCitations(token.content) : token.content);
    else if (token.type === 'code_inline') prose.code(token.content);
    else if (token.type === 'softbreak') prose.space();
    else if (token.type === 'hardbreak') prose.lineBreak();
    else if (token.type === 'link_open') prose.openLink(token.attrGet('href') ?? '');
    else if (token.type === 'link_close') prose.closeLink();
    else if (token.type === 'em_open') prose.openMark('emphasis');
    else if (token.type === 'em_close') prose.closeMark();
    // images and strong emphasis carry no evidence of their own
  }
}

// Pandoc's citations, as academic Markdown (JOSS papers, R Markdown, Quarto) writes them: a bracket holding keys after "@",
// with words before the first key or not: "Imager [HMI; @schou_design_2012]", "[@a; @b]", "[see @key, p. 3]".
const PANDOC_CITATION = /\[(?:([^\[\]@;]*?);\s*)?(?:see |e\.g\.,? |cf\. )?@[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*(?:[^\[\]]*)\]/gu;

/**
 * Pandoc's citations read as a reader sees the rendered paper: the words before the keys stay, in parentheses, as
 * the paper prints them ("Helioseismic and Magnetic Imager (HMI; Schou et al. 2012)"), and the keys go, being no words
 * (a bibliography outside the document resolves them).
 */
function withPandocCitations(text: string): string {
  return text.replace(PANDOC_CITATION, (_citation, words: string | undefined) => (words?.trim() ? `(${words.trim()})` : ''));
}
