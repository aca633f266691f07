import { CATEGORIES, type Category } from '../graph/schema.js';
import { remembered } from '../memo.js';
import type { Link } from '../read/types.js';
import type { SentenceView } from './evidence.js';
import type { NameCandidate } from './names.js';
import { hasInnerCapital, isAcronym, isCapitalized } from './tokens.js';
import { compromiseTag, headCategory, isCommonWord, isDemonym, isFirstName, isNameParticle, nounCategory, PARTICLE_NAME, properCategory, SPEECH_VERBS } from './words.js';

/** Evidence for each category, summed over a name's mentions; the largest wins. */
export type CategoryVotes = Partial<Record<Category, number>>;

// A word of a person's name: Haverbeke, McLuckie, O'Brien, Jean-Luc, an initial or initials run together
// (A.M. Kuchling, J.R.R. Tolkien) (al-Sisi: see PARTICLE_NAME).
const PERSON_WORD = /^(?:Mc|Mac|O['’]|D['’]|Le|La|De|Di|Da|Du)?\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)*$|^(?:\p{Lu}\.){1,3}$/u;
// An event's word: RustConf, PyCon, RustFest, RustWeek (the suffix capitalised: Beacon, Manifest and Decamp are
// no events), or one of its own: Hackfest, Devroom.
const EVENT_SUFFIX = /^\p{L}*\p{Ll}(?:Conf|Con|Fest|Summit|Camp|Hackathon|Meetup|Week)$/u;
const EVENT_WORD = /^(?:conf|fest|summit|hackathon|hackfest|meetup|devroom|expo)$/;
// Articles that open the names of papers, broadcasters and places in other languages, never a person's: El Comercio, Der Spiegel,
// Il Manifesto, Los Pinos ("La" and "Le" also open surnames: Le Pen).
const ARTICLES_FIRST = new Set(['El', 'Los', 'Las', 'Les', 'Il', 'Gli', 'Der', 'Die', 'Das', 'Het']);
// Languages that put the head first: Institut d'Economie Industrielle, Universidad de Chile, Fundación Sadosky.
const FIRST_HEADS = new Set([
  'institut', 'instituto', 'istituto', 'universidad', 'université', 'universite', 'universität', 'universitat', 'universidade',
  'università', 'fundación', 'fundacion', 'fondation', 'fundação', 'fondazione', 'stichting', 'banco', 'banque', 'ministerio',
  'ministère', 'ministero', 'escuela', 'école', 'ecole', 'colegio', 'asociación', 'associação', 'associazione', 'partido',
  // Broadcasters: TV Cultura, Radio Canada, Canal Sur.
  'tv', 'radio', 'rádio', 'canal', 'televisión', 'televisão',
  'lycée', 'lycee', 'collège', 'gymnasium',
]);
const KIND_BEFORE = new Set(['company', 'startup', 'firm', 'nonprofit', 'organization', 'organisation', 'agency', 'university', 'newspaper', 'magazine', 'city', 'town', 'village', 'country', 'region', 'province']);
const PERSON_NOUNS_BEFORE = new Set(['by', 'with', 'thanks', 'from', 'to', 'and']);
const PLACE_PREPOSITIONS = /\b(?:based in|located in|born in|lives? in|living in|moved to|headquartered in|cities? of|city of|capital of|in the city of|(?:village|town|region|province|district|island|municipality|prefecture|outskirts|suburbs?) of|offices? in|people of|government of|president of|parts of|north of|south of|east of|west of|across|throughout|visit(?:ed|ing)?|(?:hosted|held|tak(?:es|ing) place|took place|take place) (?:at|in)(?: the)?(?: \p{Ll}+)?)\s+$/iu;
// "the search engine Quickwit", "a library called": a determiner, maybe a modifier, then a noun of kind.
const NOUN_BEFORE = /\b(?:the|a|an|its|our|their) (?:[\p{Ll}-]+ )?([\p{Ll}]+) $/u;
// A role held in a body names the body: "Executive Director of 18F", "Chief Operating Officer of cBrain", "a member of the Board".
const ORG_PHRASE_BEFORE = /\b(?:works? (?:at|for)|worked (?:at|for)|joined|employees? (?:of|at)|founded|acquired|(?:CEO|CTO|CFO|COO|director|officer|co-?founder|founder|members?|manager|lead) (?:of|at)(?: the)?|engineers? at|researchers? at|companies? (?:like|such as)|organizations? (?:like|such as)|sponsored by|funded by)\s+$/i;
// Where a project's name sits in the path of its page: github.com/owner/NAME, crates.io/crates/NAME, docs.rs/NAME.
const PROJECT_PATHS: Readonly<Record<string, number>> = {
  'github.com': 1, 'gitlab.com': 1, 'codeberg.org': 1, 'bitbucket.org': 1, 'sr.ht': 1, 'git.sr.ht': 1,
  'crates.io': 1, 'lib.rs': 1, 'npmjs.com': 1, 'npmjs.org': 1, 'pypi.org': 1, 'docs.rs': 0, 'pkg.go.dev': 0,
};
// Hosts that give each project a subdomain for its documentation: black.readthedocs.io, NAME.github.io.
const PROJECT_SUBDOMAINS = /^[^.]+\.(?:readthedocs\.(?:io|org)|rtfd\.io|github\.io|gitlab\.io)$/;
// Hosts whose one-segment paths are people's or organisations' accounts: github.com/USER.
const ACCOUNT_HOSTS = /^(?:github\.com|gitlab\.com|codeberg\.org|twitter\.com|x\.com|mastodon\.social|bsky\.app)$/;

// Clipped words of the trade that end a team's or a group's name, not a person's: "Compiler Ops", "Test Infra", "Enzyme Devs".
const TRADE_CLIPPINGS = new Set(['ops', 'devops', 'infra', 'dev', 'devs', 'bot', 'bots', 'admin', 'admins', 'eng', 'perf', 'sec', 'infosec', 'mgmt', 'repo', 'repos']);

export interface CategorizeContext {
  text: string;
  view: SentenceView;
  link?: Link;
  /** The category the lexicon gives the name's first word, if any ("Debian" in "Debian Stretch"). */
  firstWordCategory?: Category;
  /** The category the lexicon gives the name without its first word, if any ("Wikipedia" in "Turkish Wikipedia"). */
  restCategory?: Category;
  /** The document links the name to the account of that name: a person's handle (see accountHandles). */
  isHandle?: boolean;
  /** Whether the document writes a word as code (inside backticks or a code block), as written. */
  isCodeWord?: (word: string) => boolean;
}

// Verbs whose subject is a thing that runs (product) or a body that acts (organization): "Ajv generates code", "Acme acquired".
const PRODUCT_VERBS = new Set([
  'supports', 'generates', 'compiles', 'runs', 'parses', 'validates', 'implements', 'renders', 'bundles', 'exports',
  'ships', 'crashes', 'compiled', 'parsed', 'validated', 'rendered', 'crashed', 'installs', 'executes', 'outputs',
]);
// Verbs whose subject is a person's life: enrolling, graduating, marrying, dying.
const LIFE_VERBS = new Set(['enrolled', 'graduated', 'married', 'died', 'resigned', 'retired', 'pleaded', 'testified', 'fled', 'emigrated']);
const ORGANIZATION_VERBS = new Set([
  'acquired', 'acquires', 'hired', 'hires', 'employs', 'funded', 'funds', 'sponsored', 'sponsors', 'raised', 'partnered',
  'invested', 'invests', 'headquartered', 'laid', 'merged', 'sued', 'fined', 'donated', 'granted', 'announced',
  'announces', 'launched', 'launches', 'unveiled', 'unveils', 'published', 'publishes', 'sponsoring',
]);
// A sponsor's tier or a partner's role after a name (see isSponsor).
const SPONSOR_AFTER = /^[,:]\s(?:\p{Lu}\p{Ll}+\s){0,2}(?:Sponsors?|Partners?)\b/u;
// A sentence's list of sponsors or partners, up to the name: after a colon, "such as" or "including".
const SPONSORS_BEFORE = /\b(?:sponsors|sponsored by|partners)\b[^.;!?]*?(?::|\bsuch as|\bincluding)\s[^:;]*$/i;
// What is said of an event before its name (see voteCategory): registering for it, tickets for it.
const EVENT_BEFORE = /\b(?:registration|tickets?)\b(?:\s+[\p{Ll}-]+){0,4}\s+(?:for|to)\s+$/iu;
// Sites that publish news: their names are organizations.
const NEWS_SITE = /(?:news|times|post|herald|tribune|journal|gazette|daily|guardian|reuters|bloomberg|cnn|bbc|npr|wired|verge|techcrunch|arstechnica|engadget|axios|politico|forbes|wsj|economist|theatlantic|vox|mashable|cnet|zdnet|theregister|apnews|aljazeera|nytimes|wapo)/i;
// Top-level domains that projects and products take for their sites.
const SOFTWARE_DOMAIN = /\.(?:io|rs|dev|app|sh|js|ai|so|tech|tools|software|cloud|codes|page|run|build|gg|xyz|me)$/;
const NUMBERED_DOCUMENT = /^(?:RFC|PEP|ISO|IEEE|POSIX(?=[\s.-]?\d)\.?|ECMA|JEP|KEP|JSR|BIP|EIP|ERC|CVE|FIPS|BCP|STD|FYI|H\.\s?R\.|S\.)[\s-]?#?\d/i;
// Street abbreviations: "Franklin St" is an address, however personal its first word.
// Words that open the name of a storm: Hurricane Harvey, Cyclone Idai.
const STORM_WORDS = new Set(['hurricane', 'typhoon', 'cyclone', 'superstorm']);
const STREET_WORDS = new Set(['st', 'st.', 'ave', 'ave.', 'rd', 'rd.', 'blvd', 'blvd.', 'ln', 'street', 'avenue', 'road', 'boulevard', 'lane', 'drive', 'plaza']);
// What the text says the name is: an apposition ("Ajv, a JSON validator", "InsideTrack, a team of coaches") or
// a copula ("RustLab 2020 is a 2 days conference", "Rust Latam is Latin America's leading event"); an article in capitals
// stresses the apposition ("GeoPython, THE event for Python- and Geo-Enthusiasts").
const DEFINITION_AFTER = /^(?:,\s(?:a|an|the|THE)\s|\s(?:is|was)\s(?:(?:a|an|the|one of the)\s)?)([^,.;:!?()\n]{0,60})/u;
// What people are, said of them in a definition (after a name, "a Rust developer" says nothing of Rust).
export const PERSON_KINDS: ReadonlySet<string> = new Set([
  'organizer', 'organiser', 'journalist', 'activist', 'professor', 'student', 'researcher', 'engineer', 'developer',
  'author', 'writer', 'designer', 'lawyer', 'scientist', 'blogger', 'artist', 'politician', 'reporter', 'sociologist',
  'programmer', 'maintainer', 'mathematician', 'physicist', 'economist', 'historian', 'philosopher', 'inventor', 'entrepreneur',
  'musician', 'guitarist', 'pianist', 'singer', 'composer', 'poet', 'novelist', 'painter', 'actor', 'actress',
]);
const ROLE_AFTER = /^,\s(?:ceo|cto|cfo|coo|founder|co-?founder|director|president|vice president|chair|chairman|chairwoman|professor|head|spokesperson|spokesman|spokeswoman|minister|secretary|senator|governor|mayor)\s(?:of|at)\b/i;
// Words that end the noun phrase the definition names: "a project of NumFOCUS", "a tool that".
const SOFTWARE_MODIFIER = /^(?:open-source|source|software|javascript|python|rust|npm|library)$/i;
const PHRASE_END = new Set(['of', 'for', 'by', 'with', 'that', 'which', 'who', 'and', 'or', 'in', 'on', 'at', 'to', 'from', 'where']);
// A body's people and parts, said with a possessive: "Acme's CEO", "Kapiche's founder", "the Council's members".
const OWNED_BY_BODY = /^['’]s\s+(?:[\p{Ll}-]+\s+)?(?:ceo|cto|cfo|coo|founders?|co-?founders?|president|chairman|chairwoman|spokesperson|spokesman|spokeswoman|employees|staff|board|headquarters|executives|shareholders|investors|subsidiary|subsidiaries)\b/iu;
// A place written after the name, ending its sentence or cell: "Kissimmee, US", "Currumbin Waters, Queensland".
// A known place may also go on ("Open Systems Consultants, Currumbin Waters, Australia, for their ...").
const PLACE_AFTER = /^,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})(?=\s*(?:$|[\n.;:)<|"”’]|(,)))/u;
// After "in" or "near", the region or country after a comma says the name is a place's, whatever follows: "in Henderson, Nevada where".
const REGION_AFTER = /^,\s+(\p{Lu}\p{L}*(?:\s\p{Lu}\p{L}*){0,2})/u;
// A list of names after a preposition of place, up to the name and on after it, one of them a known place: "protests in Nairobi, Kisumu
// and Mombasa", "vigils in South Korea, San Francisco and elsewhere", "took him to Onitsha, Calabar, and Lagos".
// (Mid-sentence only: "In Kenya, Safaricom and" opens a sentence with a place and goes on to its subject.)
const LIST_MEMBER = '\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*){0,2}';
const LIST_SEPARATOR = '(?:,\\s|,?\\s(?:and|or)\\s)';
const PLACE_LIST_BEFORE = new RegExp(`\\b(?:in|near|to|across|throughout|between)\\s((?:${LIST_MEMBER}${LIST_SEPARATOR})*)$`, 'u');
const PLACE_LIST_AFTER = new RegExp(`^(?:${LIST_SEPARATOR}${LIST_MEMBER})+`, 'u');
const SEPARATORS = /,?\s(?:and|or)\s|,\s/u;
// A person's name and a comma before the name, opening a line or list item that the name ends: "Tracy Teal, Data Carpentry".
const AFFILIATION_BEFORE = /(?:^|\n)[ \t]*(?:[-*+•]\s+)?(\p{Lu}\p{Ll}+) \p{Lu}[\p{L}'’-]+,\s$/u;

// Labels of teams in issue trackers and chat channels: T-lang, team-infra, wg-async, sig-network.
const TEAM_LABEL = /^(?:(t|team)|(wg)|(sig))-(\p{L}[\p{L}\p{N}-]*)$/u;
/** The name a team label stands for: T-lang → lang team, wg-async → async working group. */
export function teamLabelName(key: string): string | undefined {
  const match = TEAM_LABEL.exec(key);
  if (!match) return undefined;
  const [, team, wg, , rest] = match;
  return team ? `${rest} team` : wg ? `${rest} working group` : `sig ${rest}`;
}

/** Votes for a name's category from this one mention: its words, its shape and its context. */
export function voteCategory(name: NameCandidate, context: CategorizeContext): CategoryVotes {
  if (name.lexicon) return knownVotes(name.lexicon.category);
  const votes: CategoryVotes = {};
  const add = (category: Category, weight: number) => (votes[category] = (votes[category] ?? 0) + weight);
  // Markup says what it is: a title in italics, a cell under "Director", an author in a reference entry.
  if (name.category) add(name.category, 8);
  const words = (name.name ?? name.surface).split(/\s+/);
  const lowerWords = words.map((w) => w.toLowerCase());
  const lower = lowerWords.join(' ');
  const last = lowerWords.at(-1)!;

  const whole = properCategory(lower);
  if (whole && (words.length > 1 || whole !== 'person')) add(whole, words.length > 1 ? 6 : 4);
  // A lone surname or famous person compromise knows (Clinton, Shakespeare): a person, unless something stronger says otherwise.
  if (words.length === 1 && (compromiseTag(lower) === 'LastName' || compromiseTag(lower) === 'Person')) add('person', 1.5);

  // A one-word name that is itself a place or product noun (Crater, Lang) says little by it; "the Foundation" does.
  const headWord = headCategory(last.replace(/'s$/, ''));
  const head = words.length > 1 || !isCommonWord(last) || headWord === 'organization' ? headWord : undefined;
  if (head) add(head, words.length > 1 ? 3 : 1.5);
  // Events: RustConf, DockerCon 2014, RustFest Netherlands, RustWeek, Rust LATAM 2020.
  if (words.some((w) => EVENT_SUFFIX.test(w)) || lowerWords.some((w) => EVENT_WORD.test(w)) || (words.length > 1 && /^(?:19|20)\d\d$/.test(last))) add('other', 4);
  if (words.length > 1 && FIRST_HEADS.has(lowerWords[0]!)) add('organization', 4);
  // In "X of Y" / "X for Y" the head is X: Bank of America, Center for Economic and Social Rights.
  // A place head only names a place of a place: City of London, State of Texas (not State of Rust Survey).
  const joiner = lowerWords.findIndex((w, i) => i > 0 && (w === 'of' || w === 'for' || w === 'on'));
  if (joiner > 0) {
    const before = headCategory(lowerWords[joiner - 1]!);
    const isOfPlace = before !== 'place' || (!head && properCategory(lowerWords.slice(joiner + 1).join(' ')) === 'place');
    if (before && isOfPlace) add(before, 4);
  }

  // People: two to four words shaped like a name (Marijn Haverbeke, Craig McLuckie, Dawn Chen), or one known first name.
  // A place among the words (Vodafone Egypt, Radio Free Asia) makes it no one's name.
  // (A place after a known first name is a surname: Jillian York, Denzel Washington.)
  const hasPlace = words.length > 1 && lowerWords.some((w, i) => properCategory(w) === 'place' && (i === 0 || !isFirstName(lowerWords[0]!)));
  if (hasPlace && !whole) add(head ?? 'organization', 1.5);
  // Initials in capitals without periods open a name too ("TJ Holowaychuk", "JJ Ying"), where the lexicon knows no acronym of them (GE, HP).
  const isInitials = (w: string, i: number) => i === 0 && words.length > 1 && /^\p{Lu}{2}$/u.test(w) && context.firstWordCategory === undefined;
  // A demonym opens the name of a colony or a region, never a person's: Belgian Congo, French Cameroon.
  const isNamedByDemonym = words.length > 1 && isDemonym(lowerWords[0]!);
  const isNameShaped = !hasPlace && !isNamedByDemonym && !TRADE_CLIPPINGS.has(last) && !(words.length > 1 && ARTICLES_FIRST.has(words[0]!)) && words.every((w, i) => PERSON_WORD.test(w) || isNameParticle(w) || PARTICLE_NAME.test(w) || isInitials(w, i));
  // Middle initials aside: George H. W. Bush.
  const isFirstNamed = isNameShaped && isFirstName(lowerWords[0]!) && words.filter((w) => !/^\p{Lu}\.$/u.test(w)).length <= 3;
  // A first name outweighs a head word that is also a surname: Craig Hills, Austin Hicks (not Anita Borg Scholarship).
  if (isFirstNamed && head && words.length === 2 && head !== 'organization') add('person', 5);
  if (isNameShaped && !head) {
    const isSurnameUnknown = !isCommonWord(last) && !isNameParticle(last);
    if (isFirstNamed) add('person', words.length > 1 ? 5 : 2);
    else if (words.length > 1 && words.length <= 4 && (isSurnameUnknown || lowerWords.every((w) => !isCommonWord(w) || properCategory(w) === 'person')) && !opensWithNoGivenName(words, context)) add('person', 2.5);
  }
  // A title makes a person of a name like a person's, not of a body's or a work's ("Director Election Proposal Committee").
  if (name.hasTitle && !(words.length > 1 && !isFirstNamed && head !== undefined && head !== 'place')) add('person', 4);
  if (teamLabelName(lower) !== undefined) add('organization', 6);
  if (STREET_WORDS.has(last) && words.length > 1) add('place', 8);
  // A named storm is an event, whatever its given name: Hurricane Katrina, Typhoon Haiyan, Tropical Storm Allison.
  if (isStormName(lower)) add('other', 8);
  // A numbered standard or proposal: RFC 3492, PEP 8, ISO 8601, CVE-2024-1234.
  if (NUMBERED_DOCUMENT.test(name.name ?? name.surface)) add('other', 4);
  // A release or part of a known product: Debian Stretch, Windows Server.
  if (words.length > 1 && context.firstWordCategory === 'product' && !head) add('product', 3);
  // A known company's name before a word that is no head names one of its products: Microsoft Windows, Google Maps.
  if (words.length === 2 && context.firstWordCategory === 'organization' && !head && !hasPlace) add('product', 2);
  // All the more before a known product: Intel Fortran, Microsoft Excel (not a person named like one).
  if (words.length === 2 && context.firstWordCategory === 'organization' && context.restCategory === 'product') add('product', 2);
  // A demonym before a known name is that name's local edition: Turkish Wikipedia, German Wikipedia.
  if (isNamedByDemonym && context.restCategory !== undefined) add(context.restCategory, 4);
  else if (isNamedByDemonym && properCategory(lowerWords.slice(1).join(' ')) === 'place') add('place', 4);

  // Shapes.
  const surface = name.surface;
  // (An acronym the document also writes in lower case as code is a technology's name, a package's or a format's: `yaml`, `jsdom`.)
  if (isAcronym(surface)) add(/\p{N}|-/u.test(surface) || context.isCodeWord?.(surface.toLowerCase()) === true ? 'product' : 'organization', 1.5);
  else if ((hasInnerCapital(surface) && !isNameShaped) || /^\p{Ll}/u.test(surface)) add('product', 2);
  else if (/\p{N}/u.test(surface)) add('product', 1.5);
  if (surface.includes('.') && /^[\p{L}\p{N}-]+\.(?:io|rs|dev|com|org|net|ai|app|sh|so|js)$/iu.test(surface)) add('product', 3);
  // A plus glued after it means that release and the later ones: "macOS (11.0+, Big Sur+)", "Windows 10+".
  if (context.text.charCodeAt(name.end) === 43 && !/[\p{L}\p{N}+]/u.test(context.text[name.end + 1] ?? '')) add('product', 2);

  // Context around the mention.
  const { tokens } = context.view;
  const next = tokens[name.last + 1];
  const nextWord = next?.isWord ? next.text.toLowerCase() : '';
  if (next?.isWord && !isCapitalized(next.text)) {
    const said = nounCategory(nextWord);
    if (said) add(said, 2);
    // An acronym used as a modifier of a thing ("the MIR borrow checker") is more often a technology than a body.
    else if (isAcronym(name.surface) && !SPEECH_VERBS.has(nextWord) && isCommonWord(nextWord)) add('product', 1);
    if (SPEECH_VERBS.has(nextWord)) add('person', words.length > 1 ? 2 : 1);
    // What only people do: "Gbagbo enrolled", "Tiro died", "Shalev pleaded guilty".
    else if (LIFE_VERBS.has(nextWord) || (nextWord === 'was' && /^\s+was\s+born\b/.test(context.text.slice(name.end, name.end + 12)))) add('person', 2);
    // "the Bush administration", "the Obama era": a politician's name.
    if (/^(?:administration|presidency|era|campaign|family|government|cabinet|years)$/.test(nextWord) && isNameShaped) add('person', 2);
  }
  // The verb it is the subject of.
  if (PRODUCT_VERBS.has(nextWord)) add('product', 1.5);
  if (ORGANIZATION_VERBS.has(nextWord)) add('organization', 2);
  // A role after a comma, without an article, is a person's: "Okonkwo, director of the lab", "Ruiz, CEO of Acme".
  if (ROLE_AFTER.test(context.text.slice(name.end, name.end + 30))) add('person', 3);
  const saidAfter = definedCategory(context.text.slice(name.end, name.end + 80));
  if (saidAfter) add(saidAfter, 3);
  if (OWNED_BY_BODY.test(context.text.slice(name.end, name.end + 40))) add('organization', 2);
  // The full stop after "Queensland." ends the sentence; the ones in "D.C." are the name's.
  const placeMatch = PLACE_AFTER.exec(context.text.slice(name.end, name.end + 40));
  const placeAfter = placeMatch?.[1]?.replace(/(\p{L}{2})\.$/u, '$1');
  const isCode = placeAfter !== undefined && placeMatch?.[2] === undefined && /^\p{Lu}{2}$|^(?:\p{Lu}\.){2}$/u.test(placeAfter);
  if (placeAfter !== undefined && (isCode || properCategory(placeAfter.toLowerCase()) === 'place')) add('place', 2.5);
  const before = context.text.slice(Math.max(0, name.start - 60), name.start);
  // (It ends with a comma and a space: most names have none before them, and skip the pattern.)
  const affiliated = before.charCodeAt(before.length - 2) === 44 ? AFFILIATION_BEFORE.exec(before)?.[1] : undefined;
  if (affiliated !== undefined && isFirstName(affiliated.toLowerCase()) && !isFirstNamed && /^\s*(?:\n|$)/.test(context.text.slice(name.end, name.end + 3))) add('organization', 2.5);
  if (/@$/.test(before) || context.isHandle) add('person', 4);
  // A hashtag names a campaign: #KeepItOn.
  if (/#$/.test(before)) add('other', 3);
  if (PLACE_PREPOSITIONS.test(before)) add('place', 2.5);
  else if (isPlaceInContext(before, context.text.slice(name.end, name.end + 40))) add('place', 3);
  if (/\baccording to\s+$/i.test(before)) add(words.length > 1 && isNameShaped ? 'person' : 'organization', 1);
  // The kind noun before the name says what it is, as the one after it does.
  const nounBefore = NOUN_BEFORE.exec(before)?.[1];
  const saidBefore = nounBefore === undefined ? undefined : nounCategory(nounBefore);
  if (saidBefore === 'product' || saidBefore === 'other') add(saidBefore, 2);
  // Of the nouns of bodies and places, only the plain kinds: "the startup Kapiche", "the city Quillfern" (not "the project Tokio").
  else if (nounBefore !== undefined && KIND_BEFORE.has(nounBefore)) add(saidBefore!, 2);
  if (ORG_PHRASE_BEFORE.test(before) || (/\sat\s$/.test(before) && isStaffAt(before))) add('organization', 2);
  if (isSponsor(name, context)) add('organization', 2.5);
  // An event is what one registers for or buys tickets to: "Registration is live for GeoPython", "tickets are still available for PyConDE".
  if (/\b(?:registration|tickets?)\b/i.test(before) && EVENT_BEFORE.test(before)) add('other', 2.5);
  else if (nextWord === 'registration' || nextWord === 'tickets') add('other', 2);
  // "a Berlin-based startup" (not "Flash-based polyfills", "Rust-based tools"): a body or a person is based somewhere.
  const basedWhat = /^-based\s+([\p{Ll}-]+)/u.exec(context.text.slice(name.end, name.end + 40))?.[1];
  if (basedWhat !== undefined && (nounCategory(basedWhat) === 'organization' || PERSON_KINDS.has(basedWhat))) add('place', 3);
  if (/^\s*\(@[\w-]+\)/.test(context.text.slice(name.end, name.end + 40))) add('person', 4);
  const previous = tokens[name.first - 1];
  // (Not words of the language alone, as a title's are: "the paper Accurate Static Branch Prediction by Value Range Propagation".)
  if (previous?.isWord && PERSON_NOUNS_BEFORE.has(previous.text.toLowerCase()) && isNameShaped && words.length > 1 && !isTitleWords(lowerWords)) add('person', 0.5);

  // A link whose text is the name and whose URL is the project's page.
  if (context.link && context.link.start === name.start && context.link.end === name.end) {
    const match = linkMatchesName(context.link.url, surface);
    if (match === 'project') add('product', 3);
    // A project's own site is on a software domain (quickwit.io, pola.rs); a body's on .com, .org or a country's.
    // A site of its own outweighs a shape like a person's (Mada Masr at madamasr.com), though not a known first name.
    if (match === 'host') add(words.length > 1 || NEWS_SITE.test(context.link.url) || !SOFTWARE_DOMAIN.test(hostOf(context.link.url)) ? 'organization' : 'product', words.length > 1 && !isFirstNamed && !head ? 3 : 2);
    const described = encyclopediaCategory(context.link.url, surface);
    if (described) add(described, 3);
  }
  // A link's text that opens with the name, to the project's page: "[JSDON serializer](https://github.com/WebReflection/jsdon)".
  else if (context.link && context.link.start === name.start && linkMatchesName(context.link.url, surface) === 'project') add('product', 2);
  // A news site's name: The Guardian, Mashable, CNET.
  if (!isNameShaped && NEWS_SITE.test(surface.replace(/\s/g, ''))) add('organization', 2);
  return votes;
}

/** A name after "in" with its region after it ("in Tacoma, Washington"), or listed after a place ("in Nairobi, Kisumu and Mombasa"). */
function isPlaceInContext(before: string, after: string): boolean {
  const isPlace = (value: string | undefined) => value !== undefined && properCategory(value.toLowerCase()) === 'place';
  if (/\b(?:in|near)\s$/.test(before) && after.charCodeAt(0) === 44 && isPlace(REGION_AFTER.exec(after)?.[1])) return true;
  // After a comma, the list goes on after the name ("in London, Ferrous Systems announced" ends the place's phrase).
  const listBefore = PLACE_LIST_BEFORE.exec(before)?.[1];
  if (listBefore === undefined) return false;
  const listAfter = PLACE_LIST_AFTER.exec(after)?.[0] ?? '';
  const goesOn = /^(?:,\s|\s(?:and|or)\s)/.test(after);
  const isListed = listBefore === '' ? listAfter !== '' : before.endsWith('and ') || before.endsWith('or ') || goesOn;
  // A list has its "and" or "or" ("thanks to Brackwell, Nevada for" names an address).
  const hasConjunction = / (?:and|or) /.test(listBefore) || / (?:and|or) /.test(listAfter) || /^,?\s(?:and|or)\s/.test(after);
  const members = [...listBefore.split(SEPARATORS), ...listAfter.split(SEPARATORS)].filter((member) => member !== '');
  // (A sure place: Ord, the trait beside PartialOrd, is also a town somewhere.)
  return isListed && hasConjunction && members.some((member) => member.length > 3 && !isCommonWord(member.toLowerCase()) && isPlace(member));
}

// Kinds an encyclopedia's page title adds in parentheses that say a work: Imperium (novel), Inside Out (2015 film).
// People's kinds an encyclopedia disambiguates by, beside PERSON_KINDS: Tiro (freedman), Lorde (rapper).
const WIKI_PERSON_KINDS = new Set(['footballer', 'cricketer', 'rapper', 'emperor', 'king', 'queen', 'saint', 'bishop', 'general', 'freedman', 'judge', 'explorer', 'athlete', 'boxer']);
const WORK_KINDS = /\b(?:novel|film|book|album|song|single|play|opera|poem|painting|episode|series|sculpture|video game|musical)$/;

/**
 * What an encyclopedia's page that a name links to says it is: the kind in parentheses after its title ("Imperium (novel)",
 * "Lorde (musician)"), or the person's full name when the link's text is only the surname ("Ahmadinejad" to Mahmoud_Ahmadinejad).
 */
function encyclopediaCategory(url: string, surface: string): Category | undefined {
  if (!url.includes('wikipedia.org/wiki/')) return undefined;
  const address = addressOf(url);
  if (!address?.hostname.endsWith('wikipedia.org') || !address.pathname.startsWith('/wiki/')) return undefined;
  let title = address.pathname.slice(6);
  try {
    title = decodeURIComponent(title);
  } catch {
    // a malformed escape: read the title as written
  }
  title = title.replace(/_/g, ' ').trim();
  const kind = /^(.+?) \(([^()]+)\)$/.exec(title)?.[2]?.toLowerCase();
  if (kind !== undefined) {
    if (WORK_KINDS.test(kind)) return 'other';
    const last = kind.split(/[\s,]+/).at(-1)!;
    return PERSON_KINDS.has(last) || WIKI_PERSON_KINDS.has(last) ? 'person' : last === 'band' ? 'organization' : nounCategory(last);
  }
  const words = title.split(' ');
  return words.length >= 2 && words.slice(1).join(' ') === surface && isFirstName(words[0]!.toLowerCase()) ? 'person' : undefined;
}

// People who work somewhere, before "at" and the body: "astronomers at", "others at", "Chief Machine Learning Scientist at".
const STAFF_AT = /(?:^|[^\p{L}])(\p{L}+(?:ers|ists|ians|ors|ees|er|ist|ian|or)|staff|others|people|folks|colleagues|team)\s+at\s$/u;
// Those who are at an event rather than working for a body: "speakers at RustConf", "visitors at".
const EVENT_GOERS = /^(?:speakers?|attendees?|visitors?|presenters?|panelists?|volunteers?|organi[sz]ers?|participants?|exhibitors?|sponsors?|users?|members?|readers?|viewers?|customers?|listeners?|voters?|others|people|folks)$/i;

/** Whether the words before "at" name someone who works for what follows: "astronomers at STScI", "Scientist at H2O.ai". */
function isStaffAt(before: string): boolean {
  const who = STAFF_AT.exec(before)?.[1];
  if (who === undefined || EVENT_GOERS.test(who)) return who === 'others' && /\band\s+others\s+at\s$/.test(before);
  const lower = who.toLowerCase();
  return PERSON_KINDS.has(lower.replace(/s$/, '')) || /^(?:Actor|Plural|Singular|Noun)$/.test(compromiseTag(lower) ?? '');
}

/** A storm's name, lower-cased: "hurricane katrina", "tropical storm allison" (its given name alone is a short form of it, as a surname is). */
export function isStormName(lower: string): boolean {
  const space = lower.indexOf(' ');
  return space > 0 && (STORM_WORDS.has(lower.slice(0, space)) || lower.startsWith('tropical storm '));
}

/** A mention of a name the lexicon knows votes for the lexicon's category only, whatever its context (see voteCategory). */
export function knownVotes(category: Category): CategoryVotes {
  return { [category]: 10 };
}

/**
 * A first word that is no one's given name: a name the lexicon knows as something else ("Arm Neoverse", "Debian Jessie"),
 * or an adjective ("Big Endian", "Big Sur") where the last word never stands alone, as a surname would ("Young", then "Kim").
 */
function opensWithNoGivenName(words: readonly string[], context: CategorizeContext): boolean {
  if (context.firstWordCategory !== undefined && context.firstWordCategory !== 'person') return true;
  return compromiseTag(words[0]!.toLowerCase()) === 'Adjective' && !standsAlone(words.at(-1)!, words.join(' '), context.text);
}

/** Whether the text writes `word` as a word of its own somewhere other than inside `name`. */
function standsAlone(word: string, name: string, text: string): boolean {
  const isLetter = (at: number) => /[\p{L}\p{N}]/u.test(text[at] ?? '');
  const tail = name.length - word.length;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isLetter(at - 1) || isLetter(at + word.length)) continue;
    if (!text.startsWith(name, at - tail)) return true;
  }
  return false;
}

/**
 * A sponsor or a partner, as events and projects thank them: by a tier after the name ("JuliaHub, Platinum Sponsor",
 * "WiMLDS: Community Partners") or in a list of them ("the sponsors who made the event possible: Remix, Sentry",
 * "sponsors such as Alpha-Omega"). Sponsors are bodies (a person's name keeps its stronger votes).
 */
function isSponsor(name: NameCandidate, context: CategorizeContext): boolean {
  const { text } = context;
  const after = text.slice(name.end, name.end + 40);
  if ((after.includes('ponsor') || after.includes('artner')) && SPONSOR_AFTER.test(after)) return true;
  const before = text.slice(Math.max(context.view.sentence.start, name.start - 300), name.start);
  return (before.includes('ponsor') || before.includes('artner')) && SPONSORS_BEFORE.test(before);
}

/** The category of the head noun of a definition after a name: ", a nonprofit organization", " is a 2 days conference". */
function definedCategory(after: string): Category | undefined {
  const phrase = DEFINITION_AFTER.exec(after)?.[1];
  if (phrase === undefined) return undefined;
  // The head is the last word before the phrase ends: "a team of coaches", "a prominent community organizer who".
  const words = phrase.trim().split(/\s+/);
  const end = words.findIndex((word) => PHRASE_END.has(word.toLowerCase()));
  if (end < 0 ? words.length > 5 : end > 5) return undefined;
  const phraseWords = words.slice(0, end < 0 ? words.length : end);
  const head = phraseWords.at(-1);
  if (head === undefined || !/^\p{Ll}+$/u.test(head)) return undefined;
  // A project said to be software is one: "an independent open-source project", "a software project".
  if ((head === 'project' || head === 'projects') && phraseWords.some((word) => SOFTWARE_MODIFIER.test(word))) return 'product';
  return PERSON_KINDS.has(head) ? 'person' : nounCategory(head);
}

/** A forge or a package registry (github.com, npmjs.com), whose paths name owners and packages rather than a project's own pages. */
export function isProjectHost(host: string): boolean {
  return PROJECT_PATHS[host] !== undefined || ACCOUNT_HOSTS.test(host);
}

/** The project a forge's or a registry's address names: `pyramid-oauthlib` for github.com/tilgovi/pyramid-oauthlib. */
export function projectOf(url: string): string | undefined {
  // Most links are on no forge: their host, read off the address, says so without parsing it.
  const written = writtenHost(url);
  if (written !== undefined) {
    let host = written.toLowerCase();
    host = host.slice(host.lastIndexOf('@') + 1);
    if (host.includes(':')) host = host.slice(0, host.indexOf(':'));
    if (PROJECT_PATHS[withoutWww(host)] === undefined) return undefined;
  }
  const parsed = addressOf(url);
  const at = parsed ? PROJECT_PATHS[withoutWww(parsed.hostname)] : undefined;
  return at === undefined ? undefined : pathSegment(parsed!.pathname, at)?.toLowerCase();
}

/**
 * What `/^https?:\/\/([^/\\?#]*)/i` captures of an address (the host as written, with any user and port), by character
 * code: every link of a document is asked, and most are on no forge.
 */
function writtenHost(url: string): string | undefined {
  if (url.length < 7 || (url.charCodeAt(0) | 32) !== 104 || (url.charCodeAt(1) | 32) !== 116 || (url.charCodeAt(2) | 32) !== 116 || (url.charCodeAt(3) | 32) !== 112) return undefined;
  const colon = (url.charCodeAt(4) | 32) === 115 ? 5 : 4;
  if (url.charCodeAt(colon) !== 58 || url.charCodeAt(colon + 1) !== 47 || url.charCodeAt(colon + 2) !== 47) return undefined;
  const start = colon + 3;
  let end = start;
  for (; end < url.length; end++) {
    const code = url.charCodeAt(end);
    if (code === 47 || code === 92 || code === 63 || code === 35) break;
  }
  return url.slice(start, end);
}

/** A host without its leading `www.`, as a site's name is compared. */
export function withoutWww(host: string): string {
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** `pathname.split('/').filter(Boolean)[index]`, without the array. */
function pathSegment(pathname: string, index: number): string | undefined {
  let start = 0;
  for (let k = 0; start <= pathname.length; ) {
    let end = pathname.indexOf('/', start);
    if (end < 0) end = pathname.length;
    if (end > start && k++ === index) return pathname.slice(start, end);
    start = end + 1;
  }
  return undefined;
}

// Forges whose addresses open with a repository's owner and name: github.com/OWNER/NAME, git.sr.ht/~OWNER/NAME.
const FORGES = new Set(['github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org', 'git.sr.ht', 'sr.ht']);

/**
 * The repository a forge's address is in, as its owner and name: `{ owner: 'rollup', name: 'plugins' }` for
 * github.com/rollup/plugins, its `.git` clone address, a trailing slash, `#readme` or any page inside it
 * (…/tree/main/packages/x, …/issues/6); undefined for an account's page or any other site.
 */
export function repositoryOf(url: string): { owner: string; name: string } | undefined {
  const parsed = addressOf(url);
  if (!parsed || !FORGES.has(withoutWww(parsed.hostname))) return undefined;
  const [owner, name] = parsed.pathname.split('/').filter(Boolean);
  if (owner === undefined || name === undefined) return undefined;
  return { owner: owner.replace(/^~/, ''), name: name.replace(/\.git$/i, '') };
}

/** The site the address is on is named by `name`, alone or with "js" after it, as projects name their sites: Node at nodejs.org, Babel at babeljs.io. */
export function isSiteOf(url: string, name: string): boolean {
  return linkMatchesName(url, name) === 'host' || linkMatchesName(url, `${name}js`) === 'host';
}

export function hostOf(url: string): string {
  return addressOf(url)?.hostname ?? '';
}

/** What is read of a parsed address (see addressOf), with what linkMatchesName compares names with, once worked out. */
export interface Address {
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
  shape?: AddressShape;
}

/** The parts of an address a name can match (see linkMatchesName), slugged. */
interface AddressShape {
  /** The account's name, on a host of accounts with a one-segment path (github.com/NAME). */
  account: string | undefined;
  /** The project's segment on a forge or a registry (github.com/owner/NAME). */
  project: string | undefined;
  /** The project's subdomain on a documentation host (NAME.readthedocs.io). */
  subdomain: string | undefined;
  /** The site's own name (NAME.io, NAME.co.uk) and the whole host. */
  site: string | undefined;
  host: string;
  /** The last segment of the path as a title (see pageTitleSlug), once asked for. */
  page?: string;
}

// Parsed addresses by URL: a document asks about each of its links many times (its names, its words, its acronyms).
// Bounded, and emptied when full: nothing here is ever out of date, it only costs memory.
const ADDRESSES = new Map<string, Address | null>();
const MAX_ADDRESSES = 4096;

/** `URL.parse(url)`'s protocol, host name and path, parsed once per address (null when it does not parse). */
export function addressOf(url: string): Address | null {
  return remembered(ADDRESSES, MAX_ADDRESSES, url, parseAddress);
}

function parseAddress(url: string): Address | null {
  const parsed = URL.parse(url);
  return parsed === null ? null : { protocol: parsed.protocol, hostname: parsed.hostname, pathname: parsed.pathname };
}

function addressShape(address: Address): AddressShape {
  const host = withoutWww(address.hostname);
  const segments = address.pathname.split('/').filter(Boolean).map(slug);
  const at = PROJECT_PATHS[host];
  // The site's own name (quickwit.io, pola.rs), not a service's subdomain (calendar.google.com).
  const labels = host.split('.');
  const site = labels.length > 2 && /^(?:co|com|org|net|ac|gov|edu)$/.test(labels.at(-2)!) ? labels.at(-3) : labels.at(-2);
  return {
    account: ACCOUNT_HOSTS.test(host) && segments.length === 1 ? segments[0] : undefined,
    project: at === undefined ? undefined : segments[at],
    subdomain: PROJECT_SUBDOMAINS.test(host) ? slug(host.slice(0, host.indexOf('.'))) : undefined,
    site: site === undefined ? undefined : slug(site),
    host: slug(host),
  };
}

/** Letters and digits only, lower-cased: how names and URLs are compared. */
export function slug(value: string): string {
  return value.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Whether a URL is a project page for the name (github.com/x/name), an account of that name (github.com/name),
 * the name's own site (name.io), or a page titled by the name (/wiki/Inside_Out_(2015_film), /films/the-shining).
 */
export function linkMatchesName(url: string, name: string): 'project' | 'account' | 'host' | 'page' | undefined {
  const address = addressOf(url);
  if (!address) return undefined;
  const key = slug(name);
  if (key.length < 3) return undefined;
  const shape = (address.shape ??= addressShape(address));
  if (shape.account === key) return 'account';
  if (shape.project === key || shape.subdomain === key) return 'project';
  if (shape.site === key || shape.host === key) return 'host';
  return (shape.page ??= pageTitleSlug(address.pathname)) === key ? 'page' : undefined;
}

/** The last segment of a path as a title: `/wiki/Inside_Out_(2015_film)` → `insideout`; `/a/the-shining.html` → `theshining`. */
function pageTitleSlug(pathname: string): string {
  let last = pathname.split('/').filter(Boolean).at(-1) ?? '';
  try {
    last = decodeURIComponent(last);
  } catch {
    // a malformed escape: compare the segment as written
  }
  return slug(last.replace(/\.(?:html?|php|aspx?)$/i, '').replace(/_?\([^)]*\)$/, ''));
}

/** Three or more words all of the language, none a given name: a title's or a technique's words ("value range propagation"), no person's. */
function isTitleWords(lowerWords: readonly string[]): boolean {
  if (isFirstName(lowerWords[0]!) || !lowerWords.every((word) => isCommonWord(word))) return false;
  // Two words make a heading's or a label's phrase where the second is a plural of the language's: "Host Tools", "Graph Datasets".
  return lowerWords.length >= 3 || (lowerWords.length === 2 && /[^s]s$/.test(lowerWords[1]!) && isCommonWord(lowerWords[1]!.slice(0, -1)));
}

/**
 * What a name with no evidence at all most likely is: a single unknown word is most often a
 * product in the writing citegraph reads, a longer one that is not a person's name an organization.
 */
export function fallbackCategory(key: string): Category {
  return key.includes(' ') ? 'organization' : 'product';
}

/** What the grouping of a document's names needs of a group here. */
export interface VotedGroup {
  key: string;
  votes: CategoryVotes;
  lexicon?: { category: Category };
  /** Its mentions (only their number counts here; default: one). */
  mentions?: readonly unknown[];
}

/**
 * Adds to each group's votes what the document's other names say of it (mutates the groups): a word that is the surname of a person the
 * document names in full is a person's name; a name that opens with the name of a body the
 * same document names alone, and has no head word of its own, is one of that body's products
 * (OONI Run, OONI Probe beside OONI), and so is one that ends with a product the document names alone.
 */
export function addDocumentVotes(groups: readonly VotedGroup[], owners: ReadonlySet<string> = new Set()): void {
  const byKey = new Map(groups.map((group) => [group.key, group]));
  if (owners.size > 0) addOwnerVotes(groups, owners);
  const categoryOf = (group: VotedGroup) => group.lexicon?.category ?? decideCategory(group.votes, fallbackCategory(group.key));
  // Surnames of the document's people (the ones grouping left apart: two Allens, a surname used more than the full name).
  const surnames = new Set(groups.filter((group) => group.key.includes(' ') && categoryOf(group) === 'person').map((group) => group.key.split(' ').at(-1)!));
  for (const group of groups) {
    if (!group.lexicon && surnames.has(group.key)) group.votes.person = (group.votes.person ?? 0) + 3;
    const words = group.key.split(' ');
    if (group.lexicon || words.length !== 2 || headCategory(words[1]!) !== undefined) continue;
    const body = byKey.get(words[0]!);
    // Or that ends with the name of a product the document names alone: GOV.UK Notify beside Notify.
    const product = byKey.get(words[1]!);
    const isProduct = (body && categoryOf(body) === 'organization') || (product && categoryOf(product) === 'product');
    if (isProduct) group.votes.product = (group.votes.product ?? 0) + 2;
  }
}

/**
 * The accounts that own repositories the document links to on a forge (github.com/OWNER/NAME), or a company's page
 * (linkedin.com/company/NAME), by slug; not those that are also a linked repository's name (github.com/babel/babel).
 */
export function linkedOwners(links: readonly Pick<Link, 'url'>[]): Set<string> {
  const owners = new Set<string>();
  const names = new Set<string>();
  for (const link of links) {
    // Most links are on no forge: a cheap test of the address first.
    if (!link.url.includes('github.com/') && !link.url.includes('gitlab.com/') && !link.url.includes('linkedin.com/company/')) continue;
    const company = /linkedin\.com\/company\/([^/?#]+)/.exec(link.url)?.[1];
    if (company !== undefined) owners.add(slug(company));
    const repository = repositoryOf(link.url);
    if (repository === undefined) continue;
    owners.add(slug(repository.owner));
    names.add(slug(repository.name));
  }
  // Not an owner its repositories are named after, whose name is as likely the product's: certifi/python-certifi.
  for (const owner of owners) if ([...names].some((name) => name.includes(owner))) owners.delete(owner);
  return owners;
}

/**
 * A name that is the account owning the document's linked repositories is a body's (pyOpenSci at github.com/pyOpenSci/…), unless a
 * person's votes say otherwise: a fact about the name, it counts at every mention, as much as a shape such as a capital inside does.
 */
function addOwnerVotes(groups: readonly VotedGroup[], owners: ReadonlySet<string>): void {
  for (const group of groups) {
    if (group.lexicon || group.votes.person || !owners.has(slug(group.key))) continue;
    group.votes.organization = (group.votes.organization ?? 0) + 3 * (group.mentions?.length ?? 1);
  }
}

/** The winning category; ties go to the fallback when it is among them, else to the earlier category in CATEGORIES order. */
export function decideCategory(votes: CategoryVotes, fallback: Category): Category {
  let best: Category = fallback;
  let bestScore = 0;
  for (const category of CATEGORIES) {
    const score = votes[category] ?? 0;
    if (score > bestScore) {
      best = category;
      bestScore = score;
    }
  }
  return (votes[fallback] ?? 0) === bestScore ? fallback : best;
}

export function addVotes(into: CategoryVotes, from: CategoryVotes): void {
  for (const category of CATEGORIES) {
    const score = from[category];
    if (score) into[category] = (into[category] ?? 0) + score;
  }
}
