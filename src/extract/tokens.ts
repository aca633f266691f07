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
}

// A word: letters and digits, joined inside by - ' ’ . & and :: (and + before a capital:
// Rust+GNOME), with a trailing ++ or # (C++, C#). Anything else that is not space is a
// one-character token.
const TOKEN =
  /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_]|['’](?=\p{L})|[-.&](?=[\p{L}\p{N}])|\+(?=\p{Lu})|::(?=[\p{L}_]))*(?:\+\+|#(?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}]/gu;
const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;
const POSSESSIVE = /['’]s$/;

/** Tokenizes `text[start, end)`; offsets are into `text`. `verbatim` must be sorted. */
export function tokenize(text: string, start: number, end: number, verbatim: readonly Verbatim[]): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  let v = firstVerbatimAfter(verbatim, start);
  for (const match of slice.matchAll(TOKEN)) {
    let word = match[0];
    const from = start + match.index;
    // U.S. and e.g. keep their final period.
    if (DOTTED_ABBREVIATION.test(word) && text[from + word.length] === '.') word += '.';
    const isWord = /^[\p{L}\p{N}]/u.test(word);
    const isPossessive = isWord && POSSESSIVE.test(word) && word.length > 2;
    const surface = isPossessive ? word.slice(0, -2) : word;
    while (v < verbatim.length && verbatim[v]!.end <= from) v++;
    const span = verbatim[v];
    const isVerbatim = span !== undefined && span.start < from + word.length && from < span.end;
    tokens.push({ text: surface, start: from, end: from + surface.length, isWord, isPossessive, isVerbatim });
  }
  return mergeDottedPeriods(tokens);
}

// The regex leaves the period of `U.S.` as its own token as well; drop that duplicate.
function mergeDottedPeriods(tokens: Token[]): Token[] {
  return tokens.filter((token, i) => !(token.text === '.' && i > 0 && tokens[i - 1]!.end > token.start));
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

/** Upper-case first letter. */
export const isCapitalized = (word: string) => /^\p{Lu}/u.test(word);

/** Two or more capitals and no lower-case run: TSMC, NVIDIA, U.S., RISC-V, GPT-4. */
export const isAcronym = (word: string) => /^[\p{Lu}\p{N}.&-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);

/** A plural of an acronym, common nouns: GPUs, APIs, PRs, and with a small word inside, MiRs (Maintainers in Residence). */
export const isPluralAcronym = (word: string) => /^\p{Lu}(?:\p{Ll}?\p{Lu})+s$/u.test(word);

/** A capital after a lower-case letter: GitHub, InfluxDB, iPhone, macOS; or one letter before a hyphen and capitals: t-SNE, e-ID. */
export const hasInnerCapital = (word: string) => /\p{Ll}\p{Lu}/u.test(word) || (word[1] === '-' && /^\p{Ll}-\p{Lu}{2}/u.test(word));

/** Looks like code, not prose: snake_case, paths with ::, calls. */
export const isCodeLike = (word: string) => word.includes('_') || word.includes('::');

/** The letters a word gives an acronym of a name: its initial, or all of a short word in capitals (US in USAGM, US Agency for Global Media). */
export const acronymLetters = (word: string) => (/^\p{Lu}{2,3}$/u.test(word) ? word : word.slice(0, 1)).toLowerCase();
