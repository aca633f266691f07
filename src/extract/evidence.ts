import type { Document, Link } from '../read/types.js';
import type { Sentence } from './sentences.js';
import { isCapitalized, tokenize, type Token } from './tokens.js';
import { isFunctionWord } from './words.js';

/** What the whole document says about its words, gathered before names are judged. */
export interface DocumentEvidence {
  /** Times each word is written capitalised where capitals are not required (mid-sentence, outside titles). */
  capitalized: ReadonlyMap<string, number>;
  /** Times each lower-case word appears in prose. */
  lowercase: ReadonlyMap<string, number>;
  /** Words that appear inside inline code: identifiers, not names. */
  codeWords: ReadonlySet<string>;
  /** Links by the offset where their text starts. */
  linksByStart: ReadonlyMap<number, Link>;
  /** Links whose text is a title (three or more words, all capitalised): capitals there are style. */
  titledLinks: readonly Link[];
  /** Acronyms the document defines by a lower-case phrase: "return-position impl trait (RPIT)" is vocabulary, not a name. */
  jargon: ReadonlySet<string>;
}

/** Per-sentence facts that the name finder needs. */
export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  /** Indexes of tokens that stand where any word would be capitalised (sentence or quote start). */
  initial: ReadonlySet<number>;
  /** A heading or a Title Case line: capitals there are style, not evidence. */
  isTitleLike: boolean;
}

const OPENING = new Set(['"', '\u201c', '\u2018', "'", ':', '(', '[', '\u2014', '\u2013', '-', '*', '>', '•']);

export function viewSentences(document: Document, sentences: readonly Sentence[]): SentenceView[] {
  return sentences.map((sentence) => {
    const tokens = tokenize(document.text, sentence.start, sentence.end, document.verbatim);
    const initial = initialPositions(tokens);
    const isHeading = document.blocks[sentence.block]?.kind === 'heading';
    return { sentence, tokens, initial, isTitleLike: isHeading || isTitleCase(tokens, initial) };
  });
}

function initialPositions(tokens: readonly Token[]): Set<number> {
  const initial = new Set<number>();
  let isStart = true;
  tokens.forEach((token, i) => {
    if (token.isWord) {
      if (isStart && !token.isVerbatim) initial.add(i);
      isStart = false;
    } else if (OPENING.has(token.text)) {
      isStart = true;
    }
  });
  return initial;
}

/**
 * A title rather than a sentence or a name: every word capitalised (short
 * function words aside) and either a capitalised function word inside ("Year
 * In Review") or five words or more. "Serving Working Group" stays a name.
 */
function isTitleCase(tokens: readonly Token[], initial: ReadonlySet<number>): boolean {
  const words = tokens.filter((token) => token.isWord && !token.isVerbatim && /^\p{L}/u.test(token.text));
  return isTitleWords(words.map((t) => t.text), words.length > 0 && initial.has(tokens.indexOf(words[0]!)));
}

function isTitleWords(words: readonly string[], startsSentence = true): boolean {
  if (words.length < 3) return false;
  let hasInnerFunctionWord = false;
  for (const [i, word] of words.entries()) {
    const isFunction = isFunctionWord(word.toLowerCase());
    if (!isCapitalized(word) && !(isFunction && word.length <= 4)) return false;
    if (isFunction && isCapitalized(word) && (i > 0 || !startsSentence)) hasInnerFunctionWord = true;
  }
  return hasInnerFunctionWord || words.length >= 5;
}

function isTitleText(text: string): boolean {
  return isTitleWords(text.split(/\s+/).filter((w) => /^\p{L}/u.test(w)));
}

export function gatherEvidence(document: Document, views: readonly SentenceView[]): DocumentEvidence {
  const capitalized = new Map<string, number>();
  const lowercase = new Map<string, number>();
  const titledLinks = document.links.filter((link) => !link.isBare && isTitleText(link.text));
  let t = 0;
  for (const view of views) {
    view.tokens.forEach((token, i) => {
      if (!token.isWord || token.isVerbatim) return;
      while (t < titledLinks.length && titledLinks[t]!.end <= token.start) t++;
      const isInTitle = t < titledLinks.length && titledLinks[t]!.start <= token.start;
      if (isCapitalized(token.text)) {
        if (!view.isTitleLike && !view.initial.has(i) && !isInTitle) capitalized.set(token.text, (capitalized.get(token.text) ?? 0) + 1);
      } else {
        const lower = token.text.toLowerCase();
        lowercase.set(lower, (lowercase.get(lower) ?? 0) + 1);
      }
    });
  }
  const codeWords = new Set<string>();
  for (const span of document.verbatim) {
    if (span.kind !== 'code') continue;
    for (const token of tokenize(document.text, span.start, span.end, [])) {
      if (token.isWord) codeWords.add(token.text);
    }
  }
  const linksByStart = new Map(document.links.map((link) => [link.start, link]));
  const jargon = new Set<string>();
  for (const view of views) findJargon(view.tokens, jargon);
  return { capitalized, lowercase, codeWords, linksByStart, titledLinks, jargon };
}

const SKIPPABLE = new Set(['of', 'in', 'the', 'and', 'for', 'to', 'a', 'an', 'on', 'with']);

/** "…lower-case words (ABC)" where the words' initials spell ABC and most are lower-case. */
function findJargon(tokens: readonly Token[], jargon: Set<string>): void {
  for (let k = 1; k + 2 < tokens.length + 1; k++) {
    const acronym = tokens[k];
    if (tokens[k - 1]?.text !== '(' || tokens[k + 1]?.text !== ')' || !acronym?.isWord || !/^\p{Lu}{2,8}s?$/u.test(acronym.text)) continue;
    const letters = acronym.text.replace(/s$/, '').toLowerCase();
    const parts: string[] = [];
    for (let i = k - 2; i >= 0 && parts.length < letters.length * 2 + 2; i--) {
      const token = tokens[i]!;
      if (!token.isWord) continue;
      parts.unshift(...token.text.split('-').filter(Boolean));
      const initials = parts.filter((p) => !SKIPPABLE.has(p.toLowerCase())).map((p) => p[0]!.toLowerCase()).join('');
      if (initials === letters) {
        const lowerCount = parts.filter((p) => !isCapitalized(p)).length;
        if (lowerCount * 2 >= parts.length) jargon.add(acronym.text);
        break;
      }
      if (initials.length > letters.length || !letters.endsWith(initials)) break;
    }
  }
}
