import type { Document, Link } from '../read/types.js';
import { addressOf, isProjectHost, linkMatchesName, projectOf, slug, withoutWww } from './categorize.js';
import type { Sentence } from './sentences.js';
import { acronymLetters, ASCII_LOWER_FIRST, CAPITALIZED, hasInnerCapital, INNER_CAPITAL, isCapitalized, startsLowerCase, tokenize, type Token } from './tokens.js';
import { isTitleCaseRun } from './markup.js';
import { foldName } from './lexicon.js';
import { isCommonWord, isFunctionWord, isMonthOrDay, isVerbForm } from './words.js';

/** What the whole document says about its words, gathered before names are judged. */
export interface DocumentEvidence {
  /** Times each word is written capitalised where capitals are not required (mid-sentence, outside titles). */
  capitalized: ReadonlyMap<string, number>;
  /** Words the document also writes all in lower case, outside code: "the client" makes "Client" a term. */
  lowerCase: ReadonlySet<string>;
  /** The document's headings, folded, without their numbers: a cross-reference to a section is no name. */
  sectionTitles: ReadonlySet<string>;
  /**
   * Words that appear inside inline code: identifiers, not names. Not those a link's text
   * holds where the link goes to the project or the site of that name (`[use JSDOM](https://github.com/jsdom/jsdom)`
   * beside `new JSDOM(html)`): a library's README writes its neighbours' names as code too.
   */
  codeWords: ReadonlySet<string>;
  /** Links by the offset where their text starts. */
  linksByStart: ReadonlyMap<number, Link>;
  /** Links whose text is a title (three or more words, all capitalised): capitals there are style. */
  titledLinks: readonly Link[];
  /** Acronyms the document defines by a lower-case phrase: "return-position impl trait (RPIT)" is vocabulary, not a name. */
  jargon: ReadonlySet<string>;
  /**
   * Acronyms the document treats as names: spelled out in capitals ("Container
   * Storage Interface (CSI)"), possessive ("NASA's"), before a word such as
   * "company" or "said", or opening a name in a sentence ("OONI Probe"). Other
   * unknown acronyms are vocabulary (RPIT, FCP).
   */
  namedAcronyms: ReadonlySet<string>;
  /** Words written with a capital inside (WinkNLP, NodeJS), lower-cased: the same name written apart ("Wink NLP") is one name. */
  joinedForms: ReadonlySet<string>;
  /** Hyphenated words of inline code, lower-cased (`rust-analyzer`): the same words written apart in prose ("the Rust analyzer plug-in") name it. */
  hyphenatedCode: ReadonlySet<string>;
  /** Links to pages of the project's own documentation site, by start: their texts title those pages (see ownDocumentationLinks). */
  ownDocLinks: readonly Link[];
  /** Acronyms that are a link's whole text to a site's home page ("[TAP](https://testanything.org/)"): names even when words. */
  linkedAcronyms: ReadonlySet<string>;
  /** An acronym's earlier name and the one it took ("IDAM was later renamed to UDA", "IDAM (aka UDA)"): IDAM → UDA. */
  renamedAcronyms: ReadonlyMap<string, string>;
  /**
   * Acronyms that open a link's text with a number, as a series' documents are titled: "[SPEC 0---Minimum Supported Versions](…)",
   * "[TIP 16](…)". Their numbered forms are names, as RFC 3492 is, even where the acronym is also a word.
   */
  numberedSeries: ReadonlySet<string>;
  /** The names of the sites the document links to (pyopensci.org → pyopensci), and of the accounts it links on GitHub or GitLab: lower-cased. */
  siteNames: ReadonlySet<string>;
  /**
   * Names of several capitalised words that a link's whole text gives and its site spells ("[Trail of Bits](https://www.trailofbits.com/)"),
   * by their first word: names wherever the document writes them, though each word is ordinary.
   */
  linkedNames: ReadonlyMap<string, readonly string[]>;
  /** Link texts that name the site they point to ([YAML](https://yaml.org/)): names even where a word list calls them vocabulary. */
  ownSites: ReadonlySet<string>;
  /** Terms the document defines in quotes ("Contributor" means …, (the "Software")), folded: its vocabulary, not names. */
  definedTerms: ReadonlySet<string>;
}

/** Per-sentence facts that the name finder needs. */
export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  /** Indexes of tokens that stand where any word would be capitalised (sentence or quote start). */
  initial: ReadonlySet<number>;
  /** A heading or a Title Case line: capitals there are style, not evidence. */
  isTitleLike: boolean;
  /** The token after a change-log label ("Fixed: Sass …") capitalised where the document's other labelled lines go on in lower case. */
  capitalAfterLabel?: number;
}

const LOWER_START = /^\p{Ll}/u;
// A capitalised word, then lower-case words: "Migrating to v0.7.0 guide", "Become a sponsor".
const SENTENCE_CASE = /^\p{Lu}\p{Ll}+\s+\p{Ll}/u;
// A class and its method, called: Variable.pad(), MultiIndex.join(), pd.DataFrame.plot() (the class before the method).
const METHOD_CALL = /(?<![\p{L}\p{N}_])(\p{Lu}[\p{L}\p{N}_]*)\.\p{Ll}[\p{L}\p{N}_]*\(/gu;
const OPENING = new Set(['"', '\u201c', '\u2018', "'", ':', '(', '[', '\u2014', '\u2013', '-', '*', '>', '•']);

/** `entries`: blocks that hold a reference entry, whose capitalised words are names rather than a title's style. */
export function viewSentences(document: Document, sentences: readonly Sentence[], entries: ReadonlySet<number> = new Set()): SentenceView[] {
  const tokenLists = sentences.map((sentence) => tokenize(document.text, sentence.start, sentence.end, document.verbatim));
  const isLowerAfterLabels = labelsGoOnInLowerCase(tokenLists);
  const labelItems = listsOfLabels(document);
  // Words written in lower case where the style does not call for it: not right after a label ("Fixed: liquid variable leakage").
  const lowerCase = new Set<string>();
  if (isLowerAfterLabels) {
    for (const tokens of tokenLists) {
      const after = wordAfterLabel(tokens);
      tokens.forEach((t, i) => {
        if (i !== after && t.isWord && !t.isVerbatim && LOWER_START.test(t.text)) lowerCase.add(t.text);
      });
    }
  }
  // A link text in sentence case ("the [Migrating to v0.7.0 guide](…)") is capitalised at its start, as a sentence is.
  const bareLinkStarts = new Set(document.links.filter((link) => link.isBare).map((link) => link.start));
  const sentenceCaseLinks = new Set(document.links.filter((link) => !link.isBare && SENTENCE_CASE.test(link.text) && opensWithVerb(link.text)).map((link) => link.start));
  return sentences.map((sentence, s) => {
    const tokens = tokenLists[s]!;
    const initial = initialPositions(tokens);
    if (sentenceCaseLinks.size > 0) {
      tokens.forEach((token, i) => {
        if (token.isWord && sentenceCaseLinks.has(token.start)) initial.add(i);
      });
    }
    // A label before an address ("Windows 64-bit Installer: https://…", "Source Code: https://…") is capitalised as a heading is.
    const colon = bareLinkStarts.size === 0 ? -1 : tokens.findIndex((token) => token.text === ':');
    const isLabelWord = (t: Token) => t.isWord && !t.isVerbatim && /^[\p{Lu}\p{N}]|^\p{Ll}+\p{Lu}/u.test(t.text);
    if (colon > 0 && colon <= 6 && bareLinkStarts.has(tokens[colon + 1]?.start ?? -1) && tokens.slice(0, colon).every(isLabelWord)) {
      for (let i = 0; i < colon; i++) initial.add(i);
    }
    const isHeading = document.blocks[sentence.block]?.kind === 'heading';
    const isTitleLike = isHeading || labelItems.has(sentence.block) || (!entries.has(sentence.block) && isTitleCase(tokens, initial));
    // (Every view has every field, capitalAfterLabel too: one shape, see uniformDocument.)
    const view: SentenceView = { sentence, tokens, initial, isTitleLike, capitalAfterLabel: undefined };
    const next = isLowerAfterLabels ? wordAfterLabel(tokens) : undefined;
    // The capital is the name's own, unless the word is a verb opening the change ("Fixed: Protect theme JS file")
    // or a word the document also writes in lower case ("Added: Option to hide the cursor").
    const lower = next === undefined ? '' : tokens[next]!.text.toLowerCase();
    if (next !== undefined && isCapitalized(tokens[next]!.text) && !isVerbForm(lower) && !lowerCase.has(lower)) {
      initial.delete(next);
      view.capitalAfterLabel = next;
    }
    return view;
  });
}

/**
 * A list of features written as Title Case labels ("Keep-Alive & Connection
 * Pooling", "Multipart File Uploads", "Connection Timeouts"): three items or
 * more in a row, each of two words or more without a full stop, most of them
 * ordinary words only. Their capitals are style, as a heading's are; a list of
 * names (Jane Doe, Benchmark.js) is not one.
 */
function listsOfLabels(document: Document): Set<number> {
  const labels = new Set<number>();
  const isLabel = (b: number) => {
    const block = document.blocks[b]!;
    if (block.kind !== 'item') return false;
    const text = document.text.slice(block.start, block.end).trim();
    return /\S\s+\S/.test(text) && !/[.!?:]$/.test(text) && isTitleCaseRun(text);
  };
  const isPlain = (b: number) => {
    const block = document.blocks[b]!;
    const words = document.text.slice(block.start, block.end).match(/\p{L}+/gu) ?? [];
    return words.every((word) => isCommonWord(word.toLowerCase()) || isAcronymWord(word));
  };
  for (let b = 0; b < document.blocks.length; b++) {
    if (!isLabel(b)) continue;
    let end = b;
    while (end + 1 < document.blocks.length && isLabel(end + 1) && /^\s*$/.test(document.text.slice(document.blocks[end]!.end, document.blocks[end + 1]!.start))) end++;
    const run = Array.from({ length: end - b + 1 }, (_, k) => b + k);
    if (run.length >= 3 && run.filter(isPlain).length * 2 > run.length) for (const k of run) labels.add(k);
    b = end;
  }
  return labels;
}

const isAcronymWord = (word: string) => /^\p{Lu}{2,6}s?$/u.test(word);

/** "Migrating to v0.7.0 guide", "Getting started": a title that opens with a verb's -ing form, as a sentence would. */
function opensWithVerb(text: string): boolean {
  const first = text.slice(0, text.search(/\s/)).toLowerCase();
  const stem = first.slice(0, -3);
  return first.endsWith('ing') && (isVerbForm(first) || (isCommonWord(first) && (isCommonWord(stem) || isCommonWord(`${stem}e`))));
}

/** The word right after a one-word label opening a line ("Fixed: sidebar …", "docs: add …"), if any. */
function wordAfterLabel(tokens: readonly Token[]): number | undefined {
  const [label, colon, next] = tokens;
  if (!label?.isWord || label.isVerbatim || !/^\p{L}+$/u.test(label.text) || colon?.text !== ':' || colon.start !== label.end) return undefined;
  return next?.isWord && !next.isVerbatim && next.start === colon.end + 1 ? 2 : undefined;
}

/**
 * Change logs that write "Fixed: low-contrast syntax highlighting", "Added:
 * docs for …" go on in lower case after their labels: there a capital after a
 * label ("Fixed: Sass mixed declarations", "Fixed: Windows emoji font") is no
 * sentence's. Five such lines at least, and five times as many as lines going on
 * with a capitalised word other than a verb (a log written both ways, "Added:
 * Preset `rect`", "Added: option to …", tells nothing).
 */
function labelsGoOnInLowerCase(tokenLists: readonly Token[][]): boolean {
  let lower = 0;
  let upper = 0;
  for (const tokens of tokenLists) {
    const next = wordAfterLabel(tokens);
    if (next === undefined) continue;
    const word = tokens[next]!.text;
    if (LOWER_START.test(word)) lower++;
    else if (isCapitalized(word) && !isVerbForm(word.toLowerCase())) upper++;
  }
  return lower >= 5 && lower >= 5 * upper;
}

// A version, a number or a date before the first word of a line: "1.13.4 — Fixes …", "2. Added …".
const LEADING_LABEL = /^(?:v?\p{N}[\p{N}.]*|\p{N}{1,2}(?:st|nd|rd|th)?)$/u;

// A paper's or a defect report's number, as change logs list them before a title: P2128R6, P0466, DR_960, N4861, CWG2345.
const PAPER_NUMBER = /^\p{Lu}{1,4}_?\p{N}{2,}(?:\p{Lu}\p{N}+)?$/u;

/**
 * A paper's number and a comma opening a line, the paper's title after them: "P2128R6, Multidimensional subscript operator",
 * or its series and number written apart: "DR 960, Covariant functions".
 */
function isNumberBeforeTitle(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (tokens[i + 1]?.text === ',') return PAPER_NUMBER.test(token.text) && tokens[i + 2]?.isWord === true;
  return tokens[i + 2]?.text === ',' && /^\p{Lu}{2,4}$/u.test(token.text) && /^\p{N}+$/u.test(tokens[i + 1]!.text) && tokens[i + 3]?.isWord === true;
}

/** LEADING_LABEL's test, asked only of a word opening with a digit, a "v" or a character beyond ASCII (where a number can start). */
function isLeadingLabel(word: string): boolean {
  const code = word.charCodeAt(0);
  const isOtherAscii = code < 128 && code !== 118 && (code < 48 || code > 57);
  return !isOtherAscii && LEADING_LABEL.test(word);
}

/**
 * The first prose word of a sentence or quote is capitalised anyway. Code,
 * versions, numbers and a bracketed label before it do not change that: in
 * "`_.map(list)` Returns a list", "1.13.4 — Fixes a bug" or "[maint] Merge pull
 * request …" the verb still opens the line.
 */
function initialPositions(tokens: readonly Token[]): Set<number> {
  const initial = new Set<number>();
  let isStart = true;
  let isInLabel = false;
  // (Every token of every sentence passes here: a loop, not forEach and its closure.)
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    // A bracketed label opening the line is no part of it: in "[maintenance/0.13.x] Merge pull request …" the verb opens it.
    if (isInLabel) {
      if (token.text === ']') isInLabel = false;
      else if (token.isWord) initial.add(i);
      continue;
    }
    if (token.isWord) {
      if (!isStart) continue;
      const isLabel = token.isVerbatim || isLeadingLabel(token.text) || isMonthOrDay(token.text.toLowerCase()) || isNumberBeforeTitle(tokens, i);
      if (!isLabel) {
        initial.add(i);
        isStart = false;
      }
    } else if (isStart && token.text === '[') {
      isInLabel = true;
    } else if (isStart && token.text === ',' && i > 0 && /^v?\p{N}/u.test(tokens[tokens[i - 1]!.text === '+' ? i - 2 : i - 1]?.text ?? '') && !isNumberBeforeTitle(tokens, i - 2)) {
      // A comma right after a version or a number passed over above ("11.0+" too) goes on with a list, not a sentence: "macOS (11.0+, Big Sur+)"
      // (not after a paper's series and number, "DR 960, Covariant functions").
      isStart = false;
    } else if (OPENING.has(token.text)) {
      isStart = true;
    }
  }
  return initial;
}

/**
 * A title rather than a sentence or a name: every word capitalised (short
 * function words aside) and either a capitalised function word inside ("Year
 * In Review") or five words or more. "Serving Working Group" stays a name.
 */
function isTitleCase(tokens: readonly Token[], initial: ReadonlySet<number>): boolean {
  // isTitleWords over the sentence's words, without making their list (this is asked of every sentence).
  let count = 0;
  let startsSentence = false;
  let hasInnerFunctionWord = false;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.isWord || token.isVerbatim || !startsWithLetter(token.text)) continue;
    if (count === 0) startsSentence = initial.has(k);
    const verdict = titleWordVerdict(token.text, count, startsSentence, hasInnerFunctionWord);
    if (verdict === TitleWord.No) return false;
    if (verdict === TitleWord.InnerFunctionWord) hasInnerFunctionWord = true;
    count++;
  }
  return count >= 3 && (hasInnerFunctionWord || count >= 5);
}

const enum TitleWord { No, Yes, InnerFunctionWord }

/** One word of a title (see isTitleWords): the `i`th, after an inner function word or not yet. */
function titleWordVerdict(word: string, i: number, startsSentence: boolean, hasInnerFunctionWord: boolean): TitleWord {
  // A name with an inner capital (macOS, iPhone) sits in a title as a capitalised word does.
  if (!isCapitalized(word)) return !hasInnerCapital(word) && !(word.length <= 4 && isFunctionWord(word.toLowerCase())) ? TitleWord.No : TitleWord.Yes;
  return !hasInnerFunctionWord && (i > 0 || !startsSentence) && isFunctionWord(word.toLowerCase()) ? TitleWord.InnerFunctionWord : TitleWord.Yes;
}

function isTitleWords(words: readonly string[], startsSentence = true): boolean {
  if (words.length < 3) return false;
  let hasInnerFunctionWord = false;
  // (Asked of every sentence: the word lists only where their answer matters, most sentences failing at their second word.)
  for (let i = 0; i < words.length; i++) {
    const verdict = titleWordVerdict(words[i]!, i, startsSentence, hasInnerFunctionWord);
    if (verdict === TitleWord.No) return false;
    if (verdict === TitleWord.InnerFunctionWord) hasInnerFunctionWord = true;
  }
  return hasInnerFunctionWord || words.length >= 5;
}

/** A letter first (by character code in ASCII). */
function startsWithLetter(word: string): boolean {
  if (word.length === 0) return false;
  const code = word.charCodeAt(0);
  return code < 128 ? (code >= 65 && code <= 90) || (code >= 97 && code <= 122) : /^\p{L}/u.test(word);
}

function isTitleText(text: string): boolean {
  return isTitleWords(text.split(/\s+/).filter((w) => /^\p{L}/u.test(w))) && !isSpelledOut(text);
}

// The name a README's first heading opens with: "Mnemonist", "OAuthLib - Python Framework for …", "tape".
const README_TITLE = /^[\p{L}@][\p{L}\p{N}._@-]{2,}/u;
const TITLE_BLOCKS = 4;

/**
 * Links of a README to pages of its project's own site, whose host or first path segment is the project's
 * name (yomguithereal.github.io/mnemonist/heap, rollupjs.org/javascript-api/) and which go past its home page.
 * A list of them is the documentation's table of contents: their texts are its pages' titles ("Heap",
 * "Suffix Array", the class "LRUCache"), not names. Forges and registries are no project's own site.
 */
function ownDocumentationLinks(document: Document): Link[] {
  if (document.format !== 'markdown' && document.format !== 'rst') return [];
  const heading = document.blocks.slice(0, TITLE_BLOCKS).find((block) => block.kind === 'heading');
  const title = heading === undefined ? undefined : README_TITLE.exec(document.text.slice(heading.start, heading.end).trim())?.[0];
  const key = title === undefined ? '' : slug(title);
  if (key.length < 3) return [];
  return document.links.filter((link) => {
    const url = link.isBare ? undefined : addressOf(link.url);
    if (!url || !/^https?:$/.test(url.protocol) || isProjectHost(withoutWww(url.hostname))) return false;
    const segments = url.pathname.split('/').filter(Boolean);
    const isOwnHost = url.hostname.split('.').some((label) => label === key || label === `${key}js`);
    return (isOwnHost && segments.length > 0) || (segments.length > 1 && slug(segments[0]!) === key);
  });
}

/** "US Agency for Global Media (USAGM)": a name and its acronym, not a title. */
function isSpelledOut(text: string): boolean {
  const match = /^(.+?)\s*\((\p{Lu}{2,8})\)$/u.exec(text);
  if (!match) return false;
  const words = match[1]!.split(/[\s-]+/).filter((w) => w !== '' && !SKIPPABLE.has(w.toLowerCase()));
  return words.map(acronymLetters).join('') === match[2]!.toLowerCase();
}

// Nouns of code after a type's name: "the CoerceShared trait", "the EventEmitter class" (not "module", which names formats: "CommonJS modules").
const CODE_NOUNS = new Set(['trait', 'traits', 'struct', 'structs', 'enum', 'enums', 'class', 'classes', 'method', 'methods', 'macro', 'macros', 'interface', 'interfaces', 'constructor', 'constructors']);

/**
 * A PascalCase word the prose names as code, by the noun after it or by calling it: "the CoerceShared trait",
 * "sqlalchemy.DefaultClause()". It is code in all the document's prose ("the field mappings for CoerceShared"),
 * unless a link's text names the project or site it goes to (see gatherEvidence), and a known name stays one.
 */
function isNamedAsCode(text: string, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  if (!isCapitalized(token.text)) return false;
  if (text.charCodeAt(token.end) === 40 && text.charCodeAt(token.end + 1) === 41) return true;
  const next = tokens[i + 1];
  return next !== undefined && next.isWord && next.start === token.end + 1 && text.charCodeAt(token.end) === 32 && CODE_NOUNS.has(next.text);
}

/** What gatherEvidence takes from every word of the prose (see DocumentEvidence), and the words named as code (isNamedAsCode). */
interface WordTally {
  capitalized: Map<string, number>;
  lowerCase: Set<string>;
  joinedForms: Set<string>;
  /** (A set, not an array: an array's elements kind changes with its first string, and with it its map.) */
  namedAsCode: Set<string>;
}

const noWords = (): WordTally => ({ capitalized: new Map(), lowerCase: new Set(), joinedForms: new Set(), namedAsCode: new Set() });

/**
 * The loop over every word of the document, a function of its own: V8 optimises it as soon as it is hot, and the
 * rest of gatherEvidence, run once per document, is not compiled with it nor thrown away with it.
 */
function tallyWords(text: string, views: readonly SentenceView[], titledLinks: readonly Link[]): WordTally {
  const tally = noWords();
  const { capitalized, lowerCase, joinedForms, namedAsCode } = tally;
  let t = 0;
  // Every token of the document passes here: the case tests from the token's shape (wordShape) first.
  for (let v = 0; v < views.length; v++) {
    const view = views[v]!;
    const tokens = view.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (!token.isWord || token.isVerbatim) continue;
      const shape = token.shape;
      // (Neither bit: a digit or a character beyond ASCII first, which the test itself judges.)
      const isLower = (shape & ASCII_LOWER_FIRST) !== 0 || ((shape & CAPITALIZED) === 0 && startsLowerCase(token.text));
      if (isLower) lowerCase.add(token.text);
      if ((shape & INNER_CAPITAL) !== 0) {
        joinedForms.add(token.text.toLowerCase());
        if (isNamedAsCode(text, tokens, i)) namedAsCode.add(token.text);
      }
      while (t < titledLinks.length && titledLinks[t]!.end <= token.start) t++;
      if (isLower || view.isTitleLike || (shape & CAPITALIZED) === 0 || view.initial.has(i)) continue;
      const isInTitle = t < titledLinks.length && titledLinks[t]!.start <= token.start;
      if (!isInTitle) capitalized.set(token.text, (capitalized.get(token.text) ?? 0) + 1);
    }
  }
  return tally;
}

export function gatherEvidence(document: Document, views: readonly SentenceView[]): DocumentEvidence {
  const titledLinks = document.links.filter((link) => !link.isBare && isTitleText(link.text));
  // (Not asked of a document without sentences, whose empty list of views has another map than the others.)
  const { capitalized, lowerCase, joinedForms, namedAsCode } = views.length === 0 ? noWords() : tallyWords(document.text, views, titledLinks);
  const codeWords = new Set<string>();
  const hyphenatedCode = new Set<string>();
  for (const span of document.verbatim) {
    if (span.kind !== 'code') continue;
    for (const token of tokenize(document.text, span.start, span.end, [])) {
      if (!token.isWord) continue;
      codeWords.add(token.text);
      if (token.text.includes('-')) hyphenatedCode.add(token.text.toLowerCase());
    }
    // The class of a method the code calls is code in prose too: `Variable.pad()` makes "a DataArray, or Variable" code.
    const code = document.text.slice(span.start, span.end);
    if (code.includes('.')) for (const [, owner] of code.matchAll(METHOD_CALL)) codeWords.add(owner!);
  }
  for (const word of namedAsCode) codeWords.add(word);
  const linksByStart = new Map(document.links.map((link) => [link.start, link]));
  const jargon = new Set<string>();
  const namedAcronyms = new Set<string>();
  // An acronym the document links a site of its name for: "TNG has been supporting …" beside tngtech.com.
  const sites = siteNamePrefixes(document.links);
  const siteAcronyms = new Set<string>();
  const renamedAcronyms = new Map<string, string>();
  const sorting: AcronymSorting = { jargon, named: namedAcronyms, renamed: renamedAcronyms };
  for (let v = 0; v < views.length; v++) findAcronyms(views[v]!.tokens, sorting, views[v]!.isTitleLike, sites, siteAcronyms);
  for (const acronym of siteAcronyms) if (!jargon.has(acronym)) namedAcronyms.add(acronym);
  // An acronym that is a link's whole text, to the home page of a site, names what that site is about, even
  // when it is also a word: "[TAP](https://testanything.org/)-producing test harness" (vocabulary such as API stays vocabulary).
  const linkedAcronyms = new Set<string>();
  for (const link of document.links) {
    if (!link.isBare && ACRONYM.test(link.text) && !link.text.endsWith('s') && !jargon.has(link.text) && HOME_PAGE.test(link.url)) linkedAcronyms.add(link.text);
  }
  for (const acronym of linkedAcronyms) namedAcronyms.add(acronym);
  const numberedSeries = new Set<string>();
  for (const link of document.links) {
    // A capital first: most links' texts are passed over before the pattern is tried.
    const code = link.text.length === 0 ? 0 : link.text.charCodeAt(0);
    if (link.isBare || code < 65 || code > 90) continue;
    const series = NUMBERED_TITLE.exec(link.text)?.[1];
    if (series !== undefined && !jargon.has(series)) numberedSeries.add(series);
  }
  const sectionTitles = new Set<string>();
  for (const block of document.blocks) {
    if (block.kind === 'heading') sectionTitles.add(foldName(document.text.slice(block.start, block.end).replace(/^[\p{N}.\s]+|[\s¶#]+$/gu, '')));
  }
  // A word of a link's text that names the project or the site the link goes to is a name, whatever else the
  // document does with it: written as code, or an acronym nothing else marks ("[use JSDOM](https://github.com/jsdom/jsdom)").
  // Only such words matter here: a cheap filter before the links are asked.
  const matters = (word: string) => codeWords.has(word) || PLAIN_ACRONYM_WORD.test(word);
  for (const word of projectWords(document.links, matters)) {
    codeWords.delete(word);
    if (PLAIN_ACRONYM_WORD.test(word)) namedAcronyms.add(word);
  }
  // The README's own project, written capitalised in its prose, is its name wherever else the README writes it:
  // in code (`new Koa()`), and in lower case as its package ("create chalk style schemes" is no vocabulary).
  for (const word of ownProjectWords(document.links, capitalized)) {
    codeWords.delete(word);
    lowerCase.delete(word.toLowerCase());
  }
  const ownSites = new Set<string>();
  for (const link of document.links) {
    // The host holds the text, lower-cased, whenever the link can name its site: a cheap test first.
    if (link.isBare || link.text.length < 3 || /\s/.test(link.text) || !slug(link.url).includes(slug(link.text))) continue;
    if (linkMatchesName(link.url, link.text) === 'host') ownSites.add(link.text);
  }
  return { siteNames: linkedSiteNames(document.links), linkedNames: siteSpelledNames(document.links), capitalized, lowerCase, joinedForms, hyphenatedCode, sectionTitles, codeWords, linksByStart, titledLinks, jargon, namedAcronyms, linkedAcronyms, numberedSeries, renamedAcronyms, ownSites, ownDocLinks: ownDocumentationLinks(document), definedTerms: findDefinedTerms(document.text) };
}

// A term in quotes that the text defines, as licences, contracts and policies do: "Contributor" means …,
// "License" shall mean …, The "Corresponding Source" for a work means …, (the "Software"), hereinafter "Licensor".
const TERM = `["\u201c](\\p{Lu}[\\p{L}\\p{N}'\u2019 -]{0,60}?)["\u201d]`;
const DEFINITION = new RegExp(
  `${TERM}[^.;"\u201c\u201d]{0,100}?\\b(?:means|shall mean|refers to|shall refer to|is defined as|has the meaning)\\b` +
  `|\\((?:(?:the|a|an|hereinafter|hereafter|collectively|each)\\s+)*${TERM}\\)` +
  `|\\b(?:hereinafter|hereafter)(?:\\s+(?:referred to as|called))?\\s+(?:the\\s+)?${TERM}`,
  'gu',
);

function findDefinedTerms(text: string): ReadonlySet<string> {
  const terms = new Set<string>();
  // Every definition quotes its term: a text without an opening quote defines nothing.
  if (!/["\u201c]/.test(text)) return terms;
  for (const match of text.matchAll(DEFINITION)) terms.add(foldName((match[1] ?? match[2] ?? match[3])!.trim()));
  return terms;
}

const SITE = /^https?:\/\/(?:www\.)?(?:([^/?#:]+)\.)?([^./?#:]+)\.(?:(?:co|com|org|net|ac|gov|edu)\.)?[a-z]{2,}(?::\d+)?(?:\/([^/?#]+))?/i;
const FORGE = /^(?:[^.]+\.)?(?:github|gitlab)$/i;

// Two to six words, each capitalised or a small joining word: "Trail of Bits", "First Timers Only".
const NAME_PHRASE = /^\p{Lu}[\p{L}\p{N}'\u2019-]*(?: (?:of|for|the|and|&|\p{Lu}[\p{L}\p{N}'\u2019-]*)){1,5}$/u;

/** See DocumentEvidence.linkedNames. (A space and a capital first: most links' texts are passed over before a pattern is tried.) */
function siteSpelledNames(links: readonly Link[]): Map<string, string[]> {
  const names = new Map<string, string[]>();
  for (const link of links) {
    const text = link.text;
    const code = text.length === 0 ? 0 : text.charCodeAt(0);
    if (link.isBare || code < 65 || code > 90 || text.length > 60 || !text.includes(' ') || !NAME_PHRASE.test(text)) continue;
    if (linkMatchesName(link.url, text) !== 'host') continue;
    const first = text.slice(0, text.indexOf(' '));
    const list = names.get(first) ?? [];
    if (!list.includes(text)) list.push(text);
    names.set(first, list);
  }
  return names;
}

/** Site names and forge accounts of the links (see DocumentEvidence.siteNames): one match per link. */
function linkedSiteNames(links: readonly Link[]): Set<string> {
  const names = new Set<string>();
  for (const link of links) {
    const match = SITE.exec(link.url);
    if (!match) continue;
    const name = match[2]!.toLowerCase();
    names.add(name);
    if (match[3] !== undefined && FORGE.test(name)) names.add(match[3].toLowerCase());
  }
  return names;
}

/** The starts of the sites' own names that an acronym can be (tngtech.com: tng, tngt, tngte, tngtec, tngtech). */
function siteNamePrefixes(links: readonly Link[]): Set<string> {
  const prefixes = new Set<string>();
  for (const link of links) {
    const host = /^https?:\/\/(?:www\.)?([^/?#:]+)/i.exec(link.url)?.[1]?.toLowerCase();
    const name = host?.split('.').at(-2);
    if (!name || !/^[a-z]+$/.test(name)) continue;
    for (let length = Math.max(3, name.length - 4); length <= Math.min(8, name.length); length++) prefixes.add(name.slice(0, length));
  }
  return prefixes;
}

const PLAIN_ACRONYM_WORD = /^\p{Lu}{2,}$/u;
// An acronym, a number, then a title or the text's end: "SPEC 0---Minimum Supported Versions", "TIP 16", "SEP 3: Logging" (not "HTTP 2 support").
const NUMBERED_TITLE = /^(\p{Lu}{2,6}) \p{N}{1,4}(?:$|\s*(?:-{2,3}|[\u2013\u2014:])\s*\p{Lu})/u;

/** Words of links' texts (those `isWanted`) that name the project or the site their link goes to (see linkMatchesName). */
function projectWords(links: readonly Link[], isWanted: (word: string) => boolean): Set<string> {
  const words = new Set<string>();
  for (const link of links) {
    if (link.isBare) continue;
    let address: string | undefined;
    // The words of the text as split at /[\s()[\],;:!?"“”]+/ would give them, by character code and without the array.
    const text = link.text;
    for (let start = 0, end = 0; start < text.length; start = end + 1) {
      end = start;
      while (end < text.length && !isLinkTextSeparator(text.charCodeAt(end))) end++;
      if (end - start < 3) continue;
      const word = text.slice(start, end);
      if (words.has(word) || !isWanted(word)) continue;
      // The address holds the word whenever the link can name it: a cheap test first.
      address ??= slug(link.url);
      if (!address.includes(slug(word))) continue;
      const match = linkMatchesName(link.url, word);
      if (match === 'project' || match === 'host') words.add(word);
    }
  }
  return words;
}

/** A character of /[\s()[\],;:!?"“”]/: JavaScript's white space and line ends, brackets, punctuation and quotes. */
function isLinkTextSeparator(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) || code === 40 || code === 41 || code === 91 || code === 93 || code === 44 || code === 59 || code === 58 || code === 33 || code === 63 || code === 34;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff || code === 0x201c || code === 0x201d;
}

/**
 * Capitalised words of the prose that name the project two or more of the document's links go to (badges, the
 * repository, the package's page: `github.com/koajs/koa/…`, `npmjs.com/package/koa` beside "Koa"): a README's own project.
 */
function ownProjectWords(links: readonly Link[], capitalized: ReadonlyMap<string, number>): string[] {
  // The links first: most documents link no forge or registry twice, and then no word is asked.
  const targets = new Map<string, Set<string>>();
  for (const link of links) {
    const name = projectOf(link.url);
    if (name === undefined) continue;
    const project = slug(name);
    const urls = targets.get(project) ?? new Set<string>();
    urls.add(link.url);
    targets.set(project, urls);
  }
  for (const [project, urls] of targets) if (urls.size < 2) targets.delete(project);
  if (targets.size === 0) return [];
  const words = new Map<string, string>();
  for (const [word, count] of capitalized) {
    const key = count >= 2 && word.length >= 3 ? slug(word) : '';
    if (targets.has(key) && !words.has(key)) words.set(key, word);
  }
  return [...words.values()];
}

const ACRONYM = /^\p{Lu}{2,8}s?$/u;
// The address of a site's home page: no path beyond "/", no query, no fragment.
const HOME_PAGE = /^https?:\/\/[^/?#]+\/?$/;
// Words after an acronym that make it a name: "the BSI said", "ASML shares".
const NAMING_WORDS = new Set([
  'company', 'corporation', 'agency', 'team', 'foundation', 'project', 'group', 'university', 'council', 'ministry',
  'department', 'members', 'staff', 'officials', 'said', 'says', 'announced', 'reported', 'spokesperson', 'ceo',
  'founder', 'shares', 'stock', 'board', 'chief', 'president', 'director', 'headquarters', 'employees', 'researchers',
  'conference', 'summit', 'community', 'grant', 'grants',
]);
// A body's role after its acronym: "with NAOJ as a domestic partner", "ESA as the lead agency".
const AS_ROLE = /^as (?:(?:a|an|the) )?(?:[\p{Ll}-]+ )?(?:partners?|agency|agencies|funders?|sponsors?|members?)\b/u;

const SKIPPABLE = new Set(['of', 'in', 'the', 'and', 'for', 'to', 'a', 'an', 'on', 'with']);

/**
 * Sorts acronyms into vocabulary and names: "…words (ABC)" and "ABC (words…)"
 * where the words' initials spell ABC go by the case of the words; a possessive
 * or a naming word after it makes an acronym a name.
 */
interface AcronymSorting {
  jargon: Set<string>;
  named: Set<string>;
  renamed: Map<string, string>;
}

function findAcronyms(tokens: readonly Token[], sorting: AcronymSorting, isTitleLike: boolean, sites: ReadonlySet<string>, siteAcronyms: Set<string>): void {
  // (Every token passes here: an index, not entries(), which makes an array per token.)
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    // A capital first, from the token's shape (isCapitalized), before the regex.
    if (!token.isWord || token.isVerbatim || (token.shape & CAPITALIZED) === 0 || !ACRONYM.test(token.text)) continue;
    judgeAcronym(tokens, k, sorting, isTitleLike, sites, siteAcronyms);
  }
  for (let k = 1; k + 2 < tokens.length + 1; k++) {
    const acronym = tokens[k];
    if (tokens[k - 1]?.text !== '(' || tokens[k + 1]?.text !== ')' || !acronym?.isWord || !ACRONYM.test(acronym.text)) continue;
    spelledBefore(tokens, k, sorting.jargon, sorting.named);
  }
}

/**
 * What the words around the acronym at k say of it (see findAcronyms). A function of its own: the loop over every
 * token is not optimised again each time this, run for acronyms only, meets something new.
 */
function judgeAcronym(tokens: readonly Token[], k: number, sorting: AcronymSorting, isTitleLike: boolean, sites: ReadonlySet<string>, siteAcronyms: Set<string>): void {
  const { jargon, named } = sorting;
  const token = tokens[k]!;
  if (token.text.length >= 3 && !token.text.endsWith('s') && sites.has(token.text.toLowerCase())) siteAcronyms.add(token.text);
  const next = tokens[k + 1];
  if (token.isPossessive || (next?.isWord && NAMING_WORDS.has(next.text.toLowerCase()))) named.add(token.text);
  else if (next?.text === 'as' && AS_ROLE.test(tokens.slice(k + 1, k + 6).map((t) => t.text).join(' '))) named.add(token.text);
  // The brand of a product named after it, in a sentence: "OONI Probe", "AWS Lambda".
  const isBrand = !isTitleLike && next?.isWord === true && !next.isVerbatim && /^\p{Lu}\p{Ll}+$/u.test(next.text) && next.start === token.end + 1 && !isFunctionWord(next.text.toLowerCase());
  if (isBrand) named.add(token.text);
  if (next?.text === '(') spelledAfter(tokens, k, jargon, named);
  const renaming = renamingCue(tokens, k);
  if (renaming !== undefined) addRenaming(tokens, k, renaming, sorting);
}

/**
 * "words spelling it out (ABC)". (A function of its own, as spelledAfter is: the loop over every token in
 * findAcronyms is not optimised again each time this, seldom run, meets something new.)
 */
function spelledBefore(tokens: readonly Token[], k: number, jargon: Set<string>, named: Set<string>): void {
  const acronym = tokens[k]!.text;
  const letters = acronym.replace(/s$/, '').toLowerCase();
  const parts: string[] = [];
  for (let i = k - 2; i >= 0 && parts.length < letters.length * 2 + 2; i--) {
    const token = tokens[i]!;
    if (!token.isWord) continue;
    parts.unshift(...token.text.split('-').filter(Boolean));
    const initials = parts.filter((p) => !SKIPPABLE.has(p.toLowerCase())).map(acronymLetters).join('');
    // Some acronyms keep the initial of a small word: "Dial In User Service (RADIUS)".
    const allInitials = parts.map(acronymLetters).join('');
    if (initials === letters || allInitials === letters) {
      classify(acronym, parts, jargon, named);
      return;
    }
    if (initials.length > letters.length || (!letters.endsWith(initials) && !letters.endsWith(allInitials))) return;
  }
}

/** The acronym at k is another name of something, by `renaming` ("aka", "formerly"), and so is the acronym before it in the sentence. */
function addRenaming(tokens: readonly Token[], k: number, renaming: string, sorting: AcronymSorting): void {
  const text = tokens[k]!.text;
  sorting.named.add(text);
  // The other name: the acronym before the cue in the same sentence ("IDAM was later renamed to UDA", "UDA, formerly IDAM").
  const before = acronymBefore(tokens, k);
  if (!before) return;
  sorting.named.add(before.text);
  if (/^formerly$/i.test(renaming)) sorting.renamed.set(text, before.text);
  else sorting.renamed.set(before.text, text);
}

/** The last acronym before the one at k, other than it (a function of its own: a closure over the token would cost every token of findAcronyms a context). */
function acronymBefore(tokens: readonly Token[], k: number): Token | undefined {
  const text = tokens[k]!.text;
  return tokens.slice(0, k).findLast((t) => t.isWord && !t.isVerbatim && ACRONYM.test(t.text) && t.text !== text);
}

// Words before a name that give another name of the same thing: "(aka UDA)", "renamed to UDA", "formerly IDAM".
const RENAMING = /^(?:aka|a\.k\.a\.?|formerly|renamed (?:to|as)|also known as|now called|rebranded (?:to|as))$/i;

const LAST_CUE_WORD = /^(?:aka|a\.k\.a\.?|formerly|to|as|called)$/i;

/** The words before the acronym at k that make it another name of something, if any. */
function renamingCue(tokens: readonly Token[], k: number): string | undefined {
  // Every cue ends with one of these words: most acronyms are passed over before any list of words is made.
  const last = tokens[k - 1];
  if (last === undefined || !last.isWord || !LAST_CUE_WORD.test(last.text)) return undefined;
  const words: string[] = [];
  for (let i = k - 1; i >= 0 && i >= k - 3 && tokens[i]!.isWord; i--) {
    words.unshift(tokens[i]!.text);
    if (RENAMING.test(words.join(' '))) return words.join(' ');
  }
  return undefined;
}

/** "ABC (words spelling it out)". */
function spelledAfter(tokens: readonly Token[], k: number, jargon: Set<string>, named: Set<string>): void {
  const acronym = tokens[k]!.text;
  const letters = acronym.replace(/s$/, '').toLowerCase();
  const parts: string[] = [];
  for (let i = k + 2; i < tokens.length && tokens[i]!.text !== ')'; i++) {
    if (tokens[i]!.isWord) parts.push(...tokens[i]!.text.split('-').filter(Boolean));
  }
  const initials = parts.filter((p) => !SKIPPABLE.has(p.toLowerCase())).map(acronymLetters).join('');
  if (initials === letters) classify(acronym, parts, jargon, named);
}

function classify(acronym: string, parts: readonly string[], jargon: Set<string>, named: Set<string>): void {
  const lowerCount = parts.filter((p) => !isCapitalized(p) && !SKIPPABLE.has(p)).length;
  if (lowerCount * 2 >= parts.length) jargon.add(acronym);
  else named.add(acronym);
}
