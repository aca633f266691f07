import type { Category } from '../graph/schema.js';
import type { Document, Mark } from '../read/types.js';
import type { MarkedName } from './markup.js';
import { headCategory, isFunctionWord, isNameParticle } from './words.js';

/**
 * Reference entries, as bibliographies, Wikipedia and RFCs write them:
 *
 *   Smith, Jane; Doe, J. R. (2001). "Title of the Paper". Journal of Things. Oxford: Publisher.
 *   Langou, J., Kurzak, J. and Dongarra, J. (2006), Title in sentence case, *Proceedings …*
 *   [RFC2068] Fielding, R., Gettys, J., and T. Berners-Lee, "Hypertext Transfer Protocol", RFC 2068, 1997.
 *
 * The authors are people (Smith, Jane → Jane Smith), the title is a work, the
 * journal or proceedings in italics and the publisher after "Place:" are names.
 */

const PARTICLES = '(?:(?:[Vv]an|[Vv]on|[Dd]e|[Dd]er|[Dd]en|[Dd]u|[Dd]a|[Dd]i|[Ll]a|[Ll]e|[Dd]el|dos|ter|ten|al|el)\\s+)*';
// Particles written after the given name: "Maaten, Laurens van der".
const TRAILING_PARTICLES = '(?:\\s(?:van|von|de|der|den|du|da|di|la|le|del|ter|ten)){0,3}';
const SURNAME = `${PARTICLES}\\p{Lu}[\\p{L}'’]+(?:-\\p{Lu}?[\\p{L}'’]+)*`;
const INITIALS = '\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*';
const GIVEN = `(?:${INITIALS}(?:\\s\\p{Lu}\\p{Ll}[\\p{L}'’-]*)?|\\p{Lu}\\p{Ll}[\\p{L}'’-]*(?:\\s\\p{Lu}\\p{Ll}[\\p{L}'’-]*){0,2}(?:\\s${INITIALS})?)`;
// "Surname, Given" and, last in RFC lists, "I. Surname".
const INVERTED = new RegExp(`(${SURNAME}),\\s(${GIVEN}${TRAILING_PARTICLES})(?![\\p{L}])`, 'uy');
const DIRECT = new RegExp(`(${INITIALS})\\s(${SURNAME})(?![\\p{L}])`, 'uy');
// "Jean-Charles Rochet", "Hal R. Varian", "Geoffrey G Parker": authors in reading order, as hand-written entries give them.
const GIVEN_WORD = `(?:\\p{Lu}\\p{Ll}[\\p{L}'’-]*|\\p{Lu}\\.?)`;
const FULL_NAME = new RegExp(`(${GIVEN_WORD}(?:\\s${GIVEN_WORD}){0,2})\\s(${SURNAME})(?![\\p{L}])`, 'uy');
// An editor is marked after the name: "Fajardo, V., Ed., Arkko, J.".
const SEPARATOR = /(?:,\s*Eds?\.)?(?:\s*[,;]\s*(?:(?:&|and)\s+)?|\s+(?:&|and)\s+)/uy;
// Backlinks and labels before an entry: "^ a b", "[12]", "12.", "•".
const LEADING = /^(?:\s*(?:[\^↑*•·–-]|https?:\/\/\S+(?=\s)|\[[^\]\s]{1,24}\]|\d{1,3}[.)]?|\p{Ll}(?=\s)))+\s*/u;
// The label that opens an RFC's reference entry: "[RFC2068]", "[PLUMB]".
const LABEL = /^\s*\[[^\]\s]{1,24}\]/;
// What follows the authors: a year, "et al.", or a quoted title.
const AFTER_AUTHORS = /^(?:,\s*Eds?\.)?(?:,?\s*et al\.?)?\s*[.,]?\s*(?:\((?:[\p{L}.]+\s)?\d{4}(?:-\d\d){0,2}[a-z]?(?:,\s*[\p{L}\s.]+)?\)|\d{4}[a-z]?\b|(?=["“‘'`]))\s*[.,:]?\s*/u;
const QUOTED_TITLE = /^(?:``|["“‘'])([^"”’`]{3,300}?)[.,?!]?(?:["”’»]|'')/u;
const PLAIN_TITLE = /^(\p{Lu}[^]{2,250}?[?!]?)(?=\.\s|\?\s|,\s(?:in|In)\s|\.$|$)/u;
const PUBLISHER = /(?:^|[.,]\s)(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?):\s(\p{Lu}[\p{L}&'’-]+(?:\s[\p{L}&'’-]+){0,4}?)(?=[.,;]\s|[.,;]?$)/gu;
const SERIES_NUMBER = /^\s*,?\s*(RFC|BCP|STD|FYI|PEP|ISO)\s?(\d+)\b/;
// Headings of the sections that list references.
const REFERENCE_HEADING = /^(?:references?|bibliography|further reading|external links|sources|works cited|citations|notes|notes and references|literature|reading list|footnotes|publications)$/i;
const RETRIEVED = /\b(?:Retrieved|Archived from the original|Accessed)\b/;
const EVENT_WORDS = /\b(?:Proceedings|Conference|Symposium|Workshop|Congress|Meeting)\b/;

export interface References {
  names: MarkedName[];
  /** Indexes of the blocks that hold a reference entry: each is read as one sentence, so that its link cites all it names. */
  blocks: ReadonlySet<number>;
}

export function findReferences(document: Pick<Document, 'text' | 'blocks' | 'marks' | 'links'>): References {
  const names: MarkedName[] = [];
  const blocks = new Set<number>();
  let isInReferences = false;
  document.blocks.forEach((block, index) => {
    const text = document.text.slice(block.start, block.end);
    if (block.kind === 'heading') {
      isInReferences = REFERENCE_HEADING.test(text.replace(/^[\d.\s]+/, '').trim());
      return;
    }
    const lead = LEADING.exec(text)?.[0].length ?? 0;
    const entry = readEntry(document, block.start + lead, block.end, LABEL.test(text), isInReferences);
    if (entry.length === 0 && (isInReferences || RETRIEVED.test(text))) entry.push(...readTitledEntry(document, block.start + lead, block.end));
    // Every entry of a reference list is one unit, whatever its format ("Jean Tirole (2005). Title. Journal.").
    if (entry.length > 0 || (isInReferences && block.kind === 'item')) blocks.add(index);
    names.push(...entry);
  });
  return { names, blocks };
}

/**
 * An entry without authors, in a reference list: a quoted title with the site after it
 * (`"Title". Site. Retrieved …`), or a link whose text is the title.
 */
function readTitledEntry(document: Pick<Document, 'text' | 'marks' | 'links'>, start: number, end: number): MarkedName[] {
  const text = document.text.slice(start, end);
  const quoted = QUOTED_TITLE.exec(text);
  if (quoted) {
    const offset = text.indexOf(quoted[1]!);
    const names: MarkedName[] = withSite(document.text, { start: start + offset, end: start + offset + quoted[1]!.length, category: 'other' });
    const container = document.marks.find((m) => m.start >= start + quoted[0].length && m.start <= start + quoted[0].length + 3 && m.end <= end);
    if (container && /^\p{Lu}/u.test(document.text.slice(container.start, container.end))) names.push({ start: container.start, end: container.end, category: 'organization' });
    return names;
  }
  const link = document.links.find((l) => l.start >= start && l.start <= start + 2 && l.end <= end && !l.isBare);
  if (!link) return [];
  // A title in italics at the start of the link's text is the title; the rest names its site or author ("… Christopher Olah's blog").
  const mark = document.marks.find((m) => m.start === link.start && m.end < link.end);
  const span = mark ?? link;
  return /^\p{Lu}\S*\s\S/u.test(document.text.slice(span.start, span.end)) ? [{ start: span.start, end: span.end, category: 'other' }] : [];
}

/** `isLabelled`: the entry opens with its label (`[PLUMB]`), so that even its first author may be written "B. Metcalfe". */
function readEntry(document: Pick<Document, 'text' | 'marks'>, start: number, end: number, isLabelled: boolean, isListed = false): MarkedName[] {
  const text = document.text.slice(start, end);
  const authors: MarkedName[] = [];
  let at = 0;
  for (;;) {
    INVERTED.lastIndex = at;
    DIRECT.lastIndex = at;
    const inverted = INVERTED.exec(text);
    const direct = authors.length > 0 || isLabelled ? DIRECT.exec(text) : null;
    // In a reference list, or after a first author, a name in reading order whose given names read as such.
    const full = inverted || direct || !(isListed || authors.length > 0) ? null : fullName(text, at);
    const match = inverted ?? direct ?? full;
    if (!match) break;
    const name = inverted ? `${inverted[2]} ${inverted[1]}` : undefined;
    authors.push({ start: start + at, end: start + at + match[0].length, category: 'person', ...(name ? { name } : {}) });
    at += match[0].length;
    SEPARATOR.lastIndex = at;
    const separator = SEPARATOR.exec(text);
    if (!separator) break;
    at += separator[0].length;
  }
  if (authors.length === 0) return [];
  const afterAuthors = authors.at(-1)!.end - start;
  const tail = AFTER_AUTHORS.exec(text.slice(afterAuthors));
  if (!tail) return [];
  const names: MarkedName[] = [...authors];
  const titleAt = afterAuthors + tail[0].length;
  const rest = text.slice(titleAt);
  const markAt = markStarting(document.marks, start + titleAt);
  let titleEnd = titleAt;
  const quoted = QUOTED_TITLE.exec(rest);
  if (quoted) {
    const offset = rest.indexOf(quoted[1]!);
    // A numbered document's title is another name of its number: "Diameter Base Protocol", RFC 6733.
    const number = SERIES_NUMBER.exec(rest.slice(quoted[0].length));
    const title: MarkedName = { start: start + titleAt + offset, end: start + titleAt + offset + quoted[1]!.length, category: 'other' };
    names.push(number ? { ...title, name: `${number[1]} ${number[2]}` } : title);
    titleEnd = titleAt + quoted[0].length;
  } else if (markAt) {
    names.push({ start: markAt.start, end: markAt.end, category: 'other' });
    titleEnd = markAt.end - start;
  } else {
    const plain = PLAIN_TITLE.exec(rest);
    if (plain) {
      names.push({ start: start + titleAt, end: start + titleAt + plain[1]!.length, category: 'other' });
      titleEnd = titleAt + plain[1]!.length;
    }
  }
  // The journal or proceedings: the next italics after the title.
  const container = document.marks.find((m) => m.start >= start + titleEnd && m.start <= start + titleEnd + 8 && m.end <= start + text.length);
  if (container) {
    const value = document.text.slice(container.start, container.end);
    const category: Category = EVENT_WORDS.test(value) ? 'other' : 'organization';
    if (/^\p{Lu}/u.test(value)) names.push({ start: container.start, end: container.end, category });
  }
  for (const match of text.slice(titleEnd).matchAll(PUBLISHER)) {
    const placeAt = start + titleEnd + match.index + match[0].indexOf(match[1]!);
    const publisherAt = start + titleEnd + match.index + match[0].lastIndexOf(match[2]!);
    names.push({ start: placeAt, end: placeAt + match[1]!.length, category: 'place' });
    names.push({ start: publisherAt, end: publisherAt + match[2]!.length, category: 'organization' });
  }
  return names;
}

function fullName(text: string, at: number): RegExpExecArray | null {
  FULL_NAME.lastIndex = at;
  const match = FULL_NAME.exec(text);
  if (!match) return null;
  // Not a publication or a body ("Harvard Business Review (2006)", "The Economist"): no function word or kind noun in it.
  const isGiven = (word: string) => {
    const lower = word.toLowerCase();
    return /^\p{Lu}\.?$/u.test(word) || isNameParticle(lower) || (!isFunctionWord(lower) && headCategory(lower) === undefined);
  };
  const surname = headCategory(match[2]!.toLowerCase());
  return match[1]!.split(/\s/).every(isGiven) && surname !== 'organization' && surname !== 'other' ? match : null;
}

// A site after a page's title: "Adobe kills Creative Suite - CNET", "Creating a system - Bain & Company".
const SITE_SUFFIX = /\s[-–—|]\s((?:\p{Lu}[\p{L}\p{N}.'’]*|&|and|of)(?:\s(?:\p{Lu}[\p{L}\p{N}.'’]*|&|and|of)){0,3})$/u;

/** A quoted title ending with its site: the title without it, and the site, a publisher. */
function withSite(text: string, title: MarkedName): MarkedName[] {
  const site = SITE_SUFFIX.exec(text.slice(title.start, title.end));
  if (!site || !/\p{Lu}/u.test(site[1]!)) return [title];
  const siteStart = title.end - site[1]!.length;
  return [{ ...title, end: title.start + site.index }, { start: siteStart, end: title.end, category: 'organization' }];
}

function markStarting(marks: readonly Mark[], offset: number): Mark | undefined {
  return marks.find((m) => m.start >= offset && m.start <= offset + 1);
}
