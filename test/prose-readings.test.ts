import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[prose-readings] ';
// Errors seen on real prose (Debian's and GCC's documentation, READMEs, blog posts): each reading on its own.
const categories = (source: string, path = 'a.md', file?: LexiconFile) =>
  Object.fromEntries(extract(readSource(source, path), file ? { lexicon: buildLexicon([file]) } : {}).entities.map((e) => [e.label, e.category]));

describe('readings of real prose', () => {
  it(`${here}reads a Debian release's code name standing alone as that release, not as a person`, () => {
    const text = 'GCC 4.7 was removed for the release of Jessie. Starting with Debian 4.0 (lenny), newer compilers do this, as all of Lenny does.';
    expect(categories(text)).toMatchObject({ 'Debian Jessie': 'product', 'Debian Lenny': 'product' });
    // A person of that first name stays one.
    expect(categories('Lenny Kravitz played a new song. Later Lenny toured Europe.')).toMatchObject({ 'Lenny Kravitz': 'person' });
  });

  it(`${here}reads Ada as the programming language where the word after it says so, and as a person elsewhere`, () => {
    expect(categories('Support for Ada 2012 is complete.')).toEqual({ Ada: 'product' });
    expect(categories('Work on the Ada front end went on.')).toEqual({ Ada: 'product' });
    expect(categories('Our new hire Ada joined the team in 2012. Then Ada said hello.')).toEqual({ Ada: 'person' });
  });

  it(`${here}reads an adjective and a word the document writes in lower case as a term, no name`, () => {
    const table = '| Target | Notes |\n|---|---|\n| `armebv7r` | Bare ARMv7-R, Big Endian |\n| `aarch64_be` | ARM64 Linux (big-endian, ILP32 ABI) |\n';
    expect(categories(table)).not.toHaveProperty('Big Endian');
    // Without the lower-case word it stays a name (though not a person's: see below).
    expect(categories('| Target | Notes |\n|---|---|\n| `armebv7r` | Bare ARMv7-R, Big Endian |\n')).toHaveProperty('Big Endian');
  });

  it(`${here}reads a name opening with an adjective or a known name of another kind as no person's, a release "and later" as a product`, () => {
    expect(categories('It runs on macOS (11.0+, Big Sur+) only.')).toMatchObject({ 'Big Sur': 'product' });
    expect(categories('Tune for Arm Neoverse cores.', 'a.md', { organization: ['Arm'] })).toEqual({ 'Arm Neoverse': 'product' });
    expect(categories('We met Dawn Chen.', 'a.md', {})).toEqual({ 'Dawn Chen': 'person' });
    // An adjective opens a person's name too where the surname stands alone elsewhere.
    expect(categories('The talk was given by Long Nguyen of the lab. Nguyen said it went well.', 'a.md', {})).toEqual({ 'Long Nguyen': 'person' });
  });

  it(`${here}reads the first word of a paper's title after its number as the title's first word, no name`, () => {
    const news = [
      'Several C++23 features have been implemented:',
      '',
      '- P2128R6, Multidimensional subscript operator',
      '- P2334R1, Support for preprocessing directives elifdef and elifndef',
      '- DR_2397, Contravariant parameters in references to arrays',
      '- DR 960, Covariant functions and lvalue/rvalue references',
    ].join('\n');
    expect(Object.keys(categories(news, 'a.md', { product: ['C++'] })).sort()).toEqual(['C++', 'P2128R6', 'P2334R1']);
  });

  it(`${here}reads an ordinary word after a component's label as the change's first word, however the document capitalises it elsewhere`, () => {
    const news = '- STABS: Support for emitting the STABS debugging format is deprecated.\n- It runs on Long Term Support versions of Node.js.\n';
    expect(Object.keys(categories(news, 'a.md', { product: ['Node.js'] }))).toEqual(['Node.js']);
  });

  it(`${here}reads a contents' link to a section of the page as the section's title, no name that makes a phrase recur`, () => {
    const readme = '- [Support](#support)\n\n## Support\n\nThe current version is fully supported on Long Term Support versions of Node.js.\n';
    expect(Object.keys(categories(readme, 'README.md', { product: ['Node.js'] }))).toEqual(['Node.js']);
  });

  it(`${here}reads a sponsor or a partner as an organization, by its tier after it or in a list of sponsors`, () => {
    expect(categories('- PumasAI, Silver Sponsor, [talk](https://www.youtube.com/watch?v=1)\n', 'a.md', {})).toEqual({ PumasAI: 'organization' });
    expect(categories('- Data Umbrella and WiMLDS: Community Partners\n', 'a.md', {})).toMatchObject({ WiMLDS: 'organization' });
    const thanks = 'Thank you to all the sponsors who made the event possible: [Remix](https://remix.run/), [MUI](https://mui.com/) and [Sentry](https://sentry.io/for/react/).';
    expect(categories(thanks, 'a.md', {})).toMatchObject({ Remix: 'organization', Sentry: 'organization' });
    // Elsewhere the same shapes stay products.
    expect(categories('We moved our app to [Remix](https://remix.run/) and PumasAI runs the models.', 'a.md', {})).toEqual({ PumasAI: 'product', Remix: 'product' });
  });

  it(`${here}reads a name that owns the document's linked repositories as an organization, not one its repositories are named after`, () => {
    const newsletter = [
      'Thanks to everyone who contributed to pyOpenSci this month. The pyOpenSci showcase is live, and pyOpenSci reviews go on.',
      'Read the [EOmaps submission](https://github.com/pyOpenSci/software-submission/issues/138).',
    ].join('\n\n');
    expect(categories(newsletter, 'a.md', {})).toMatchObject({ pyOpenSci: 'organization' });
    const certifi = 'Requests uses Certifi for the CA bundle, and Certifi is updated often. See [the repository](https://github.com/certifi/python-certifi).';
    expect(categories(certifi, 'a.md', {})).toMatchObject({ Certifi: 'product' });
  });

  it(`${here}reads what one registers for or buys tickets to as an event, and an apposition stressed in capitals as one`, () => {
    expect(categories('Online tickets are still available for [PyConDE](https://2024.pycon.de/), so grab them.', 'a.md', {})).toEqual({ PyConDE: 'other' });
    expect(categories('Registration is live for [GeoPython](https://geopython.example/), THE event for Python enthusiasts.', 'a.md', {})).toEqual({ GeoPython: 'other' });
    expect(categories('We ported [GeoPython](https://geopython.example/) to the new API.', 'a.md', {})).toEqual({ GeoPython: 'product' });
  });
});

