import type { Category } from '../graph/schema.js';
import type { Document } from '../read/types.js';
import { addressOf, hostOf, isSiteOf, linkMatchesName, PERSON_KINDS, repositoryOf, slug, withoutWww } from './categorize.js';
import { foldName, type Lexicon } from './lexicon.js';
import { overlapsVerbatim } from './tokens.js';
import type { References } from './references.js';
import { headCategory, isCommonWord, isFirstName, isFunctionWord, isMonthOrDay, isNameParticle, isTitle, SPEECH_VERBS } from './words.js';

/**
 * A name that the markup around it gives away, with what it is when the markup
 * says so: a work's title in italics or `<cite>`, a cell under a "Director"
 * header, an author in a reference entry, a link's text that is its page's title.
 */
export interface MarkedName {
  start: number;
  end: number;
  category?: Category;
  /** The name it stands for when that differs from the text: "Smith, Jane" is Jane Smith. */
  name?: string;
  /** Other forms of it, kept as aliases: `acme/deep-merge` and `deep-merge` for "acme / deep-merge". */
  forms?: string[];
  /** The repository's name alone, for a repository named by its owner and name (`acme/deep-merge`): the product it may be elsewhere. */
  repository?: string;
}

// What a table column's header says its cells hold.
const HEADER_CATEGORIES: readonly [RegExp, Category][] = [
  [/^(?:title|film|movie|book|novel|album|song|single|work|series|show|programme|program|game|episode|play|paper|publication|opera|painting)s?$/i, 'other'],
  [/^(?:name|director|author|writer|actor|actress|artist|composer|editor|creator|founder|ceo|president|leader|player|person|people|member|speaker|presenter|host|coach|owner|producer|screenwriter|inventor|designer|maintainer|winner|nominee|candidate|recipient)s?$/i, 'person'],
  [/^(?:company|companies|organi[sz]ation|publisher|studio|team|club|label|network|university|school|employer|developer|manufacturer|party|agency|broadcaster|distributor|institution|vendor|sponsor)s?$/i, 'organization'],
  [/^(?:country|countries|city|cities|location|place|state|region|venue|capital|headquarters|province|county|town|birthplace)$/i, 'place'],
  [/^(?:product|software|language|tool|model|package|library|framework|project|browser|engine|platform|application|app|device|vehicle)s?$/i, 'product'],
];
const MAX_NAME_WORDS = 12;

/** Names the markup of a document marks, sorted by position; overlapping ones keep the first. */
export function findMarkedNames(document: Document, lexicon: Lexicon, references: References): MarkedName[] {
  const found: MarkedName[] = [
    ...references.names,
    ...markedTitles(document, lexicon),
    ...quotedTitles(document, lexicon),
    ...tableCells(document),
    ...titledPageLinks(document),
    ...siteLinks(document),
    ...siteCommunityLinks(document),
    ...repositoryLinks(document),
    ...projectName(document, lexicon),
    ...accountNames(document),
    ...handledNames(document),
    ...licenceLinks(document),
    ...nicknamedPeople(document),
    ...contributorLists(document),
  ];
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MarkedName[] = [];
  for (const name of found) if (kept.length === 0 || name.start >= kept.at(-1)!.end) kept.push(name);
  return kept;
}

// The arrows of a menu path ("Tools -> Developer", "File → Save", "Settings > Privacy"), and how far a path reaches on either side of an item.
const MENU_ARROW = /\s(?:->|→|›|>)\s/g;
const MENU_ARROW_BEFORE = /(?:->|→|›|>)\s$/;
const MENU_ARROW_AFTER = /^\s(?:->|→|›|>)/;
const MENU_PATH_REACH = 120;

/**
 * Words right before or after an arrow of a menu path, as manuals say where a command is: "Tools -> Developer ->
 * New Syntax", "File → Save As → PDF". A path has three items or more: one arrow is a change ("Python 2 -> Python 3").
 */
export function isMenuItem(text: string, start: number, end: number): boolean {
  // Most names stand beside no arrow: that is asked first, of four characters on either side.
  if (!MENU_ARROW_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && !MENU_ARROW_AFTER.test(text.slice(end, end + 4))) return false;
  // The path's other arrows, on the same line and near.
  const lineEnd = text.indexOf('\n', end);
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - MENU_PATH_REACH);
  const to = Math.min(lineEnd < 0 ? text.length : lineEnd, end + MENU_PATH_REACH);
  return (text.slice(from, to).match(MENU_ARROW) ?? []).length >= 2;
}

/** Trims spaces and punctuation around a span of text. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /[\s"'“”‘’(,:;]/u.test(text[s]!)) s++;
  while (e > s && /[\s"'“”‘’),.:;]/u.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** A title in Title Case: "Inside Out", "The Shining", "Sales Force Design For Strategic Advantage". */
export function isTitleCaseRun(value: string): boolean {
  const words = value.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_NAME_WORDS || !/^[\p{Lu}\p{N}]/u.test(words[0]!)) return false;
  // A sentence's end inside is no title; an initial's period is part of a name (Viral B. Shah).
  if (/(?<!(?:^|\s)\p{Lu})\.\s|[!?]\s/u.test(value) || /[\n;]/.test(value)) return false;
  // A date in italics ("June 2, 2022") is no title.
  if (/\p{N}/u.test(value) && words.some((w) => isMonthOrDay(w.toLowerCase().replace(/[^\p{L}]/gu, '')))) return false;
  // Short function words may stay lower-case inside a title ("Sense and Sensibility"); every other word is capitalised.
  return words.every((w) => /^[\p{Lu}\p{N}"'“‘(]/u.test(w) || isFunctionWord(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
}

/** Italics and `<cite>` around a Title Case run: the title of a work, even of ordinary words. */
function markedTitles(document: Document, lexicon: Lexicon): MarkedName[] {
  const names: MarkedName[] = [];
  let b = 0;
  for (const mark of document.marks) {
    const span = trimmed(document.text, mark.start, mark.end);
    const value = document.text.slice(span.start, span.end);
    const words = value.split(/\s+/);
    // Marks and blocks are both in document order.
    while (b < document.blocks.length && document.blocks[b]!.end < span.start) b++;
    const block = document.blocks[b];
    if (!block || block.start > span.start || span.end > block.end || block.kind === 'heading' || !isTitleCaseRun(value)) continue;
    // An item of a menu path, set in italics as manuals set them, is a label of the program's window: "*Tools* -> *Developer*".
    if (isMenuItem(document.text, span.start, span.end)) continue;
    // Known names keep what the lexicon says they are (*Rust* is not a book).
    if (lexicon.byFold.has(foldName(value)) || lexicon.notEntities.has(foldName(value))) continue;
    // A name and a role after a comma sign a quotation: "*Yaprak Baltacıoğlu, Secretary of the Treasury Board*".
    if (isSignature(value)) continue;
    // A writer set in italics, as news sites set bloggers' names, is no work: "*Kamran Ashtary*, Netherlands based blogger".
    if (isWriterBefore(document.text.slice(span.end, span.end + 80))) continue;
    if (words.length === 1) {
      // A single word in italics is stress or a term more often than a title, unless it is cited;
      // capitalised mid-sentence, where no stress explains the capital, it is a name ("the _Remarkable_ code").
      if (mark.kind === 'cite' && !isCommonWord(value.toLowerCase())) names.push({ ...span, category: 'other' });
      // Not after "a" or "an", which make it a kind: "either an *Element* or a *Fragment*"; nor a parameter's type
      // after its name, as API references list them: "- **graph** _Graph_: target graph."
      else if (/^\p{Lu}\p{Ll}+$/u.test(value) && /\p{Ll}[,;]? $/u.test(document.text.slice(Math.max(block.start, span.start - 3), span.start)) &&
        !/(?:^|\s)an? $/i.test(document.text.slice(Math.max(block.start, span.start - 4), span.start)) && !isParameterType(document.text, block.start, span)) names.push(span);
      continue;
    }
    // An author after "by" is set in italics too: "punycode.c by _Ben Noordhuis_".
    const isAuthor = words.length <= 3 && isFirstName(words[0]!.toLowerCase()) && /\bby $/.test(document.text.slice(span.start - 3, span.start));
    names.push({ ...span, category: isAuthor ? 'person' : 'other' });
  }
  return names;
}

/** The span is the type after a parameter's name that opens the block, before a colon: "graph Graph: target graph." */
function isParameterType(text: string, blockStart: number, span: { start: number; end: number }): boolean {
  return /^[\p{L}\p{N}_$.]+ $/u.test(text.slice(blockStart, span.start)) && text[span.end] === ':';
}

/**
 * What follows a writer's name: a verb of saying, after a gloss in brackets or not ("writes", "(means boycotting
 * election) writes"), or an apposition saying what person it is (", Netherlands based blogger", ", former vice president").
 */
function isWriterBefore(after: string): boolean {
  const verb = /^\s*(?:\([^)\n]{0,60}\)\s*)?(\p{Ll}+)/u.exec(after)?.[1];
  if (verb !== undefined && SPEECH_VERBS.has(verb)) return true;
  const apposition = /^,\s+([^,.;:!?()\n]{0,60})/u.exec(after)?.[1];
  return apposition !== undefined && apposition.split(/\s+/).slice(0, 5).some((word) => PERSON_KINDS.has(word) || isTitle(word));
}

/** "Name, Title of Body": the comma opens a role (see isTitle), not another word of a title. */
function isSignature(value: string): boolean {
  const role = /^[^,]+,\s+(\p{L}+)/u.exec(value)?.[1];
  return role !== undefined && isTitle(role.toLowerCase());
}

// Double quotes around a phrase in running text, or curly single ones as British style quotes titles: ‘8 Out of 10 Cats’.
const QUOTED = /["\u201c]([^"\u201c\u201d\n]{3,120})["\u201d]|\u2018([^\u2018\u2019\n]{3,120})\u2019/gu;

/**
 * A Title Case run of two words or more in double quotes in running text is a
 * title, as ANNOTATING.md has it: 'Add documentation to "Navigation Structure"'.
 * Not at the start of a sentence, where a quote is speech, nor in headings.
 */
function quotedTitles(document: Document, lexicon: Lexicon): MarkedName[] {
  const names: MarkedName[] = [];
  if (!/["\u201c\u2018]/.test(document.text)) return names;
  let b = 0;
  for (const match of document.text.matchAll(QUOTED)) {
    // The full stop or comma that British style sets inside the closing quote ("… ‘8 Out of 10 Cats.’") is the sentence's.
    const value = (match[1] ?? match[2]!).replace(/[.,]$/, '');
    const start = match.index + 1;
    const end = start + value.length;
    while (b < document.blocks.length && document.blocks[b]!.end < start) b++;
    const block = document.blocks[b];
    if (!block || block.start > start || end > block.end || block.kind === 'heading' || block.kind === 'cell') continue;
    const before = document.text.slice(block.start, match.index);
    // Words only, not all capitals ("Safe: Yes" is a header field, "AS IS" a licence's shouting), and not after "the",
    // where quotes mark a nickname ("the “Hermit Kingdom”").
    if (value.split(/\s+/).length < 2 || !/^[\p{L}\p{N}'’&.\- ]+$/u.test(value) || !/\p{Ll}/u.test(value) || !isTitleCaseRun(value) || !/\p{Ll}[,;]? $/u.test(before) || /\bthe $/i.test(before)) continue;
    if (overlapsVerbatim(document.verbatim, start, end)) continue;
    if (lexicon.byFold.has(foldName(value)) || lexicon.notEntities.has(foldName(value))) continue;
    // A work and its author, not one title: "Ch 13 of Ulysses by James Joyce" (the rules read both names).
    const author = /\sby\s(\p{Lu}\p{Ll}+)\s\p{Lu}[\p{L}'’-]+$/u.exec(value)?.[1];
    if (author !== undefined && isFirstName(author.toLowerCase())) continue;
    // A mail address after it makes it the sender's name, as mail headers and change logs write one: "Reported by "Jo A. Ray" <jo@example.org>".
    // (Markdown keeps the address and drops its angle brackets.)
    const isSender = /^["\u201d]\s*<?[^\s<>@"]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/u.test(document.text.slice(end, end + 120));
    names.push({ start, end, category: isSender ? 'person' : 'other' });
  }
  return names;
}

/** The cells of a column whose header says what it holds; a cell of people may list several. */
function tableCells(document: Document): MarkedName[] {
  const names: MarkedName[] = [];
  for (const block of document.blocks) {
    if (block.kind !== 'cell' || block.header === undefined) continue;
    const category = HEADER_CATEGORIES.find(([pattern]) => pattern.test(block.header!.trim()))?.[1];
    if (category === undefined) continue;
    const value = document.text.slice(block.start, block.end);
    const parts = category === 'person' || category === 'place' ? splitList(value, block.start) : [{ start: block.start, end: block.end }];
    for (const part of parts) {
      const span = withoutVersion(document.text, trimmed(document.text, part.start, part.end));
      const text = document.text.slice(span.start, span.end);
      // Tools and packages are often written in lower case (`git grep`, `ugrep`): under such a header an unusual word will do.
      const isLowerTool = category === 'product' && /^\p{Ll}/u.test(text) && text.split(/\s+/).length <= 3 &&
        (text.match(/\p{L}+/gu) ?? []).some((word) => !isCommonWord(word.toLowerCase()));
      const isName = (/^[\p{Lu}\p{N}"“]/u.test(text) || isLowerTool) && text.split(/\s+/).length <= MAX_NAME_WORDS && !/^[\p{N}\s.,:/–-]+$/u.test(text);
      if (isName && (category === 'other' || isLowerTool || isTitleCaseRun(text))) names.push({ ...span, category });
    }
  }
  return names;
}

// A version range after a name in a cell: "Firefox 20+", "Opera < 15", "Safari 6.1+*", "IE ≥ 10", "ugrep (1.5.1)".
const CELL_VERSION = /\s+(?:[<>≤≥=~^]+\s*)?v?\p{N}[\p{N}.x]*\+?\*?$|\s+\(v?\p{N}[\p{N}.x]*\+?\)?$/u;

/** The name of a versioned cell ("IE 10+" is IE, a version of it). */
function withoutVersion(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const version = CELL_VERSION.exec(text.slice(span.start, span.end));
  return version && version.index > 0 ? { start: span.start, end: span.start + version.index } : span;
}

function splitList(value: string, offset: number): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let last = 0;
  for (const match of value.matchAll(/\s*(?:,|;|\band\b|&)\s*/g)) {
    parts.push({ start: offset + last, end: offset + match.index });
    last = match.index + match[0].length;
  }
  parts.push({ start: offset + last, end: offset + value.length });
  return parts;
}

/**
 * A README is titled by its project's name: when the first heading is one word that is no
 * English word (`# markdown-it`, `# Punycode.js`), every mention of that word names the project.
 * A documentation page says it after its page's name: `<title>Changelog - bidict</title>`.
 */
// A page title that ends with its site or project: "Changelog - bidict", "Install | Deno", and as documentation
// generators write it, with a version and a word for the docs: "Changelog — Sphinx documentation", "… — SciPy v1.10.1 Manual".
const SITE_AFTER_PAGE = /\s[-–—|]\s+(\S+)(?:\s+v?\p{N}[\p{N}.x]*)?(?:\s+(?:documentation|docs|manual|handbook))?(?:\s+\(v?\p{N}[\p{N}.x]*\))?\s*$/iu;

// A README's title that says what the project is after its name: "http-server: a simple static HTTP server",
// "XMLWriter for NodeJS", "Pino - super fast logger".
const TITLE_DESCRIPTION = /:\s|\s[-–—|]\s|\sfor\s/u;
const PROJECT_NAME = /^[\p{L}@][\p{L}\p{N}._/@-]{2,}$/u;

/** `text` as a regular expression that matches it literally. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function projectName(document: Document, lexicon: Lexicon): MarkedName[] {
  const first = document.blocks[0];
  const isReadme = first !== undefined && first.kind === 'heading' && (document.format === 'markdown' || document.format === 'rst');
  const site = document.format === 'html' ? SITE_AFTER_PAGE.exec(document.title ?? '')?.[1] : undefined;
  const heading = isReadme ? document.text.slice(first.start, first.end).trim() : undefined;
  const title = heading === undefined ? (site ?? manualPageName(document)) : heading.split(TITLE_DESCRIPTION)[0]!.trim();
  if (title === undefined || !PROJECT_NAME.test(title) || lexicon.notEntities.has(foldName(title))) return [];
  // A site's name in its page titles is a name even when it is also a word, written capitalised there ("— Sphinx documentation").
  if (isCommonWord(title.toLowerCase()) && (heading !== undefined || !/^\p{Lu}/u.test(title))) {
    // An English word is the project's name in the title alone (`# Expect`, `# chalk`), and only where the README's code
    // uses it (`require('expect.js')`): a first heading "Overview" or "Introduction" names nothing.
    if (heading === undefined || !usesInCode(document, title)) return [];
    const start = document.text.indexOf(title, first!.start);
    return [{ start, end: start + title.length, category: 'product' }];
  }
  const names: MarkedName[] = [];
  const escaped = escapeRegExp(title);
  // A site's project is written in other cases too, unless that is a word: its package in lower case ("the 'mkdocs'
  // package" on MkDocs' pages), its name in capitals on pages titled in lower case ("DIPY" beside "dipy 1.7 documentation").
  const flags = site !== undefined && !isReadme && !isCommonWord(title.toLowerCase()) ? 'giu' : 'gu';
  for (const match of document.text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}._/-])${escaped}(?![\\p{L}\\p{N}_/-]|\\.\\p{L})`, flags))) {
    const isVerbatim = document.verbatim.some((v) => v.start <= match.index && match.index < v.end);
    // Part of a longer name is left to the rules: "Python Software Foundation", "the Sphinx Team".
    const end = match.index + match[0].length;
    const isInLongerName = site !== undefined && (/^ \p{Lu}/u.test(document.text.slice(end, end + 2)) || /\p{Lu}[\p{L}\p{N}]* $/u.test(document.text.slice(Math.max(0, match.index - 30), match.index)));
    if (!isVerbatim && !isInLongerName) names.push({ start: match.index, end, category: 'product' });
  }
  return names;
}

// The line under a manual page's NAME heading: the program's name (or names, with commas), a dash, what it does.
const MANUAL_NAME_LINE = /^([\p{L}\p{N}][\p{L}\p{N}._+-]*)(?:,\s*[\p{L}\p{N}._+-]+)*\s+[-–—]\s+\S/u;
const MANUAL_HEAD_BLOCKS = 6;

/** The program a plain-text manual page is about, as its NAME section names it ("hyperfine - command-line benchmarking tool"). */
function manualPageName(document: Document): string | undefined {
  if (document.format !== 'text') return undefined;
  const blocks = document.blocks;
  const at = blocks.slice(0, MANUAL_HEAD_BLOCKS).findIndex((block) => block.kind === 'heading' && document.text.slice(block.start, block.end).trim() === 'NAME');
  const line = at < 0 ? undefined : blocks[at + 1];
  return line === undefined ? undefined : MANUAL_NAME_LINE.exec(document.text.slice(line.start, line.end))?.[1];
}

/**
 * A link text of several words, lower-case ones among them, that names the site it points to:
 * [Keep a Changelog](https://keepachangelog.com/), [Moja global](https://moja.global). The rules,
 * which build names of capitalised words, cannot.
 */
function siteLinks(document: Document): MarkedName[] {
  const names: MarkedName[] = [];
  for (const link of document.links) {
    // Capitalised words with a small word between them ("Keep a Changelog", "Bank of America"),
    // or a capitalised word and lower-case ones that spell the host whole ("Moja global", moja.global).
    const isJoined = /^\p{Lu}\S*(?:\s\S+)*\s(?:a|an|the|of|for|and|to|in|on|at|by|with)\s\p{Lu}/u.test(link.text);
    if (link.isBare || !(isJoined || /^\p{Lu}\S*(?:\s\p{Ll}\S*)+$/u.test(link.text))) continue;
    const span = trimmed(document.text, link.start, link.end);
    const value = document.text.slice(span.start, span.end);
    if (value.split(/\s+/).length > MAX_NAME_WORDS / 2) continue;
    const match = linkMatchesName(link.url, value);
    if (isJoined ? match === 'host' || match === 'project' : slug(withoutWww(hostOf(link.url))) === slug(value)) names.push(span);
  }
  return names;
}

// A repository's owner and name as its forge titles its page, with or without spaces around the slash: "acme / deep-merge".
const REPOSITORY_SLUG = /^\s*~?([\p{L}\p{N}][\p{L}\p{N}_.-]*)\s*\/\s*([\p{L}\p{N}_.][\p{L}\p{N}_.-]*)\s*$/u;

/**
 * A link's text that is the owner and name of the repository it points to: "[rollup/plugins](https://github.com/rollup/plugins)",
 * `<a href="https://github.com/folke/lazy.nvim">folke/lazy.nvim</a>`, "[acme / widget-docs](…)", as the forge titles the page.
 * The repository is a product named so; the slug without spaces and its name alone, where that is no English word
 * (`deep-merge`, not `plugins` or `build`), are other forms of it. A slug that names another repository is left alone.
 */
function repositoryLinks(document: Document): MarkedName[] {
  const names: MarkedName[] = [];
  for (const link of document.links) {
    // Only a text with a slash in it is looked at: most links are passed over without a regular expression.
    if (link.isBare || !link.text.includes('/')) continue;
    const slugMatch = REPOSITORY_SLUG.exec(link.text);
    const repository = slugMatch === null ? undefined : repositoryOf(link.url);
    if (repository === undefined || slugMatch![1]!.toLowerCase() !== repository.owner.toLowerCase() || slugMatch![2]!.toLowerCase() !== repository.name.toLowerCase()) continue;
    const span = trimmed(document.text, link.start, link.end);
    const written = document.text.slice(span.start, span.end);
    const [owner, name] = [slugMatch![1]!, slugMatch![2]!];
    const forms = [`${owner}/${name}`].filter((form) => form !== written);
    const isWord = isCommonWord(name.toLowerCase()) || (name.endsWith('s') && isCommonWord(name.slice(0, -1).toLowerCase()));
    if (name.length >= 3 && !isWord) forms.push(name);
    names.push({ ...span, category: 'product', forms, repository: name });
  }
  return names;
}

// What a project keeps on a site, after the site's name in a link's text: "[Reddit Community](https://www.reddit.com/r/koajs)".
const SITE_PLACES = new Set(['community', 'group', 'channel', 'server', 'forum', 'chat', 'room', 'page', 'account', 'profile', 'organization', 'organisation', 'space']);

/**
 * A link's text of a site's name and what the project keeps there ("[Reddit Community](https://www.reddit.com/r/koajs)",
 * "[Discord Server](https://discord.com/invite/…)") names the site; the word after it is no part of the name.
 */
function siteCommunityLinks(document: Document): MarkedName[] {
  const names: MarkedName[] = [];
  for (const link of document.links) {
    const words = link.isBare ? [] : link.text.trim().split(/\s+/);
    // Not where the site's own name holds the word: Libera Chat at libera.chat, Google Groups at groups.google.com.
    if (words.length !== 2 || !/^\p{Lu}/u.test(words[0]!) || !SITE_PLACES.has(words[1]!.toLowerCase()) || !isSiteOf(link.url, words[0]!) ||
      hostOf(link.url).toLowerCase().includes(words[1]!.toLowerCase().replace(/s$/, ''))) continue;
    const start = document.text.indexOf(words[0]!, link.start);
    if (start >= 0 && start < link.end) names.push({ start, end: start + words[0]!.length, category: 'product' });
  }
  return names;
}

/**
 * A link text that is the title of the page it points to (`/wiki/Geoffrey_Hinton`) is a
 * name: in Title Case, whatever the rules make of it; with lower-case words and a
 * capitalised one ("Kullback–Leibler divergence", "Euclidean distance"), a named concept.
 */
// Relative page links (`/wiki/Title`) resolve against a base that is no real site.
const PAGE_BASE = 'https://page.invalid/';

/**
 * A file of a repository's documentation, by its extension: CONTRIBUTING.md, README.markdown, HISTORY.rst, LICENSE.txt,
 * also with dots in its stem, as licence texts are named by their SPDX identifiers: LICENSES/GFDL-1.3-or-later.txt.
 */
export const DOCUMENT_FILE = /^[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(?:md|markdown|rst|txt|adoc)$/iu;

// An encyclopedia's article, linked from elsewhere by its title: "[Andromeda galaxy](https://simple.wikipedia.org/wiki/Andromeda_galaxy)".
const ARTICLE = /^https?:\/\/[\w-]+\.(?:m\.)?wikipedia\.org\/wiki\/[^?#]/;

// A capitalised word right before a link's text and one right after it.
const CAPITALISED_BEFORE = /(?:^|\s)\p{Lu}[\p{L}\p{M}'’-]*\s$/u;
const CAPITALISED_AFTER = /^\s\p{Lu}[\p{L}\p{M}'’-]*(?![\p{L}\p{M}])/u;

/** A link inside a run of capitalised words names a part of the longer name, as Wikipedia links it: "Marcus [Tullius](/wiki/Tullius) Tiro". */
function isInsideName(text: string, span: { start: number; end: number }): boolean {
  return CAPITALISED_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start)) && CAPITALISED_AFTER.test(text.slice(span.end, span.end + 40));
}

function titledPageLinks(document: Document): MarkedName[] {
  const names: MarkedName[] = [];
  const articles = document.links.filter((link) => !link.isBare && ARTICLE.test(link.url)).map((link) => ({ target: link.url, start: link.start, end: link.end }));
  for (const link of articles.length === 0 ? document.pageLinks : [...document.pageLinks, ...articles]) {
    const span = trimmed(document.text, link.start, link.end);
    const value = document.text.slice(span.start, span.end);
    const words = value.split(/\s+/);
    // "Machine learning" is a topic; a title needs a name in it: "Kullback–Leibler divergence", "Euclidean distance".
    const hasName = words.some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || !isCommonWord(w.toLowerCase().split(/[–-]/)[0]!)));
    // The link's file itself is no title: "See [CONTRIBUTING.md](CONTRIBUTING.md)".
    if (!hasName || words.length > MAX_NAME_WORDS || DOCUMENT_FILE.test(value) || isInsideName(document.text, span)) continue;
    // A target that is no URL at all ('http://') names no page.
    if (!URL.canParse(link.target, PAGE_BASE) || linkMatchesName(new URL(link.target, PAGE_BASE).href, value) !== 'page') continue;
    names.push(isTitleCaseRun(value) ? span : { ...span, category: 'other' });
  }
  return names;
}

/** The README's inline code spells the word (`require('expect.js')`, `chalk.red(text)`), or a link goes to its project page. */
function usesInCode(document: Document, word: string): boolean {
  const spelled = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(word.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u');
  return document.verbatim.some((v) => v.kind === 'code' && spelled.test(document.text.slice(v.start, v.end).toLowerCase())) ||
    document.links.some((link) => linkMatchesName(link.url, word) === 'project');
}

// Hosts whose one-segment paths are people's accounts, and the pages of theirs that are no account.
const ACCOUNT_PAGE = /^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|codeberg\.org|twitter\.com|x\.com)\/([\w.-]+)\/?$/iu;
const SITE_PAGES = new Set(['about', 'features', 'pricing', 'explore', 'topics', 'marketplace', 'enterprise', 'login', 'join', 'settings', 'security', 'sponsors', 'search', 'trending', 'collections', 'events', 'home']);

/**
 * A link to someone's account whose text is a name in capitals, as contributor and maintainer
 * lists write them: `[Chip Lee](https://github.com/chipincode)` is one person, though "chip" is a word.
 */
function accountNames(document: Document): MarkedName[] {
  return personAccountLinks(document).map(({ start, end }) => ({ start, end, category: 'person' }));
}

/**
 * The people whose accounts the document links by their names, by handle (folded): a contributors list's
 * "Illviljan" is Jimmy Westling where "By [Jimmy Westling](https://github.com/illviljan)" credits a change.
 */
export function accountOwners(document: Document): Map<string, string> {
  const owners = new Map<string, string>();
  for (const { start, end, account } of personAccountLinks(document)) if (!owners.has(account)) owners.set(account, document.text.slice(start, end));
  return owners;
}

const NAME_WORD = /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u;

/**
 * A given name and the initials of the rest, without periods, as team tables write them: "Amaresh S M", "Priya R".
 * The initials are no words, so the account's handle must open with the given name (amareshsm, priyar).
 */
function isInitialled(words: readonly string[], account: string): boolean {
  const [given, ...initials] = words;
  return NAME_WORD.test(given!) && initials.every((w) => /^\p{Lu}$/u.test(w)) && slug(account).startsWith(slug(given!));
}

function personAccountLinks(document: Document): { start: number; end: number; account: string }[] {
  const names: { start: number; end: number; account: string }[] = [];
  for (const link of document.links) {
    const account = link.isBare ? undefined : ACCOUNT_PAGE.exec(link.url)?.[1];
    if (account === undefined || SITE_PAGES.has(account.toLowerCase())) continue;
    const span = trimmed(document.text, link.start, link.end);
    const words = document.text.slice(span.start, span.end).split(/\s+/);
    const isName = words.length >= 2 && words.length <= 4 && (words.every((w, i) => NAME_WORD.test(w) || (i > 0 && i < words.length - 1 && isNameParticle(w))) || isInitialled(words, account));
    // An organisation's account says what it is ("Rust Foundation", "Types Team"), or is named by plain words in the plural
    // ("Embedded Devices"); a person's name has a given name, a word no dictionary has, or ordinary words (Chip Lee).
    const lower = words.map((w) => w.toLowerCase());
    const isPlainPlural = lower.every((w) => isCommonWord(w)) && lower.some((w) => /s$/.test(w));
    // Nor is a text that opens with the site's own name a person's: "[Twitter Profile](https://twitter.com/…)", "GitHub Page".
    const isSitePage = slug(words[0]!) === slug(withoutWww(hostOf(link.url)).split('.')[0]!);
    if (isName && !isSitePage && headCategory(lower.at(-1)!) === undefined && (isFirstName(lower[0]!) || !isPlainPlural)) names.push({ ...span, account: account.toLowerCase() });
  }
  return names;
}

// A person's name as maintainer and contributor lists write it beside a handle: two to four capitalised words,
// initials in capitals among them ("TJ Holowaychuk", "KC Dodds"), a particle inside ("Ludwig van Beethoven").
const HANDLED_NAME = String.raw`\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*|van|von|de|der|den|da|del|di|du|la|le|ter|ten)){1,3}`;
// "[@tjh](…) - TJ Holowaychuk": the name after the handle's link and a dash, ending the item (perhaps with pronouns: "(he/him)").
const NAME_AFTER_HANDLE = new RegExp(String.raw`^\s*[-–—:]\s*(${HANDLED_NAME})\s*(?:\([^()]*\)\s*)?$`, 'u');
// "[tarunyadav1](…) - Tarun yadav": a surname in lower case, which only the handle spelling the whole name vouches for.
const SPELLED_AFTER_HANDLE = /^\s*[-–—:]\s*(\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){1,2})\s*(?:\([^()]*\)\s*)?$/u;
// "DJ Patil ([@dpatil](…))", "TJ Watson (@tjw)": the name opening the item, the handle in brackets after it.
const NAME_BEFORE_HANDLE = new RegExp(String.raw`^\s*(${HANDLED_NAME})\s*\(\s*$`, 'u');
const NAME_BEFORE_PLAIN_HANDLE = new RegExp(String.raw`^\s*(${HANDLED_NAME})\s*\(@[\w.-]+\)`, 'u');

/**
 * A name beside a person's handle in a list item or a table cell is that person's, whatever its words:
 * "[@tjh](https://github.com/tjh) - TJ Holowaychuk", "DJ Patil ([@dpatil](https://github.com/dpatil))", "TJ Watson (@tjw)".
 */
function handledNames(document: Document): MarkedName[] {
  const names: MarkedName[] = [];
  const add = (offset: number, whole: string, name: string) => {
    const start = offset + whole.indexOf(name);
    const words = name.split(/\s+/);
    if (headCategory(words.at(-1)!.toLowerCase()) === undefined && !words.every((w) => isCommonWord(w.toLowerCase()))) names.push({ start, end: start + name.length, category: 'person' });
  };
  for (const block of document.blocks) {
    if (block.kind !== 'item' && block.kind !== 'cell') continue;
    const text = document.text.slice(block.start, block.end);
    const plain = NAME_BEFORE_PLAIN_HANDLE.exec(text);
    if (plain) add(block.start, plain[0], plain[1]!);
    for (const link of document.links) {
      if (link.start < block.start || link.end > block.end || link.isBare) continue;
      const account = ACCOUNT_PAGE.exec(link.url)?.[1];
      if (account === undefined || link.text.replace(/^@/, '').toLowerCase() !== account.toLowerCase()) continue;
      const before = NAME_BEFORE_HANDLE.exec(document.text.slice(block.start, link.start));
      if (before && /^\s*\)/.test(document.text.slice(link.end, block.end))) add(block.start, before[0], before[1]!);
      const rest = document.text.slice(link.end, block.end);
      const after = NAME_AFTER_HANDLE.exec(rest);
      if (after) add(link.end, after[0], after[1]!);
      const spelled = after ? undefined : SPELLED_AFTER_HANDLE.exec(rest);
      if (spelled && slug(account).includes(slug(spelled[1]!))) add(link.end, spelled[0], spelled[1]!);
    }
  }
  return names;
}

// A given name, a nickname in brackets and a surname, as change logs credit people: "Richard (Rick) Zamora".
const NICKNAMED = /(?<![\p{L}\p{N}@])(\p{Lu}\p{Ll}+) \((\p{Lu}\p{Ll}+)\) (\p{Lu}\p{Ll}[\p{L}'’-]*)(?![\p{L}\p{N}])/gu;
// What every such match holds, with a literal first, which the regex engine finds fast (NICKNAMED, opening with
// a lookbehind, tries every position of the document): a capital (or any non-ASCII character) in brackets.
const NICKNAME_BRACKETS = / \((?:[A-Z]|[^\x00-\x7f])(?:[a-z]|[^\x00-\x7f])+\) (?:[A-Z]|[^\x00-\x7f])/;

/** A person with a nickname between given name and surname is one person, named without it: "Richard (Rick) Zamora" is Richard Zamora. */
function nicknamedPeople(document: Document): MarkedName[] {
  const names: MarkedName[] = [];
  if (!document.text.includes(') ') || !NICKNAME_BRACKETS.test(document.text)) return names;
  for (const match of document.text.matchAll(NICKNAMED)) {
    const [whole, given, , surname] = match;
    if (!isFirstName(given!.toLowerCase()) || isCommonWord(surname!.toLowerCase())) continue;
    const start = match.index;
    const end = start + whole.length;
    if (overlapsVerbatim(document.verbatim, start, end)) continue;
    names.push({ start, end, category: 'person', name: `${given} ${surname}` });
  }
  return names;
}

// A repository's licence file, linked relatively or on its host: LICENSE, ./LICENSE.md, …/blob/main/COPYING.
const LICENCE_FILE = /(?:^|\/)(?:LICEN[CS]E|COPYING)(?:[-.][\w-]+)?(?:\.(?:md|txt|rst))?$/i;
// The file's name, anywhere in the path: what every path LICENCE_FILE matches holds.
const LICENCE_WORD = /LICEN[CS]E|COPYING/i;

/**
 * A short text linking to the repository's licence file names the licence, whole:
 * "[MIT/X11](./LICENSE)" is one licence, "[Apache License 2.0](LICENSE.txt)" another.
 */
function licenceLinks(document: Document): MarkedName[] {
  const names: MarkedName[] = [];
  // (Every link passes here: no object made per link, and a path is cut at its query only when it names such a file.)
  for (const link of document.pageLinks) addLicenceName(document, link, link.target, names);
  for (const link of document.links) if (!link.isBare) addLicenceName(document, link, addressOf(link.url)?.pathname ?? '', names);
  return names;
}

function addLicenceName(document: Document, link: { start: number; end: number }, path: string, names: MarkedName[]): void {
  if (!LICENCE_WORD.test(path) || !LICENCE_FILE.test(path.replace(/[?#].*$/s, ''))) return;
  const span = trimmed(document.text, link.start, link.end);
  const value = document.text.slice(span.start, span.end);
  // A name in capitals or with its number (MIT, BSD-3-Clause, GPLv3, Apache License 2.0), not a sentence ("see the license"),
  // nor the file's own name as its text: "see the [LICENSE.md](LICENSE.md) file", "[LICENSE-MIT](LICENSE-MIT)".
  if (!LICENCE_FILE.test(value) && /^[\p{Lu}\p{N}][\p{L}\p{N}./+-]*(?: [\p{Lu}\p{N}v][\p{L}\p{N}./+,-]*){0,4}$/u.test(value)) names.push({ ...span, category: 'other' });
}

// A list item that is only a person's name, perhaps with a count of commits and the mark of a first
// contribution, as release notes list their authors: "Ewout ter Hoeven (2)", "Meekail Zain (1) +".
// A nickname may stand in brackets inside the name: "Guan Ming(Wesley) Chiu".
const NAME_ITEM = /^(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+[\p{L}\p{M}'’.-]+(?:\s?\(\p{Lu}[\p{L}\p{M}]+\))?){1,4}?)(?:\s+\(\p{N}+\))?(?:\s+\+)?$/u;
const MIN_CONTRIBUTORS = 3;

/**
 * A run of list items that are names alone, a third of them or more opening with a known given
 * name, is a list of people ("The following people contributed"): each is a person, also one whose
 * given name is a word ("Hood Chatham") or whose surname has a particle ("Ewout ter Hoeven").
 */
function contributorLists(document: Document): MarkedName[] {
  const names: MarkedName[] = [];
  let run: (MarkedName & { given: string })[] = [];
  const flush = () => {
    const people = run.filter((item) => isFirstName(item.given.toLowerCase())).length;
    if (run.length >= MIN_CONTRIBUTORS && people * 3 >= run.length) for (const { start, end } of run) names.push({ start, end, category: 'person' });
    run = [];
  };
  for (const block of document.blocks) {
    if (block.kind !== 'item') {
      flush();
      continue;
    }
    const value = document.text.slice(block.start, block.end);
    const start = block.start + (value.length - value.trimStart().length);
    const name = NAME_ITEM.exec(value.trim())?.[1];
    const words = name?.split(/\s+/) ?? [];
    // Every word capitalised but a particle inside ("van", "ter", "de"); an item of other words breaks no list (a handle among the names).
    if (name === undefined || !words.every((word, i) => /^\p{Lu}/u.test(word) || (i > 0 && i < words.length - 1 && isNameParticle(word)))) continue;
    // A body's name says what it is ("Types Team", "Rust Foundation"): no person, and no break in the list either.
    if (headCategory(words.at(-1)!.toLowerCase()) !== undefined) continue;
    run.push({ start, end: start + name.length, category: 'person', given: words[0]! });
  }
  flush();
  return names;
}
