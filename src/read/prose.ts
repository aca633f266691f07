import type { Anchor, Block, BlockKind, Document, Link, Mark, Marker, PageLink, TableRow, Verbatim } from './types.js';
import { findBareUrls, webUrlOf } from './urls.js';

type Prose = Pick<Document, 'text' | 'blocks' | 'links' | 'verbatim' | 'marks' | 'pageLinks' | 'markers' | 'anchors'>;

interface LinkSpan {
  url: string;
  start: number;
  end: number;
  isAlone?: true;
}

const BLOCK_SEPARATOR = '\n\n';
// Whitespace that is not a single space: a space beside another, or any other whitespace character.
const SPACE_TO_COLLAPSE = /[^\S ]| {2}/;

const withoutScheme = (url: string) => url.trim().replace(/^https?:\/\//i, '').replace(/\/$/, '');
const byPosition = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || a.end - b.end;

/**
 * Accumulates the prose of one document as a reader walks its syntax tree:
 * whitespace collapsed, one block per paragraph, heading, list item or table
 * cell, with the offsets of links and verbatim spans in the final text.
 */
export class ProseBuilder {
  // NOTE: pieces are joined once in build(); slicing a growing string per link is quadratic.
  #pieces: string[] = [];
  #length = 0;
  #blockStart = -1;
  #blockKind: BlockKind = 'paragraph';
  #blocks: Block[] = [];
  #links: LinkSpan[] = [];
  #verbatim: Verbatim[] = [];
  #openLinks: LinkSpan[] = [];
  #pageLinks: PageLink[] = [];
  #marks: Mark[] = [];
  #openMarks: Mark[] = [];
  #markers: Marker[] = [];
  #anchors: Anchor[] = [];
  #blockHeader: string | undefined;
  #linksBeforeText: LinkSpan[] = [];
  #blockRow: TableRow | undefined;
  #pendingSpace = false;

  /** Starts a block; an open one is closed first (blocks never nest). A table cell may name its column's header and give its row. */
  openBlock(kind: BlockKind, header?: string, row?: TableRow): void {
    this.closeBlock();
    this.#blockKind = kind;
    this.#blockHeader = header;
    this.#blockRow = row;
  }

  closeBlock(): void {
    // Links closed in a block that got no text (image links): they belong to no sentence.
    if (this.#blockStart < 0) for (const link of this.#linksBeforeText) link.isAlone = true;
    this.#linksBeforeText = [];
    if (this.#blockStart >= 0) {
      const block: Block = { start: this.#blockStart, end: this.#length, kind: this.#blockKind };
      if (this.#blockHeader !== undefined) block.header = this.#blockHeader;
      if (this.#blockRow !== undefined) block.row = this.#blockRow;
      this.#blocks.push(block);
      this.#blockStart = -1;
    }
    this.#pendingSpace = false;
    this.#blockKind = 'paragraph';
    this.#blockHeader = undefined;
    this.#blockRow = undefined;
  }

  /** Opens emphasis or citation markup; the mark covers the prose added until it closes. */
  openMark(kind: Mark['kind']): void {
    this.#flushSpace();
    this.#openMarks.push({ kind, start: this.#length, end: this.#length });
  }

  closeMark(): void {
    const mark = this.#openMarks.pop();
    if (!mark) return;
    mark.start = Math.min(mark.start, this.#length);
    mark.end = this.#length;
    if (mark.end > mark.start) this.#marks.push(mark);
  }

  /** A footnote marker pointing to the in-page anchor `target`, where the prose stands now. */
  marker(target: string): void {
    this.#markers.push({ at: this.#length, target });
  }

  /** An in-page anchor: what follows is where `#name` points. */
  anchor(name: string): void {
    this.#anchors.push({ name, at: this.#length });
  }

  /** Adds prose; `http(s)` and `www.` URLs in it become bare links (unless it is a link's own text). */
  text(value: string): void {
    let last = 0;
    const urls = this.#openLinks.length > 0 ? [] : findBareUrls(value);
    for (const url of urls) {
      this.#append(value.slice(last, url.index));
      this.openLink(url.url);
      this.#append(url.text);
      this.closeLink();
      last = url.lastIndex;
    }
    this.#append(last === 0 ? value : value.slice(last));
  }

  /** Adds inline code: part of the sentence as read, never a name. */
  code(value: string): void {
    const start = this.#append(value);
    if (start < this.#length) this.#verbatim.push({ start, end: this.#length, kind: 'code' });
  }

  /** A break between words that is not a block boundary (soft line break). */
  space(): void {
    this.#pendingSpace = this.#blockStart >= 0;
  }

  /**
   * A hard line break (`<br>`, a Markdown hard break): what follows starts a new
   * line, so a sentence never runs over it ("Alias: all<br>Returns true…").
   */
  lineBreak(): void {
    if (this.#blockStart < 0) return;
    if (this.#openLinks.length > 0) return this.space();
    const kind = this.#blockKind;
    const row = this.#blockRow;
    this.closeBlock();
    this.#blockKind = kind;
    this.#blockRow = row;
  }

  /** Opens a link to any target; only http(s) targets (once unwrapped, see webUrlOf) are kept when it closes. */
  openLink(url: string): void {
    this.#flushSpace();
    this.#openLinks.push({ url: url.trim(), start: this.#length, end: this.#length });
  }

  closeLink(): void {
    const link = this.#openLinks.pop();
    const url = link && webUrlOf(link.url);
    if (link && !url && link.url !== '' && this.#length > link.start) {
      this.#pageLinks.push({ target: link.url, start: Math.min(link.start, this.#length), end: this.#length });
    }
    if (!link || !url) return;
    link.url = url;
    link.start = Math.min(link.start, this.#length);
    link.end = this.#length;
    this.#links.push(link);
    if (this.#blockStart < 0) this.#linksBeforeText.push(link);
  }

  build(): Prose {
    while (this.#openLinks.length > 0) this.closeLink();
    while (this.#openMarks.length > 0) this.closeMark();
    this.closeBlock();
    const text = this.#pieces.join('');
    const links: Link[] = [];
    for (const { url, start, end, isAlone } of this.#links.sort(byPosition)) {
      const linkText = text.slice(start, end);
      // Autolinks and bare URLs read as their own target: not prose. A link whose text is
      // just a domain name ([crates.io](https://crates.io)) names a site and stays prose.
      const isBare = linkText !== '' && withoutScheme(linkText) === withoutScheme(url) && /:\/\/|^www\.|\//i.test(linkText);
      if (isBare) this.#verbatim.push({ start, end, kind: 'url' });
      links.push(isAlone ? { url, text: linkText, start, end, isBare, isAlone } : { url, text: linkText, start, end, isBare });
    }
    return {
      text, blocks: this.#blocks, links, verbatim: this.#verbatim.sort(byPosition),
      marks: this.#marks.sort(byPosition), pageLinks: this.#pageLinks.sort(byPosition),
      ...(this.#markers.length > 0 ? { markers: this.#markers, anchors: this.#anchors } : {}),
    };
  }

  /** Appends normalized text and returns the offset where it starts. */
  #append(value: string): number {
    // Only whitespace other than single spaces needs collapsing: most text has none, and is then kept as it is.
    let normalized = SPACE_TO_COLLAPSE.test(value) ? value.replace(/\s+/g, ' ') : value;
    if (normalized.startsWith(' ')) {
      this.#pendingSpace ||= this.#blockStart >= 0;
      normalized = normalized.slice(1);
    }
    if (normalized === '') return this.#length;
    const hasTrailingSpace = normalized.endsWith(' ');
    if (hasTrailingSpace) normalized = normalized.slice(0, -1);
    if (this.#blockStart < 0) {
      this.#linksBeforeText = [];
      if (this.#length > 0) this.#push(BLOCK_SEPARATOR);
      this.#blockStart = this.#length;
      // A link or a mark opened before its block's first character starts with that character.
      for (const link of this.#openLinks) link.start = Math.max(link.start, this.#blockStart);
      for (const mark of this.#openMarks) mark.start = Math.max(mark.start, this.#blockStart);
    } else {
      this.#flushSpace();
    }
    const start = this.#length;
    this.#push(normalized);
    this.#pendingSpace = hasTrailingSpace;
    return start;
  }

  #push(piece: string): void {
    this.#pieces.push(piece);
    this.#length += piece.length;
  }

  #flushSpace(): void {
    if (this.#pendingSpace && this.#blockStart >= 0) this.#push(' ');
    this.#pendingSpace = false;
  }
}
