import { ProseBuilder } from './prose.js';
import { tableRow } from './rows.js';
import type { BlockKind, Document, RowCell } from './types.js';
import { findBareUrls } from './urls.js';

/*
 * reStructuredText, the markup of most Python projects' documentation, proposals
 * (numpy's NEPs) and change logs (CHANGES.rst). No well-kept reST parser exists for
 * JavaScript (see the README), so this reads the part of the language that decides
 * what is prose, what is a heading, what is code and where a link points:
 * docutils' "reStructuredText Markup Specification", for that subset.
 */

// A section title's underline or overline, or a transition: one punctuation character repeated.
const ADORNMENT = /^([!-/:-@[-`{-~])\1{2,}\s*$/;
// The border of a simple table: columns of `=` separated by spaces ("=====  ======").
const SIMPLE_TABLE_BORDER = /^=+(?: +=+)+\s*$/;
// The border of a grid table: "+------+-----+", "+======+=====+".
const GRID_TABLE_BORDER = /^\+(?:[-=]+\+)+\s*$/;
const BULLET = /^([-*+•‣⁃])(?: +|$)/;
const ENUMERATOR = /^(?:\d+|#|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+)[.)](?: +|$)|^\((?:\d+|#|[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+)\)(?: +|$)/;
// A field of a field list: ":Author: Jane Doe", ":param x: the input".
const FIELD = /^:((?:[^:\\`\s]|\\.)(?:[^:\\`]|\\.)*):(?:\s+|$)/;
const EXPLICIT = /^\.\.(?:\s|$)/;
const DIRECTIVE = /^\.\.\s+([\w:+.-]+)::(?:\s+(.*))?$/;
const SUBSTITUTION = /^\.\.\s+\|([^|]+)\|\s+([\w:+.-]+)::\s*(.*)$/;
const TARGET = /^\.\.\s+_(`[^`]+`|[^:]+|):(?:\s+(.*))?$/;
const ANONYMOUS_TARGET = /^(?:\.\.\s+__:|__)(?:\s+(.*))?$/;
const FOOTNOTE = /^\.\.\s+\[([^\]\s]+)\](?:\s+(.*))?$/;
// Text that may stand before inline markup, and after it (docutils' inline markup recognition rules).
const MARKUP_OPENS_AFTER = /[\s\-:/'"<([{\u2018\u201c\u00ab]/u;
const MARKUP_CLOSES_BEFORE = /[\s\-.,:;!?\\/'")\]}>\u2019\u201d\u00bb]/u;
// Inline literals and strong emphasis are sought no further than this many characters: an
// unclosed "``" in a long paragraph would otherwise be sought to its end, at every one of them.
const MAX_INLINE = 1000;
const INLINE = new RegExp(
  [
    `\`\`(?<literal>\\S(?:[^]{0,${MAX_INLINE}}?\\S)??)\`\``,
    '(?::(?<pre>[A-Za-z][\\w.:+-]*):)?`(?<interpreted>[^`]+?)`(?::(?<post>[A-Za-z][\\w.:+-]*):|(?<reference>__?))?',
    '\\[(?<footnote>[^\\]\\s]+)\\]_(?![\\w])',
    `\\*\\*(?<strong>\\S(?:[^]{0,${MAX_INLINE}}?\\S)??)\\*\\*`,
    '\\*(?<emphasis>[^\\s*](?:[^*]*?[^\\s*])?)\\*',
    '\\|(?<substitution>[^|\\s](?:[^|]*?[^|\\s])?)\\|(?<substitutionReference>__?)?',
    '(?<word>[A-Za-z0-9]+(?:[-_.+:][A-Za-z0-9]+)*)(?<wordReference>__?)(?![\\w])',
  ].join('|'),
  'gu',
);
// An embedded target: `text <https://…>`_ or `text <name_>`_.
const EMBEDDED = /^([^]*?)\s*<([^<>]+)>$/;

// Directives whose content is prose (admonitions, version notes, Sphinx's object descriptions);
// the content of all others (code-block, math, toctree, raw, …) is not.
const PROSE_DIRECTIVES = new Set([
  'note', 'warning', 'tip', 'important', 'hint', 'caution', 'danger', 'error', 'attention', 'seealso', 'todo',
  'epigraph', 'highlights', 'pull-quote', 'compound', 'container', 'only', 'class', 'glossary', 'hlist', 'centered',
  'versionadded', 'versionchanged', 'deprecated', 'versionremoved', 'figure', 'list-table', 'line-block',
]);
// Directives whose argument is a title.
const TITLED_DIRECTIVES = new Set(['admonition', 'topic', 'sidebar', 'rubric', 'tab', 'tab-item', 'group-tab', 'dropdown', 'card']);
// Sphinx's descriptions of an API object: the argument is a signature (code), the content describes it.
const OBJECT_DIRECTIVE = /^(?:(?:py|c|cpp|js|rst|std):)?(?:function|class|method|classmethod|staticmethod|attribute|property|data|exception|decorator|module|describe|object|member|macro|type|struct|var|option|envvar|confval|directive|role)$/;
const VERSION_DIRECTIVE = /^(?:versionadded|versionchanged|deprecated|versionremoved)$/;
// Roles whose text reads as prose; `title-reference` and `emphasis` mark it as a title.
const PROSE_ROLES = new Set(['strong', 'sub', 'subscript', 'sup', 'superscript', 'abbr', 'term', 'dfn', 'guilabel', 'menuselection']);
const CROSS_REFERENCE_ROLES = new Set(['ref', 'doc', 'any', 'numref', 'download', 'std:ref', 'std:doc', 'keyword']);
const TITLE_ROLES = new Set(['title-reference', 'title', 't', 'cite']);
const MAX_ALIAS_STEPS = 10;
// Blocks nested deeper than this (quotes in list items in quotes…) are read as plain paragraphs: hostile input nests without end.
const MAX_NESTING = 32;
// The lines of a target, footnote or substitution definition read for its URI or URLs.
const MAX_DEFINITION_LINES = 100;

interface Substitution {
  text?: string;
  url?: string;
}

/** What the explicit markup of a document defines: link targets, footnotes, substitutions. */
interface Definitions {
  /** Target name (normalized) → a URL, `#name` for an internal target, or `name_` for another target. */
  targets: Map<string, string>;
  anonymous: string[];
  /** Footnote or citation label → the URLs of its text. */
  footnotes: Map<string, string[]>;
  /** Auto-numbered (`[#]`) and auto-symbol (`[*]`) footnotes' URLs, in order. */
  autoNumbered: string[][];
  autoSymbol: string[][];
  substitutions: Map<string, Substitution>;
}

/** Where the reading stands: which anonymous target or auto footnote comes next. */
interface Reader {
  prose: ProseBuilder;
  definitions: Definitions;
  next: { anonymous: number; autoNumbered: number; autoSymbol: number };
  title?: string;
  date?: string;
  /** Whether prose other than headings has been read: a field list before it is the document's bibliographic data. */
  hasBody: boolean;
  /** How many blocks the one being read is nested in. */
  depth: number;
}

const indentOf = (line: string) => line.length - line.trimStart().length;
const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';
const referenceName = (name: string) => name.replace(/^`|`$/g, '').replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether plain text is reStructuredText: it defines link targets, footnotes,
 * substitutions or directives (`.. _name: URL`, `.. [1]`, `.. note::`), or links
 * with an embedded target (`` `text <URL>`_ ``).
 */
export function looksLikeRestructuredText(text: string): boolean {
  return /^\.\.\s+(?:_[^:\n]+:|__:|\[[^\]\s]+\]\s|\|[^|\n]+\|\s|[\w:+.-]+::)/m.test(text) || /`[^`\n]+\s<[^<>\n]+>`__?(?![\w])/.test(text);
}

/**
 * Reads reStructuredText: section titles are headings, paragraphs, list items,
 * table cells and block quotes are blocks; named, anonymous and embedded
 * hyperlink references link to their targets; a footnote or citation reference
 * (`[1]_`, `[#]_`, `[Label]_`) links to the URLs of its footnote, where the
 * marker stands. Inline literals, roles naming code (`:func:`), literal blocks
 * (`::`), doctest blocks and the content of directives other than admonitions
 * and descriptions are code, not prose; comments are dropped. A field list
 * before the body (`:Author:`, `:Date:`) is the document's metadata.
 */
export function readRestructuredText(source: string, path: string): Document {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.replace(/\t/g, '        '));
  const reader: Reader = {
    prose: new ProseBuilder(),
    definitions: definitionsOf(lines),
    next: { anonymous: 0, autoNumbered: 0, autoSymbol: 0 },
    hasBody: false,
    depth: 0,
  };
  readBlocks(lines, 'paragraph', reader);
  const document: Document = { path, format: 'rst', ...reader.prose.build() };
  if (reader.title !== undefined) document.title = reader.title;
  if (reader.date !== undefined) document.date = reader.date;
  return document;
}

/** The end (exclusive) of the lines indented under the line at `start`: up to the next line with text at indentation 0. */
function indentedEnd(lines: readonly string[], start: number): number {
  let end = start + 1;
  while (end < lines.length && (isBlank(lines[end]) || indentOf(lines[end]!) > 0)) end++;
  while (end > start + 1 && isBlank(lines[end - 1])) end--;
  return end;
}

function dedent(lines: readonly string[]): string[] {
  const indent = Math.min(...lines.filter((line) => !isBlank(line)).map(indentOf));
  return lines.map((line) => (isBlank(line) ? '' : line.slice(indent)));
}

/**
 * The lines of a block that opens with `first` (its text after a marker) and goes on with the
 * indented lines after it: dedented by `column` (where the text after the marker starts), or
 * by their own least indentation.
 */
function bodyOf(first: string, rest: readonly string[], column?: number): string[] {
  if (!rest.some((line) => !isBlank(line))) return [first];
  return [first, ...(column === undefined ? dedent(rest) : rest.map((line) => line.slice(Math.min(column, indentOf(line)))))];
}

function readBlocks(lines: readonly string[], kind: BlockKind, reader: Reader): void {
  if (reader.depth >= MAX_NESTING) return readFlat(lines, kind, reader);
  reader.depth++;
  readNested(lines, kind, reader);
  reader.depth--;
}

/** Paragraphs separated by blank lines, with no further structure. */
function readFlat(lines: readonly string[], kind: BlockKind, reader: Reader): void {
  for (const paragraph of lines.join('\n').split(/\n\s*\n/)) {
    if (paragraph.trim() === '') continue;
    reader.prose.openBlock(kind);
    inline(paragraph, reader);
    reader.prose.closeBlock();
  }
}

function readNested(lines: readonly string[], kind: BlockKind, reader: Reader): void {
  const { prose } = reader;
  let isLiteralNext = false;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    if (indentOf(line) > 0) {
      const end = indentedEnd(lines, i);
      // A literal block after "::" is code; any other indented block is a block quote.
      if (!isLiteralNext) readBlocks(dedent(lines.slice(i, end)), kind === 'paragraph' ? 'quote' : kind, reader);
      isLiteralNext = false;
      i = end;
      continue;
    }
    const wasLiteralNext = isLiteralNext;
    isLiteralNext = false;
    const blockEnd = () => {
      let end = i;
      while (end < lines.length && !isBlank(lines[end])) end++;
      return end;
    };
    // A quoted literal block: unindented lines that all open with the same punctuation ("> ").
    if (wasLiteralNext && /^[!-/:-@[-`{-~]/.test(line)) {
      i = blockEnd();
      continue;
    }
    // Doctest blocks are code.
    if (line.startsWith('>>>')) {
      i = blockEnd();
      continue;
    }
    // Section titles, with an overline or not; an adornment alone is a transition.
    if (ADORNMENT.test(line)) {
      if (!isBlank(lines[i + 1]) && lines[i + 2]?.trim()[0] === line.trim()[0] && ADORNMENT.test(lines[i + 2]!)) {
        heading(lines[i + 1]!.trim(), reader);
        i += 3;
      } else i++;
      continue;
    }
    if (!isBlank(lines[i + 1]) && ADORNMENT.test(lines[i + 1]!) && indentOf(lines[i + 1]!) === 0 && !SIMPLE_TABLE_BORDER.test(lines[i + 1]!)) {
      heading(line.trim(), reader);
      i += 2;
      continue;
    }
    if (EXPLICIT.test(line)) {
      const end = indentedEnd(lines, i);
      explicitBlock(line, lines.slice(i + 1, end), reader);
      i = end;
      continue;
    }
    if (ANONYMOUS_TARGET.test(line) && line.startsWith('__ ')) {
      i = indentedEnd(lines, i);
      continue;
    }
    if (GRID_TABLE_BORDER.test(line)) {
      const end = blockEnd();
      gridTable(lines.slice(i, end), reader);
      reader.hasBody = true;
      i = end;
      continue;
    }
    if (SIMPLE_TABLE_BORDER.test(line)) {
      const end = simpleTableEnd(lines, i);
      simpleTable(lines.slice(i, end), reader);
      reader.hasBody = true;
      i = end;
      continue;
    }
    const marker = BULLET.exec(line)?.[0] ?? listEnumerator(lines, i);
    if (marker !== undefined) {
      const end = indentedEnd(lines, i);
      readBlocks(bodyOf(line.slice(marker.length), lines.slice(i + 1, end), marker.length), 'item', reader);
      reader.hasBody = true;
      i = end;
      continue;
    }
    const field = FIELD.exec(line);
    if (field) {
      const end = indentedEnd(lines, i);
      const body = bodyOf(line.slice(field[0].length), lines.slice(i + 1, end));
      if (reader.hasBody) readBlocks(body, 'item', reader);
      else bibliographicField(field[1]!, body.join(' ').trim(), reader);
      i = end;
      continue;
    }
    // A line block: each line is a line of its own (addresses, verse).
    if (/^\|(?: |$)/.test(line)) {
      const end = blockEnd();
      prose.openBlock(kind);
      lines.slice(i, end).forEach((row, r) => {
        if (r > 0) prose.lineBreak();
        inline(row.replace(/^\| ?/, ''), reader);
      });
      reader.hasBody = true;
      i = end;
      continue;
    }
    // A paragraph runs to a blank line or to an indented line: a definition list's term, or an error docutils reports.
    let end = i + 1;
    while (end < lines.length && !isBlank(lines[end]) && indentOf(lines[end]!) === 0) end++;
    const isTerm = end === i + 1 && !isBlank(lines[end]) && indentOf(lines[end]!) > 0;
    let text = lines.slice(i, end).join('\n');
    if (/::\s*$/.test(text)) {
      isLiteralNext = true;
      text = /(?:^|\s)::\s*$/.test(text) ? text.replace(/\s*::\s*$/, '') : text.replace(/::\s*$/, ':');
    }
    if (text.trim() !== '') {
      prose.openBlock(isTerm && kind === 'paragraph' ? 'item' : kind);
      // A term's classifiers (" : int") are no words of it.
      inline(isTerm ? text.replace(/ : .*$/, '') : text, reader);
      prose.closeBlock();
      // A row of badges (`|pypi| |ci|`) above the title has no words: the title still comes first.
      reader.hasBody ||= /[\p{L}\p{N}]/u.test(text.replace(/\|[^|\s][^|]*\|_{0,2}/g, ''));
    }
    if (isTerm) {
      // The definition is the indented block under its term.
      const definitionEnd = indentedEnd(lines, end);
      readBlocks(dedent(lines.slice(end, definitionEnd)), 'item', reader);
      end = definitionEnd;
    }
    i = end;
  }
}

function heading(text: string, reader: Reader): void {
  if (reader.title === undefined && !reader.hasBody) reader.title = text.replace(/\\(.)/g, '$1');
  reader.prose.openBlock('heading');
  inline(text, reader);
  reader.prose.closeBlock();
}

/** The enumerator that opens an item of an enumerated list at `lines[i]`: followed by a blank line, the list's next item, or lines indented under it. */
function listEnumerator(lines: readonly string[], i: number): string | undefined {
  const enumerator = ENUMERATOR.exec(lines[i]!)?.[0];
  if (enumerator === undefined) return undefined;
  const next = lines[i + 1];
  return isBlank(next) || indentOf(next!) > 0 || ENUMERATOR.test(next!) ? enumerator : undefined;
}

/** `:Author:`, `:Date:`, `:Status:` before the body: metadata, not prose. */
function bibliographicField(name: string, value: string, reader: Reader): void {
  const field = name.toLowerCase();
  if ((field === 'date' || (field === 'created' && reader.date === undefined)) && value !== '') reader.date = value;
  if (field === 'title' && value !== '') reader.title ??= value;
}

/** A directive, footnote, citation, target, substitution definition or comment (`..` and the lines indented under it). */
function explicitBlock(first: string, rest: readonly string[], reader: Reader): void {
  const { prose } = reader;
  const footnote = FOOTNOTE.exec(first);
  if (footnote) {
    // A footnote is one unit, opening with its label, like an entry of a reference list.
    prose.openBlock('paragraph');
    prose.code(`[${footnote[1]}]`);
    prose.text(' ');
    inline(bodyOf(footnote[2] ?? '', rest).join('\n'), reader);
    prose.closeBlock();
    return;
  }
  if (TARGET.test(first) || ANONYMOUS_TARGET.test(first) || SUBSTITUTION.test(first)) return;
  const directive = DIRECTIVE.exec(first);
  if (!directive) return; // a comment
  const name = directive[1]!.toLowerCase();
  const argument = (directive[2] ?? '').trim();
  const body = rest.some((line) => !isBlank(line)) ? dedent(rest) : [];
  // Options come first in a directive's content: ":target: https://…", ":linenos:".
  let start = 0;
  const options = new Map<string, string>();
  for (let field; start < body.length && (field = FIELD.exec(body[start]!)); start++) options.set(field[1]!.toLowerCase(), body[start]!.slice(field[0].length).trim());
  const content = body.slice(start);
  if (name === 'image' || name === 'figure') {
    // An image that links somewhere is a badge: a source of its own, with no words.
    const target = options.get('target');
    if (target !== undefined && /^https?:\/\//i.test(target)) {
      prose.openBlock('paragraph');
      prose.openLink(target);
      prose.closeLink();
      prose.closeBlock();
    }
    if (name === 'figure') readBlocks(content, 'paragraph', reader);
    return;
  }
  if (TITLED_DIRECTIVES.has(name)) {
    if (argument !== '') heading(argument, reader);
    readBlocks(content, 'paragraph', reader);
    return;
  }
  if (OBJECT_DIRECTIVE.test(name)) {
    if (argument !== '') {
      prose.openBlock('heading');
      prose.code(argument);
      prose.closeBlock();
    }
    readBlocks(content, 'paragraph', reader);
    return;
  }
  if (!PROSE_DIRECTIVES.has(name)) return;
  // A version note's argument is the version, then prose: ".. versionadded:: 2.1 The *axis* argument."
  const lead = VERSION_DIRECTIVE.test(name) ? argument.replace(/^\S+\s*/, '') : name === 'figure' || name === 'list-table' || name === 'only' || name === 'class' ? '' : argument;
  readBlocks(lead === '' ? content : [lead, ...content], name === 'list-table' ? 'cell' : 'paragraph', reader);
}

/** The end of a simple table that starts with its border at `start`: after the border that a blank line or the end follows. */
function simpleTableEnd(lines: readonly string[], start: number): number {
  for (let i = start + 1; i < lines.length; i++) if (SIMPLE_TABLE_BORDER.test(lines[i]!) && isBlank(lines[i + 1])) return i + 1;
  let end = start;
  while (end < lines.length && !isBlank(lines[end])) end++;
  return end;
}

/** A simple table: columns where the border's `=` runs are; a row whose first cell is empty continues the row above. */
function simpleTable(lines: readonly string[], reader: Reader): void {
  const columns = [...lines[0]!.matchAll(/=+/g)].map((match) => match.index);
  const borders = lines.flatMap((line, i) => (SIMPLE_TABLE_BORDER.test(line) ? [i] : []));
  const headerEnd = borders.length >= 3 ? borders[1]! : 0;
  const rows: { cells: string[]; isHeader: boolean }[] = [];
  lines.forEach((line, i) => {
    if (SIMPLE_TABLE_BORDER.test(line) || /^[-\s]+$/.test(line) || isBlank(line)) return;
    const cells = columns.map((start, c) => line.slice(start, c + 1 < columns.length ? columns[c + 1] : undefined).trim());
    const previous = rows.at(-1);
    if (cells[0] === '' && previous !== undefined && previous.isHeader === i < headerEnd) previous.cells.forEach((_, c) => (previous.cells[c] = `${previous.cells[c]} ${cells[c]}`.trim()));
    else rows.push({ cells, isHeader: i < headerEnd });
  });
  tableCells(rows, reader);
}

/** A grid table: cells between `|` at the border's `+` positions, each row's lines joined; rows above a `+===+` line are headers. */
function gridTable(lines: readonly string[], reader: Reader): void {
  const columns = [...lines[0]!.matchAll(/\+/g)].map((match) => match.index);
  const rows: { cells: string[]; isHeader: boolean }[] = [];
  let pieces = new Map<number, string[]>();
  const flush = (isHeader: boolean) => {
    if (pieces.size > 0) rows.push({ cells: [...pieces.entries()].sort(([a], [b]) => a - b).map(([, texts]) => texts.join(' ').trim()), isHeader });
    pieces = new Map();
  };
  for (const line of lines) {
    if (GRID_TABLE_BORDER.test(line)) {
      flush(line.includes('='));
      continue;
    }
    const bars = columns.filter((column) => line[column] === '|' || line[column] === '+');
    for (let b = 0; b + 1 < bars.length; b++) {
      const texts = pieces.get(bars[b]!) ?? [];
      texts.push(line.slice(bars[b]! + 1, bars[b + 1]).trim());
      pieces.set(bars[b]!, texts);
    }
  }
  flush(false);
  // A header row is flushed by the `=` line under it; rows before it are headers too.
  const lastHeader = rows.findLastIndex((row) => row.isHeader);
  rows.forEach((row, r) => (row.isHeader = r <= lastHeader));
  tableCells(rows, reader);
}

function tableCells(rows: readonly { cells: string[]; isHeader: boolean }[], reader: Reader): void {
  const headers = rows.filter((row) => row.isHeader).at(-1)?.cells ?? [];
  for (const row of rows) {
    const cells: RowCell[] = row.cells.map((text, c) => (row.isHeader || !headers[c] ? { text } : { text, header: headers[c] }));
    row.cells.forEach((text, c) => {
      if (text === '') return;
      reader.prose.openBlock('cell', row.isHeader ? undefined : headers[c] || undefined, tableRow(cells, c));
      inline(text, reader);
      reader.prose.closeBlock();
    });
  }
}

/** Adds the text of a paragraph, title or cell, with its inline markup. */
function inline(text: string, reader: Reader): void {
  const { prose } = reader;
  const plain = (value: string) => prose.text(value.replace(/\\\s/g, '').replace(/\\(.)/g, '$1'));
  let last = 0;
  // A pattern of its own: a link's text is read by a call within this one.
  const pattern = new RegExp(INLINE);
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const before = text[match.index - 1];
    const after = text[match.index + match[0].length];
    if ((before !== undefined && !MARKUP_OPENS_AFTER.test(before)) || (after !== undefined && !MARKUP_CLOSES_BEFORE.test(after))) {
      pattern.lastIndex = match.index + 1;
      continue;
    }
    plain(text.slice(last, match.index));
    last = match.index + match[0].length;
    inlineMarkup(match.groups!, reader);
  }
  plain(text.slice(last));
}

function inlineMarkup(groups: Record<string, string | undefined>, reader: Reader): void {
  const { prose } = reader;
  const { literal, interpreted, pre, post, reference, footnote, strong, emphasis, substitution, substitutionReference, word, wordReference } = groups;
  if (literal !== undefined) return prose.code(literal);
  if (interpreted !== undefined) {
    if (reference !== undefined) return hyperlinkReference(interpreted, reference === '__', reader);
    return role((pre ?? post ?? '').toLowerCase(), interpreted, reader);
  }
  if (footnote !== undefined) {
    const urls = footnoteUrls(footnote, reader);
    for (const url of urls) prose.openLink(url);
    prose.code(`[${footnote}]`);
    for (let i = 0; i < urls.length; i++) prose.closeLink();
    return;
  }
  if (strong !== undefined) return prose.text(strong);
  if (emphasis !== undefined) {
    prose.openMark('emphasis');
    prose.text(emphasis);
    return prose.closeMark();
  }
  if (substitution !== undefined) {
    const definition = reader.definitions.substitutions.get(referenceName(substitution)) ?? {};
    const url = substitutionReference !== undefined ? targetOf(substitution, substitutionReference === '__', reader) : definition.url;
    if (url !== undefined) prose.openLink(url);
    if (definition.text !== undefined) inline(definition.text, reader);
    if (url !== undefined) prose.closeLink();
    return;
  }
  if (word !== undefined) {
    const url = targetOf(word, wordReference === '__', reader);
    if (url !== undefined) prose.openLink(url);
    prose.text(word);
    if (url !== undefined) prose.closeLink();
  }
}

/** `` `text <URL>`_ ``, `` `text <name_>`_ ``, `` `name`_ `` and their anonymous forms (`__`). */
function hyperlinkReference(content: string, isAnonymous: boolean, reader: Reader): void {
  const embedded = EMBEDDED.exec(content);
  let text = content;
  let url: string | undefined;
  if (embedded) {
    const target = embedded[2]!.trim();
    text = embedded[1]!.trim() || target;
    // `text <name_>`_ points to another target; anything else in brackets is a URI (its whitespace dropped).
    url = /[^\\]_$/.test(target) && !/^[a-z][\w+.-]*:/i.test(target) ? resolve(target.slice(0, -1), reader.definitions) : target.replace(/\s+/g, '');
  } else {
    url = targetOf(content, isAnonymous, reader);
  }
  if (url !== undefined) reader.prose.openLink(url);
  inline(text, reader);
  if (url !== undefined) reader.prose.closeLink();
}

/** The URL (or `#name` for a section or internal target) a named or anonymous reference points to. */
function targetOf(name: string, isAnonymous: boolean, reader: Reader): string | undefined {
  if (!isAnonymous) return resolve(name, reader.definitions);
  const target = reader.definitions.anonymous[reader.next.anonymous++];
  return target === undefined ? undefined : resolve(target, reader.definitions, true);
}

/** Follows a target name (through indirect targets, `.. _a: b_`) to its URL. */
function resolve(name: string, definitions: Definitions, isTarget = false): string | undefined {
  let target: string | undefined = isTarget ? name : definitions.targets.get(referenceName(name));
  for (let step = 0; target !== undefined && step < MAX_ALIAS_STEPS; step++) {
    const alias = /^(`?)([^]*?)\1_$/.exec(target);
    if (!alias || /^[a-z][\w+.-]*:\/\//i.test(target)) return target;
    target = definitions.targets.get(referenceName(alias[2]!));
  }
  return target;
}

function footnoteUrls(label: string, reader: Reader): string[] {
  const { definitions, next } = reader;
  if (label === '#') return definitions.autoNumbered[next.autoNumbered++] ?? [];
  if (label === '*') return definitions.autoSymbol[next.autoSymbol++] ?? [];
  const urls = definitions.footnotes.get(label.toLowerCase());
  if (urls !== undefined) return urls;
  // "[2]_" may point to the second auto-numbered footnote.
  return /^\d+$/.test(label) ? (definitions.autoNumbered[Number(label) - 1] ?? []) : [];
}

/** Interpreted text with a role: code for roles that name code (`:func:`, `:class:`), a title for `:title-reference:`, prose for others. */
function role(name: string, content: string, reader: Reader): void {
  const { prose } = reader;
  const embedded = EMBEDDED.exec(content);
  const text = (embedded?.[1] || content).replace(/^[~!]/, '').trim();
  if (name === 'pep' || name === 'rfc') return prose.text(embedded ? text : `${name.toUpperCase()} ${content.replace(/#.*$/, '').trim()}`);
  if (name === 'emphasis' || TITLE_ROLES.has(name) || (name === '' && /\s/.test(text) && /^\p{Lu}/u.test(text))) {
    prose.openMark(name === 'emphasis' ? 'emphasis' : 'cite');
    prose.text(text);
    return prose.closeMark();
  }
  if (PROSE_ROLES.has(name) || (CROSS_REFERENCE_ROLES.has(name) && (embedded?.[1] || name === 'term' || /\s/.test(text)))) {
    return prose.text(name === 'abbr' ? text.replace(/\s*\([^)]*\)$/, '') : text);
  }
  prose.code(text);
}

/**
 * Link targets, footnotes and substitutions, wherever they stand (they may be
 * defined after their references, and inside indented blocks).
 */
function definitionsOf(lines: readonly string[]): Definitions {
  const definitions: Definitions = { targets: new Map(), anonymous: [], footnotes: new Map(), autoNumbered: [], autoSymbol: [], substitutions: new Map() };
  const footnotes: { label: string; text: string }[] = [];
  const ends = blockEndsOf(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimStart();
    if (!line.startsWith('..') && !line.startsWith('__ ')) continue;
    const rest = lines.slice(i + 1, Math.min(ends[i]!, i + 1 + MAX_DEFINITION_LINES)).map((row) => row.trim());
    const anonymous = ANONYMOUS_TARGET.exec(line);
    const target = anonymous ? null : TARGET.exec(line);
    const footnote = FOOTNOTE.exec(line);
    const substitution = SUBSTITUTION.exec(line);
    // A URI wrapped over several lines is joined without spaces.
    const uri = (first: string | undefined) => [first ?? '', ...rest].join('').trim();
    if (anonymous) {
      definitions.anonymous.push(uri(anonymous[1]));
    } else if (target) {
      const name = referenceName(target[1]!);
      const value = uri(target[2]);
      if (!definitions.targets.has(name)) definitions.targets.set(name, value === '' ? `#${name.replace(/\s/g, '-')}` : value);
    } else if (footnote) {
      footnotes.push({ label: footnote[1]!, text: [footnote[2] ?? '', ...rest].join(' ') });
    } else if (substitution) {
      const [, name, kind, value] = substitution;
      const options = new Map(rest.map((row) => FIELD.exec(row)).filter((field) => field !== null).map((field) => [field[1]!.toLowerCase(), field.input.slice(field[0].length).trim()]));
      const text = kind === 'replace' ? [value, ...rest].join(' ').trim() : undefined;
      const url = options.get('target');
      definitions.substitutions.set(referenceName(name!), { ...(text !== undefined ? { text } : {}), ...(url !== undefined ? { url } : {}) });
    }
  }
  // An embedded target also defines its text as a name: `Python <https://python.org>`_ then `Python`_.
  for (const line of lines) {
    for (const match of line.matchAll(/`([^`<]+?)\s*<([^<>`]+)>`_(?!_)/g)) {
      const name = referenceName(match[1]!);
      if (!definitions.targets.has(name)) definitions.targets.set(name, match[2]!.replace(/\s+/g, ''));
    }
  }
  for (const { label, text } of footnotes) {
    const urls = footnoteUrlsOf(text, definitions);
    // `[#]_` and `[*]_` take the next footnote of their kind; others are found by label (`[1]`, `[#note]`, `[CIT2002]`).
    if (label === '#') definitions.autoNumbered.push(urls);
    else if (label === '*') definitions.autoSymbol.push(urls);
    else if (!definitions.footnotes.has(label.toLowerCase())) definitions.footnotes.set(label.toLowerCase(), urls);
  }
  return definitions;
}

/**
 * For each line, where the block it opens ends: at the next line with text that is
 * indented no deeper (a stack of the lines below, so that the whole is linear).
 */
function blockEndsOf(lines: readonly string[]): number[] {
  const ends: number[] = new Array<number>(lines.length).fill(lines.length);
  const below: number[] = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    if (isBlank(lines[i])) continue;
    const indent = indentOf(lines[i]!);
    while (below.length > 0 && indentOf(lines[below.at(-1)!]!) > indent) below.pop();
    ends[i] = below.at(-1) ?? lines.length;
    below.push(i);
  }
  return ends;
}

/** The URLs a footnote's text gives: written out, embedded in a reference, or the targets of its named references. */
function footnoteUrlsOf(text: string, definitions: Definitions): string[] {
  const urls = findBareUrls(text).map((url) => url.url);
  for (const match of text.matchAll(/`([^`<]+)`_(?!_)|(?<![\w`])([A-Za-z0-9]+(?:[-_.+][A-Za-z0-9]+)*)_(?![\w])/g)) {
    const url = resolve(match[1] ?? match[2]!, definitions);
    if (url !== undefined && /^https?:\/\//i.test(url)) urls.push(url);
  }
  return [...new Set(urls)];
}
