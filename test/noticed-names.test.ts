import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[noticed-names] ';
// Errors noticed on real prose (blog posts, RFCs, newsletters, citation lists): each reading on its own, with an empty lexicon
// unless one is given, so that the rule and not the lexicon's knowledge decides.
const categories = (source: string, file: LexiconFile = {}, path = 'a.md') =>
  Object.fromEntries(extract(readSource(source, path), { lexicon: buildLexicon([file]) }).entities.map((e) => [e.label, e.category]));

describe('names noticed on real prose', () => {
  it(`${here}keeps the number a product is always written with as part of its name, not a version's`, () => {
    const rosetta = 'The [Rosetta 2](https://en.wikipedia.org/wiki/Rosetta_(software)) compatibility layer will be removed, as Apple will sunset Rosetta 2.';
    expect(categories(rosetta)).toHaveProperty(['Rosetta 2']);
    expect(categories(rosetta)).not.toHaveProperty('Rosetta');
    // Where the name also stands alone, or with other numbers, the number is a version: the name is the product.
    const versions = 'We moved from Rosetta 2 to plain Rosetta. Debian 7 and Debian 8 are supported.';
    expect(Object.keys(categories(versions)).sort()).toEqual(['Debian', 'Rosetta']);
    // Nor is a known product's number, nor a part's: "Xcode 10", "Chapter 2".
    expect(categories('Builds need Xcode 10 now.', { product: ['Xcode'] })).toEqual({ Xcode: 'product' });
  });
});

describe('clipped words of the trade', () => {
  it(`${here}reads "dev" and "bot" as words, not names, yet keeps them as a name's own tail after a hyphen`, () => {
    expect(categories('One more thing that amazed me was the embedded dev tool, which uses the same key shortcut as Firefox.', { product: ['Firefox'] })).toEqual({ Firefox: 'product' });
    expect(categories("DiscordBM is a Swift client for Discord's Bot API, and the base of the bot.", { product: ['Swift'] })).not.toHaveProperty('Bot');
    expect(categories('The Mergify-bot account opened it, as the JuMP-dev organisers asked.')).toMatchObject({ 'Mergify-bot': 'product', 'JuMP-dev': 'product' });
  });
});

describe('names with a year or a campus', () => {
  it(`${here}keeps an event's year before what the event holds ("his SciPy 2012 keynote"), not a year after any name`, () => {
    const text = 'In his SciPy 2012\nkeynote, John Hunter spoke. SciPy is a library.';
    expect(categories(text)).toHaveProperty(['SciPy 2012']);
    expect(categories('In his SciPy 2012 paper, John Hunter spoke. SciPy is a library.')).not.toHaveProperty(['SciPy 2012']);
  });

  it(`${here}keeps a campus after a comma in a state university's name, not a country after a university`, () => {
    const places = { place: ['Las Vegas', 'England', 'USA'] };
    expect(categories('She studied at the University of Nevada, Las Vegas, in 2023.', places)).toEqual({ 'University of Nevada, Las Vegas': 'organization' });
    expect(categories('She studied at the University of California, Los Angeles.')).toEqual({ 'University of California, Los Angeles': 'organization' });
    expect(categories('She studied at the University of Oxford, England, in 2023.', places)).toMatchObject({ 'University of Oxford': 'organization', England: 'place' });
    // In a reference's publisher field too.
    const entry = '1. Rice, David R. [Inferring the Structures of Small Planets](https://www.proquest.com/openview/f75/1). Diss. University of Nevada, Las Vegas, 2023.';
    expect(categories(entry, places)).toHaveProperty(['University of Nevada, Las Vegas']);
  });
});

describe('names the prose makes names', () => {
  it(`${here}reads a lower-case link text as the name of the site it goes to, with a word sites add to a name ("k9scli.io")`, () => {
    expect(categories('I manage clusters with [k9s](https://k9scli.io/) every day.')).toEqual({ k9s: 'product' });
    // Not a link to a site of another name.
    expect(categories('I manage clusters with [k9s](https://kubectl.example.org/) every day.')).toEqual({});
  });

  it(`${here}reads an ordinary word capitalised and used as a kind of tool as that tool's name ("Sublime as a default GUI text editor")`, () => {
    const apps = 'I carry some apps with me: for example, Firefox, as a default browser, Sublime as a default GUI text editor, etc.';
    expect(categories(apps, { product: ['Firefox'] })).toEqual({ Firefox: 'product', Sublime: 'product' });
    // Not a word used as something other than a tool.
    expect(categories('They sell Security as a service now.', {})).toEqual({});
  });

  it(`${here}reads every single word of a long list with two sure names in it as names, ordinary words too`, () => {
    const list = 'He co-founded HashiCorp, that brought Terraform, Vargant, Consult, Vault, and others to the world.';
    expect(categories(list)).toMatchObject({ Consult: 'product', Vault: 'product' });
    // Not a list of ordinary words beside one name.
    expect(categories('We sell Bread, Milk, Butter and Terraform kits.')).not.toHaveProperty('Milk');
  });
});

describe('the default lexicon', () => {
  const defaultCategories = (source: string) =>
    Object.fromEntries(extract(readSource(source, 'a.md'), {}).entities.map((e) => [e.label, e.category]));

  it(`${here}reads Amazon Web Services as the company where it sponsors or funds, as the cloud elsewhere`, () => {
    expect(defaultCategories('Thanks to [Amazon Web Services](https://aws.amazon.com/opensource/) sponsoring our security engineer.')).toMatchObject({ 'Amazon Web Services': 'organization' });
    expect(defaultCategories('Our sponsors: AWS, Gold, Sponsored Talk.')).toMatchObject({ 'Amazon Web Services': 'organization' });
    expect(defaultCategories('We moved the service to an AWS data centre in Canada last year.')).toMatchObject({ 'Amazon Web Services': 'product' });
  });

  it(`${here}knows Apple's chips by their short names ("on M1 or newer MacBook")`, () => {
    expect(defaultCategories('Let me know if you have tried the same on M1 or newer MacBook.')).toMatchObject({ 'Apple M1': 'product' });
  });

  it(`${here}reads Big Sur without "macOS" as the release, and as the coast where travel words stand around it`, () => {
    expect(defaultCategories('The fix landed for Big Sur and later.')).toEqual({ 'Big Sur': 'product' });
    expect(defaultCategories('We drove down the coast of California to Big Sur last summer.')).toMatchObject({ 'Big Sur': 'place' });
  });

  it(`${here}reads Google as the search engine where one searches it or reads its results, as the company elsewhere`, () => {
    expect(defaultCategories('I decided to check other Google results, and the next library in the list was bcrypt.')).toMatchObject({ Google: 'product' });
    expect(defaultCategories('Google announced that it hired the whole team.')).toMatchObject({ Google: 'organization' });
  });
});

describe('change logs', () => {
  it(`${here}reads no person in a paper's title of ordinary words after "by", a person in a name after it`, () => {
    const news = '* Value Range Propagation based on the paper Accurate Static Branch Prediction by Value Range Propagation by Jason Patterson.\n';
    const found = categories(news, {}, 'NEWS.txt');
    expect(found['Value Range Propagation']).not.toBe('person');
    expect(found).toMatchObject({ 'Jason Patterson': 'person' });
  });
});

describe('the medium before a broadcaster', () => {
  it(`${here}joins "TV" to a broadcaster's name, not "on TV" to the subject of the next clause`, () => {
    expect(categories('The match was shown on TV Globo and TV Cultura in Brazil.')).toMatchObject({ 'TV Globo': 'organization', 'TV Cultura': 'organization' });
    const said = categories('He said on TV Biden would win the election.');
    expect(said).not.toHaveProperty(['TV Biden']);
    expect(said).toHaveProperty('Biden');
  });
});

describe('names like no person\'s', () => {
  it(`${here}reads a team's clipped trade word as no surname ("Compiler Ops", "Enzyme Devs", "Test Infra")`, () => {
    for (const text of ['Renewing the Compiler Ops contract for another six months.', 'Talk with Enzyme Devs about maintenance.', 'This Month in Our Test Infra is out.']) {
      expect(Object.values(categories(text))).not.toContain('person');
    }
    expect(categories('Thanks to Kush Pandya for the fix.')).toEqual({ 'Kush Pandya': 'person' });
  });

  it(`${here}makes no person of a body's name after a title, nor of a link to an account that opens with the site's name`, () => {
    const members = 'We thank the members of the Project Director Election Proposal Committee: Jane Losare-Lusby and Eric Holk.';
    expect(categories(members)).toMatchObject({ 'Election Proposal Committee': 'organization', 'Eric Holk': 'person' });
    expect(categories('Follow us: [Twitter Profile](https://twitter.com/foo).')).not.toHaveProperty(['Twitter Profile']);
    expect(categories('Thanks to [Chip Lee](https://github.com/chipincode).')).toEqual({ 'Chip Lee': 'person' });
  });

  it(`${here}makes no person of a label of two plain words after "with" ("Tier 2 with Host Tools")`, () => {
    const table = '| Target | Tier |\n|---|---|\n| `aarch64-unknown-linux-musl` | Tier 2 with Host Tools |\n| `x86_64-unknown-linux-musl` | Tier 2 with Host Tools |';
    expect(categories(table)['Host Tools']).not.toBe('person');
    // A name like a person's after "with" still is one.
    expect(categories('Most of the work was done with Kush Pandya last year.')).toEqual({ 'Kush Pandya': 'person' });
  });

  it(`${here}reads a storm named with a given name as an event, and the given name alone as that storm`, () => {
    const storms = 'Victims of Hurricane Harvey and Hurricane Katrina were targeted. After Harvey, scams rose.';
    expect(categories(storms)).toEqual({ 'Hurricane Harvey': 'other', 'Hurricane Katrina': 'other' });
  });
});

describe('acronyms the document defines', () => {
  const defaultCategories = (source: string) =>
    Object.fromEntries(extract(readSource(source, 'a.md'), {}).entities.map((e) => [e.label, e.category]));

  it(`${here}reads a known acronym the document defines by a phrase in lower case as that phrase, not the lexicon's name`, () => {
    expect(defaultCategories('We deconvolve images with the instrument point-spread function (PSF). The PSF varies across the field.')).toEqual({});
    expect(defaultCategories('The Python Software Foundation (PSF) funds it. The PSF is a nonprofit.')).toEqual({ 'Python Software Foundation': 'organization' });
  });

  it(`${here}reads an unknown acronym paired with a known body's, or named as a partner or a grant's funder, as a body`, () => {
    const hinode = 'Hinode was launched by ISAS/JAXA with NAOJ as a domestic partner and NASA and STFC as international partners. DS is supported by STFC grant ST/S000240/1.';
    expect(defaultCategories(hinode)).toMatchObject({ ISAS: 'organization', NAOJ: 'organization', STFC: 'organization' });
    // Not a pair of technical terms, nor an acronym beside a term the lexicon calls no body.
    expect(defaultCategories('We moved the build to HTML and QXZ last year.')).not.toHaveProperty('QXZ');
    expect(Object.keys(defaultCategories('We use TCP/IP and CI/CD every day.'))).toEqual([]);
  });
});

describe('places named after places', () => {
  it(`${here}keeps a place apart from the longer place named after it ("Bagua" and "Bagua Grande"), not as its given name`, () => {
    const text = 'The situation has become unbearable in the city of Bagua. Residents burned the party headquarters in Bagua Grande. Residents have been blockading the highway in Bagua Grande.';
    expect(categories(text)).toEqual({ Bagua: 'place', 'Bagua Grande': 'place' });
    // A person's given name alone is still that person.
    expect(categories('We thank Kush Pandya for the fix. Kush also wrote the docs.')).toEqual({ 'Kush Pandya': 'person' });
  });
});

describe('nouns in capitals', () => {
  it(`${here}reads an ordinary word in capitals that "a" or "an" counts as a noun, as prose about code writes types ("returns a Promise that")`, () => {
    const code = 'The function returns a Promise that resolves to an Array of strings. Wrap it in a Promise if you need to. The Promise resolves.';
    expect(categories(code)).toEqual({});
    // Not a name before the noun the article counts ("as a Chalk option"), nor a known name.
    expect(categories('Chalk supports 256 colors. Set it as a Chalk option. Chalk is fast.')).toHaveProperty('Chalk');
    expect(categories('I bought a Raspberry Pi last year.', { product: ['Raspberry Pi'] })).toEqual({ 'Raspberry Pi': 'product' });
  });
});

describe('phrases of a demonym', () => {
  it(`${here}reads a demonym before an ordinary plural noun as a phrase, not a name ("English Laws"), a body's name as a name`, () => {
    expect(categories('He has refused his Assent to English Laws, the most wholesome and necessary for the public good.')).toEqual({});
    expect(categories('The British Library sponsored it. So did Kenya Airways.')).toMatchObject({ 'British Library': 'organization', 'Kenya Airways': 'organization' });
  });
});

describe('acronyms of technologies', () => {
  it(`${here}reads an acronym the document also writes as code in lower case as a technology, not a body ("HTTPX" and \`httpx\`)`, () => {
    const readme = "HTTPX's API is simple. Install it with `pip install httpx`. HTTPX supports async.";
    expect(categories(readme)).toMatchObject({ HTTPX: 'product' });
    // Not where the code does not write it.
    expect(categories("HTTPX's API is simple. HTTPX supports async.")).not.toMatchObject({ HTTPX: 'product' });
  });
});
