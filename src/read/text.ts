import { ProseBuilder } from './prose.js';
import type { Document } from './types.js';
import { findBareUrls } from './urls.js';

// Page furniture of paginated plain text (RFCs, printed memos): the footer ending in
// "[Page 3]" and the running header after a form feed. Not prose.
const PAGE_FOOTER = /^.*\[Page \d+\]\s*$/;
// A section heading on a line of its own: "5.  Security Considerations", "Appendix A.  Notes", "A.1. Terms".
const NUMBERED_HEADING = /^(?:(?:\d+(?:\.\d+)*|[A-Z](?:\.\d+)*)\.?|(?:Appendix|Annex|Section|Chapter) [A-Z0-9]+\.?:?)\s+\p{Lu}[^.]*$/u;
// An entry of a table of contents: a title, dot leaders and a page number ("3.2. Security ........ 12").
const CONTENTS_LINE = /^(.*?\S)\s*\.{3,}\s*\d+$/;
// Columns laid out with spaces ("Network Working Group        L. Masinter"): each is read on its own.
const COLUMN_GAP = /(?<=\S) {3,}(?=\S)/;
// Prose wrapped for plain text runs to 65–80 characters a line; lines all this short were never wrapped.
const SHORT_LINE = 50;
// A reference defined by its URL alone, as mailing lists and release notes write them: "[12] https://…", "[12] = <https://…>".
const URL_DEFINITION = /^\s*\[([^\]\s]{1,24})\]:?\s*=?\s*<?(https?:\/\/[^\s>]+)>?\s*$/;
// The label that opens an entry of a reference list: "[RFC2119]  Bradner, S., …", "[12] https://…".
const ENTRY_LABEL = /^\[([^\]\s]{1,24})\]/;
// A label that is a document's number: "[RFC2119]", "[BCP14]".
const SERIES_LABEL = /^(?:RFC|BCP|STD|FYI)\d+$/;
// The lines of an address block that say how to reach its person: "EMail: …", "URI:   http://…".
const CONTACT_LINE = /^(?:Phone|Tel|Telephone|Fax|Facsimile|E-?mail|URI|URL|Web|Homepage)\s*:/i;
// A line that ends a sentence or a clause: what follows it after a page break is a new paragraph.
const CLOSED_LINE = /[.:;!?]["')\]]*$/;
// A list item's bullet: "o  Access-Request", "-  one", "•  two", "a)  three", "12. four", and a section's number in
// a table of contents: "0.1. Notices and Acknowledgements".
const BULLET = /^\s*(?:[o*+•‣◦-]|\p{Ll}[.)]|\d{1,3}(?:\.\d{1,3})*[.)])\s/u;
// A line of an ASCII drawing (a packet layout, a message flow): rules, boxes and arrows.
const DRAWING_LINE = /[-+=]{3,}|\|.*\||<-|->/;
// A line of an ABNF grammar: a rule, a comment, a character range ("UTF8-1 = %x00-7F").
const GRAMMAR_LINE = /^;|^[A-Za-z][\w-]*\s+=\/?\s|%[xdb][0-9A-Fa-f]/;
// A figure's or a table's caption: "Figure 1: The Cooperation between DHCP and RADIUS".
const CAPTION = /^(?:Figure|Table|Fig\.)\s+\p{N}+[.:]/u;
// A heading underlined with a rule (Setext style, as READMEs and NEWS files write them): "GNU Project notice" over "=====".
const UNDERLINE = /^(?:={3,}|-{3,}|~{3,}|\*{3,})$/;
// A heading set between equals signs or after an outline star: "= Presentation of GNU Parallel =", "* Dependencies".
const MARKED_HEADING = /^(?:=+\s+(\S.*?)\s+=*|\*{1,3}\s+(\p{Lu}[^.!?:]*))$/u;
// A heading in capitals: "INSTALLATION", "REPORTING BUGS" (letters, digits and a few joiners only).
const CAPITALS_HEADING = /^(?=.*\p{Lu}{4})[\p{Lu}\p{N}][\p{Lu}\p{N} &/'’-]*$/u;
// A command typed at a shell prompt ("$ ./configure && make"): code, as in a README's indented examples.
const PROMPT_LINE = /^\$\s/;
// A command line in an indented example: a lower-case program or path and its arguments, no sentence ("wget https://…", "./configure && make").
const COMMAND_LINE = /^[\p{Ll}.~/][\p{L}\p{N}._+/~-]*(?:\s+\S+)*$/u;
// A command line in quotes: a lower-case program, maybe arguments, an option ("'gcc -O2 main.cpp'", '"bash --norc"'); not an apostrophe's quote.
const QUOTED_COMMAND = /(?<![\p{L}\p{N}])['"‘“]\p{Ll}[\p{L}\p{N}._+-]*(?: [^\s'"‘’“”]+)*? --?[\p{L}\p{N}][^'"‘’“”]*['"’”]/gu;
// A manual page's NAME line, a program and what it does after a dash ("zapper - image shrinking tool"): prose, though it reads like a command.
const NAME_LINE = /^\S+(?:,\s*\S+)*\s[-–—]\s+\p{L}/u;
// An SPDX tag opening a line ("SPDX-License-Identifier: GPL-3.0-or-later"): a label, no name.
const SPDX_TAG = /^SPDX-[A-Za-z-]+:/;
// Extra indentation that sets a paragraph apart from unindented running text: an example or a quotation.
const BLOCK_INDENT = 4;
// A line that is only a URL (in angle brackets or not): it belongs to the sentence before it.
const URL_LINE = /^<?https?:\/\/\S+?>?[.,;]?$/;
// The longest heading line, and the shortest indent of a centred title.
const HEADING_WIDTH = 72;
const TITLE_INDENT = 6;

/** A paragraph as laid out: its lines with their indentation. */
interface Layout {
  lines: string[];
  /** Indentation of the first line. */
  indent: number;
}

/**
 * Reads plain text: paragraphs are separated by blank lines; URLs in them become
 * links. Where the body is indented (as in RFCs), a short line that stands out
 * to the left is a heading, and so is a centred title; elsewhere a short line of
 * its own that is numbered like a section is one, and so is each entry of a
 * table of contents. Page footers and running headers are dropped, and a
 * paragraph cut by a page break is joined again. An entry of a reference list
 * (`[RFC2119]  Bradner, S., …`, `[12] https://…`) is one block, and `[RFC2119]`
 * in the text links to the URLs of that entry, like a Markdown reference link.
 * An address block with its `EMail:` and `URI:` lines is one block, its lines
 * separated by commas, so that its URI cites the person, organisation and
 * place it names. ASCII drawings and grammars are left out, like code blocks, and a
 * figure's caption reads as a heading.
 */
export function readText(source: string, path: string): Document {
  const prose = new ProseBuilder();
  // A URL in angle brackets may be wrapped at the end of a line: "<http://www-\n   cse.ucsd.edu/…>".
  const unwrapped = source.replace(/<(https?:\/\/[^>\s]*)\r?\n[ \t]*([^>\s]*)>/g, '<$1$2>');
  const layouts = paragraphsOf(withoutPageFurniture(unwrapped.split(/\r?\n/)));
  const bodyIndent = bodyIndentOf(layouts);
  const { definitions, labels } = referenceDefinitions(layouts);
  let title: string | undefined;
  // What the last paragraph was read as: URLs on lines of their own continue a paragraph only.
  let previous: 'heading' | 'paragraph' = 'heading';
  for (let p = 0; p < layouts.length; p++) {
    const { lines: raw, indent } = layouts[p]!;
    const lines = raw.map((line) => line.trim());
    const joined = lines.join(' ');
    const heading = headingOf(lines);
    if (heading !== undefined) {
      prose.openBlock('heading');
      prose.text(heading);
      previous = 'heading';
      continue;
    }
    // A drawing, a shell session or an indented list of commands is no prose, like a code block.
    const isSetApart = bodyIndent === 0 && indent >= BLOCK_INDENT;
    if (isDrawing(lines) || isSession(lines) || (isSetApart && isCommandBlock(lines))) {
      previous = 'heading';
      continue;
    }
    if (isHeading(lines, indent, bodyIndent) || CAPTION.test(joined)) {
      prose.openBlock('heading');
      prose.text(joined);
      previous = 'heading';
      continue;
    }
    // URLs on lines of their own after a paragraph ("tmux depends on libevent, available from:", then the
    // URL indented) belong to its last sentence, as a link after a full stop does.
    if (previous === 'paragraph' && lines.every((line) => URL_LINE.test(line))) {
      prose.space();
      prose.text(joined);
      continue;
    }
    previous = 'paragraph';
    // The title of an RFC or memo, centred on its first page, before any heading.
    if (title === undefined && bodyIndent > 0 && indent >= bodyIndent + TITLE_INDENT && lines.length <= 3 && !CLOSED_LINE.test(joined) && raw.every((line) => indentOf(line) >= bodyIndent + 4)) {
      title = joined.replace(/\s+/g, ' ');
      prose.openBlock('heading');
      prose.text(joined);
      continue;
    }
    // A table of contents lists the section titles: each entry reads as the heading it stands for.
    if (lines.filter((line) => CONTENTS_LINE.test(line)).length * 2 >= lines.length) {
      for (const line of lines) {
        prose.openBlock('heading');
        prose.text(line.replace(CONTENTS_LINE, '$1'));
      }
      continue;
    }
    if (ENTRY_LABEL.test(lines[0]!)) {
      for (const entry of entriesOf(raw)) {
        prose.openBlock('paragraph');
        textWithReferences(prose, entry, definitions, labels);
      }
      continue;
    }
    if (isAddress(lines)) {
      // The contact lines may follow after a blank line.
      const contact = layouts[p + 1] && layouts[p + 1]!.lines.every((line) => CONTACT_LINE.test(line.trim())) ? layouts[++p]!.lines.map((line) => line.trim()) : [];
      if (contact.length > 0 || lines.some((line) => CONTACT_LINE.test(line))) {
        prose.openBlock('address');
        [...lines, ...contact].forEach((line, i) => {
          if (i > 0) prose.text(', ');
          const label = CONTACT_LINE.exec(line)?.[0];
          // "EMail:" and "URI:" label what follows; they are no words of the address.
          if (label !== undefined) prose.code(label);
          prose.text(label !== undefined ? line.slice(label.length) : line.split(/ {2,}/).join(', '));
        });
        continue;
      }
    }
    // A list: each bullet opens an item (a change, a fix, a step), the lines after it continue it.
    if (BULLET.test(raw[0]!) && lines.length > 1) {
      for (const item of itemsOf(lines)) {
        prose.openBlock('item');
        textWithReferences(prose, item, definitions, labels);
      }
      continue;
    }
    // Short lines that no wrapping made, each opening with a capital or a digit (an address, a list of names), are read one by one.
    if (lines.length >= 3 && lines.every((line) => line.length <= SHORT_LINE && /^[\p{Lu}\p{N}]/u.test(line))) {
      for (const line of lines) {
        prose.openBlock('item');
        textWithReferences(prose, line, definitions, labels);
      }
      continue;
    }
    if (lines.some((line) => COLUMN_GAP.test(line))) {
      for (const piece of lines.flatMap((line) => line.split(COLUMN_GAP))) {
        prose.openBlock('cell');
        prose.text(piece);
      }
      continue;
    }
    // SPDX tags are fields, each its own line: the tag is a label, what follows it the value.
    if (lines.some((line) => SPDX_TAG.test(line))) {
      for (const line of lines) {
        const tag = SPDX_TAG.exec(line)?.[0] ?? '';
        if (tag !== '' || !SPDX_TAG.test(lines[0]!)) prose.openBlock('item');
        prose.code(tag);
        textWithReferences(prose, line.slice(tag.length), definitions, labels);
      }
      continue;
    }
    // Set apart from unindented running text, a paragraph is a quotation (a citation to copy, a notice).
    prose.openBlock(isSetApart ? 'quote' : 'paragraph');
    textWithReferences(prose, joined, definitions, labels);
  }
  const document: Document = { path, format: 'text', ...prose.build() };
  if (title !== undefined) document.title = title;
  return document;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

function paragraphsOf(lines: readonly string[]): Layout[] {
  const layouts: Layout[] = [];
  let current: string[] = [];
  const flush = () => {
    // An example set out below the line that announces it ("Example:", then the command indented) is code.
    const example = exampleAt(current);
    if (example > 0 && isCommandBlock(commandsOf(current.slice(example)))) current = current.slice(0, example);
    if (current.length > 0) layouts.push({ lines: current, indent: indentOf(current[0]!) });
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else current.push(line.replace(/\t/g, '    '));
    // An underlined heading ends its paragraph even when no blank line follows the rule.
    if (current.length === 2 && UNDERLINE.test(current[1]!.trim()) && !UNDERLINE.test(current[0]!.trim())) flush();
    // So does a heading in capitals with its section's text indented right below it, as manual pages set them
    // ("NAME", then "       hyperfine - command-line benchmarking tool").
    if (current.length === 2 && indentOf(current[1]!) > indentOf(current[0]!) && CAPITALS_HEADING.test(current[0]!.trim())) {
      const body = current.pop()!;
      flush();
      current.push(body);
    }
  }
  flush();
  return layouts;
}

/** The indentation of running text, when most paragraphs share one (RFCs indent by 3); 0 when the text is not laid out so. */
function bodyIndentOf(layouts: readonly Layout[]): number {
  const counts = new Map<number, number>();
  let wrapped = 0;
  for (const layout of layouts) {
    if (layout.lines.length < 2 || isDrawing(layout.lines)) continue;
    wrapped++;
    counts.set(layout.indent, (counts.get(layout.indent) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [indent, count] of counts) if (count > bestCount) [best, bestCount] = [indent, count];
  return best > 0 && bestCount * 2 > wrapped ? best : 0;
}

function isHeading(lines: readonly string[], indent: number, bodyIndent: number): boolean {
  if (lines.length !== 1 || lines[0]!.length > HEADING_WIDTH) return false;
  const line = lines[0]!;
  if (NUMBERED_HEADING.test(line)) return true;
  // Set out to the left of the body text: "Abstract", "Authors' Addresses", "3.2.  X.509 Certificate Considerations".
  return bodyIndent > 0 && indent < bodyIndent && /^[\p{Lu}\p{N}]/u.test(line) && !/[.,;:]$/.test(line) && !CONTACT_LINE.test(line) && !COLUMN_GAP.test(line);
}

/**
 * A heading marked as such in plain text: underlined with a rule ("GNU Project notice"
 * over "====="), set between equals signs ("= Installation ="), after an outline star
 * ("* Dependencies"), or written in capitals ("REPORTING BUGS"). Its text, or undefined.
 */
function headingOf(lines: readonly string[]): string | undefined {
  if (lines.length === 2 && UNDERLINE.test(lines[1]!) && lines[0]!.length <= HEADING_WIDTH && !UNDERLINE.test(lines[0]!) && !/[.,;]$/.test(lines[0]!)) return lines[0];
  if (lines.length !== 1 || lines[0]!.length > HEADING_WIDTH) return undefined;
  const marked = MARKED_HEADING.exec(lines[0]!);
  if (marked) return marked[1] ?? marked[2];
  return CAPITALS_HEADING.test(lines[0]!) ? lines[0] : undefined;
}

/**
 * Commands set out as an example without a prompt ("wget https://…", "bzip2 -dc … | tar xvf -",
 * "opkg install perlbase-getopt"): every line a lower-case command and its arguments, none a
 * sentence (no capitalised word, no full stop at its end) and none a URL alone (those are cited).
 */
const isCommandBlock = (lines: readonly string[]) =>
  lines.every((line) => COMMAND_LINE.test(line) && !URL_LINE.test(line) && !/[.!?]$/.test(line) && !/(?:^|\s)\p{Lu}\p{Ll}/u.test(line) && !NAME_LINE.test(line));

/**
 * Where an example starts inside a paragraph: the first line indented past the paragraph's own
 * text after a line that ends with a colon ("Example:", "Basic benchmark of 'find':"); -1 if none.
 */
function exampleAt(lines: readonly string[]): number {
  for (let j = 1; j < lines.length; j++) if (indentOf(lines[j]!) >= indentOf(lines[0]!) + BLOCK_INDENT && lines[j - 1]!.trimEnd().endsWith(':')) return j;
  return -1;
}

/** The commands of an example, each without the lines that continue it after a backslash. */
const commandsOf = (lines: readonly string[]) => lines.filter((_, j) => j === 0 || !lines[j - 1]!.trimEnd().endsWith('\\')).map((line) => line.trim());

/** A shell session: commands after a `$` prompt, with their continuation lines and output. */
const isSession = (lines: readonly string[]) => PROMPT_LINE.test(lines[0]!) && lines.filter((line) => PROMPT_LINE.test(line)).length * 2 >= lines.length;

/** Artwork: an ASCII drawing or a grammar, no prose. */
const isDrawing = (lines: readonly string[]) => lines.filter((line) => DRAWING_LINE.test(line) || GRAMMAR_LINE.test(line.trim())).length * 2 >= lines.length;

/** An address laid out line by line: short lines, each opening with a capital or a digit. */
function isAddress(lines: readonly string[]): boolean {
  return lines.length >= 2 && lines.every((line) => line.length <= SHORT_LINE && /^[\p{Lu}\p{N}]/u.test(line));
}

/** The items of a bulleted list, each without its bullet and with its wrapped lines joined. */
function itemsOf(lines: string[]): string[] {
  const items: string[] = [];
  for (const line of lines) {
    const bullet = BULLET.exec(line)?.[0];
    if (bullet !== undefined || items.length === 0) items.push(line.slice(bullet?.length ?? 0));
    else items[items.length - 1] += ` ${line}`;
  }
  return items;
}

/** The entries of a reference list paragraph: each starts with its label at the paragraph's indentation; its other lines continue it. */
function entriesOf(lines: readonly string[]): string[] {
  const indent = indentOf(lines[0]!);
  const entries: string[][] = [];
  for (const line of lines) {
    const isStart = indentOf(line) <= indent && ENTRY_LABEL.test(line.trim());
    if (isStart || entries.length === 0) entries.push([]);
    entries.at(-1)!.push(line.trim());
  }
  return entries.map((entry) => entry.join(' '));
}

/**
 * Labels defined by a reference entry, with the URLs the entry gives: `[12] https://…`,
 * `[RFC8446]  Rescorla, E., …, <https://…>`; `labels` holds every entry's label, with URLs or not.
 */
function referenceDefinitions(layouts: readonly Layout[]): { definitions: Map<string, string[]>; labels: Set<string> } {
  const definitions = new Map<string, string[]>();
  const labels = new Set<string>();
  for (const { lines } of layouts) {
    if (!ENTRY_LABEL.test(lines[0]!.trim())) {
      // "[12] https://…" lines inside a paragraph of their own kind.
      for (const line of lines) {
        const match = URL_DEFINITION.exec(line);
        if (match && !definitions.has(match[1]!)) definitions.set(match[1]!, [match[2]!]);
      }
      continue;
    }
    for (const entry of entriesOf(lines)) {
      const label = ENTRY_LABEL.exec(entry)![1]!;
      labels.add(label);
      const urls = findBareUrls(entry).map((url) => url.url);
      if (urls.length > 0 && !definitions.has(label)) definitions.set(label, urls);
    }
  }
  for (const label of definitions.keys()) labels.add(label);
  return { definitions, labels };
}

/**
 * Drops page footers and running headers. A paragraph that a page break cut
 * (the line before the break leaves its sentence open, the line after goes on
 * in lower case) is joined again.
 */
function withoutPageFurniture(lines: string[]): string[] {
  const kept: string[] = [];
  let isAfterFormFeed = false;
  let breakAt = -1;
  for (const line of lines) {
    if (PAGE_FOOTER.test(line)) {
      breakAt = kept.length;
      continue;
    }
    if (line.includes('\f')) {
      if (breakAt < 0) breakAt = kept.length;
      isAfterFormFeed = true;
      const rest = line.replace(/^.*\f/, '');
      if (rest.trim() === '') continue;
      // The running header is the first line of the new page.
      isAfterFormFeed = false;
      continue;
    }
    if (isAfterFormFeed && line.trim() !== '') {
      isAfterFormFeed = false;
      continue;
    }
    if (breakAt >= 0 && line.trim() !== '') {
      while (kept.length > 0 && kept.at(-1)!.trim() === '') kept.pop();
      const previous = kept.at(-1) ?? '';
      const isCut = previous !== '' && !CLOSED_LINE.test(previous.trim()) && /^\s*\p{Ll}/u.test(line) && !BULLET.test(line);
      if (!isCut) kept.push('');
      breakAt = -1;
    }
    kept.push(line);
  }
  return kept;
}

/**
 * Prose in which `[label]` links to the URLs of the reference entry of that label
 * (not at the start of the entry itself). A label of the reference list that is
 * no document number (`[CAM]`, `[Klima03]`, unlike `[RFC2119]`) reads as code: a
 * citation key, never a name.
 */
function textWithReferences(prose: ProseBuilder, paragraph: string, definitions: ReadonlyMap<string, readonly string[]>, labels: ReadonlySet<string>): void {
  if (labels.size === 0) return textWithCommands(prose, paragraph);
  const isDefinition = URL_DEFINITION.test(paragraph);
  let last = 0;
  for (const match of paragraph.matchAll(/\[([^\]\s]{1,24})\]/g)) {
    const label = match[1]!;
    if (!labels.has(label)) continue;
    const urls = match.index === 0 || isDefinition ? [] : (definitions.get(label) ?? []);
    textWithCommands(prose, paragraph.slice(last, match.index));
    for (const url of urls) prose.openLink(url);
    if (SERIES_LABEL.test(label)) prose.text(match[0]);
    else prose.code(match[0]);
    for (let i = 0; i < urls.length; i++) prose.closeLink();
    last = match.index + match[0].length;
  }
  textWithCommands(prose, paragraph.slice(last));
}

/** Prose in which a command line quoted with its options ('make -j 1', 'gcc -O2 main.cpp', "bash --norc") reads as code, as a manual page quotes them. */
function textWithCommands(prose: ProseBuilder, text: string): void {
  // Most paragraphs quote no option: a cheap test first.
  if (!text.includes(' -')) return prose.text(text);
  let last = 0;
  for (const match of text.matchAll(QUOTED_COMMAND)) {
    prose.text(text.slice(last, match.index));
    prose.code(match[0]);
    last = match.index + match[0].length;
  }
  prose.text(text.slice(last));
}
