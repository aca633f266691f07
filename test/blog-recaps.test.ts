import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

// Rules for event recaps, newsletters and announcements on blogs (issue 9, the twenty-second batch:
// React Conf, PyPI, Scientific Python, pyOpenSci and a personal blog saved whole).
const here = '[blog recaps] ';
const extractOf = (markdown: string, file: LexiconFile = {}) => extract(readSource(markdown, 'post.md'), { lexicon: buildLexicon([file]) });
const labels = (markdown: string, file?: LexiconFile) => extractOf(markdown, file).entities.map((e) => e.label).sort();
/** "label -> url" for every entity a sentence names beside a link. */
const pairs = (markdown: string, file?: LexiconFile) => {
  const extraction = extractOf(markdown, file);
  const labelOf = new Map(extraction.entities.map((e) => [e.key, e.label]));
  return extraction.sentences.flatMap((s) => s.entities.flatMap((key) => s.sources.map((url) => `${labelOf.get(key)} -> ${url}`))).sort();
};

describe('people in title-like list items', () => {
  it(`${here}keeps a middle initial inside the name after a talk's title ("Kent C. Dodds")`, () => {
    const item = '- [And Now You Understand Server Components](https://www.youtube.com/watch?v=1) by [Kent C. Dodds](https://twitter.com/kentcdodds)\n\nWe met.\n';
    expect(labels(item)).toEqual(['Kent C. Dodds']);
    expect(pairs(item)).toEqual(['Kent C. Dodds -> https://twitter.com/kentcdodds', 'Kent C. Dodds -> https://youtube.com/watch?v=1']);
  });

  it(`${here}still splits a title's capitalised words from the name ("Some Talk Title Here by …")`, () => {
    expect(labels('- [Some Talk Title Here](https://y.com/1) by Ann B. Smith\n\nWe met.\n')).toEqual(['Ann B. Smith']);
  });
});

describe('a nickname in quotes', () => {
  it(`${here}reads Andrew "Boz" Bosworth as one person, not Andrew alone`, () => {
    const text = 'Meta CTO [Andrew "Boz" Bosworth](https://www.threads.net/@boztank) shared a welcome message.';
    expect(labels(text, { organization: ['Meta'] })).toEqual(['Andrew "Boz" Bosworth', 'Meta']);
    expect(pairs(text, { organization: ['Meta'] })).toContain('Andrew "Boz" Bosworth -> https://threads.net/@boztank');
  });

  it(`${here}joins nothing across a quote that is no nickname`, () => {
    expect(labels('We asked Andrew "why not" and Bosworth laughed.')).not.toContain('Andrew "why not" Bosworth');
    expect(labels('Andrew said "Hello" Bosworth.')).not.toContain('Andrew said "Hello" Bosworth');
  });
});

describe('job titles', () => {
  it(`${here}drops a job title, keeping the known name before it`, () => {
    const file = { product: ['React', 'PyPI'] };
    expect(labels('Thank you to our React Team Developer Advocate [Matt Carroll](https://twitter.com/mattcarrollcode) for helping.', file)).toEqual(['Matt Carroll', 'React']);
    expect(labels('Amazon sponsors Mike Fiedler as the PyPI Safety and Security Engineer, and more.', { ...file, organization: ['Amazon'] })).toEqual([
      'Amazon', 'Mike Fiedler', 'PyPI',
    ]);
    expect(labels('Thank you, our Chief Vibes Officer Ashley Narcisse.')).toEqual(['Ashley Narcisse']);
  });

  it(`${here}drops a sponsor's tier after a name in lower case ("metalenz, Silver Sponsor")`, () => {
    const list = [
      '- Intel, Gold Sponsor, [Sponsored Talk](https://www.youtube.com/watch?v=K)',
      '- PumasAI, Silver Sponsor, [Sponsored Talk](https://www.youtube.com/watch?v=P)',
      '- Conning, Silver Sponsor',
      '- metalenz, Silver Sponsor, [Sponsored Talk](https://www.youtube.com/watch?v=J)',
      '- Jeffrey Sarnoff, Silver Sponsor',
    ].join('\n');
    expect(labels(list, { organization: ['Intel'] })).not.toContain('Silver Sponsor');
  });

  it(`${here}keeps a body named after its members ("Society of Women Engineers")`, () => {
    expect(labels('She chaired the Society of Women Engineers for a year.')).toEqual(['Society of Women Engineers']);
  });
});

describe('numbered documents of a series the links title', () => {
  const specs = [
    '[SPEC 0---Minimum Supported Versions ](https://scientific-python.org/specs/spec-0000), similar to [NEP 29](https://numpy.org/neps/nep-0029.html), was endorsed.',
    '',
    '[SPEC 1---Lazy Loading of Submodules and Functions](https://scientific-python.org/specs/spec-0001/) was discussed.',
    '',
    'We read the spec. SPEC 2 is next.',
  ].join('\n');

  it(`${here}reads "SPEC 0" as a name like RFC 3492, even inside a titled link, though "spec" is a word`, () => {
    expect(labels(specs)).toEqual(expect.arrayContaining(['NEP 29', 'SPEC 0', 'SPEC 1', 'SPEC 2']));
    expect(pairs(specs)).toContain('SPEC 1 -> https://scientific-python.org/specs/spec-0001');
    // Documents of a series, as RFC 3492 is: category other, not the product a lone acronym would be.
    const categories = Object.fromEntries(extractOf(specs).entities.map((e) => [e.label, e.category]));
    expect([categories['NEP 29'], categories['SPEC 0'], categories['SPEC 1']]).toEqual(['other', 'other', 'other']);
  });

  it(`${here}makes no series of an acronym before a number the links do not title so`, () => {
    expect(labels('The [HTTP 2 support](https://example.org/h2) landed. HTTP 2 is fast.')).not.toContain('HTTP 2');
  });
});

describe('a name in camelCase that the links spell', () => {
  it(`${here}reads "pyOpenSci" as a name beside links to pyopensci.org, and cites it`, () => {
    const text = 'This month, pyOpenSci reached [200 contributors](https://www.pyopensci.org/our-community/)!';
    expect(labels(text)).toEqual(['pyOpenSci']);
    expect(pairs(text)).toEqual(['pyOpenSci -> https://pyopensci.org/our-community']);
  });

  it(`${here}still reads camelCase the links do not spell as code`, () => {
    expect(labels('Call getElementById on [the page](https://example.org/page) first.')).toEqual([]);
  });
});

describe('a state\'s code before a full stop', () => {
  it(`${here}ends the sentence after "Santa Clara, CA." (not circa), so the next link cites nothing there`, () => {
    const text = 'We spoke at PyCon in Santa Clara, CA.  As usual, the videos are on [pyvideo](http://pyvideo.org/category/33).';
    expect(pairs(text, { other: ['PyCon'], place: ['Santa Clara'] })).toEqual(['pyvideo -> https://pyvideo.org/category/33']);
    expect(extractOf('A vase, ca. 1900. It broke.').sentences.map((s) => s.text)).not.toContain('A vase, ca.');
  });
});

describe('a short name and a longer one it opens', () => {
  it(`${here}keeps "IPython" apart from "the IPython Notebook" when the text mostly writes it alone`, () => {
    const text = [
      'Fernando spoke about IPython at [PyData](https://pydata.org/). John sent a patch to IPython.',
      '',
      'Contrast this with one of the other success stories in the scientific Python world, the IPython Notebook. It brings tools to users.',
      '',
      'This decision enabled IPython notebook to become so widely adopted.',
    ].join('\n');
    expect(labels(text)).toEqual(expect.arrayContaining(['IPython', 'IPython Notebook']));
    expect(pairs(text)).toContain('IPython -> https://pydata.org');
  });

  it(`${here}still takes a short name into the longer one a heading writes ("Koa" and "## Koa Application")`, () => {
    expect(labels('# Koa\n\nKoa is small. A Koa application is an object. Koa is fast.\n\n## Koa Application\n\nIt holds middleware.\n')).toEqual(['Koa']);
  });
});

describe('job titles in coordination', () => {
  it(`${here}keeps a name before "and" and a job title of another body ("[18F] and Chief Operating Officer of …")`, () => {
    expect(labels('Aaron was Executive Director of [18F](https://18f.gsa.gov/) and Chief Operating Officer of [cBrain](https://www.cbrain.com/).')).toEqual(
      expect.arrayContaining(['18F', 'cBrain']),
    );
  });
});

describe('an event named with its place and year', () => {
  it(`${here}reads "PyCon US 2024" whole, as "JuliaCon 2018" is`, () => {
    const text = '[Registration is still open](https://us.pycon.org/2024/) for [PyCon US 2024](https://us.pycon.org/2024/), happening in May.';
    expect(labels(text, { other: ['PyCon'], place: ['US'] })).toEqual(['PyCon US 2024']);
    expect(pairs(text, { other: ['PyCon'], place: ['US'] })).toEqual(['PyCon US 2024 -> https://us.pycon.org/2024']);
  });

  it(`${here}joins no year to a name and a place that open no event ("Microsoft US 2024")`, () => {
    expect(labels('We met Microsoft US 2024 staff.', { organization: ['Microsoft'], place: ['US'] })).not.toContain('Microsoft US 2024');
  });
});

describe('a word the document links to its own site', () => {
  it(`${here}is a name inside a longer one ("Expo Router" beside "[Expo](https://expo.dev/)"), though "expo" is a word`, () => {
    const text = 'They announced [Universal Server Components](https://www.youtube.com/watch?v=T8) in Expo Router.\n\nThanks to the [Expo](https://expo.dev/) team.\n';
    expect(labels(text)).toContain('Expo Router');
    expect(pairs(text)).toContain('Expo Router -> https://youtube.com/watch?v=T8');
    expect(labels('They announced it at the Expo Router stand.')).not.toContain('Expo Router');
  });
});

describe('lower-case libraries listed with a known one', () => {
  it(`${here}reads every member of a comma list with a known library as a product: numpy, pandas, geopandas, xarray`, () => {
    const text = 'It works with the scientific stack (e.g., [numpy](https://numpy.org), pandas, geopandas, xarray etc.), allowing plots.';
    expect(labels(text, { product: ['NumPy', 'pandas'] })).toEqual(['NumPy', 'geopandas', 'pandas', 'xarray']);
  });

  it(`${here}reads no list of ordinary words, nor a list of two`, () => {
    expect(labels('We bought apples, pears, and plums for numpy fans.', { product: ['NumPy'] })).toEqual(['NumPy']);
    expect(labels('It needs numpy, xarray and more.', { product: ['NumPy'] })).toEqual(['NumPy']);
  });
});

describe('a title-like link text that spells its site', () => {
  it(`${here}is one name, not three capitalised words: [First Timers Only](http://www.firsttimersonly.com/)`, () => {
    const text = 'That is why initiatives such as [First Timers Only](http://www.firsttimersonly.com/) were started.';
    expect(labels(text)).toEqual(['First Timers Only']);
    expect(pairs(text)).toEqual(['First Timers Only -> https://firsttimersonly.com']);
  });

  it(`${here}still splits the same words linked to a site they do not spell`, () => {
    expect(labels('That is why initiatives such as [First Timers Only](https://example.org/start) were started.')).toEqual([]);
  });
});

describe('a name of ordinary words that a link gives its site', () => {
  it(`${here}is a name wherever the post writes it: "from Trail of Bits" beside "[Trail of Bits](https://www.trailofbits.com/)"`, () => {
    const text = [
      'A [report](https://blog.yossarian.net/z) thanks to the analysis of William Woodruff from Trail of Bits.',
      '',
      'Thanks to sponsors for sponsoring [Trail of Bits](https://www.trailofbits.com/) to work.',
    ].join('\n');
    expect(labels(text)).toEqual(['Trail of Bits', 'William Woodruff']);
    expect(pairs(text)).toContain('Trail of Bits -> https://blog.yossarian.net/z');
  });

  it(`${here}is no name where the link's site does not spell it`, () => {
    expect(labels('Thanks to the analysis from Trail of Bits.\n\nSee [Trail of Bits](https://example.org/team).\n')).not.toContain('Trail of Bits');
  });
});
