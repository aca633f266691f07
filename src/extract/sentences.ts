import type { Document, Verbatim } from '../read/types.js';
import { isCommonWord, isFunctionWord } from './words.js';

export interface Sentence {
  start: number;
  end: number;
  /** Index of the block in `Document.blocks`. */
  block: number;
}

// Abbreviations after which a period does not end a sentence (lower-case, no final period).
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'rev', 'hon', 'gen', 'col', 'lt', 'capt', 'cpt', 'sgt',
  'sen', 'rep', 'gov', 'pres', 'supt', 'messrs', 'mme', 'mlle', 'fr', 'mt', 'ft', 'no', 'nos', 'vol', 'vols',
  'pp', 'p', 'fig', 'figs', 'eq', 'eqs', 'ch', 'sec', 'art', 'dept', 'approx', 'est', 'vs', 'v', 'cf', 'viz',
  'al', 'ca', 'op', 'ed', 'eds', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
// After these a period may or may not end the sentence: split only before a typical sentence opener.
const AMBIGUOUS = new Set(['etc', 'inc', 'ltd', 'co', 'corp', 'llc', 'plc', 'bros', 'dept']);
// U.S. states' postal codes whose letters in lower case are abbreviations above.
const STATE_CODES = new Set(['AL', 'CA', 'CO', 'MT']);
// Words that typically open a sentence; used to decide after `U.S.`, `etc.`, `Inc.`.
const OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'we', 'i', 'he', 'she', 'they', 'you', 'our',
  'their', 'his', 'her', 'my', 'your', 'there', 'here', 'in', 'on', 'at', 'for', 'but', 'and', 'or', 'so', 'if',
  'when', 'while', 'after', 'before', 'however', 'also', 'as', 'to', 'with', 'from', 'by', 'since', 'then',
  'what', 'why', 'how', 'who', 'where', 'some', 'many', 'most', 'all', 'each', 'every', 'one', 'no', 'not',
  'today', 'now', 'yet', 'still', 'meanwhile', 'instead', 'finally', 'first', 'second', 'next', 'other',
]);

const DOTTED = /^\p{L}{1,4}(?:\.\p{L}{1,4})+$/u;
// Closing quotes and brackets, and a footnote mark (*, †), may follow the stop: "restored.* This". A period
// glued to the next sentence's first word ends a sentence too, where a closing quote or the space after it
// was lost in copying ("said Director Alejandro Mayorkas.Through our outreach…"): a lower-case word before
// it, a capital and lower-case letters after it. (ASCII letters, and the period matched before the look-behind:
// a Unicode class or a look-behind tried at every character made the scan of a corpus 10 to 40 times slower.)
const TERMINATOR = /[.!?\u2026]+["'\u201d\u2019)\]]*[*\u2020\u2021]?(?=\s|$)|\.(?<=[a-z][a-z]\.)(?=[A-Z][a-z][a-z])/g;

/**
 * Splits each block into sentences. Blocks (paragraphs, headings, list items,
 * table cells) are never joined; inside one, a sentence ends at `.`, `!`, `?`
 * or `…` followed by space, except after abbreviations (`Dr.`, `e.g.`,
 * `U.S.`), initials, and inside inline code or URLs. The blocks in
 * `wholeBlocks` (reference entries) and addresses are one sentence each.
 */
export function segmentSentences(document: Pick<Document, 'text' | 'blocks' | 'verbatim'>, wholeBlocks: ReadonlySet<number> = new Set()): Sentence[] {
  const { text, verbatim } = document;
  const sentences: Sentence[] = [];
  let verbatimIndex = 0;
  document.blocks.forEach((block, blockIndex) => {
    // A reference entry is one citation, however many periods it holds.
    if (wholeBlocks.has(blockIndex) || block.kind === 'address') return pushTrimmed(sentences, text, block.start, block.end, blockIndex);
    let start = block.start;
    const first = sentences.length;
    const content = text.slice(block.start, block.end);
    // (exec, not matchAll, which makes a copy of the pattern for each block: half the time of the scan.)
    TERMINATOR.lastIndex = 0;
    for (let match = TERMINATOR.exec(content); match !== null; match = TERMINATOR.exec(content)) {
      const at = block.start + match.index;
      const end = at + match[0].length;
      while (verbatimIndex < verbatim.length && verbatim[verbatimIndex]!.end <= at) verbatimIndex++;
      const span = verbatim[verbatimIndex];
      if (span && span.start <= at) continue;
      if (!endsSentence(text, start, at, match[0], end, block.end) && !(span && opensWithCode(text, at, match[0], end, span, start))) continue;
      pushTrimmed(sentences, text, start, end, blockIndex);
      start = end;
    }
    pushTrimmed(sentences, text, start, block.end, blockIndex);
    // A bare reference after a period ("… with flask-caching. #159", "… [12]", "… it. (PR6475). By …") belongs to the sentence before it.
    for (let k = first + 1; k < sentences.length; k++) {
      const sentence = sentences[k]!;
      if (!BARE_REFERENCE.test(text.slice(sentence.start, sentence.end))) continue;
      sentences[k - 1]!.end = sentence.end;
      sentences.splice(k--, 1);
    }
  });
  return sentences;
}

// An issue or pull request as change logs write it: #159, GH-12, GH7220, PR #12, PR7361, gh-6155, issue 5719.
const ISSUE = String.raw`(?:#|gh-?|pr ?#?|issue ?#?)?\d+`;
// One or several of them, bracketed or not: "#159", "(issue 5719)", "(GH7220, PR7229)", "[1][2]".
const BARE_REFERENCE = new RegExp(String.raw`^\(?${ISSUE}(?:,\s*(?:and\s+)?${ISSUE})*\)?\.?$|^(?:\[[^\]\s]{1,12}\]\s*)+\.?$`, 'i');

function endsSentence(text: string, sentenceStart: number, at: number, terminator: string, end: number, blockEnd: number): boolean {
  if (end >= blockEnd) return true;
  const next = nextWord(text, end, blockEnd);
  if (next === '') return true;
  const first = next[0]!;
  // A bracket after the stop opens a sentence of its own, even in lower case: "… styles. (thanks to Ann for #6666)".
  if (isLower(first) && !/^\s*\(/.test(text.slice(end, end + 4))) return isLowerCaseOpener(text, sentenceStart, at, terminator, next, end);
  if (!terminator.startsWith('.') || terminator.startsWith('...')) return true;
  const word = wordBefore(text, sentenceStart, at);
  const lower = word.toLowerCase();
  // A period glued to a capital after a dotted path is the path's: 'importlib.abc.TraversableResources'.
  if (end === at + 1 && end < blockEnd && !/\s/.test(text[end]!) && word.includes('.')) return false;
  if (word.length === 1 && isUpper(word)) return false; // an initial: J. R. R. Tolkien
  // A state's code in capitals is no abbreviation, though its letters in lower case are one (ca., al., co.):
  // "in Santa Clara, CA. As usual, …" ends a sentence.
  if (STATE_CODES.has(word)) return true;
  if (TITLES.has(lower)) return false;
  const isOpener = OPENERS.has(next.toLowerCase());
  if (AMBIGUOUS.has(lower)) return isOpener;
  // Dotted abbreviations: e.g., i.e., U.S., a.m., Ph.D. (not version numbers such as 1.94.1)
  if (DOTTED.test(word)) return isOpener && !/^(?:e\.g|i\.e|a\.k\.a)$/.test(lower);
  return true;
}

/**
 * A sentence may open with code, as technical prose names its tools and functions: "… from the JSOC. `aiapy` is
 * compatible with …". A plain full stop, then a space and the code span (`span`, the next verbatim one), ends the
 * sentence unless the word before it is an abbreviation ("e.g. `foo`", "etc. `bar`", "see sec. `3`").
 */
function opensWithCode(text: string, at: number, terminator: string, end: number, span: Verbatim, sentenceStart: number): boolean {
  if (terminator !== '.' || span.kind !== 'code' || span.start <= end || span.start - end > 2 || !/^\s+$/.test(text.slice(end, span.start))) return false;
  const word = wordBefore(text, sentenceStart, at);
  const lower = word.toLowerCase();
  return word !== '' && !(word.length === 1 && isUpper(word)) && !TITLES.has(lower) && !AMBIGUOUS.has(lower) && !DOTTED.test(word);
}

/**
 * A sentence may open with a name written in lower case, as technical prose writes its tools:
 * "… into richer formats. docutils provides parsers …". Only after an ordinary word and a plain
 * full stop (not "e.g.", "etc.", "approx.") and before a word that is no English word.
 */
function isLowerCaseOpener(text: string, sentenceStart: number, at: number, terminator: string, next: string, end: number): boolean {
  if (terminator !== '.' || next.length < 3 || isCommonWord(next) || isFunctionWord(next)) return false;
  // A bare address after the stop belongs to the sentence before it (see BARE_REFERENCE).
  if (/^\s*(?:[a-z][a-z0-9+.-]*:|www\.)/.test(text.slice(end, end + 16))) return false;
  const word = wordBefore(text, sentenceStart, at);
  return /^\p{Ll}{4,}$/u.test(word) && !TITLES.has(word) && !AMBIGUOUS.has(word) && isCommonWord(word);
}

function wordBefore(text: string, from: number, at: number): string {
  let i = at;
  while (i > from && (isAsciiAlphanumeric(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46 || isOtherLetterOrDigit(text, i - 1))) i--;
  return text.slice(i, at).replace(/^\.+/, '');
}

function nextWord(text: string, from: number, limit: number): string {
  let i = from;
  while (i < limit && isOpeningSpace(text, i)) i++;
  let j = i;
  while (j < limit && (isAsciiAlphanumeric(text.charCodeAt(j)) || isOtherLetterOrDigit(text, j))) j++;
  return j > i ? text.slice(i, j) : text.slice(i, i + 1);
}

// The character tests of the scan around each full stop: ASCII by character code, anything else by the pattern
// (the CLI runs V8 without inlining: see v8-flags.ts).
function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** A letter or a digit beyond ASCII at `at` (a code unit, as `text[at]`). */
function isOtherLetterOrDigit(text: string, at: number): boolean {
  return text.charCodeAt(at) >= 128 && /[\p{L}\p{N}]/u.test(text[at]!);
}

/** /[\s"'\u201c\u2018([]/ at `at`: a space, a quote or a bracket before a sentence's first word. */
function isOpeningSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13) || code === 34 || code === 39 || code === 40 || code === 91;
  return code === 0x201c || code === 0x2018 || /\s/.test(text[at]!);
}

/** /\s/ at `at`. */
function isSpaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(text[at]!);
}

const isLower = (c: string) => c !== c.toUpperCase() && c === c.toLowerCase();
const isUpper = (c: string) => c !== c.toLowerCase() && c === c.toUpperCase();

function pushTrimmed(sentences: Sentence[], text: string, start: number, end: number, block: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpaceAt(text, s)) s++;
  while (e > s && isSpaceAt(text, e - 1)) e--;
  if (e > s) sentences.push({ start: s, end: e, block });
}
