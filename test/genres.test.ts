import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[genres] ';
// The rules on their own, with a lexicon that knows only what a test gives it.
const lexiconOf = (file: LexiconFile = {}) => buildLexicon([{ notEntities: ['API'] }, file]);
const found = (source: string, path = 'a.md', file?: LexiconFile) => extract(readSource(source, path), { lexicon: lexiconOf(file) }).entities;
const labels = (source: string, path = 'a.md', file?: LexiconFile) => found(source, path, file).map((e) => e.label).sort();
const categoryOf = (source: string, label: string, path = 'a.md', file?: LexiconFile) =>
  found(source, path, file).find((e) => e.label === label)?.category;

describe('documentation and changelogs', () => {
  it(`${here}never makes the verb that opens a changelog line a name or part of one`, () => {
    const html = [
      '<p><b>1.13.4</b> &mdash; <i>June 2, 2022</i> &mdash; <a href="https://github.com/x/underscore/compare/1.13.3...1.13.4">Diff</a><br>',
      '<ul><li>Fixes a bug with Webpack.</li><li>Added <a href="https://github.com/DmitryBaranovskiy">Dmitry Baranovskiy</a>\'s patch.</li></ul></p>',
      '<p><b>each</b><code>_.each(list)</code> Alias: each<br>Returns the list. Creates a copy.</p>',
      '<p><b>filter</b><code>_.filter(list)</code> Returns the values. Computes sums.</p>',
    ].join('\n');
    expect(labels(html, 'a.html')).toEqual(['Dmitry Baranovskiy', 'Webpack']);
  });

  it(`${here}reads a Markdown changelog's list items the same way`, () => {
    const md = '## 2.0.1\n\n- Fixed Kubernetes paths\n- Improved speed (thanks Jane Doe)\n- `map()` Returns early\n';
    expect(labels(md)).toEqual(['Jane Doe', 'Kubernetes']);
  });

  it(`${here}reads camelCase words, alone or after a dot, as code and not names`, () => {
    const md = '* Bugfix: clearOnComplete failed and stdout.cursorTo is not a function - thanks to Jane Doe\n* Added: the subjectAltName check for Kubernetes\n';
    expect(labels(md)).toEqual(['Jane Doe', 'Kubernetes']);
    expect(labels('We flew easyJet to Oslo.', 'a.md', { organization: ['easyJet'] })).toEqual(['Oslo', 'easyJet']);
  });

  it(`${here}reads the project a documentation page's title ends with as a name wherever it stands`, () => {
    const html = '<html><head><title>Changelog - bidict</title></head><body><main><p>Thanks to bidict users, and to Jane Doe.</p><pre>import bidict</pre></main></body></html>';
    expect(found(html, 'a.html').map((e) => [e.label, e.category]).sort()).toEqual([['Jane Doe', 'person'], ['bidict', 'product']]);
    // Nothing ends the title: no project.
    expect(labels('<html><head><title>bidict</title></head><body><p>Thanks to bidict users.</p></body></html>', 'b.html')).toEqual([]);
  });

  it(`${here}finds a numbered proposal in parentheses, a site named by its link, and a known tool that is also a word before "version"`, () => {
    const file: LexiconFile = { product: ['PyPI', 'pip'], notEntities: ['False'] };
    const md = [
      '- Add dict merge operators (PEP 584).',
      '- Downloads on [PyPI Stats](https://pypistats.org/packages/bidict) are tiny; pip as of pip version 22 drops it.',
      '- Fix `__eq__()` returning False in the False case.',
    ].join('\n');
    expect(labels(md, 'a.md', file)).toEqual(['PEP 584', 'PyPI Stats', 'pip']);
    // The word alone stays a word.
    expect(labels('Add a pip of salt.', 'a.md', file)).toEqual([]);
  });

  it(`${here}finds a known tool that is also a word by its possessive, then wherever the document writes it`, () => {
    const file: LexiconFile = { product: ['pip'] };
    const rst = ['Help us test pip\'s new resolver.', '', 'File an issue on the `pip issue tracker <https://github.com/pypa/pip/issues>`_.'].join('\n');
    const entities = found(rst, 'ux.rst', file);
    expect(entities.map((e) => [e.label, e.mentions])).toEqual([['pip', 2]]);
    expect(labels('A pip of salt, and another pip.', 'a.md', file)).toEqual([]);
    // A known product that is also a word, in lower case: its possessive says which it is, as a version does.
    expect(labels('Timestamps now use python’s struct module.', 'a.md', { product: ['~Python'] })).toEqual(['Python']);
    expect(labels('The python coiled around the branch.', 'a.md', { product: ['~Python'] })).toEqual([]);
  });

  it(`${here}splits two known products side by side, but not a known organisation and its product`, () => {
    const file: LexiconFile = { product: ['Linux|GNU/Linux', 'QEMU', 'Firefox'], organization: ['Mozilla'] };
    expect(labels('- CI: use QEMU 9.2.2 for Linux Qemu tests.', 'a.md', file)).toEqual(['Linux', 'QEMU']);
    expect(labels('We browse with Mozilla Firefox daily.', 'a.md', file)).toEqual(['Mozilla Firefox']);
  });

  it(`${here}finds lower-case tools by their version or a tool noun, then wherever the document writes them, and a site's name with small words in it`, () => {
    const md = [
      'The format is based on [Keep a Changelog](https://keepachangelog.com/en/1.0.0/).', '',
      '- Full rewrite, now a port from python 3.9.0.',
      '- Removed lodash dependency to reduce install size.',
      '- Maintenance: lodash update to 4.0.0.',
      '- Replaced `underscore` with `lodash`.',
    ].join('\n');
    const entities = found(md, 'a.md', { product: ['~Python'] });
    expect(entities.map((e) => [e.label, e.mentions])).toEqual([['Keep a Changelog', 1], ['lodash', 2], ['Python', 1]]);
  });

  it(`${here}takes a one-word link text for a name only when the link names it`, () => {
    const md = 'Compare ([Diff](https://github.com/a/b/compare/1...2)) and the [Bush](https://georgewbush-whitehouse.archives.gov/) site.';
    expect(labels(md)).toEqual(['Bush']);
  });
});

describe('senses', () => {
  const known: LexiconFile = {
    organization: ['Massachusetts Institute of Technology|MIT', 'AMD|Advanced Micro Devices'],
    product: ['~Go|Golang'],
    other: ['MIT License'],
    senses: [
      { form: 'MIT', name: 'MIT License', category: 'other', cues: ['license', 'licensed', 'copyright'] },
      { form: 'AMD', name: 'Asynchronous Module Definition', category: 'other', cues: ['module', 'modules', 'commonjs'] },
      { form: 'Go', name: null, cues: ['ahead', 'back'] },
    ],
  };

  it(`${here}reads MIT as the licence beside licence words and as the university elsewhere`, () => {
    expect(labels('## License\n\nThe code is licensed under [MIT](LICENSE).', 'a.md', known)).toEqual(['MIT License']);
    expect(labels('Ada Lovelace lectured at MIT last year.', 'a.md', known)).toEqual(['Ada Lovelace', 'Massachusetts Institute of Technology']);
  });

  it(`${here}reads AMD as a module format beside module words and as the company elsewhere`, () => {
    expect(found('Rollup writes AMD and ES modules.', 'a.md', known).find((e) => e.label === 'Asynchronous Module Definition')?.category).toBe('other');
    expect(categoryOf('Prices of AMD chips fell.', 'AMD', 'a.md', known)).toBe('organization');
  });

  it(`${here}reads Go as the language, and as no name when it is the verb`, () => {
    expect(labels('The server is written in Go and Kubernetes.', 'a.md', known)).toEqual(['Go', 'Kubernetes']);
    expect(labels('When the build passes, Go ahead and tag it.', 'a.md', known)).toEqual([]);
  });

  it(`${here}lets a user's lexicon add a sense`, () => {
    const file: LexiconFile = { product: ['Mercury'], senses: [{ form: 'Mercury', name: 'Mercury', category: 'place', cues: ['planet', 'orbit'] }] };
    expect(categoryOf('We released Mercury 2.0 today.', 'Mercury', 'a.md', file)).toBe('product');
    expect(categoryOf('The probe reached Mercury and its orbit.', 'Mercury', 'a.md', file)).toBe('place');
  });

  it(`${here}rejects a malformed sense with a message naming the lexicon`, async () => {
    const { validateLexicon } = await import('../src/extract/lexicon.js');
    expect(() => validateLexicon({ senses: [{ form: 'MIT', cues: [] }] }, 'mine.json')).toThrow(/^mine\.json: lexicon key "senses" must be/);
  });
});

describe('one node per thing', () => {
  it(`${here}joins forms that differ by case, hyphen, space or camel case within a document`, () => {
    const md = 'We use rust-analyzer, then Rust Analyzer, then RustAnalyzer. Donate on Open Collective or OpenCollective.';
    const file: LexiconFile = { product: ['rust-analyzer'], organization: ['Open Collective'] };
    expect(found(md, 'a.md', file).map((e) => Object.keys(e.forms).sort())).toEqual([
      ['Open Collective', 'OpenCollective'],
      ['Rust Analyzer', 'RustAnalyzer', 'rust-analyzer'],
    ]);
  });
});

describe('one node per company', () => {
  it(`${here}joins a company's name with its legal form to the short name, but not a person's`, () => {
    const md = [
      'Acme Robotics Inc. and SoftBank Group Corp. signed the deal with Boeing Co. on Monday.',
      'Later, SoftBank and Boeing said that Acme Robotics would build it. Walt Disney never met the Walt Disney Company, also written Walt Disney Co.',
    ].join(' ');
    const file: LexiconFile = { organization: ['Boeing', 'SoftBank'] };
    const entities = found(md, 'a.md', file);
    expect(entities.map((e) => [e.label, Object.keys(e.forms).sort()])).toEqual(expect.arrayContaining([
      ['Acme Robotics', ['Acme Robotics', 'Acme Robotics Inc']],
      ['SoftBank', ['SoftBank', 'SoftBank Group Corp']],
      ['Boeing', ['Boeing', 'Boeing Co']],
    ]));
    expect(entities.map((e) => [e.label, Object.keys(e.forms).sort()])).toEqual(expect.arrayContaining([
      ['Walt Disney', ['Walt Disney']],
      ['Walt Disney Company', ['Walt Disney Co', 'Walt Disney Company']],
    ]));
  });
});

describe('one node per person', () => {
  it(`${here}joins a familiar given name to the full one of the same surname, unless two full names could be meant`, () => {
    const md = 'Joshua Apte leads the study in Delhi. Later, Josh Apte said the air was bad, and Apte agreed with Anna Lee.';
    expect(found(md).filter((e) => e.category === 'person').map((e) => [e.label, Object.keys(e.forms).sort()])).toEqual([
      ['Anna Lee', ['Anna Lee']],
      ['Joshua Apte', ['Apte', 'Josh Apte', 'Joshua Apte']],
    ]);
    const two = 'Christopher Smith met Christine Smith in Leeds. Then Chris Smith left the meeting with Anna Lee.';
    expect(found(two).filter((e) => e.category === 'person').map((e) => e.label).sort()).toEqual(['Anna Lee', 'Chris Smith', 'Christine Smith', 'Christopher Smith']);
  });
});

describe('markup as evidence', () => {
  it(`${here}carries emphasis, citations, page links and column headers from the readers`, () => {
    const md = readSource('| Film | Director |\n|---|---|\n| *Jaws* | Steven Spielberg |\n\nSee [Hinton](/wiki/Geoffrey_Hinton).', 'a.md');
    expect(md.marks.map((m) => [m.kind, md.text.slice(m.start, m.end)])).toEqual([['emphasis', 'Jaws']]);
    expect(md.blocks.filter((b) => b.header).map((b) => [md.text.slice(b.start, b.end), b.header])).toEqual([['Jaws', 'Film'], ['Steven Spielberg', 'Director']]);
    expect(md.pageLinks.map((l) => [l.target, md.text.slice(l.start, l.end)])).toEqual([['/wiki/Geoffrey_Hinton', 'Hinton']]);
    const html = readSource('<table><tr><th>Title</th><th>Country</th></tr><tr><td><cite>Inside Out</cite></td><td>France</td></tr></table>', 'a.html');
    expect(html.marks.map((m) => [m.kind, html.text.slice(m.start, m.end)])).toEqual([['cite', 'Inside Out']]);
    expect(html.blocks.filter((b) => b.header).map((b) => b.header)).toEqual(['Title', 'Country']);
  });

  it(`${here}reads a Title Case run in italics or <cite> as a work's title, even of ordinary words`, () => {
    const md = 'We watched *Inside Out* twice and read <cite>The Shining</cite> with *great* joy.';
    expect(found(md).map((e) => [e.label, e.category])).toEqual([['Inside Out', 'other'], ['The Shining', 'other']]);
  });

  it(`${here}trusts a known name that is also a word after a dash that follows words, as lists of ports write it`, () => {
    const file: LexiconFile = { product: ['~Python', '~Ruby'] };
    const md = '- [markdown-it-py](https://github.com/x/markdown-it-py) - Python\n- [motion-markdown-it](https://github.com/y/motion-markdown-it) - Ruby/RubyMotion\n- Ruby gems are red.';
    expect(labels(md, 'a.md', file)).toEqual(['Python', 'Ruby', 'RubyMotion', 'markdown-it-py', 'motion-markdown-it']);
    expect(found(md, 'a.md', file).find((e) => e.label === 'Ruby')?.mentions).toBe(1);
  });

  it(`${here}reads one capitalised word in italics mid-sentence as a name, never a stressed word or one opening a sentence`, () => {
    const md = 'The authors of 99% of the _Remarkable_ code moved. *Never* do that, and *never* mind.';
    expect(labels(md)).toEqual(['Remarkable']);
  });

  it(`${here}gives each cell the kind its column header names`, () => {
    const md = '| Title | Director | Country |\n|---|---|---|\n| The Birds | Alfred Hitchcock | United States |\n| Big Fish | Tim Burton and Danny Elfman | Canada |';
    expect(found(md).map((e) => [e.label, e.category]).sort()).toEqual([
      ['Alfred Hitchcock', 'person'], ['Big Fish', 'other'], ['Canada', 'place'], ['Danny Elfman', 'person'], ['The Birds', 'other'],
      ['Tim Burton', 'person'], ['United States', 'place'],
    ]);
  });

  it(`${here}reads a versioned cell under a product header as the bare product`, () => {
    const md = '| Browser | Max size |\n|---|---|\n| Opera 15+ | 500 MiB |\n| Opera < 15 | n/a |\n| Safari 6.1+* | ? |\n| Chrome for Android | 2 GB |';
    expect(found(md, 'a.md', { notEntities: ['MiB'] }).map((e) => [e.label, e.category]).sort()).toEqual([
      ['Chrome for Android', 'product'], ['Opera', 'product'], ['Safari', 'product'],
    ]);
  });

  it(`${here}cuts a modifier off a name with an inner capital, and never reads a two-letter word as the acronym it folds to`, () => {
    const file: LexiconFile = { organization: ['United Nations|UN'], product: ['jQuery'] };
    const entities = found('A jQuery-like API, a Un*x system, and the UN.', 'a.md', file);
    expect(entities.find((e) => e.label === 'jQuery')?.forms).toEqual({ jQuery: 1 });
    expect(entities.find((e) => e.label === 'United Nations')?.forms).toEqual({ UN: 1 });
  });

  it(`${here}reads capitalised words listed beside a one-word name as names, and hosts on newer domains`, () => {
    const md = 'It supports older runtimes, including Rhino, Ringo, and Narwhal. Use unpkg.com, esm.sh or any CDN. See the High Performance Computing, Networking and Storage track.';
    expect(labels(md)).toEqual(['Narwhal', 'Rhino', 'Ringo', 'esm.sh', 'unpkg.com']);
  });

  it(`${here}reads a capitalised word before a modifier as a name (not a short stem that is no word: Blu-ray), and a body's acronym apart from the thing of it`, () => {
    const md = 'Save files in old browsers without Flash-based polyfills, at the Silver-level item. The standard W3C File API interface is missing. It plays Blu-ray discs.';
    expect(labels(md)).toEqual(['Blu-ray', 'Flash', 'W3C']);
  });

  it(`${here}reads a reference entry's authors, title, journal and publisher`, () => {
    const md = [
      '- Smith, Jane; Doe, J. R. (2001). "Counting Sheep at Night". *Journal of Sleep Studies*. Oxford: Clarendon Press.',
      '- Stodden, V. (2013). Resolving irreproducibility in empirical research. *IMS Bulletin*.',
      '',
      '[RFC2068] Fielding, R., Gettys, J., and T. Berners-Lee, "Hypertext Transfer Protocol", RFC 2068, January 1997.',
    ].join('\n');
    const entities = found(md).map((e) => [e.label, e.category, Object.keys(e.forms)[0]]);
    expect(entities).toEqual(expect.arrayContaining([
      ['Jane Smith', 'person', 'Smith, Jane'], ['J. R. Doe', 'person', 'Doe, J. R.'], ['Counting Sheep at Night', 'other', 'Counting Sheep at Night'],
      ['Journal of Sleep Studies', 'organization', 'Journal of Sleep Studies'], ['Oxford', 'place', 'Oxford'], ['Clarendon Press', 'organization', 'Clarendon Press'],
      ['V. Stodden', 'person', 'Stodden, V.'], ['Resolving irreproducibility in empirical research', 'other', 'Resolving irreproducibility in empirical research'],
      ['R. Fielding', 'person', 'Fielding, R.'], ['J. Gettys', 'person', 'Gettys, J.'], ['T. Berners-Lee', 'person', 'T. Berners-Lee'],
      ['RFC 2068', 'other', 'RFC2068'],
    ]));
  });

  it(`${here}reads hand-written entries of a reference list: authors in reading order, a URL before them, a given name after initials`, () => {
    const md = [
      '## References', '',
      '- http://example.org/a.pdf Jean-Charles Rochet and Jean Tirole (2003). Platform Competition in Two-Sided Markets. Journal of the Economic Association.',
      '- Thomas Eisenmann, Geoffrey Parker, and Marshall Van Alstyne (2006). ``Strategies for Two-Sided Markets.” Harvard Business Review.',
      '- Weyl, E. Glen (2010). "A Price Theory of Platforms". *American Economic Review*. [doi](https://doi.org/10.1/x)',
      '- Harvard Business Review (2006). "Not an Author". Retrieved 2010.',
    ].join('\n');
    const extraction = extract(readSource(md, 'a.md'), { lexicon: lexiconOf() });
    const people = extraction.entities.filter((e) => e.category === 'person').map((e) => e.label).sort();
    expect(people).toEqual(['E. Glen Weyl', 'Geoffrey Parker', 'Jean Tirole', 'Jean-Charles Rochet', 'Marshall Van Alstyne', 'Thomas Eisenmann']);
    expect(extraction.entities.filter((e) => e.category === 'other').map((e) => e.label).sort()).toEqual([
      'A Price Theory of Platforms', 'Platform Competition in Two-Sided Markets', 'Strategies for Two-Sided Markets',
    ]);
    // An entry is no title, though most of its words are capitalised: the journal stays whole, a publisher.
    expect(extraction.entities.find((e) => e.label === 'Harvard Business Review')?.category).toBe('organization');
    // Each entry is one unit: its link cites every name in it.
    expect(extraction.sentences.find((s) => s.sources.includes('https://example.org/a.pdf'))!.entities).toEqual(
      expect.arrayContaining(['jean-charles rochet', 'jean tirole', 'platform competition in two-sided markets']));
  });

  it(`${here}takes a capitalised link text that is its page's title for a name`, () => {
    const html = '<p>It was built on <a href="/wiki/Open_Door_Policy">Open Door Policy</a> and <a href="/wiki/Tree">Big Trees</a>.</p>';
    expect(labels(html, 'a.html')).toEqual(['Open Door Policy']);
  });
});

describe('plain-text specs and mailing lists', () => {
  it(`${here}drops page footers and running headers, and reads numbered lines as headings`, () => {
    const text = 'The parser was fixed.\n\nMasinter            Informational            [Page 1]\n\f\nRFC 2324          HTCPCP/1.0          1 April 1998\n\n5.  Security Considerations\n\nAnyone may brew.';
    const document = readSource(text, 'rfc.txt');
    expect(document.text).toBe('The parser was fixed.\n\n5. Security Considerations\n\nAnyone may brew.');
    expect(document.blocks.map((b) => b.kind)).toEqual(['paragraph', 'heading', 'paragraph']);
    expect(labels(text, 'rfc.txt')).toEqual([]);
  });

  it(`${here}reads each entry of a table of contents as the heading it stands for`, () => {
    const text = 'Table of Contents\n\n   1. Introduction ....................................2\n      1.1. Requirements Language ......................3\n   Appendix B. Implementation Overview: radsecproxy ....19\n\nThe parser was fixed.';
    const document = readSource(text, 'rfc.txt');
    expect(document.blocks.map((b) => [b.kind, document.text.slice(b.start, b.end)])).toEqual([
      ['heading', 'Table of Contents'],
      ['heading', '1. Introduction'],
      ['heading', '1.1. Requirements Language'],
      ['heading', 'Appendix B. Implementation Overview: radsecproxy'],
      ['paragraph', 'The parser was fixed.'],
    ]);
  });

  it(`${here}reads the short lines of an address one by one`, () => {
    const text = 'Author\'s Address\n\n   Larry Masinter\n   Xerox Palo Alto Research Center\n   3333 Coyote Hill Road\n   Palo Alto, CA 94304';
    expect(readSource(text, 'rfc.txt').blocks.map((b) => b.kind)).toEqual(['heading', 'item', 'item', 'item', 'item']);
    expect(labels(text, 'rfc.txt')).toContain('Larry Masinter');
  });

  it(`${here}cites a plain-text reference link [12] in the sentence where it stands`, () => {
    const text = 'Jane Doe fixed the parser [12]. Nothing else changed.\n\n[12] https://lists.example.org/msg/12\n\n[13] = <https://lists.example.org/msg/13>\n\nSee also [13].';
    const extraction = extract(readSource(text, 'post.txt'), { lexicon: lexiconOf() });
    expect(extraction.sentences.filter((s) => s.sources.length > 0).map((s) => [s.text, s.entities, s.sources])).toEqual([
      ['Jane Doe fixed the parser [12].', ['jane doe'], ['https://lists.example.org/msg/12']],
      ['[12] https://lists.example.org/msg/12', [], ['https://lists.example.org/msg/12']],
      ['[13] = <https://lists.example.org/msg/13>', [], ['https://lists.example.org/msg/13']],
      ['See also [13].', [], ['https://lists.example.org/msg/13']],
    ]);
  });
});

describe('terms that are not names', () => {
  it(`${here}drops capitalised terms the document also writes in lower case, shouting and RFC 2119 words`, () => {
    const text = 'The Client sends a request. The Client MUST retry. Then the client waits. THE SOFTWARE IS PROVIDED WITHOUT WARRANTY. Use A4 paper. The RADIUS company answers.';
    expect(labels(text)).toEqual(['RADIUS']);
    expect(labels('The server sends an Access-Accept. A second Access-Accept follows, with its Content-Type set.')).toEqual([]);
    expect(labels('The client answers with a Disconnect-ACK and checks the Request-URI. Wi-Fi Alliance members use TLS-PSK.')).toEqual(['TLS-PSK', 'Wi-Fi Alliance']);
    // A word that is no name alone may open an organization's name.
    const vocabulary: LexiconFile = { notEntities: ['Internet', 'HTTP'] };
    expect(labels('It was approved by the Internet Engineering Steering Group (IESG). The Internet grew and HTTP Request bodies shrank.', 'a.md', vocabulary)).toEqual(['Internet Engineering Steering Group']);
  });
});

describe('people and documents in reference lists', () => {
  it(`${here}joins initials with the full name of the one person of that surname, and a numbered document's title with its number`, () => {
    const text = 'Jim Gettys wrote it.\n\n[RFC2068] Fielding, R., Gettys, J., and T. Berners-Lee, "Hypertext Transfer Protocol", RFC 2068, January 1997.';
    const entities = found(text, 'refs.txt');
    expect(entities.find((e) => e.label === 'Jim Gettys')?.forms).toEqual({ 'Jim Gettys': 1, 'Gettys, J.': 1, 'J. Gettys': 1 });
    expect(entities.find((e) => e.label === 'RFC 2068')?.forms).toMatchObject({ 'Hypertext Transfer Protocol': 1 });
  });

  it(`${here}joins a person's forms with a middle initial or initials after the surname, and splits two surnames joined by &`, () => {
    const md = [
      'The idea came from Andrei Hagiu and Thomas Eisenmann, and from Rochet & Tirole, who wrote [the paper](https://example.org/p).', '',
      '## References', '',
      '- Jean-Charles Rochet and Jean Tirole (2003). "Platform Competition". *Journal of Things*.',
      '- Thomas R. Eisenmann (2006). "Platform Envelopment". *Strategic Journal*.',
      '- Hagiu A., Eisenmann T. "Multi-Sided Platforms" Working Paper 12-024.',
    ].join('\n');
    const extraction = extract(readSource(md, 'a.md'), { lexicon: lexiconOf() });
    const people = extraction.entities.filter((e) => e.category === 'person').map((e) => [e.label, Object.keys(e.forms).sort()]);
    expect(people).toEqual([
      ['Andrei Hagiu', ['Andrei Hagiu', 'Hagiu A']], ['Jean Tirole', ['Jean Tirole', 'Tirole']],
      ['Jean-Charles Rochet', ['Jean-Charles Rochet', 'Rochet']], ['Thomas Eisenmann', ['Eisenmann T', 'Thomas Eisenmann', 'Thomas R. Eisenmann']],
    ]);
    expect(extraction.sentences.find((s) => s.sources.includes('https://example.org/p'))!.entities).toEqual(
      ['andrei hagiu', 'thomas eisenmann', 'jean-charles rochet', 'jean tirole']);
  });

  it(`${here}joins middle initials before a two-word surname and after a long given name, but not two people's`, () => {
    const people = (text: string) =>
      extract(readSource(text, 'a.md'), { lexicon: lexiconOf() }).entities.filter((e) => e.category === 'person').map((e) => [e.label, Object.keys(e.forms).sort()]);
    expect(people('Marshall W. Van Alstyne wrote it. Later Marshall Van Alstyne wrote more, and Van Alstyne said so.')).toEqual([
      ['Marshall Van Alstyne', ['Marshall Van Alstyne', 'Marshall W. Van Alstyne', 'Van Alstyne']],
    ]);
    expect(people('George H. W. Bush spoke first. George Bush left.')).toEqual([['George Bush', ['George Bush', 'George H. W. Bush']]]);
    // A page link titled by the name with an initial is the same person (its period ends no sentence).
    expect(people('Founded by [Viral B. Shah](https://en.wikipedia.org/wiki/Viral_B._Shah) and others. Viral Shah spoke about it. Viral Shah said so.')).toEqual([
      ['Viral Shah', ['Viral B. Shah', 'Viral Shah']],
    ]);
    // Two longer names that shorten alike are two people, neither of them the short one.
    expect(people('George H. W. Bush spoke. George W. Bush spoke. George Bush left.').map(([label]) => label)).toEqual(['George Bush', 'George H. W. Bush', 'George W. Bush']);
  });

  it(`${here}reads an initial and surname as the first author of a labelled entry, and the quoted title after it`, () => {
    const text = '[PLUMB] B. Metcalfe, "Internet Plumber of the Year: Jim Gettys", Infoworld, February 2, 1998.\n\nB. Metcalfe wrote it.';
    const entities = found(text, 'refs.txt');
    expect(entities.find((e) => e.label === 'B. Metcalfe')?.category).toBe('person');
    expect(entities.map((e) => e.label)).toContain('Internet Plumber of the Year: Jim Gettys');
    // Without a label, "B. Metcalfe" opening a line is no reference entry.
    expect(found('B. Metcalfe, "Plumbers", a talk.', 'a.txt').map((e) => e.label)).not.toContain('Plumbers');
  });

  it(`${here}reads the authors of an entry past an editor's "Ed." and leaves the host of an e-mail address alone`, () => {
    const text = '[RFC6733] Fajardo, V., Ed., Arkko, J., and G. Zorn, Ed., "Diameter Base Protocol", RFC 6733, October 2012.\n\nEMail: glen@example.com';
    const entities = found(text, 'refs.txt');
    expect(entities.map((e) => e.label).sort()).toEqual(['G. Zorn', 'J. Arkko', 'RFC 6733', 'V. Fajardo']);
    expect(entities.filter((e) => e.label !== 'RFC 6733').every((e) => e.category === 'person')).toBe(true);
  });
});

describe('reference entries cite as one sentence', () => {
  it(`${here}cites a reference entry's link with every name in the entry`, () => {
    const md = '- Pezzotti, Nicola; Maaten, Laurens van der (2017-07-01). "Steerable Maps". *Visualization Letters*. [doi:10.1/x](https://doi.org/10.1/x).';
    const extraction = extract(readSource(md, 'a.md'), { lexicon: lexiconOf() });
    expect(extraction.sentences.map((s) => [s.entities.sort(), s.sources])).toEqual([
      [['laurens van der maaten', 'nicola pezzotti', 'steerable maps', 'visualization letters'], ['https://doi.org/10.1/x']],
    ]);
  });
});

describe('reference lists without authors and encyclopedic links', () => {
  it(`${here}reads titles in a references section: a quoted title with its site, or a link's text`, () => {
    const md = '## References\n\n- "Adobe kills its suite, goes subscription-only". *CNET*. Retrieved 4 May 2013.\n- [Git Tools - Signing Your Work](https://git-scm.com/book/x)\n\n## Usage\n\n- [Getting started](https://example.org/start)';
    expect(found(md).map((e) => [e.label, e.category])).toEqual([
      ['Adobe kills its suite, goes subscription-only', 'other'], ['CNET', 'organization'], ['Git Tools - Signing Your Work', 'other'],
    ]);
  });

  it(`${here}cites the names a title holds when the document names them elsewhere too`, () => {
    const md = [
      'We ran t-SNE on the Acme Cluster data.', '',
      '## References', '',
      '- Doe, Jane (2008). "Visualizing Data Using t-SNE". *Journal of Things*. [pdf](https://example.org/a.pdf)',
      '- Roe, Rick (2009). "Results From Zeta Labs". [pdf](https://example.org/b.pdf)',
    ].join('\n');
    const extraction = extract(readSource(md, 'a.md'), { lexicon: lexiconOf() });
    const cited = (url: string) => extraction.sentences.find((s) => s.sources.includes(url))!.entities.sort();
    expect(cited('https://example.org/a.pdf')).toEqual(['jane doe', 'journal of things', 't-sne', 'visualizing data using t-sne']);
    // Zeta Labs is named only inside the title: the title alone.
    expect(cited('https://example.org/b.pdf')).toEqual(['results from zeta labs', 'rick roe']);
  });

  it(`${here}reads an external link's title in italics apart from the author after it`, () => {
    const html = '<h2>External links</h2><ul><li><a href="https://example.org/post"><i>Deep Learning and Human Beings</i> Christopher Olah\'s blog, 2015</a></li></ul>';
    expect(found(html, 'a.html').map((e) => [e.label, e.category])).toEqual([['Christopher Olah', 'person'], ['Deep Learning and Human Beings', 'other']]);
  });

  it(`${here}reads a quoted title's site suffix as its publisher, and an acronym's possessive opening a title as the acronym`, () => {
    const md = [
      '## References', '',
      '- "Creating an adaptive go-to-market system - Bain & Company". www.bain.com. Retrieved 2015-11-01.',
      '- "AIPMM\'s What is a go-to-market strategy". Retrieved November 1, 2015. [slides](https://example.org/aipmm)',
    ].join('\n');
    const extraction = extract(readSource(md, 'a.md'), { lexicon: lexiconOf() });
    expect(extraction.entities.map((e) => [e.label, e.category])).toEqual([
      ['AIPMM', 'organization'], ["AIPMM's What is a go-to-market strategy", 'other'],
      ['Bain & Company', 'organization'], ['Creating an adaptive go-to-market system', 'other'],
    ]);
    expect(extraction.sentences.find((s) => s.sources.includes('https://example.org/aipmm'))!.entities).toEqual(['aipmm', "aipmm's what is a go-to-market strategy"]);
  });

  it(`${here}reads a page link inside a run of capitalised words as a part of the longer name`, () => {
    const html = '<p>Marcus <a href="/wiki/Tullius">Tullius</a> Tiro was a freedman of <a href="/wiki/Cicero">Cicero</a>.</p>';
    expect(labels(html, 'a.html')).toEqual(['Cicero', 'Marcus Tullius Tiro']);
  });

  it(`${here}reads a page link titled like its page as a named concept when a name is in it`, () => {
    const html = '<p>It minimizes the <a href="/wiki/Kullback%E2%80%93Leibler_divergence">Kullback–Leibler divergence</a> with <a href="/wiki/Machine_learning">Machine learning</a>.</p>';
    expect(found(html, 'a.html').map((e) => [e.label, e.category])).toEqual([['Kullback–Leibler divergence', 'other']]);
  });
});

describe('main content of saved pages', () => {
  it(`${here}leaves out navigation, footers, edit links, language links and footnote back-links`, () => {
    const html = [
      '<body><div id="mw-panel" role="navigation"><a href="https://donate.example.org/">Donate to Wikimedia</a></div>',
      '<div id="content" role="main"><div id="siteSub">From Wikipedia, the free encyclopedia</div>',
      '<h2>History<span class="mw-editsection">[<a href="https://en.example.org/w/index.php?action=edit">edit</a>]</span></h2>',
      '<p>Geoffrey Hinton proposed it.<sup class="reference"><a href="#cite_note-1">[1]</a></sup></p>',
      '<ol class="references"><li><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <a href="https://jmlr.org/paper.pdf">Paper</a></li></ol>',
      '<div class="navbox"><a href="/wiki/Machine_learning">Machine learning</a></div></div>',
      '<div id="footer" role="contentinfo"><a href="https://foundation.example.org/privacy">Privacy policy</a></div></body>',
    ].join('');
    const document = readSource(html, 'page.html');
    expect(document.text).toBe('History\n\nGeoffrey Hinton proposed it.\n\nPaper');
    expect(document.links.map((l) => l.url)).toEqual(['https://jmlr.org/paper.pdf']);
  });

  it(`${here}leaves out the mobile site's section edit links glued to the heading ("LifeEdit"), addressed in the page`, () => {
    const html = '<h2><span class="mw-headline" id="Life">Life</span><a href="#/editor/1" title="Edit section: Life" class="icon edit-page">Edit</a></h2><p>Tiro was freed.</p>';
    expect(readSource(html, 'page.html').text).toBe('Life\n\nTiro was freed.');
    // A link titled otherwise stays: "Edit" is no chrome word in itself.
    expect(readSource('<p>See <a href="#/x" title="Editing notes">Edit</a> notes.</p>', 'page.html').text).toBe('See Edit notes.');
  });

  it(`${here}keeps an encyclopedia's paragraph whose words are a third links, and still leaves out a block that is mostly links`, () => {
    const filler = '<p>Marcus Tullius Tiro was first a slave, then a freedman of Cicero, who refers to him frequently in his letters and remarks on how useful he is to him in his work and his studies.</p>';
    const linky = '<div><p>Tiro appears in <a href="/wiki/Steven_Saylor">Steven Saylor</a>\'s <i><a href="/wiki/Roma_Sub_Rosa">Roma Sub Rosa</a></i> crime fiction series, where he is the sometime sidekick of the investigator hero.</p></div>';
    const links = '<div><p><a href="/wiki/A">Alpha Centauri</a> <a href="/wiki/B">Beta Pictoris</a> <a href="/wiki/C">Gamma Draconis</a> and more.</p></div>';
    const html = `<html><body><div id="content"><h1>Tiro</h1>${filler.repeat(4)}${linky}${links}${filler}</div></body></html>`;
    const text = readSource(html, 'page.html').text;
    expect(text).toContain('Tiro appears in Steven Saylor');
    expect(text).not.toContain('Beta Pictoris');
  });

  it(`${here}reads the one article of the main part with the byline above it, not the related posts and forms around it`, () => {
    const html = [
      '<body><header><h1>Access restored</h1><span>By <a rel="author" href="https://news.example.org/author/jane/">Jane Doe</a></span></header>',
      '<main><h3><a href="https://news.example.org/tr/">Bu yazının Türkçe’sini okuyun</a></h3>',
      '<article><p>The court in Ankara ruled for Wikipedia.</p></article>',
      '<div class="cards"><h3>Related</h3><p><a href="https://news.example.org/older/">Avrupa İnsan Hakları Mahkemesi Karar Verdi</a></p></div></main></body>',
    ].join('');
    const document = readSource(html, 'page.html');
    expect(document.text).toBe('By Jane Doe\n\nThe court in Ankara ruled for Wikipedia.');
    expect(document.links.map((l) => l.url)).toEqual(['https://news.example.org/author/jane/']);
    // Two articles in the main part: it is a list of them, read whole.
    expect(readSource('<main><article><p>One Ada.</p></article><article><p>Two Bob.</p></article></main>', 'list.html').text).toBe('One Ada.\n\nTwo Bob.');
  });

  it(`${here}finds the story of a page that marks no main part among its header, menus, sidebar and footer`, () => {
    const story = 'Mozilla funds <a href="https://servo.org/">Servo</a>, a browser engine written in Rust, and has done so since 2012, when the work began in earnest.';
    const html = [
      '<!doctype html><html><head><title>Servo moves on - The Example Blog</title></head><body>',
      '<div id="header"><a href="/">The Example Blog</a><ul class="menu"><li><a href="/about">About Acme Media</a></li><li><a href="https://twitter.com/acme">Twitter</a></li></ul></div>',
      '<div id="wrap"><div class="post"><h2>Servo moves on</h2><div class="byline">by <a href="https://blog.example.org/author/jane-doe/">Jane Doe</a></div>',
      `<p>${story}</p><p>In 2020 Igalia took over its development, with help from the Linux Foundation, as the team at Mozilla moved to other work.</p>`,
      '<p>The project now ships nightly builds, and its community meets every week to plan the next release of the engine.</p></div>',
      '<div class="sidebar"><h3>Blogroll</h3><ul><li><a href="https://planet.example.net/">Planet Example</a></li><li><a href="https://news.example.com/">Hacker News</a></li></ul></div></div>',
      '<div id="footer">Copyright Acme Media. <a href="https://facebook.com/acme">Facebook</a></div></body></html>',
    ].join('');
    const document = readSource(html, 'page.html');
    expect(document.text).toMatch(/^by Jane Doe\n\nMozilla funds Servo, a browser engine/);
    expect(document.text).not.toMatch(/Blogroll|Hacker News|Acme Media|Twitter|Facebook/);
    expect(document.links.map((l) => l.url)).toEqual(['https://blog.example.org/author/jane-doe/', 'https://servo.org/']);
    expect(document.title).toBe('Servo moves on - The Example Blog');
  });

  it(`${here}looks for the story only inside the main part of a page that marks one`, () => {
    // As mdBook lays out a short chapter: a help pop-up and a menu bar around <main>, none marked as chrome.
    const html = [
      '<!doctype html><html><head><title>Introduction - The Book</title></head><body>',
      '<div id="help-container"><div id="help-popup"><h2>Keyboard shortcuts</h2><div>',
      '<p>Press <kbd>←</kbd> or <kbd>→</kbd> to navigate between chapters</p><p>Press <kbd>S</kbd> to search in the book</p>',
      '<p>Press <kbd>?</kbd> to show this help</p><p>Press <kbd>Esc</kbd> to hide this help</p></div></div></div>',
      '<div id="page-wrapper"><div class="page"><div id="menu-bar"><h1 class="menu-title">The Book</h1><div class="right-buttons">',
      '<a href="https://github.com/example/book/tree/main/src" title="Git repository">Git</a>',
      '<a href="https://github.com/example/book/edit/main/src/index.md" title="Suggest an edit">Edit</a></div></div>',
      '<div id="content"><main><h1>The Book</h1><p>This book teaches <a href="https://www.rust-lang.org/">Rust</a> to newcomers.</p>',
      '<p>It is written by the community.</p></main></div></div></div></body></html>',
    ].join('');
    const document = readSource(html, 'index.html');
    expect(document.text).not.toMatch(/Keyboard|Press|Git|Edit/);
    expect(document.text).toMatch(/This book teaches Rust to newcomers\.\n\nIt is written by the community\.$/);
    expect(document.links.map((l) => l.url)).toEqual(['https://www.rust-lang.org/']);
  });

  it(`${here}joins a URL wrapped at the end of a line in plain text`, () => {
    expect(readSource('See "Coke history", <http://www-\n   cse.ucsd.edu/coke.txt>.', 'a.txt').links.map((l) => l.url)).toEqual(['http://www-cse.ucsd.edu/coke.txt']);
  });
});

describe('categories and junk from the issue', () => {
  const known: LexiconFile = { product: ['Debian'] };

  it(`${here}reads Ajv as a product, Debian Stretch as a release and Franklin St as an address`, () => {
    expect(categoryOf('We use Ajv daily. Ajv generates code from schemas.', 'Ajv')).toBe('product');
    expect(categoryOf('We moved to Debian Stretch last year.', 'Debian Stretch', 'a.md', known)).toBe('product');
    expect(categoryOf('Write to the Foundation, 51 Franklin St, Boston.', 'Franklin St')).toBe('place');
  });

  it(`${here}drops a section title named again in a cross-reference`, () => {
    const html = '<h3>4.7. Modules Byte-Compilation</h3><p>Text.</p><p>The rules in <a href="index.html#modules-byte-compilation">Modules Byte-Compilation</a> apply to Debian.</p>';
    expect(labels(html, 'policy.html', known)).toEqual(['Debian']);
  });

  it(`${here}gives techniques, crater-like words, news sites and appositions their kind`, () => {
    expect(categoryOf('We enabled Link Time Optimization (LTO) and LTO helped.', 'Link Time Optimization')).toBe('other');
    expect(categoryOf('The change went through Crater twice, and Crater found nothing.', 'Crater')).not.toBe('place');
    expect(categoryOf('As [Mashable](https://mashable.com/article/x) put it, Mashable readers agreed.', 'Mashable')).toBe('organization');
    expect(categoryOf('We talked to Quuxly, a company from Oslo, and Quuxly agreed.', 'Quuxly')).toBe('organization');
    expect(categoryOf('Thanks to Pete LeVasseur for the review.', 'Pete LeVasseur')).toBe('person');
    expect(categoryOf('See you at RustWeek in May: RustWeek has talks.', 'RustWeek')).toBe('other');
  });

  it(`${here}never makes a lone letter, a link's opening word or a changelog verb a label`, () => {
    const md = 'Let L be the length of the list.\n\n[Comment by @tmandry posted on 2025-07-01](https://github.com/rust-lang/goals/issues/1#c1)\n\n- Fix: the Kubernetes build works again.';
    expect(labels(md)).toEqual(['Kubernetes']);
  });
});

describe('known names in lower case', () => {
  it(`${here}finds a known name written in lower case when it is no English word`, () => {
    const file: LexiconFile = { product: ['Node.js|NodeJS', 'JavaScript', '~Mocha'] };
    expect(labels('Fixed errors in recent nodejs versions and in javascript, tested with mocha.', 'a.md', file)).toEqual(['JavaScript', 'Node.js']);
  });
});

describe('READMEs and numbered documents', () => {
  it(`${here}cites a title with the badges on its line, never with a row of badges of its own`, () => {
    const md = [
      '# Punycode.js [![npm](https://img.shields.io/npm/v/punycode)](https://www.npmjs.com/package/punycode)', '',
      'JS-YAML - a parser', '==========', '',
      '[![CI](https://example.org/ci.svg)](https://github.com/nodeca/js-yaml/actions)', '',
      'It reads YAML.',
    ].join('\n');
    const extraction = extract(readSource(md, 'a.md'), { lexicon: lexiconOf() });
    expect(extraction.sentences.filter((s) => s.sources.length > 0).map((s) => [s.text, s.sources])).toEqual([
      ['Punycode.js', ['https://npmjs.com/package/punycode']],
    ]);
    expect(extraction.links.map((l) => l.url)).toContain('https://github.com/nodeca/js-yaml/actions');
  });

  it(`${here}reads a word list's vocabulary as a name where it links to its own site, and an object's member as code`, () => {
    const md = 'This implements [YAML](https://yaml.org/), a data language. See the [YAML tag discussion](https://pyyaml.org/wiki/Tags). It matches JSON.parse and Node.js.';
    const entities = found(md, 'a.md', { notEntities: ['YAML'], product: ['Node.js'] });
    expect(entities.map((e) => [e.label, e.mentions])).toEqual([['Node.js', 1], ['YAML', 2]]);
  });

  it(`${here}reads a README's one-word title as its project's name wherever it stands`, () => {
    const md = '# markdown-it\n\nThe markdown-it parser is fast. Use markdown-it with `markdown-it` in code or markdown-it-emoji.';
    expect(found(md).map((e) => [e.label, e.category, e.mentions])).toEqual([['markdown-it', 'product', 3]]);
    const rst = '=====\nhttpx\n=====\n\nThe httpx client is simple. Use httpx with ``httpx.get``.';
    expect(found(rst, 'README.rst').map((e) => [e.label, e.category, e.mentions])).toEqual([['httpx', 'product', 3]]);
  });

  it(`${here}names a numbered standard even when its series alone is no name`, () => {
    const file: LexiconFile = { notEntities: ['RFC'] };
    expect(found('Punycode.js complies with [RFC 3492](https://tools.ietf.org/html/rfc3492).', 'a.md', file).map((e) => [e.label, e.category])).toEqual([
      ['Punycode.js', 'product'], ['RFC 3492', 'other'],
    ]);
  });
});


describe('more examples from the issue', () => {
  // The lexicon that ships with citegraph, as `citegraph extract` uses it.
  const shipped = (source: string, path = 'a.md') => extract(readSource(source, path)).entities;

  it(`${here}reads Underscore, the library a documentation page is about, as a product and not a place`, () => {
    const html = '<html><head><title>Underscore.js</title></head><body><p>Underscore is a library that provides helpers. In Underscore 1.13, Underscore runs everywhere.</p></body></html>';
    expect(categoryOf(html, 'Underscore', 'index.html')).toBe('product');
  });

  it(`${here}keeps JSON Schema and JSON Type Definition whole`, () => {
    const md = 'Ajv supports JSON Schema drafts and JSON Type Definition (JTD). Write a JSON Schema, or a JSON Type Definition schema.';
    const labels = shipped(md).map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['JSON Schema', 'JSON Type Definition']));
    expect(labels).not.toEqual(expect.arrayContaining(['Schema']));
    expect(labels).not.toEqual(expect.arrayContaining(['Type Definition']));
  });

  it(`${here}never makes a policy document's section headings names`, () => {
    const html = '<h2>2.3. Embedded Python Dependencies</h2><p>Packages embedding Python must depend on it.</p><h2>2.4. Modules Byte-Compilation</h2><p>Nothing else.</p>';
    expect(labels(html, 'policy.html', { product: ['Python'] })).toEqual(['Python']);
  });

  it(`${here}reads a surname joined to its particle after a title, and its bearer as a person`, () => {
    const md = 'Protests erupted against President Abdul Fattah al-Sisi’s\ngovernment.';
    expect(found(md).map((e) => [e.label, e.category])).toEqual([['Abdul Fattah al-Sisi', 'person']]);
  });

  it(`${here}reads a numbered document written with a number sign`, () => {
    expect(found('Ever since the stabilization of [RFC #1522](https://example.org/rfc) in 2018, it works.').map((e) => [e.label, e.category])).toEqual([['RFC #1522', 'other']]);
  });

  it(`${here}names a team written "the Infrastructure team", but not at the start of a sentence`, () => {
    expect(found('The root quorum shall be the Infrastructure team for now, and the Vision Doc group agreed.').map((e) => [e.label, e.category, Object.keys(e.forms)])).toEqual([
      ['Infrastructure Team', 'organization', ['Infrastructure team']], ['Vision Doc Group', 'organization', ['Vision Doc group']],
    ]);
    expect(labels('Cross team work is hard. Combining team efforts helps.')).toEqual([]);
  });

  it(`${here}reads a link text naming its page even when its first word is no name alone`, () => {
    const file: LexiconFile = { notEntities: ['Web'] };
    expect(labels('The test - called [Web Connectivity](https://ooni.io/nettest/web-connectivity/) - measures blocking.', 'a.md', file)).toEqual(['Web Connectivity']);
    expect(labels('Read [Web Basics](https://example.org/intro) and the Web.', 'a.md', file)).toEqual([]);
  });

  it(`${here}reads plural acronyms with a small word inside as common nouns`, () => {
    expect(labels('We have a short list of candidate MiRs, and the MiRs start soon.')).toEqual([]);
  });

  it(`${here}reads a team label (T-lang, wg-async) as an organization, even after "moved to"`, () => {
    expect(categoryOf('The issue was moved to T-lang, and T-lang agreed.', 'T-lang')).toBe('organization');
  });

  it(`${here}reads a handle the document links to its account as a person wherever it stands`, () => {
    const md = '- [WaffleLapkin](https://github.com/WaffleLapkin), team member\n  - WaffleLapkin has been a staple of the project. WaffleLapkin ships fixes.';
    expect(categoryOf(md, 'WaffleLapkin')).toBe('person');
    // An organization's account named in several words is no handle.
    expect(categoryOf('The [Embedded Devices](https://github.com/embedded-devices) group grows: Embedded Devices ships.', 'Embedded Devices')).not.toBe('person');
  });

  it(`${here}knows compiler techniques by their acronyms: PGO, LTO and NLL are no organizations`, () => {
    const md = 'Applying PGO to the compiler helped, and so did LTO. The NLL borrow checker fixed them; NLL shipped.';
    expect(shipped(md).map((e) => [e.label, e.category])).toEqual([
      ['Link-Time Optimization', 'other'], ['Non-Lexical Lifetimes', 'other'], ['Profile-Guided Optimization', 'other'],
    ]);
  });
});

describe('people and brands in blog posts and news', () => {
  it(`${here}reads a given name with the surnames she goes by as one person`, () => {
    const entities = found('- Carol (Nichols || Goulding)\n- Jane (Smith / Jones)\n\nCarol wrote it.');
    expect(entities.map((e) => [e.label, e.category, Object.keys(e.forms).sort()])).toEqual([
      ['Carol Nichols', 'person', ['Carol', 'Carol (Nichols || Goulding)', 'Carol Goulding']],
      ['Jane Smith', 'person', ['Jane (Smith / Jones)', 'Jane Jones']],
    ]);
  });

  it(`${here}reads an acronym that opens a product's name as a name of its own`, () => {
    const md = 'Thanks to OONI Probe testing, OONI measurements show it. Then OONI findings were shared.';
    expect(labels(md)).toEqual(['OONI', 'OONI Probe']);
    // Without a name it opens, an unknown acronym stays vocabulary.
    expect(labels('The RPIT feature ships, and RPIT works.')).toEqual([]);
  });

  it(`${here}keeps two names joined by "and" apart when the second is an acronym or known`, () => {
    expect(labels('The steps that the White House and NARA take, and the Bank and Trust Company.', 'a.md', { organization: ['White House', 'NARA'] })).toEqual(['Bank and Trust Company', 'NARA', 'White House']);
  });

  it(`${here}joins names of several words written with a slash, and splits an acronym from a known name after it`, () => {
    expect(labels('It funds Radio Free Asia and Radio Free Europe/Radio Liberty.')).toEqual(['Radio Free Asia', 'Radio Free Europe/Radio Liberty']);
    expect(labels('An OONI WhatsApp test ran, and OONI Probe too.', 'a.md', { product: ['WhatsApp'] })).toEqual(['OONI', 'OONI Probe', 'WhatsApp']);
  });

  it(`${here}reads a hashtag as a campaign and a path after a domain as part of an address`, () => {
    expect(found('Join the \\#KeepItOn campaign at Instagram.com/ObamaWhiteHouse today.').map((e) => [e.label, e.category])).toEqual([
      ['Instagram.com', 'product'], ['KeepItOn', 'other'],
    ]);
  });

  it(`${here}takes a company's legal form as another form of its name, never a name of its own`, () => {
    expect(found('See Feist Publications, Inc. vs. Rural, and Feist Publications again.').map((e) => [e.label, Object.keys(e.forms)])).toEqual([
      ['Feist Publications', ['Feist Publications', 'Feist Publications, Inc.']],
    ]);
  });

  it(`${here}reads a name followed by its abbreviation, joining small words the abbreviation spells`, () => {
    expect(labels('Cambodia blocked access to Voice of Democracy (VOD) and Polkadot (DOT) today. Read the Tables (GFM) guide.', 'a.md', { place: ['Cambodia'] })).toEqual([
      'Cambodia', 'Polkadot', 'Voice of Democracy',
    ]);
    const text = 'It specifies a Hyper Text Coffee Pot Control Protocol (HTCPCP). It is an HTCPCP Protocol, and HTCPCP is based on HTTP.';
    expect(found(text).map((e) => [e.label, Object.keys(e.forms).sort()])).toEqual([
      ['Hyper Text Coffee Pot Control Protocol', ['HTCPCP', 'HTCPCP Protocol', 'Hyper Text Coffee Pot Control Protocol']],
    ]);
  });

  it(`${here}leaves out the terms a licence or a contract defines in quotes, and keeps the names beside them`, () => {
    const text = [
      '"Contributor" means each individual that creates software for Acme Corp (the "Company").',
      'The "Corresponding Source" for a work in object code form means all the source code, hereinafter "Licensed Material".',
      'Each Contributor grants the Company the Corresponding Source and the Licensed Material, as Jane Smith of Acme Corp said.',
    ].join(' ');
    expect(labels(text)).toEqual(['Acme Corp', 'Jane Smith']);
    // A definition in brackets alone, with no "means" anywhere in the text.
    expect(labels('Acme Corp signed with Jane Smith (a "Partner"). Each Partner pays Acme Corp.')).toEqual(['Acme Corp', 'Jane Smith']);
    // A quoted title that nothing defines stays a name.
    expect(labels('We watched "The Shining" twice. The Shining is a film by Stanley Kubrick.')).toContain('Stanley Kubrick');
  });

  it(`${here}ends a sentence at a stop followed by a footnote mark`, () => {
    const html = '<p>Access to Wikipedia is being restored.* This follows a <a href="https://example.org/ruling">ruling</a> by the Court.</p>';
    const extraction = extract(readSource(html, 'a.html'), { lexicon: lexiconOf({ product: ['Wikipedia'] }) });
    expect(extraction.sentences.map((s) => [s.text, s.sources])).toEqual([
      ['Access to Wikipedia is being restored.*', []],
      ['This follows a ruling by the Court.', ['https://example.org/ruling']],
    ]);
  });

  it(`${here}joins a name with a demonym and the same name "of" its place`, () => {
    expect(found('A ruling by the Constitutional Court of Turkey came. Later the Turkish Constitutional Court ruled again.').map((e) => [e.label, Object.keys(e.forms)])).toEqual([
      ['Constitutional Court of Turkey', ['Constitutional Court of Turkey', 'Turkish Constitutional Court']],
    ]);
  });

  it(`${here}reads a link naming an organization and its acronym as a name, not a title`, () => {
    const md = 'Four groups are overseen by the [US Agency for Global Media (USAGM)](https://www.usagm.gov/). The USAGM should act.';
    expect(found(md, 'a.md', { place: ['United States|US'] }).map((e) => [e.label, Object.keys(e.forms)])).toEqual([['US Agency for Global Media', ['US Agency for Global Media', 'USAGM']]]);
  });

  it(`${here}lets a vocabulary word open an event's name, and a surname stand without its particle`, () => {
    expect(labels('Through the Internet Freedom Festival we met.', 'a.md', { notEntities: ['Internet'] })).toEqual(['Internet Freedom Festival']);
    expect(found('President Abdul Fattah al-Sisi spoke. Later Sisi left.').map((e) => [e.label, Object.keys(e.forms)])).toEqual([
      ['Abdul Fattah al-Sisi', ['Abdul Fattah al-Sisi', 'President Abdul Fattah al-Sisi', 'Sisi']],
    ]);
  });
});
