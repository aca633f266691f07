import type { Category } from '../graph/schema.js';
import type { Document, Link } from '../read/types.js';
import { addressOf, hostOf, isSiteOf, linkMatchesName, projectOf, repositoryOf, slug, withoutWww } from './categorize.js';
import type { DocumentEvidence, SentenceView } from './evidence.js';
import { DOCUMENT_FILE, findMarkedNames, type MarkedName } from './markup.js';
import type { References } from './references.js';
import { foldName, getFolded, hasFolded, mayBeNameKey, senseOf, type Lexicon, type LexiconEntry, type Sense } from './lexicon.js';
import {
  acronymLetters, ASCII_LOWER_FIRST, CAPITALIZED, hasInnerCapital, HYPHENATED, INNER_CAPITAL, isAcronym, isCapitalized, isCodeLike, isPluralAcronym, type Token,
} from './tokens.js';
import {
  compromiseTag, headCategory, isCampusOf, isClippedWord, isCommonWord, isDemonym, isFirstName, isFunctionWord, isJoiningHead, isKindNoun, isMonthOrDay, isNameParticle, isNamingHead, isTitle, isVerbForm,
  MONTH_ABBREVIATIONS, nounCategory, PARTICLE_NAME, properCategory, SPEECH_VERBS,
} from './words.js';

/** A name found in one sentence, before categories and aliases are settled. */
export interface NameCandidate {
  surface: string;
  start: number;
  end: number;
  /** Index into the document's sentences. */
  sentence: number;
  /** Token indexes in the sentence view, first and last. */
  first: number;
  last: number;
  lexicon?: LexiconEntry;
  /** A lone capitalised common word ("the Council"): kept only as an alias or when it recurs. */
  isTentative: boolean;
  /** A title such as "President" or "Dr." stood right before it. */
  hasTitle: boolean;
  /** The name it stands for when that differs from the surface: "Language" in "the Language and Compiler Teams" is Language Team. */
  name?: string;
  /** Other forms seen for it, kept as aliases: "President Obama" for Obama. */
  extraForms?: string[];
  /** What the markup around it says it is (a title in italics, a cell under "Director"). */
  category?: Category;
  /** For a repository named by its owner and name (`nvim-mini/mini.nvim`): its name alone (`mini.nvim`), which names it too. */
  repository?: string;
}

/**
 * A candidate with all its fields, always in this order (those it lacks undefined): candidates made so share one shape,
 * and the code that reads them stays monomorphic. Fields added later, or spread copies, gave them several, and the code
 * reading them was optimised and thrown away again and again ("wrong map" deoptimisations).
 */
export function nameCandidate(surface: string, start: number, end: number, sentence: number, first: number, last: number, isTentative: boolean, hasTitle: boolean, lexicon?: LexiconEntry): NameCandidate {
  return { surface, start, end, sentence, first, last, lexicon, isTentative, hasTitle, name: undefined, extraForms: undefined, category: undefined, repository: undefined };
}

/** A copy of a candidate at another place: its other fields as they are (see nameCandidate). */
export function movedCandidate(from: NameCandidate, surface: string, start: number, end: number, first: number, last: number): NameCandidate {
  return {
    surface, start, end, sentence: from.sentence, first, last, lexicon: from.lexicon, isTentative: from.isTentative, hasTitle: from.hasTitle,
    name: from.name, extraForms: from.extraForms, category: from.category, repository: from.repository,
  };
}

export interface FindOptions {
  lexicon: Lexicon;
  evidence: DocumentEvidence;
  /** The document's reference entries (see references.ts). */
  references: References;
}

/** What is known about one word: never a name on its own, or a name in any case. */
type Knowledge = 'unknown' | 'proper' | 'common';

/** A token as a possible part of a name: affixes such as `non-` and `-based` removed. */
interface Word {
  token: Token;
  surface: string;
  start: number;
  end: number;
  lower: string;
  /** A modifier suffix was cut off (LLVM-based): the name ends here. */
  isModifier: boolean;
}

// Connectors that only join after a naming head ("Council for …"): a run holding one is a name.
const JOINERS = new Set(['of', 'for', 'on']);
/** Small words that may sit inside a name: "of", "for", "on", "&" and name particles (van, de). */
const isConnector = (lower: string) => JOINERS.has(lower) || lower === '&' || isNameParticle(lower);
// The requirement words of RFC 2119, written in capitals.
const REQUIREMENT_WORDS = new Set(['MUST', 'SHOULD', 'SHALL', 'MAY', 'REQUIRED', 'RECOMMENDED', 'OPTIONAL', 'NOT']);
// Numbered names: RFC 3501, PEP 8, NEP 44, ISO 8601.
const NUMBERED = new Set(['rfc', 'pep', 'nep', 'iso', 'ieee', 'posix', 'ecma', 'jep', 'kep', 'jsr', 'nist', 'ansi', 'fips', 'bip', 'eip', 'erc', 'cve', 'usc', 'bcp', 'std', 'fyi']);
// Heads that make a possessive part of the name: Moore's Law, Hanlon's razor.
const EPONYM_HEADS = new Set([
  'law', 'laws', 'principle', 'rule', 'theorem', 'razor', 'paradox', 'effect', 'syndrome', 'disease', 'day',
  'island', 'bay', 'list', 'algorithm', 'conjecture', 'constant', 'equation', 'dilemma', 'wager', 'hypothesis',
  'fallacy', 'curse', 'corollary', 'maxim', 'lemma', 'square', 'college', 'hospital',
]);
// Works titled after their readers: the Python Developer's Guide, the Programmer's Manual.
const POSSESSIVE_WORK_HEADS = new Set(['guide', 'handbook', 'manual', 'companion', 'cookbook', 'reference', 'dictionary']);
// An acronym with a small letter inside, as events and programmes write theirs: GSoC, GSoD, NeurIPS.
const CAMEL_ACRONYM = /^\p{Lu}+\p{Ll}\p{Lu}[\p{Lu}\p{Ll}]*$/u;
const EVENT_YEAR_HEAD = /(?:conf|con|fest|summit|days|week|cup|games|expo|olympics|edition|survey|hackfest|all-hands)$/i;
// Names that start with digits: 18F, 4-H, 7-Eleven, and releases of a system before its name, 4.3BSD (not 3D, 5G, 2FA, 10K,
// nor a measure or a time: 16GB, 80MB, 60FPS, 11PM, 2.4GHz; nor a copyright's years: 2025-PRESENT).
const NUMBERED_NAME = /^\p{N}+-(?!PRESENT$|NOW$)\p{Lu}|^(?:\p{N}{2,}|\p{N}+\.\p{N}+)(?!(?:[KMGTP]?B|[KMGT]?HZ|[KMG]?W|[KMG]?WH|[KMG]BPS|FPS|MP|MM|CM|KM|AM|PM|[KMBGTXVAP])$)\p{Lu}+$/u;
// The regexes only for words that can match (asked of nearly every token): a digit first (or no ASCII), a hyphen inside.
const isNumberedName = (word: string) => {
  const code = word.length === 0 ? 0 : word.charCodeAt(0);
  return (code >= 128 || (code >= 48 && code <= 57)) && NUMBERED_NAME.test(word);
};
const isParticleName = (word: string) => word.includes('-') && PARTICLE_NAME.test(word);
// Network and key identifiers: AS8452 (an autonomous system), long mixed strings such as wallet addresses.
const IDENTIFIER = /^AS\d+$|^(?=.*\d)(?=.*\p{Lu})(?=.*\p{Ll})[\p{L}\p{N}]{20,}$/u;
const MEMBER = /^\p{L}[\p{L}\p{N}_$]*\.\p{Ll}[\p{L}\p{N}_$]*$/u;
// A module path of three parts or more is code too: importlib.abc.TraversableResources (not U.S.A., nor a domain).
const MODULE_PATH = /^\p{L}[\p{L}\p{N}_]+(?:\.[\p{L}_][\p{L}\p{N}_]+){2,}$/u;
// Words joined by hyphens, lower case after the first, as branch names and URLs write them: Fix-wrong-order-datapoints.
const SLUG = /^[\p{L}\p{N}]+(?:-[\p{Ll}\p{N}]+){2,}$/u;
// An acronym inside counts as a hump: writeCData, parseXMLString (not macOS, watchOS).
// A package named with its language's suffix, as JavaScript's and Julia's are: Node.js, Vue.js, Documenter.jl, JET.jl.
const PACKAGE_SUFFIX = /\.(?:js|jl)$/i;
const PACKAGE_NAME = /^\p{L}[\p{L}\p{N}-]*\.(?:js|jl)$/iu;
// Sites where people and projects keep a channel or an account named after them.
// What a body has on such a site: its page, account or channel there.
const CHANNEL_NOUNS = new Set(['page', 'account', 'channel', 'profile', 'feed', 'handle']);
const SOCIAL_SITES = new Set(['YouTube', 'Twitter', 'GitHub', 'GitLab', 'LinkedIn', 'Facebook', 'Instagram', 'Mastodon', 'Discord', 'Slack', 'Reddit', 'Twitch', 'TikTok', 'Bluesky']);
const CAMEL_CASE = /(?:^|\.)\p{Ll}{2,}\p{Lu}+(?:\p{Ll}|$)/u;
// Letters and digits mixed as in field names and codes, not as in names (GEANT2, IPv6, SC18): A1va, IPv4MaskLen, X509v3.
const FIELD_CODE = /^\p{Lu}\p{N}\p{Ll}|\p{N}\p{Lu}\p{Ll}|\p{N}\p{Ll}\p{N}/u;
// An RFC or a BCP by its label, as reference lists write it: RFC2119 is RFC 2119.
const SERIES_LABEL = /^(RFC|BCP|STD|FYI)(\p{N}+)$/u;
const GLUED_RELEASE = /^(\p{Lu}\p{L}*\p{Ll}\p{L}*)\p{N}+\.\p{N}+(?:\.\p{N}+)*$/u;
// Keyboard shortcuts: CTRL-C, Alt+F4, Cmd-V.
const KEY_COMBINATION = /^(?:ctrl|control|alt|cmd|command|shift|option|meta|super)[-+]/i;
// Control characters joined by plus signs, as change logs name line endings: CR+LF, CR+CR+LF.
const CONTROL_SEQUENCE = /^(?:CR|LF|NUL|ESC|TAB|BS|FF|VT|NL)(?:\+(?:CR|LF|NUL|ESC|TAB|BS|FF|VT|NL))+$/;
// Titles that are also adjectives of section headings: General Maintenance, Chief Concerns.
const ADJECTIVE_TITLES = new Set(['general', 'chief', 'senior', 'junior', 'major', 'principal', 'deputy']);
// Parts of a document and steps of a scale, numbered: Chapter IV, Section 4.2, Phase 2, Version 1.1.
const NUMBERED_PARTS = /^(?:chapter|part|section|volume|vol|appendix|book|act|phase|level|stage|step|type|class|tier|figure|table|article|title|schedule|annex|version|release|revision|edition|paragraph|clause|item|page|line|equation|example|listing|note|rule|option|build|patch|update|round|lesson|unit|module|exercise|question|task|issue|week|day|year|grade|room|floor|sprint|milestone)$/;
// A release's dotted number: 21.2.0, 5.x, v2.1, 3.6+.
const RELEASE_NUMBER = /^v?\p{N}+(?:\.(?:\p{N}+|x))+\+?$/u;
// Quarters, halves and fiscal years: Q2, H1, FY2024.
const PERIOD = /^(?:Q[1-4]|H[12]|FY\d{2,4})$/;
// An issue or a pull request by its label, as change logs link them: GH48645, GH-123, PR7361.
const ISSUE_LABEL = /^(?:GH|PR)-?\d+$/;
// A mailing list's or newsgroup's name: python-dev, edu-sig, comp.lang.python.
const FORUM_NAME = /^\p{Ll}[\p{Ll}\p{N}]*(?:[.-]\p{Ll}[\p{Ll}\p{N}]*)+$/u;
// What a sentence opening "X is a …" may define X as, making X a program's name.
const DEFINED_TOOLS = new Set(['tool', 'library', 'framework', 'language', 'editor', 'ide', 'program', 'application', 'module', 'package', 'compiler', 'interpreter', 'debugger', 'utility']);
// What one uses a tool as: "Sublime as a default GUI text editor".
const CAST_TOOLS = new Set([...DEFINED_TOOLS, 'browser', 'terminal', 'shell', 'client', 'emulator', 'database', 'platform']);
const DESCRIBING_TAGS = new Set(['Adjective', 'Adverb', 'Comparative', 'Superlative', 'PastTense', 'Participle', 'Gerund']);
const PLACEHOLDER = /^\p{Lu}(?:\.\p{Lu})+$|^\p{Ll}{1,3}\p{Lu}$/u;
const PREFIX = /^(?:non|pre|post|anti|pro|un|ex|semi|pseudo|multi|cross|intra|inter)-(?=\p{Lu})/iu;
const SUFFIX = /-(\p{Ll}+)$/u;
const COMPANY_SUFFIXES = new Set(['inc', 'ltd', 'llc', 'corp', 'co', 'plc', 'gmbh', 'ag', 'sa', 'bv', 'pty']);
// Between two members of a list: ", ", ", and ", " or ".
const LIST_GAP = /^(?:,\s(?:(?:and|or)\s)?|\s(?:and|or)\s)$/;
// Modifiers that need a name before them (Flash-based, Rust-specific), unlike a rank or a style (Silver-level).
const NAMING_SUFFIX = /^(?:\p{Ll}+ed|specific|compatible|only|native|centric|friendly|aware|dependent|independent)$/u;
// A domain name written in prose: crates.io, WhiteHouse.gov, registry.k8s.io.
const DOMAIN = /^(?:[\p{L}\p{N}-]+\.)+(?:com|org|net|io|dev|gov|edu|ai|app|co|us|uk|de|fr|jp|cn|rs|so|fm|tv|me|info|eu|ca|au|in|xyz|tech|cloud|page|site|blog|news|social|zone|wiki|sh|land|ly|gg|run|pub)$/iu;
// A build's input files, named with their extension: Makefile.am, Makefile.in, CMakeLists.txt.
const BUILD_FILE = /^(?:GNU)?[Mm]akefile\.\w+$|^CMakeLists\.txt$/;
const LICENCE_FILE_NAME = /^(?:LICEN[CS]E|COPYING)[-.][\w.-]+$/;
const FILE_STEMS = new Set(['main', 'lib', 'mod', 'build', 'test', 'tests', 'bench', 'benches', 'example', 'examples', 'src', 'bin', 'foo', 'bar', 'index', 'config', 'setup', 'readme', 'license', 'changelog', 'cargo', 'configure', 'makefile', 'aclocal']);
// Function words that open names when capitalised mid-sentence: The Guardian, All Hands, No Starch Press.
const NAME_OPENERS = new Set(['the', 'all', 'no']);
const PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'them', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'his', 'her', 'its', 'their']);
// What an event holds, after its name and year: "his SciPy 2012 keynote", "the PyData 2023 tutorials".
const EVENT_PARTS = new Set(['keynote', 'keynotes', 'talk', 'talks', 'tutorial', 'tutorials', 'sprint', 'sprints', 'proceedings', 'poster', 'posters', 'panel', 'panels', 'workshop', 'workshops', 'attendees', 'speakers', 'presentation', 'presentations', 'plenary', 'recordings']);
const YEAR_HEADS = new Set(['edition', 'survey', 'conference', 'summit', 'olympics', 'election', 'elections', 'games', 'world cup']);
const PLAIN_ACRONYM = /^\p{Lu}{2,8}$/u;
// Legal forms after a company's name: Acme, Inc.; Feist Publications, Inc.
const CORPORATE_SUFFIX = /^(?:Inc|Ltd|LLC|LLP|Corp|Co|GmbH|PLC|Pty)$/;
// Plural heads shared by coordinated names.
/** A body's head word, singular or plural: Office, Offices, Division, Department. */
function isBodyHead(lower: string): boolean {
  return headCategory(lower) === 'organization' || (lower.endsWith('s') && headCategory(lower.slice(0, -1)) === 'organization');
}

const PLURAL_HEADS = new Set(['teams', 'councils', 'groups', 'committees', 'foundations', 'universities', 'departments', 'ministries', 'companies', 'projects', 'working groups', 'agencies', 'offices', 'labs', 'institutes']);
const singularize = (word: string) => word.replace(/ies$/, 'y').replace(/s$/, '');
// Long words with these endings are English words even when the word lists miss them: Extensible, Interoperability.
const COMMON_SUFFIX = /^\p{Ll}{4,}(?:ible|able|ive|ous|istic|ness|ment|tion|sion|ity|ism|ize|ise|ized|ised|izing|ising|ing|ingly|ly)$/u;
// A word and the acronym of a kind of interface: C-API, REST-API, Web-UI.
// A capitalised word ending in two lower-case letters, and a number: SubLen1, SubType2, Item3 (not IPv4, IPv6).
const NUMBERED_WORD = /^(\p{Lu}\p{L}*\p{Ll}{2})(\p{N}{1,3})$/u;
// A library's name after the "lib" of its file: libpng, libidn2, libgpg-error, libxml2.
const LIBRARY_NAME = /^lib[\p{Ll}\p{N}]{2,}(?:-[\p{Ll}\p{N}]+)*$/u;
// A file whose extension is also a top-level domain: a shell script or a shared library (see #isScriptOrLibraryFile).
const SCRIPT_OR_LIBRARY_FILE = /^[\p{Ll}\p{N}_-]+\.(?:sh|so)$/u;
// Domains reserved for examples and tests (RFC 2606, RFC 6761).
const EXAMPLE_DOMAIN = /(?:^|\.)example\.(?:com|net|org)$|\.(?:example|test|invalid|localhost)$/i;
const NOT_LIBRARIES = new Set(['libre', 'libra', 'libel', 'libido', 'libretto', 'libris']);
// Acronyms of kits that end a product's name after its maker's or its format's: LZMA SDK, Android SDK.
const KIT_ACRONYMS = new Set(['SDK', 'SDKs']);
// Titles as news writes them cut short, before a name: Sec. (Secretary), Gen., Sen., Rep., Gov.
const ABBREVIATED_TITLES = new Set(['sec', 'gen', 'sen', 'rep', 'gov', 'col', 'capt', 'sgt', 'supt', 'pres', 'hon', 'rev']);
const INTERFACE_COMPOUND = /^[\p{L}\p{N}+#]+-(?:APIs?|UI|GUI|CLI|SDK|ABI|FFI)$/u;
// Last words of a job's or a board's name: Tech Lead, Product Manager, Board of Directors.
const ROLE_TAILS = new Set(['lead', 'leads', 'manager', 'managers', 'directors', 'trustees', 'governors', 'officers']);
/**
 * Head words of job titles written in capitals after a body's or a product's name: "React Team Developer Advocate", and of
 * a sponsor's tier: "metalenz, Silver Sponsor" (singular: "Society of Women Engineers" is a body).
 */
const JOB_TAILS = new Set(['advocate', 'engineer', 'officer', 'evangelist', 'sponsor']);
// Lower-case words after a lower-case name that say it is a tool: "the syn crate", "kubeadm tool".
const TOOL_NOUNS = new Set(['crate', 'crates', 'library', 'package', 'tool', 'framework', 'plugin', 'module', 'gem', 'cli', 'command', 'daemon', 'dependency', 'version']);
// SPDX identifiers of licences, which are works (other): BSD-3-Clause, CC-BY-4.0, CC0-1.0, GPL-2.0-only, MIT-0.
const SPDX_LICENSE = /^(?:A?GPL|LGPL|MPL|EPL|EUPL|CDDL|CC0|CC-BY(?:-SA|-NC|-ND)*|BSD|MIT|Apache|Artistic|OFL|BSL)-\p{N}[\p{N}.]*(?:-(?:only|or-later|Clause(?:-[\p{L}]+)?))?$/u;
// A document of a repository, linked relatively: docs/api.md, ../CONTRIBUTING.md#setup, guide.rst.
// A file as a forge shows it: github.com/owner/repo/blob/main/AUTHORS, gitlab.com/…/-/raw/main/NOTICE.
const REPOSITORY_FILE = /^\/[^/]+\/[^/]+\/(?:-\/)?(?:blob|raw)\/./;
const REPOSITORY_DOC = /^(?![a-z][a-z0-9+.-]*:)[^?#]*\.(?:md|markdown|rst|txt|adoc)(?:#.*)?$/i;
// Verbs that move a dependency to another version in a change log.
const UPDATE_VERBS = new Set(['update', 'updates', 'updated', 'upgrade', 'upgrades', 'upgraded', 'bump', 'bumps', 'bumped']);
// A release number: 3.9.0, 6.5+, 22, v1.2.
const VERSION = /^v?\p{N}+(?:\.\p{N}+)*\+?$/u;

// What follows a verb bidding the reader: "Go straight", "Go to", "Read the".
const GOVERNED_TAGS = new Set(['Adjective', 'Adverb', 'Preposition', 'Determiner', 'Conjunction']);
// Three, four, six or eight hexadecimal digits, as a colour is written after "#": FFF, FF0000, DEADED.
const HEX_COLOUR = /^(?:[\dA-F]{3,4}|[\dA-F]{6}|[\dA-F]{8})$/i;
// A date's or a number's pattern in letters is a placeholder: YYYY-ZZZZ, YYYY-MM-DD, HH:MM.
const LETTER_PATTERN = /^(\p{Lu})\1+(?:[-/:.](\p{Lu})\2+)+$/u;
// Weekdays as dates and logs abbreviate them, before a month: "Thu May 30 01:00:00 1996".
const WEEKDAY_ABBREVIATIONS = new Set(['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun']);
// A part of an npm package's name: lower case, digits, and . _ - inside.
const PACKAGE_PART = /^[\p{Ll}\p{N}][\p{Ll}\p{N}._-]*$/u;
// Identifiers that read like names: PodDisruptionBudgets, AdtDef, HttpService, RefCell.
const CODE_SUFFIX = /\p{Ll}(?:Def|Impl|Ctx|Builder|Factory|Handler|Ref|Ptr|Vec|Map|Set|Sets|List|Cell|Error|Result|Option|Config|Kind|Trait|Iter|Fn|Mut|Id|Info|Constructor|Visitor|Provider|Context|Request|Response|Stream|Buffer|Reader|Writer|Event|Handle|Node|Type|Value|State|Spec|Service|Budget|Budgets|Resource|Resources|Claim|Claims|Policy|Policies|Controller|Object|Expr|Stmt|Item|Ty|Args|Arg|Params)$/u;

// A module's own README in a repository of several: …/blob/main/readmes/mini-pairs.md, …/tree/main/packages/mini.pairs/README.md.
const MODULE_README = /\/([\p{L}\p{N}._-]+?)(?:\.(?:md|markdown|rst|adoc))?(?:\/readme(?:\.(?:md|markdown|rst|adoc))?)?\/?$/iu;

/**
 * A dotted package name linked to its own README inside the repository of a collection, as a library of modules
 * links each: "[mini.pairs](https://github.com/nvim-mini/mini.nvim/blob/main/readmes/mini-pairs.md)" is the module,
 * no member of an object.
 */
let numberedText = '';
const numberedWords = new Map<string, boolean>();

/** Does every mention of `word` (letters only) in `text` have `number` after it? "Rosetta 2" written so throughout. */
function isAlwaysNumbered(text: string, word: string, number: string): boolean {
  if (text !== numberedText) {
    numberedText = text;
    numberedWords.clear();
  }
  const key = `${word} ${number}`;
  let known = numberedWords.get(key);
  if (known === undefined) {
    known = true;
    for (const match of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}_-])${word}(?![\\p{L}\\p{N}_-])`, 'gu'))) {
      const after = match.index + word.length;
      if (!/^[ \u00a0]$/u.test(text.charAt(after)) || !text.startsWith(number, after + 1) || /\p{N}/u.test(text.charAt(after + 1 + number.length))) {
        known = false;
        break;
      }
    }
    numberedWords.set(key, known);
  }
  return known;
}

// What sites add to a tool's name: k9scli.io, rust-lang.org, getsentry.com, usebruno.com, tryghost.org.
const SITE_AFFIXES = [(name: string) => `${name}cli`, (name: string) => `${name}app`, (name: string) => `${name}lang`, (name: string) => `${name}hq`,
  (name: string) => `get${name}`, (name: string) => `use${name}`, (name: string) => `try${name}`];

/** A link to the site of a tool's name with a word sites add to it: "[k9s](https://k9scli.io/)". */
function isAffixedSiteOf(url: string, word: string): boolean {
  return SITE_AFFIXES.some((affixed) => linkMatchesName(url, affixed(word)) === 'host');
}

function isModuleReadme(url: string, word: string): boolean {
  if (repositoryOf(url) === undefined) return false;
  const file = MODULE_README.exec(addressOf(url)?.pathname ?? '')?.[1];
  return file !== undefined && slug(file) === slug(word);
}

/** Finds the names in every sentence of a document. */
export function findNames(document: Document, views: readonly SentenceView[], options: FindOptions): NameCandidate[] {
  const marked = findMarkedNames(document, options.lexicon, options.references);
  // A run of capitalised words never crosses the edge of a marked name ("*Title* Christopher Olah's blog").
  // (Nor the edge of a link's text, once: it helped the dev set's READMEs and did not carry over to the held-out set.)
  const edges = new Set<number>();
  for (const mark of marked) edges.add(mark.start).add(-mark.end);
  for (const link of selfNamingLinks(document.links)) edges.add(link.start).add(-link.end);
  // (Pushed one by one rather than flatMap's: it made an array for each sentence and copied them all again.)
  const inSentences: NameCandidate[] = [];
  for (let index = 0; index < views.length; index++) for (const name of new SentenceNames(document, views[index]!, index, options, edges).find()) inSentences.push(name);
  const found = withLowerCaseMentions(inSentences, views);
  const names = withPossessiveNames(withNamesInTitles(withMarkedNames(found, marked, views, document.text, options.lexicon), marked, views, document.text, options), document.text);
  // An acronym's earlier name names the same thing: IDAM is UDA.
  const { renamedAcronyms } = options.evidence;
  if (renamedAcronyms.size > 0) for (const name of names) if (name.name === undefined && renamedAcronyms.has(name.surface)) name.name = renamedAcronyms.get(name.surface);
  // So does a name's former one: "JuliaHub (formerly Julia Computing)".
  const formerNames = findFormerNames(names, document.text);
  if (formerNames.size > 0) for (const name of names) if (name.name === undefined && formerNames.has(name.surface)) name.name = formerNames.get(name.surface);
  return options.lexicon.senses.size === 0 ? names : resolveSenses(names, document.text, options.lexicon);
}

/**
 * Links whose whole text names their own target: the site ("[Twitter](https://twitter.com/kslimes)"), the account
 * ("[JuliaLang](https://github.com/JuliaLang)") or the project page. Such a text is a name by itself, so a run of
 * capitalised words never crosses its edge: "Katharine Hyatt, Program [Twitter](…)" names no "Program Twitter", and
 * "[JuliaLang](…) GitHub organization" no "JuliaLang GitHub". (Any link's edge did not carry over, see findNames.)
 */
function selfNamingLinks(links: readonly Link[]): Link[] {
  return links.filter((link) => {
    if (link.isBare || !/^\p{Lu}/u.test(link.text) || /\s/.test(link.text.trim())) return false;
    const match = linkMatchesName(link.url, link.text);
    return match === 'host' || match === 'account' || match === 'project';
  });
}

// Between a name and its former one: "JuliaHub (formerly Julia Computing)", "Meta, formerly known as Facebook,".
const FORMERLY = /^\s*(?:\(|,|\u2014|--?)\s*(?:formerly|previously)(?: known as| called)?\s+$/i;

/** Former names of names, by surface: "Julia Computing" → "JuliaHub" where the text says "JuliaHub (formerly Julia Computing)". */
function findFormerNames(names: readonly NameCandidate[], text: string): Map<string, string> {
  const former = new Map<string, string>();
  const byStart = [...names].sort((a, b) => a.start - b.start);
  for (let n = 1; n < byStart.length; n++) {
    const [current, old] = [byStart[n - 1]!, byStart[n]!];
    const between = text.slice(current.end, old.start);
    if (between.length > 30 || !FORMERLY.test(between)) continue;
    const name = current.name ?? current.lexicon?.name ?? current.surface;
    if (old.surface !== name && !former.has(old.surface)) former.set(old.surface, name);
  }
  return former;
}

const labelTexts = new WeakMap<ReadonlyMap<number, Link>, ReadonlySet<string>>();

/**
 * Link texts a page repeats as a label: the same words on three links or more to different pages, none of
 * which they name ("JuliaHub, Platinum Sponsor, [Sponsored Talk](https://www.youtube.com/…)" down a list of
 * sponsors; "Read More", "Full Video"). Such a text says what the link is, not what it names.
 */
function labelLinkTexts(linksByStart: ReadonlyMap<number, Link>): ReadonlySet<string> {
  let labels = labelTexts.get(linksByStart);
  if (labels !== undefined) return labels;
  const byText = new Map<string, Link[]>();
  for (const link of linksByStart.values()) if (!link.isBare) byText.set(link.text, [...(byText.get(link.text) ?? []), link]);
  const found = new Set<string>();
  for (const [text, links] of byText) {
    if (links.length < 3 || new Set(links.map((link) => link.url)).size < 2) continue;
    if (links.every((link) => linkMatchesName(link.url, text) === undefined)) found.add(text);
  }
  labelTexts.set(linksByStart, found);
  return found;
}

// A verb made of a name: "the Punycoded parts", "Dockerized apps", "Googling it".
const VERB_FORM = /^(\p{Lu}[\p{L}\p{N}]+?)(?:d|ed|ized|ised|ing)$/u;

/** Drops the verb forms of the document's own names: "Punycoded" beside Punycode is no name of its own. */
export function withoutVerbForms(names: NameCandidate[]): NameCandidate[] {
  const surfaces = new Set(names.map((name) => name.surface));
  return names.filter((name) => {
    if (name.lexicon || !VERB_FORM.test(name.surface)) return true;
    const word = name.surface;
    return ![word.slice(0, -1), word.slice(0, -2), word.slice(0, -3), word.slice(0, -4)].some((stem) => stem.length >= 3 && surfaces.has(stem));
  });
}

/**
 * A possessive inside a name the document writes whole elsewhere: "GOV.UK’s Notify" beside
 * "GOV.UK Notify" is that one name, not GOV.UK and Notify (found in document order).
 */
function withPossessiveNames(found: NameCandidate[], text: string): NameCandidate[] {
  const whole = new Set(found.filter((name) => /\s/.test(name.surface)).map((name) => foldName(name.name ?? name.surface)));
  if (whole.size === 0) return found;
  const names: NameCandidate[] = [];
  for (let n = 0; n < found.length; n++) {
    const [owner, owned] = [found[n]!, found[n + 1]];
    const joined = owned && owner.sentence === owned.sentence && /^['’]s $/u.test(text.slice(owner.end, owned.start)) ? `${owner.surface} ${owned.surface}` : undefined;
    if (joined === undefined || !whole.has(foldName(joined))) {
      names.push(owner);
      continue;
    }
    const { start, sentence, first, hasTitle } = owner;
    const name = nameCandidate(text.slice(start, owned!.end), start, owned!.end, sentence, first, owned!.last, false, hasTitle);
    name.name = joined;
    names.push(name);
    n++;
  }
  return names;
}

// A word made of a prefix and a word is a word too, however rare: nonlinear, multivariate, subsampling.
const PREFIXED = /^(?:non|un|re|pre|post|anti|multi|sub|super|inter|intra|over|under|semi|co|de|dis|mis|auto|hyper|meta|micro|macro|mono|poly|bi|tri)(\p{Ll}{3,})$/u;
// What a verb's doer is called: crawler (crawl), globber (glob), bundler (bundle).
const AGENT_NOUN = /^(\p{Ll}{3,}?)(\p{Ll})?er$/u;
/** A word made of an ordinary verb and "-er", which the word lists may miss: Crawler, Globber, Bundler, in a title's style. */
const isAgentNoun = (lower: string) => {
  const [, stem, doubled] = AGENT_NOUN.exec(lower) ?? [];
  if (stem === undefined) return false;
  const verb = doubled === undefined ? stem : stem + doubled;
  return isCommonWord(verb) || isCommonWord(`${verb}e`) || (doubled !== undefined && doubled === stem.at(-1) && isCommonWord(stem));
};
const isPrefixedWord = (lower: string) => {
  const stem = PREFIXED.exec(lower)?.[1];
  return stem !== undefined && isCommonWord(stem);
};

/**
 * A lower-case name found once with evidence ("the lodash dependency", "python 3.9") names the same
 * thing wherever the document writes it in prose: "lodash update to 4.0.0".
 */
function withLowerCaseMentions(found: NameCandidate[], views: readonly SentenceView[]): NameCandidate[] {
  const byWord = new Map<string, NameCandidate>();
  // Not a plural of a word, unless the lexicon knows it (pandas): `requests`, linked once, is no name in "reactive to users requests".
  for (const name of found) if (name.first === name.last && /^\p{Ll}/u.test(name.surface) && !byWord.has(name.surface) && (name.lexicon !== undefined || !isPluralWord(name.surface))) byWord.set(name.surface, name);
  // A product written capitalised (known, or with a version after it) is the same product in lower case, as change logs
  // write packages ("Pygments 2.0", "problems with pygments"), unless the lower-case form is a word (Windows, windows).
  const isVersioned = (name: NameCandidate) => {
    const next = views[name.sentence]?.tokens[name.last + 1];
    return next !== undefined && next.start === name.end + 1 && /^v?\p{N}+(?:\.\p{N}+)+/u.test(next.text);
  };
  for (const name of found) {
    const lower = name.surface.toLowerCase();
    const category = name.lexicon?.category ?? name.category;
    // An unknown name that is no word reads the same in lower case too: "Sphinx vs. Docutils", "docutils provides parsers".
    const isUnknownName = category === undefined && !name.isTentative && /^\p{Lu}\p{Ll}+$/u.test(name.surface) && !isPrefixedWord(lower);
    const isProduct = category === 'product' || isVersioned(name) || isUnknownName;
    if (isProduct && name.first === name.last && lower !== name.surface && lower.length >= 4 && /^\p{L}+$/u.test(lower) && !isCommonWord(lower) && !byWord.has(lower)) byWord.set(lower, name);
  }
  if (byWord.size === 0) return found;
  const starts = new Set(found.map((name) => name.start));
  const more: NameCandidate[] = [];
  for (let sentence = 0; sentence < views.length; sentence++) {
    const tokens = views[sentence]!.tokens;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      const known = token.isWord && !token.isVerbatim ? byWord.get(token.text) : undefined;
      if (!known || starts.has(token.start)) continue;
      const mention = movedCandidate(known, known.surface, token.start, token.end, k, k);
      mention.sentence = sentence;
      mention.hasTitle = false;
      more.push(mention);
    }
  }
  return more.length === 0 ? found : [...found, ...more].sort((a, b) => a.start - b.start);
}

/** A word that is the plural of another: "requests", "plugins" (not "pandas", "pip"). */
const isPluralWord = (word: string) => word.length > 3 && word.endsWith('s') && isCommonWord(word) && isCommonWord(word.slice(0, -1));

/** Names the markup gives (see markup.ts) replace whatever the rules found where they stand. */
function withMarkedNames(found: NameCandidate[], marked: readonly MarkedName[], views: readonly SentenceView[], text: string, lexicon: Lexicon): NameCandidate[] {
  if (marked.length === 0) return found;
  // Both lists are in document order.
  let m = 0;
  const names = found.filter((name) => {
    while (m < marked.length && marked[m]!.end <= name.start) m++;
    return !(m < marked.length && marked[m]!.start < name.end);
  });
  names.push(...markedCandidates(marked, views, text, lexicon));
  return names.sort((a, b) => a.start - b.start);
}

/** Candidates for names the markup gives, in document order. */
function markedCandidates(marked: readonly MarkedName[], views: readonly SentenceView[], text: string, lexicon: Lexicon): NameCandidate[] {
  const names: NameCandidate[] = [];
  let v = 0;
  for (const mark of marked) {
    while (v < views.length - 1 && views[v]!.sentence.end <= mark.start) v++;
    const view = views[v]!;
    const first = view.tokens.findIndex((t) => t.end > mark.start);
    if (first < 0 || view.tokens[first]!.start >= mark.end || view.tokens[first]!.isVerbatim) continue;
    let last = first;
    while (last + 1 < view.tokens.length && view.tokens[last + 1]!.start < mark.end) last++;
    const surface = text.slice(mark.start, mark.end);
    const entry = lexicon.byFold.get(foldName(mark.name ?? surface));
    const candidate = nameCandidate(surface, mark.start, mark.end, v, first, last, false, false, entry && !entry.isAmbiguous ? entry : undefined);
    candidate.name = mark.name;
    candidate.category = mark.category;
    if (mark.forms !== undefined && mark.forms.length > 0) candidate.extraForms = mark.forms;
    candidate.repository = mark.repository;
    names.push(candidate);
  }
  return names;
}

// Longest name, in words, looked for inside a title.
const MAX_INNER_WORDS = 5;
const TITLE_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_]|['’.&-](?=[\p{L}\p{N}]))*/gu;

/**
 * A title names what it is about: "Visualizing Data Using t-SNE" cites t-SNE too. Names that
 * the document also gives outside titles are mentions where a title holds them.
 */
function withNamesInTitles(names: NameCandidate[], marked: readonly MarkedName[], views: readonly SentenceView[], text: string, options: FindOptions): NameCandidate[] {
  const titles = marked.filter((mark) => mark.category === 'other' && mark.name === undefined);
  if (titles.length === 0) return names;
  const known = new Set<string>();
  let t = 0;
  for (const name of names) {
    while (t < titles.length && titles[t]!.end <= name.start) t++;
    const isInTitle = t < titles.length && titles[t]!.start <= name.start && name.end <= titles[t]!.end;
    if (!isInTitle && !name.isTentative) known.add(foldName(name.surface));
  }
  const inner: MarkedName[] = [];
  for (const title of titles) {
    const words = [...text.slice(title.start, title.end).matchAll(TITLE_WORD)];
    for (let i = 0; i < words.length; i++) {
      for (let j = Math.min(words.length, i + MAX_INNER_WORDS) - 1; j >= i; j--) {
        const start = title.start + words[i]!.index;
        const last = words[j]![0].replace(/['’]s$/u, '');
        const end = title.start + words[j]!.index + last.length;
        // Or an acronym the document treats as a name, its possessive inside the title: "AIPMM's What is …".
        const isOwner = i === j && last !== words[j]![0] && options.evidence.namedAcronyms.has(last);
        const surface = text.slice(start, end);
        if (end - start === title.end - title.start || !(isOwner || known.has(foldName(surface)) || isDistinctiveName(surface, options.lexicon))) continue;
        inner.push({ start, end });
        i = j;
        break;
      }
    }
  }
  if (inner.length === 0) return names;
  return [...names, ...markedCandidates(inner, views, text, options.lexicon)].sort((a, b) => a.start - b.start);
}

/**
 * A name the lexicon knows, not one that is also a word: inside a title it names what it names
 * even where the document names it nowhere else ("Sever-Side Rendering … using PhantomJS and Node.js").
 */
function isDistinctiveName(surface: string, lexicon: Lexicon): boolean {
  // A code in capitals and digits is more often a label's part than the product: "[MIT/X11](./LICENSE)".
  const entry = /\p{Ll}/u.test(surface) ? lexicon.byForm.get(surface) : undefined;
  return entry !== undefined && !entry.isAmbiguous && entry.name === surface && !isCommonWord(surface.toLowerCase());
}

// How far around a mention the cues of a sense are looked for: the sentence and its neighbours, a heading just before.
const SENSE_WINDOW = 160;

/** Forms with several senses (MIT the licence or the university) take the one their surroundings call for. */
function resolveSenses(names: NameCandidate[], text: string, lexicon: Lexicon): NameCandidate[] {
  const chosen = names.map((name): Sense | undefined | false => {
    const senses = getFolded(lexicon.senses, name.surface);
    if (!senses) return undefined;
    const window = text.slice(Math.max(0, name.start - SENSE_WINDOW), name.end + SENSE_WINDOW).toLowerCase();
    // Hyphenated words count whole and by their parts: "Dual-licensed under MIT" has "licensed".
    const words = window.match(/[\p{L}\p{N}+#-]+/gu) ?? [];
    const nearby = new Set([...words, ...words.flatMap((word) => (word.includes('-') ? word.split('-') : []))]);
    // The word right after the mention counts with it too, for cues that only it makes: "Ada 2012", "the Ada compiler".
    const next = /^\s+([\p{L}\p{N}+#-]+)/u.exec(text.slice(name.end, name.end + 40))?.[1];
    if (next !== undefined) nearby.add(`${name.surface} ${next}`.toLowerCase());
    return senses.some((sense) => [...sense.cues].some((cue) => nearby.has(cue))) ? senseOf(lexicon, name.surface, nearby) : false;
  });
  // The senses the document settles ("The MIT License", "MIT licensed"): a mention with no cue around it means the same.
  const named = new Set(names.map((name, i) => (chosen[i] === undefined ? name.lexicon?.name : chosen[i] ? chosen[i].entry?.name : undefined)));
  const resolved: NameCandidate[] = [];
  names.forEach((name, i) => {
    let sense = chosen[i];
    if (sense === undefined) {
      resolved.push(name);
      return;
    }
    if (sense === false) sense = lexicon.senses.get(foldName(name.surface))!.find((s) => s.entry && named.has(s.entry.name)) ?? senseOf(lexicon, name.surface, new Set());
    if (sense?.entry === null) return;
    if (!sense?.entry) {
      resolved.push(name);
      return;
    }
    const known = movedCandidate(name, name.surface, name.start, name.end, name.first, name.last);
    known.lexicon = sense.entry;
    known.isTentative = false;
    resolved.push(known);
  });
  return resolved;
}

// A gap no lexicon phrase spans.
const BROKEN_GAP = /\s{2,}|\n/;

/**
 * Longest run of capitalised words judged as one: no name is longer (the longest
 * in the lexicon has 8 words), and judging a run costs the cube of its length, so
 * 1,000 capitalised words in a row took 110 s before this cut.
 */
const MAX_RUN_TOKENS = 24;

class SentenceNames {
  readonly #text: string;
  readonly #view: SentenceView;
  // The view's first words of sentences, and after a dateline the story's first word too (see find). (A field of its own, not
  // a copy of the view with another set: views of two shapes threw away the code that reads them.)
  #initial: ReadonlySet<number>;
  readonly #tokens: Token[];
  readonly #sentence: number;
  readonly #lexicon: Lexicon;
  readonly #evidence: DocumentEvidence;
  // Each token's Word, made when first asked for (null: the token is no word); most lower-case words never are.
  // Read it only through #word(i): an entry not yet made is undefined here.
  readonly #wordMemo: (Word | null | undefined)[];
  readonly #pageLinks: Document['pageLinks'];
  readonly #blocks: Document['blocks'];
  readonly #marks: Document['marks'];
  readonly #isPlainText: boolean;
  // Whether the sentence has an opening bracket (asked once, when a rule needs it).
  #hasBracket: boolean | undefined;
  // The links that start at its tokens (see #sentenceLinks).
  #links: Link[] | undefined;
  // What is known of each token, as bits: its wordShape (none for no word) and FREE_WORD for a word that is not verbatim,
  // worked out once and read by the rules that pass over every token (the lexicon's phrases, the capitalised runs, the
  // lower-case names); and #isNameWord's answer once asked (NAME_JUDGED, NAME_WORD), as it is asked several times per
  // token. (A plain array of small integers: a typed array costs more to make than it saves, made for every sentence.)
  readonly #facts: number[];

  // Offsets where a marked name starts, and (negated) where one ends.
  readonly #edges: ReadonlySet<number>;

  constructor(document: Document, view: SentenceView, sentence: number, options: FindOptions, edges: ReadonlySet<number>) {
    this.#edges = edges;
    this.#text = document.text;
    this.#view = view;
    this.#initial = view.initial;
    this.#tokens = view.tokens;
    this.#sentence = sentence;
    this.#lexicon = options.lexicon;
    this.#evidence = options.evidence;
    this.#wordMemo = new Array<Word | null | undefined>(view.tokens.length);
    this.#pageLinks = document.pageLinks;
    this.#blocks = document.blocks;
    this.#marks = document.marks;
    this.#isPlainText = document.format === 'text';
    this.#facts = tokenFacts(view.tokens);
  }

  find(): NameCandidate[] {
    const results: NameCandidate[] = [];
    this.#claimLexiconPhrases(results);
    if (this.#evidence.linkedNames.size > 0) this.#claimLinkedNames(results);
    // (Tokens the phrases, linked names and dateline take are marked CLAIMED in #facts.)
    const facts = this.#facts;
    const dateline = this.#isClaimed(0) ? undefined : this.#dateline();
    if (dateline) {
      results.push(dateline.place);
      this.#claim(0, dateline.end - 1);
      // The story's first word after it is a sentence's first word: "WASHINGTON – The …".
      this.#initial = new Set([...this.#initial, this.#tokens[dateline.end]?.isWord ? dateline.end : dateline.end + 1]);
    }
    const tokens = this.#tokens;
    let i = 0;
    while (i < tokens.length) {
      if ((facts[i]! & CLAIMED) !== 0 || !this.#isNameWord(i)) {
        i++;
        continue;
      }
      const run = [i];
      // A capitalised function word mid-sentence starts the name: "the Rust All Hands".
      if (i > 0 && (facts[i - 1]! & CLAIMED) === 0 && this.#isCapitalizedFunctionWord(i - 1) && NAME_OPENERS.has(this.#word(i - 1)!.lower) && this.#gap(i) === ' ' && !this.#isNameWord(i - 2)) run.unshift(i - 1);
      // A year before an edition or event: "the 2024 Edition".
      else if (i > 0 && /^(?:19|20)\d\d$/.test(tokens[i - 1]!.text) && this.#gap(i) === ' ' && YEAR_HEADS.has(this.#word(i)!.lower)) run.unshift(i - 1);
      let j = i + 1;
      while (j < tokens.length && (facts[j]! & CLAIMED) === 0 && run.length < MAX_RUN_TOKENS) {
        const step = this.#extend(run, j);
        if (step === 0) break;
        j += step;
      }
      results.push(...this.#judgeRun(run));
      i = j;
    }
    results.push(...this.#lowerCaseNames());
    results.sort((a, b) => a.start - b.start);
    this.#splitCoordination(results);
    this.#confirmListed(results);
    return this.#joinCorporateSuffixes(this.#joinAlternativeSurnames(results));
  }

  /** "Feist Publications, Inc.": the suffix is no name of its own, and the name with it is another form of the name. */
  #joinCorporateSuffixes(results: NameCandidate[]): NameCandidate[] {
    if (!results.some((r) => CORPORATE_SUFFIX.test(r.surface))) return results;
    return results.filter((suffix, n) => {
      const name = results[n - 1];
      if (!name || !CORPORATE_SUFFIX.test(suffix.surface) || !/^,? $/.test(this.#text.slice(name.end, suffix.start))) return true;
      const dot = this.#text[suffix.end] === '.' ? '.' : '';
      name.extraForms = [...(name.extraForms ?? []), this.#text.slice(name.start, suffix.end) + dot];
      return false;
    });
  }

  /** "Carol (Nichols || Goulding)": a given name with the surnames she goes by, one person. */
  #joinAlternativeSurnames(results: NameCandidate[]): NameCandidate[] {
    const tokens = this.#tokens;
    const isSurname = (k: number) => /^\p{Lu}\p{Ll}+$/u.test(textAt(tokens, k)) && tokens[k]!.isWord;
    for (let n = 0; n < results.length; n++) {
      const given = results[n]!;
      const k = given.last;
      if (textAt(tokens, k + 1) !== '(' || given.first !== k || given.lexicon || !isSurname(k + 2) || !isFirstName(given.surface.toLowerCase())) continue;
      let separator = k + 3;
      while (textAt(tokens, separator) === '|' || textAt(tokens, separator) === '/') separator++;
      const isSeparated = separator > k + 3 || textAt(tokens, separator) === 'or';
      const second = separator === k + 3 ? separator + 1 : separator;
      if (!isSeparated || !isSurname(second) || textAt(tokens, second + 1) !== ')') continue;
      const end = tokens[second + 1]!.end;
      const person = movedCandidate(given, this.#text.slice(given.start, end), given.start, end, given.first, second + 1);
      person.isTentative = false;
      person.name = `${given.surface} ${tokens[k + 2]!.text}`;
      person.extraForms = [`${given.surface} ${tokens[second]!.text}`];
      person.category = 'person';
      const inside = results.filter((r, m) => m > n && r.start < end).length;
      results.splice(n, 1 + inside, person);
    }
    return results;
  }

  /** A capitalised word listed beside one-word names is one of them: "Rhino, Ringo, and Narwhal". */
  #confirmListed(results: NameCandidate[]): void {
    if (!results.some((r) => r.isTentative)) return;
    const isWord = (name: NameCandidate) => name.first === name.last && !COMPANY_SUFFIXES.has(name.surface.toLowerCase());
    const isSure = (name: NameCandidate) => isWord(name) && !name.isTentative && (name.lexicon !== undefined || this.#knowledge(name.first) !== 'common');
    for (let pass = 0; pass < 2; pass++) {
      for (let n = 1; n < results.length; n++) {
        const [first, second] = [results[n - 1]!, results[n]!];
        if (!LIST_GAP.test(this.#text.slice(first.end, second.start))) continue;
        if (first.isTentative && isWord(first) && isSure(second)) first.isTentative = false;
        if (second.isTentative && isWord(second) && isSure(first)) second.isTentative = false;
      }
    }
    this.#confirmLongLists(results, isWord, isSure);
  }

  /**
   * A list of three or more single words, two of them sure names, is a list of names: "Terraform, Vargant, Consult,
   * Vault, and others" (its ordinary words too, however far from a sure one).
   */
  #confirmLongLists(results: NameCandidate[], isWord: (name: NameCandidate) => boolean, isSure: (name: NameCandidate) => boolean): void {
    let from = 0;
    for (let n = 1; n <= results.length; n++) {
      if (n < results.length && LIST_GAP.test(this.#text.slice(results[n - 1]!.end, results[n]!.start))) continue;
      const list = results.slice(from, n);
      from = n;
      if (list.length < 3 || !list.some((name) => name.isTentative) || !list.every(isWord) || list.filter(isSure).length < 2) continue;
      for (const name of list) name.isTentative = false;
    }
  }

  /** "the Language and Compiler Teams" names two teams: Language Team and Compiler Team. */
  #splitCoordination(results: NameCandidate[]): void {
    for (let n = 1; n < results.length; n++) {
      const second = results[n]!;
      const first = results[n - 1]!;
      const head = this.#word(second.last)?.lower ?? '';
      if (second.first === second.last || !PLURAL_HEADS.has(head) || first.last !== second.first - 2 || first.first !== first.last) continue;
      if (this.#word(second.first - 1)?.lower !== 'and' || first.lexicon) continue;
      const singular = singularize(this.#word(second.last)!.surface);
      first.name = `${first.surface} ${singular}`;
      first.isTentative = false;
      second.name = `${this.#text.slice(second.start, this.#startOf(second.last))}${singular}`;
    }
  }

  /** How many tokens from `j` continue the run (0: the run ends). */
  #extend(run: number[], j: number): number {
    const token = this.#tokens[j]!;
    const previous = this.#tokens[j - 1]!;
    if (this.#word(j - 1)?.isModifier) return 0;
    // A site after a name is the name's channel or account there, two names: "the PyData YouTube", "the Mozilla Twitter account"
    // (not where the site opens a name of more words, "the KoaJS Slack Group", unless the word is the page's: "the Cooks Source Facebook Page").
    if (SOCIAL_SITES.has(token.text) && this.#lexiconFor(`${this.#surfaceOf(run)} ${token.text}`) === undefined &&
      !(this.#isNameWord(j + 1) && this.#isAdjacent(j + 1) && !CHANNEL_NOUNS.has(this.#tokens[j + 1]!.text.toLowerCase()))) return 0;
    if ((this.#isNameWord(j) || this.#isJoinedFormEnd(run, j)) && this.#isAdjacent(j)) {
      run.push(j);
      return 1;
    }
    // (The rarer tests in methods of their own: a test first reached late in a run throws away the optimised code of its
    // method only, and a shorter method is recompiled sooner.)
    return this.#extendBeyondWord(run, j, token, previous);
  }

  /** #extend's tests of a token that is no name word alone: a possessive, a legal form, an initial, a nickname, a function word. */
  #extendBeyondWord(run: number[], j: number, token: Token, previous: Token): number {
    // A possessive inside an eponym or a work's title: Moore's Law, the Python Developer's Guide.
    // A work titled after one kind of reader too: the Beginner's Guide (not "Mozilla's Guide to …").
    // The owner's words, after a sentence's first word and a capitalised "The": "See The Python Developer's Guide".
    const head = token.text.toLowerCase();
    let from = 0;
    while (from < run.length - 1 && (this.#initial.has(run[from]!) || this.#word(run[from]!)?.lower === 'the')) from++;
    const owner = run.length - from;
    const isEponym = run.length === 1 ? EPONYM_HEADS.has(head) || (POSSESSIVE_WORK_HEADS.has(head) && this.#knowledge(run[0]!) === 'common') : owner <= 3 && POSSESSIVE_WORK_HEADS.has(head);
    if (previous.isPossessive && this.#isNameWord(j) && /^['’]s $/.test(this.#gap(j)) && isEponym) {
      run.push(j);
      return 1;
    }
    // A title's possessive before a body's head word names an office: the U.S. Attorney's Office, the Attorney General's Office.
    if (previous.isPossessive && isTitle(previous.text.toLowerCase()) && this.#isNameWord(j) && /^['’]s $/.test(this.#gap(j)) && isBodyHead(token.text.toLowerCase())) {
      run.push(j);
      return 1;
    }
    // A company's legal form after "Co.": Huawei Technologies Co., Ltd.
    if (previous.text === 'Co' && token.text === '.' && textAt(this.#tokens, j + 1) === ',' && /^(?:Ltd|Inc|LLC)$/.test(textAt(this.#tokens, j + 2)) && this.#gap(j + 2) === ' ') {
      run.push(j, j + 1, j + 2);
      return 3;
    }
    // An initial: John F. Kennedy.
    if (token.text === '.' && /^\p{Lu}$/u.test(previous.text) && this.#gap(j) === '' && this.#isNameWord(j + 1) && this.#gap(j + 1) === ' ') {
      run.push(j + 1);
      return 2;
    }
    // A nickname in quotes between a first name and a surname: Andrew "Boz" Bosworth (asked only at a quote mark).
    if ((token.text === '"' || token.text === '\u201c') && this.#isNicknameAt(j) && isFirstName(previous.text.toLowerCase())) {
      run.push(j, j + 1, j + 2, j + 3);
      return 4;
    }
    // A capitalised function word inside or at the end of a name: the Rust All Hands, Access Now.
    if (this.#isCapitalizedFunctionWord(j) && this.#isAdjacent(j)) {
      run.push(j);
      return 1;
    }
    return this.#extendByConnector(run, j, token, previous);
  }

  /** #extend's tests of a connector ("of", "and", "at", a comma, particles, a slash, a number sign) or a number. */
  #extendByConnector(run: number[], j: number, token: Token, previous: Token): number {
    const lower = token.text.toLowerCase();
    const hasJoined = run.some((k) => JOINERS.has(this.#tokens[k]!.text));
    // "and" between two ordinary words continues a name that already has an "of" or "for": Center for
    // Economic and Social Rights, Office of Management and Budget (not "University of Cambridge and Bank …").
    const isInnerAnd = lower === 'and' && hasJoined && this.#knowledge(j - 1) === 'common' && this.#word(j + 1) !== undefined && this.#knowledge(j + 1) === 'common';
    // "and" before an acronym or a known name joins two names, not the words of one: "the White House and NARA".
    const isOtherName = lower === 'and' && !isInnerAnd && (PLAIN_ACRONYM.test(textAt(this.#tokens, j + 1)) || this.#lexicon.byForm.has(textAt(this.#tokens, j + 1)));
    // Two given names and a surname before a body's head word: Gordon and Betty Moore Foundation, Bill and Melinda Gates Foundation.
    const isCouple = lower === 'and' && run.length === 1 && isFirstName(previous.text.toLowerCase()) &&
      isFirstName((textAt(this.#tokens, j + 1)).toLowerCase()) && this.#opensOrganization(j + 1);
    // Two ordinary words joined by "and" before one body's or programme's head word name that one thing:
    // the Recognition and Accreditation Program, the Fish and Wildlife Service (but the Language and Compiler Teams are two).
    const isPairBeforeHead = lower === 'and' && run.length === 1 && this.#knowledge(j - 1) === 'common' && this.#isAdjacent(j + 1) &&
      this.#word(j + 1) !== undefined && this.#knowledge(j + 1) === 'common' && this.#isNameWord(j + 2) && this.#isAdjacent(j + 2) &&
      !PLURAL_HEADS.has(this.#word(j + 2)!.lower) && headCategory(this.#word(j + 2)!.lower) !== undefined;
    // "at" before a campus, in a university's name: University of Illinois at Urbana-Champaign.
    const isCampus = lower === 'at' && hasJoined && this.#word(run[0]!)?.lower === 'university';
    // "for" before capitalised words that end in a body's head word goes on with the body's name: Code for Science and Society.
    const isForBody = lower === 'for' && run.length <= 2 && this.#knowledge(j - 1) === 'common' && this.#endsInBodyHead(j + 1);
    const canJoin = (this.#canJoin(previous, lower) && !isOtherName && !this.#isParallelName(previous, j)) || isInnerAnd || isPairBeforeHead || isCouple || isCampus || isForBody ||
      ((isConnector(lower) || lower === 'and') && this.#isSpelledAhead(run, j)) ||
      (lower === 'of' && this.#isPlainText && this.#isTermWithOf(run, j));
    if ((isConnector(lower) || lower === 'and' || isCampus) && canJoin && this.#isAdjacent(j) && this.#isNameWord(j + 1) && this.#isAdjacent(j + 1)) {
      run.push(j, j + 1);
      return 2;
    }
    // A campus after a comma, in the name of a state's university: University of Nevada, Las Vegas.
    const campus = token.text === ',' ? this.#campusAfterComma(run, j) : 0;
    if (campus > 0) {
      for (let k = j; k < j + campus; k++) run.push(k);
      return campus;
    }
    // Particles in a row inside a person's name: Laurens van der Maaten, Maria de la Cruz.
    if (isNameParticle(lower) && isCapitalized(previous.text) && this.#isAdjacent(j)) {
      let k = j + 1;
      while (k < this.#tokens.length && isNameParticle(this.#tokens[k]!.text) && this.#isAdjacent(k)) k++;
      if (k > j + 1 && this.#isNameWord(k) && this.#isAdjacent(k)) {
        for (let m = j; m <= k; m++) run.push(m);
        return k - j + 1;
      }
    }
    // Two bodies' acronyms joined by a slash open one name: the ACM/IEEE-CS George Michael Fellowship (not a RADIUS/TLS Client).
    const after = this.#tokens[j + 1];
    if (token.text === '/' && run.length === 1 && isAcronym(previous.text) && after !== undefined && /^\p{Lu}{2,}(?:-\p{Lu}+)?$/u.test(after.text) &&
      this.#gap(j) === '' && this.#gap(j + 1) === '' && this.#isNameWord(j + 2) && this.#isAdjacent(j + 2) && this.#knowledge(j + 2) !== 'common') {
      run.push(j, j + 1);
      return 2;
    }
    // Two names of several words joined by a slash are one: Radio Free Europe/Radio Liberty.
    if (token.text === '/' && run.length >= 2 && this.#gap(j) === '' && this.#isNameWord(j + 1) && this.#gap(j + 1) === '' && this.#isNameWord(j + 2) && this.#isAdjacent(j + 2)) {
      run.push(j, j + 1);
      return 2;
    }
    // A number sign between a series and its number: RFC #1522.
    const number = this.#tokens[j + 1];
    if (token.text === '#' && this.#isAdjacent(j) && this.#isSeries(previous.text) && number !== undefined && /^\p{N}+$/u.test(number.text) && this.#gap(j + 1) === '') {
      run.push(j, j + 1);
      return 2;
    }
    // A standard's number may have parts: IEEE 802.11, POSIX 1003.2.
    const isNumber = /^\p{N}+$/u.test(token.text) || (/^\p{N}+(?:\.\p{N}+)+$/u.test(token.text) && this.#isSeries(previous.text));
    if (isNumber && this.#isAdjacent(j) && this.#canNumber(previous, token, j, run)) {
      run.push(j);
      return 1;
    }
    return 0;
  }

  /**
   * How many tokens, from the comma at `j`, a campus's place adds to a state's university (see isCampusOf):
   * "University of Nevada, Las Vegas". 0 if none.
   */
  #campusAfterComma(run: readonly number[], j: number): number {
    if (run.length < 3 || run.length > 4 || this.#word(run[0]!)?.lower !== 'university' || this.#tokens[run[1]!]!.text !== 'of' || this.#gap(j) !== '') return 0;
    let last = j;
    while (last < j + 2 && this.#isAdjacent(last + 1) && this.#tokens[last + 1]!.isWord && isCapitalized(this.#tokens[last + 1]!.text)) last++;
    if (last === j) return 0;
    const place = this.#text.slice(this.#tokens[j + 1]!.start, this.#tokens[last]!.end);
    const region = this.#text.slice(this.#startOf(run[2]!), this.#endOf(run.at(-1)!));
    return isCampusOf(region, place, this.#lexicon.byForm.get(place)?.category === 'place') ? last - j + 1 : 0;
  }

  /** A series of numbered documents: RFC, PEP (see NUMBERED), or one the document's links title so ("[SPEC 0 — Minimum Supported Versions](…)"). */
  #isSeries(word: string): boolean {
    return NUMBERED.has(word.toLowerCase()) || (this.#evidence.numberedSeries.size > 0 && this.#evidence.numberedSeries.has(word));
  }

  /** The number after a series' name: 1 in "SPEC 1". */
  #isSeriesNumber(k: number): boolean {
    const token = this.#tokens[k];
    return token !== undefined && k > 0 && /^\p{N}/u.test(token.text) && this.#isSeries(this.#tokens[k - 1]!.text);
  }

  /** A run that ends a job title: its last word is a job's head, or "and" and a capitalised word or two and such a head follow it. */
  #isJobTitle(run: readonly number[]): boolean {
    const last = run.at(-1)!;
    if (JOB_TAILS.has(this.#word(last)?.lower ?? '')) return true;
    // ("Safety and Security Engineer", an ordinary word before "and": not "[18F] and Chief Operating Officer of …".)
    if (textAt(this.#tokens, last + 1) !== 'and' || this.#knowledge(last) !== 'common') return false;
    for (let k = last + 2; k <= last + 4; k++) {
      if (!this.#isAdjacent(k) || !isCapitalized(this.#tokens[k]!.text)) return false;
      if (JOB_TAILS.has(this.#word(k)?.lower ?? '')) return true;
    }
    return false;
  }

  /** `"Boz" Bosworth` from the opening quote at `j`: one capitalised word, closed at once, then an adjacent name word. */
  #isNicknameAt(j: number): boolean {
    const [nick, close] = [this.#tokens[j + 1], this.#tokens[j + 2]];
    if (nick === undefined || close === undefined || (close.text !== '"' && close.text !== '\u201d')) return false;
    return this.#gap(j) === ' ' && this.#gap(j + 1) === '' && this.#gap(j + 2) === '' && nick.isWord && /^\p{Lu}\p{Ll}+$/u.test(nick.text) &&
      this.#isAdjacent(j + 3) && isCapitalized(this.#tokens[j + 3]!.text) && this.#isNameWord(j + 3);
  }

  /** An acronym that ends a name the document also writes as one word: "Wink NLP" beside "winkNLP", "Wink JS" beside "WinkJS". */
  #isJoinedFormEnd(run: readonly number[], j: number): boolean {
    const forms = this.#evidence.joinedForms;
    const token = this.#tokens[j]!;
    if (forms.size === 0 || !token.isWord || !isAcronym(token.text)) return false;
    return forms.has(run.map((k) => this.#tokens[k]!.text).join('').toLowerCase() + token.text.toLowerCase());
  }

  #gap(i: number): string {
    return this.#text.slice(this.#tokens[i - 1]!.end, this.#tokens[i]!.start);
  }

  #isAdjacent(i: number): boolean {
    if (i <= 0 || i >= this.#tokens.length || this.#tokens[i - 1]!.isPossessive || this.#gap(i) !== ' ') return false;
    return this.#edges.size === 0 || !(this.#edges.has(this.#tokens[i]!.start) || this.#edges.has(-this.#tokens[i - 1]!.end));
  }

  /** "and" at `j` after a head word begins another name with the same head: "Claremont Graduate University and San Diego State University". */
  #isParallelName(previous: Token, j: number): boolean {
    if (textAt(this.#tokens, j) !== 'and') return false;
    for (let k = j + 1; k <= j + 6 && this.#isNameWord(k) && this.#isAdjacent(k); k++) {
      if (this.#tokens[k]!.text === previous.text) return true;
    }
    return false;
  }

  /**
   * An ordinary word capitalised before "of" and a capitalised phrase, the whole written so more than once:
   * a term of a plain-text specification, "End of Payload Marker" (not a title: "President of France"; not once: "End of Stream";
   * not in prose, where "a Code of Conduct" is a kind of document however often it is written).
   */
  #isTermWithOf(run: readonly number[], j: number): boolean {
    const first = run[0]!;
    if (run.length !== 1 || this.#knowledge(first) !== 'common' || isTitle(this.#word(first)!.lower)) return false;
    let last = j;
    while (last < j + 3 && this.#isAdjacent(last + 1) && this.#tokens[last + 1]?.isWord && isCapitalized(this.#tokens[last + 1]!.text)) last++;
    if (last === j) return false;
    const phrase = this.#text.slice(this.#tokens[first]!.start, this.#tokens[last]!.end);
    const again = this.#text.indexOf(phrase, this.#text.indexOf(phrase) + 1);
    return again >= 0;
  }

  /** Whether the name words from `k`, "and" between them, end within four words in the head word of an organisation's name ("Science and Society"). */
  #endsInBodyHead(k: number): boolean {
    let head: string | undefined;
    for (let i = k; i < k + 5 && this.#isAdjacent(i); i++) {
      const text = this.#tokens[i]?.text ?? '';
      if (this.#isNameWord(i)) head = this.#word(i)?.lower;
      else if (text !== 'and' || head === undefined) break;
    }
    return head !== undefined && isNamingHead(head) && headCategory(head) === 'organization';
  }

  #canJoin(previous: Token, connector: string): boolean {
    if (connector === '&') return true;
    if (isNameParticle(connector)) return isCapitalized(previous.text);
    return isJoiningHead(previous.text.toLowerCase());
  }

  #canNumber(previous: Token, number: Token, j: number, run: readonly number[]): boolean {
    if (this.#isSeries(previous.text)) return true;
    const isYear = /^(?:19|20)\d\d$/.test(number.text);
    if (!isYear) return run.length === 1 && this.#isNumberedProduct(previous, number, j);
    const isNextName = this.#isAdjacent(j + 1) && this.#isNameWord(j + 1);
    // An event's year ends its name at a sentence's end too: "my attendance to [JuliaCon 2018](…)", and after
    // the place the event is held in: "[PyCon US 2024](…)".
    return isNextName || EVENT_YEAR_HEAD.test(previous.text) || (run.length === 2 && EVENT_YEAR_HEAD.test(this.#tokens[run[0]!]!.text)) ||
      EVENT_PARTS.has(textAt(this.#tokens, j + 1)) || (run.length === 1 && this.#isEventOfYear(previous, run[0]!));
  }

  /**
   * A place or a camel-case acronym before a year names the event of that year: "the success of London 2012", "I did GSoC 2020".
   * Not after a comma or colon, as references write a publisher's place ("Springer, Berlin 2012"), nor after "in" ("born in London 1950").
   */
  #isEventOfYear(previous: Token, first: number): boolean {
    const before = textAt(this.#tokens, first - 1);
    if (before === ',' || before === ':' || /^(?:in|at|from)$/i.test(before)) return false;
    return CAMEL_ACRONYM.test(previous.text) || this.#lexiconFor(previous.text)?.category === 'place';
  }

  /**
   * A small number that is part of a product's name, as the document always writes it: "Rosetta 2"
   * (not where the name also stands alone or with other numbers, "Python 3" beside "Python", "Debian 7" beside
   * "Debian 8": those are its versions; not a product the lexicon knows, whose number is a version, "Xcode 10";
   * nor after a word of the language or a part's heading, "Tier 2", "Figure 3").
   */
  #isNumberedProduct(previous: Token, number: Token, j: number): boolean {
    if (!/^[1-9]\d?$/.test(number.text) || !/^\p{Lu}\p{Ll}{2,}(?:\p{Lu}\p{Ll}+)?$/u.test(previous.text) || this.#knowledge(j - 1) === 'common') return false;
    // Not a count or a part: "2 times", "Section 2.1", "Rosetta 2's".
    const next = this.#tokens[j + 1];
    if (next !== undefined && this.#gap(j + 1) === '' && /^[.,:]\p{N}|^[-/]/u.test(next.text + (textAt(this.#tokens, j + 2)))) return false;
    if (NUMBERED_PARTS.test(previous.text.toLowerCase()) || this.#lexicon.byForm.has(previous.text)) return false;
    return isAlwaysNumbered(this.#text, previous.text, number.text);
  }

  /** Could this token be part of a name at all? */
  #isNameWord(i: number): boolean {
    if (i < 0 || i >= this.#facts.length) return false;
    const facts = this.#facts[i]!;
    if ((facts & NAME_JUDGED) !== 0) return (facts & NAME_WORD) !== 0;
    const isName = this.#judgeNameWord(i);
    this.#facts[i] = facts | NAME_JUDGED | (isName ? NAME_WORD : 0);
    return isName;
  }

  /** The Word of the token at i, if it is a word. */
  #word(i: number): Word | undefined {
    const known = this.#wordMemo[i];
    if (known !== undefined) return known ?? undefined;
    const token = this.#tokens[i];
    if (token === undefined) return undefined;
    const word = token.isWord ? toWord(token) : null;
    this.#wordMemo[i] = word;
    return word ?? undefined;
  }

  #judgeNameWord(i: number): boolean {
    // A plain lower-case word (a lower-case ASCII letter first, no hyphen, no capital after a lower-case letter)
    // passes none of the tests below that say yes: most words are answered here, without making their Word.
    if ((this.#facts[i]! & (ASCII_LOWER_FIRST | HYPHENATED | INNER_CAPITAL)) === ASCII_LOWER_FIRST) return false;
    const word = this.#word(i);
    if (!word || word.token.isVerbatim || isCodeLike(word.token.text)) return false;
    // (The tests in three methods, by how often a word reaches them: a test first reached late in a run, its type feedback
    // missing, throws the optimised code away, and the method to recompile is then a third as long.)
    const inContext = this.#judgeInContext(i, word);
    if (inContext !== UNDECIDED) return inContext === YES;
    const capitalized = this.#judgeCapitalized(i, word);
    if (capitalized !== UNDECIDED) return capitalized === YES;
    return this.#judgeUsage(i, word);
  }

  /** #judgeNameWord's tests of where a word stands (in an address, after a '#') and of its shape: YES, NO or UNDECIDED. */
  #judgeInContext(i: number, word: Word): Verdict {
    const surface = word.surface;
    // A path after a domain name is part of an address: Instagram.com/ObamaWhiteHouse. So is a slug after an owner,
    // as merged branches are written: ZachariahPang/Fix-wrong-order-datapoints.
    if (charAt(this.#text, word.start - 1) === '/' && i > 0 && this.#tokens[i - 1]!.end === word.start) {
      const owner = i > 1 ? this.#tokens[i - 2] : undefined;
      if (isDomainName(owner?.text ?? '')) return NO;
      if (owner?.isWord && owner.end === this.#tokens[i - 1]!.start && SLUG.test(word.token.text)) return NO;
    }
    // And the owner before such a slug is an account's handle in a branch's name, no name in prose: ChadFulton/ss-exp-smth-seasonals.
    if (charAt(this.#text, word.token.end) === '/' && i + 2 < this.#tokens.length && this.#tokens[i + 1]!.end === this.#tokens[i + 2]!.start && SLUG.test(this.#tokens[i + 2]!.text)) return NO;
    // A colour in hexadecimal is no name, nor a tag: "an RGB value of #FF0000 (red)", "#DEADED".
    if (charAt(this.#text, word.start - 1) === '#' && HEX_COLOUR.test(surface)) return NO;
    // A repository's document is a file, not a name: "See CONTRIBUTING.md for details".
    if (surface.includes('.') && (DOCUMENT_FILE.test(surface) || BUILD_FILE.test(surface) || this.#isLinkedFileName(word.start, surface))) return NO;
    // So is a licence's file, named in capitals with its licence or extension after it: LICENSE-MIT, LICENSE-APACHE, COPYING.LIB.
    if ((surface.charCodeAt(0) === 76 || surface.charCodeAt(0) === 67) && LICENCE_FILE_NAME.test(surface)) return NO;
    // A hashtag names a campaign however it is written: #KeepItOn.
    if (charAt(this.#text, word.start - 1) === '#' && /^\p{Lu}/u.test(surface) && /\p{Ll}/u.test(surface)) return YES;
    // A known acronym that this document defines otherwise, by a phrase in lower case, means what the document says:
    // "the instrument point-spread function (PSF)" is no Python Software Foundation.
    if (this.#evidence.jargon.has(surface)) return NO;
    if (isCapitalized(surface) && this.#lexicon.byForm.has(surface)) return YES;
    // A code point is no name: "Now U+32FF works".
    if (this.#text.startsWith('U+', word.start - 2) && /^[\p{N}A-F]+$/u.test(surface)) return NO;
    if (isNumberedName(surface) || isParticleName(surface) || this.#isKitOfName(i)) return YES;
    if (!isCapitalized(surface) && !hasInnerCapital(surface)) return NO;
    // A link's text that is the host of its own link names the site, even when a digit opens it: "[64forSuu.org](http://64forsuu.org/)".
    if (this.#evidence.ownSites.has(surface) && isDomainName(surface)) return YES;
    if (isLabelOrCode(surface)) return NO;
    return UNDECIDED;
  }

  /** #judgeNameWord's tests of a capitalised word that may be a function word, a month, an initial or a title: YES, NO or UNDECIDED. */
  #judgeCapitalized(i: number, word: Word): Verdict {
    const { surface, lower } = word;
    // A middle initial that is also a word: Roscoe A. Bartlett.
    // (After a quote's capital too, where a name is quoted: 'Reported by "Abdulrahman I. ALGhadir"'.)
    if (/^[AI]$/.test(surface) && textAt(this.#tokens, i + 1) === '.' && this.#isAdjacent(i) && isCapitalized(this.#tokens[i - 1]!.text) && isCapitalized(textAt(this.#tokens, i + 2)) &&
      (!this.#initial.has(i - 1) || /["“]/.test(this.#text[this.#tokens[i - 1]!.start - 1] ?? ''))) return YES;
    if (isFunctionWord(lower) || isMonthOrDay(lower) || (MONTH_ABBREVIATIONS.has(lower) && this.#isBesideNumber(i))) return NO;
    if (WEEKDAY_ABBREVIATIONS.has(lower) && this.#isBeforeMonth(i)) return NO;
    if (surface.length > 4 && surface.charCodeAt(0) === surface.charCodeAt(1) && LETTER_PATTERN.test(surface)) return NO;
    // A title cut to its abbreviation before a name is no name of its own: "Sec. Madeleine Albright" (not the SEC).
    if (ABBREVIATED_TITLES.has(lower) && /^\p{Lu}\p{Ll}+$/u.test(surface) && textAt(this.#tokens, i + 1) === '.' && isCapitalized(textAt(this.#tokens, i + 2))) return NO;
    return UNDECIDED;
  }

  /** #judgeNameWord's last tests: vocabulary, shouting, letters and codes, identifiers. */
  #judgeUsage(i: number, word: Word): boolean {
    const { surface, lower } = word;
    // A series before its number names a document, even when the series alone is no name: RFC 3492, PEP 8.
    const numberAt = textAt(this.#tokens, i + 1) === '#' ? i + 2 : i + 1;
    const isNumbered = this.#isSeries(surface) && /^\p{N}/u.test(textAt(this.#tokens, numberAt)) && this.#gap(i + 1) === ' ';
    // A protocol that a plain-text specification spells out in capitals is named there: "Transport Layer Security (TLS)".
    const isSpelledOut = this.#isPlainText && this.#evidence.namedAcronyms.has(surface);
    const isVocabulary = hasFolded(this.#lexicon.notEntities, surface) && !isNumbered && !this.#opensOrganization(i) && !this.#opensLinkName(i) &&
      !isSpelledOut && !this.#evidence.ownSites.has(surface);
    if (isPluralAcronym(surface) || isVocabulary || this.#evidence.jargon.has(surface)) return false;
    // NOT, NOTE, WARNING (not PEP 584, nor an acronym the document marks as a name: "[TAP](https://testanything.org/)",
    // nor one a sentence defines as a tool: "IDLE is an IDE").
    if (isAcronym(surface) && surface.length <= 5 && isCommonWord(lower) && !isNumbered && !this.#evidence.linkedAcronyms.has(surface) && !this.#isDefinedAsTool([i])) return false;
    // Shouting, as licences and RFCs do: "DISCLAIMS ALL WARRANTIES", "MUST NOT" (a lone RADIUS stays a name).
    if (isAcronym(surface) && isCommonWord(lower) && (this.#isCapsWord(i - 1) || this.#isCapsWord(i + 1) || REQUIREMENT_WORDS.has(surface))) return false;
    // A Roman numeral after a name's word ends that name: System V, Mac OS X, Model X.
    if (/^[VX]$/.test(surface) && this.#isAdjacent(i) && textAt(this.#tokens, i + 1) !== '.' && /^\p{Lu}/u.test(textAt(this.#tokens, i - 1)) && this.#tokens[i - 1]!.isWord && !this.#initial.has(i - 1)) return true;
    // A4, B8, L: cells, sizes and variables (the lexicon's C and R are checked first; D. is an initial),
    // but not a letter that is a link's whole text, to the site the letter names: "[X](https://x.com/geteslint)".
    // (Only a word of four code units or fewer can be one or two code points: most words skip the patterns.)
    const isShort = surface.length <= 4;
    if (isShort && (/^\p{Lu}\p{N}$/u.test(surface) || (/^\p{Lu}$/u.test(surface) && textAt(this.#tokens, i + 1) !== '.' && !this.#isLetterLinkToItsSite(i)))) return false;
    // A capital in italics is a variable, even before a full stop: "for some small number *N*."
    if (isShort && /^\p{Lu}$/u.test(surface) && this.#isEmphasized(word.start, word.end)) return false;
    // Fields and codes of a protocol or a form: A1va, IPv4MaskLen, X509v3, DHCPDISCOVER.
    // (A field's code has a digit, which in ASCII is 0 to 9.)
    if ((hasDigitOrNonAscii(surface) && FIELD_CODE.test(surface)) || (surface.length >= 9 && /^\p{Lu}{9,}$/u.test(surface) && !this.#lexicon.byForm.has(surface))) return false;
    // One of a numbered series of fields or variables: SubType1, SubType2 and SubType3 in a packet's layout.
    if (this.#isNumberedSeries(surface)) return false;
    if (this.#evidence.codeWords.has(word.token.text) || isIdentifierLike(surface)) return false;
    // camelCase, alone or after a dot, is code: clearOnComplete, stdout.cursorTo, subjectAltName, and with an acronym
    // at its end, fuzzyIP, toASCII (a known easyJet or macOS stays,
    // and so does a link's text naming its own site, [nearForm](https://nearform.com)).
    // A word called like a function is code, as API references title their sections: "### endPI()", "writeCData(String content)".
    if (/^\p{Ll}/u.test(surface) && hasInnerCapital(surface) && charAt(this.#text, word.token.end) === '(') return false;
    // (Nor the name of a site or an account the document links to, written so in its prose: "pyOpenSci" beside pyopensci.org.)
    if (CAMEL_CASE.test(surface) && !PACKAGE_SUFFIX.test(surface) && !this.#lexicon.byForm.has(surface) && !this.#evidence.ownSites.has(surface) &&
      !this.#evidence.siteNames.has(lower)) return false;
    // A member of an object is code: JSON.parse, Object.keys (not Node.js, Match.com).
    if (surface.includes('.') && (MEMBER.test(surface) || MODULE_PATH.test(surface)) && !DOMAIN.test(surface) && !PACKAGE_SUFFIX.test(surface) && !this.#lexicon.byForm.has(surface) && !this.#evidence.ownSites.has(surface)) return false;
    return true;
  }

  /** Whether start to end is set in emphasis as a whole (a method of its own: a closure over the word would cost every #judgeNameWord a context). */
  #isEmphasized(start: number, end: number): boolean {
    return this.#marks.some((mark) => mark.kind === 'emphasis' && mark.start === start && mark.end === end);
  }

  /** A word of letters and a number that the document also writes with another number: SubLen1 beside SubLen2 (not Web3 alone, nor Python2 beside Python3). */
  #isNumberedSeries(surface: string): boolean {
    const parts = NUMBERED_WORD.exec(surface);
    if (!parts || this.#lexicon.byForm.has(surface)) return false;
    const [, stem, number] = parts as unknown as [string, string, string];
    // A known name with its major version glued on is that name's: Python2 beside Python3.
    if (this.#lexiconFor(stem)) return false;
    for (let at = this.#text.indexOf(stem); at >= 0; at = this.#text.indexOf(stem, at + 1)) {
      const other = /^\p{N}+/u.exec(this.#text.slice(at + stem.length, at + stem.length + 4))?.[0];
      if (other !== undefined && other !== number && !/[\p{L}\p{N}]/u.test(this.#text[at - 1] ?? ' ')) return true;
    }
    return false;
  }

  /** A kit's acronym right after a name is the product's last word: "LZMA SDK", "Android SDK" (not "the SDK", nor "Install SDK"). */
  #isKitOfName(i: number): boolean {
    const previous = this.#tokens[i - 1];
    if (!KIT_ACRONYMS.has(this.#tokens[i]!.text) || !previous?.isWord || this.#gap(i) !== ' ') return false;
    return (isAcronym(previous.text) || isCapitalized(previous.text)) && this.#knowledge(i - 1) !== 'common' && !isFunctionWord(previous.text.toLowerCase());
  }

  /** A word that is no name alone opens an organization's or an event's: "Internet Engineering Steering Group", "Internet Freedom Festival". */
  #opensOrganization(i: number): boolean {
    if (!isCapitalized(textAt(this.#tokens, i))) return false;
    let last = i;
    while (last - i < 4 && this.#tokens[last + 1]?.isWord && isCapitalized(this.#tokens[last + 1]!.text) && this.#gap(last + 1) === ' ') last++;
    const head = headCategory(this.#tokens[last]!.text.toLowerCase());
    return last > i && (head === 'organization' || head === 'other');
  }

  /** A verb's -ing form opening a link's text: "[Debugging Koa](…)", "[Getting Started with Vite](…)" (not a name the lexicon knows, such as Reading). */
  #opensLinkWithGerund(k: number): boolean {
    const word = this.#word(k);
    if (word === undefined || !word.lower.endsWith('ing') || this.#lexiconFor(word.surface) !== undefined || !isVerbForm(word.lower)) return false;
    return this.#evidence.linksByStart.has(word.start) || this.#pageLinks.some((l) => l.start === word.start);
  }

  /** A verb in its plain form before a word it governs (an adverb, a preposition, an article): "Go straight to", "Read the guide". */
  #isImperative(k: number): boolean {
    const next = this.#tokens[k + 1];
    if (next === undefined || !next.isWord || !/^\p{Ll}+$/u.test(next.text) || this.#gap(k + 1) !== ' ') return false;
    return compromiseTag(this.#word(k)!.lower) === 'Infinitive' && GOVERNED_TAGS.has(compromiseTag(next.text) ?? '');
  }

  /** A capital letter that is a link's whole text, on the site the letter is the name of: "[X](https://x.com/…)". */
  #isLetterLinkToItsSite(i: number): boolean {
    const link = this.#evidence.linksByStart.get(this.#tokens[i]!.start);
    if (!link || link.isBare || link.text !== this.#tokens[i]!.text) return false;
    const labels = withoutWww(hostOf(link.url)).split('.');
    return labels.length === 2 && labels[0] === link.text.toLowerCase();
  }

  /** A word that is no name alone opens a link's text naming its page: "[Web Connectivity](…/web-connectivity/)". */
  #opensLinkName(i: number): boolean {
    const link = this.#evidence.linksByStart.get(this.#tokens[i]!.start);
    if (!link || link.isBare || !/^\p{Lu}\S*(?: \p{Lu}\S*)+$/u.test(link.text)) return false;
    return slug(link.url).includes(slug(link.text));
  }

  #isCapsWord(i: number): boolean {
    const token = this.#tokens[i];
    return token !== undefined && token.isWord && /^\p{Lu}{2,}$/u.test(token.text);
  }

  #isCapitalizedFunctionWord(i: number): boolean {
    // A word neither capitalised nor hyphenated (where a prefix may be cut off before a capital) is its surface: no Word made.
    if (i < 0 || i >= this.#facts.length || (this.#facts[i]! & (CAPITALIZED | HYPHENATED)) === 0) return false;
    const word = this.#word(i);
    return word !== undefined && !word.token.isVerbatim && isCapitalized(word.surface) && isFunctionWord(word.lower) && !/^\p{Lu}{2,}$/u.test(word.surface) &&
      !PRONOUNS.has(word.lower) && !/['’]/.test(word.surface) && !this.#initial.has(i) && !this.#view.isTitleLike;
  }

  /** Before a month's name, a comma between or not: "Thu May 30", "Sun, Mar 23". */
  #isBeforeMonth(i: number): boolean {
    const next = textAt(this.#tokens, i + 1) === ',' ? i + 2 : i + 1;
    const lower = textAt(this.#tokens, next).toLowerCase();
    return isMonthOrDay(lower) || MONTH_ABBREVIATIONS.has(lower);
  }

  #isBesideNumber(i: number): boolean {
    const isNumber = (k: number) => /^\p{N}/u.test(textAt(this.#tokens, k));
    return isNumber(i + 1) || isNumber(i - 1) || (textAt(this.#tokens, i + 1) === '.' && isNumber(i + 2));
  }

  #knowledge(i: number): Knowledge {
    // A run can hold tokens that are no words ('&' in 'Procter & Gamble', the period of an initial).
    const lower = this.#word(i)?.lower;
    if (lower === undefined) return 'unknown';
    if (properCategory(lower)) return 'proper';
    const isCommon = isCommonWord(lower) || COMMON_SUFFIX.test(lower) || (lower.includes('-') && isCommonCompound(lower));
    // A word the document links to a site of that name is that site's name there, even where it is also a word:
    // "[Expo](https://expo.dev/)" makes "Expo Router" a name, not two words in capitals.
    if (isCommon && this.#evidence.ownSites.size > 0 && this.#evidence.ownSites.has(this.#word(i)!.surface)) return 'proper';
    return isCommon ? 'common' : 'unknown';
  }

  #isStrongShape(surface: string): boolean {
    return isAcronym(surface) || hasInnerCapital(surface) || /\p{N}/u.test(surface) || DOMAIN.test(surface) || PACKAGE_NAME.test(surface);
  }

  #capitalizedElsewhere(surface: string): number {
    return this.#evidence.capitalized.get(surface) ?? 0;
  }

  /** The lexicon entry for a name: as written, else ignoring case and periods (not for a single all-caps word: MAC is not Mac). */
  #lexiconFor(surface: string): LexiconEntry | undefined {
    const exact = this.#lexicon.byForm.get(surface);
    if (exact) return exact;
    if (!/[\s.]/.test(surface) && isAcronym(surface)) {
      // A name that is only ever written in lower case, set in capitals: "Install it with NPM" (npm, pip, tmux).
      const lower = this.#lexicon.byForm.get(surface.toLowerCase());
      return lower && lower.name === surface.toLowerCase() && !lower.isAmbiguous ? lower : undefined;
    }
    // A two-letter word is not the acronym it folds to: "Un*x" is not the UN.
    if (/^\p{Lu}\p{Ll}$/u.test(surface)) return undefined;
    return /\s|\p{Lu}/u.test(surface) ? getFolded(this.#lexicon.byFold, surface) : undefined;
  }

  #surfaceOf(run: readonly number[]): string {
    return this.#text.slice(this.#startOf(run[0]!), this.#endOf(run.at(-1)!));
  }

  // A word without a hyphen starts and ends where its token does (toWord cuts only hyphenated affixes): its Word is not made.
  #startOf(i: number): number {
    const token = this.#tokens[i]!;
    return token.isWord && token.text.includes('-') ? this.#word(i)!.start : token.start;
  }

  #endOf(i: number): number {
    const token = this.#tokens[i]!;
    return token.isWord && token.text.includes('-') ? this.#word(i)!.end : token.end;
  }

  #candidate(first: number, last: number, entry: LexiconEntry | undefined, isTentative: boolean, hasTitle = false): NameCandidate {
    const start = this.#startOf(first);
    const end = this.#endOf(last);
    const previous = this.#word(first - 1);
    const isAfterTitle = previous !== undefined && isTitle(previous.lower) && /^\.? $/.test(this.#text.slice(previous.token.end, start));
    const candidate = nameCandidate(this.#text.slice(start, end), start, end, this.#sentence, first, last, isTentative, hasTitle || isAfterTitle, entry);
    if (entry) {
      // (Its category is the lexicon's.)
    } else if (SPDX_LICENSE.test(candidate.surface)) candidate.category = 'other';
    // A series' document by its number is a document, as RFC 3492 is: "NEP 44", "SPEC 0" where the links title it so.
    else if (last === first + 1 && this.#isSeriesNumber(last)) candidate.category = 'other';
    if (isAfterTitle && isCapitalized(previous.surface)) candidate.extraForms = [this.#text.slice(previous.start, end)];
    const label = SERIES_LABEL.exec(candidate.surface);
    if (label) candidate.name = `${label[1]} ${Number(label[2])}`;
    // A release glued to its product's name, as change logs write interpreters: "PyPy3.8", "Python3.10" name PyPy and Python.
    const release = GLUED_RELEASE.exec(candidate.surface);
    if (release) candidate.name = release[1];
    return candidate;
  }

  /**
   * Lexicon names that the word-by-word runs cannot build: with lower-case words or
   * punctuation inside (The New York Times, Washington, D.C.). A phrase is claimed
   * only when no capitalised word extends it on either side.
   */
  #claimLexiconPhrases(results: NameCandidate[]): void {
    const tokens = this.#tokens;
    const maxTokens = this.#lexicon.maxWords * 2 + 1;
    const maxLength = longestForm(this.#lexicon);
    for (let i = 0; i < tokens.length; i++) {
      // (A word's surface is its token's text unless a hyphen joins an affix: most tokens are passed over without their Word.)
      const shape = this.#facts[i]!;
      if ((shape & FREE_WORD) === 0 || (shape & (HYPHENATED | CAPITALIZED)) === 0) continue;
      const first = this.#word(i)!;
      if (!isCapitalized(first.surface) || !hasFolded(this.#lexicon.phraseStarts, first.token.text)) continue;
      const opening = foldName(first.token.text);
      // The longest form and folded name that open as this word does (none: -1), for phrases in ASCII.
      const limit = phraseLimits(this.#lexicon).get(opening) ?? NO_PHRASE;
      // No phrase runs over a line break or a run of spaces: stop at the first gap with one (tokens hold no spaces).
      let last = i;
      while (last < Math.min(tokens.length - 1, i + maxTokens) && !BROKEN_GAP.test(this.#gap(last + 1))) last++;
      for (let j = last; j > i; j--) {
        if (!tokens[j]!.isWord || tokens[j]!.isVerbatim) continue;
        const phrase = this.#text.slice(tokens[i]!.start, tokens[j]!.end);
        if (!(phrase.includes(' ') || phrase.includes(',')) || isTooLongToFold(phrase, maxLength)) continue;
        if (phrase.length > limit.form && isTooLongToFold(phrase, limit.fold)) continue;
        const entry = this.#lexicon.byForm.get(phrase) ?? getFolded(this.#lexicon.byFold, phrase);
        if (!entry) continue;
        const isBuildable = this.#isBuildable(i, j);
        // A link's text next to the phrase is a name of its own: "JSON Type Definition [RFC8927](…)".
        const isLinkAfter = j + 1 < tokens.length && this.#evidence.linksByStart.has(tokens[j + 1]!.start);
        const isExtended = (this.#isAdjacent(j + 1) && this.#isNameWord(j + 1) && !isLinkAfter) || (i > 0 && this.#isAdjacent(i) && this.#isNameWord(i - 1));
        if (isBuildable || isExtended) break;
        if (entry.isAmbiguous && this.#initial.has(i)) break;
        // A licence's variant by its number of clauses is a licence of its own: "the 3-clause BSD license".
        const variant = i > 0 ? tokens[i - 1] : undefined;
        if (entry.category === 'other' && variant?.isWord && /^\p{N}-clause$/iu.test(variant.text) && this.#gap(i) === ' ') {
          const licence = this.#candidate(i - 1, j, undefined, false);
          licence.category = 'other';
          results.push(licence);
        } else results.push(this.#candidate(i, j, entry, false));
        this.#claim(i, j);
        i = j;
        break;
      }
    }
  }

  /** Marks the tokens from first to last as taken by a name (see CLAIMED). */
  #claim(first: number, last: number): void {
    for (let k = first; k <= last && k < this.#facts.length; k++) this.#facts[k]! |= CLAIMED;
  }

  #isClaimed(k: number): boolean {
    return k >= 0 && k < this.#facts.length && (this.#facts[k]! & CLAIMED) !== 0;
  }

  /** Every token from i to j is a word that can be part of a name: the word-by-word runs can build the phrase. */
  #isBuildable(i: number, j: number): boolean {
    // (A method, not a closure in #claimLexiconPhrases' loop: one over its index would cost every token a context.)
    for (let k = i; k <= j; k++) if (!this.#tokens[k]!.isWord || !this.#isNameWord(k)) return false;
    return true;
  }

  /** The document's names of ordinary words that a link gives its site (see DocumentEvidence.linkedNames), wherever they stand. */
  #claimLinkedNames(results: NameCandidate[]): void {
    const tokens = this.#tokens;
    for (let i = 0; i < tokens.length; i++) {
      const phrases = this.#isClaimed(i) || tokens[i]!.isVerbatim ? undefined : this.#evidence.linkedNames.get(tokens[i]!.text);
      if (phrases === undefined) continue;
      const start = tokens[i]!.start;
      for (const phrase of phrases) {
        const end = start + phrase.length;
        if (!this.#text.startsWith(phrase, start) || /[\p{L}\p{N}]/u.test(this.#text[end] ?? '')) continue;
        let j = i;
        while (j + 1 < tokens.length && tokens[j + 1]!.end <= end) j++;
        if (tokens[j]!.end !== end) continue;
        let isFree = true;
        for (let k = i; k <= j; k++) isFree &&= !this.#isClaimed(k);
        if (!isFree) continue;
        results.push(this.#candidate(i, j, this.#lexiconFor(phrase), false));
        this.#claim(i, j);
        i = j;
        break;
      }
    }
  }

  /** Lower-case names: those the lexicon knows (rustup, crates.io) and those #isLowerCaseName finds. */
  #lowerCaseNames(): NameCandidate[] {
    const found: NameCandidate[] = [];
    const tokens = this.#tokens;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[k]!;
      if (token.text === '@') {
        const last = this.#scopedPackageEnd(k);
        if (last !== undefined) found.push(this.#candidate(k, last, undefined, false));
        k = last ?? k;
        continue;
      }
      if ((this.#facts[k]! & (FREE_WORD | CAPITALIZED | INNER_CAPITAL | CLAIMED)) !== FREE_WORD) continue;
      // (The tests in two methods, known names and others: a test first reached late in a run throws away the optimised
      // code of its method only, not of this loop's.)
      this.#lowerCaseName(k, token, found);
    }
    return found;
  }

  /** Adds the word at k to found, unless it is part of a path such as github.com/mattn/go-colorable (checked last, for the few words that would be names). */
  #addLowerCase(found: NameCandidate[], k: number, entry: LexiconEntry | undefined): void {
    // (Tools joined by slashes are alternatives, not a path: "npm/yarn/pnpm".)
    if ((!this.#isInPath(k) || this.#isSlashAlternative(k)) && !this.#isAlternative(k)) found.push(this.#candidate(k, k, entry, false));
  }

  /** #lowerCaseNames' tests of a free lower-case word at k. */
  #lowerCaseName(k: number, token: Token, found: NameCandidate[]): void {
    // "nodejs", "javascript": a known name written in lower case, when it is no English word; a short one
    // only with its number ("v8", "ec2", "k8s"), as no word is written (not "3m", three metres). Tools are
    // written so, companies and people are not: "a deprecation “uber warning”" names no Uber.
    const isFoldable = token.text.length >= 4 || (hasDigitOrNonAscii(token.text) && /^\p{Ll}+\p{N}/u.test(token.text));
    // (One hash says of most words that neither map has them; a word with a period folds to another key.)
    const hasPeriod = token.text.includes('.');
    const mayBeKey = hasPeriod || mayBeNameKey(this.#lexicon, token.text);
    const candidate = isFoldable && mayBeKey ? this.#lexicon.byFold.get(hasPeriod ? foldName(token.text) : token.text) : undefined;
    if (candidate === undefined && !mayBeKey) {
      this.#unknownLowerCaseName(k, token, found);
      return;
    }
    const folded = candidate && !isCommonWord(token.text) ? candidate : undefined;
    const entry = (mayBeKey ? this.#lexicon.byForm.get(token.text) : undefined) ?? (folded && folded.category !== 'person' && folded.category !== 'organization' ? folded : undefined);
    if (entry === undefined && candidate?.category !== 'product') this.#unknownLowerCaseName(k, token, found);
    else this.#knownLowerCaseName(k, token, candidate, entry, found);
  }

  /** #lowerCaseName's tests of a word the lexicon may know: its entry as written or as a product (see there), and its folded candidate. */
  #knownLowerCaseName(k: number, token: Token, candidate: LexiconEntry | undefined, entry: LexiconEntry | undefined, found: NameCandidate[]): void {
    // A known product with its version after it, or a possessive, even when it is also a word: "python 3.9.0", "node 6.5+", "python's struct module".
    // The version is looked for last, and only for known names (most words are none): it costs a regular expression.
    // (A possessive not of a word the document uses as code: "the signal's reason" beside `signal: AbortSignal.timeout(…)`.)
    if (!entry && candidate?.category === 'product' && ((token.isPossessive && !this.#evidence.codeWords.has(token.text)) || this.#isBeforeVersion(k))) {
      this.#addLowerCase(found, k, candidate);
    } else if (entry) {
      // A known tool that is also a word needs a word saying so after it ("pip version 22", "the crater tool"),
      // a possessive, which a common noun of a technical text seldom takes ("pip's resolver"), or an installer before it.
      // So does a version number after it, as release notes pin dependencies ("Fix pandas 1.5+ warnings").
      // So does a manual page's section ("bash(1)"), or a bracket offering it for a kind of tool ("a C compiler (gcc or clang)").
      const isTool = this.#isToolNounAt(k + 1) || token.isPossessive === true || this.#isInstaller(k) || this.#isBeforeVersion(k) ||
        this.#isManPageCommand(k) || this.#isBracketedAlternative(k) || this.#isInLowerCaseProductList(k);
      if (!entry.isAmbiguous && (!isCommonWord(token.text) || (isTool && entry.category === 'product'))) this.#addLowerCase(found, k, entry);
    } else if (candidate?.category === 'product' && this.#isSlashAlternative(k)) {
      // A known tool that is also a word, among tools joined by slashes: "npm/yarn/pnpm".
      this.#addLowerCase(found, k, candidate);
    } else this.#unknownLowerCaseName(k, token, found);
  }

  /** #lowerCaseName's tests of a word the lexicon does not know as it stands: a link naming it, or #isLowerCaseName. */
  #unknownLowerCaseName(k: number, token: Token, found: NameCandidate[]): void {
    // (Most words start no link, nor a link's "the": the maps first, in place, as this is asked of most lower-case words.)
    const linked = this.#mayOpenLink(token) ? this.#linkNaming(k) : undefined;
    if (linked && this.#lexiconFor(token.text[0]!.toUpperCase() + token.text.slice(1))) {
      // "[twitter](https://twitter.com/…)": a known name written in lower case, confirmed by its link.
      this.#addLowerCase(found, k, this.#lexiconFor(token.text[0]!.toUpperCase() + token.text.slice(1)));
    } else if ((this.#mayBeLowerCaseName(k, linked) || this.#isBracketedAlternative(k)) && !isClippedWord(token.text) && this.#isLowerCaseName(k, linked) && (!this.#evidence.codeWords.has(token.text) || linked === 'project' || this.#isBeforeToolNoun(k)) && !this.#lexicon.notEntities.has(foldName(token.text))) {
      // A link to its project page names a tool even where the README's commands run it: "[tap-spec](https://github.com/scottcorgan/tap-spec)" beside `… | tap-spec`.
      this.#addLowerCase(found, k, undefined);
    }
  }

  /**
   * A scoped package, as npm names them: `@ava/typescript`, `@rollup/plugin-node-resolve` in prose or a
   * link's text is one product, neither an account (`@ava`) nor a path. Returns its last token, if any.
   */
  #scopedPackageEnd(k: number): number | undefined {
    const tokens = this.#tokens;
    const [scope, slash, name, after] = [tokens[k + 1], tokens[k + 2], tokens[k + 3], tokens[k + 4]];
    const isPart = (t: Token | undefined): t is Token => t !== undefined && t.isWord && !t.isVerbatim && PACKAGE_PART.test(t.text);
    if (!isPart(scope) || slash?.text !== '/' || !isPart(name)) return undefined;
    // Touching, as one word; not inside an address or a longer path (an e-mail's host, `@scope/name/file.js`).
    const isTight = scope.start === tokens[k]!.end && slash.start === scope.end && name.start === slash.end;
    const isAlone = !/[\p{L}\p{N}]/u.test(this.#text[tokens[k]!.start - 1] ?? ' ') && !(after?.text === '/' && after.start === name.end);
    return isTight && isAlone ? k + 3 : undefined;
  }

  /**
   * Part of a lower-case path written without its scheme, as release notes name
   * dependencies: github.com/mattn/go-colorable, google.golang.org/grpc,
   * docker/setup-buildx-action. The path names a module or an action, and
   * neither its host (GitHub) nor its owner (Docker) is named by it.
   */
  #isInPath(k: number): boolean {
    const tokens = this.#tokens;
    // Most words touch no slash: a cheap test first.
    if (textAt(tokens, k - 1) !== '/' && textAt(tokens, k + 1) !== '/') return false;
    const isJoin = (slash: number) => textAt(tokens, slash) === '/' && tokens[slash - 1]?.isWord === true && tokens[slash + 1]?.isWord === true &&
      tokens[slash - 1]!.end === tokens[slash]!.start && tokens[slash]!.end === tokens[slash + 1]!.start;
    let first = k;
    let last = k;
    while (isJoin(first - 1)) first -= 2;
    while (isJoin(last + 1)) last += 2;
    if (first === last) return false;
    const words = tokens.slice(first, last + 1).filter((t) => t.isWord).map((t) => t.text);
    return words.every((word) => !/\p{Lu}/u.test(word)) && (words.length > 2 || words.some((word) => word.includes('-') || isDomainName(word)));
  }

  /** One of words joined by bars, as a pattern lists its alternatives: "biz|com|edu|…|asia|coop" names no continent. */
  #isAlternative(k: number): boolean {
    const tokens = this.#tokens;
    const token = tokens[k]!;
    const [before, after] = [tokens[k - 1], tokens[k + 1]];
    return (before?.text === '|' && before.end === token.start) || (after?.text === '|' && after.start === token.end);
  }

  /** Whether a link, or "the " and a link, may start at the token (a word with a hyphen may start after its prefix: always asked). */
  #mayOpenLink(token: Token): boolean {
    const links = this.#evidence.linksByStart;
    return links.size > 0 && (links.has(token.start) || links.has(token.start - 4) || token.text.includes('-'));
  }

  /**
   * Whether any of #isLowerCaseName's rules but the bracket's may hold for the lower-case word at k: each needs a
   * mark in the word, a link at it, or one of a few words or signs beside it (the rules ask again). Most words have
   * none, and skip the thirteen calls. (#isBracketedAlternative has a cheap test of its own.)
   */
  #mayBeLowerCaseName(k: number, match: ReturnType<typeof linkMatchesName>): boolean {
    const tokens = this.#tokens;
    const token = tokens[k]!;
    const text = token.text;
    // A domain, a forum's or a library's name; a link's project or site, or a link opening at the word.
    if (match !== undefined || (this.#facts[k]! & HYPHENATED) !== 0 || text.includes('.') || text.startsWith('lib') || this.#evidence.linksByStart.has(token.start)) return true;
    // After a list's opener or gap, a slash (#isListedAfterToolNoun, the lists of products and of tools).
    const before = tokens[k - 1]?.text;
    if (before === ',' || before === '/' || before === 'like' || before === 'including' || before === 'as' || before === 'and' || before === 'or') return true;
    const after = tokens[k + 1];
    if (after === undefined) return false;
    // Before a list's gap, a slash, a manual page's section, "to" or "from" a version, a version, a tool noun.
    const next = after.text;
    if (next === ',' || next === '/' || next === '(' || next === 'to' || next === 'from') return true;
    const code = next.charCodeAt(0);
    if (code >= 128 || code === 0x76 || (code >= 0x30 && code <= 0x39)) return true;
    return after.isWord && TOOL_NOUNS.has(code >= 97 && code <= 122 ? next : next.toLowerCase());
  }

  /** A domain name in prose, a link's text naming its own project page (`match`, see #linkNaming), or a word before "crate" or "tool". */
  #isLowerCaseName(k: number, match: ReturnType<typeof linkMatchesName>): boolean {
    const token = this.#tokens[k]!;
    // The host of an e-mail address (stig@cisco.com) is part of the address, not a name.
    if (charAt(this.#text, token.start - 1) === '@') return false;
    // A "www." host is an address, read as a source (see ANNOTATING.md), not a name: "Where is www.python.org located?".
    // A domain reserved for examples (RFC 2606) is a placeholder: _443._tcp.example.com, test.example.org.
    if (isDomainName(token.text)) return !token.text.startsWith('www.') && !EXAMPLE_DOMAIN.test(token.text) && !this.#isScriptOrLibraryFile(token.text);
    // A project page (github.com/rust-lang/chalk) names even an ordinary word; a site only an unusual one.
    if (match === 'project' || (match === 'host' && !isCommonCompound(token.text))) return true;
    return this.#isBeforeToolNoun(k) || this.#isListedAfterToolNoun(k) || this.#isUpdatedDependency(k) || this.#opensLinkToItsPath(k) || this.#isReleased(k) || this.#isForumName(k) ||
      this.#isLibraryName(k) || this.#isManPageCommand(k) || this.#isBracketedAlternative(k) || this.#isListedAmongProducts(k) || this.#isSlashAlternative(k) ||
      (this.#isInLowerCaseProductList(k) && this.#isUnusualLowerWord(k));
  }

  /**
   * One of three or more lower-case words listed with commas, as technical prose lists libraries, where another
   * of them is a product the lexicon knows: "(e.g., numpy, pandas, geopandas, xarray etc.)". Each other member is
   * an unusual word or a known product ("apples, pears, and numpy" lists no libraries).
   */
  #isInLowerCaseProductList(k: number): boolean {
    // Most words stand beside no comma: a cheap test first, in a method of its own (V8 makes the closures of the rest
    // on every call).
    return (textAt(this.#tokens, k - 1) === ',' || textAt(this.#tokens, k + 1) === ',') && this.#isInCommaProductList(k);
  }

  #isInCommaProductList(k: number): boolean {
    const tokens = this.#tokens;
    const isMember = (j: number) => {
      const token = j >= 0 && j < tokens.length ? tokens[j] : undefined;
      return token !== undefined && token.isWord && !token.isVerbatim && /^\p{Ll}[\p{Ll}\p{N}_-]*$/u.test(token.text);
    };
    const isLink = (j: number) => textAt(tokens, j) === ',' || textAt(tokens, j) === 'and' || textAt(tokens, j) === 'or';
    // The members before and after k: a comma, "and", "or" or ", and" between each two.
    const members = [k];
    for (const step of [-1, 1]) {
      let j = k + step;
      while (isLink(j)) {
        const next = isLink(j + step) ? j + 2 * step : j + step;
        if (!isMember(next) || members.length >= 12) break;
        members.push(next);
        j = next + step;
      }
    }
    if (members.length < 3) return false;
    const isKnown = (j: number) => this.#knownProduct(tokens[j]!.text) !== undefined;
    return members.some((j) => j !== k && isKnown(j)) && members.every((j) => isKnown(j) || this.#isUnusualLowerWord(j));
  }

  /** A command cited by its manual page's section: "A bash(1) completion file", "see cron(8)" (not a C function's "printf(3)"). */
  #isManPageCommand(k: number): boolean {
    const open = this.#tokens[k + 1];
    const section = this.#tokens[k + 2];
    const close = this.#tokens[k + 3];
    return open?.text === '(' && open.start === this.#tokens[k]!.end && /^[168]$/.test(section?.text ?? '') && close?.text === ')' &&
      /^\p{Ll}[\p{Ll}\p{N}._+-]*$/u.test(this.#tokens[k]!.text) && !isFunctionWord(this.#tokens[k]!.text);
  }

  /**
   * One of the tools a bracket offers for the kind of tool before it: "a C compiler (for example gcc or clang)",
   * "a suitable yacc (yacc or bison)" (each member an unusual word or a name the lexicon knows, unless the kind is named
   * after one of them), not "a compiler (fast and cheap)".
   */
  #isBracketedAlternative(k: number): boolean {
    const tokens = this.#tokens;
    // The brackets first: most words stand in none, and the word tests below cost a lookup each.
    this.#hasBracket ??= tokens.some((token) => token.text === '(');
    if (!this.#hasBracket) return false;
    let open = k - 1;
    while (open >= k - 6 && open >= 0 && tokens[open]!.text !== '(') open--;
    if (textAt(tokens, open) !== '(') return false;
    let close = k + 1;
    while (close <= k + 6 && close < tokens.length && tokens[close]!.text !== ')') close++;
    if (textAt(tokens, close) !== ')' || open === 0 || !tokens[open - 1]!.isWord) return false;
    return this.#isOfferedIn(k, open, close);
  }

  /** #isBracketedAlternative's word tests, for a word between brackets at open and close (a method of its own: its closures would cost every call a context). */
  #isOfferedIn(k: number, open: number, close: number): boolean {
    const tokens = this.#tokens;
    const isGlue = (j: number) => /^(?:,|or|and|for|example|e\.g\.|such|as|say)$/.test(textAt(tokens, j));
    if (isGlue(k) || isFunctionWord(tokens[k]!.text)) return false;
    const members: number[] = [];
    for (let j = open + 1; j < close; j++) {
      if (isGlue(j)) continue;
      if (!tokens[j]!.isWord || !/^\p{Ll}/u.test(tokens[j]!.text)) return false;
      members.push(j);
    }
    // The kind is a tool's noun, the members unusual words or known names; or the kind is named after one of its members.
    const kind = tokens[open - 1]!.text.toLowerCase();
    const isTool = (j: number) => this.#isUnusualLowerWord(j) || this.#lexicon.byForm.has(tokens[j]!.text);
    // Alternatives, one word each, set apart by "or", "and" or commas: not a phrase ("the market (market segmentation)").
    if (members.length < 2 || members.some((m, at) => at > 0 && m === members[at - 1]! + 1) || members.some((m) => isFunctionWord(tokens[m]!.text))) return false;
    return (members.some((m) => tokens[m]!.text === kind) && members.some(isTool)) || ((DEFINED_TOOLS.has(kind) || TOOL_NOUNS.has(kind)) && members.every(isTool));
  }

  /** A C library's name, as NEWS files and READMEs write them in lower case: libunistring, libidn, libgpg-error (not liberal, library, libre). */
  /**
   * A script's or a shared library's file, though .sh and .so are also sites' domains (esm.sh): a library's file
   * ("the default libasound.so"), or a file the text also writes in a path ("run ./autogen.sh", then "sh autogen.sh").
   */
  #isScriptOrLibraryFile(word: string): boolean {
    if (!SCRIPT_OR_LIBRARY_FILE.test(word)) return false;
    if (word.endsWith('.so') && LIBRARY_NAME.test(word.slice(0, -3))) return true;
    // After a path's slash, not an address's "//" (https://esm.sh).
    for (let at = this.#text.indexOf(`/${word}`); at >= 0; at = this.#text.indexOf(`/${word}`, at + 1)) {
      if (this.#text[at - 1] !== '/' && !/[\p{L}\p{N}_.-]/u.test(this.#text[at + word.length + 1] ?? '')) return true;
    }
    return false;
  }

  #isLibraryName(k: number): boolean {
    const word = this.#tokens[k]!.text;
    return word.startsWith('lib') && LIBRARY_NAME.test(word) && !NOT_LIBRARIES.has(word) && !isCommonWord(word) && !isCommonCompound(word);
  }

  /**
   * An unusual lower-case word listed between two products, as documentation lists the libraries a
   * change touches: "those used for SQLite, asyncpg, MySQL, Oracle and others". The products are
   * known ones or written in camel case (SQLite, PyPy).
   */
  /**
   * One of three tools or more written as alternatives joined by slashes, two of which the lexicon knows as products:
   * "caching npm/yarn/pnpm dependencies" names yarn, though it is a word, and pnpm (not a path: "usr/lib/npm" has one).
   */
  #isSlashAlternative(k: number): boolean {
    // Most words have no slash beside them: a cheap test first, in a method of its own (V8 makes the closures of the
    // rest on every call).
    return (textAt(this.#tokens, k - 1) === '/' || textAt(this.#tokens, k + 1) === '/') && this.#isInSlashList(k);
  }

  #isInSlashList(k: number): boolean {
    const tokens = this.#tokens;
    const isSlash = (j: number) => textAt(tokens, j) === '/' && tokens[j]!.start === tokens[j - 1]?.end && tokens[j + 1]?.start === tokens[j]!.end;
    if (!isSlash(k - 1) && !isSlash(k + 1)) return false;
    const isMember = (j: number) => j >= 0 && j < tokens.length && tokens[j]!.isWord && !tokens[j]!.isVerbatim && /^\p{Ll}[\p{Ll}\p{N}]*(?:-[\p{Ll}\p{N}]+)*$/u.test(tokens[j]!.text);
    let first = k;
    while (isSlash(first - 1) && isMember(first - 2)) first -= 2;
    let last = k;
    while (isSlash(last + 1) && isMember(last + 2)) last += 2;
    // Not inside a longer path or address: "./npm/yarn/pnpm", "example.com/npm/yarn/pnpm".
    if (last - first < 4 || /[/.~]/.test(this.#text[tokens[first]!.start - 1] ?? '') || /[/.]\p{L}/u.test(this.#text.slice(tokens[last]!.end, tokens[last]!.end + 2))) return false;
    let known = 0;
    for (let j = first; j <= last; j += 2) {
      const entry = this.#knownProduct(tokens[j]!.text);
      if (entry !== undefined && !entry.isAmbiguous) known++;
    }
    return known >= 2;
  }

  /** The product the lexicon knows by this spelling or its fold (numpy, npm), for the lists of lower-case tools above. */
  #knownProduct(text: string): LexiconEntry | undefined {
    const entry = this.#lexicon.byForm.get(text) ?? this.#lexicon.byFold.get(text);
    return entry?.category === 'product' ? entry : undefined;
  }

  #isListedAmongProducts(k: number): boolean {
    const tokens = this.#tokens;
    const before = tokens[k - 1]?.text;
    const after = tokens[k + 1]?.text;
    // Most words stand after no comma and before none: a cheap test first.
    if (before !== ',' && after !== ',') return false;
    // Part of a path is no name of its own: "NumPy, Dask, pydata/sparse".
    if (before === '/' || after === '/') return false;
    return this.#isBetweenProducts(k, before, after);
  }

  /** #isListedAmongProducts past its cheap tests (a method of its own: its closures would cost every call a context). */
  #isBetweenProducts(k: number, before: string | undefined, after: string | undefined): boolean {
    const tokens = this.#tokens;
    const isProduct = (j: number) => {
      const token = tokens[j];
      if (token?.isWord !== true || token.isVerbatim || !/^\p{Lu}/u.test(token.text)) return false;
      const entry = this.#lexiconFor(token.text);
      return entry ? entry.category === 'product' && !entry.isAmbiguous : hasInnerCapital(token.text) && !isAcronym(token.text);
    };
    const isLink = (j: number) => textAt(tokens, j) === ',' || /^(?:and|or)$/.test(textAt(tokens, j));
    const isListed = before === ',' && isProduct(k - 2) && isLink(k + 1) && isProduct(after === ',' && /^(?:and|or)$/.test(textAt(tokens, k + 2)) ? k + 3 : k + 2);
    return isListed && this.#isUnusualLowerWord(k);
  }

  /**
   * A dotted or hyphenated lower-case word that a mailing list or newsgroup is called: "the python-dev
   * mailing list", "the comp.lang.python and comp.lang.python.announce newsgroups", "a mailing list,
   * python-list", "comp.lang.python.announce, a low-traffic moderated list".
   */
  #isForumName(k: number): boolean {
    const word = this.#tokens[k]!.text;
    // Most words have neither a hyphen nor a period: a cheap test first (this is asked of most lower-case words).
    if (!word.includes('-') && !word.includes('.')) return false;
    return this.#isForumNameInContext(k, word);
  }

  /** #isForumName for a word with a hyphen or a period (a method of its own: its closures would cost every call a context). */
  #isForumNameInContext(k: number, word: string): boolean {
    // Its neighbours first (a forum's noun, "and", "or" or a comma after it, a comma before it), then the word's parts,
    // each asked of the word lists.
    const next = this.#tokens[k + 1];
    const after = next === undefined ? '' : next.isWord ? next.text.toLowerCase() : next.text;
    if (after !== ',' && after !== 'and' && after !== 'or' && after !== 'mailing' && after !== 'newsgroup' && after !== 'newsgroups' && textAt(this.#tokens, k - 1) !== ',') return false;
    // A compound of a modifier is a description: "a well-known mailing list", "a low-traffic newsgroup".
    if (!FORUM_NAME.test(word) || word.split(/[.-]/).some((part) => DESCRIBING_TAGS.has(compromiseTag(part) ?? ''))) return false;
    const lower = (j: number) => (this.#tokens[j]?.isWord ? this.#tokens[j]!.text.toLowerCase() : textAt(this.#tokens, j));
    const isForumNoun = (j: number) => /^newsgroups?$/.test(lower(j)) || (lower(j) === 'mailing' && /^lists?$/.test(lower(j + 1)));
    const isListEnd = (j: number) => /^(?:newsgroups?|lists?)$/.test(lower(j));
    // Before the noun, or before "and" and another such name before it.
    if (isForumNoun(k + 1) || (/^(?:and|or)$/.test(lower(k + 1)) && FORUM_NAME.test(lower(k + 2)) && isForumNoun(k + 3))) return true;
    // In apposition after it ("a newsgroup, comp.lang.python,") or with it after ("X, a low-traffic moderated list").
    if (lower(k - 1) === ',' && isListEnd(k - 2)) return true;
    if (lower(k + 1) !== ',' || !/^(?:a|an|the)$/.test(lower(k + 2))) return false;
    for (let j = k + 3; j <= k + 6; j++) if (isListEnd(j)) return true;
    return false;
  }

  /**
   * An unusual lower-case word opening a link's text that its address has as a repository: the
   * project, whatever the text says of it ("[jsck benchmark](https://github.com/pandastrike/jsck#benchmarks)",
   * "[z-schema benchmark](https://rawgit.com/zaggino/z-schema/master/benchmark/results.html)").
   */
  #opensLinkToItsPath(k: number): boolean {
    const link = this.#evidence.linksByStart.get(this.#tokens[k]!.start);
    const word = this.#tokens[k]!.text;
    // The address vouches for a compound of words too (z-schema), not for a word alone (docs, api).
    // A one-word text is a name only as its project's (see linkMatchesName); words after it say what of the project it is.
    if (!link || link.isBare || !link.text.includes(' ') || !/^\p{Ll}[\p{Ll}\p{N}-]*\p{Ll}$/u.test(word) || word.length < 3 || isCommonWord(word) || isFunctionWord(word) || COMMON_SUFFIX.test(word)) return false;
    // As a repository's address has it, after its owner: github.com/pandastrike/jsck, rawgit.com/zaggino/z-schema/….
    const parts = addressOf(link.url)?.pathname.split('/');
    return parts !== undefined && parts.length > 2 && parts[2]!.toLowerCase() === word;
  }

  /** A release number right after the word at k, one space away: "python 3.9.0", "node 6.5+", "Python 3.11". */
  #isBeforeVersion(k: number): boolean {
    const next = this.#tokens[k + 1];
    return next !== undefined && VERSION.test(next.text) && this.#gap(k + 1) === ' ';
  }

  /** An unusual lower-case word before a release's full number, as release notes name their project: "the release of scikit-image v0.19.3". */
  #isReleased(k: number): boolean {
    const version = this.#tokens[k + 1];
    // A digit or a v opens it (checked first, in ASCII: this is asked of most lower-case words).
    const opening = version?.text.charCodeAt(0) ?? 0;
    if (opening < 0x80 && opening !== 0x76 && (opening < 0x30 || opening > 0x39)) return false;
    return version !== undefined && /^v\p{N}+(?:\.\p{N}+)+$|^\p{N}+\.\p{N}+\.\p{N}+$/u.test(version.text) && this.#gap(k + 1) === ' ' && this.#isUnusualLowerWord(k);
  }

  /** An unusual lower-case word that a change log updates to a version: "update undici to 6.2.1", "Bump alpine from 3.23 to 3.24". */
  #isUpdatedDependency(k: number): boolean {
    const previous = this.#tokens[k - 1];
    const next = this.#tokens[k + 1];
    const version = this.#tokens[k + 2];
    return (next?.text === 'to' || next?.text === 'from') && previous?.isWord === true && UPDATE_VERBS.has(previous.text.toLowerCase()) &&
      this.#gap(k) === ' ' && this.#gap(k + 1) === ' ' && version !== undefined && /^v?\p{N}+\.\p{N}/u.test(version.text) &&
      this.#gap(k + 2) === ' ' && this.#isUnusualLowerWord(k);
  }

  /** Unusual lower-case words listed after "libraries like", "tools such as": "more tiny libraries like tinypool or tinyspy". */
  #isListedAfterToolNoun(k: number): boolean {
    // Most words follow no list opener or list gap: a cheap test first. (The walk back is a method of its own:
    // its closures would cost every call a context, and this is asked of most lower-case words.)
    const before = textAt(this.#tokens, k - 1);
    if (before !== 'like' && before !== 'including' && before !== 'as' && before !== ',' && before !== 'and' && before !== 'or') return false;
    return this.#closesToolList(k);
  }

  #closesToolList(k: number): boolean {
    const text = (j: number) => (this.#tokens[j]?.isWord || textAt(this.#tokens, j) === ',' ? this.#tokens[j]!.text.toLowerCase() : '');
    const isToolPlural = (j: number) => /s$/.test(text(j)) && TOOL_NOUNS.has(singularize(text(j)));
    if (text(k) === 'and' || text(k) === 'or') return false;
    if (!this.#hasListOpenerBefore(k)) return false;
    // Back over the list's earlier members (names, other words) to "like", "including" or "such as": cheap tests first.
    for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
      const word = text(j);
      if (word === 'like' || word === 'including' || (word === 'as' && text(j - 1) === 'such')) {
        const isAfterTools = word === 'as' ? isToolPlural(j - 2) : isToolPlural(j - 1);
        const members = this.#tokens.slice(j + 1, k + 1).map((token, at) => (token.isWord && /^\p{Ll}/u.test(token.text) && !/^(?:and|or)$/.test(token.text) ? j + 1 + at : -1));
        return isAfterTools && members.filter((m) => m >= 0).every((m) => this.#isUnusualLowerWord(m));
      }
      // A small word other than "and" and "or" ends the list: no such opener before it.
      if (word === '' || word === 'as' || (word !== 'and' && word !== 'or' && /^\p{Ll}/u.test(this.#tokens[j]!.text) && isFunctionWord(word))) return false;
    }
    return false;
  }

  /**
   * "like", "including" or "such as" among the 12 tokens before k: without one, #isListedAfterToolNoun's walk back
   * (a word lowered and asked of the word lists at each step) cannot succeed. Lengths first: most tokens are none.
   */
  #hasListOpenerBefore(k: number): boolean {
    for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
      const token = this.#tokens[j]!;
      const length = token.text.length;
      if (!token.isWord || (length !== 4 && length !== 9 && length !== 2)) continue;
      const word = token.text.toLowerCase();
      if (word === 'like' || word === 'including' || (word === 'as' && this.#tokens[j - 1]?.isWord === true && this.#tokens[j - 1]!.text.toLowerCase() === 'such')) return true;
    }
    return false;
  }

  #isUnusualLowerWord(k: number): boolean {
    const word = this.#tokens[k]!.text;
    return /^\p{Ll}[\p{Ll}\p{N}-]{2,}$/u.test(word) && !isCommonCompound(word) && !isFunctionWord(word) && !COMMON_SUFFIX.test(word);
  }

  /** An unusual lower-case word before "crate", "tool", "dependency": "the syn crate", "lodash dependency" (even if written as code elsewhere). */
  #isBeforeToolNoun(k: number): boolean {
    return this.#isToolNounAt(k + 1, true) && this.#isUnusualLowerWord(k);
  }

  /** A noun saying that the word before it is a tool: "crate", "library"; "version" only with its number ("pip version 22", not "the micro version number"). */
  #isToolNounAt(j: number, anyCase = false): boolean {
    const noun = this.#tokens[j];
    if (noun?.isWord !== true) return false;
    // The noun first, a set's lookup, then the gap before it, which slices the text. (The nouns are all lower case:
    // only a word opening with a capital is lowered, and this is asked of most lower-case words.)
    const code = noun.text.charCodeAt(0);
    const lower = anyCase && (code < 97 || code > 122) ? noun.text.toLowerCase() : noun.text;
    if (!TOOL_NOUNS.has(lower) || this.#gap(j) !== ' ') return false;
    return lower !== 'version' || /^v?\p{N}/u.test(textAt(this.#tokens, j + 1));
  }

  /**
   * Capitalised words and the lower-case word after them that spell, hyphenated, a name the document
   * writes as code: "the Rust analyzer plug-in" beside `rust-analyzer` names rust-analyzer, not Rust.
   */
  #spelledCodeName(run: number[]): NameCandidate | undefined {
    const next = run.at(-1)! + 1;
    const word = this.#tokens[next];
    // Most runs are followed by no lower-case word of letters: a cheap test first.
    if (word?.isWord !== true || word.isVerbatim || !/^\p{Ll}[\p{Ll}\p{N}]+$/u.test(word.text) || this.#gap(next) !== ' ') return undefined;
    const code = `${run.map((k) => this.#tokens[k]!.text).join('-')}-${word.text}`.toLowerCase();
    if (!this.#evidence.hyphenatedCode.has(code)) return undefined;
    // Not ordinary words opening the sentence, capitalised for that alone: "[Check latest version](…#check-latest-version)"
    // beside the input `check-latest` is a section's title, bidding the reader.
    if (this.#initial.has(run[0]!) && run.every((k) => isCommonWord(this.#word(k)?.lower ?? ''))) return undefined;
    const candidate = this.#candidate(run[0]!, next, undefined, false);
    candidate.name = code;
    return candidate;
  }

  /**
   * A capitalised word before a lower-case "mode" names the mode of an editor or a program, as their manuals write
   * them: "Insert mode", "in Insert and Command-line mode", "exit into Normal mode"; before "pattern", a design
   * pattern: "the Builder pattern" (an ordinary word the lexicon does not know: "Rust mode" keeps Rust).
   */
  #isModeName(k: number): boolean {
    const tokens = this.#tokens;
    let next = k + 1;
    // Or the first of two modes: "Insert and Command-line mode", "Visual or Select mode".
    if ((textAt(tokens, next) === 'and' || textAt(tokens, next) === 'or') && /^\p{Lu}/u.test(textAt(tokens, next + 1))) next += 2;
    if (!/^(?:modes?|patterns?)$/.test(textAt(tokens, next))) return false;
    const word = tokens[k]!.text;
    return isCommonWord(word.toLowerCase()) && this.#lexiconFor(word) === undefined;
  }

  /** Splits, trims and accepts or rejects one run of capitalised words. */
  #judgeRun(run: number[]): NameCandidate[] {
    const spelled = this.#spelledCodeName(run);
    if (spelled) return [spelled];
    // How a name is said, after "pronounced", is no name: "Django is pronounced JANG-oh", "GIF is pronounced JIF".
    if (this.#word(run[0]! - 1)?.lower === 'pronounced') return [];
    if (run.length === 1 && this.#isModeName(run[0]!)) return [];
    // A label in capitals opening a sentence, as bold tips and notes are written: "**PROTIP** Be sure to read …".
    // The ordinary words after it open the sentence proper.
    const label = this.#tokens[run[0]!]!.text;
    if (run.length > 1 && this.#initial.has(run[0]!) && /^\p{Lu}{4,}$/u.test(label) && !this.#lexiconFor(label) && !this.#evidence.namedAcronyms.has(label)) {
      let rest = 1;
      while (rest < run.length && isCommonWord(this.#word(run[rest]!)?.lower ?? '')) rest++;
      if (rest > 1) return [...this.#judgePart([run[0]!]), ...(rest < run.length ? this.#judgeRun(run.slice(rest)) : [])];
    }
    // A link's text that opens with a verb's -ing form titles a guide's section: "[Debugging Koa](docs/guide.md#debugging-koa)".
    // The verb is no part of a name, what it is done to may be one (a body's name keeps it: "[Serving Working Group](…)").
    if (run.length > 1 && this.#opensLinkWithGerund(run[0]!) && !isNamingHead(this.#word(run.at(-1)!)?.lower ?? '')) {
      const rest = this.#trimConnectors(run.slice(1));
      return rest.length === 0 ? [] : this.#judgeRun(rest);
    }
    // Known as a whole, possibly with "The" before it: The Guardian.
    const previous = run[0]! > 0 ? this.#word(run[0]! - 1) : undefined;
    if (previous && previous.lower === 'the' && this.#isAdjacent(run[0]!)) {
      const phrase = `The ${this.#surfaceOf(run)}`;
      const withThe = this.#lexicon.byForm.get(phrase) ?? this.#lexicon.byFold.get(foldName(phrase));
      if (withThe && !withThe.isAmbiguous) return [this.#candidate(run[0]! - 1, run.at(-1)!, withThe, false)];
    }
    const titled = this.#splitAtTitles(run);
    if (titled) return titled;
    // A known name at the end of a longer run stands on its own: "the Bush White House" is Bush and the White House.
    // After an acronym, a known name of one word does too: "an OONI WhatsApp measurement".
    const isKnownAlone = (k: number) => this.#lexiconFor(this.#tokens[k]!.text)?.isAmbiguous === false;
    const isAcronymBefore = run.length === 2 && PLAIN_ACRONYM.test(this.#tokens[run[0]!]!.text) && isKnownAlone(run[1]!);
    // Two known products side by side are two names: "Linux Qemu tests" (but the BBC's News is one).
    const isProduct = (k: number) => isKnownAlone(k) && this.#lexiconFor(this.#tokens[k]!.text)?.category === 'product';
    const isTwoKnown = run.length === 2 && isProduct(run[0]!) && isProduct(run[1]!);
    if ((run.length >= 3 || isAcronymBefore || isTwoKnown) && !this.#lexiconFor(this.#surfaceOf(run))) {
      for (let cut = 1; cut <= Math.max(1, run.length - 2); cut++) {
        const tail = run.slice(cut);
        const entry = this.#lexiconFor(this.#surfaceOf(tail));
        // "Google Play Store" is Google Play (its alias Play Store) written out, not Google and Play Store.
        const isSameThing = entry !== undefined && run.some((_, k) => k >= 2 && this.#lexiconFor(this.#surfaceOf(run.slice(0, k))) === entry);
        if (isSameThing) return [this.#candidate(run[0]!, run.at(-1)!, entry, false)];
        // Not after a lone head and "of": the Government of Nova Scotia is one name (the Quantitative Modeling Department of Sandia National Laboratories two).
        const isJoinedOn = cut === 2 && isConnector(this.#word(run[1]!)?.lower ?? '');
        // Nor after a comma inside the run: a campus's place ends its university's name (see #campusAfterComma).
        const isCampus = this.#tokens[run[cut - 1]!]!.text === ',';
        if (entry && !entry.isAmbiguous && !isConnector(this.#word(tail[0]!)?.lower ?? '') && !isJoinedOn && !isCampus) {
          return [...this.#judgePart(this.#trimConnectors(run.slice(0, cut))), this.#candidate(tail[0]!, tail.at(-1)!, entry, false)];
        }
      }
    }
    const pair = run.length >= 3 ? this.#splitKnownPair(run) : undefined;
    if (pair) return pair;
    const whole = this.#surfaceOf(run);
    const isKnownWhole = this.#lexiconFor(whole) !== undefined || (run.length > 1 && properCategory(whole.toLowerCase()) !== undefined);
    if (run.length === 2 && !isKnownWhole) {
      // Two acronyms side by side are two names, each judged alone: "the ITER IMAS library".
      if (run.every((k) => /^\p{Lu}{3,8}$/u.test(this.#tokens[k]!.text)) && !this.#isKitOfName(run[1]!)) return [...this.#judgePart([run[0]!]), ...this.#judgePart([run[1]!])];
      // A known product before a word and a noun saying what that word is: "the C++ Catch testing framework", "the Python Requests library".
      const kind = this.#tokens.slice(run[1]! + 1, run[1]! + 3).find((t) => t.isWord && /^\p{Ll}+$/u.test(t.text) && nounCategory(t.text) === 'product');
      const first = this.#lexiconFor(this.#tokens[run[0]!]!.text);
      if (kind && first?.category === 'product' && !first.isAmbiguous && headCategory(this.#word(run[1]!)!.lower) === undefined) {
        const named = this.#candidate(run[1]!, run[1]!, undefined, false);
        named.category = 'product';
        return [this.#candidate(run[0]!, run[0]!, first, false), named];
      }
    }
    // Two known products side by side are two names: "macOS Homebrew", "Windows Chocolatey" (not "Microsoft Windows", known whole).
    if (run.length === 2 && !isKnownWhole) {
      const [a, b] = run.map((k) => this.#lexicon.byForm.get(this.#tokens[k]!.text));
      if (a?.category === 'product' && b?.category === 'product') return [this.#candidate(run[0]!, run[0]!, a, false), this.#candidate(run[1]!, run[1]!, b, false)];
    }
    // A section's title, named again in a cross-reference ("as Modules Byte-Compilation says"), is no name.
    if (run.length > 1 && !isKnownWhole && this.#evidence.sectionTitles.has(foldName(whole)) && this.#isPageLinkText(run)) return [];
    const isTitle = this.#view.isTitleLike || this.#isInTitledLink(run);
    // Words an acronym in brackets spells are one name, even in a title-like sentence: "the Python Enhancement Proposals (PEPs)".
    // Nor a link's whole text that spells its own site: "[First Timers Only](http://www.firsttimersonly.com/)".
    const parts = isTitle && !isKnownWhole && !this.#isAbbreviatedAfter(run) && !this.#isSiteSpelled(run) ? this.#splitTitle(run) : [run];
    return parts.flatMap((part) => this.#judgePart(part));
  }

  /**
   * The place a news release or a report is filed from, in capitals before a dash at the start of
   * its paragraph: "WASHINGTON – The Department …", "BETHESDA, Md. — …". Neither an acronym nor a
   * shout, it is the place as the lexicon writes it, else in Title Case.
   */
  #dateline(): { place: NameCandidate; end: number } | undefined {
    const tokens = this.#tokens;
    const block = this.#blocks[this.#view.sentence.block];
    // Asked of every sentence: most open with no word in capitals, or not at the start of their block.
    if (!block || !tokens[0] || (this.#facts[0]! & CAPITALIZED) === 0 || !/^\p{Lu}{2,}$/u.test(tokens[0].text) || this.#text.slice(block.start, tokens[0].start).trim() !== '') return undefined;
    const run = [0];
    while (run.length < 3 && /^\p{Lu}{2,}$/u.test(textAt(tokens, run.length)) && this.#gap(run.length) === ' ') run.push(run.length);
    if (run.reduce((n, k) => n + tokens[k]!.text.length, 0) < 4 || this.#lexicon.byForm.has(this.#surfaceOf(run))) return undefined;
    // A dash next, or after a comma a state or country written short ("Md.", "D.C.", "Calif.") and then a dash
    // (or the sentence's end: the period of "Md." may end it).
    let k = run.at(-1)! + 1;
    const state = textAt(tokens, k) === ',' ? textAt(tokens, k + 1) : '';
    const isShortened = /^\p{Lu}\p{Ll}{1,4}$/u.test(state) && textAt(tokens, k + 2) === '.';
    const hasState = /^(?:\p{Lu}{2}|(?:\p{Lu}\.){2,})$/u.test(state) || isShortened;
    if (hasState) k += isShortened ? 3 : 2;
    const isEnd = hasState && k === tokens.length;
    const name = this.#surfaceOf(run).toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase());
    const entry = this.#lexiconFor(name);
    // An unknown word before a dash is as likely a shout ("IMPORTANT - read this"): a place only with its state after it.
    if (entry ? entry.category !== 'place' : !hasState) return undefined;
    // A known place may have lost its dash in copying: "WASHINGTON The U.S. government unveiled …".
    const isDashLost = entry !== undefined && isCapitalized(textAt(tokens, k)) && tokens[k]!.isWord && this.#gap(k) === ' ';
    if (!isEnd && !isDashLost && !/^[-\u2013\u2014]$/u.test(textAt(tokens, k))) return undefined;
    const place = this.#candidate(run[0]!, run.at(-1)!, entry, false);
    place.name = name;
    place.category = 'place';
    return { place, end: k };
  }

  /**
   * A name and an ordinary noun opening a line as the label of a field, as a proposal's header lists them:
   * "- Rust Issue: [rust-lang/rust#145252](…)" names Rust (not "Rust Foundation:", nor "Rust Team:", a body).
   */
  #isFieldLabel(run: readonly number[], tail: Word): boolean {
    return run.length === 2 && this.#tokens[run[1]! + 1]?.text === ':' && this.#initial.has(run[0]!) && isCommonWord(tail.lower) && headCategory(tail.lower) === undefined;
  }

  /**
   * A run that is two known names whole, side by side, is those two names: "the GitHub Actions macOS runners" (not
   * "Google Play Store", known whole as Google Play's other name, nor a run the lexicon knows whole).
   */
  #splitKnownPair(run: number[]): NameCandidate[] | undefined {
    if (this.#lexiconFor(this.#surfaceOf(run))) return undefined;
    for (let cut = run.length - 1; cut >= 1; cut--) {
      const head = this.#lexiconFor(this.#surfaceOf(run.slice(0, cut)));
      const tail = head && !head.isAmbiguous ? this.#lexiconFor(this.#surfaceOf(run.slice(cut))) : undefined;
      if (tail && !tail.isAmbiguous && tail !== head) return [this.#candidate(run[0]!, run[cut - 1]!, head, false), this.#candidate(run[cut]!, run.at(-1)!, tail, false)];
    }
    return undefined;
  }

  /**
   * Titles and roles inside a run: "Cooks Source Editor Judith Griggs",
   * "Secretary of Education Arne Duncan", "President Obama". The person after
   * the last title is a name of its own; what comes before the first title is
   * judged on its own; the titles are dropped.
   */
  #splitAtTitles(run: number[]): NameCandidate[] | undefined {
    // A run the lexicon knows whole names one thing: no title inside it splits it (asked once, not once per word).
    if (this.#lexiconFor(this.#surfaceOf(run))) return undefined;
    const positions = run.map((_, at) => (this.#isTitleAt(run, at) ? at : -1)).filter((at) => at >= 0);
    if (positions.length === 0) return undefined;
    const firstTitle = positions[0]!;
    const lastTitle = positions.at(-1)!;
    const results: NameCandidate[] = [];
    // Words glued to a title are part of the role (First Lady, Chief Executive) unless one of them names something.
    // Connectors beside a title ('Johnson & President Obama') belong to neither side.
    const before = this.#trimConnectors(run.slice(0, firstTitle));
    // Tokens that are no words ('Research & Development Director') leave the judgement to the words;
    // a body's name stays one ('Foundation for Public Code President Ben Cerveny').
    const isRole = before.length === 0 || (!this.#isBodyName(before) && !this.#lexiconFor(this.#surfaceOf(before))) &&
      before.every((k) => this.#word(k) === undefined || (this.#knowledge(k) === 'common' && !this.#lexicon.byForm.has(this.#word(k)!.surface)));
    if (before.length > 0 && !isRole) results.push(...this.#judgePart(before));
    const after = this.#trimConnectors(run.slice(lastTitle + 1));
    // After "of" a title names its office, not a person: 'Director of Delivery', 'Head of Talent'.
    const isOffice = after.length === 1 && isConnector(this.#word(run[lastTitle + 1]!)?.lower ?? '');
    const person = isOffice ? undefined : this.#personTail(after);
    if (person) results.push(this.#candidate(person[0]!, person.at(-1)!, this.#lexiconFor(this.#surfaceOf(person)), false, true));
    else if (isOffice && this.#knowledge(after[0]!) === 'common' && !this.#lexiconFor(this.#word(after[0]!)!.surface)) return results;
    else if (after.length > 0 && !isConnector(this.#word(after[0]!)?.lower ?? '')) results.push(...this.#judgePart(after));
    return results;
  }

  /**
   * A title, or the end of one that a lower-case "in" cut from its start: the run after "Special
   * Agent in" or "Postal Inspector in" opens with "Charge", the role's last word, not the person's first.
   */
  #isTitleAt(run: readonly number[], at: number): boolean {
    const k = run[at]!;
    const lower = this.#word(k)?.lower ?? '';
    if (at === 0 && lower === 'charge' && this.#word(k - 1)?.lower === 'in') return true;
    // Before a body's head word a title word is part of the body's name: the Justice Department, the Executive Office.
    const next = run[at + 1];
    return isTitle(lower) && !(next === k + 1 && isBodyHead(this.#word(next)?.lower ?? ''));
  }

  /** Words that name a body whatever they are made of: a naming head after them ('Digital Service Team') or one joined by "of" or "for" ('Foundation for Public Code'). */
  #isBodyName(part: readonly number[]): boolean {
    if (part.length < 2) return false;
    const isJoined = part.some((k, at) => at > 0 && JOINERS.has(this.#tokens[k]!.text) && isJoiningHead(this.#word(part[at - 1]!)?.lower ?? ''));
    return isJoined || headCategory(this.#word(part.at(-1)!)?.lower ?? '') === 'organization';
  }

  /** The longest end of a run that reads as a person's name (two or three name-shaped words, or one right after a title). */
  #personTail(after: number[]): number[] | undefined {
    const isNameShaped = (k: number) => {
      const surface = this.#word(k)?.surface ?? '';
      return (/^\p{Lu}[\p{Ll}'’-]+$/u.test(surface) || PARTICLE_NAME.test(surface)) && !isConnector(this.#word(k)!.lower);
    };
    for (const size of [3, 2]) {
      if (after.length < size) continue;
      const tail = after.slice(-size);
      if (!tail.every(isNameShaped)) continue;
      const isPerson = isFirstName(this.#word(tail[0]!)!.lower) || tail.every((k) => this.#knowledge(k) !== 'common');
      if (!isPerson) continue;
      // With the initial of a first name before the one used: "Special Agent in Charge D. Richard Goss", "author F. Scott Fitzgerald".
      let from = after.length - size;
      while (from >= 1 && /^\p{Lu}$/u.test(this.#tokens[after[from - 1]!]!.text) && this.#tokens[after[from - 1]! + 1]?.text === '.') from--;
      return after.slice(from);
    }
    // One word after a title is a name, unless the title is an adjective too and the word an ordinary one: "General Maintenance".
    const isAdjectiveTitle = after.length === 1 && ADJECTIVE_TITLES.has(this.#word(after[0]! - 1)?.lower ?? '') && this.#knowledge(after[0]!) === 'common';
    return after.length === 1 && isNameShaped(after[0]!) && !isAdjectiveTitle ? after : undefined;
  }

  /** In a title, capitalised common words without evidence elsewhere are style: split there. */
  #splitTitle(run: number[]): number[][] {
    const parts: number[][] = [];
    let current: number[] = [];
    for (const k of run) {
      const word = this.#word(k);
      // A surname that is also a word stays with the first name before it: Edward Champion.
      const isSurname = current.length > 0 && isFirstName(this.#word(current.at(-1)!)?.lower ?? '');
      // So does the initial after a first name: "Kent C. Dodds" in a title-like list item.
      const isInitial = current.length > 0 && word !== undefined && word.surface.length === 1 && textAt(this.#tokens, k + 1) === '.';
      // And a series before its number: "SPEC 1" in "[SPEC 1---Lazy Loading of Submodules](…)".
      const isNumbered = word !== undefined && this.#isSeriesNumber(k + 1);
      const isStyle = word !== undefined && isCapitalized(word.surface) && (this.#knowledge(k) === 'common' || isAgentNoun(word.lower)) && !isSurname && !isInitial && !isNumbered &&
        !this.#isStrongShape(word.surface) && !this.#lexicon.byForm.has(word.surface) && this.#capitalizedElsewhere(word.surface) === 0 && !this.#isLetterLinkToItsSite(k);
      if (isStyle || !word) {
        if (current.length) parts.push(current);
        current = [];
      } else {
        current.push(k);
      }
    }
    if (current.length) parts.push(current);
    return parts.map((part) => this.#trimConnectors(part)).filter((part) => part.length > 0);
  }

  #trimConnectors(part: number[]): number[] {
    const isWordToken = (k: number) => {
      const surface = this.#word(k)?.surface ?? '';
      return isCapitalized(surface) || hasInnerCapital(surface) || isNumberedName(surface) || isParticleName(surface) || this.#isSeriesNumber(k);
    };
    let from = 0;
    let to = part.length;
    while (from < to && !isWordToken(part[from]!)) from++;
    while (to > from && !isWordToken(part[to - 1]!)) to--;
    return part.slice(from, to);
  }

  #judgePart(part: number[]): NameCandidate[] {
    // Trimming connectors can leave nothing ('al-Assad Linus Torvalds President' before a known name).
    if (part.length === 0) return [];
    if (this.#isHalfOfOrdinaryPhrase(part)) return [];
    let run = part;
    const view = this.#view;
    const firstWord = this.#word(run[0]!)!;
    const wholeSurface = this.#surfaceOf(run);
    const isKnownWhole = this.#lexiconFor(wholeSurface) !== undefined || (run.length > 1 && properCategory(wholeSurface.toLowerCase()) !== undefined);
    if (this.#initial.has(run[0]!) && !isKnownWhole) {
      // The first word of a sentence is capitalised anyway: keep it only with other evidence.
      const entry = this.#lexiconFor(firstWord.surface);
      const knowledge = this.#knowledge(run[0]!);
      const hasEvidence = this.#capitalizedElsewhere(firstWord.surface) > 0 || (entry !== undefined && !entry.isAmbiguous) || this.#isDefinedAsTool(run) ||
        this.#evidence.namedAcronyms.has(firstWord.surface) || this.#isAbbreviatedAfter(run) || this.#isPlaceBefore(run) ||
        // A name that opens with digits owes nothing to the sentence's capital: "7-Zip is an archiver", "18F builds" (not "2-FA", 2FA).
        (isNumberedName(firstWord.surface) && !this.#lexicon.notEntities.has(foldName(firstWord.surface.replace('-', '')))) ||
        // Nor does an unusual word that a verb of saying follows: "Paicorg writes that the election should be boycotted".
        (knowledge !== 'common' && SPEECH_VERBS.has(textAt(this.#tokens, run.at(-1)! + 1)));
      const isNumbered = run.length > 1 && this.#isSeries(firstWord.surface) && /^\p{N}/u.test(this.#tokens[run[1]!]!.text);
      // A kind noun after an ordinary word opening a sentence is no evidence: "Cross team work", "Combining team efforts".
      // Nor is a given name that is also a word, alone before lower-case words after a change's label or bracket: "TEST: Skip tests with …".
      const next = this.#tokens[run[0]! + 1];
      const isAfterLabel = run[0]! > 0 && /^[:\](]$/.test(this.#tokens[run[0]! - 1]!.text);
      const isWordBeforeLowerCase = isAfterLabel && run.length === 1 && isCommonWord(firstWord.lower) && next?.isWord === true && /^\p{Ll}/u.test(next.text) && this.#gap(run[0]! + 1) === ' ';
      // An ordinary word opening the line after a component's label is the change's first word, however the document capitalises it elsewhere:
      // "STABS: Support for …" beside "Long Term Support".
      const isLabelledWord = isWordBeforeLowerCase && knowledge === 'common' && entry === undefined;
      // A kind noun after the run defines the name it ends with: "Rusty Days conference", but "Modern Debian kernel packages" (Debian known).
      const isDefinedWhole = (knowledge !== 'common' || (run.length > 1 && this.#lexiconFor(this.#surfaceOf(run.slice(1))) === undefined)) && this.#isDefined(run);
      const keep = (hasEvidence && !isLabelledWord) || isNumbered || isDefinedWhole ||
        (knowledge !== 'common' && !isWordBeforeLowerCase && (run.length > 1 || knowledge === 'proper' || this.#isStrongShape(firstWord.surface) || this.#isLinkText(run))) ||
        (isJoiningHead(firstWord.lower) && JOINERS.has(this.#tokens[run[1] ?? -1]?.text ?? '')) ||
        this.#isProjectLinkText(run);
      if (!keep) {
        // What follows keeps its number: "See PEP 6 for more" names PEP 6.
        const rest = run.slice(1);
        const isNumberedRest = rest.length > 1 && this.#isSeries(this.#word(rest[0]!)?.surface ?? '') && /^\p{N}/u.test(this.#tokens[rest[1]!]!.text);
        run = isNumberedRest ? rest : this.#trimConnectors(rest);
      }
      if (run.length === 0) return [];
    }
    const surface = this.#surfaceOf(run);
    // A known name and a plural common noun: "Linux Containers", "NVIDIA GPUs" name Linux and NVIDIA; so does a known
    // name and "Version", as a table's header writes it: "Node.js Version".
    if (run.length >= 2) {
      const tail = this.#word(run.at(-1)!)!;
      // A plural whose singular is a word too: "Containers" (not "Lens" in "Google Lens", nor "Bus").
      const singular = [tail.lower.replace(/ies$/, 'y'), tail.lower.replace(/es$/, ''), tail.lower.replace(/s$/, '')];
      const isPlainPlural = /s$/.test(tail.lower) && isCommonWord(tail.lower) && headCategory(tail.lower) === undefined && singular.some((w) => w !== tail.lower && isCommonWord(w));
      // So is a known name and the word for one of its releases, as tables head their columns: "Node.js Version".
      const isVersionWord = tail.lower === 'version' || tail.lower === 'versions';
      const known = isPlainPlural || isVersionWord || this.#isFieldLabel(run, tail) ? this.#lexiconFor(this.#surfaceOf(run.slice(0, -1))) : undefined;
      // Unless the words name a site of their own: [PyPI Stats](https://pypistats.org/).
      if (known && !this.#lexiconFor(surface) && !this.#isNamingLink(run)) return [this.#candidate(run[0]!, run.at(-2)!, known, false)];
    }
    // An ordinary word between a body's acronym and a vocabulary acronym says what of it: "the W3C File API" names W3C.
    const after = this.#tokens[run.at(-1)! + 1];
    if (run.length === 2 && after?.isWord && isAcronym(after.text) && this.#lexicon.notEntities.has(foldName(after.text)) && this.#gap(run.at(-1)! + 1) === ' ') {
      const [body, what] = [this.#word(run[0]!)!, run[1]!];
      if (isAcronym(body.surface) && this.#knowledge(what) === 'common' && !this.#lexicon.byForm.has(this.#word(what)!.surface)) return this.#judgePart([run[0]!]);
    }
    const exact = this.#lexiconFor(surface);
    if (!exact && run.length > 1 && this.#lexicon.notEntities.has(foldName(surface))) return []; // Standards Track
    // A section of the page named as one: "advance notice in the Deprecations section of releases".
    if (!exact && this.#isSectionNamed(run)) return [];
    // A link to a file of a repository, by the file's name: "[AUTHORS](https://github.com/oauthlib/oauthlib/blob/master/AUTHORS)".
    // A link to a page of the project's own documentation, by the page's title: "[Suffix Array](https://yomguithereal.github.io/mnemonist/suffix-array)".
    if (!exact && (this.#isFileLinkText(run) || (this.#isOwnDocLinkText(run) && !this.#containsKnownName(run)))) return [];
    // Placeholders of a numbering scheme: versions "A.B" and "X.Y", suffixes "bN" and "rcN" (not U.S., iOS, eBay).
    if (!exact && run.length === 1 && PLACEHOLDER.test(surface)) return [];
    // A placeholder written between angle brackets, as documentation writes what the reader fills in: "<Framework X>", "<Project Name>".
    if (!exact && this.#text[this.#startOf(run[0]!) - 1] === '<' && this.#text[this.#endOf(run.at(-1)!)] === '>') return [];
    // A compound ending in the acronym of an interface is vocabulary: C-API, REST-API, Web-UI (not JS-YAML).
    if (!exact && run.length === 1 && INTERFACE_COMPOUND.test(surface)) return [];
    // A job or a body's board, however capitalised: Tech Lead, Product Manager, Board of Directors.
    if (!exact && run.length > 1 && ROLE_TAILS.has(this.#word(run.at(-1)!)?.lower ?? '') && !run.some((k) => this.#lexicon.byForm.has(this.#tokens[k]!.text))) return [];
    // A job title, alone or after the name of the body or product the job is for: "our React Team Developer Advocate", "the PyPI
    // Safety and Security Engineer", "Chief Vibes Officer". The known name before the title stays (React, PyPI), the title goes.
    if (!exact && this.#isJobTitle(run)) {
      const known = run.findLastIndex((k) => this.#lexicon.byForm.has(this.#tokens[k]!.text));
      return known < 0 || known === run.length - 1 ? [] : this.#judgePart(run.slice(0, known + 1));
    }
    // A specification's protocol and the vocabulary after it: "RADIUS Attribute Type", "DHCP Request" name RADIUS and DHCP.
    // (Not after a known maker's name: GNU Parallel, a program of GNU's, even where the text says "in parallel".)
    const maker = this.#lexiconFor(firstWord.surface)?.category;
    if (!exact && this.#isPlainText && run.length > 1 && PLAIN_ACRONYM.test(firstWord.surface) && maker !== 'product' && maker !== 'organization' && run.slice(1).every((k) => this.#isVocabularyWord(k))) {
      return this.#judgePart([run[0]!]);
    }
    const isInitial = this.#initial.has(run[0]!);
    if (exact) {
      // After a dash that follows words, as lists of ports write it ("markdown-it-py - Python"), a capital is no sentence's.
      const dash = run[0]! - 1;
      // (Not a verb bidding the reader, with the words it governs after it: "[Guide](docs/guide.md) - Go straight to the docs.")
      const isAfterDash = dash > 0 && /^[-–—]$/u.test(this.#tokens[dash]!.text) && this.#tokens.slice(0, dash).some((t) => t.isWord && !t.isVerbatim) &&
        !(run.length === 1 && this.#isImperative(run[0]!));
      // A tool named after "via" or "using" in a title is the tool, however titles capitalise: "Globally via Homebrew"
      // (not after "with": "Working with Threads").
      const before = this.#tokens[run[0]! - 1];
      const isToolAfterMeans = exact.category === 'product' && before !== undefined && /^(?:via|using)$/.test(before.text) && this.#gap(run[0]!) === ' ';
      // A version after it says it is the product, in a Title Case issue title too: "Crashes On macOS With Python 3.11".
      const isVersioned = exact.category === 'product' && this.#isBeforeVersion(run.at(-1)!);
      const isTrusted = !exact.isAmbiguous || (!view.isTitleLike && (!isInitial || isAfterDash)) || this.#capitalizedElsewhere(surface) > 0 || this.#isLinkText(run) || this.#isSiteOfSentenceLink(run) ||
        (view.isTitleLike && isToolAfterMeans) || isVersioned;
      return isTrusted ? [this.#candidate(run[0]!, run.at(-1)!, exact, false)] : [];
    }
    const words = run.filter((k) => {
      const s = this.#word(k)?.surface ?? '';
      return isCapitalized(s) || hasInnerCapital(s) || isNumberedName(s) || isParticleName(s);
    });
    if (words.length === 0) return [];
    if (run.length === 1 && this.#isLetterLinkToItsSite(run[0]!)) return [this.#candidate(run[0]!, run[0]!, undefined, false)];
    // A Roman numeral ending it numbers a name: System V, Henry VIII.
    const isNumeral = run.length > 1 && /^(?:V|X|II|III|IV|VI|VII|VIII|IX)$/.test(this.#word(run.at(-1)!)?.surface ?? '') &&
      !NUMBERED_PARTS.test(this.#word(run.at(-2)!)?.lower ?? '');
    const isInformative = isNumeral || this.#containsKnownName(run) || words.some((k) => {
      const s = this.#word(k)!.surface;
      return this.#knowledge(k) !== 'common' || this.#isStrongShape(s) || this.#lexicon.byForm.has(s);
    });
    if (isInformative) {
      if (words.length === 1 && isDemonym(this.#word(words[0]!)!.lower)) return [];
      // A link to an account named like its text is a username (@TaKO8Ki): optional in GOLD.md, so left out.
      if (run.length === 1 && this.#isAccountLink(run)) return [];
      // Protocol messages and fields join an ordinary word and a code: Disconnect-ACK, Request-URI.
      if (run.length === 1 && isMessageName(surface)) return [];
      if (run.length === 2 && this.#isDescribedTerm(run)) return [];
      // The editor's mark after a name in a citation: "Fajardo, V., Ed., Arkko, J.".
      if (run.length === 1 && /^Eds?$/.test(surface) && this.#text[this.#endOf(run[0]!)] === '.' && this.#text.slice(this.#startOf(run[0]!) - 2, this.#startOf(run[0]!)) === ', ') return [];
      // An acronym nothing marks as a name is vocabulary: RPIT, FCP, HRTB.
      // Unless it is listed among known products, as one of them: "wrappers in IDL, Fortran, Java and Python".
      const isBareAcronym = run.length === 1 && PLAIN_ACRONYM.test(surface) && !this.#evidence.namedAcronyms.has(surface) && !this.#evidence.ownSites.has(surface) && !this.#isLinkText(run);
      const isListedProduct = isBareAcronym && (this.#isListedWithProducts(run[0]!) || this.#isDefinedAsTool(run));
      // Or paired with a known body's acronym, as joint and partner agencies are: "ISAS/JAXA", "NASA and STFC".
      const isPairedBody = isBareAcronym && !isListedProduct && this.#isPairedWithBody(run[0]!);
      if (isBareAcronym && !isListedProduct && !isPairedBody) return [];
      const single = run.length === 1 ? this.#lexiconFor(this.#word(run[0]!)!.surface) : undefined;
      const candidate = this.#candidate(run[0]!, run.at(-1)!, single, false);
      if (isListedProduct) candidate.category = 'product';
      if (isPairedBody) candidate.category = 'organization';
      return [candidate];
    }
    // Only capitalised common words: a name if its last word says what it is ("Leadership
    // Council"), if it is a link's whole text, or (later) if it recurs or names something longer.
    const head = this.#word(run.at(-1)!)!.lower;
    const isJoined = run.some((k) => JOINERS.has(this.#tokens[k]!.text));
    if (words.length >= 2 && !view.isTitleLike && (isNamingHead(head) || isJoined)) {
      return [this.#candidate(run[0]!, run.at(-1)!, undefined, false)];
    }
    if (words.length === 1 && isDemonym(head)) return [];
    // "the Infrastructure team", "the Vision Doc group": capitalised words before a lower-case "team" or "group" name it.
    const following = run.at(-1)! + 1;
    const body = textAt(this.#tokens, following);
    if (run.length <= 3 && !isInitial && !view.isTitleLike && (body === 'team' || body === 'group') && this.#gap(following) === ' ') {
      const team = this.#candidate(run[0]!, following, undefined, false);
      team.name = `${surface} ${body[0]!.toUpperCase()}${body.slice(1)}`;
      return [team];
    }
    // A link's whole text of several capitalised words names its page; one ordinary word ("Diff", "Docs") only when the target says so.
    const isNamingLink = words.length > 1 ? this.#isLinkText(run) : this.#isNamingLink(run);
    // Ordinary words linking to a page of the same site before "document" or "guide" title that page: "the [Benchmarks](docs/benchmarks.md) document".
    const isDefined = (this.#isDefined(run) || this.#isCastAsTool(run)) && !this.#isPageLinkText(run);
    if ((isNamingLink && (!isInitial || this.#isProjectLinkText(run))) || isDefined) return [this.#candidate(run[0]!, run.at(-1)!, undefined, false)];
    if (view.isTitleLike || this.#isRepositoryDocLinkText(run) || this.#isSectionLinkText(run) || this.#isContentsLinkText(run)) return [];
    // A label with a number is a section or a level, not a name: Tier 1, Phase 2 (but words before a year
    // name the year's edition of something: the Map Improvements 2018 project). Ordinary words mid-sentence before a release's
    // dotted number are a product, as release notes name their dependencies: "Twisted 21.2.0", "Sphinx 5.x", "Contributor Covenant v2.1".
    const next = this.#tokens[run.at(-1)! + 1];
    const isBeforeNumber = next !== undefined && this.#gap(run.at(-1)! + 1) === ' ' && /^v?\p{N}/u.test(next.text);
    if (isBeforeNumber && !isInitial && run.length <= 3 && RELEASE_NUMBER.test(next.text) && !NUMBERED_PARTS.test(head)) {
      const product = this.#candidate(run[0]!, run.at(-1)!, undefined, false);
      product.category = 'product';
      return [product];
    }
    const isYearAfterWords = words.length > 1 && next !== undefined && /^(?:19|20)\d\d$/.test(next.text);
    if (isBeforeNumber && /^\p{N}/u.test(next.text) && !isYearAfterWords) return [];
    // Capitalised compounds of ordinary words are vocabulary of a protocol or a form: Access-Accept, Content-Type.
    if (run.length === 1 && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)+$/u.test(surface)) return [];
    // An ordinary word on either side of a lower-case gloss in brackets is part of a phrase: "Free (libre) Software".
    if (run.length === 1 && this.#isBesideGloss(run[0]!)) return [];
    // Capitalised mid-sentence before a modifier ("Flash-based polyfills"), a word is a name: no style explains the capital.
    const modified = this.#word(run[0]!)!;
    const suffix = modified.token.text.slice(modified.end - modified.token.start + 1);
    const isNamedModifier = run.length === 1 && modified.isModifier && !isInitial && NAMING_SUFFIX.test(suffix);
    // Capitalised after a change-log label where the other lines go on in lower case: "Fixed: Sass mixed declarations".
    const isAfterLabel = run[0] === view.capitalAfterLabel;
    const spelled = this.#spelledByAddress(run);
    if (spelled !== undefined) return [this.#candidate(spelled, run.at(-1)!, undefined, false)];
    // A version requirement after it makes a package of a word: "compatible with Pillow >= 9.1".
    const isRequired = run.length === 1 && /^ ?(?:>=|<=|==|~=|!=|<|>) ?v?\p{N}/u.test(this.#text.slice(this.#endOf(run[0]!), this.#endOf(run[0]!) + 8));
    return [this.#candidate(run[0]!, run.at(-1)!, undefined, !isNamedModifier && !isAfterLabel && !isRequired && !this.#isAbbreviatedAfter(run) && !this.#isSiteOfSentenceLink(run))];
  }

  /**
   * An adjective and an unknown word that the document also writes in lower case as one hyphenated word is a term
   * capitalised, as a table's cells write it: "Bare ARMv7-R, Big Endian" beside "ARM64 Linux (big-endian)".
   */
  #isDescribedTerm(run: readonly number[]): boolean {
    const [adjective, term] = [this.#word(run[0]!)!, this.#word(run[1]!)!];
    const { lowerCase } = this.#evidence;
    if (!lowerCase.has(`${adjective.lower}-${term.lower}`)) return false;
    return compromiseTag(adjective.lower) === 'Adjective' && !isFirstName(adjective.lower) && this.#knowledge(run[1]!) === 'unknown' && !this.#lexicon.byForm.has(term.surface);
  }

  /**
   * One word opening a sentence that the sentence defines as a tool: "Freeze is a tool to create stand-alone
   * applications", "IDLE is a cross-platform IDE for Python" (not "Collaboration is a team effort").
   */
  #isDefinedAsTool(run: readonly number[]): boolean {
    const k = run[0]!;
    // Not an activity: "Testing is a tool for quality".
    if (run.length !== 1 || !this.#initial.has(k) || /ing$/.test(this.#tokens[k]!.text) || textAt(this.#tokens, k + 1) !== 'is' || !/^an?$/.test(textAt(this.#tokens, k + 2))) return false;
    for (let j = k + 3; j <= k + 5; j++) {
      const token = this.#tokens[j];
      if (!token?.isWord) return false;
      if (DEFINED_TOOLS.has(token.text.toLowerCase())) {
        // The noun heads the phrase: a small word or a mark after it, not another noun.
        const after = this.#tokens[j + 1];
        return after === undefined || !after.isWord || isFunctionWord(after.text.toLowerCase());
      }
    }
    return false;
  }

  /** A lower-case gloss in brackets stands between this word and another capitalised one: "Free (libre) Software". */
  #isBesideGloss(k: number): boolean {
    const tokens = this.#tokens;
    const isGloss = (open: number, step: 1 | -1) => {
      let j = open + step;
      while (tokens[j]?.isWord && /^\p{Ll}/u.test(tokens[j]!.text)) j += step;
      const other = tokens[j + step];
      return j !== open + step && tokens[j]?.text === (step === 1 ? ')' : '(') && other?.isWord === true && isCapitalized(other.text);
    };
    return (textAt(tokens, k + 1) === '(' && isGloss(k + 1, 1)) || (textAt(tokens, k - 1) === ')' && isGloss(k - 1, -1));
  }

  /** A word in a list ("A, B and C") whose other members, two or more, are all products the lexicon knows. */
  #isListedWithProducts(k: number): boolean {
    const isProduct = (i: number) => {
      const entry = this.#lexicon.byForm.get(textAt(this.#tokens, i));
      return entry !== undefined && entry.category === 'product';
    };
    // The gap between the member at i and the one at i + 2, when it separates list members.
    const isListGap = (i: number) => i >= 0 && this.#tokens[i + 2] !== undefined && LIST_GAP.test(this.#text.slice(this.#tokens[i]!.end, this.#tokens[i + 2]!.start));
    let others = 0;
    for (let i = k + 2; isListGap(i - 2); i += 2) {
      if (!isProduct(i)) return false;
      others++;
    }
    for (let i = k - 2; isListGap(i); i -= 2) {
      if (!isProduct(i)) return false;
      others++;
    }
    return others >= 2;
  }

  /**
   * Whether the acronym at k is joined to the acronym of a body the lexicon knows by a slash ("ISAS/JAXA") or by "and"
   * alone ("NASA and STFC"), as joint and partner agencies are written: a pair of one kind (not "TCP/IP", "CI/CD").
   */
  #isPairedWithBody(k: number): boolean {
    const isBody = (i: number) => {
      const text = this.#tokens[i]?.text ?? '';
      return PLAIN_ACRONYM.test(text) && this.#lexicon.byForm.get(text)?.category === 'organization';
    };
    const gap = (i: number) => this.#text.slice(this.#tokens[i]!.end, this.#tokens[i + 2]?.start ?? this.#tokens[i]!.end);
    const isPairGap = (i: number) => i >= 0 && this.#tokens[i + 2] !== undefined && (this.#tokens[i + 1]!.text === '/' ? gap(i) === '/' : gap(i) === ' and ');
    return (isPairGap(k) && isBody(k + 2)) || (isPairGap(k - 2) && isBody(k - 2));
  }

  /** A capitalised ordinary word, also written in lower case, that names no kind of organisation: Attribute, Request, Type. */
  #isVocabularyWord(k: number): boolean {
    const word = this.#word(k);
    return word !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word.surface) && this.#knowledge(k) !== 'proper' && !isNamingHead(word.lower) &&
      !this.#lexicon.byForm.has(word.surface) && (this.#evidence.lowerCase.has(word.lower) || (this.#knowledge(k) === 'common' && !/s$/.test(word.lower)));
  }

  /** A known name of two or more words inside the run: "Middle East Broadcasting". */
  #containsKnownName(run: readonly number[]): boolean {
    for (let from = 0; from < run.length - 1; from++) {
      for (let to = from + 2; to <= run.length; to++) {
        if (this.#lexiconFor(this.#surfaceOf(run.slice(from, to)))) return true;
      }
    }
    return false;
  }

  /** Its abbreviation, made of its letters, follows in brackets: "Polkadot (DOT)", "Voice of Democracy (VOD)" (not "Tables (GFM)"). */
  /** A town before its country or state, ending the sentence or table cell: "Kissimmee, US", "Queenstown, NZ". */
  #isPlaceBefore(run: readonly number[]): boolean {
    const k = run.at(-1)! + 1;
    const place = this.#tokens[k + 1];
    if (textAt(this.#tokens, k) !== ',' || !place?.isWord || this.#tokens.slice(k + 2).some((token) => token.isWord)) return false;
    return /^\p{Lu}{2}$/u.test(place.text) || properCategory(place.text.toLowerCase()) === 'place' || this.#lexiconFor(place.text)?.category === 'place';
  }

  #isAbbreviatedAfter(run: readonly number[]): boolean {
    const k = run.at(-1)! + 1;
    // A plural's acronym too: "Python Enhancement Proposals (PEPs)".
    const acronym = (textAt(this.#tokens, k + 1)).replace(/(?<=\p{Lu})s$/u, '');
    if (textAt(this.#tokens, k) !== '(' || !PLAIN_ACRONYM.test(acronym) || textAt(this.#tokens, k + 2) !== ')') return false;
    let at = 0;
    const name = this.#surfaceOf(run).toLowerCase();
    for (const letter of acronym.toLowerCase()) {
      at = name.indexOf(letter, at) + 1;
      if (at === 0) return false;
    }
    return true;
  }

  /** The words from the run's start to an acronym in brackets spell it: "Voice of Democracy (VOD)". */
  #isSpelledAhead(run: readonly number[], j: number): boolean {
    // The small words may give their letter or not: VOD for Voice of Democracy, OMB for Office of Management and Budget.
    let letters = '';
    let allLetters = '';
    for (let k = run[0]!; k < run[0]! + 16 && k < this.#tokens.length; k++) {
      const token = this.#tokens[k]!;
      if (token.text === '(') {
        const acronym = (textAt(this.#tokens, k + 1)).toLowerCase();
        const isAcronym = PLAIN_ACRONYM.test(textAt(this.#tokens, k + 1)) && textAt(this.#tokens, k + 2) === ')';
        return k > j + 1 && isAcronym && (letters === acronym || allLetters === acronym);
      }
      if (!token.isWord || (k > run[0]! && !this.#isAdjacent(k))) return false;
      if (isCapitalized(token.text)) letters += acronymLetters(token.text);
      else if (!isConnector(token.text) && token.text !== 'and') return false;
      allLetters += acronymLetters(token.text);
    }
    return false;
  }

  /** What follows says what the name is: "the Oxidize conference", "Rusty Days is a new conference". */
  #isDefined(run: readonly number[]): boolean {
    let k = run.at(-1)! + 1;
    const lower = (i: number) => (this.#tokens[i]?.isWord ? this.#tokens[i]!.text : '');
    if (/^(?:is|was|are|were)$/.test(lower(k)) && /^(?:a|an|the)$/.test(lower(k + 1))) {
      k += 2;
      for (let extra = 0; extra < 2 && !isKindNoun(lower(k)) && /^\p{Ll}+$/u.test(lower(k)); extra++) k++;
    }
    return isKindNoun(lower(k)) && this.#gap(k) === ' ';
  }

  /**
   * A word named as what one uses for a tool's job: "Firefox, as a default browser, Sublime as a default GUI text editor"
   * (up to three describing words, lower-case or acronyms, before the tool's noun; not "security as a service").
   */
  #isCastAsTool(run: readonly number[]): boolean {
    let k = run.at(-1)! + 1;
    if (textAt(this.#tokens, k) !== 'as' || !/^(?:a|an|the|my|our|his|her|their)$/.test(textAt(this.#tokens, k + 1))) return false;
    k += 2;
    for (let extra = 0; extra < 3 && this.#tokens[k]?.isWord && !CAST_TOOLS.has(this.#tokens[k]!.text) && /^(?:\p{Ll}+|\p{Lu}{2,5})$/u.test(this.#tokens[k]!.text); extra++) k++;
    return CAST_TOOLS.has(textAt(this.#tokens, k));
  }

  /** Inside a link whose text is a title: "[2025 Year In Review](…)". */
  #isInTitledLink(run: readonly number[]): boolean {
    const start = this.#startOf(run[0]!);
    return spanAt(this.#evidence.titledLinks, start) !== undefined;
  }

  /** The link whose whole text is tokens `first` to `last` (not a bare URL), if any. */
  #wholeLink(first: number, last: number): Link | undefined {
    // A link's text may open with the article of the name: "[the Reading Room](…)".
    // (Asked of most lower-case words: the maps first, and the article, which slices the text, only before a link.)
    const links = this.#evidence.linksByStart;
    if (links.size === 0) return undefined;
    const start = this.#startOf(first);
    const link = links.get(start) ?? (links.has(start - 4) && this.#text[start - 1] === ' ' && /^the $/i.test(this.#text.slice(start - 4, start)) ? links.get(start - 4) : undefined);
    return link && !link.isBare && link.end === this.#endOf(last) ? link : undefined;
  }

  /**
   * How the link whose whole text is token `k` names it: its project page, its account or its site; or, for a
   * package named after the project whose site the link goes to, its project page ("[babel-register](https://babeljs.io/docs/usage/require/)").
   */
  #linkNaming(k: number): ReturnType<typeof linkMatchesName> {
    const link = this.#wholeLink(k, k);
    if (!link) return undefined;
    const word = this.#tokens[k]!.text;
    const match = linkMatchesName(link.url, word);
    if (match === undefined && word.includes('.') && isModuleReadme(link.url, word)) return 'project';
    if (match === undefined && isAffixedSiteOf(link.url, word)) return 'host';
    const dash = word.indexOf('-');
    if (match !== undefined || dash < 3) return match;
    const project = word.slice(0, dash);
    return isSiteOf(link.url, project) ? 'project' : undefined;
  }

  #isAccountLink(run: readonly number[]): boolean {
    const link = this.#wholeLink(run[0]!, run.at(-1)!);
    return link !== undefined && linkMatchesName(link.url, this.#surfaceOf(run)) === 'account';
  }

  /**
   * A link whose whole text is the run and whose target is named by it: the page
   * titled so (/wiki/Inside_Out), the project or the site. Ordinary words in a
   * link ("Diff", "Docs", "Read more") name nothing otherwise.
   */
  /** A run of several words that is a link's whole text and spells the site the link goes to (see linkMatchesName: 'host'). */
  #isSiteSpelled(run: readonly number[]): boolean {
    if (run.length < 2) return false;
    const link = this.#wholeLink(run[0]!, run.at(-1)!);
    return link !== undefined && linkMatchesName(link.url, this.#surfaceOf(run)) === 'host';
  }

  #isNamingLink(run: readonly number[]): boolean {
    const link = this.#wholeLink(run[0]!, run.at(-1)!);
    if (!link) return false;
    const surface = this.#surfaceOf(run);
    const match = linkMatchesName(link.url, surface);
    // Or the target spells the name somewhere: [Bush](https://georgewbush-whitehouse.archives.gov/).
    // A fragment names a section of the page, not the page: [Documents](https://eemeli.org/yaml/#documents).
    // One ordinary word that is a whole segment of the path names a section of the site (/wiki, /docs, /blog), not a
    // thing; that segment is its page (see linkMatchesName) only with the word's capital there, as titles keep it (/wiki/Jaws).
    const key = slug(surface);
    const isWord = run.length === 1 && this.#knowledge(run[0]!) === 'common';
    const address = isWord ? addressOf(link.url) : null;
    const isSection = address !== null && !address.hostname.includes(key) && address.pathname.toLowerCase().split('/').includes(key);
    const isPage = match === 'page' && (!isSection || address.pathname.includes(surface));
    // An ordinary plural names a project's repository of such things, not a thing with a name ("[Examples](https://github.com/koajs/examples)"),
    // unless the document writes it capitalised elsewhere too, as a project named so is written (Requests).
    if (isWord && match === 'project' && isPluralWord(surface.toLowerCase()) && this.#capitalizedElsewhere(surface) === 0) return false;
    return (match !== undefined && match !== 'account' && (match !== 'page' || isPage)) ||
      (key.length >= 4 && !isSection && slug(link.url.replace(/#.*$/s, '')).includes(key));
  }

  /** Inside a link to a page or a section that is no source: a cross-reference. */
  /** A contents' link to a section of this page, whose text titles the section: "[Support](#support)". */
  #isContentsLinkText(run: readonly number[]): boolean {
    if (this.#pageLinks.length === 0) return false;
    return spanAt(this.#pageLinks, this.#startOf(run[0]!))?.target.startsWith('#') === true;
  }

  #isPageLinkText(run: readonly number[]): boolean {
    const start = this.#startOf(run[0]!);
    if (this.#pageLinks.length === 0) return false;
    return spanAt(this.#pageLinks, start) !== undefined;
  }

  /** "Install HTTPX using pip", "Install with pip": a tool the sentence installs with. */
  #isInstaller(k: number): boolean {
    const previous = this.#tokens[k - 1];
    if (!previous?.isWord || !/^(?:using|with|via)$/i.test(previous.text) || this.#gap(k) !== ' ') return false;
    return this.#tokens.slice(0, k - 1).some((token) => token.isWord && /^install$/i.test(token.text));
  }

  /**
   * "designed by Cosmic Fox Design: https://www.behance.net/cosmicfox": the
   * address after the colon spells the capitalised words before it (all, or
   * the first two). Where the name starts, counting the capitalised words
   * before the run.
   */
  #spelledByAddress(run: readonly number[]): number | undefined {
    const colon = run.at(-1)! + 1;
    const link = textAt(this.#tokens, colon) === ':' ? this.#evidence.linksByStart.get(this.#tokens[colon + 1]?.start ?? -1) : undefined;
    if (!link?.isBare) return undefined;
    let first = run[0]!;
    while (first > 0 && this.#isAdjacent(first) && isCapitalized(this.#tokens[first - 1]!.text) && !this.#initial.has(first - 1)) first--;
    if (run.at(-1)! - first < 1) return undefined;
    const squashed = (from: number, to: number) => this.#tokens.slice(from, to + 1).map((t) => t.text.toLowerCase()).join('');
    const url = link.url.toLowerCase();
    return url.includes(squashed(first, run.at(-1)!)) || url.includes(squashed(first, first + 1)) ? first : undefined;
  }


  /** A link's whole text that its target names as a project or a site: "[Filesize](https://github.com/avoidwork/filesize.js) - Alternative …". */
  #isProjectLinkText(run: readonly number[]): boolean {
    const link = this.#wholeLink(run[0]!, run.at(-1)!);
    if (!link) return false;
    const match = linkMatchesName(link.url, this.#surfaceOf(run));
    if (match === 'project' || match === 'host') return true;
    // A repository named with its language (filesize.js, requests-rs): the path's last segment without it.
    const key = slug(this.#surfaceOf(run));
    const address = addressOf(link.url);
    const last = (address?.pathname.split('/').filter(Boolean).at(-1) ?? '').toLowerCase();
    return key.length >= 4 && /^(?:github\.com|gitlab\.com|codeberg\.org)$/.test(address?.hostname ?? '') &&
      slug(last.replace(/[.-](?:js|ts|py|rs|go|rb|php)$/, '')) === key;
  }

  /** The run is the whole text of a link to a file in a repository, and the file's name: `AUTHORS` for …/blob/master/AUTHORS. */
  #isFileLinkText(run: readonly number[]): boolean {
    const link = this.#wholeLink(run[0]!, run.at(-1)!);
    const path = link === undefined ? undefined : addressOf(link.url)?.pathname;
    return path !== undefined && REPOSITORY_FILE.test(path) && path.slice(path.lastIndexOf('/') + 1) === this.#surfaceOf(run);
  }

  /**
   * One word that names the site a link of its sentence goes to, alone or with "js" after it, as projects name
   * their sites: "how Node's `assert.throws()` … [documentation](https://nodejs.org/api/assert.html)", "Babel, for
   * instance, will load [`.babelrc`](https://babeljs.io/docs/usage/babelrc/)" (not the placeholder example.com);
   * or, inside a sentence, that a package linked there is named after, as plugins are: "For Pyramid there is
   * [pyramid-oauthlib](https://github.com/tilgovi/pyramid-oauthlib)".
   */
  /** The links that start at a token of the sentence, in order (looked up once, when a rule first asks). */
  #sentenceLinks(): readonly Link[] {
    if (this.#links === undefined) {
      const links: Link[] = [];
      const byStart = this.#evidence.linksByStart;
      if (byStart.size > 0) {
        for (const token of this.#tokens) {
          const link = byStart.get(token.start);
          if (link !== undefined) links.push(link);
        }
      }
      this.#links = links;
    }
    return this.#links;
  }

  #isSiteOfSentenceLink(run: readonly number[]): boolean {
    if (run.length !== 1) return false;
    const word = this.#tokens[run[0]!]!.text;
    if (word.length < 3 || /^example$/i.test(word)) return false;
    const lower = word.toLowerCase();
    const isInside = !this.#initial.has(run[0]!);
    return this.#sentenceLinks().some((link) => {
      if (isSiteOf(link.url, word)) return true;
      const parts = isInside ? projectOf(link.url)?.split(/[-_.]/) : undefined;
      return parts !== undefined && parts.length > 1 && parts.includes(lower);
    });
  }

  /** Inside the text of a link to a page of the project's own documentation site (see DocumentEvidence.ownDocLinks). */
  #isOwnDocLinkText(run: readonly number[]): boolean {
    const links = this.#evidence.ownDocLinks;
    if (links.length === 0) return false;
    const start = this.#startOf(run[0]!);
    const link = spanAt(links, start);
    // Unless the text names the site that hosts the page: "[Read the Docs](https://oauthlib.readthedocs.io/…)".
    return link !== undefined && linkMatchesName(link.url, this.#surfaceOf(run)) !== 'host';
  }

  /** A link's text that is the name of the file it links to in the same repository: "[nestedCommands.js](./examples/nestedCommands.js)". */
  #isLinkedFileName(start: number, surface: string): boolean {
    if (this.#pageLinks.length === 0) return false;
    const target = spanAt(this.#pageLinks, start)?.target.replace(/[?#].*$/s, '');
    return target !== undefined && /\.\w{1,5}$/.test(surface) && (target === surface || target.endsWith(`/${surface}`));
  }

  /** Ordinary words linking to a document of the same repository: "[Benchmarks](docs/benchmarks.md)" titles that file. */
  #isRepositoryDocLinkText(run: readonly number[]): boolean {
    const start = this.#startOf(run[0]!);
    return this.#pageLinks.some((l) => l.start <= start && start < l.end && REPOSITORY_DOC.test(l.target));
  }

  /** Ordinary words linking to a section of a page ("[Documents](https://eemeli.org/yaml/#documents)") title that section. */
  /** The heading of one of the page's sections, before "section": "the Deprecations section". */
  #isSectionNamed(run: readonly number[]): boolean {
    const after = this.#tokens[run.at(-1)! + 1];
    return after !== undefined && /^sections?$/.test(after.text) && this.#evidence.sectionTitles.has(foldName(this.#surfaceOf(run)));
  }

  /**
   * One ordinary word, capitalised with another across "of", as a Title Case phrase of ordinary words: "Code" and
   * "Conduct" in "a Code of Conduct". Neither half names anything (the whole may, see ANNOTATING.md on capitalised
   * generic phrases); a word known to name something (Queen of England) or heading a name (Bill of Rights) is joined before.
   */
  #isHalfOfOrdinaryPhrase(run: readonly number[]): boolean {
    if (run.length !== 1) return false;
    const k = run[0]!;
    // "of" beside it first: most one-word parts stand beside none, and the word tests below cost lookups.
    if (textAt(this.#tokens, k + 1) !== 'of' && textAt(this.#tokens, k - 1) !== 'of') return false;
    const isOrdinary = (i: number) => this.#tokens[i]?.isWord === true && isCapitalized(this.#tokens[i]!.text) && this.#knowledge(i) === 'common' &&
      this.#lexiconFor(this.#tokens[i]!.text) === undefined && !this.#initial.has(i);
    if (!isOrdinary(k) && !(this.#initial.has(k) && this.#knowledge(k) === 'common')) return false;
    // ("of" opening or ending the sentence has no gap on that side.)
    const isOf = (i: number) => i > 0 && i + 1 < this.#tokens.length && this.#tokens[i]!.text === 'of' && this.#gap(i) === ' ' && this.#gap(i + 1) === ' ';
    if (!(isOf(k + 1) && isOrdinary(k + 2)) && !(isOf(k - 1) && isOrdinary(k - 2))) return false;
    // Not in a link's text, a title whose words a name may share: "[Jekyll's Google Summer of Code Project](…)".
    const start = this.#tokens[k]!.start;
    return spanAt(this.#evidence.linksByStart.values(), start) === undefined;
  }

  #isSectionLinkText(run: readonly number[]): boolean {
    const link = this.#wholeLink(run[0]!, run.at(-1)!);
    return link !== undefined && /#./s.test(link.url);
  }

  #isLinkText(run: readonly number[]): boolean {
    // Not a link to a section of a page, whose text is the section's heading or what it covers:
    // "[AST](https://eemeli.org/yaml/#content-nodes)" is a term, not a name.
    const link = this.#wholeLink(run[0]!, run.at(-1)!);
    return link !== undefined && !this.#isSectionLinkText(run) && !(labelLinkTexts(this.#evidence.linksByStart).has(link.text) && run.every((k) => this.#knowledge(k) === 'common'));
  }

}

/** The first of the spans that holds the offset. */
function spanAt<T extends { start: number; end: number }>(spans: Iterable<T>, offset: number): T | undefined {
  for (const span of spans) if (span.start <= offset && offset < span.end) return span;
  return undefined;
}

const longestForms = new WeakMap<Lexicon, number>();

/**
 * A number, a quarter, an issue's label, a key combination, control characters or an identifier: asked of every
 * capitalised word, so each pattern only where the word's first character (or length) lets it match.
 */
function isLabelOrCode(surface: string): boolean {
  const code = surface.charCodeAt(0);
  // Beyond ASCII only a number or an identifier can match; an ASCII digit is a number.
  if (code >= 128) return /^\p{N}/u.test(surface) || IDENTIFIER.test(surface);
  if (code >= 48 && code <= 57) return true;
  // Q2, H1, FY2024; GH48645, PR7361.
  if ((code === 81 || code === 72 || code === 70) && PERIOD.test(surface)) return true;
  if ((code === 71 || code === 80) && ISSUE_LABEL.test(surface)) return true;
  // ctrl, control, alt, cmd, command, shift, option, meta, super, in either case; CR, LF, NUL, ESC, TAB, BS, FF, VT, NL.
  const lower = code | 32;
  if ((lower === 97 || lower === 99 || lower === 109 || lower === 111 || lower === 115) && KEY_COMBINATION.test(surface)) return true;
  if ((code === 66 || code === 67 || code === 69 || code === 70 || code === 76 || code === 78 || code === 84 || code === 86) && CONTROL_SEQUENCE.test(surface)) return true;
  // AS8452, or 20 letters and digits or more.
  return (code === 65 || surface.length >= 20) && IDENTIFIER.test(surface);
}

// What a part of #judgeNameWord says of a word.
type Verdict = 0 | 1 | 2;
const NO = 0;
const YES = 1;
const UNDECIDED = 2;

// A token's facts beside wordShape's bits (see SentenceNames' #facts): a word that is not verbatim; #isNameWord asked, and its answer.
const FREE_WORD = 16;
const NAME_JUDGED = 32;
const NAME_WORD = 64;
// Taken by a lexicon phrase, a linked name or a dateline: neither the capitalised runs nor the lower-case names look at it.
const CLAIMED = 128;

/** Each token's wordShape (see Token.shape), with FREE_WORD; 0 for a token that is no word. */
function tokenFacts(tokens: readonly Token[]): number[] {
  const facts: number[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    facts.push(token.isWord && !token.isVerbatim ? token.shape | FREE_WORD : token.shape);
  }
  return facts;
}

/** The text of the token at k, '' past either end: read in bounds (a read past an array's end throws away code optimised without one). */
function textAt(tokens: readonly Token[], k: number): string {
  return k >= 0 && k < tokens.length ? tokens[k]!.text : '';
}

/** The character of text at k, '' past either end: read in bounds (see textAt). */
function charAt(text: string, k: number): string {
  return k >= 0 && k < text.length ? text[k]! : '';
}

/** Whether a word has an ASCII digit or a character beyond ASCII: without either it has no \p{N} (asked of every short lower-case word). */
function hasDigitOrNonAscii(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const code = word.charCodeAt(k);
    if (code >= 128 || (code >= 48 && code <= 57)) return true;
  }
  return false;
}

/** The longest form (a key of byForm) and folded name (of byFold) whose folds open with a phrase's first word, folded. */
interface PhraseLimit {
  form: number;
  fold: number;
}

const NO_PHRASE: PhraseLimit = { form: -1, fold: -1 };
const phraseLimitsByLexicon = new WeakMap<Lexicon, Map<string, PhraseLimit>>();

/**
 * The longest names by the opening of their folds, for each fold of a first word in phraseStarts:
 * #claimLexiconPhrases tries each capitalised word that opens a phrase (The, New, Rust) with up to 17
 * tokens after it, longest first, and folds each try. A phrase in ASCII folds to its first word's fold
 * and more (case and periods change character by character), so one longer than every name whose fold
 * opens so is no name, and is not folded. (Made once per lexicon, from its 7,000 keys' openings.)
 */
function phraseLimits(lexicon: Lexicon): Map<string, PhraseLimit> {
  let limits = phraseLimitsByLexicon.get(lexicon);
  if (limits === undefined) {
    const found = new Map<string, PhraseLimit>();
    let longestStart = 0;
    for (const start of lexicon.phraseStarts) longestStart = Math.max(longestStart, start.length);
    const extend = (fold: string, length: number, side: keyof PhraseLimit) => {
      for (let end = 1; end <= Math.min(fold.length, longestStart); end++) {
        const opening = fold.slice(0, end);
        if (!lexicon.phraseStarts.has(opening)) continue;
        const limit = found.get(opening) ?? { form: -1, fold: -1 };
        limit[side] = Math.max(limit[side], length);
        found.set(opening, limit);
      }
    };
    for (const form of lexicon.byForm.keys()) extend(foldName(form), form.length, 'form');
    for (const fold of lexicon.byFold.keys()) extend(fold, fold.length, 'fold');
    phraseLimitsByLexicon.set(lexicon, found);
    limits = found;
  }
  return limits;
}

/** The length of the lexicon's longest form, as written or folded. */
function longestForm(lexicon: Lexicon): number {
  let longest = longestForms.get(lexicon);
  if (longest === undefined) {
    longest = 0;
    for (const form of lexicon.byForm.keys()) longest = Math.max(longest, form.length);
    for (const form of lexicon.byFold.keys()) longest = Math.max(longest, form.length);
    longestForms.set(lexicon, longest);
  }
  return longest;
}

/**
 * Whether a phrase (with no run of spaces and no space at either end) is longer
 * than `maxLength` even folded, so no lexicon form can match it. Only ASCII is
 * judged: folding it only drops periods (NFKC can lengthen other text).
 */
function isTooLongToFold(phrase: string, maxLength: number): boolean {
  if (phrase.length <= maxLength || !/^[\x00-\x7f]*$/.test(phrase)) return false;
  let periods = 0;
  for (let k = phrase.indexOf('.'); k >= 0; k = phrase.indexOf('.', k + 1)) periods++;
  return phrase.length - periods > maxLength;
}

function toWord(token: Token): Word {
  let surface = token.text;
  let start = token.start;
  // Both affixes need a hyphen: most words have none, and skip the regexes.
  const isCompound = surface.includes('-');
  const prefix = isCompound ? PREFIX.exec(surface)?.[0] : undefined;
  if (prefix) {
    surface = surface.slice(prefix.length);
    start += prefix.length;
  }
  // A compound with a lower-case tail: Rust-based, Foundation-project, Northeast-regional.
  const suffix = isCompound ? SUFFIX.exec(surface) : null;
  // (A licence's SPDX identifier keeps its tail: GPL-3.0-or-later.)
  const isModifier = suffix !== null && suffix[1]!.length > 2 && (isCapitalized(surface) || hasInnerCapital(surface)) && isCommonWord(suffix[1]!) && !isClippedWord(suffix[1]!) && !isShortStem(surface.slice(0, suffix.index)) && !SPDX_LICENSE.test(surface);
  if (isModifier) surface = surface.slice(0, suffix.index);
  return { token, surface, start, end: start + surface.length, lower: surface.toLowerCase(), isModifier };
}

/** A short stem that is no word is part of one name with its tail: Blu-ray, Wi-fi (not Amy-first). */
function isShortStem(stem: string): boolean {
  return stem.length <= 3 && /^\p{Lu}\p{Ll}+$/u.test(stem) && !isCommonWord(stem.toLowerCase()) && !isFirstName(stem.toLowerCase());
}

const WORD_PREFIXES = new Set(['pre', 'non', 're', 'co', 'multi', 'cross', 'self', 'sub', 'super', 'post', 'anti', 'de', 'un', 'semi', 'well', 'high', 'low', 'long', 'short', 'open', 'built', 'in', 'out', 'up', 'down']);

/** A capitalised ordinary word joined by a hyphen to a short code in capitals: Disconnect-ACK, Request-URI. */
function isMessageName(word: string): boolean {
  const parts = word.split('-');
  if (parts.length !== 2) return false;
  const isWord = (part: string) => /^\p{Lu}\p{Ll}+$/u.test(part) && isCommonWord(part.toLowerCase());
  const isCode = (part: string) => /^\p{Lu}{2,4}$/u.test(part) || /^\p{Lu}\p{Ll}\p{Lu}$/u.test(part);
  // Two codes, one in mixed case: CoA-NAK.
  const isMixedCodes = isCode(parts[0]!) && isCode(parts[1]!) && /\p{Ll}/u.test(word);
  return (isWord(parts[0]!) && isCode(parts[1]!)) || (isCode(parts[0]!) && isWord(parts[1]!)) || isMixedCodes;
}

/** An ordinary word or a compound of ordinary words: pre-compiled, well-known, open-source. */
function isCommonCompound(word: string): boolean {
  return word.split('-').every((part) => part === '' || isCommonWord(part) || WORD_PREFIXES.has(part) || /^\p{N}+$/u.test(part));
}

function isDomainName(word: string): boolean {
  if (!word.includes('.') || !DOMAIN.test(word)) return false;
  const stem = word.slice(0, word.indexOf('.')).toLowerCase();
  return !FILE_STEMS.has(stem);
}

/** PascalCase that reads as a type name rather than a brand: three or more humps, a plural, or a code suffix. */
function isIdentifierLike(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+\p{Lu}/u.test(word) || /[^\p{L}\p{N}]/u.test(word)) return false;
  const humps = word.match(/\p{Lu}\p{Ll}+/gu) ?? [];
  if (humps.length >= 3 && humps.every((h) => isCommonWord(h.toLowerCase()))) return true;
  return CODE_SUFFIX.test(word);
}

