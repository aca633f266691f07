import type { Category } from '../graph/schema.js';
import type { Document, Mark, Verbatim } from '../read/types.js';
import { isTitleCaseRun, type MarkedName } from './markup.js';
import { overlapsVerbatim } from './tokens.js';
import { headCategory, isCampusOf, isFunctionWord, isMonthOrDay, isNameParticle } from './words.js';

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
// Letters may carry combining accents ("Dugué" written e + U+0301).
const SURNAME = `${PARTICLES}\\p{Lu}[\\p{L}\\p{M}'’]+(?:-\\p{Lu}?[\\p{L}\\p{M}'’]+)*`;
const INITIALS = '\\p{Lu}\\.(?:\\s?-?\\p{Lu}\\.)*';
const GIVEN = `(?:${INITIALS}(?:\\s\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*)?|\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*(?:\\s\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*){0,2}(?:\\s${INITIALS})?)`;
// "Surname, Given" and, last in RFC lists, "I. Surname".
const INVERTED = new RegExp(`(${SURNAME}),\\s(${GIVEN}${TRAILING_PARTICLES})(?![\\p{L}\\p{M}])`, 'uy');
const DIRECT = new RegExp(`(${INITIALS})\\s(${SURNAME})(?![\\p{L}\\p{M}])`, 'uy');
// IEEE and ACM write every author initials first: "W. F. Godoy et al., “Title,”", "R. Lambiotte, J.-C. Delvenne and M. Barahona.".
// The first is an author when "et al." or another such author follows it, or, in a list item or a block quote, a quoted title.
const AFTER_FIRST_DIRECT = new RegExp(`^(?:,?\\s*et al\\.|(?:,\\s*|\\s+and\\s+)${INITIALS}\\s\\p{Lu})`, 'u');
const BEFORE_QUOTED_TITLE = /^,?\s*["“«]/u;
// After "and", MLA writes the last author in full: "White, Anna, and Tom Black".
const FULL = new RegExp(`\\p{Lu}\\p{Ll}+(?:\\s${INITIALS})?\\s${SURNAME}(?![\\p{L}\\p{M}])`, 'uy');
// Vancouver writes the initials after the surname, without periods: "Miller K, Davis LM."
const VANCOUVER = new RegExp(`(${SURNAME})\\s(\\p{Lu}{1,3})(?=[,.]|\\s+(?:et al\\b|and\\s))`, 'uy');
// "Jean-Charles Rochet", "Hal R. Varian", "Geoffrey G Parker": authors in reading order, as hand-written entries give them.
const GIVEN_WORD = `(?:\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*|\\p{Lu}\\.?)`;
const FULL_NAME = new RegExp(`(${GIVEN_WORD}(?:\\s${GIVEN_WORD}){0,2})\\s(${SURNAME})(?![\\p{L}\\p{M}])`, 'uy');
// An editor is marked after the name: "Fajardo, V., Ed., Arkko, J.".
const SEPARATOR = /(?:,\s*Eds?\.)?(?:\s*[,;]\s*(?:(?:&|and)\s+)?|\s+(?:&|and)\s+)/uy;
// Backlinks and labels before an entry: "^ a b", "[12]", "12.", "•".
const LEADING = /^(?:\s*(?:[\^↑*•·–-]|https?:\/\/\S+(?=\s)|\[[^\]\s]{1,24}\]|\d{1,3}[.)]?|\p{Ll}(?=\s)))+\s*/u;
// The label that opens an RFC's reference entry: "[RFC2068]", "[PLUMB]".
const LABEL = /^\s*\[[^\]\s]{1,24}\]/;
const ENTRY_LABEL = /^\s*\[([^\]\s]{1,24})\]/;
// A label cited in the text: "[3]", "[RFC2119]"; one of a list too ("[2, 3]" is left alone).
const TEXT_MARKER = /\[([^\]\s]{1,24})\]/g;
// A year in brackets, with its month and day ("(2022, November 22)", Wikipedia's "(22 April 2014)"), or APA's "(n.d.)" for no date.
const BRACKETED_DATE = String.raw`\((?:(?:\d{1,2}\s)?(?:[\p{L}.]+\s)?\d{4}(?:-\d\d){0,2}[a-z]?(?:,\s*[\p{L}\p{N}\s.]+)?|n\.\s?d\.)\)`;
// What follows the authors: such a date, a bare year, "et al.", or a quoted title.
const AFTER_AUTHORS = new RegExp(`^(?:,\\s*Eds?\\.)?(?:,?\\s*et al\\.?)?\\s*[.,]?\\s*(?:${BRACKETED_DATE}|\\d{4}[a-z]?\\b|(?=["“‘'\`«]))\\s*[.,:]?\\s*`, 'u');
// APA without a person as author: a body and the date before the title ("PBS. (n.d.). A Science Odyssey"), or the title first ("John B. Watson. (n.d.).").
const DATED_BODY = new RegExp(`^(\\p{Lu}[\\p{L}\\p{N}&'’ -]{0,80}?)\\.\\s${BRACKETED_DATE}\\.\\s+(?=\\p{Lu})`, 'u');
const DATED_TITLE = new RegExp(`^(\\p{Lu}[^]{2,250}?)\\.?\\s${BRACKETED_DATE}\\.?\\s*$`, 'u');
// A title in double, curly or TeX quotes (``Title''; an apostrophe inside: “Pandoc User’s Guide”), in French guillemets (« Title »), or in straight single quotes that close before a comma or the end ('Judging a book by its URLs', …).
const QUOTED_TITLE = /^(?:(?:``|["“‘])((?:[^"”’`]|’(?=\p{L})){3,300}?)[.,?!]?(?:["”’»]|'')(?!\p{L})|«\s?([^«»]{3,300}?)[.,?!]?\s?»|'((?:[^'"]|'(?=\p{L}))+?)[.,?!]?'(?=[\s,.;:)]|$))/u;
// An unquoted title ends at a full stop (not the one of a middle initial: "Rethinking John B. Watson's Legacy"), before ", in", a year in brackets, a DOI or a URL,
// or where a period runs into the next capitalised word (a typo: "Projects.PLoS").
const PLAIN_TITLE = /^(\p{Lu}[^]{2,250}?[?!]?)(?=(?<!\s\p{Lu})\.\s|\?\s|,\s(?:in|In)\s|,\s(?:doi|DOI)\b|\.(?=\p{Lu}\p{L})|\s\(\d{4}|\s<?https?:|\.$|$)/u;
// A journal's or proceedings' name abbreviated word by word: "Proc. Natl. Acad. Sci. USA", "Phys. Rev. E", "ACM Trans. Graph.", IEEE's "in Proc. Int. Conf. Learn. Represent. Workshop".
const ABBREVIATED_CONTAINER = /^["”’»']?[.,]?\s*(?:[Ii]n:?\s+)?((?:\p{Lu}{2,6}\s)?\p{Lu}\p{Ll}{1,9}\.(?:\s\p{Lu}\p{Ll}{0,9}\.)+(?:\s\p{Lu}\p{L}*)?)(?=\s*[,.;(]|\s+\d|\s*$)/u;
// A conference's proceedings are an event's; "Proc. Natl. Acad. Sci." is a journal.
const EVENT_ABBREVIATIONS = /\b(?:Conf|Symp)\.|\b(?:Conference|Symposium|Workshop)\b/;
// The journal, magazine, site or publisher after a title, in plain text: ", School of Data blog (17 October 2013)", ", Infoworld, February 2, 1998".
// A note on the kind of work may stand before it ("[Research Report] Université d’Orléans"), ACM's "In" before proceedings ("In Proceedings of the 42nd International Conference …"),
// and a subtitle after a long name ("Journal of Statistical Mechanics: Theory and Experiment").
const CONTAINER = /^["”’'»]?[.,]?\s*(?:\[[^\]]{1,40}\]\s*|(?:Diss|(?:Doctoral|PhD|Ph\.D\.)\s[Dd]issertation|(?:PhD|Master['’]s)\s[Tt]hesis)\.\s*)?(?:[Ii]n:?\s+)?(\p{Lu}[\p{L}\p{M}'’&-]+(?:(?:\s(?:of|for|and|the|on|in|&|de|des|du|di|del|della|degli))*\s(?:(?:d['’])?\p{Lu}[\p{L}\p{M}'’&-]*|\d{1,4}(?:st|nd|rd|th))){0,9}(?::\s\p{Lu}[\p{L}\p{M}'’&-]*(?:(?:\s(?:of|for|and|the|on|in|&))*\s\p{Lu}[\p{L}\p{M}'’&-]*){0,5})?)(?:\s(?:blog|website|site|magazine|newspaper))?(?=\s*[,.;(<]|\s+\d|\s*$)/u;
// A journal's name up to its volume (and issue) and year in brackets, as MLA writes them: "Journal of Physics D: Applied Physics 56.41 (2023)".
const VOLUME_CONTAINER = /^["”’'»]?[.,]?\s*(\p{Lu}[^.,;()\d\n]{1,80}?)\s\d{1,4}(?:\.\d{1,4})?\s\(\d{4}\)/u;
// A second author and quoted title after the first work of an entry.
const NEXT_WORK = /^["”’]?,\s+(?=(?:\p{Lu}\.\s?)+\p{Lu}[\p{L}'’-]+,\s*["“])/u;
// What stands where a container could, but is none: series numbers, dates, notes on the status of a work.
const NOT_CONTAINER = /^(?:RFC|BCP|STD|FYI|DOI|ISBN|ISSN|Work in Progress|In [Pp]reparation|Internet-Draft|Retrieved|Accessed|Available|Archived|See|Vol|No|Pp|Ed|Eds|Proc|Tech|Technical Report|PhD|Thesis|Diss|Dissertation|Doctoral)\b/;
// An organisation as author, before a quoted title: "UK Data Archive, 'Documenting your Data'".
const ORGANIZATION_AUTHOR = /^(\p{Lu}[^,"“‘']{2,120}?),\s*(?=["“‘'])/u;
// What an external-links list calls a site's link, no title of a work: Wikipedia's "Official website".
const SITE_LINK_TEXT = /^(?:(?:the\s)?official\s(?:web\s?site|site|home\s?page|blog)|home\s?page|web\s?site)$/i;
const HANDLE_AUTHOR = /^[\p{L}\p{N}_-]{2,40}\.\s+(?=["“])/u;
const PUBLISHER = /(?:^|[.,]\s)(\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?):\s(\p{Lu}[\p{L}&'’-]+(?:\s[\p{L}&'’-]+){0,4}?)(?=[.,;]\s|[.,;]?$)/gu;
// The catalogue an entry was taken from, before its DOI, as Zotero's MLA writes it: ". arXiv.org, doi:…", ". DOI.org (Crossref), doi:…".
const CATALOG = /[.,]\s(\p{L}[\p{L}\p{N}.-]*\p{L})(?:\s\((\p{Lu}[\p{L}\p{N}.-]*\p{L})\))?,\s*doi:/gu;
const SERIES_NUMBER = /\s*,?\s*(RFC|BCP|STD|FYI|PEP|ISO)\s?(\d+)\b/y;
// Headings of the sections that list references.
const REFERENCE_HEADING = /^(?:references?|bibliography|further reading|external links|sources|works cited|citations|notes|notes and references|literature|reading list|footnotes|publications|see also|(?:for )?more information|further information|(?:further|additional) resources)$/i;
const RETRIEVED = /\b(?:Retrieved|Archived from the original|Accessed)\b/;
const EVENT_WORDS = /\b(?:Proceedings|Conference|Symposium|Workshop|Congress|Meeting)\b/;

export interface References {
  names: MarkedName[];
  /** Indexes of the blocks that hold a reference entry: each is read as one sentence, so that its link cites all it names. */
  blocks: ReadonlySet<number>;
}

export function findReferences(document: Pick<Document, 'text' | 'blocks' | 'marks' | 'links' | 'title'>): References {
  const names: MarkedName[] = [];
  const blocks = new Set<number>();
  let isInReferences = false;
  // An RFC names its own number in its header ("Request for Comments: 6614"); its title is another name of it.
  const number = /^Request for Comments:\s*(\p{N}+)$/mu.exec(document.text)?.[1];
  document.blocks.forEach((block, index) => {
    const text = document.text.slice(block.start, block.end);
    if (number !== undefined && (/^Request for Comments:/.test(text) || (block.kind === 'heading' && text === document.title))) {
      names.push({ start: block.start, end: block.end, category: 'other', name: `RFC ${number}` });
      return;
    }
    if (block.kind === 'heading') {
      // A heading may carry its numbering before it, and its permalink sign or a dash after it ("For More Information¶", "References -").
      isInReferences = REFERENCE_HEADING.test(text.replace(/^[\d.\s]+|[\s¶#:-]+$/gu, '').trim());
      return;
    }
    // An address's lines, joined by commas, would read as "Surname, Given" authors: its first line is its person, the second their organisation.
    if (block.kind === 'address') return names.push(...addressNames(document.text, block.start, block.end));
    const lead = LEADING.exec(text)?.[0].length ?? 0;
    const isLabelled = LABEL.test(text);
    const isListed = isInReferences || block.kind === 'item' || block.kind === 'quote';
    const entry = readEntry(document, block.start + lead, block.end, isLabelled, isInReferences, isListed);
    if (entry.length === 0 && (isInReferences || isLabelled || RETRIEVED.test(text))) entry.push(...readTitledEntry(document, block.start + lead, block.end));
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
  const names: MarkedName[] = [];
  // An organisation as author: "Open System Consultants, "RadSec …"", "UK Data Archive, 'Documenting your Data'".
  const author = ORGANIZATION_AUTHOR.exec(document.text.slice(start, end));
  if (author && isTitleCaseRun(author[1]!.replace(/\s\(\p{Lu}+\)$/u, ''))) {
    // The acronym after the name is a name of its own: "Trans-European Research and Education Networking Association (TERENA)".
    const name = author[1]!.replace(/\s\(\p{Lu}+\)$/u, '');
    names.push({ start, end: start + name.length, category: 'organization' });
    start += author[0].length;
  }
  // An author by handle, one word and a full stop, before the quoted title: Wikipedia's "phegaro. "LinkedIn Mobile: How do we do it?". SlideShare.".
  const handle = HANDLE_AUTHOR.exec(document.text.slice(start, end));
  if (handle && names.length === 0) start += handle[0].length;
  const text = document.text.slice(start, end);
  const quoted = QUOTED_TITLE.exec(text);
  if (quoted) {
    const title = quoted[1] ?? quoted[2] ?? quoted[3]!;
    const offset = text.indexOf(title);
    names.push(...withSite(document.text, { start: start + offset, end: start + offset + title.length, category: 'other' }));
    const container = document.marks.find((m) => m.start >= start + quoted[0].length && m.start <= start + quoted[0].length + 3 && m.end <= end);
    if (container && isContainerName(document.text.slice(container.start, container.end))) names.push({ start: container.start, end: container.end, category: 'organization' });
    else names.push(...plainContainer(document.text, start + quoted[0].length, end));
    return names;
  }
  if (names.length > 0) return [];
  const link = document.links.find((l) => l.start >= start && l.start <= start + 2 && l.end <= end && !l.isBare);
  const dated = datedEntry(text, link ? Math.min(link.end, end) - start : text.length);
  if (dated.length > 0) return dated.map((name) => ({ ...name, start: start + name.start, end: start + name.end }));
  if (!link) return [];
  // A title in italics at the start of the link's text is the title; the rest names its site or author ("… Christopher Olah's blog").
  const mark = document.marks.find((m) => m.start === link.start && m.end < link.end);
  const span = mark ?? link;
  const value = document.text.slice(span.start, span.end);
  return /^\p{Lu}\S*\s\S/u.test(value) && !SITE_LINK_TEXT.test(value) ? [{ start: span.start, end: span.end, category: 'other' }] : [];
}

// A site named by its host in the website slot, as Wikipedia's citations write it: *threatpost.com*, *ariya.blogspot.com*.
const SITE_HOST = /^[\p{Ll}\p{N}][\p{Ll}\p{N}-]*(?:\.[\p{Ll}\p{N}-]+)*\.\p{Ll}{2,6}$/u;

/** What may name a journal, a publisher or a site after a title: a capitalised name, or a site's host in lower case. */
function isContainerName(value: string): boolean {
  return /^\p{Lu}/u.test(value) || SITE_HOST.test(value);
}

/** An APA entry without a person as its author (`DATED_BODY`, `DATED_TITLE`), offsets in `text`; its title runs to the end of the link it is the text of. */
function datedEntry(text: string, linkEnd: number): MarkedName[] {
  const body = DATED_BODY.exec(text);
  if (body) {
    const title = text.slice(body[0].length, linkEnd).replace(/[\s.,;:]+$/u, '');
    return [{ start: 0, end: body[1]!.length, category: 'organization' }, ...(/\p{L}/u.test(title) ? [{ start: body[0].length, end: body[0].length + title.length, category: 'other' as const }] : [])];
  }
  const title = DATED_TITLE.exec(text.slice(0, Math.max(linkEnd, text.trimEnd().length)));
  return title ? [{ start: 0, end: title[1]!.length, category: 'other' }] : [];
}

/**
 * `isLabelled`: the entry opens with its label (`[PLUMB]`), so that even its first author may be written "B. Metcalfe".
 * `isListed`: it stands in a list item, a block quote or a reference list, where "B. Metcalfe, “Title,”" opens an entry.
 */
function readEntry(document: Pick<Document, 'text' | 'marks' | 'links'>, start: number, end: number, isLabelled: boolean, isInReferences = false, isListed = false): MarkedName[] {
  const text = document.text.slice(start, end);
  const authors: MarkedName[] = [];
  let at = 0;
  let isAfterAnd = false;
  let isVancouver = false;
  for (;;) {
    INVERTED.lastIndex = at;
    DIRECT.lastIndex = at;
    FULL.lastIndex = at;
    VANCOUVER.lastIndex = at;
    // In a reference list, "Miller K, Davis L" is Vancouver's "Surname Initials", in a list of two or more ("Google AI." alone is no person).
    // In a list item, only where its title is followed by a link (Molly's "Greener JG. Title, [Chem Sci](…) 15 (2024)").
    const vancouver: RegExpExecArray | null = (authors.length === 0 ? isInReferences || (isListed && at === 0) : isVancouver) ? VANCOUVER.exec(text) : null;
    if (vancouver && authors.length === 0) isVancouver = isVancouverNext(text, at + vancouver[0].length) || (isListed && isVancouverAlone(document, text, vancouver, start));
    const inverted = isVancouver ? null : INVERTED.exec(text);
    const directMatch = authors.length > 0 || isLabelled || at === 0 ? DIRECT.exec(text) : null;
    const afterFirst = directMatch ? text.slice(at + directMatch[0].length) : '';
    const direct = directMatch && (authors.length > 0 || isLabelled || AFTER_FIRST_DIRECT.test(afterFirst) || (isListed && BEFORE_QUOTED_TITLE.test(afterFirst))) ? directMatch : null;
    const full = isAfterAnd ? FULL.exec(text) : null;
    // In a reference list, or after a first author, a name in reading order whose given names read as such.
    const reading = inverted || direct || full || !(isInReferences || authors.length > 0) ? null : fullName(text, at);
    const match = (isVancouver ? vancouver : null) ?? inverted ?? direct ?? full ?? reading;
    if (!match) break;
    const name = isVancouver ? `${match[2]} ${match[1]}` : match === inverted ? `${inverted[2]} ${inverted[1]}` : undefined;
    authors.push({ start: start + at, end: start + at + match[0].length, category: 'person', ...(name ? { name } : {}) });
    at += match[0].length;
    SEPARATOR.lastIndex = at;
    const separator = SEPARATOR.exec(text);
    if (!separator) break;
    isAfterAnd = /\b(?:and)\s|&/.test(separator[0]);
    at += separator[0].length;
  }
  if (authors.length === 0) return [];
  const afterAuthors = authors.at(-1)!.end - start;
  // In a reference list the title may follow the authors with just a comma or a full stop: "Noble, William Stafford, A Quick Guide to …", "Green, Mary. The Long Book Title.".
  // In a list item, the same when the title is a link or a link follows it ("Jürries, Florian, et al. [Title](…). Journal", "Witt WC et al. Title, [J Chem Phys](…)").
  const tail = AFTER_AUTHORS.exec(text.slice(afterAuthors)) ?? (isInReferences ? LOOSE_AFTER_AUTHORS.exec(text.slice(afterAuthors)) : isListed && (isVancouver || linkAfter(document, start + afterAuthors, start + text.length)) ? listedTail(text, afterAuthors) : null);
  if (!tail) return [];
  const names: MarkedName[] = [...authors];
  const titleAt = afterAuthors + tail[0].length;
  const rest = text.slice(titleAt);
  const markAt = markStarting(document.marks, start + titleAt);
  const linkAt = markAt ? undefined : document.links.find((l) => l.start === start + titleAt && !l.isBare && l.end <= start + text.length && /^\p{Lu}/u.test(l.text));
  let titleEnd = titleAt;
  const quoted = QUOTED_TITLE.exec(rest);
  if (quoted) {
    const quotedTitle = quoted[1] ?? quoted[2] ?? quoted[3]!;
    const offset = rest.indexOf(quotedTitle);
    // A numbered document's title is another name of its number: "Diameter Base Protocol", RFC 6733.
    const numbers = seriesNumbers(rest.slice(quoted[0].length), start + titleAt + quoted[0].length);
    const title: MarkedName = { start: start + titleAt + offset, end: start + titleAt + offset + quotedTitle.length, category: 'other' };
    // "BCP 14, RFC 2119": one document under two numbers; its RFC number names it.
    const name = numbers.find((n) => n.series === 'RFC')?.name ?? numbers[0]?.name;
    names.push(name ? { ...title, name } : title);
    for (const n of numbers) if (n.name !== name) names.push({ start: n.start, end: n.end, category: 'other', name: name! });
    titleEnd = titleAt + quoted[0].length;
  } else if (markAt) {
    names.push({ start: markAt.start, end: markAt.end, category: 'other' });
    titleEnd = markAt.end - start;
  } else if (linkAt) {
    // A title that is a link's text, a full stop inside it or not ("[Radiation Damage in High Entropy Alloys.](…)").
    const title = document.text.slice(linkAt.start, linkAt.end).replace(/[\s.,;:]+$/u, '');
    names.push({ start: linkAt.start, end: linkAt.start + title.length, category: 'other' });
    titleEnd = linkAt.end - start;
  } else {
    const plain = PLAIN_TITLE.exec(rest);
    if (plain) {
      // The title ends where the journal's italics begin: "Title (Subtitle), *Proceedings of …*".
      const next = document.marks.find((m) => m.start > start + titleAt && m.start < start + titleAt + plain[1]!.length) ?? linkInTitle(document, start + titleAt, plain[1]!);
      const length = next ? rest.slice(0, next.start - start - titleAt).replace(/[\s,.:;]+$/, '').length : plain[1]!.length;
      names.push({ start: start + titleAt, end: start + titleAt + length, category: 'other' });
      titleEnd = titleAt + length;
    }
  }
  // The journal or proceedings: the next italics after the title, else the capitalised words after it.
  const container = document.marks.find((m) => m.start >= start + titleEnd && m.start <= start + titleEnd + 8 && m.end <= start + text.length) ?? (linkAt ? undefined : linkInTitle(document, start + titleEnd, text.slice(titleEnd, titleEnd + 10)));
  if (container) {
    const value = document.text.slice(container.start, container.end);
    const category: Category = EVENT_WORDS.test(value) ? 'other' : 'organization';
    if (isContainerName(value)) names.push({ start: container.start, end: container.end, category });
  } else if (titleEnd > titleAt) {
    names.push(...plainContainer(document.text, start + titleEnd, end));
  }
  // One entry may cite two works in a row: "D. Nichols, "Coke machine history", C. Everhart, "Interesting uses of networking", <…>".
  const next = NEXT_WORK.exec(text.slice(titleEnd));
  if (next && titleEnd > titleAt) names.push(...readEntry(document, start + titleEnd + next.index + next[0].length, end, true));
  for (const match of text.slice(titleEnd).matchAll(PUBLISHER)) {
    const placeAt = start + titleEnd + match.index + match[0].indexOf(match[1]!);
    const publisherAt = start + titleEnd + match.index + match[0].lastIndexOf(match[2]!);
    names.push({ start: placeAt, end: placeAt + match[1]!.length, category: 'place' });
    names.push({ start: publisherAt, end: publisherAt + match[2]!.length, category: 'organization' });
  }
  for (const match of text.slice(titleEnd).matchAll(CATALOG)) {
    for (const catalog of match.slice(1)) {
      if (catalog === undefined || !/\p{Lu}/u.test(catalog)) continue;
      const at = start + titleEnd + match.index + match[0].indexOf(catalog);
      names.push({ start: at, end: at + catalog.length, category: 'organization' });
    }
  }
  return names;
}

// After the authors, where no year or quoted title follows: a comma or full stop ("et al." before it), then the title.
const LOOSE_AFTER_AUTHORS = /^(?:,?\s*et al\.?[,.]?|[,.])\s+(?=\p{Lu}|\[)/u;
// Outside a reference list the authors end with a full stop: "Jürries, Florian, et al. [Title](…)" ("JuliaHub, Platinum Sponsor, [Sponsored Talk](…)" is none).
const LISTED_AFTER_AUTHORS = /^(?:(?:,?\s*et al)?\.)?\s+(?=\p{Lu}|\[)/u;

/** The full stop after the authors of a list item's entry, or the initial's that ends them ("Rice, David R. [Title](…)"). */
function listedTail(text: string, afterAuthors: number): RegExpExecArray | null {
  const tail = LISTED_AFTER_AUTHORS.exec(text.slice(afterAuthors));
  return tail && (tail[0].includes('.') || text[afterAuthors - 1] === '.') ? tail : null;
}

/** Whether a link (not a bare URL) starts in the entry after `from`: its title, or the journal after it. */
function linkAfter(document: Pick<Document, 'links'>, from: number, end: number): boolean {
  return document.links.some((l) => l.start >= from && l.start < end && !l.isBare);
}

/** A link whose text has a capital ("arXiv"), starting after ", " within `text` (read from `from`): the journal after a plain title ("Title, [Comput Phys Commun](…) 279"). */
function linkInTitle(document: Pick<Document, 'links'>, from: number, text: string): { start: number; end: number } | undefined {
  const link = document.links.find((l) => l.start > from && l.start <= from + text.length && !l.isBare && /\p{Lu}/u.test(l.text));
  return link && /,\s*$/u.test(text.slice(0, link.start - from)) ? link : undefined;
}

/**
 * One Vancouver author alone ("Greener JG.", "Witt WC et al."): in a list item, when the item holds a link
 * and the surname is no word the lexicon calls an organisation or product ("Google AI." is a body).
 */
function isVancouverAlone(document: Pick<Document, 'links'>, text: string, match: RegExpExecArray, start: number): boolean {
  if (match.index !== 0 || !/^(?:\s+et al\.?|\.)\s/u.test(text.slice(match[0].length))) return false;
  const head = headCategory(match[1]!.toLowerCase());
  if (head !== undefined && head !== 'person') return false;
  // The title is plain words and the journal a link after a comma: "Greener JG. Title, [Chem Sci](…)" ("Google AI. [Gemini report](…)" is none).
  const link = document.links.find((l) => l.start > start + match[0].length && l.start < start + text.length && !l.isBare);
  return link !== undefined && /\p{L}{2,}\s\S+.*,\s*$/u.test(text.slice(match[0].length, link.start - start));
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
  // An acronym is no surname: "Google AI. Gemini report." is a body.
  const isAcronym = /^\p{Lu}+$/u.test(match[2]!);
  return match[1]!.split(/\s/).every(isGiven) && !isAcronym && surname !== 'organization' && surname !== 'other' ? match : null;
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

/** The journal, site or publisher written without italics right after a title: capitalised words up to a comma, a number or a date. */
function plainContainer(text: string, from: number, end: number): MarkedName[] {
  const abbreviated = ABBREVIATED_CONTAINER.exec(text.slice(from, end));
  if (abbreviated) {
    const at = from + abbreviated[0].indexOf(abbreviated[1]!);
    return [{ start: at, end: at + abbreviated[1]!.length, category: EVENT_ABBREVIATIONS.test(abbreviated[1]!) ? 'other' : 'organization' }];
  }
  // MLA's journal before its volume and year is one, capitalised as the journal writes itself: "Environmental monitoring and assessment 195.1 (2023)", "ACS omega 7.24 (2022)".
  const volume = VOLUME_CONTAINER.exec(text.slice(from, end));
  if (volume) {
    const at = from + volume[0].indexOf(volume[1]!);
    return [{ start: at, end: at + volume[1]!.length, category: EVENT_WORDS.test(volume[1]!) ? 'other' : 'organization' }];
  }
  const match = CONTAINER.exec(text.slice(from, end));
  if (!match) return [];
  const value = match[1]!;
  // A colon after one or two words ends a place before its publisher ("New York: AMACOM"), which PUBLISHER reads; after a longer name, a subtitle.
  if (/^\S+(?:\s\S+)?:/u.test(value)) return [];
  // Romance particles stay lower-case inside a name: "Université d’Orléans", "Università degli Studi".
  const words = value.replace(/\s(?:de|des|du|di|del|della|degli|d['’])(?=\s|\p{Lu})/gu, ' ');
  if (NOT_CONTAINER.test(value) || isMonthOrDay(value.split(' ')[0]!.toLowerCase()) || !isTitleCaseRun(words)) return [];
  const at = from + match[0].indexOf(value);
  // A state's university ends with its campus after a comma (a place, as the publisher's field holds): "Diss. University of Nevada, Las Vegas, 2023".
  const university = CAMPUS.exec(value);
  const campus = university ? CAMPUS_PLACE.exec(text.slice(at + value.length, end)) : null;
  const length = university && campus && isCampusOf(university[1]!, campus[1]!, true) ? value.length + campus[0].length : value.length;
  return [{ start: at, end: at + length, category: EVENT_WORDS.test(value) ? 'other' : 'organization' }];
}

const CAMPUS = /^University of (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)$/u;
const CAMPUS_PLACE = /^, (\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)(?=[,.;]|\s*$)/u;

/** What a footnote marker cites: the links of the note its anchor points to. */
export interface FootnoteCitation {
  /** Where the marker stood in the text. */
  at: number;
  /** The links of the note, as written. */
  urls: string[];
}

/**
 * Footnote markers (`…contributions<sup>[3]</sup>`, Wikipedia's `[3]`) cite the
 * links of the note they point to, as a reference-style link cites its
 * definition's URL: the note is the block where the marker's anchor stands.
 */
export function footnoteCitations(document: Pick<Document, 'blocks' | 'links' | 'markers' | 'anchors'>): FootnoteCitation[] {
  const { markers = [], anchors = [] } = document;
  if (markers.length === 0) return [];
  const anchorAt = new Map<string, number>();
  for (const anchor of anchors) if (!anchorAt.has(anchor.name)) anchorAt.set(anchor.name, anchor.at);
  const citations: FootnoteCitation[] = [];
  for (const marker of markers) {
    const at = anchorAt.get(marker.target);
    if (at === undefined) continue;
    // The anchor stands where its element starts: the note is the first block that ends after it.
    const block = document.blocks.find((b) => b.end > at);
    if (!block || block.kind === 'heading' || (marker.at >= block.start && marker.at <= block.end)) continue;
    const urls = document.links.filter((l) => l.start >= block.start && l.start < block.end).map((l) => l.url);
    if (urls.length > 0) citations.push({ at: marker.at, urls });
  }
  return citations;
}

/**
 * Reference markers written as text (`… as shown in [3].`, `[RFC2119]`) cite the links of the
 * reference entry that opens with that label (`[3] A. Author, "Title", https://…`), as a
 * footnote marker cites its note. `entries`: the blocks read as reference entries.
 */
export function labelCitations(document: Pick<Document, 'text' | 'blocks' | 'links'>, entries: ReadonlySet<number>): FootnoteCitation[] {
  const urlsOf = new Map<string, string[]>();
  const entryBlocks: { start: number; end: number }[] = [];
  document.blocks.forEach((block, index) => {
    const label = ENTRY_LABEL.exec(document.text.slice(block.start, block.end))?.[1];
    if (label === undefined || !entries.has(index)) return;
    entryBlocks.push(block);
    const urls = document.links.filter((l) => l.start >= block.start && l.start < block.end).map((l) => l.url);
    if (urls.length > 0 && !urlsOf.has(label)) urlsOf.set(label, urls);
  });
  if (urlsOf.size === 0) return [];
  const citations: FootnoteCitation[] = [];
  for (const match of document.text.matchAll(TEXT_MARKER)) {
    const urls = urlsOf.get(match[1]!);
    if (urls && !entryBlocks.some((b) => match.index >= b.start && match.index < b.end)) citations.push({ at: match.index, urls });
  }
  return citations;
}

/** The series numbers right after a title: ", BCP 14, RFC 2119" (a number wrapped at a line end too: "RFC\n2131"). */
function seriesNumbers(text: string, offset: number): { series: string; name: string; start: number; end: number }[] {
  const found: { series: string; name: string; start: number; end: number }[] = [];
  SERIES_NUMBER.lastIndex = 0;
  for (let match = SERIES_NUMBER.exec(text); match; match = SERIES_NUMBER.exec(text)) {
    const at = offset + match.index + match[0].indexOf(match[1]!);
    found.push({ series: match[1]!, name: `${match[1]} ${match[2]}`, start: at, end: offset + match.index + match[0].length });
  }
  return found;
}

// A person's name on an address's first line: two to four capitalised words, initials allowed.
const ADDRESS_PERSON = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** The person on an address's first line and the organisation on its second (no digits there: not a street). */
function addressNames(text: string, start: number, end: number): MarkedName[] {
  const names: MarkedName[] = [];
  const lines = text.slice(start, end).split(', ');
  if (!ADDRESS_PERSON.test(lines[0]!)) return names;
  names.push({ start, end: start + lines[0]!.length, category: 'person' });
  // "Huawei Technologies Co., Ltd" is one line that the commas cut.
  if (lines[2] !== undefined && /^(?:Ltd|Inc|LLC|GmbH|AG|SA|BV|Co)\.?$/.test(lines[2])) lines.splice(1, 2, `${lines[1]}, ${lines[2]}`);
  const second = lines[1];
  if (second !== undefined && /^\p{Lu}/u.test(second) && !/\p{N}|:/u.test(second) && lines.length > 3) {
    const at = start + lines[0]!.length + 2;
    names.push({ start: at, end: at + second.length, category: 'organization' });
  }
  return names;
}

/** Whether another Vancouver author follows a comma at `at`. */
function isVancouverNext(text: string, at: number): boolean {
  const comma = /^(?:,\s*|\s+and\s+)/.exec(text.slice(at));
  if (!comma) return false;
  VANCOUVER.lastIndex = at + comma[0].length;
  return VANCOUVER.exec(text) !== null;
}

// A DOI ("10.1109/MCSE.2023.3253847", "doi:10.1103/PhysRevE.94.052315."): no word of it is a name.
const IDENTIFIER = /\b10\.\d{4,9}\/[^\s"'<>«»]+/gu;

/** The document with its DOIs read as verbatim text, as its bare URLs are. */
export function withIdentifiers<T extends Pick<Document, 'text' | 'verbatim'>>(document: T): T {
  const found: Verbatim[] = [];
  for (const match of document.text.matchAll(IDENTIFIER)) {
    const start = match.index;
    const end = start + match[0].replace(/[.,;:)\]]+$/u, '').length;
    if (!overlapsVerbatim(document.verbatim, start, end)) found.push({ start, end, kind: 'url' });
  }
  if (found.length === 0) return document;
  return { ...document, verbatim: [...document.verbatim, ...found].sort((a, b) => a.start - b.start) };
}
