import type { Category } from '../graph/schema.js';
import { addVotes, decideCategory, fallbackCategory, isStormName, type CategoryVotes } from './categorize.js';
import { foldName, type LexiconEntry } from './lexicon.js';
import { acronymLetters } from './tokens.js';
import { isCommonWord, isDemonym, isFirstName, properCategory, withoutParticle } from './words.js';
import { movedCandidate, type NameCandidate } from './names.js';
import { isNamingHead } from './words.js';

/** All the mentions of one thing in one document. */
export interface NameGroup {
  key: string;
  /** Surface forms and how often each was seen. */
  forms: Map<string, number>;
  votes: CategoryVotes;
  lexicon?: LexiconEntry;
  mentions: NameCandidate[];
  /** Forms of the group's own name, before other groups were merged into it as aliases. */
  ownForms: Map<string, number>;
  /** Every mention was a lone capitalised common word. */
  isTentative: boolean;
  /** Preceded by "the" at least once ("the Council"). */
  hasArticle: boolean;
}

// Small words inside names that initials and word-order comparisons skip.
// The head words of a school's name, which the text may drop once it has given the name whole.
const SCHOOL_HEADS = new Set(['university', 'college', 'institute', 'polytechnic', 'seminary']);
const CONNECTOR_WORDS = new Set(['of', 'for', 'the', 'and', '&', 'on', 'in', 'at', 'de', 'van', 'von', 'der']);

/** The key a name is grouped under: folded, without a leading "the". */
export function nameKey(name: string): string {
  return foldName(name).replace(/^the /, '');
}

/**
 * A key without spaces, hyphens, underscores, periods and accents: rust-analyzer, Rust Analyzer
 * and RustAnalyzer, crates.io and crates-io, or Benoît Bovy and Benoit Bovy are one name written
 * differently. Undefined for short keys, where such a coincidence means nothing.
 */
export function squashKey(key: string): string | undefined {
  // Accents only where there are letters beyond ASCII (most keys have none: no Unicode work for them).
  const plain = /[^\x00-\x7f]/.test(key) ? key.normalize('NFD').replace(/\p{M}+/gu, '') : key;
  const squashed = plain.replace(/[\s\-_.\u2010-\u2013]/g, '');
  return squashed.length >= 4 ? squashed : undefined;
}

const UMLAUT_SPELLINGS: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/**
 * The squashed keys of a name's spellings: the key itself and, for a name with an umlaut or ß, the way German writes
 * it without them (Tim Rühsen, Tim Ruehsen; Jürgen, Juergen), beside the way English drops the dots (Rühsen, Ruhsen).
 */
export function spellingKeys(key: string): string[] {
  const squashed = squashKey(key);
  if (squashed === undefined) return [];
  if (!/[äöüß]/.test(key)) return [squashed];
  const transliterated = squashKey(key.replace(/[äöüß]/g, (letter) => UMLAUT_SPELLINGS[letter]!));
  return transliterated === undefined || transliterated === squashed ? [squashed] : [squashed, transliterated];
}

export interface GroupContext {
  votesOf: (name: NameCandidate) => CategoryVotes;
  /** Whether "the" stands right before the mention. */
  hasArticle: (name: NameCandidate) => boolean;
  /** The lower-case word right after the mention, if any ("team" in "the Types team"). */
  nextWord: (name: NameCandidate) => string | undefined;
  /** Whether a name stands in a heading or a Title Case line, where capitals are style (default: never). */
  isInTitle?: (name: NameCandidate) => boolean;
  /** Whether the document writes this phrase in lower case as well. */
  isWrittenLowerCase: (lower: string) => boolean;
  /** A plain-text specification, whose capitalised terms are its vocabulary (default: false). */
  isSpecification?: boolean;
  /** Whether the document defines this form as a term in quotes ("Contributor" means …): vocabulary, not a name (default: never). */
  isDefinedTerm?: (form: string) => boolean;
  /** The lexicon's name for a place written another way ("u.s." → United States), if any (default: none). */
  placeNameOf?: (key: string) => string | undefined;
  /** The name of the person whose account has this handle, where the document links it by that name (default: none). */
  accountOwnerOf?: (handle: string) => string | undefined;
  /** The document capitalises common nouns as a matter of style (see `capitalisesCommonNouns`): a lone common word in capitals is no name even when it recurs (default: false). */
  capitalisesNouns?: boolean;
}

/** Groups a document's names into one group per thing and settles which are aliases of which. */
export function groupNames(names: readonly NameCandidate[], context: GroupContext): NameGroup[] {
  const { votesOf, hasArticle } = context;
  const groups = new Map<string, NameGroup>();
  for (const name of names) {
    const key = nameKey(name.lexicon?.name ?? name.name ?? name.surface);
    let group = groups.get(key);
    if (!group) {
      // (Every field in place from the start, lexicon too: groups of one shape.)
      group = { key, forms: new Map(), votes: {}, lexicon: undefined, mentions: [], ownForms: new Map(), isTentative: true, hasArticle: false };
      groups.set(key, group);
    }
    if (name.lexicon) group.lexicon = name.lexicon;
    group.forms.set(name.surface, (group.forms.get(name.surface) ?? 0) + 1);
    for (const form of name.extraForms ?? []) group.forms.set(form, (group.forms.get(form) ?? 0) + 1);
    const own = name.name ?? name.surface;
    group.ownForms.set(own, (group.ownForms.get(own) ?? 0) + 1);
    group.mentions.push(name);
    group.isTentative &&= name.isTentative;
    group.hasArticle ||= hasArticle(name);
    addVotes(group.votes, votesOf(name));
  }
  // (A plain-text specification's capitalised terms are its vocabulary: "IPv6 Prefix" is no name beside IPv6.)
  mergeVariants(groups, context.nextWord, context.isSpecification === true ? undefined : context.isInTitle);
  if (context.placeNameOf) mergePlaceForms(groups, context.placeNameOf);
  mergeSpellings(groups);
  mergePlurals(groups);
  mergeMisspeltS(groups);
  mergeLegalForms(groups);
  mergeInitials(groups);
  mergeNicknames(groups);
  splitCoupledSurnames(groups);
  mergeShortForms(groups, context.nextWord);
  if (context.accountOwnerOf) mergeAccountHandles(groups, context.accountOwnerOf);
  mergeJsSuffixes(groups);
  mergeLanguageNames(groups);
  mergeRepositories(groups);
  for (const [key, group] of groups) {
    // A lone common word that is no one's alias is a name only if it recurs, and never when the
    // document also writes it in lower case ("the client" makes "Client" a term, not a name).
    const isAlsoLowerCase = [...group.ownForms.keys()].every((form) => context.isWrittenLowerCase(form.toLowerCase()));
    if (group.isTentative && (group.mentions.length < 2 || isAlsoLowerCase || context.capitalisesNouns === true)) groups.delete(key);
    else if (context.isSpecification === true && isAlsoLowerCase && isSpecificationTerm(group)) groups.delete(key);
    else if (context.isDefinedTerm && !group.lexicon && [...group.forms.keys()].every((form) => context.isDefinedTerm!(form))) groups.delete(key);
  }
  return [...groups.values()];
}

/**
 * A term a specification defines in Title Case and also writes in lower case
 * (Request Authenticator, Common Name, Issuer): no acronym in it, no naming head
 * (Task Force, Directorate), nothing the lexicon or the markup says is a name.
 */
function isSpecificationTerm(group: NameGroup): boolean {
  if (group.lexicon || group.mentions.some((m) => m.category !== undefined || m.lexicon !== undefined)) return false;
  // A name written in lower case (utempter, subkeys.pgp.net) was found by other evidence: no Title Case term.
  return [...group.forms.keys()].every((form) => /^\p{Lu}/u.test(form) && !/\p{Lu}{2}|\p{N}/u.test(form) && !isNamingHead(form.split(/\s+/).at(-1)!.toLowerCase()));
}

/** The category a group's votes give so far (used to decide which merges make sense). */
export function groupCategory(group: NameGroup): Category {
  return decideCategory(group.votes, fallbackCategory(group.key));
}

/**
 * A JavaScript project written with and without its ".js" in one document is one thing:
 * "Node.js" and "Node versions", "Express.js" and "Express", "Vue.js" and "Vue".
 */
function mergeJsSuffixes(groups: Map<string, NameGroup>): void {
  for (const group of [...groups.values()]) {
    if (!group.key.endsWith('js') || group.key.includes(' ') || ![...group.forms.keys()].some((form) => /\.js$/i.test(form))) continue;
    const short = groups.get(group.key.slice(0, -2));
    // Not a thing of another kind that the project is named after: Punycode (an encoding) and Punycode.js.
    if (short !== undefined && short !== group && (short.lexicon === undefined || short.lexicon === group.lexicon) && groupCategory(short) === groupCategory(group)) merge(groups, short, group);
  }
}

/**
 * A repository named by its owner and name is the product the document names by the repository's name alone:
 * "[nvim-mini/mini.nvim](…)" in a list beside "[mini.nvim](…)", "[nodejs/node](…)" beside Node.js. The name
 * alone keeps the label, the slug becomes its alias.
 */
function mergeRepositories(groups: Map<string, NameGroup>): void {
  for (const group of [...groups.values()]) {
    const name = group.mentions.find((mention) => mention.repository !== undefined)?.repository;
    if (name === undefined) continue;
    const key = nameKey(name);
    // Written as a JavaScript project is (the repository `node` of Node.js): the name with its "js".
    const target = groups.get(key) ?? groups.get(`${key}js`);
    // A name that is also a word (`netlify/build`, `rollup/plugins`) is that product only where the lexicon knows it (`nodejs/node`).
    if (target === undefined || target === group || groupCategory(target) !== 'product' || (isCommonWord(key) && target.lexicon === undefined)) continue;
    mergeAsAlias(groups, group, target);
  }
}

/**
 * A language named with the word "Language" is the language the document also names alone:
 * "the Julia Language's YouTube" and "The Julia Programming Language" beside "Julia".
 */
function mergeLanguageNames(groups: Map<string, NameGroup>): void {
  for (const group of [...groups.values()]) {
    const short = LANGUAGE_NAME.exec(group.key)?.[1];
    const language = short === undefined ? undefined : groups.get(short);
    // What the rules made of the longer form (a person, from "Julia") says nothing of the language.
    if (language !== undefined && language !== group && groupCategory(language) === 'product') mergeAsAlias(groups, group, language, false);
  }
}
const LANGUAGE_NAME = /^(\S+) (?:programming )?language$/;

/** The initials of a name with a word capitalised inside, a letter for each of its parts ("Swift Server WorkGroup": sswg); undefined for other names. */
function camelCaseInitials(label: string): string | undefined {
  if (!/\p{Ll}\p{Lu}/u.test(label)) return undefined;
  const words = label.split(/[\s-]+/).filter((w) => w !== '' && !CONNECTOR_WORDS.has(w.toLowerCase()));
  return words.map((w) => w[0]! + (w.slice(1).match(/(?<=\p{Ll})\p{Lu}/gu) ?? []).join('')).join('').toLowerCase();
}

/**
 * Surnames and first names after a full name ("Haverbeke" → "Marijn Haverbeke"),
 * head words after a longer name ("the Council" → "Leadership Council") and
 * acronyms of a longer name ("RF" → "Rust Foundation") become its aliases.
 */
function mergeShortForms(groups: Map<string, NameGroup>, nextWord: (name: NameCandidate) => string | undefined): void {
  const multiword = [...groups.values()].filter((g) => g.key.includes(' '));
  // (A storm is named by its given name alone as a person is: "Harvey" after "Hurricane Harvey".)
  const people = multiword.filter((g) => groupCategory(g) === 'person' || isStormName(g.key));
  const others = multiword.filter((g) => groupCategory(g) !== 'person' && !isStormName(g.key));

  const personByPart = new Map<string, NameGroup | null>();
  for (const person of people) {
    const parts = person.key.split(' ').filter((p) => !CONNECTOR_WORDS.has(p) && p.length > 1);
    // A surname joined to its particle is also written without it: al-Sisi, Sisi.
    for (const part of new Set([parts[0], parts.at(-1), withoutParticle(parts.at(-1) ?? '')])) {
      if (part === undefined) continue;
      setUnique(personByPart, part, person);
    }
  }
  // A person named without the last word of a longer name: "Wei Ji" in a contributors list is "Wei Ji Leong", the one person so named.
  const byPrefix = new Map<string, NameGroup | null>();
  for (const person of people) {
    const space = person.key.lastIndexOf(' ');
    if (person.key.indexOf(' ') === space) continue;
    const prefix = person.key.slice(0, space);
    setUnique(byPrefix, prefix, person);
  }
  for (const person of people) {
    const longer = byPrefix.get(person.key);
    if (longer && groups.has(longer.key) && groups.has(person.key)) merge(groups, person, longer);
  }
  // A person named by the last words of a longer name, a surname of two words: "Suu Kyi" is "Aung San Suu Kyi", "De Niro" "Robert De Niro".
  const bySuffix = new Map<string, NameGroup | null>();
  for (const person of people) {
    const words = person.key.split(' ');
    for (let from = 1; from <= words.length - 2; from++) {
      const suffix = words.slice(from).join(' ');
      setUnique(bySuffix, suffix, person);
    }
  }
  for (const group of multiword) {
    const longer = bySuffix.get(group.key);
    if (longer && !group.lexicon && groups.has(longer.key) && groups.has(group.key)) merge(groups, group, longer);
  }
  const byHead = new Map<string, NameGroup | null>();
  const byInitials = new Map<string, NameGroup | null>();
  for (const group of others) {
    const words = group.key.split(' ');
    const head = words.at(-1)!;
    setUnique(byHead, head, group);
    const initials = words.filter((w) => !CONNECTOR_WORDS.has(w)).map((w) => w[0]).join('');
    if (initials.length >= 2) setUnique(byInitials, initials, group);
    // Some abbreviations keep a small word's letter: VOD for Voice of Democracy.
    const allInitials = words.map((w) => w[0]).join('');
    if (allInitials !== initials && allInitials.length >= 3 && !byInitials.has(allInitials)) byInitials.set(allInitials, group);
    // A word with a capital inside gives a letter for each of its parts: SSWG for Swift Server WorkGroup.
    const camelInitials = camelCaseInitials(pickLabel(group.ownForms));
    if (camelInitials !== undefined && camelInitials !== initials && !byInitials.has(camelInitials)) byInitials.set(camelInitials, group);
    // A short word in capitals gives all its letters: USAGM for US Agency for Global Media.
    if (/^[\p{Lu}]{2,3} /u.test(pickLabel(group.ownForms))) {
      const letters = pickLabel(group.ownForms).split(/[\s-]+/).filter((w) => !CONNECTOR_WORDS.has(w.toLowerCase())).map(acronymLetters).join('');
      if (letters !== initials && !byInitials.has(letters)) byInitials.set(letters, group);
    }
  }

  const bySchoolName = new Map<string, NameGroup | null>();
  for (const group of others) {
    const words = group.key.split(' ');
    if (words.length === 2 && SCHOOL_HEADS.has(words[1]!) && !isCommonWord(words[0]!)) setUnique(bySchoolName, words[0]!, group);
  }

  // "the HTCPCP protocol" beside "Hyper Text Coffee Pot Control Protocol (HTCPCP)": the acronym and its head are the name.
  for (const group of multiword) {
    if (group.key.split(' ').length !== 2 || group.lexicon) continue;
    const [acronym, head, ...rest] = pickLabel(group.ownForms).split(' ');
    if (rest.length > 0 || !/^\p{Lu}{2,8}$/u.test(acronym ?? '') || group.lexicon || !groups.has(group.key)) continue;
    const target = byInitials.get(acronym!.toLowerCase());
    if (target && target !== group && target.key.endsWith(` ${head!.toLowerCase()}`)) merge(groups, group, target);
  }
  for (const group of [...groups.values()]) {
    if (group.key.includes(' ')) continue;
    const isLexiconName = group.lexicon !== undefined;
    const form = [...group.forms.keys()][0] ?? '';
    let target: NameGroup | null | undefined;
    if (!isLexiconName) target = personByPart.get(group.key);
    // A name written as a place that opens a longer one read as a person's, with no given name, is another place the longer one is
    // named after: "the city of Bagua" beside "in Bagua Grande".
    if (target && target.key.startsWith(`${group.key} `) && (group.votes.place ?? 0) > 0 && groupCategory(target) === 'person' && !isFirstName(group.key)) {
      addVotes(target.votes, { place: (target.votes.person ?? 0) + (group.votes.place ?? 0) });
      continue;
    }
    // Not a word heading a phrase of its own each time ("the Code of Conduct" is no short form of Visual Studio Code).
    const isHeadOfPhrase = group.mentions.every((m) => nextWord(m) === 'of');
    // (Not a person's surname, "the Watsons", where the document names two people so: no title that ends in it is what it names.)
    if (!target && (group.isTentative || group.hasArticle) && !isLexiconName && !isHeadOfPhrase && !personByPart.has(group.key)) target = byHead.get(group.key);
    // A school named by its first word: "Furman" after "Furman University", "Dartmouth" after "Dartmouth College".
    if (!target && !isLexiconName && !personByPart.has(group.key)) target = bySchoolName.get(group.key);
    // The title of a work that ends in an acronym ("DTLS as a Transport Layer for RADIUS") is not what "the RADIUS protocol" names.
    if (target && /^\p{Lu}{2,}$/u.test(form) && target.mentions.every((m) => m.category === 'other')) target = undefined;
    const isAcronymOf = !target && /^\p{Lu}{2,6}$/u.test(form) && !isLexiconName;
    if (isAcronymOf) target = byInitials.get(group.key);
    if (!target || target === group) continue;
    // An acronym's own votes come from its shape alone; the name it abbreviates says more.
    merge(groups, group, target, !isAcronymOf);
  }
}

/** Names that differ only by case, spaces, hyphens or camel case become one group: the known one, else the most mentioned. */
function mergeSpellings(groups: Map<string, NameGroup>): void {
  const bySquash = new Map<string, NameGroup>();
  const ranked = [...groups.values()].sort((a, b) =>
    Number(b.lexicon !== undefined) - Number(a.lexicon !== undefined) || b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : 1));
  for (const group of ranked) {
    const keys = spellingKeys(group.key);
    const twin = keys.map((key) => bySquash.get(key)).find(Boolean);
    if (!twin) for (const key of keys) bySquash.set(key, group);
    else if (!group.lexicon || group.lexicon === twin.lexicon) {
      // A spelling of the same name competes for the label, unlike a short form.
      for (const [form, count] of group.ownForms) twin.ownForms.set(form, (twin.ownForms.get(form) ?? 0) + count);
      merge(groups, group, twin);
    }
  }
}

/**
 * A product's name in the plural ("embedded Unixes", "color xterms", "VT100s") beside the name
 * itself is another form of it, unless the lexicon knows the plural as a name of its own.
 */
function mergePlurals(groups: Map<string, NameGroup>): void {
  for (const group of [...groups.values()]) {
    if (group.lexicon || !/s$/.test(group.key)) continue;
    const singular = groups.get(group.key.slice(0, -1)) ?? (/es$/.test(group.key) ? groups.get(group.key.slice(0, -2)) : undefined);
    if (!singular || singular === group) continue;
    // A name of several words in the plural is the same thing of any kind: "Contributor License Agreements (CLAs)".
    if (group.key.includes(' ') ? !singular.lexicon : groupCategory(singular) === 'product') merge(groups, group, singular);
  }
}

/** A body's name of three words or more with an "s" more or less inside, as it is often misspelt: "John Hopkins University", "Johns Hopkins University". */
function mergeMisspeltS(groups: Map<string, NameGroup>): void {
  for (const group of [...groups.values()]) {
    const words = group.key.split(' ');
    if (words.length < 3 || !groups.has(group.key) || groupCategory(group) !== 'organization') continue;
    for (let i = 0; i < words.length - 1; i++) {
      if (!/s$/.test(words[i]!) || words[i]!.length < 4) continue;
      const other = groups.get([...words.slice(0, i), words[i]!.slice(0, -1), ...words.slice(i + 1)].join(' '));
      if (!other || other === group || groupCategory(other) !== 'organization' || (other.lexicon && group.lexicon)) continue;
      // The known form, else the one written more often, is the name; the other its misspelling.
      const isOtherName = other.lexicon !== undefined || (!group.lexicon && other.mentions.length > group.mentions.length);
      const [from, into] = isOtherName ? [group, other] : [other, group];
      mergeAsAlias(groups, from, into);
      break;
    }
  }
}

// The legal form after a company's name, as news and filings write it once: "Boeing Co", "Ceres Robotics Inc.".
const LEGAL_FORMS = new Set(['inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'sa', 'nv', 'bv', 'pty']);
// Words between a company's name and its legal form that the short name drops too: "SoftBank Group Corp".
const GROUP_WORDS = new Set(['group', 'holdings']);

/**
 * "Ceres Robotics Inc" or "SoftBank Group Corp" beside "Ceres Robotics" or "SoftBank": one company,
 * its legal form an alias; so are two legal forms of one name ("Walt Disney Co", "The Walt Disney Company").
 */
function mergeLegalForms(groups: Map<string, NameGroup>): void {
  const byName = new Map<string, NameGroup>();
  for (const group of [...groups.values()]) {
    if (!groups.has(group.key)) continue;
    const words = group.key.replace(/,/g, '').split(' ');
    let end = words.length;
    while (end > 1 && LEGAL_FORMS.has(words[end - 1]!)) end--;
    if (end === words.length) continue;
    const name = words.slice(0, end).join(' ');
    const twin = byName.get(name);
    if (twin && groups.has(twin.key)) {
      merge(groups, group, twin);
      continue;
    }
    byName.set(name, group);
    for (;;) {
      const target = groups.get(words.slice(0, end).join(' '));
      if (target && target !== group && groupCategory(target) !== 'person') {
        merge(groups, group, target);
        break;
      }
      if (end > 1 && GROUP_WORDS.has(words[end - 1]!)) end--;
      else break;
    }
  }
}

// Initials after the surname, as reference lists in the Vancouver style write authors: "Hagiu A.", "Van Alstyne M.W.".
const SURNAME_FIRST = /^\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?\s(?:\p{Lu}\.?){1,3}$/u;

/** Files `value` under `key` in a map of the one value a key stands for: `null` once a second value shares the key. */
function setUnique<K, V>(map: Map<K, V | null>, key: K, value: V): void {
  const seen = map.get(key);
  map.set(key, seen === undefined || seen === value ? value : null);
}

/** "Rochet & Tirole" beside "Jean-Charles Rochet" and "Jean Tirole": the two people, not one firm. */
function splitCoupledSurnames(groups: Map<string, NameGroup>): void {
  const bySurname = new Map<string, NameGroup | null>();
  for (const group of groups.values()) {
    if (!group.key.includes(' ') || groupCategory(group) !== 'person') continue;
    const surname = group.key.split(' ').at(-1)!;
    setUnique(bySurname, surname, group);
  }
  for (const group of [...groups.values()]) {
    const couple = /^(\S+) (?:&|and) (\S+)$/u.exec(group.key);
    const people = couple && [bySurname.get(couple[1]!), bySurname.get(couple[2]!)];
    // The couple can be the one person of a surname itself ("Assad & Mrfundsa" as a person): it splits into no one.
    if (!people?.[0] || !people[1] || people.includes(group) || group.lexicon) continue;
    for (const mention of group.mentions) {
      const [left, right] = [/^\S+/u.exec(mention.surface)![0], /\S+$/u.exec(mention.surface)![0]];
      const parts: [NameCandidate, NameGroup][] = [
        [movedCandidate(mention, left, mention.start, mention.start + left.length, mention.first, mention.first), people[0]],
        [movedCandidate(mention, right, mention.end - right.length, mention.end, mention.last, mention.last), people[1]],
      ];
      for (const [part, person] of parts) {
        part.name = undefined;
        person.mentions.push(part);
        person.forms.set(part.surface, (person.forms.get(part.surface) ?? 0) + 1);
      }
    }
    groups.delete(group.key);
  }
}

// Short forms of English given names, as news writes a person once in full and once familiarly.
const NICKNAMES = new Map<string, readonly string[]>(Object.entries({
  abe: ['abraham'], al: ['albert', 'alan', 'alfred'], alex: ['alexander', 'alexandra'], andy: ['andrew'], ben: ['benjamin'],
  bill: ['william'], billy: ['william'], bob: ['robert'], bobby: ['robert'], cathy: ['catherine'], chris: ['christopher', 'christine', 'christina'],
  dan: ['daniel'], danny: ['daniel'], dave: ['david'], debbie: ['deborah'], dick: ['richard'], don: ['donald'], ed: ['edward'],
  eddie: ['edward'], fred: ['frederick'], greg: ['gregory'], jake: ['jacob'], jeff: ['jeffrey'], jen: ['jennifer'], jenny: ['jennifer'],
  jim: ['james'], jimmy: ['james'], joe: ['joseph'], jon: ['jonathan'], josh: ['joshua'], kate: ['katherine', 'catherine'],
  katie: ['katherine', 'catherine'], ken: ['kenneth'], larry: ['lawrence'], liz: ['elizabeth'], matt: ['matthew'], mike: ['michael'],
  nick: ['nicholas'], pat: ['patrick', 'patricia'], pete: ['peter'], phil: ['philip', 'phillip'], rick: ['richard'], rob: ['robert'],
  ron: ['ronald'], sam: ['samuel', 'samantha'], steve: ['steven', 'stephen'], sue: ['susan'], ted: ['edward', 'theodore'],
  tim: ['timothy'], tom: ['thomas'], tony: ['anthony'], will: ['william'], zach: ['zachary'],
}));

/** "Josh Apte" beside "Joshua Apte": the one person of that surname whose given name the short form is of. */
function mergeNicknames(groups: Map<string, NameGroup>): void {
  for (const group of [...groups.values()]) {
    const words = group.key.split(' ');
    const fullNames = words.length === 2 ? NICKNAMES.get(words[0]!) : undefined;
    if (!fullNames || !groups.has(group.key) || groupCategory(group) !== 'person') continue;
    const targets = fullNames.map((name) => groups.get(`${name} ${words[1]}`)).filter((g): g is NameGroup => g !== undefined && groupCategory(g) === 'person');
    if (targets.length !== 1) continue;
    mergeAsAlias(groups, group, targets[0]!);
  }
}

/** "J. Gettys", "Gettys, J." or "Gettys J." beside "Jim Gettys": initials of the one person of that surname whose given name they start. */
function mergeInitials(groups: Map<string, NameGroup>): void {
  const multiword = [...groups.values()].filter((g) => g.key.includes(' '));
  const people = multiword.filter((g) => groupCategory(g) === 'person');
  const isInitials = (group: NameGroup) => [...group.ownForms.keys()].every((form) => /^(?:\p{Lu}\.\s?-?)+\s\S/u.test(form));
  const isSurnameFirst = (group: NameGroup) => [...group.ownForms.keys()].every((form) => SURNAME_FIRST.test(form));
  // "Thomas R. Eisenmann" beside "Thomas Eisenmann", "Marshall W. Van Alstyne" beside "Marshall Van Alstyne": middle initials more.
  // Only the one such longer name: George W. Bush and George H. W. Bush are two people.
  // The initial says a person's name even where the other words are words ("Viral B. Shah" beside "Viral Shah").
  const byShorter = new Map<NameGroup, NameGroup | null>();
  for (const group of multiword) {
    if (group.lexicon !== undefined) continue;
    const words = group.key.split(' ');
    const without = words.filter((word, i) => i === 0 || i === words.length - 1 || word.length > 1 || !/^\p{L}$/u.test(word));
    const shorter = without.length < words.length && without.length >= 2 ? groups.get(without.join(' ')) : undefined;
    if (shorter && shorter !== group && people.includes(shorter)) setUnique(byShorter, shorter, group);
  }
  // What the rules made of the longer form when it was not a person's (a page's title) stays behind.
  for (const [shorter, longer] of byShorter) if (longer) mergeAsAlias(groups, longer, shorter, people.includes(longer));
  // A middle name written out where the document also gives its initial: "John Broadus Watson" beside "John B. Watson" and "John Watson".
  for (const group of people) {
    const words = group.key.split(' ');
    if (words.length !== 3 || words[1]!.length < 3 || !groups.has(group.key) || group.lexicon !== undefined) continue;
    const shorter = groups.get(`${words[0]} ${words[2]}`);
    const initial = `${words[0]} ${words[1]![0]} ${words[2]}`;
    if (shorter && shorter !== group && people.includes(shorter) && [...shorter.forms.keys()].some((form) => foldName(form) === initial)) mergeAsAlias(groups, group, shorter);
  }
  for (const group of multiword) {
    if (!groups.has(group.key)) continue;
    const words = group.key.split(' ');
    let surname: string;
    let initial: string;
    if (people.includes(group) && isInitials(group)) [surname, initial] = [words.at(-1)!, group.key[0]!];
    else if (!group.lexicon && isSurnameFirst(group)) [surname, initial] = [words.slice(0, -1).join(' '), words.at(-1)![0]!];
    else continue;
    const targets = people.filter((p) => p !== group && !isInitials(p) && !isSurnameFirst(p) && groups.has(p.key) && p.key.endsWith(` ${surname}`) && p.key[0] === initial);
    if (targets.length === 1) {
      mergeAsAlias(groups, group, targets[0]!);
    }
  }
}

const contentKey = (key: string) => key.split(' ').filter((w) => !CONNECTOR_WORDS.has(w)).sort().join(' ');

/** `merge`, with the merged group's own name kept among the forms: another name of the same person or body. */
function mergeAsAlias(groups: Map<string, NameGroup>, from: NameGroup, into: NameGroup, withVotes = true): void {
  for (const [form, count] of from.ownForms) into.forms.set(form, (into.forms.get(form) ?? 0) + count);
  merge(groups, from, into, withVotes);
}

/** A handle written as a name ("Illviljan" in a contributors list) is the person whose account it is, where the document links it by their name. */
function mergeAccountHandles(groups: Map<string, NameGroup>, ownerOf: (handle: string) => string | undefined): void {
  for (const group of [...groups.values()]) {
    const owner = group.key.includes(' ') ? undefined : ownerOf(group.key);
    const person = owner === undefined ? undefined : groups.get(nameKey(owner));
    // Its votes stay behind: what the rules made of the handle alone (a product, mostly) says nothing of the person.
    if (person && person !== group) merge(groups, group, person, false);
  }
}

function merge(groups: Map<string, NameGroup>, from: NameGroup, into: NameGroup, withVotes = true): void {
  for (const [surface, count] of from.forms) into.forms.set(surface, (into.forms.get(surface) ?? 0) + count);
  into.mentions.push(...from.mentions);
  into.isTentative &&= from.isTentative;
  if (withVotes) addVotes(into.votes, from.votes);
  into.lexicon ??= from.lexicon;
  groups.delete(from.key);
}

/**
 * The same name written differently: the same words in another order
 * ("Columbia School of Journalism", "Education Department" / "Department of
 * Education"), a country before it ("U.S. Department of Education"), or a
 * lower-case head after it ("the Types team" → Types Team).
 */
function mergeVariants(groups: Map<string, NameGroup>, nextWord: (name: NameCandidate) => string | undefined, isInTitle?: (name: NameCandidate) => boolean): void {
  const byContent = new Map<string, NameGroup>();
  for (const group of [...groups.values()].sort((a, b) => b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : 1))) {
    if (!group.key.includes(' ')) continue;
    const content = contentKey(group.key);
    const twin = byContent.get(content);
    if (twin) merge(groups, group, twin);
    else byContent.set(content, group);
  }
  // A demonym for the place after "of": "Turkish Constitutional Court", "Constitutional Court of Turkey".
  const byPlace = new Map<string, NameGroup>();
  for (const group of [...groups.values()].sort((a, b) => b.mentions.length - a.mentions.length || (a.key < b.key ? -1 : 1))) {
    const key = placeContentKey(group.key);
    if (key === undefined) continue;
    const twin = byPlace.get(key);
    if (twin && twin !== group && groups.has(twin.key)) merge(groups, group, twin);
    else byPlace.set(key, group);
  }
  for (const group of [...groups.values()]) {
    const words = group.key.split(' ');
    if (words.length < 3) continue;
    for (const size of [1, 2]) {
      const prefix = words.slice(0, size).join(' ');
      const rest = groups.get(words.slice(size).join(' '));
      // A country or another known name before it: "U.S. Department of Education", "Rust Async Working Group".
      // The longer form joins the shorter, so that documents writing either agree on the key.
      const isKnownPrefix = groups.get(prefix)?.lexicon !== undefined || properCategory(prefix) === 'place' || isDemonym(prefix);
      if (rest && rest !== group && isKnownPrefix && rest.key.includes(' ')) {
        merge(groups, group, rest);
        break;
      }
    }
  }
  for (const group of [...groups.values()]) {
    if (group.key.includes(' ') || group.lexicon) continue;
    const heads = new Set(group.mentions.map(nextWord).filter((w): w is string => w !== undefined));
    for (const head of heads) {
      const longer = groups.get(`${group.key} ${head}`);
      // Not a name the text mostly writes alone, where it also writes the longer one capitalised in prose: "IPython" beside "the
      // IPython Notebook" and "IPython notebook" is IPython (but "Koa" is "Koa application", as a heading writes it, "## Koa Application").
      const isOwnName = (isInTitle !== undefined && longer?.mentions.some((m) => !isInTitle(m))) === true &&
        2 * group.mentions.filter((m) => nextWord(m) === head).length < group.mentions.length;
      if (longer && !isOwnName) {
        merge(groups, group, longer);
        break;
      }
    }
  }
}

/**
 * A body's name opening with another form of a place the document also spells out:
 * "U.S. Government" and "United States Government", "UK Parliament" and "United Kingdom Parliament".
 */
function mergePlaceForms(groups: Map<string, NameGroup>, placeNameOf: (key: string) => string | undefined): void {
  for (const group of [...groups.values()]) {
    const words = group.key.split(' ');
    if (words.length < 2 || !groups.has(group.key)) continue;
    for (const size of [1, 2]) {
      const place = words.length > size ? placeNameOf(words.slice(0, size).join(' ')) : undefined;
      const spelled = place === undefined ? undefined : groups.get(nameKey(`${place} ${words.slice(size).join(' ')}`));
      if (spelled && spelled !== group) {
        mergeAsAlias(groups, group, spelled);
        break;
      }
    }
  }
}

/** A name's content words with its one place or demonym cut to a stem: "turkish constitutional court" and "constitutional court of turkey" agree. */
function placeContentKey(key: string): string | undefined {
  const words = key.split(' ');
  if (words.length < 3) return undefined;
  const at = words.findIndex((w) => w.length >= 4 && (isDemonym(w) || properCategory(w) === 'place'));
  if (at < 0) return undefined;
  const isDemonymFirst = at === 0 && isDemonym(words[0]!);
  const isPlaceAfterOf = at === words.length - 1 && words[at - 1] === 'of' && properCategory(words[at]!) === 'place';
  if (!isDemonymFirst && !isPlaceAfterOf) return undefined;
  return contentKey([`~${words[at]!.slice(0, 4)}`, ...words.filter((_, k) => k !== at)].join(' '));
}

/** The display name: the lexicon's, else the group's most frequent own form (longer, then smaller, on ties). */
export function canonicalLabel(group: Pick<NameGroup, 'lexicon' | 'ownForms'>): string {
  if (group.lexicon) return group.lexicon.name;
  return pickLabel(group.ownForms);
}

export function pickLabel(forms: ReadonlyMap<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && (form.length > best.length || (form.length === best.length && form < best)))) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
