import { describe, expect, it } from 'vitest';
import { addDocumentVotes } from '../src/extract/categorize.js';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

// Rules for the prose of blog posts from many publishers (issue 9: agencies, foundations, essayists).
const here = '[blog prose] ';
const lexiconOf = (file: LexiconFile = {}) => buildLexicon([{ notEntities: ['Open Source', 'API'], ...file }]);
const entities = (markdown: string, file?: LexiconFile) => extract(readSource(markdown, 'post.md'), { lexicon: lexiconOf(file) }).entities;
const labels = (markdown: string, file?: LexiconFile) => entities(markdown, file).map((e) => e.label).sort();
const categoryOf = (markdown: string, label: string, file?: LexiconFile) => entities(markdown, file).find((e) => e.label === label)?.category;

describe('titles and roles inside a run of capitalised words', () => {
  it(`${here}keeps a body's name before a title, and the person after it`, () => {
    expect(labels('Foundation for Public Code President Ben Cerveny says it is an honour.')).toEqual(['Ben Cerveny', 'Foundation for Public Code']);
  });

  it(`${here}keeps a known name before a title written with a hyphen`, () => {
    const file = { organization: ['United Nations'] };
    expect(labels('It is endorsed by the United Nations Secretary-General’s report.', file)).toEqual(['United Nations']);
  });

  it(`${here}reads "Director of Delivery" as an office, not a person, but "President of Microsoft" names Microsoft`, () => {
    expect(labels('Aaron was a co-founder, Director of Delivery, and later a member of staff.')).toEqual(['Aaron']);
    expect(labels('Satya Nadella, President of Microsoft, spoke.', { organization: ['Microsoft'] })).toEqual(['Microsoft', 'Satya Nadella']);
  });
});

describe('heads joined by "of" or "for"', () => {
  it(`${here}joins governments, standards, roadmaps and strategies to what they are of or for`, () => {
    expect(labels('We follow the Government of Canada and the Government of Nova Scotia.', { place: ['Nova Scotia'] })).toEqual([
      'Government of Canada', 'Government of Nova Scotia',
    ]);
    expect(labels('The [Standard for Public Code](https://standard.publiccode.net) meets the Roadmap for Digital Cooperation.')).toEqual([
      'Roadmap for Digital Cooperation', 'Standard for Public Code',
    ]);
    expect(categoryOf('They endorsed the Roadmap for Digital Cooperation last year.', 'Roadmap for Digital Cooperation')).toBe('other');
  });

  it(`${here}makes no name of such a head alone, nor one before a body's own name`, () => {
    expect(labels('This memo is no Internet Standard; see the Product Roadmap.')).toEqual([]);
    const file = { organization: ['Sandia National Laboratories'] };
    expect(labels('She led the Quantitative Modeling Department of Sandia National Laboratories.', file)).toContain('Sandia National Laboratories');
  });

  it(`${here}keeps a sentence-opening head joined by "for" ("Foundation for Public Code")`, () => {
    expect(labels('Foundation for Public Code staff went to Brussels.', { place: ['Brussels'] })).toEqual(['Brussels', 'Foundation for Public Code']);
  });
});

describe('categories from roles', () => {
  it(`${here}reads the body a role is held in as an organization`, () => {
    const text = 'Aaron was Executive Director of [18F](https://18f.gsa.gov/) and Chief Operating Officer of [cBrain](https://www.cbrain.com/).';
    expect(categoryOf(text, '18F')).toBe('organization');
    expect(categoryOf(text, 'cBrain')).toBe('organization');
  });

  it(`${here}reads a library as an organization, like a museum`, () => {
    expect(categoryOf('We walked to the Bodleian Library and read.', 'Bodleian Library')).toBe('organization');
  });
});

describe('jobs, boards, signatures and release phases are no names', () => {
  it(`${here}drops a job or a board however capitalised`, () => {
    expect(labels('I am joining the Flickr Foundation as their new Tech Lead, after years as Product Manager.')).toEqual(['Flickr Foundation']);
    expect(labels("Aaron is a member of the OpenGov Foundation's Board of Directors.")).toEqual(['Aaron', 'OpenGov Foundation']);
  });

  it(`${here}reads a signature in italics as a person and a role, not the title of a work`, () => {
    const text = '> *“I’ve come away with a strong belief.”*\n>\n> *Yaprak Baltacıoğlu, Secretary of the Treasury Board*\n';
    expect(labels(text)).toContain('Yaprak Baltacıoğlu');
    expect(labels(text).filter((label) => label.includes(','))).toEqual([]);
  });

  it(`${here}takes Alpha and Beta for release phases (default lexicon)`, () => {
    const found = extract(readSource('We moved the Kubernetes support from the Alpha to Beta phase. Beta means stable.', 'post.md')).entities.map((e) => e.label);
    expect(found).toEqual(['Kubernetes']);
  });
});

describe('one node per thing', () => {
  it(`${here}reads a possessive inside a name the document writes whole elsewhere as that name`, () => {
    const text = 'We adapted [GOV.UK’s Notify](https://www.notifications.service.gov.uk/) for Canada. The code came from GOV.UK Notify.';
    const found = entities(text, { place: ['Canada'] });
    expect(found.map((e) => e.label).sort()).toEqual(['Canada', 'GOV.UK Notify']);
    expect(found.find((e) => e.label === 'GOV.UK Notify')?.forms).toEqual({ 'GOV.UK’s Notify': 1, 'GOV.UK Notify': 1 });
    // Without the whole name elsewhere, the owner and the owned stay two names.
    expect(labels("We admired Canada's Notify and used Notify daily.", { place: ['Canada'] })).toEqual(['Canada', 'Notify']);
  });

  it(`${here}reads a name ending with a product the document names alone as a product`, () => {
    const groups = [{ key: 'notify', votes: { product: 2 } }, { key: 'gov.uk notify', votes: {} }, { key: 'acme council', votes: {} }];
    addDocumentVotes(groups);
    expect(groups.map((group) => group.votes)).toEqual([{ product: 2 }, { product: 2 }, {}]);
  });
});

describe('link texts that name their site', () => {
  it(`${here}reads a capitalised word and lower-case ones spelling the link's host as one name`, () => {
    const text = 'I chatted with [Guy Janssen](https://twitter.com/guy) from [Moja global](https://moja.global).';
    expect(labels(text)).toEqual(['Guy Janssen', 'Moja global']);
    // Only the whole host: the Google blog at cloudplatform.googleblog.com is no name of its own.
    expect(labels('See the [Google blog](https://cloudplatform.googleblog.com/2014/06/a.html) post.')).not.toContain('Google blog');
  });
});

describe('acronyms that prose treats as names', () => {
  it(`${here}reads an acronym renamed or known by another acronym as a name, one node for both`, () => {
    const text = 'IDAM was a data code. IDAM was later renamed to UDA. Developing IDAM (aka UDA) was slow, and UDA is easier to build now.';
    const found = entities(text);
    expect(found.map((e) => e.label)).toEqual(['UDA']);
    expect(Object.keys(found[0]!.forms).sort()).toEqual(['IDAM', 'UDA']);
    expect(labels('UDA, formerly IDAM, reads data.').length).toBe(1);
    // Without such words, unknown acronyms stay vocabulary.
    expect(labels('The RPIT and the FCP closed.')).toEqual([]);
  });

  it(`${here}reads an acronym listed among known products (all the others) as a product`, () => {
    const file = { product: ['Fortran', 'Java', 'Python'] };
    expect(entities('The code had wrappers in IDL, Fortran, Java and Python.', file).find((e) => e.label === 'IDL')?.category).toBe('product');
    // Every other member must be a known product, and there must be two: a pair proves nothing.
    expect(labels('We met the ABC, the XYZ and the board.', file)).toEqual([]);
    expect(labels('The team used QRS and Python.', file)).toEqual(['Python']);
    expect(labels('They wrote QRS, Fortran and Acme Widgets.', file)).not.toContain('QRS');
  });
});

describe('programmes', () => {
  it(`${here}reads a capitalised Program as a named programme (other), one node with its acronym`, () => {
    const text = '* Emails comply with [Federal Identity Program (FIP)](https://www.canada.ca/fip.html) requirements\n* Other item.\n';
    const found = entities(text);
    expect(found.map((e) => [e.label, e.category])).toEqual([['Federal Identity Program', 'other']]);
    expect(Object.keys(found[0]!.forms).sort()).toEqual(['FIP', 'Federal Identity Program']);
  });
});

describe('a place written two ways inside a body\'s name', () => {
  it(`${here}merges "U.S. Government" into "United States Government" (default lexicon)`, () => {
    const text = 'He led 18F, the United States Government’s team. He advised the U.S. Government’s TTS. The UK Parliament met; the United Kingdom Parliament agreed.';
    const found = extract(readSource(text, 'post.md')).entities;
    expect(found.find((e) => e.label === 'United States Government')?.forms).toEqual({ 'United States Government': 1, 'U.S. Government': 2 });
    expect(found.filter((e) => e.label.endsWith('Parliament')).length).toBe(1);
  });
});

describe('Jekyll and Hugo template tags', () => {
  const read = (markdown: string) => readSource(markdown, 'post.md');

  it(`${here}reads no names from a Liquid tag's or a Hugo shortcode's arguments`, () => {
    const text = [
      'I visited the museum.',
      '',
      '{%',
      '  picture',
      '  filename="school.jpg"',
      '  alt="A page signed by Alexander Chan, Berkhampstead School, March 2002."',
      '%}',
      '',
      '{{< figure src="obama.jpg" alt="President Obama in the Oval Office" >}}',
      '',
      'Then I left for [Minsk]({{ site.url }}/minsk/).',
    ].join('\n');
    expect(labels(text, { place: ['Minsk'] })).toEqual(['Minsk']);
    expect(read(text).text).not.toMatch(/picture|filename|figure|site\.url/);
  });

  it(`${here}makes a Liquid link tag the relative link it stands for (no source) and drops a comment block`, () => {
    const document = read('See [some old papers]({% post_url 2023/2023-02-15-school-stuff %}) and [Etsy](https://etsy.com).\n\n{% comment %}Ask Jane Doe first.{% endcomment %}\n');
    expect(document.links.map((link) => link.url)).toEqual(['https://etsy.com']);
    expect(document.text).toBe('See some old papers and Etsy.');
  });

  it(`${here}keeps template tags shown in code, and reads a highlight block as code`, () => {
    const document = read('Write `{% include toc.html %}` there.\n\n```liquid\n{{ page.title }}\n```\n\n{% highlight ruby %}\nPerson.new("Ada Lovelace")\n{% endhighlight %}\n');
    expect(document.text).toBe('Write {% include toc.html %} there.');
    expect(document.verbatim).toEqual([{ start: 6, end: 28, kind: 'code' }]);
    expect(labels('{% highlight ruby %}\nPerson.new("Ada Lovelace")\n{% endhighlight %}\n')).toEqual([]);
  });

  it(`${here}reads a link's whole text with its article as the name it links: [the Reading Room](…)`, () => {
    expect(labels('We were enchanted by [the Reading Room](https://example.org/pages/1), as most are.')).toEqual(['Reading Room']);
  });
});

describe('runs of two names', () => {
  const file = { product: ['C++', 'Python'] };

  it(`${here}splits two acronyms side by side and judges each alone`, () => {
    expect(labels('It became a component of the ITER IMAS data access library.')).toEqual([]);
    expect(labels('NASA announced it. The NASA JPL team agreed, and JPL said so.', { organization: ['NASA'] })).toEqual(['JPL', 'NASA']);
  });

  it(`${here}reads a known product, a word and a product noun as two names`, () => {
    const found = entities('We used the C++ Catch testing framework and the Python Requests library.', file);
    expect(found.map((e) => [e.label, e.category]).sort()).toEqual([['C++', 'product'], ['Catch', 'product'], ['Python', 'product'], ['Requests', 'product']]);
  });

  it(`${here}reads a run that is two known names whole as those two names, unless it is known whole`, () => {
    const known = { product: ['GitHub Actions', 'macOS', 'Google Play|Play Store', 'Google Play Music'], organization: ['Google'] };
    expect(labels('The free GitHub Actions macOS runners will be discontinued.', known)).toEqual(['GitHub Actions', 'macOS']);
    expect(labels('It is sold in the Google Play Store and on Google Play Music.', known)).toEqual(['Google Play', 'Google Play Music']);
  });

  it(`${here}reads a word and an interface acronym as vocabulary (C-API), not a longer name (JS-YAML)`, () => {
    expect(labels('It wraps the C-API with a binding.', file)).toEqual([]);
    expect(labels('NOTE: JS-YAML does not support it, and JS-YAML parses.', file)).toEqual(['JS-YAML']);
  });
});

describe('a known name and a plural', () => {
  it(`${here}keeps a word ending in s that is no plural with the known name before it (Google Lens), and cuts a plural (Linux Kernels)`, () => {
    const file = { organization: ['Google'], product: ['Linux'] };
    expect(labels('I used Google Lens to do a reverse image lookup.', file)).toEqual(['Google Lens']);
    expect(labels('We patched the Linux Kernels at work.', file)).toEqual(['Linux']);
  });
});

describe('postscripts', () => {
  it(`${here}reads P.S. and P.P.S. as a postscript's marks, not initials (the default lexicon)`, () => {
    const post = 'P.S. Something obvious: I am not affiliated with Ghostty.\n\nP.P.S. I hope you liked this post.';
    expect(extract(readSource(post, 'post.md')).entities.map((e) => e.label)).toEqual(['Ghostty']);
  });
});

describe('a dotted name that is its link\'s site', () => {
  it(`${here}keeps a dotted link text that spells its own host as a name, while other dotted words stay code`, () => {
    const post = 'We look forward to the [ServerSide.swift](https://serversideswift.info) conference, where we call Config.load on it.';
    expect(labels(post)).toEqual(['ServerSide.swift']);
  });
});
