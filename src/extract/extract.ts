import type { Category } from '../graph/schema.js';
import type { Document, Format, Link, TableRow } from '../read/types.js';
import { uniformDocument } from '../read/uniform.js';
import { normalizeUrl } from '../read/urls.js';
import { canonicalLabel, groupCategory, groupNames, nameKey } from './aliases.js';
import { addDocumentVotes, knownVotes, linkedOwners, linkMatchesName, voteCategory, type CategoryVotes } from './categorize.js';
import { gatherEvidence, viewSentences } from './evidence.js';
import { foldName, loadLexicon, type Lexicon } from './lexicon.js';
import { accountOwners } from './markup.js';
import { withoutGrantCodes } from './grant-codes.js';
import { withNameOpeners, withoutCountedNouns, withoutDemonymPhrases, withoutGluedPrefixes } from './name-openers.js';
import { findNames, withoutVerbForms, type NameCandidate } from './names.js';
import { findReferences, footnoteCitations, labelCitations, withIdentifiers } from './references.js';
import { segmentSentences, type Sentence } from './sentences.js';
import { unpackSentences, type Prepared } from './prepare.js';

export interface ExtractOptions {
  /** The lexicon to use (default: the one that ships with citegraph, from `loadLexicon()`). */
  lexicon?: Lexicon;
  /** What `prepareDocument` found in this document, which then is the document it gave (done on another thread). */
  prepared?: Prepared;
}

/** One thing named in a document. */
export interface ExtractedEntity {
  /** Folded canonical name: the same thing has the same key in every document. */
  key: string;
  label: string;
  category: Category;
  votes: CategoryVotes;
  /** Every surface form seen, with counts, in first-seen order. */
  forms: Record<string, number>;
  mentions: number;
  /** The lexicon knows it: its label and category are settled. */
  isKnown: boolean;
}

/** A sentence that names something or holds a link. */
export interface ExtractedSentence {
  text: string;
  /** Keys of the entities it names, in order of first mention. */
  entities: string[];
  /** Normalized URLs of the links it holds. */
  sources: string[];
  /** For a sentence in a table cell: the cell's row (see `Block.row`). */
  row?: TableRow;
}

export interface ExtractedLink {
  /** Normalized (see `normalizeUrl`). */
  url: string;
  text: string;
  isBare: boolean;
}

/** Everything citegraph takes from one document: the input of `buildGraph`. */
export interface Extraction {
  document: { path: string; format: Format; title?: string; date?: string };
  entities: ExtractedEntity[];
  sentences: ExtractedSentence[];
  links: ExtractedLink[];
}

// NOTE: the built-in lexicon is read once, on first use, and never changes: callers that
// extract document after document without passing a lexicon should not re-read the file.
let defaultLexicon: Lexicon | undefined;

/** Finds the named entities of a document, the sentences naming them and the links cited with them. */
export function extract(input: Document, options: ExtractOptions = {}): Extraction {
  const prepared = options.prepared;
  const document = uniformDocument(prepared ? input : withIdentifiers(input));
  const lexicon = options.lexicon ?? (defaultLexicon ??= loadLexicon());
  const references = prepared ? prepared.references : findReferences(document);
  const sentences = prepared ? unpackSentences(prepared.sentences) : segmentSentences(document, references.blocks);
  const views = viewSentences(document, sentences, references.blocks);
  const evidence = gatherEvidence(document, views);
  const names = withoutDemonymPhrases(withoutCountedNouns(withoutGluedPrefixes(withoutGrantCodes(withNameOpeners(withoutVerbForms(findNames(document, views, { lexicon, evidence, references })), views, document.text)), document.text), views, document.text));

  const linkAt = (name: NameCandidate): Link | undefined => evidence.linksByStart.get(name.start);
  const firstWordCategory = (name: NameCandidate) => {
    const space = name.surface.indexOf(' ');
    return space > 0 ? lexicon.byForm.get(name.surface.slice(0, space))?.category : undefined;
  };
  const restCategory = (name: NameCandidate) => {
    const space = name.surface.indexOf(' ');
    return space > 0 ? lexicon.byForm.get(name.surface.slice(space + 1))?.category : undefined;
  };
  const handles = accountHandles(document.links);
  // (Most mentions are of names the lexicon knows, whose votes need no context: none is made for them.)
  const votesOf = (name: NameCandidate) => name.lexicon ? knownVotes(name.lexicon.category) : voteCategory(name, {
    text: document.text, view: views[name.sentence]!, link: linkAt(name), firstWordCategory: firstWordCategory(name), restCategory: restCategory(name), isHandle: handles.has(name.surface),
    isCodeWord: (word) => evidence.codeWords.has(word),
  });
  const hasArticle = (name: NameCandidate) => /\bthe\s$/i.test(document.text.slice(Math.max(0, name.start - 4), name.start));
  const nextWord = (name: NameCandidate) => {
    const next = views[name.sentence]!.tokens[name.last + 1];
    return next?.isWord && next.start === name.end + 1 && /^\p{Ll}+$/u.test(next.text) ? next.text : undefined;
  };
  const isWrittenLowerCase = (lower: string) => lower.split(/[\s-]+/).every((word) => evidence.lowerCase.has(word));
  const isDefinedTerm = (form: string) => evidence.definedTerms.has(foldName(form));
  const placeNameOf = (key: string) => {
    const entry = lexicon.byFold.get(key);
    return entry?.category === 'place' && !entry.isAmbiguous ? entry.name : undefined;
  };
  const owners = accountOwners(document);
  const accountOwnerOf = owners.size === 0 ? undefined : (handle: string) => owners.get(handle);
  const isInTitle = (name: NameCandidate) => views[name.sentence]!.isTitleLike;
  const capitalisesNouns = capitalisesCommonNouns(names, sentences.length);
  const groups = groupNames(names, { votesOf, hasArticle, nextWord, isInTitle, isWrittenLowerCase, isSpecification: document.format === 'text', isDefinedTerm, placeNameOf, accountOwnerOf, capitalisesNouns });
  addDocumentVotes(groups, linkedOwners(document.links));

  const entities: ExtractedEntity[] = [];
  const keyOfMention = new Map<NameCandidate, string>();
  for (const group of groups) {
    const label = canonicalLabel(group);
    const key = nameKey(label);
    for (const mention of group.mentions) keyOfMention.set(mention, key);
    entities.push({
      key,
      label,
      category: group.lexicon?.category ?? groupCategory(group),
      votes: group.votes,
      forms: Object.fromEntries(group.forms),
      mentions: group.mentions.length,
      isKnown: group.lexicon !== undefined,
    });
  }
  entities.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const namesBySentence = new Map<number, string[]>();
  // Grouping can replace a mention by its parts ("Rochet & Tirole"): the groups' mentions, in document order.
  const mentions = [...keyOfMention.keys()].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const name of mentions) {
    const key = keyOfMention.get(name)!;
    const list = namesBySentence.get(name.sentence) ?? [];
    if (!list.includes(key)) list.push(key);
    namesBySentence.set(name.sentence, list);
  }
  const sourcesBySentence = new Map<number, string[]>();
  const links: ExtractedLink[] = [];
  for (const link of document.links) {
    const url = normalizeUrl(link.url);
    links.push({ url, text: link.isBare ? '' : link.text, isBare: link.isBare });
    const index = link.isAlone ? -1 : sentenceAt(sentences, link.start, document.text);
    if (index < 0) continue;
    const list = sourcesBySentence.get(index) ?? [];
    if (!list.includes(url)) list.push(url);
    sourcesBySentence.set(index, list);
  }
  for (const note of [...footnoteCitations(document), ...labelCitations(document, references.blocks)]) {
    const index = sentenceAt(sentences, note.at, document.text);
    if (index < 0) continue;
    const list = sourcesBySentence.get(index) ?? [];
    for (const url of note.urls.map(normalizeUrl)) if (!list.includes(url)) list.push(url);
    sourcesBySentence.set(index, list);
  }

  const extracted: ExtractedSentence[] = [];
  sentences.forEach((sentence, index) => {
    const keys = namesBySentence.get(index) ?? [];
    const sources = sourcesBySentence.get(index) ?? [];
    if (keys.length === 0 && sources.length === 0) return;
    const row = document.blocks[sentence.block]?.row;
    extracted.push({ text: document.text.slice(sentence.start, sentence.end), entities: keys, sources, ...(row && { row }) });
  });

  const meta: Extraction['document'] = { path: document.path, format: document.format };
  if (document.title !== undefined) meta.title = document.title;
  if (document.date !== undefined) meta.date = document.date;
  return { document: meta, entities, sentences: extracted, links };
}

// A document that capitalises its common nouns as a style (an eighteenth-century charter: "He has refused his Assent to
// Laws", "Standing Armies without the Consent of our legislatures") writes scores of different ones; other prose writes a
// handful ("the Council", "the Foundation"). On the dev set the charter writes 86 in 200 sentences, the next document 28 in 443.
const NOUN_CAPITALISING_WORDS = 20;
const NOUN_CAPITALISING_SHARE = 0.2;

/** Whether the lone common words in capitals (tentative one-word names) are many, for the document's length: capitals are its style. */
export function capitalisesCommonNouns(names: readonly NameCandidate[], sentenceCount: number): boolean {
  const words = new Set<string>();
  for (const name of names) if (name.isTentative && !name.surface.includes(' ')) words.add(name.surface);
  return words.size >= NOUN_CAPITALISING_WORDS && words.size >= NOUN_CAPITALISING_SHARE * sentenceCount;
}

/** Texts of links to the account of that name (`[WaffleLapkin](https://github.com/WaffleLapkin)`): people's handles. */
export function accountHandles(links: readonly Pick<Link, 'url' | 'text' | 'isBare'>[]): Set<string> {
  const handles = new Set<string>();
  for (const link of links) {
    // Only a one-word text that the URL spells can be a handle: most links are skipped before the URL is parsed.
    const isCandidate = !link.isBare && link.text.length >= 3 && !/\s/.test(link.text) && link.url.toLowerCase().includes(link.text.toLowerCase());
    if (isCandidate && linkMatchesName(link.url, link.text) === 'account') handles.add(link.text);
  }
  return handles;
}

/** The sentence holding an offset (a link's start); -1 when it falls between sentences. */
function sentenceAt(sentences: readonly Sentence[], offset: number, text: string): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid]!;
    if (offset < sentence.start) high = mid - 1;
    else if (offset > sentence.end) low = mid + 1;
    else return mid;
  }
  // An empty link (an image) just before a sentence starts belongs to it, and one a space after it ends ("# Title [![npm](…)](…)").
  if (low < sentences.length && sentences[low]!.start - offset <= 1) return low;
  return high >= 0 && offset - sentences[high]!.end === 1 && text[sentences[high]!.end] === ' ' ? high : -1;
}
