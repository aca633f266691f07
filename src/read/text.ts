import { ProseBuilder } from './prose.js';
import type { Document } from './types.js';

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

/**
 * Reads plain text: paragraphs are separated by blank lines; URLs in them become
 * links. A short line of its own that is numbered like a section is a heading,
 * and so is each entry of a table of contents;
 * page footers and running headers are dropped; `[12]` where `[12] https://…` is
 * defined further down is a link to that URL, like a Markdown reference link.
 */
export function readText(source: string, path: string): Document {
  const prose = new ProseBuilder();
  // A URL in angle brackets may be wrapped at the end of a line: "<http://www-\n   cse.ucsd.edu/…>".
  const unwrapped = source.replace(/<(https?:\/\/[^>\s]*)\r?\n[ \t]*([^>\s]*)>/g, '<$1$2>');
  const lines = withoutPageFurniture(unwrapped.split(/\r?\n/));
  const definitions = new Map<string, string>();
  for (const line of lines) {
    const match = URL_DEFINITION.exec(line);
    if (match) definitions.set(match[1]!, match[2]!);
  }
  const paragraphs = lines.join('\n').split(/\n[ \t]*\n/);
  for (const paragraph of paragraphs) {
    const trimmed = paragraph.trim();
    if (trimmed === '') continue;
    if (!trimmed.includes('\n') && trimmed.length <= 72 && NUMBERED_HEADING.test(trimmed)) {
      prose.openBlock('heading');
      prose.text(trimmed);
      continue;
    }
    const lines = paragraph.split('\n').map((line) => line.trim()).filter(Boolean);
    // A table of contents lists the section titles: each entry reads as the heading it stands for.
    if (lines.filter((line) => CONTENTS_LINE.test(line)).length * 2 >= lines.length) {
      for (const line of lines) {
        prose.openBlock('heading');
        prose.text(line.replace(CONTENTS_LINE, '$1'));
      }
      continue;
    }
    // Short lines that no wrapping made, each opening with a capital or a digit (an address, a list of names), are read one by one.
    if (lines.length >= 3 && lines.every((line) => line.length <= SHORT_LINE && /^[\p{Lu}\p{N}]/u.test(line))) {
      for (const line of lines) {
        prose.openBlock('item');
        textWithReferences(prose, line, definitions);
      }
      continue;
    }
    if (paragraph.split('\n').some((line) => COLUMN_GAP.test(line.trim()))) {
      for (const piece of paragraph.split('\n').flatMap((line) => line.trim().split(COLUMN_GAP))) {
        prose.openBlock('cell');
        prose.text(piece);
      }
      continue;
    }
    prose.openBlock('paragraph');
    if (URL_DEFINITION.test(trimmed)) prose.text(paragraph);
    else textWithReferences(prose, paragraph, definitions);
  }
  return { path, format: 'text', ...prose.build() };
}

function withoutPageFurniture(lines: string[]): string[] {
  const kept: string[] = [];
  let isAfterFormFeed = false;
  for (const line of lines) {
    if (PAGE_FOOTER.test(line)) continue;
    if (line.includes('\f')) {
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
    kept.push(line);
  }
  return kept;
}

/** Prose in which `[label]` is a link when the text defines that label by a URL. */
function textWithReferences(prose: ProseBuilder, paragraph: string, definitions: ReadonlyMap<string, string>): void {
  if (definitions.size === 0) return prose.text(paragraph);
  let last = 0;
  for (const match of paragraph.matchAll(/\[([^\]\s]{1,24})\]/g)) {
    const url = definitions.get(match[1]!);
    if (url === undefined) continue;
    prose.text(paragraph.slice(last, match.index));
    prose.openLink(url);
    prose.text(match[0]);
    prose.closeLink();
    last = match.index + match[0].length;
  }
  prose.text(paragraph.slice(last));
}
