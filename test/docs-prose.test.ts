import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { segmentSentences } from '../src/extract/sentences.js';
import { readSource } from '../src/read/index.js';

// Rules found on documentation prose saved as whole pages (HOWTOs, FAQs, user guides): the twelfth dev batch.
const here = '[docs-prose] ';
const extracted = (source: string, path = 'a.md') => extract(readSource(source, path));
const labels = (source: string, path = 'a.md') => extracted(source, path).entities.map((e) => e.label).sort();
const cited = (source: string, path = 'a.md') => {
  const { entities, sentences } = extracted(source, path);
  const labelOf = new Map(entities.map((e) => [e.key, e.label]));
  return sentences.flatMap((s) => s.sources.flatMap((url) => s.entities.map((key) => `${labelOf.get(key)} -> ${url}`))).sort();
};
const split = (markdown: string) => {
  const document = readSource(markdown, 'a.md');
  return segmentSentences(document).map((s) => document.text.slice(s.start, s.end));
};

describe('names written in lower case in documentation prose', () => {
  it(`${here}ends a sentence before a lower-case name that opens the next one`, () => {
    expect(split('It converts text into richer formats. docutils provides parsers.')).toEqual(['It converts text into richer formats.', 'docutils provides parsers.']);
    // Not after an abbreviation, before an English word or before a bare address.
    expect(split('Use a tool, approx. docutils or so. It ends here. and goes on')).toEqual(['Use a tool, approx. docutils or so.', 'It ends here. and goes on']);
    expect(split('ELKI contains the algorithm. https://example.org/elki')).toEqual(['ELKI contains the algorithm. https://example.org/elki']);
  });

  it(`${here}reads the lower-case form of a capitalised name that is no word as that name`, () => {
    const source = '# Sphinx vs. Docutils\n\nSphinx builds upon it. [docutils](https://docutils.sourceforge.io/) is a text processing system.\n';
    expect(cited(source)).toEqual(['Docutils -> https://docutils.sourceforge.io']);
    // A prefix and a word make a word: "Nonlinear" in a title does not make "nonlinear" a name.
    const prose = '# Nonlinear Methods\n\nSee [the nonlinear case](https://example.org/a) for more.\n';
    expect(cited(prose)).toEqual([]);
  });
});

describe('numbered documents, spelled-out names and addresses in FAQs', () => {
  it(`${here}keeps the number of a numbered document after a sentence's opening verb`, () => {
    expect(labels('See [PEP 6](https://peps.python.org/pep-0006/) for more information about bugfix releases.\n')).toEqual(['PEP 6']);
  });

  it(`${here}keeps words an acronym in brackets spells as one name in a title-like sentence, plural acronyms too`, () => {
    const source = 'See <https://peps.python.org/> for the Python Enhancement Proposals (PEPs).\n';
    expect(labels(source)).toContain('Python Enhancement Proposals');
  });

  it(`${here}joins a name of several words in the plural to the same name in the singular`, () => {
    const source = 'Until recently, Contributor License Agreements (CLAs) were the norm.\n\nThis may be a Contributor License Agreement, or another mechanism.\n';
    expect(labels(source).filter((label) => label.startsWith('Contributor'))).toEqual(['Contributor License Agreement']);
  });

  it(`${here}needs a number after "version" to make a known tool of a word`, () => {
    expect(labels('_C_ is the micro version number. Use the pip version 22 here.\n')).toEqual(['pip']);
  });

  it(`${here}reads a www. host in a heading as an address, not a name`, () => {
    const html = '<main><h3><a class="toc-backref" href="#id18">Where in the world is www.python.org located?</a></h3><p>The infrastructure is all over the world.</p></main>';
    expect(labels(html, 'a.html')).toEqual([]);
    expect(extracted('See www.python.org for more.\n').links.map((l) => l.url)).toEqual(['https://python.org']);
  });
});

describe('titles and placeholders in FAQs', () => {
  it(`${here}keeps a work titled after its reader whole, after a capitalised "The" and after one common word`, () => {
    const source = 'See The Python Developer’s Guide for details. Consult [the Beginner’s Guide](https://wiki.python.org/moin/BeginnersGuide) first.\n';
    expect(labels(source)).toEqual(['Beginner’s Guide', 'The Python Developer’s Guide']);
    expect(cited(source)).toEqual(['Beginner’s Guide -> https://wiki.python.org/moin/BeginnersGuide']);
  });

  it(`${here}drops the placeholders of a numbering scheme but keeps dotted abbreviations and inner capitals`, () => {
    const source = 'Versions are numbered “A.B.C” or “A.B”. The suffix for a beta is “bN” and for a candidate “rcN”. It ships in the U.S. on iOS.\n';
    expect(labels(source)).toEqual(['United States', 'iOS']);
  });
});

describe('mailing lists and newsgroups', () => {
  it(`${here}names a dotted or hyphenated lower-case word that a mailing list or newsgroup is called`, () => {
    const source = [
      'There is a newsgroup, _comp.lang.python_, and a mailing list, [python-list](https://mail.python.org/mailman/listinfo/python-list).',
      'New development is discussed on [the python-dev mailing list](https://mail.python.org/mailman/listinfo/python-dev/).',
      'Announcements go to comp.lang.python.announce, a low-traffic moderated list.',
      // A compound of a modifier describes the list.
      'It is a well-known mailing list and a low-traffic newsgroup.',
    ].join(' ');
    expect(labels(source)).toEqual(['comp.lang.python', 'comp.lang.python.announce', 'python-dev', 'python-list']);
    expect(cited(source)).toEqual([
      'comp.lang.python -> https://mail.python.org/mailman/listinfo/python-list',
      'python-dev -> https://mail.python.org/mailman/listinfo/python-dev',
      'python-list -> https://mail.python.org/mailman/listinfo/python-list',
    ]);
  });
});

describe('a sentence that defines its subject as a tool', () => {
  it(`${here}names the one word opening "X is a … tool" or "X is an IDE", even a word or a word in capitals`, () => {
    const source = 'Freeze is a tool to create stand-alone applications. IDLE is a cross-platform IDE for Python.\n';
    expect(labels(source)).toEqual(['Freeze', 'IDLE', 'Python']);
    // Not an activity, nor a noun that is no head.
    expect(labels('Collaboration is a team effort. Testing is a tool for quality. Simplicity is a language feature.\n')).toEqual([]);
  });
});

describe('known names of tools in FAQs', () => {
  it(`${here}knows Emacs Lisp, the Bourne shell and GNU Mailman as products`, () => {
    const source = 'Try adding the following Emacs Lisp code. We needed more than Bourne shell scripts. They include the Mailman mailing list manager.\n';
    expect(labels(source)).toEqual(['Bourne shell', 'Emacs Lisp', 'GNU Mailman']);
  });
});

describe('single capitals', () => {
  it(`${here}reads a capital in italics as a variable, even before a full stop, but keeps initials and a capital after "with"`, () => {
    const source = 'The suffix for an alpha version is “aN” for some small number _N_. The suffix for a beta is “bN” for some small number _N_.\n\nHarry S. Truman signed it. It is easy to communicate with C. It works as seamlessly as with C. (It is easy.)\n';
    expect(labels(source)).toEqual(['C', 'Harry S. Truman']);
  });
});

// The twentieth dev batch: documentation pages saved whole (Django, SQLAlchemy, attrs, Requests, mdBook).
describe('products with their release glued on', () => {
  it(`${here}names the product of a release glued to its name`, () => {
    expect(cited('- Fixed the test suite on PyPy3.8 where it does not work. [#892](https://github.com/o/p/issues/892)\n')).toEqual(['PyPy -> https://github.com/o/p/issues/892']);
    expect(labels('It runs on Python3.10 and Python 3.11.\n')).toEqual(['Python']);
    // A number alone glued on is no release: Win32 and HTML5 stay as written.
    expect(labels('It builds on Win32 and renders HTML5.\n')).toEqual(['HTML5', 'Win32']);
  });
});

describe('lower-case libraries in a list of products', () => {
  it(`${here}names an unusual lower-case word listed between two products`, () => {
    const source = 'Fixed the order of bound parameters used for SQLite, asyncpg, MySQL, Oracle and others.\n';
    expect(labels(source)).toContain('asyncpg');
    // Not a word, not part of a path, not beside a single product only.
    expect(labels('It works with NumPy, Dask, pydata/sparse, etc.\n')).not.toContain('pydata');
    expect(labels('Use SQLite, obviously, or MySQL.\n')).toEqual(['MySQL', 'SQLite']);
    expect(labels('Use SQLite, asyncpg.\n')).toEqual(['SQLite']);
  });
});

describe('known names written in lower case', () => {
  it(`${here}reads a known tool in lower case, but not a company`, () => {
    expect(labels('A new deprecation “uber warning” is now emitted at runtime.\n')).toEqual([]);
    expect(labels('It runs on nodejs and javascript.\n')).toEqual(['JavaScript', 'Node.js']);
  });
});

describe('placeholders in angle brackets', () => {
  it(`${here}reads a capitalised run between angle brackets as a placeholder`, () => {
    const html = '<main><h2>&lt;Framework X&gt; does &lt;feature Y&gt; – why doesn’t Django?</h2><p>“Because &lt;Framework X&gt; does it” is no reason to add it to Django.</p></main>';
    expect(labels(html, 'a.html')).toEqual(['Django']);
  });
});

describe('names written as code and spelled apart in prose', () => {
  it(`${here}reads capitalised words and a lower-case word that spell a hyphenated code name as that name`, () => {
    const source = 'Clients can use `rust-analyzer`, such as [the Rust analyzer plug-in for Visual Studio Code](https://marketplace.visualstudio.com/items?itemName=rust-lang.rust-analyzer).\n';
    const url = 'https://marketplace.visualstudio.com/items?itemName=rust-lang.rust-analyzer';
    expect(cited(source)).toEqual([`Visual Studio Code -> ${url}`, `rust-analyzer -> ${url}`]);
    // Without the code form, the words are what they are: Rust and an analyzer.
    expect(labels('Use the Rust analyzer plug-in.\n')).toEqual(['Rust']);
  });
});

describe('licences by their number of clauses', () => {
  it(`${here}names a licence's variant by its number of clauses`, () => {
    const source = 'Django is distributed under [the 3-clause BSD license](https://github.com/django/django/blob/main/LICENSE).\n';
    expect(cited(source)).toEqual(['3-clause BSD license -> https://github.com/django/django/blob/main/LICENSE', 'Django -> https://github.com/django/django/blob/main/LICENSE']);
    expect(labels('It is under the BSD license.\n')).toEqual(['BSD License']);
  });
});

describe('pronunciations', () => {
  it(`${here}reads the word after "pronounced" as how a name is said, not as a name`, () => {
    expect(labels('Django is pronounced JANG-oh. Rhymes with FANG-oh.\n')).toEqual(['Django']);
    expect(labels('Django is named after JANG-oh.\n')).toContain('JANG-oh');
  });
});

describe('chrome of documentation generators', () => {
  const page = (body: string) => `<!doctype html><html><head><title>Changelog</title></head><body><main>${body}</main></body></html>`;
  const story = '<p>Acme 2.1 adds support for <a href="https://www.postgresql.org/">PostgreSQL</a>. Thanks to Jane Doe for the new adapter.</p>';

  it(`${here}leaves out edit links, by their address or their words`, () => {
    const mkdocs = page(`<article class="md-content__inner"><a href="https://github.com/acme/acme/edit/main/docs/changelog.md" title="Edit this page" class="md-content__button md-icon">Edit</a><h1>Changelog</h1>${story}</article>`);
    expect(extracted(mkdocs, 'a.html').links.map((l) => l.url)).toEqual(['https://postgresql.org']);
    const rtd = page(`<div class="body">${story}<p><a href="https://gitlab.com/acme/acme/-/blob/main/docs/index.rst">Edit on GitLab</a></p></div>`);
    expect(extracted(rtd, 'a.html').links.map((l) => l.url)).toEqual(['https://postgresql.org']);
    const furo = page(`<article>${story}<div class="view-this-page"><a class="muted-link" href="https://github.com/acme/acme/blob/main/docs/index.md?plain=true" title="View this page"><svg></svg><span class="visually-hidden">View this page</span></a></div></article>`);
    expect(extracted(furo, 'a.html').links.map((l) => l.url)).toEqual(['https://postgresql.org']);
    // A link to a file in a forge that says nothing of editing stays: a change log cites files.
    const cites = page(`<div class="body">${story}<p>See <a href="https://github.com/acme/acme/blob/main/docs/index.rst">the index</a> of Acme.</p></div>`);
    expect(extracted(cites, 'a.html').links.map((l) => l.url)).toContain('https://github.com/acme/acme/blob/main/docs/index.rst');
  });

  it(`${here}leaves out Docusaurus's version banner and table of contents, and MkDocs's last-update line`, () => {
    const docusaurus = page(`<div class="theme-doc-version-banner alert">This is documentation for Acme <b>2.0</b>, which is no longer maintained.</div><article>${story}</article><div class="tableOfContents_bqdL theme-doc-toc-desktop"><ul class="table-of-contents"><li><a href="#kubernetes">Kubernetes on AWS</a></li></ul></div>`);
    expect(labels(docusaurus, 'a.html')).toEqual(['Jane Doe', 'PostgreSQL']);
    const mkdocs = page(`<article>${story}<div class="md-source-file"><small>Last update: January 3, 2024 by Oskar Nilsson</small></div></article>`);
    expect(labels(mkdocs, 'a.html')).toEqual(['Jane Doe', 'PostgreSQL']);
  });

  it(`${here}leaves out rustdoc's playground "Run" links, its "Expand description" toggle and its source links`, () => {
    const rustdoc = page(`<h1>Module std::collections<span class="out-of-band"><span class="since">1.0.0</span> · <a class="srclink" href="https://doc.rust-lang.org/src/std/collections/mod.rs.html">source</a></span></h1><details class="toggle top-doc" open><summary class="hideme"><span>Expand description</span></summary><div class="docblock"><p>Collection types, as the <a href="https://en.wikipedia.org/wiki/B-tree">B-Tree</a> of Rudolf Bayer.</p><div class="example-wrap"><pre class="rust"><code>let v = vec![1];</code></pre><a class="test-arrow" target="_blank" href="https://play.rust-lang.org/?code=let%20v&amp;edition=2021">Run</a></div></div></details><span class="rightside"><span class="since" title="Stable since Rust version 1.0.0">1.0.0</span> · <a class="srclink" href="https://doc.rust-lang.org/src/alloc/vec/mod.rs.html#400">source</a></span>`);
    expect(extracted(rustdoc, 'a.html').links.map((l) => l.url)).toEqual(['https://en.wikipedia.org/wiki/B-tree']);
  });

  it(`${here}leaves out a page's last-modified line and its commit link (Docsy)`, () => {
    const docsy = page(`<div class="td-content">${story}<div class="td-page-meta__lastmod">Last modified January 3, 2024: <a href="https://github.com/acme/website/commit/abc123">Fix typo reported by Oskar Nilsson (abc123)</a></div></div>`);
    expect(extracted(docsy, 'a.html').links.map((l) => l.url)).toEqual(['https://postgresql.org']);
    expect(labels(docsy, 'a.html')).toEqual(['Jane Doe', 'PostgreSQL']);
  });
});

describe('places in quotes', () => {
  it(`${here}reads a town before its state inside closing quotes as a place`, () => {
    const { entities } = extracted('It was written at a newspaper in Lawrence, Kansas, USA.\n\nIf you need a publishing location, use “Lawrence, Kansas”.\n');
    expect(entities.find((e) => e.label === 'Lawrence')?.category).toBe('place');
  });
});

describe('people defined by what they do', () => {
  it(`${here}reads a name defined as a musician or a scholar as a person`, () => {
    const { entities } = extracted('Django is named after [Django Reinhardt](https://en.wikipedia.org/wiki/Django_Reinhardt), a jazz manouche guitarist from the 1930s.\n');
    expect(entities.find((e) => e.label === 'Django Reinhardt')?.category).toBe('person');
  });
});

describe('menu paths in user guides', () => {
  it(`${here}reads the items of a menu path set in italics as labels of the program's window, not titles, and keeps the names beside it`, () => {
    const guide = [
      'Open the file in Sublime Text and convert it via *Tools* -> *Developer* -> *New Syntax from Theme*.',
      '',
      'In Inkscape, choose Export Options -> Bitmap Copy -> Scale Down to shrink it.',
      '',
      'We moved from Firefox -> Chrome last year.',
    ].join('\n');
    expect(labels(guide)).toEqual(['Firefox', 'Google Chrome', 'Inkscape', 'Sublime Text']);
  });
});

describe('a design proposal\'s header fields', () => {
  it(`${here}reads a known name and an ordinary noun labelling a field as the name alone, and keeps a body's name whole`, () => {
    const header = [
      '- Feature Name: none',
      '- Rust Issue: [rust-lang/rust#145252](https://github.com/rust-lang/rust/pull/145252)',
      '- Rust Foundation: sponsor',
      '',
      'This proposal changes how Rust builds targets.',
    ].join('\n');
    expect(labels(header, 'rfc.md')).toEqual(['Rust', 'Rust Foundation']);
  });
});
