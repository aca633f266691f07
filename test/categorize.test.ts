import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { addressOf, linkMatchesName, projectOf } from '../src/extract/categorize.js';
import { buildLexicon } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[categorize] ';
// The rules on their own: a lexicon that knows nothing, so that only the evidence in the text decides.
const bare = buildLexicon([{}]);
const categoryOf = (markdown: string, label: string) =>
  extract(readSource(markdown, 'a.md'), { lexicon: bare }).entities.find((e) => e.label === label)?.category;

describe('categories of names from the evidence around them', () => {
  it(`${here}reads an event, award or scholarship from its head word, even after a person's name`, () => {
    expect(categoryOf('She won the Anita Borg Scholarship in 2014.', 'Anita Borg Scholarship')).toBe('other');
    expect(categoryOf('He holds a Siebel Fellowship this year.', 'Siebel Fellowship')).toBe('other');
    expect(categoryOf('We met at the rOpenSci Unconference last year.', 'rOpenSci Unconference')).toBe('other');
    // An event's suffix is capitalised (RustConf, PyCon); Bandcamp and Beacon end in one by chance.
    expect(categoryOf('We sold music on Bandcamp, met at Zorbconf and PyCon, then Bandcamp grew.', 'Bandcamp')).toBe('product');
    expect(categoryOf('We met at ZorbCon and PyCon last year.', 'ZorbCon')).toBe('other');
    // A first name still outweighs a head word that is also a surname.
    expect(categoryOf('A talk by Craig Hills on editors.', 'Craig Hills')).toBe('person');
  });

  it(`${here}reads what a copula or an apposition says the name is, from the head of its noun phrase`, () => {
    expect(categoryOf('Like last year, Quorvex is a 2 days conference with talks.', 'Quorvex')).toBe('other');
    expect(categoryOf('Like last year, Brelleth is Latin America\'s leading event for the community.', 'Brelleth')).toBe('other');
    expect(categoryOf('Like last year, Trandel is fiscally sponsored project of a foundation.', 'Trandel')).toBe('organization');
    expect(categoryOf('We asked Corvalis, a team of coaches and consultants, for help.', 'Corvalis')).toBe('organization');
    // The head, not a modifier: an organizer is a person, not a community.
    expect(categoryOf('We trust people like Fiona, a prominent community organizer who runs workshops.', 'Fiona')).toBe('person');
    // The head ends at "of", "that", "which": "a library used by" names no kind.
    expect(categoryOf('Like last year, Zentrix is a library used by the team.', 'Zentrix')).toBe('product');
  });

  it(`${here}reads a place from the place or country code written after it`, () => {
    expect(categoryOf('The meetup moves to Kissimmee, US.', 'Kissimmee')).toBe('place');
    expect(categoryOf('The meetup moves to Kissimmee, US. It ends in Queenstown, NZ', 'Queenstown')).toBe('place');
    expect(categoryOf('The office is in Currumbin Waters, Queensland.', 'Currumbin Waters')).toBe('place');
    // A body with its town keeps its head word.
    expect(categoryOf('We met at the Brookfield Harbor Labs, NY.', 'Brookfield Harbor Labs')).toBe('organization');
  });

  it(`${here}reads a body from what it is the subject of: announced, launched, unveiled, published`, () => {
    expect(categoryOf('Yesterday Zorblat announced a new office, and Zorblat launched a fund.', 'Zorblat')).toBe('organization');
    // A person's name stays a person's.
    expect(categoryOf('Yesterday Marta Qirsanova announced a new office.', 'Marta Qirsanova')).toBe('person');
  });

  it(`${here}reads a person from a role after a comma: "Okonkwo, director of the lab"`, () => {
    expect(categoryOf('We asked Okonkwo, director of the lab, and later Okonkwo again.', 'Okonkwo')).toBe('person');
  });

  it(`${here}reads a body from its people or parts named with a possessive: Zorblat's CEO`, () => {
    expect(categoryOf("We spoke with Zorblat's CEO about it.", 'Zorblat')).toBe('organization');
    expect(categoryOf("We met Zorblat's chief executive officer and Zorblat's founder.", 'Zorblat')).toBe('organization');
  });

  it(`${here}reads a person's name in italics after "by" as its author's, not a title`, () => {
    expect(categoryOf('* [`punycode.c` by _Ben Noordhuis_](https://example.com/a)\n', 'Ben Noordhuis')).toBe('person');
    expect(categoryOf('We read _The Silent Harbor Years_ by a friend.', 'The Silent Harbor Years')).toBe('other');
  });

  it(`${here}reads a body from a person's affiliation line: "Tracy Teal, Data Carpentry"`, () => {
    const committee = '#### Organizing Committee\n- Mary Shelley, Quillfern\n- Tracy Teal, Quillfern\n- Jason Williams, Brightwater Analytics\n';
    expect(categoryOf(committee, 'Quillfern')).toBe('organization');
    // An inverted name is a person's: "Smith, John" is no affiliation.
    expect(categoryOf('- Tracy Teal, Jason Williams\n', 'Jason Williams')).toBe('person');
  });

  it(`${here}reads a place from a known place that goes on after it, and rooms, malls and arenas by their head`, () => {
    expect(categoryOf('Thanks to Open Consultants, Currumbin Waters, Australia, for their help.', 'Currumbin Waters')).toBe('place');
    expect(categoryOf('The coffee pot stood in the Trojan Room of the laboratory.', 'Trojan Room')).toBe('place');
  });

  it(`${here}takes bills, interfaces, talks, documents, specs and algorithms as other`, () => {
    expect(categoryOf('The Senate passed H.R.6621 last week.', 'H.R.6621')).toBe('other');
    expect(categoryOf('It added the Zorblat Storage Interface for drivers.', 'Zorblat Storage Interface')).toBe('other');
    expect(categoryOf('She gave a Zorblat Tech Talk in May.', 'Zorblat Tech Talk')).toBe('other');
    expect(categoryOf('We wrote the Zorblat Vision Doc together.', 'Zorblat Vision Doc')).toBe('other');
    expect(categoryOf('It follows the Quillon spec closely, as the Quillon algorithm does.', 'Quillon')).toBe('other');
  });

  it(`${here}reads a venue from where an event is held: "hosted at", "takes place in"`, () => {
    expect(categoryOf('The meetup will be hosted at Quillfern on Friday.', 'Quillfern')).toBe('place');
    expect(categoryOf('The event will take place in sunny Quillfern in April.', 'Quillfern')).toBe('place');
  });

  it(`${here}reads a body whose head word comes first, as in French or Spanish: Institut D'Economie Industrielle`, () => {
    expect(categoryOf("She worked at the Institut D'Economie Industrielle for years.", "Institut D'Economie Industrielle")).toBe('organization');
    expect(categoryOf('She studied at Universidad Quillfern for years.', 'Universidad Quillfern')).toBe('organization');
  });

  it(`${here}reads a body or a place from a plain kind noun before it: "the startup Quillfern", "the city Zorblat"`, () => {
    const text = 'We met the startup Quillfern and the city Zorblat, then Quillfern and Zorblat again.';
    expect(categoryOf(text, 'Quillfern')).toBe('organization');
    expect(categoryOf(text, 'Zorblat')).toBe('place');
    // "the project X" is as often software as a body.
    expect(categoryOf('We met the project Quillfern, then Quillfern again.', 'Quillfern')).toBe('product');
  });

  it(`${here}reads a place from "X-based" only before a body or a person: a Quillfern-based startup, not Zorblat-based polyfills`, () => {
    expect(categoryOf('We met a Quillfern-based startup and its team, and they said Quillfern is lovely.', 'Quillfern')).toBe('place');
    expect(categoryOf('We avoid Zorblat-based polyfills, since Zorblat is slow.', 'Zorblat')).toBe('product');
  });

  it(`${here}reads a place from the kind noun after it`, () => {
    expect(categoryOf('We talked to students in the Anacostia neighborhood of the city.', 'Anacostia')).toBe('place');
  });

  it(`${here}takes a lone famous name compromise knows as a person's`, () => {
    expect(categoryOf('Like the Clinton websites, it is kept.', 'Clinton')).toBe('person');
    expect(categoryOf('As quoted by Shakespeare, all is well.', 'Shakespeare')).toBe('person');
  });

  it(`${here}reads a two-word name linked to its own site as a body, not a person, unless it has a known first name`, () => {
    expect(categoryOf('It was covered by [Mada Qirsan](https://www.madaqirsan.com/) and others.', 'Mada Qirsan')).toBe('organization');
    expect(categoryOf('It was covered by [Paul Qirsan](https://www.paulqirsan.com/) and others.', 'Paul Qirsan')).toBe('person');
  });

  it(`${here}reads a name linked to its own site by the site's domain: a company's .com, a project's .io`, () => {
    expect(categoryOf('We compared it with [Payvora](https://www.payvora.com/), which ranks colleges.', 'Payvora')).toBe('organization');
    expect(categoryOf('We compared it with [Quickvane](https://quickvane.io/), which ranks colleges.', 'Quickvane')).toBe('product');
  });

  it(`${here}takes protocols and standards as other, as GOLD.md does, by head word or kind noun`, () => {
    expect(categoryOf('It speaks the Zorblat Transfer Protocol over the wire.', 'Zorblat Transfer Protocol')).toBe('other');
    expect(categoryOf('Servers use the Quillon protocol to talk.', 'Quillon')).toBe('other');
  });
});

describe('categories from the other names of the document', () => {
  it(`${here}reads the surname of a person the document names in full as a person's, when grouping leaves it apart`, () => {
    const text = 'Marta Qirsanova and Ivan Qirsanova built it. We thank Qirsanova for the fix, and Qirsanova again.';
    expect(categoryOf(text, 'Qirsanova')).toBe('person');
    expect(categoryOf('We thank Qirsanova for the fix, and Qirsanova again.', 'Qirsanova')).toBe('product');
  });

  it(`${here}reads a body's name and a plain word as one of its products when the document names the body alone: QRX Run`, () => {
    expect(categoryOf('The QRX team tested it with QRX Run on Monday.', 'QRX Run')).toBe('product');
    expect(categoryOf('They tested it with QRX Run on Monday.', 'QRX Run')).toBe('organization');
  });
});

describe('categories from the parts of a name the lexicon knows', () => {
  const known = buildLexicon([{ organization: ['Microsoft'], product: ['Wikipedia'] }]);
  const categoryIn = (markdown: string, label: string) =>
    extract(readSource(markdown, 'a.md'), { lexicon: known }).entities.find((e) => e.label === label)?.category;

  it(`${here}reads a known company's name before a plain word as one of its products: Microsoft Windows`, () => {
    expect(categoryIn('Most people ran [Microsoft Windows](https://en.wikipedia.org/wiki/Microsoft_Windows) at home.', 'Microsoft Windows')).toBe('product');
  });

  it(`${here}reads a known company's name before a known product as that product, not a person: Intel Fortran`, () => {
    const tools = buildLexicon([{ organization: ['Intel'], product: ['Fortran'] }]);
    const category = extract(readSource('- BLD: fixes for building with MSVC and Intel Fortran', 'a.md'), { lexicon: tools }).entities.find((e) => e.label === 'Intel Fortran')?.category;
    expect(category).toBe('product');
  });

  it(`${here}reads a quoted name before a mail address as the sender's, not a title`, () => {
    expect(categoryOf('The bug was reported by "Mary Ann Smith" <mary@example.org> and fixed.', 'Mary Ann Smith')).toBe('person');
    expect(categoryOf('The bug was reported by "Mary Ann Smith" mary@example.org and fixed.', 'Mary Ann Smith')).toBe('person');
    expect(categoryOf('We read "Sense and Sensibility" again.', 'Sense and Sensibility')).toBe('other');
  });

  it(`${here}reads two capitals before a surname as a person's initials: TJ Holowaychuk, not a body`, () => {
    expect(categoryOf('The original author of the framework is TJ Holowaychuk.', 'TJ Holowaychuk')).toBe('person');
    expect(categoryOf('Photo by JJ Ying on the site.', 'JJ Ying')).toBe('person');
    // Not before a word of the language or a body's head word.
    expect(categoryOf('The report of UN Women came out in May.', 'UN Women')).not.toBe('person');
    expect(categoryOf('The new rules of the EU Commission came out in May.', 'EU Commission')).toBe('organization');
  });

  it(`${here}reads a demonym before a known name as that name's edition: Turkish Wikipedia`, () => {
    expect(categoryIn('Readers of the Turkish Wikipedia could not reach it.', 'Turkish Wikipedia')).toBe('product');
  });

  it(`${here}reads a place name after a known first name as a surname: Jillian York`, () => {
    expect(categoryOf('The post quotes Jillian York on censorship.', 'Jillian York')).toBe('person');
    expect(categoryOf('Customers of Vodafone Egypt were cut off.', 'Vodafone Egypt')).toBe('organization');
  });
});

describe('names found for the category rules', () => {
  const names = (markdown: string) => extract(readSource(markdown, 'a.md'), { lexicon: bare }).entities.map((e) => `${e.label}:${e.category}`).sort();

  it(`${here}keeps an unknown word opening a cell or sentence when its country or state follows: Kissimmee, US`, () => {
    const table = '| When | Where |\n| --- | --- |\n| Jan 11 | Kissimmee, US |\n| Feb 20 | Queenstown, NZ |\n';
    expect(names(table)).toEqual(expect.arrayContaining(['Kissimmee:place', 'Queenstown:place']));
    // Not a word followed by more words after the comma.
    expect(names('Mostly, US readers came.')).not.toContain('Mostly:place');
  });

  it(`${here}joins two given names and a surname before a body's head word: Gordon and Betty Moore Foundation`, () => {
    expect(names('We thank the Gordon and Betty Moore Foundation for a grant.')).toEqual(['Gordon and Betty Moore Foundation:organization']);
    // Two people stay two people.
    expect(names('We thank Gordon and Betty Moore for a grant.')).not.toContain('Gordon and Betty Moore:organization');
  });
});

describe('addresses matched against names', () => {
  // Each address is parsed once and its parts kept (see addressOf): asked again, with other names, it answers as afresh.
  it(`${here}answers for each name, however often the same address is asked`, () => {
    const asked: [string, string][] = [
      ['https://github.com/quickwit-oss/quickwit', 'Quickwit'], ['https://github.com/quickwit-oss/quickwit', 'quickwit-oss'],
      ['https://github.com/quickwit-oss', 'Quickwit OSS'], ['https://www.pola.rs/', 'Polars'], ['https://www.pola.rs/', 'pola'],
      ['https://black.readthedocs.io/en/stable/', 'Black'], ['https://www.bbc.co.uk/news', 'BBC'],
      ['https://en.wikipedia.org/wiki/Inside_Out_(2015_film)', 'Inside Out'], ['https://en.wikipedia.org/wiki/Inside_Out_(2015_film)', 'Wikipedia'],
      ['not a url', 'Quickwit'], ['https://github.com/quickwit-oss/quickwit', 'qw'],
    ];
    // (pola.rs spells "polars" whole; the forge's owner is no project, only an account.)
    const answers = ['project', undefined, 'account', 'host', 'host', 'project', 'host', 'page', 'host', undefined, undefined];
    for (let round = 0; round < 2; round++) expect(asked.map(([url, name]) => linkMatchesName(url, name))).toEqual(answers);
    expect(addressOf('https://www.pola.rs/user-guide/')).toMatchObject({ protocol: 'https:', hostname: 'www.pola.rs', pathname: '/user-guide/' });
    expect(addressOf('not a url')).toBeNull();
  });

  // projectOf reads the host off an http(s) address by character code before anything is parsed (see writtenHost).
  it(`${here}reads the project of a forge's or a registry's address however the address is written`, () => {
    const asked = [
      'HTTPS://WWW.GitHub.com/Owner/Repo', 'http://user@github.com:8080/a/b', 'https://github.com', 'https://github.com//Tokio-RS//Tokio/',
      'http:/github.com/a/b', 'https:github.com/a/b', 'ftp://github.com/a/b', 'https://github.com\\rust-lang\\rust',
      'https://docs.rs/Serde/latest', 'https://crates.io/crates/rand?x=1', 'https://pkg.go.dev/golang.org/x/net', 'https://example.org/a/b', 'not a url',
    ];
    const answers = ['repo', 'b', undefined, 'tokio', 'b', 'b', 'b', 'rust', 'serde', 'rand', 'golang.org', undefined, undefined];
    expect(asked.map(projectOf)).toEqual(answers);
  });
});
