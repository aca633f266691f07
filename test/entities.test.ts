import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[entities] ';
// The rules on their own: a lexicon that knows almost nothing.
const bare = buildLexicon([{ notEntities: ['Open Source', 'API', 'GPU'] }]);
const names = (markdown: string, lexicon = bare) =>
  extract(readSource(markdown, 'a.md'), { lexicon }).entities.map((e) => e.label).sort();
const entity = (markdown: string, label: string, lexiconFile?: LexiconFile) =>
  extract(readSource(markdown, 'a.md'), { lexicon: lexiconFile ? buildLexicon([lexiconFile]) : bare }).entities.find((e) => e.label === label);

describe('entity finder', () => {
  it(`${here}reads a name, an ampersand and a title without failing (Johnson & President Obama)`, () => {
    expect(names('Johnson & President Obama met.')).toEqual(['Johnson', 'Obama']);
    expect(names('Smith & Senator Warren spoke.')).toEqual(['Smith', 'Warren']);
    expect(names('X & Prime Minister spoke. D & Mr')).toEqual([]);
  });

  it(`${here}finds acronyms, camel-case, hyphenated and multi-word names`, () => {
    expect(names("Chips from TSMC's fabs power the new version of InfluxDB on RISC-V boards, says the Rust Foundation.")).toEqual([
      'InfluxDB', 'RISC-V', 'Rust Foundation', 'TSMC',
    ]);
  });

  it(`${here}keeps an unknown acronym only when the document treats it as a name`, () => {
    const text = [
      'We stabilized return-position impl trait (RPIT) and RPIT now works; the FCP closed.',
      'The Container Storage Interface (CSI) reached GA. SMIC said it would comply, and the BRQV company agreed.',
    ].join(' ');
    expect(names(text)).toEqual(['BRQV', 'Container Storage Interface', 'SMIC']);
  });

  it(`${here}skips sentence-initial words and pronouns`, () => {
    expect(names('Today it works. We tried. Integral to this is speed. However, Polars helps.')).toEqual(['Polars']);
  });

  it(`${here}keeps a sentence-initial name the document also writes as a name`, () => {
    expect(names('Rust is fast. Many teams adopt Rust.')).toEqual(['Rust']);
  });

  it(`${here}drops the possessive`, () => {
    expect(names("NVIDIA's GPUs and China's chips.")).toEqual(['China', 'NVIDIA']);
  });

  it(`${here}never reads code identifiers as names`, () => {
    expect(names('Use `HashMap` or a HashMap with `std::thread::spawn` and foo_bar::Baz.')).toEqual([]);
  });

  it(`${here}reads names in link text`, () => {
    expect(names('It powers [Quickwit](https://quickwit.io/) and the [Asterinas](https://asterinas.github.io/) kernel.')).toEqual([
      'Asterinas', 'Quickwit',
    ]);
  });

  it(`${here}does not take capitalised common words in a title for names`, () => {
    expect(names('See [The Rise and Rise of Open Source in China](https://x.example/a).')).toEqual(['China']);
    expect(names('## Why Bigger Teams Move Slower\n\nText.')).toEqual([]);
  });

  it(`${here}keeps common words that a head noun makes a name`, () => {
    expect(names('The vote went to the Leadership Council and the Global South.', buildLexicon([{ place: ['Global South'] }]))).toEqual([
      'Global South', 'Leadership Council',
    ]);
  });

  it(`${here}ignores months, days, demonyms and generic acronyms`, () => {
    expect(names('On Monday in January the Iranian team used an API and a GPU.')).toEqual([]);
  });

  it(`${here}joins names with "of" after an organisation head`, () => {
    expect(names('She studied at the University of Cambridge and Bank of America.')).toEqual(['Bank of America', 'University of Cambridge']);
  });

  it(`${here}finds lower-case names the lexicon knows, not ordinary words`, () => {
    const lexicon = buildLexicon([{ product: ['crates.io|Crates.io', 'rustup'] }]);
    expect(names('Publish to crates.io with rustup and cargo.', lexicon)).toEqual(['crates.io', 'rustup']);
  });

  it(`${here}reads lower-case names from their links and from "crate" or "tool" after them`, () => {
    const text = [
      'The trait solver [chalk](https://github.com/rust-lang/chalk) lives on; see the [calendar](https://calendar.google.com/x).',
      'It needs the syn crate and the kubeadm tool, not a pre-compiled binary or a new tool.',
    ].join(' ');
    expect(names(text)).toEqual(['chalk', 'kubeadm', 'syn']);
  });

  it(`${here}leaves out usernames linked to their own account`, () => {
    expect(names('Thanks to [TaKO8Ki](https://github.com/TaKO8Ki) and [Niko Matsakis](https://github.com/nikomatsakis).')).toEqual(['Niko Matsakis']);
  });

  it(`${here}joins "and" inside a name that has "of" or "for", and ends a name at a capitalised function word`, () => {
    expect(names('Arrests were counted by the Egyptian Center for Economic and Social Rights and by Access Now. We thank Access Now.')).toEqual([
      'Access Now', 'Egyptian Center for Economic and Social Rights',
    ]);
  });

  it(`${here}never reads network numbers or long identifiers as names`, () => {
    expect(names('Blocked on AS8452 and AS36935; donate to AEL8Ke2VNV7wrHMwkck6QNTfd5gchbPu76h1wS1MqEs3 today.')).toEqual([]);
  });

  it(`${here}finds lexicon names written with a curly apostrophe or spelled out longer`, () => {
    const lexicon = buildLexicon([{ product: ["Let's Encrypt", 'Google Play|Play Store'] }]);
    expect(names('The fund supported the Let’s Encrypt project, and Azerbaijan blocked the Google Play Store.', lexicon)).toEqual([
      'Azerbaijan', 'Google Play', "Let's Encrypt",
    ]);
  });

  it(`${here}drops roles and keyboard shortcuts`, () => {
    expect(names('The First Lady spoke. Press CTRL-C to copy, and the Vice President agreed.')).toEqual([]);
  });

  it(`${here}splits a known name off the end of a longer run`, () => {
    const lexicon = buildLexicon([{ organization: ['White House'] }]);
    expect(names('Records of the Obama White House were archived.', lexicon)).toEqual(['Obama', 'White House']);
  });

  it(`${here}keeps names joined by + (Rust+GNOME Hackfest)`, () => {
    expect(names('The goal of the Rust+GNOME Hackfest is interoperability.')).toEqual(['Rust+GNOME Hackfest']);
  });

  it(`${here}strips a title before a person's name`, () => {
    expect(entity('The talk by President Emmanuel Macron was long.', 'Emmanuel Macron')?.category).toBe('person');
  });
});

describe('categories', () => {
  it(`${here}reads a workgroup as a body, as it does a working group`, () => {
    expect(entity('The Documentation Workgroup met in March to plan the guides.', 'Documentation Workgroup')?.category).toBe('organization');
  });

  it(`${here}uses the lexicon first`, () => {
    expect(entity('We met Huawei people.', 'Huawei', { organization: ['Huawei'] })?.category).toBe('organization');
  });

  it(`${here}knows first names and name-shaped pairs as people`, () => {
    expect(entity('A talk by Marijn Haverbeke on editors.', 'Marijn Haverbeke')?.category).toBe('person');
    expect(entity('A post by Niko Matsakis on traits.', 'Niko Matsakis')?.category).toBe('person');
  });

  it(`${here}reads organisation and place heads`, () => {
    expect(entity('Members of the Leadership Council voted.', 'Leadership Council')?.category).toBe('organization');
    expect(entity('They moved to Mexico City last year.', 'Mexico City')?.category).toBe('place');
  });

  it(`${here}reads products from shape and context`, () => {
    expect(entity('It runs the Asterinas kernel.', 'Asterinas')?.category).toBe('product');
    expect(entity('The new InfluxDB is fast.', 'InfluxDB')?.category).toBe('product');
  });

  it(`${here}does not take a company and its country for a person`, () => {
    expect(entity('Customers of Vodafone Egypt were cut off.', 'Vodafone Egypt')?.category).toBe('organization');
  });

  it(`${here}reads places from compromise's lexicon`, () => {
    expect(entity('Trade with China grew.', 'China')?.category).toBe('place');
  });
});

describe('aliases', () => {
  it(`${here}merges a surname after the full name`, () => {
    const found = extract(readSource('Marijn Haverbeke wrote CodeMirror. Later, Haverbeke wrote a book.', 'a.md'), { lexicon: bare });
    const person = found.entities.find((e) => e.label === 'Marijn Haverbeke');
    expect(person?.forms).toEqual({ 'Marijn Haverbeke': 1, Haverbeke: 1 });
    expect(found.entities.map((e) => e.label)).not.toContain('Haverbeke');
  });

  it(`${here}merges an acronym that takes a letter from each part of a word capitalised inside (SSWG for Swift Server WorkGroup)`, () => {
    const post = 'In this post, the [Swift Server WorkGroup (SSWG)](https://swift.org/sswg/) looks back.\n\nFor the first time, the SSWG ran a survey. We thank the SSWG members.';
    const found = extract(readSource(post, 'a.md'), { lexicon: bare });
    expect(found.entities.map((e) => e.label)).toEqual(['Swift Server WorkGroup']);
  });

  it(`${here}merges "the Council" into the Leadership Council`, () => {
    const found = extract(readSource('The Leadership Council met. Later the Council voted.', 'a.md'), { lexicon: bare });
    expect(found.entities.map((e) => [e.label, e.forms])).toEqual([['Leadership Council', { 'Leadership Council': 1, Council: 1 }]]);
  });

  it(`${here}merges lexicon aliases into one entity with the canonical label`, () => {
    const lexicon = buildLexicon([{ place: ['United States|USA|U.S.|US'] }]);
    const found = extract(readSource('The USA and the U.S. and the US are one.', 'a.md'), { lexicon });
    expect(found.entities.map((e) => [e.label, e.forms, e.category])).toEqual([['United States', { USA: 1, 'U.S.': 1, US: 1 }, 'place']]);
  });

  it(`${here}merges a name written with and without a known name before it`, () => {
    const lexicon = buildLexicon([{ product: ['~Rust'] }]);
    const found = extract(readSource('The Async Working Group met. Later the Rust Async Working Group published Rust notes.', 'a.md'), { lexicon });
    expect(found.entities.map((e) => [e.label, e.forms])).toEqual([
      ['Async Working Group', { 'Async Working Group': 1, 'Rust Async Working Group': 1 }],
      ['Rust', { Rust: 1 }],
    ]);
  });

  it(`${here}merges an acronym into the name it abbreviates`, () => {
    const found = extract(readSource('The Open Source Initiative (OSI) approves licences. The OSI did.', 'a.md'), { lexicon: bare });
    expect(found.entities.map((e) => e.label)).toEqual(['Open Source Initiative']);
  });
});

describe('citations', () => {
  it(`${here}pairs a link with every entity in its sentence, link text included`, () => {
    const found = extract(
      readSource('China recognized this threat, exemplified by the campaign against [Huawei](https://congress.example/r). NVIDIA was not named.', 'a.md'),
      { lexicon: bare },
    );
    const sentence = found.sentences.find((s) => s.sources.length > 0);
    expect(sentence?.entities.sort()).toEqual(['china', 'huawei']);
    expect(sentence?.sources).toEqual(['https://congress.example/r']);
  });

  it(`${here}uses the sentence where a reference-style link stands, not its definition`, () => {
    const found = extract(readSource('Read about [Servo][s] here. Mozilla made it.\n\n[s]: https://servo.example/', 'a.md'), { lexicon: bare });
    expect(found.sentences.filter((s) => s.sources.length).map((s) => [s.entities, s.sources])).toEqual([[['servo'], ['https://servo.example']]]);
  });
});

describe('a sentence\'s first word before a known name and a kind noun', () => {
  it(`${here}drops an ordinary first word before a known name that a kind noun follows, and keeps a name the noun defines whole`, () => {
    const lexicon = buildLexicon([{ product: ['Debian'] }]);
    expect(names('Modern Debian kernel packages have the module built in.', lexicon)).toEqual(['Debian']);
    expect(names('Rusty Days conference is back.', lexicon)).toEqual(['Rusty Days']);
  });
});
