import type { SentenceView } from './evidence.js';
import { movedCandidate, type NameCandidate } from './names.js';
import { compromiseTag, isCommonWord, isDemonym, isFunctionWord, isNamingHead } from './words.js';

// Words that open a name without being names themselves, which the name finder reads as a function word or a generic
// acronym and leaves out: the articles of Romance languages at the head of a newspaper's, a firm's or a place's name
// (El Comercio, La Nación, Le Monde, Los Alamos) and "TV" at the head of a broadcaster's (TV Cultura, TV Globo).
const OPENERS = new Set(['El', 'La', 'Las', 'Los', 'Le', 'Les', 'Il', 'TV']);
// What opens a clause after a name: its verb. "He said on TV Biden would win": "on TV" ends a phrase, the name opens a clause.
const CLAUSE_VERBS = new Set(['Modal', 'Copula', 'Verb', 'PastTense', 'PresentTense', 'Auxiliary']);

/**
 * Names the word right before them opens, taken in whole: "El Comercio" where the finder found "Comercio". Only a
 * name the lexicon does not know (a known one was read whole already, or stands on its own), of one or two words, with
 * the opener a space before it, in capitals as written.
 */
export function withNameOpeners(names: NameCandidate[], views: readonly SentenceView[], text: string): NameCandidate[] {
  return names.map((name) => {
    if (name.lexicon || name.first === 0) return name;
    const before = views[name.sentence]!.tokens[name.first - 1]!;
    if (!OPENERS.has(before.text) || before.end !== name.start - 1 || text[before.end] !== ' ' || name.surface.split(' ').length > 2) return name;
    if (opensClause(name, views[name.sentence]!)) return name;
    const opened = movedCandidate(name, text.slice(before.start, name.end), before.start, name.end, name.first - 1, name.last);
    opened.isTentative = false;
    return opened;
  });
}

/** Whether the opener ends a phrase after a preposition ("on TV", "in TV") and the name is the subject of a verb after it. */
function opensClause(name: NameCandidate, view: SentenceView): boolean {
  const preposition = view.tokens[name.first - 2];
  const next = view.tokens[name.last + 1];
  if (preposition?.isWord !== true || compromiseTag(preposition.text.toLowerCase()) !== 'Preposition' || next?.isWord !== true) return false;
  return CLAUSE_VERBS.has(compromiseTag(next.text.toLowerCase()) ?? '');
}

/**
 * Names whose last word is a prefix glued to the next word by a colon, as a wiki's namespaces are written
 * ("Category:Political parties", "File:Map.png"), lose that word: "Kenya Category" in "… in Kenya Category:Political
 * parties …" is Kenya. A name of that one word goes.
 */
export function withoutGluedPrefixes(names: NameCandidate[], text: string): NameCandidate[] {
  const kept: NameCandidate[] = [];
  for (const name of names) {
    if (text[name.end] !== ':' || !/[\p{L}\p{N}]/u.test(text[name.end + 1] ?? '') || name.lexicon) {
      kept.push(name);
      continue;
    }
    const space = name.surface.lastIndexOf(' ');
    if (space > 0) kept.push(movedCandidate(name, name.surface.slice(0, space), name.start, name.start + space, name.first, name.last - 1));
  }
  return kept;
}

// "a" or "an" right before a word.
const INDEFINITE_BEFORE = /(?:^|[^\p{L}])an? $/u;

/**
 * An ordinary word in capitals after "a" or "an" is a noun counted as nouns are, as prose about code writes its types
 * ("returns a Promise that", "an Array of strings"): no name, wherever else the document writes it so. Only tentative
 * names (ordinary words nothing else marks as names) go; "a Raspberry Pi", "an iPhone" are known or marked names.
 */
export function withoutCountedNouns(names: NameCandidate[], views: readonly SentenceView[], text: string): NameCandidate[] {
  const counted = new Set<string>();
  for (const name of names) {
    if (!name.isTentative || name.surface.includes(' ') || !INDEFINITE_BEFORE.test(text.slice(Math.max(0, name.start - 4), name.start))) continue;
    // The noun the article counts, not a modifier of the next one: "a Promise that", "an Array of" (not "a Chalk option").
    const next = views[name.sentence]!.tokens[name.last + 1];
    if (next === undefined || !next.isWord || isFunctionWord(next.text.toLowerCase())) counted.add(name.surface);
  }
  // (Not a word something marks as a name elsewhere: "Chalk 5 is ESM" beside "as a Chalk option".)
  for (const name of names) if (!name.isTentative) counted.delete(name.surface);
  return counted.size === 0 ? names : names.filter((name) => !(name.isTentative && counted.has(name.surface)));
}

/**
 * A demonym before an ordinary noun in the plural is a phrase of the language, no name: "his Assent to English Laws",
 * "Chinese Characters" (not a known name, nor one the markup marks, nor a body's: "British Library", "German Wikipedia").
 */
export function withoutDemonymPhrases(names: NameCandidate[]): NameCandidate[] {
  return names.filter((name) => {
    if (name.lexicon || name.category !== undefined) return true;
    const words = name.surface.toLowerCase().split(' ');
    if (words.length !== 2 || !isDemonym(words[0]!)) return true;
    const noun = words[1]!;
    return !(/[^s]s$/.test(noun) && isCommonWord(noun.slice(0, -1)) && !isNamingHead(noun));
  });
}
