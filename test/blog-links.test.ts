import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

// Rules for links in blog prose (issue 9, the eighteenth batch: the Julia and Jekyll blogs).
const here = '[blog links] ';
const extractOf = (markdown: string, file: LexiconFile = {}) => extract(readSource(markdown, 'post.md'), { lexicon: buildLexicon([file]) });
const labels = (markdown: string, file?: LexiconFile) => extractOf(markdown, file).entities.map((e) => e.label).sort();

describe('a link whose text names its own target', () => {
  it(`${here}is a name by itself: a role before it or a word after it is not joined to it`, () => {
    const list = '- Katharine Hyatt, Program [Twitter](https://twitter.com/kslimes)\n- Tom Kwong, Infrastructure [Twitter](https://twitter.com/tomkwong)\n';
    expect(labels(list)).toEqual(['Katharine Hyatt', 'Tom Kwong', 'Twitter']);
    // (An account's name alone is a handle, see GOLD.md: no entity, but no "JuliaLang GitHub" either.)
    expect(labels('Some have commit access to the [JuliaLang](https://github.com/JuliaLang) GitHub organization.', { product: ['GitHub'] })).toEqual(['GitHub']);
  });

  it(`${here}still joins the words of a link that does not name its target`, () => {
    expect(labels('We met at the [Moore Foundation](https://example.org/about) Science Lab.')).toContain('Moore Foundation Science Lab');
  });
});

describe('a link text repeated as a label', () => {
  const sponsors = [
    '- JuliaHub, Platinum Sponsor, [Sponsored Talk](https://www.youtube.com/watch?v=a)',
    '- Julius Technologies, Platinum Sponsor, [Sponsored Talk](https://www.youtube.com/watch?v=b)',
    '- RelationalAI, Platinum Sponsor, [Sponsored Talk](https://www.youtube.com/watch?v=c)',
    '- Intel, Gold Sponsor, [Sponsored Talk](https://www.youtube.com/watch?v=d)',
    '- AWS, Gold, [Sponsored Talk](https://www.youtube.com/watch?v=e)',
  ].join('\n');

  it(`${here}names nothing when ordinary words link to three different pages that none of them names`, () => {
    expect(labels(sponsors)).not.toContain('Sponsored Talk');
  });

  it(`${here}still names a page when its text is linked once or twice`, () => {
    expect(labels('Watch the [Sponsored Talk](https://www.youtube.com/watch?v=a) and the [Sponsored Talk](https://www.youtube.com/watch?v=b) again.')).toContain('Sponsored Talk');
  });
});

describe('packages named with their language suffix', () => {
  it(`${here}reads a Julia package (Documenter.jl, JET.jl) as a name, as it does a JavaScript one`, () => {
    const found = extractOf('- Shuhei Kadowaki (For his work on JET.jl and the Julia compiler)\n- Mauro Werder (For work on Documenter.jl and its ecosystem)\n').entities;
    expect(found.filter((e) => e.label.endsWith('.jl')).map((e) => [e.label, e.category]).sort()).toEqual([['Documenter.jl', 'product'], ['JET.jl', 'product']]);
  });
});

describe('a name and its former one', () => {
  it(`${here}reads "X (formerly Y)" as one thing named twice, wherever Y stands`, () => {
    const post = '## JuliaHub (formerly Julia Computing)\n\nIn 2015 they founded Julia Computing in Boston. JuliaHub provides support.\n';
    const found = extractOf(post, { place: ['Boston'] }).entities;
    const hub = found.find((e) => e.label === 'JuliaHub');
    expect(found.map((e) => e.label).sort()).toEqual(['Boston', 'JuliaHub']);
    expect(Object.keys(hub?.forms ?? {})).toContain('Julia Computing');
  });

  it(`${here}keeps two names apart without the word "formerly"`, () => {
    expect(labels('We thank JuliaHub (and Julia Computing) for their support.').sort()).toEqual(['Julia Computing', 'JuliaHub']);
  });
});

describe("an event's year", () => {
  it(`${here}stays part of the event's name at the end of a sentence`, () => {
    expect(labels('NumFOCUS paid for my attendance to [JuliaCon 2018](https://juliacon.org/2018/).')).toContain('JuliaCon 2018');
    expect(labels('Then I went to RustConf 2024.')).toEqual(['RustConf 2024']);
  });
});

describe('a Title Case phrase of ordinary words joined by "of"', () => {
  it(`${here}leaves neither half as a name ("Code" and "Conduct" in "a Code of Conduct")`, () => {
    expect(labels('A good Code of Conduct also details enforcement. The Code of Conduct of [Jekyll](https://jekyllrb.com) is short.')).toEqual(['Jekyll']);
  });

  it(`${here}keeps a head that joins and a known name after "of" (Kingdom of Denmark)`, () => {
    expect(labels('We read it in the Kingdom of Denmark.', { place: ['Denmark'] })).toEqual(['Kingdom of Denmark']);
  });
});

describe('an academic title after a body', () => {
  it(`${here}keeps "Honorary" or "Visiting" out of the body's name ("University of Queensland Honorary Professor")`, () => {
    const post = '- Jeremy Howard, co-creator, University of Queensland Honorary Professor, presented a talk.\n- Ada Byron, Imperial College Visiting Professor, presented another.\n';
    expect(labels(post)).toEqual(['Ada Byron', 'Imperial College', 'Jeremy Howard', 'University of Queensland']);
  });
});

describe('a middle initial', () => {
  it(`${here}joins a person's name with it to the same name without it, even where the words are also words ("Viral B. Shah", "Viral Shah")`, () => {
    const found = extractOf('It was founded by [Viral B. Shah](https://en.wikipedia.org/wiki/Viral_B._Shah) and Ada Byron. The signatories are Tim Holy and Viral Shah.').entities;
    const viral = found.filter((e) => /Viral/.test(e.label));
    expect(viral.map((e) => [e.label, e.category])).toEqual([['Viral Shah', 'person']]);
    expect(Object.keys(viral[0]!.forms).sort()).toEqual(['Viral B. Shah', 'Viral Shah']);
  });
});

describe('a language named with the word "Language"', () => {
  it(`${here}is the language the document also names alone ("the Julia Language's YouTube" beside "Julia")`, () => {
    const found = extractOf('We had viewers on the Julia Language’s YouTube channel. Julia is fast, and Julia is free.', { product: ['Julia', 'YouTube'] }).entities;
    expect(found.map((e) => e.label).sort()).toEqual(['Julia', 'YouTube']);
    expect(Object.keys(found.find((e) => e.label === 'Julia')!.forms)).toContain('Julia Language');
  });
});

describe('a talk named before the word "talk"', () => {
  it(`${here}is a work (other), not a body ("the State of Julia talk")`, () => {
    const found = extractOf('This year, Jeff Bezanson presented the State of Julia talk on behalf of the core team.').entities;
    expect(found.find((e) => e.label === 'State of Julia')?.category).toBe('other');
  });
});

describe('a name before a site', () => {
  it(`${here}is the name's channel or account there, two names ("the PyData YouTube"), unless the lexicon knows the whole`, () => {
    const file = { product: ['YouTube', 'Twitter'] };
    expect(labels('We had more viewers across the PyData YouTube this year.', file)).toEqual(['PyData', 'YouTube']);
    expect(labels('Follow the Mozilla Twitter account.', file)).toEqual(['Mozilla', 'Twitter']);
    expect(labels('We watched the Acme YouTube videos.', { product: ['YouTube', 'Acme YouTube'] })).toEqual(['Acme YouTube']);
  });

  it(`${here}stays one name where the site opens a longer one ("the Zorbjs Slack Group"), not before the page's own noun`, () => {
    const file = { product: ['Slack', 'Facebook'] };
    expect(labels('Join the Zorbjs Slack Group for help.', file)).toEqual(['Zorbjs Slack Group']);
    expect(labels('Hecklers came to the Cooks Source Facebook Page today.', file)).not.toContain('Cooks Source Facebook Page');
  });
});
