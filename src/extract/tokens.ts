import type { Verbatim } from '../read/types.js';

export interface Token {
  /** The word as written, without a possessive `'s`. */
  text: string;
  start: number;
  /** End of `text` (a possessive, when there is one, follows it). */
  end: number;
  isWord: boolean;
  isPossessive: boolean;
  /** Inside inline code or a bare URL: read, but never a name. */
  isVerbatim: boolean;
  /** wordShape(text) for a word, 0 for a sign: worked out as the word is read (names.ts asks it of every token). */
  shape: number;
}

// A word: letters and digits, joined inside by - ' ’ . & and :: (and + before a capital:
// Rust+GNOME), with a trailing ++ or # (C++, C#). Anything else that is not space is a
// one-character token.
// Sticky: tokenize() skips the spaces itself and asks only whether a token starts where it stands (every character
// but a space starts one), with test(), which makes no match array (one per token with exec).
const TOKEN =
  /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_]|['’](?=\p{L})|[-.&](?=[\p{L}\p{N}])|\+(?=\p{Lu})|::(?=[\p{L}_]))*(?:\+\+|#(?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}]/uy;
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;
const POSSESSIVE = /['’]s$/;

/** Tokenizes `text[start, end)`; offsets are into `text`. `verbatim` must be sorted. */
export function tokenize(text: string, start: number, end: number, verbatim: readonly Verbatim[]): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let v = firstVerbatimAfter(verbatim, start);
  let at = 0;
  while (at < slice.length) {
    // A space starts no token: ASCII ones are skipped by character code, the others (a no-break space, an
    // ideographic space …) fail the test and are stepped over, as the global regex stepped over them.
    const code = slice.charCodeAt(at);
    if (code === 32 || (code >= 9 && code <= 13)) {
      at++;
      continue;
    }
    const tokenEnd = plainTokenEnd(slice, at);
    let next: number;
    let shape = -1;
    if (tokenEnd >= 0) {
      next = tokenEnd;
      shape = plainShape;
    } else {
      TOKEN.lastIndex = at;
      if (!TOKEN.test(slice)) {
        at++;
        continue;
      }
      next = TOKEN.lastIndex;
    }
    let word = slice.slice(at, next);
    const from = start + at;
    at = next;
    // U.S. and e.g. keep their final period.
    if (text[from + word.length] === '.' && word.includes('.') && DOTTED_ABBREVIATION.test(word)) word += '.';
    const isWord = startsWithLetterOrDigit(word);
    const isPossessive = isWord && word.length > 2 && word.endsWith('s') && POSSESSIVE.test(word);
    const surface = isPossessive ? word.slice(0, -2) : word;
    while (v < verbatim.length && verbatim[v]!.end <= from) v++;
    const span = verbatim[v];
    const isVerbatim = span !== undefined && span.start < from + word.length && from < span.end;
    if (shape < 0 || surface !== word) shape = isWord ? wordShape(surface) : 0;
    tokens.push({ text: surface, start: from, end: from + surface.length, isWord, isPossessive, isVerbatim, shape });
  }
  return mergeDottedPeriods(tokens);
}

// The wordShape of the token plainTokenEnd last found (0 for a sign), worked out in its scan: a second return value.
let plainShape = 0;

/**
 * Where the token at `at` ends, for the two kinds most text is made of, without the pattern: a run of ASCII letters,
 * digits and underscores that nothing after it can continue (followed by none of ' - . & + : # and nothing beyond ASCII),
 * and one ASCII sign. Anything else: -1, and the pattern decides. (The pattern would match the same: no ASCII
 * character outside those can continue a word or end it with ++ or #, and a sign alone is a token of its own.)
 * Sets plainShape to the token's wordShape (such a word has no hyphen, and only ASCII).
 */
function plainTokenEnd(text: string, at: number): number {
  const first = text.charCodeAt(at);
  if (first >= 128) return -1;
  const isLower = first >= 97 && first <= 122;
  const isUpper = first >= 65 && first <= 90;
  // A sign (the caller has skipped ASCII spaces; an underscore opens no word).
  if (!isLower && !isUpper && !(first >= 48 && first <= 57)) {
    plainShape = 0;
    return at + 1;
  }
  let shape = isLower ? ASCII_LOWER_FIRST : isUpper ? CAPITALIZED : 0;
  let isAfterLower = isLower;
  let end = at + 1;
  for (; end < text.length; end++) {
    const code = text.charCodeAt(end);
    if (code >= 97 && code <= 122) isAfterLower = true;
    else if (code >= 65 && code <= 90) {
      if (isAfterLower) shape |= INNER_CAPITAL;
      isAfterLower = false;
    } else if ((code >= 48 && code <= 57) || code === 95) isAfterLower = false;
    else break;
  }
  plainShape = shape;
  if (end === text.length) return end;
  const after = text.charCodeAt(end);
  // ' - . & + : # and anything beyond ASCII may continue the word: the pattern decides.
  return after >= 128 || after === 39 || after === 45 || after === 46 || after === 38 || after === 43 || after === 58 || after === 35 ? -1 : end;
}

// The regex leaves the period of `U.S.` as its own token as well; drop that duplicate.
// (Most sentences have none: they are returned as they are, without a copy.)
function mergeDottedPeriods(tokens: Token[]): Token[] {
  const isDuplicate = (i: number) => tokens[i]!.text === '.' && i > 0 && tokens[i - 1]!.end > tokens[i]!.start;
  let first = 0;
  while (first < tokens.length && !isDuplicate(first)) first++;
  if (first === tokens.length) return tokens;
  return tokens.filter((_, i) => !isDuplicate(i));
}

/** Whether the span from start to end overlaps code or another verbatim part of the document. */
export function overlapsVerbatim(verbatim: readonly Verbatim[], start: number, end: number): boolean {
  return verbatim.some((v) => v.start < end && start < v.end);
}

function firstVerbatimAfter(verbatim: readonly Verbatim[], offset: number): number {
  let low = 0;
  let high = verbatim.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (verbatim[mid]!.end <= offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

// The tests below run for nearly every token: ASCII, most of any text, is judged by character
// codes, and anything else by the Unicode regex (the same answer, a fraction of the time). The
// code ranges are written out in the hottest ones: the CLI runs V8 without inlining (see v8-flags.ts).

const isAsciiUpper = (code: number) => code >= 65 && code <= 90;
const isAsciiLower = (code: number) => code >= 97 && code <= 122;

/** A letter or a digit first: a word token, not punctuation. */
function startsWithLetterOrDigit(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return /^[\p{L}\p{N}]/u.test(word);
}

/** Upper-case first letter. */
export function isCapitalized(word: string): boolean {
  // (Asked of an empty string too: charCodeAt past a string's end would throw V8's optimised code away.)
  if (word.length === 0) return false;
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 65 && code <= 90 : /^\p{Lu}/u.test(word);
}

/** Lower-case first letter. */
export function startsLowerCase(word: string): boolean {
  if (word.length === 0) return false;
  const code = word.charCodeAt(0);
  return code < 128 ? code >= 97 && code <= 122 : /^\p{Ll}/u.test(word);
}

/** Two or more capitals and no lower-case run: TSMC, NVIDIA, U.S., RISC-V, GPT-4. */
export const isAcronym = (word: string) => /^[\p{Lu}\p{N}.&-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);

/** A plural of an acronym, common nouns: GPUs, APIs, PRs, URL-s, and with a small word inside, MiRs (Maintainers in Residence). */
export const isPluralAcronym = (word: string) => /^\p{Lu}(?:\p{Ll}?\p{Lu})+-?s$/u.test(word);

/** A capital after a lower-case letter: GitHub, InfluxDB, iPhone, macOS; or one letter before a hyphen and capitals: t-SNE, e-ID. */
export function hasInnerCapital(word: string): boolean {
  let isAfterLower = false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 128) return /\p{Ll}\p{Lu}/u.test(word) || (word.charCodeAt(1) === 45 && /^\p{Ll}-\p{Lu}{2}/u.test(word));
    if (isAfterLower && code >= 65 && code <= 90) return true;
    isAfterLower = code >= 97 && code <= 122;
  }
  // (The length first: reading past a string's end, or word[1] on strings of several kinds, would throw V8's optimised code away.)
  return word.length >= 4 && word.charCodeAt(1) === 45 && isAsciiLower(word.charCodeAt(0)) && isAsciiUpper(word.charCodeAt(2)) && isAsciiUpper(word.charCodeAt(3));
}

/** wordShape's bits: isCapitalized. */
export const CAPITALIZED = 1;
/** wordShape's bits: hasInnerCapital. */
export const INNER_CAPITAL = 2;
/** wordShape's bits: a hyphen inside. */
export const HYPHENATED = 4;
/** wordShape's bits: a lower-case ASCII letter first. */
export const ASCII_LOWER_FIRST = 8;

/**
 * isCapitalized, hasInnerCapital, a hyphen and a lower-case ASCII letter first, as bits, in one pass over an ASCII
 * word (finding names asks each of nearly every word, in several rules). Anything else asks the tests themselves.
 */
export function wordShape(word: string): number {
  const first = word.charCodeAt(0);
  let shape = first >= 97 && first <= 122 ? ASCII_LOWER_FIRST : isCapitalized(word) ? CAPITALIZED : 0;
  let isAfterLower = false;
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 128) return (shape & ~INNER_CAPITAL) | (hasInnerCapital(word) ? INNER_CAPITAL : 0) | (word.includes('-') ? HYPHENATED : 0);
    if (code === 45) shape |= HYPHENATED;
    else if (isAfterLower && code >= 65 && code <= 90) shape |= INNER_CAPITAL;
    isAfterLower = code >= 97 && code <= 122;
  }
  // (hasInnerCapital's last case: one letter before a hyphen and capitals, t-SNE.)
  // (Only a word of four characters or more: reading past a string's end would throw V8's optimised code away.)
  if ((shape & ASCII_LOWER_FIRST) === 0 || word.length < 4 || word.charCodeAt(1) !== 45) return shape;
  const third = word.charCodeAt(2);
  const fourth = word.charCodeAt(3);
  return third >= 65 && third <= 90 && fourth >= 65 && fourth <= 90 ? shape | INNER_CAPITAL : shape;
}

/** Looks like code, not prose: snake_case, paths with ::, calls. */
export const isCodeLike = (word: string) => word.includes('_') || word.includes('::');

/** The letters a word gives an acronym of a name: its initial, or all of a short word in capitals (US in USAGM, US Agency for Global Media). */
export const acronymLetters = (word: string) => (/^\p{Lu}{2,3}$/u.test(word) ? word : word.slice(0, 1)).toLowerCase();
