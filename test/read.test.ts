import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument, readSource } from '../src/read/index.js';
import { normalizeUrl } from '../src/read/urls.js';
import MarkdownIt from 'markdown-it';
import { PLAIN_WEB_ADDRESS } from '../src/read/markdown.js';
import { seeded } from './support/random.js';

const here = '[read] ';
const linkTexts = (source: string, path = 'doc.md') => readSource(source, path).links.map((l) => [l.text, l.url]);

describe('Markdown reader', () => {
  it(`${here}keeps inline, reference-style, autolinks and bare URLs with their text`, () => {
    const source = [
      'See [Huawei][h], <https://a.example/x>, https://b.example/y. and www.c.org/z too.',
      '',
      '[h]: https://h.example/p',
    ].join('\n');
    expect(linkTexts(source)).toEqual([
      ['Huawei', 'https://h.example/p'],
      ['https://a.example/x', 'https://a.example/x'],
      ['https://b.example/y', 'https://b.example/y'],
      ['www.c.org/z', 'http://www.c.org/z'],
    ]);
  });

  it(`${here}places each link where its text stands in the prose`, () => {
    const document = readSource('China recognized this, exemplified by the campaign against [Huawei](https://x.example).', 'a.md');
    const [link] = document.links;
    expect(document.text.slice(link!.start, link!.end)).toBe('Huawei');
  });

  it(`${here}does not treat code as prose or as sources`, () => {
    const document = readSource('Run `cargo add https://x.example` now.\n\n```\nhttps://y.example\nVec::new()\n```\n\nDone.', 'a.md');
    expect(document.links).toEqual([]);
    expect(document.text).toBe('Run cargo add https://x.example now.\n\nDone.');
    expect(document.verbatim).toEqual([{ start: 4, end: 31, kind: 'code' }]);
  });

  it(`${here}ignores links that are not http(s)`, () => {
    expect(linkTexts('[mail](mailto:a@b.c) [rel](/docs/x) [ftp](ftp://x.example) [ok](http://ok.example)')).toEqual([['ok', 'http://ok.example']]);
  });

  it(`${here}reads the URL inside a target that sloppy Markdown wrapped in parentheses or quotes`, () => {
    expect(linkTexts('Use [Python]((https://github.com/mtg/freesound-python)) or [C]("https://c.example/x").')).toEqual([
      ['Python', 'https://github.com/mtg/freesound-python'],
      ['C', 'https://c.example/x'],
    ]);
  });

  it(`${here}does not read a bare domain name as a link`, () => {
    expect(linkTexts('Users of crates.io and docs.rs are not affected.')).toEqual([]);
  });

  it(`${here}makes headings, list items and table cells blocks of their own`, () => {
    const document = readSource('# Title\n\n- one item\n- two\n\n| a | b |\n|---|---|\n| [X](https://x.example) | y |\n', 'a.md');
    expect(document.blocks.map((b) => [b.kind, document.text.slice(b.start, b.end)])).toEqual([
      ['heading', 'Title'],
      ['item', 'one item'],
      ['item', 'two'],
      ['cell', 'a'],
      ['cell', 'b'],
      ['cell', 'X'],
      ['cell', 'y'],
    ]);
    expect(document.title).toBe('Title');
  });

  it(`${here}reads raw HTML links and code inside Markdown`, () => {
    const document = readSource('Read <a href="https://d.example">the <code>D</code> corp</a> <a name="x">page</a>.', 'a.md');
    expect(document.links.map((l) => [l.text, l.url])).toEqual([['the D corp', 'https://d.example']]);
    expect(document.verbatim.map((v) => document.text.slice(v.start, v.end))).toEqual(['D']);
  });

  it(`${here}takes title and date from YAML front matter, never as body text`, () => {
    const document = readSource('---\ntitle: An essay\ndate: 2026-01-04\nlink: https://front.example\n---\n\nBody text.', 'a.md');
    expect(document).toMatchObject({ title: 'An essay', date: '2026-01-04', text: 'Body text.', links: [] });
  });

  it(`${here}takes title and date from TOML front matter`, () => {
    const document = readSource('+++\ntitle = "Announcing Rust 1.94.1"\ndate = 2026-03-26\n[extra]\nteam_url = "https://t.example"\n+++\n\nBody.', 'a.md');
    expect(document).toMatchObject({ title: 'Announcing Rust 1.94.1', date: '2026-03-26', text: 'Body.', links: [] });
  });

  it(`${here}takes title and date from Franklin's @def page variables, never as body text`, () => {
    const source = '@def rss_pubdate = Date(2019, 2, 3)\n@def rss_description = """ A post | See my blog (https://me.example/GSoC).\nMore... """\n' +
      '@def published = "3 February 2019"\n@def title = "GSoC 2018 - Parallel Graphs"\n@def authors = """<a href="https://github.com/me">Me</a>"""\n\nBody text.';
    expect(readSource(source, 'a.md')).toMatchObject({ title: 'GSoC 2018 - Parallel Graphs', date: '3 February 2019', text: 'Body text.', links: [] });
    // Only at the top: a line that starts so further down is body text.
    expect(readSource('Body.\n\n@def title = "x"\n', 'b.md').text).toContain('@def');
  });

  it(`${here}warns about broken front matter and reads the body`, () => {
    const warnings: string[] = [];
    const document = readSource('---\ntitle: [unclosed\n---\nBody.', 'bad.md', { onWarning: (m) => warnings.push(m) });
    expect(document.text).toBe('Body.');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^bad\.md: invalid YAML front matter/);
  });
});

describe('HTML reader', () => {
  const page = `<!doctype html><html><head><title>Page title</title>
    <meta property="article:published_time" content="2025-06-10"><script>alert("https://script.example")</script></head>
    <body><nav><a href="https://nav.example">Home</a></nav>
    <main><h1>Heading</h1><p>Read <a href="https://a.example/x">Huawei &amp; co</a> and <code>x.y()</code>.</p>
    <pre>https://pre.example</pre><ul><li>One <b>item</b></li></ul></main><footer>https://footer.example</footer></body></html>`;

  it(`${here}reads the main content's prose and links, not scripts, navigation or code blocks`, () => {
    const document = readSource(page, 'page.html');
    expect(document.links.map((l) => [l.text, l.url])).toEqual([['Huawei & co', 'https://a.example/x']]);
    expect(document.text).toBe('Heading\n\nRead Huawei & co and x.y().\n\nOne item');
    expect(document).toMatchObject({ format: 'html', title: 'Page title', date: '2025-06-10' });
  });

  it(`${here}reads DocBook's spans for symbols, functions and structures as code, other spans as prose`, () => {
    const html = '<p>Set <span class="symbol">ConnectionFlags</span> in <span class="structname">Xtransport</span> for <span class="application">Xorg</span>.</p>';
    const document = readSource(html, 'page.html');
    expect(document.text).toBe('Set ConnectionFlags in Xtransport for Xorg.');
    expect(document.verbatim.map((v) => document.text.slice(v.start, v.end))).toEqual(['ConnectionFlags', 'Xtransport']);
  });

  it(`${here}reads a page from stdin or without a known extension as HTML when it starts as one, else as Markdown`, () => {
    for (const path of ['-', 'saved/page.php', 'README']) {
      expect(readSource(page, path)).toMatchObject({ format: 'html', title: 'Page title', text: 'Heading\n\nRead Huawei & co and x.y().\n\nOne item' });
      expect(readSource(`<?xml version="1.0"?>\n<!-- saved -->\n<HTML lang="en"><body><p>Hi</p></body></HTML>`, path).format).toBe('html');
      expect(readSource('# Notes\n\n<html> is a tag; see [MDN](https://developer.mozilla.org/).', path).format).toBe('markdown');
    }
    // The extension wins: a .md file that opens with a doctype is still Markdown, a .txt file text.
    expect(readSource(page, 'page.md').format).toBe('markdown');
    expect(readSource(page, 'page.txt').format).toBe('text');
  });
});

describe('text reader', () => {
  it(`${here}splits paragraphs on blank lines and finds bare URLs`, () => {
    const document = readSource('First line\nsame paragraph https://t.example/a.\n\nSecond.', 'notes.txt');
    expect(document.blocks).toHaveLength(2);
    expect(document.links.map((l) => l.url)).toEqual(['https://t.example/a']);
  });
});

describe('reStructuredText reader', () => {
  const read = (lines: string[], path = 'doc.rst') => readSource(lines.join('\n'), path);
  const blocks = (document: ReturnType<typeof read>) => document.blocks.map((b) => [b.kind, document.text.slice(b.start, b.end)]);
  const texts = (document: ReturnType<typeof read>, kind: 'code' | 'url') => document.verbatim.filter((v) => v.kind === kind).map((v) => document.text.slice(v.start, v.end));

  it(`${here}reads .rst and .rest files as reStructuredText`, () => {
    expect(readSource('Title\n=====\n', 'a.rst').format).toBe('rst');
    expect(readSource('Title\n=====\n', 'a.REST').format).toBe('rst');
  });

  it(`${here}makes section titles headings, with or without an overline, and takes the first as the title`, () => {
    const document = read(['=========', 'The Guide', '=========', '', 'Intro text.', '', 'Setup', '-----', '', 'More text.', '', '----', '', 'After a transition.']);
    expect(document.title).toBe('The Guide');
    expect(blocks(document)).toEqual([
      ['heading', 'The Guide'],
      ['paragraph', 'Intro text.'],
      ['heading', 'Setup'],
      ['paragraph', 'More text.'],
      ['paragraph', 'After a transition.'],
    ]);
  });

  it(`${here}links embedded, named, indirect and anonymous references to their targets`, () => {
    const document = read([
      'Made by `Acme Corp <https://acme.example/>`_, see the `Python docs`_, Tokio_,',
      '`the docs again <Python docs_>`_, `one`__ and `two`__.',
      '',
      '.. _Python docs: https://docs.python.org/3/',
      '.. _tokio: https://tokio.example/',
      '__ https://one.example/',
      '.. __: https://two.example/',
    ]);
    expect(document.links.map((l) => [l.text, l.url])).toEqual([
      ['Acme Corp', 'https://acme.example/'],
      ['Python docs', 'https://docs.python.org/3/'],
      ['Tokio', 'https://tokio.example/'],
      ['the docs again', 'https://docs.python.org/3/'],
      ['one', 'https://one.example/'],
      ['two', 'https://two.example/'],
    ]);
    expect(document.text).toBe('Made by Acme Corp, see the Python docs, Tokio, the docs again, one and two.');
  });

  it(`${here}links a footnote or citation marker to the URLs of its note, where the marker stands`, () => {
    const document = read([
      'Guido van Rossum said so [1]_, and Melville [#]_ and Knuth [CIT2002]_ agree.',
      '',
      '.. [1] His page, https://gvr.example/',
      '.. [#] A `biography <https://bio.example/>`_',
      '.. [CIT2002] Knuth, D., https://cit.example/',
    ]);
    const markers = document.links.filter((l) => l.text.startsWith('['));
    expect(markers.map((l) => [l.text, l.url])).toEqual([
      ['[1]', 'https://gvr.example/'],
      ['[#]', 'https://bio.example/'],
      ['[CIT2002]', 'https://cit.example/'],
    ]);
    expect(blocks(document).slice(1)).toEqual([
      ['paragraph', '[1] His page, https://gvr.example/'],
      ['paragraph', '[#] A biography'],
      ['paragraph', '[CIT2002] Knuth, D., https://cit.example/'],
    ]);
  });

  it(`${here}keeps literals, code roles, literal blocks, doctests and code directives out of the prose`, () => {
    const document = read([
      'Call ``numpy.sum`` or :func:`~numpy.mean`, per :pep:`8` and :rfc:`2616`. Example::',
      '',
      '    Hidden Name = https://code.example/',
      '',
      '>>> Another Hidden()',
      '',
      '.. code-block:: python',
      '',
      '   Secret Name = 1',
      '',
      '.. A comment naming Nobody.',
      '',
      'The end.',
    ]);
    expect(document.text).toBe('Call numpy.sum or numpy.mean, per PEP 8 and RFC 2616. Example:\n\nThe end.');
    expect(texts(document, 'code')).toEqual(['numpy.sum', 'numpy.mean']);
    expect(document.links).toEqual([]);
    expect(texts(read(['Name them ``x`` and ``y``, or **a** and **b**.']), 'code')).toEqual(['x', 'y']);
  });

  it(`${here}reads the content of admonitions and version notes as prose`, () => {
    const document = read(['.. note:: Linus Torvalds wrote Linux.', '', '.. versionadded:: 2.1', '   The *axis* argument, from Mozilla.']);
    expect(blocks(document)).toEqual([
      ['paragraph', 'Linus Torvalds wrote Linux.'],
      ['paragraph', 'The axis argument, from Mozilla.'],
    ]);
  });

  it(`${here}reads the field list before the body as metadata, and marks emphasis`, () => {
    const document = read(['Proposal', '========', '', ':Author: Jane Doe', ':Created: 2020-02-11', ':Resolution: https://list.example/1', '', 'Read *Moby Dick* now.']);
    expect(document.date).toBe('2020-02-11');
    expect(document.text).toBe('Proposal\n\nRead Moby Dick now.');
    expect(document.marks.map((m) => [m.kind, document.text.slice(m.start, m.end)])).toEqual([['emphasis', 'Moby Dick']]);
  });

  it(`${here}makes list items, definitions and table cells blocks of their own`, () => {
    const document = read([
      '- Mozilla https://mozilla.example/',
      '- For users:',
      '    - Nested item',
      '',
      'Term',
      '    Its definition.',
      '',
      '=====  =======',
      'City   Country',
      '=====  =======',
      'Kyiv   Ukraine',
      '=====  =======',
      '',
      '+------+-------+',
      '| Name | Place |',
      '+======+=======+',
      '| Ada  | Paris |',
      '+------+-------+',
    ]);
    expect(blocks(document)).toEqual([
      ['item', 'Mozilla https://mozilla.example/'],
      ['item', 'For users:'],
      ['item', 'Nested item'],
      ['item', 'Term'],
      ['item', 'Its definition.'],
      ['cell', 'City'],
      ['cell', 'Country'],
      ['cell', 'Kyiv'],
      ['cell', 'Ukraine'],
      ['cell', 'Name'],
      ['cell', 'Place'],
      ['cell', 'Ada'],
      ['cell', 'Paris'],
    ]);
    expect(document.blocks.filter((b) => b.header).map((b) => b.header)).toEqual(['City', 'Country', 'Name', 'Place']);
  });

  it(`${here}makes badges (images with a target) sources of their own, with no words, and still takes the title after them`, () => {
    const document = read([
      '|pypi|',
      '',
      '.. |pypi| image:: https://img.shields.io/pypi/v/foo.svg',
      '   :target: https://pypi.org/project/foo/',
      '',
      'Foo',
      '===',
      '',
      '.. image:: https://img.shields.io/badge/docs.svg',
      '   :target: https://foo.example/docs/',
      '',
      'Foo is kept by |name|.',
      '',
      '.. |name| replace:: Jane Doe',
    ]);
    expect(document.title).toBe('Foo');
    expect(document.text).toBe('Foo\n\nFoo is kept by Jane Doe.');
    expect(document.links.map((l) => [l.text, l.url, l.isAlone])).toEqual([
      ['', 'https://pypi.org/project/foo/', true],
      ['', 'https://foo.example/docs/', true],
    ]);
  });

  it(`${here}reads blocks nested without end as paragraphs, keeping every word`, () => {
    const stairs = Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}w${i}`).join('\n');
    const document = readSource(stairs, 'deep.rst');
    expect(document.text.split(/\s+/)).toHaveLength(3000);
    expect(document.text.endsWith('w2999')).toBe(true);
  });

  it(`${here}reads plain text as reStructuredText when it defines targets, and as plain text otherwise`, () => {
    const rest = readSource('See the `guide <https://guide.example/>`_.\n', 'README.txt');
    expect(rest.format).toBe('rst');
    expect(rest.links.map((l) => [l.text, l.url])).toEqual([['guide', 'https://guide.example/']]);
    expect(readSource('A note [1].\n\n[1] https://n.example/\n', 'notes.txt').format).toBe('text');
  });
});

describe('reading files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'citegraph-read-'));

  it(`${here}names the file when it is binary`, async () => {
    const path = join(dir, 'image.md');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await expect(readDocument(path)).rejects.toThrow(`${path}: binary file, expected Markdown, HTML or text`);
  });

  it(`${here}names the file when it is missing`, async () => {
    await expect(readDocument(join(dir, 'nope.md'))).rejects.toThrow(/nope\.md: no such file or directory/);
  });

  it(`${here}reads a file that is not UTF-8 as Windows-1252, with a warning naming it`, async () => {
    const path = join(dir, 'latin1.txt');
    writeFileSync(path, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const warnings: string[] = [];
    expect((await readDocument(path, { onWarning: (message) => warnings.push(message) })).text).toBe('café');
    expect(warnings).toEqual([`${path}: not valid UTF-8, read as Windows-1252 (Latin-1)`]);
  });
});

describe('table rows', () => {
  const rowOf = (source: string, path: string, cell: string) => {
    const document = readSource(source, path);
    return document.blocks.find((block) => document.text.slice(block.start, block.end) === cell)?.row;
  };

  it(`${here}gives a Markdown table cell its row, each cell under its column's header`, () => {
    const source = '| Name | Team | Home |\n|---|---|---|\n| [Niko Matsakis](https://github.com/nikomatsakis) | lang | `rust-lang/rust` |\n| Boxy | types |  |';
    expect(rowOf(source, 'a.md', 'Niko Matsakis')).toEqual({
      column: 0,
      cells: [{ header: 'Name', text: 'Niko Matsakis' }, { header: 'Team', text: 'lang' }, { header: 'Home', text: 'rust-lang/rust' }],
    });
    expect(rowOf(source, 'a.md', 'types')).toEqual({ column: 1, cells: [{ header: 'Name', text: 'Boxy' }, { header: 'Team', text: 'types' }, { header: 'Home', text: '' }] });
    // The header row is a row too, of cells without headers.
    expect(rowOf(source, 'a.md', 'Team')).toEqual({ column: 1, cells: [{ text: 'Name' }, { text: 'Team' }, { text: 'Home' }] });
  });

  it(`${here}gives an HTML table cell its row, after a line break in it too, with headers from a header row`, () => {
    const source = '<table><tr><th>Title</th><th colspan="2">Made in</th></tr><tr><td><cite>Inside Out</cite></td><td>France<br>Paris</td><td>2015</td></tr></table>';
    const row = { column: 1, cells: [{ header: 'Title', text: 'Inside Out' }, { header: 'Made in', text: 'France Paris' }, { header: 'Made in', text: '2015' }] };
    expect(rowOf(source, 'a.html', 'France')).toEqual(row);
    expect(rowOf(source, 'a.html', 'Paris')).toEqual(row);
    expect(rowOf('<table><tr><td>A</td><td>B</td></tr></table>', 'a.html', 'A')).toEqual({ column: 0, cells: [{ text: 'A' }, { text: 'B' }] });
  });

  it(`${here}reads a paragraph inside an HTML cell, as Sphinx writes tables, under its cell's column header`, () => {
    const source = '<table><thead><tr><th class="head"><p>Package</p></th><th class="head"><p>Old</p></th></tr></thead>' +
      '<tbody><tr><td><p>boto</p></td><td><p>1.18</p></td></tr></tbody></table>';
    expect(readSource(source, 'a.html').blocks.filter((b) => b.header).map((b) => b.header)).toEqual(['Package', 'Old']);
    expect(rowOf(source, 'a.html', 'boto')).toEqual({ column: 0, cells: [{ header: 'Package', text: 'boto' }, { header: 'Old', text: '1.18' }] });
  });

  it(`${here}gives no row to a cell alone in its row, nor to anything outside tables`, () => {
    const document = readSource('| Only |\n|---|\n| cell |\n\nA paragraph.\n\n- an item', 'a.md');
    expect(document.blocks.filter((block) => block.row !== undefined)).toEqual([]);
    expect(readSource('<p>Prose</p><ul><li>item</li></ul><table><tr><td>one</td></tr></table>', 'a.html').blocks.filter((block) => block.row)).toEqual([]);
  });

  it(`${here}keeps a row short: long cell texts cut (never inside an emoji), the first cells of a wide row`, () => {
    // 158 characters, then an emoji whose two halves straddle the cut.
    const long = `${'word '.repeat(31)}abc😀 tail`;
    const cut = rowOf(`| a | b |\n|---|---|\n| ${long} | second |`, 'a.md', 'second')!.cells[0]!.text;
    expect(cut).toBe(`${'word '.repeat(31)}abc…`);
    const wide = Array.from({ length: 20 }, (_, i) => `c${i}`);
    const html = `<table><tr>${wide.map((text) => `<td>${text}</td>`).join('')}</tr></table>`;
    expect(rowOf(html, 'a.html', 'c0')!.cells.map((cell) => cell.text)).toEqual(wide.slice(0, 12));
    expect(rowOf(html, 'a.html', 'c15')).toBeUndefined();
  });
});

describe('URL normalization', () => {
  it(`${here}folds scheme, www, fragment and trailing slash`, () => {
    expect(normalizeUrl('http://www.Example.com/a/#x')).toBe('https://example.com/a');
    expect(normalizeUrl('https://pola.rs/')).toBe('https://pola.rs');
    expect(normalizeUrl('https://x.example/p?q=1#f')).toBe('https://x.example/p?q=1');
  });
});

describe('Markdown link targets', () => {
  // markdown-it's normalizeLink is passed over for plain addresses (see PLAIN_WEB_ADDRESS): it must give them back unchanged.
  it(`${here}leaves every plain address as markdown-it's normalizeLink writes it`, () => {
    const normalizeLink = (url: string) => new MarkdownIt().normalizeLink(url);
    const chars = "aZ09.-:/?#%@_+~!$&'()*,;=[]{}|\\^`\"<> \tÄé日xn--41fF";
    const random = seeded(1);
    const urls = ['https://a.b', 'http://x.org:8080/p?q=1#h', 'https://a.com?x', 'https://a.com/%41%zz', 'https://a.com:/x', 'https://a..com/', 'https://a.com./'];
    for (const host of ['a'.repeat(63), 'a'.repeat(64), `${'a'.repeat(60)}.`.repeat(5) + 'com']) for (const tail of ['', '/', ':80/x', '?q#h']) urls.push(`https://${host}${tail}`);
    for (let i = 0; i < 20000; i++) {
      let url = random() < 0.5 ? 'https://' : 'http://';
      for (let k = Math.floor(random() * 30); k > 0; k--) url += chars[Math.floor(random() * chars.length)];
      urls.push(url);
    }
    const plain = urls.filter((url) => PLAIN_WEB_ADDRESS.test(url));
    expect(plain.length).toBeGreaterThan(200);
    for (const url of plain) expect(normalizeLink(url), url).toBe(url);
    expect(PLAIN_WEB_ADDRESS.test(`https://${'a'.repeat(64)}/`) || PLAIN_WEB_ADDRESS.test('https://a.com/%zz')).toBe(false);
  });
});
