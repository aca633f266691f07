/** The input formats citegraph reads (`rst`: reStructuredText). */
export type Format = 'markdown' | 'html' | 'text' | 'rst';

/**
 * What kind of block a piece of prose came from: sentences never cross blocks.
 * An `address` (a plain-text author's address with its e-mail and URI lines,
 * read as one line with commas) is one sentence, however many periods it holds.
 */
export type BlockKind = 'paragraph' | 'heading' | 'item' | 'cell' | 'quote' | 'address';

export interface Span {
  /** Offset of the first character in `Document.text`. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

export interface Block extends Span {
  kind: BlockKind;
  /** For a table cell: the text of its column's header cell (Title, Director, Country…), when the table has one. */
  header?: string;
  /** For a table cell in a row of two cells or more: that row, the context of what the cell says. */
  row?: TableRow;
}

/** A table row as read: each cell's text (whitespace collapsed, long texts cut) and its column's header. */
export interface TableRow {
  /** Which of `cells` the block is (0-based). */
  column: number;
  cells: RowCell[];
}

export interface RowCell {
  header?: string;
  text: string;
}

/**
 * Markup around prose that says what the words are: `emphasis` (`<em>`, `<i>`,
 * Markdown `*…*`) and `cite` (`<cite>`, the title of a work).
 */
export interface Mark extends Span {
  kind: 'emphasis' | 'cite';
}

/** A link whose target is not a web source (`/wiki/Title`, `#section`, `../page.html`): evidence about its text, never a source. */
export interface PageLink extends Span {
  target: string;
}

/** A http(s) link in the prose: `start`/`end` cover its text (for a bare URL, the URL). */
export interface Link extends Span {
  /** The target, as written in the document (not yet normalized). */
  url: string;
  /** The link text as it reads in the prose. */
  text: string;
  /** Whether the text is the URL itself (autolinks and bare URLs). */
  isBare: boolean;
  /** In a block with no text at all (a row of badges under a title): in no sentence, so it cites nothing. */
  isAlone?: true;
}

/**
 * A footnote marker (`<sup><a href="#cite_note-3">[3]</a></sup>`): dropped from the
 * text, it is kept as the offset where it stood and the in-page anchor it points to.
 */
export interface Marker {
  at: number;
  /** The anchor's name, without `#`. */
  target: string;
}

/** An in-page anchor (an element's `id`, `<a name>`) and the offset where its element starts. */
export interface Anchor {
  name: string;
  at: number;
}

/** Text that reads as part of a sentence but is not prose: inline code and bare URLs. */
export interface Verbatim extends Span {
  kind: 'code' | 'url';
}

/** One input, reduced to its prose and the links it holds. */
export interface Document {
  /** The path as given (posix separators), or `-` for stdin. */
  path: string;
  format: Format;
  /** From front matter, `<title>`, or the first top-level heading. */
  title?: string;
  /** From front matter or HTML metadata, as written (usually ISO 8601). */
  date?: string;
  /** Prose only: blocks separated by a blank line, code blocks and front matter removed. */
  text: string;
  blocks: Block[];
  links: Link[];
  verbatim: Verbatim[];
  /** Emphasis and citation markup, sorted by position. */
  marks: Mark[];
  /** Links to pages that are not sources (relative and fragment targets), sorted by position. */
  pageLinks: PageLink[];
  /** Footnote markers and the anchors they point to (HTML only), sorted by position. */
  markers?: Marker[];
  anchors?: Anchor[];
}
