import type { SentenceView } from './evidence.js';
import { movedCandidate, type NameCandidate } from './names.js';

// Words that open a name without being names themselves, which the name finder reads as a function word or a generic
// acronym and leaves out: the articles of Romance languages at the head of a newspaper's, a firm's or a place's name
// (El Comercio, La Nación, Le Monde, Los Alamos) and "TV" at the head of a broadcaster's (TV Cultura, TV Globo).
const OPENERS = new Set(['El', 'La', 'Las', 'Los', 'Le', 'Les', 'Il', 'TV']);

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
    const opened = movedCandidate(name, text.slice(before.start, name.end), before.start, name.end, name.first - 1, name.last);
    opened.isTentative = false;
    return opened;
  });
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
