import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, loadLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[release-notes] ';
const fixture = (name: string) => readFileSync(new URL(`fixtures/release-notes/${name}`, import.meta.url), 'utf8');
// The rules on their own, with a lexicon that knows only what a test gives it.
const extractWith = (source: string, path: string, file: LexiconFile = {}) => extract(readSource(source, path), { lexicon: buildLexicon([file]) });
const labelsOf = (source: string, path: string, file: LexiconFile = {}) => extractWith(source, path, file).entities.map((e) => e.label).sort();
const citedWith = (source: string, path: string, label: string, file: LexiconFile = {}) => {
  const extraction = extractWith(source, path, file);
  const key = extraction.entities.find((e) => e.label === label)?.key;
  return extraction.sentences.filter((s) => key !== undefined && s.entities.includes(key)).flatMap((s) => s.sources).sort();
};

describe('release notes and change logs rendered to HTML', () => {
  it(`${here}reads a credit with a nickname in brackets as one person, cited with the line's pull request and profile`, () => {
    const page = fixture('dask-style.html');
    expect(labelsOf(page, 'changelog.html', { product: ['pandas'] })).toEqual(['Fabien Aulaire', 'Jacob Hayes', 'Richard Zamora', 'pandas']);
    expect(citedWith(page, 'changelog.html', 'Richard Zamora')).toEqual(['https://github.com/o/r/pull/9699', 'https://github.com/rjzamora']);
  });

  it(`${here}reads a known lower-case product that is also a word as the product when a version follows it`, () => {
    const page = fixture('dask-style.html');
    expect(citedWith(page, 'changelog.html', 'pandas', { product: ['pandas'] })).toEqual([
      'https://github.com/JacobHayes', 'https://github.com/faulaire', 'https://github.com/o/r/pull/9571', 'https://github.com/o/r/pull/9704',
    ]);
    // Without the version, the word alone is no name.
    expect(labelsOf('- Accept pandas arguments in the mapper ([#1](https://github.com/o/r/pull/1))', 'a.md', { product: ['pandas'] })).toEqual([]);
  });

  it(`${here}reads the project a documentation page's title names ("Changelog — Sphinx documentation") wherever the page writes it`, () => {
    const page = fixture('sphinx-style.html');
    expect(labelsOf(page, 'changes.html', { product: ['LaTeX'] })).toEqual(['Adam Turner', 'LaTeX', 'Sphinx', 'Stefan Wiehler']);
    expect(citedWith(page, 'changes.html', 'Sphinx')).toEqual(['https://github.com/o/sphinx/issues/10356']);
    // A longer name holding it is left to the rules.
    const page2 = '<html><head><title>Install — Falcon documentation</title></head><body><main><p>Falcon is maintained by the Falcon Software Foundation. Falcon runs anywhere.</p></main></body></html>';
    expect(labelsOf(page2, 'install.html')).toEqual(['Falcon', 'Falcon Software Foundation']);
    // A README's heading that is an English word stays a word.
    expect(labelsOf('# Overview\n\nThe overview of the tool.', 'a.md')).toEqual([]);
  });

  it(`${here}cites a change's marker with the names of its first sentence, and a "(thanks to …)" after it with its own links`, () => {
    const page = fixture('sphinx-style.html');
    expect(citedWith(page, 'changes.html', 'LaTeX', { product: ['LaTeX'] })).toEqual(['https://github.com/o/sphinx/issues/10759']);
    expect(citedWith(page, 'changes.html', 'Stefan Wiehler')).toEqual(['https://github.com/o/sphinx/issues/6666', 'https://github.com/o/sphinx/issues/6671']);
  });

  it(`${here}reads a list of names alone, with commit counts, as people, also a given name that is a word or a surname with a particle`, () => {
    const labels = labelsOf(fixture('scipy-style.html'), 'release.html');
    expect(labels).toEqual(expect.arrayContaining(['Ewout ter Hoeven', 'Hood Chatham', 'Matt Haberland', 'Meekail Zain', 'Ralf Gommers']));
    expect(labels).not.toEqual(expect.arrayContaining(['Chatham']));
    // A nickname in brackets inside a listed name, as numpy's reST release notes write it.
    expect(labelsOf('A total of 3 people contributed.\n\n* Andrew Nelson\n* Guan Ming(Wesley) Chiu +\n* Charles Harris\n', 'notes.rst')).toEqual(['Andrew Nelson', 'Charles Harris', 'Guan Ming(Wesley) Chiu']);
    // Nor is a list of a few capitalised phrases, most of them no person's, read as people.
    expect(labelsOf('- User Guide\n- Release Notes\n- Getting Started\n- Matt Haberland', 'a.md')).not.toContain('User Guide');
  });

  it(`${here}knows the build tools scientific release notes name by their acronyms (MSVC, MKL) and Hatch, capitalised`, () => {
    const notes = [
      '- [#16991](https://github.com/o/r/pull/16991): BLD: fixes for building with MSVC and Intel Fortran',
      '- [#17013](https://github.com/o/r/pull/17013): BLD: make MKL detection a little more robust',
      '- [#2988](https://github.com/o/r/pull/2988): The package is now produced by Hatch build system instead of setup.py',
      '- [#2989](https://github.com/o/r/pull/2989): Hatch the plan in lower case: hatch a new one',
    ].join('\n');
    const labels = extract(readSource(notes, 'a.md'), { lexicon: loadLexicon() }).entities.map((e) => e.label);
    expect(labels).toEqual(expect.arrayContaining(['Hatch', 'MKL', 'MSVC']));
    expect(labels).not.toContain('BLD');
  });

  it(`${here}reads the project a page's title names in mixed case (MkDocs) also in lower case in prose, where it names its package`, () => {
    const page = fixture('mkdocs-style.html');
    expect(citedWith(page, 'release-notes.html', 'MkDocs')).toEqual(['https://pypi.org/project/mkdocs']);
    // Not in code: `mkdocs serve` is a command.
    const entity = extractWith(page, 'release-notes.html').entities.find((e) => e.label === 'MkDocs');
    expect(entity?.forms).toEqual({ MkDocs: 1, mkdocs: 1 });
  });

  it(`${here}reads a product written capitalised with a version (Pygments 2.0) as the same product in lower case elsewhere`, () => {
    const page = fixture('github-stats-style.html');
    expect(citedWith(page, 'github-stats.html', 'Pygments')).toEqual(['https://github.com/o/r/issues/7272', 'https://github.com/o/r/pull/6878']);
    // Not a lower-case form that is a word: "windows" stays a word.
    const windows = extractWith(page, 'github-stats.html', { product: ['Windows'] }).entities.find((e) => e.label === 'Windows');
    expect(windows?.forms).toEqual({ Windows: 1 });
    expect(labelsOf(page, 'github-stats.html')).toEqual(expect.arrayContaining(['Benjamin Ragan-Kelley', 'Carlos Cordoba', 'Thomas Kluyver']));
  });

  it(`${here}reads a given name that is also a word, opening a change before lower-case words, as the change's verb`, () => {
    const notes = [
      '- [PR #3001](https://github.com/o/r/pull/3001): TEST: Skip tests with tensorflow',
      '- [PR #3002](https://github.com/o/r/pull/3002): Mark the slow tests',
    ].join('\n');
    expect(labelsOf(notes, 'a.md')).toEqual([]);
    // A given name opening a sentence is still one: "Skip Hollis reviewed it."
    expect(labelsOf('Skip Hollis reviewed it. John went home.', 'a.md')).toEqual(['John', 'Skip Hollis']);
  });

  it(`${here}reads control characters joined by plus signs (CR+LF) as no name`, () => {
    expect(labelsOf('- [#6599](https://github.com/o/r/issues/6599): Notebook CR+LF turned into CR+CR+LF on Windows', 'a.md', { product: ['Windows'] })).toEqual(['Windows']);
  });

  it(`${here}reads an issue title in Title Case with a name of inner capitals (macOS) as a title, whose versioned products are named`, () => {
    const lexicon: LexiconFile = { product: ['macOS', '~Python'] };
    expect(labelsOf('- [#4](https://github.com/o/r/issues/4): Denoising Example Crashes On macOS With Python 3.11', 'a.md', lexicon)).toEqual(['Python', 'macOS']);
    // Without a version, a known word in a title stays a word.
    expect(labelsOf('- [#5](https://github.com/o/r/issues/5): Denoising Example Crashes On macOS With Python', 'a.md', lexicon)).toEqual(['macOS']);
  });

  it(`${here}reads the project a page's title names in lower case also in capitals in prose, not in code`, () => {
    const page = '<html><head><title>Release notes for version 1.7 &#8212; tractolib 1.7.0 documentation</title></head><body><main>' +
      '<p>TRACTOLIB 1.7 is a new major release (<a href="https://github.com/o/r/pull/1">#1</a>). Call <code>tractolib.fit()</code> to start.</p></main></body></html>';
    const entity = extractWith(page, 'release1.7.html').entities.find((e) => e.label.toLowerCase() === 'tractolib');
    expect(entity?.forms).toEqual({ TRACTOLIB: 1 });
    expect(citedWith(page, 'release1.7.html', entity!.label)).toEqual(['https://github.com/o/r/pull/1']);
  });

  it(`${here}reads a project released with its full number, a package with a version requirement, and no section or verb as a name`, () => {
    const labels = labelsOf(fixture('skimage-style.html'), 'release_notes.html');
    // "the release of imagekit-tools v0.19.3" names the project, and so does every mention after it;
    // "Pillow >= 9.1" a package; "General Maintenance" is a section and "(Skip tests …" a verb.
    expect(labels).toEqual(['Gregory R. Lee', 'Joshua Newton', 'Mark Harfouche', 'Pillow', 'imagekit-tools']);
    const project = extractWith(fixture('skimage-style.html'), 'release_notes.html').entities.find((e) => e.label === 'imagekit-tools');
    expect(project?.mentions).toBe(2);
  });

  it(`${here}reads an issue or pull request linked by its label (GH48645, PR7361) as no name, and cites the line's names with it`, () => {
    const page = '<ul><li><p>Fixed regression in <code>DataFrame.plot()</code> with Matplotlib 3.6 (<a href="https://github.com/o/r/issues/49374">GH49374</a>)</p></li>' +
      '<li><p>Use <code>get_indexer()</code> instead (<a href="https://github.com/o/r/pull/7361">PR7361</a>). By <a href="https://github.com/mroeschke">Matthew Roeschke</a>.</p></li></ul>';
    expect(labelsOf(page, 'v1.5.1.html')).toEqual(['Matplotlib', 'Matthew Roeschke']);
    expect(citedWith(page, 'v1.5.1.html', 'Matplotlib')).toEqual(['https://github.com/o/r/issues/49374']);
  });

  it(`${here}reads the verb after a bracketed label opening a line ("[maintenance/0.13.x] Merge pull request …") as no name`, () => {
    const page = '<ul><li><p>[maintenance/0.13.x] Merge pull request #8035 from swallan/scipy-range (<a href="https://github.com/o/r/pull/8053">PR #8053</a>)</p></li>' +
      '<li><p><a href="https://github.com/o/r/pull/8088">PR #8088</a>: [maintenance/0.13.x] Merge pull request #8086 from Kevin Sheppard</p></li></ul>';
    expect(labelsOf(page, 'version0.13.2.html')).toEqual(['Kevin Sheppard']);
  });

  it(`${here}reads ordinary words mid-sentence before a release's dotted number as a product (Twisted 21.2.0), not a numbered part (Section 4.2)`, () => {
    const page = '<ul><li><p>Fixed email delivery not working with Twisted 21.2.0 and better. (<a href="https://github.com/o/r/issues/5386">issue 5386</a>)</p></li>' +
      '<li><p>The documentation is now built using Sphinx 5.x, as Section 4.2 and Phase 2 say.</p></li></ul>';
    const extraction = extractWith(page, 'news.html');
    expect(extraction.entities.map((e) => `${e.label}:${e.category}`).sort()).toEqual(['Sphinx:product', 'Twisted:product']);
    expect(citedWith(page, 'news.html', 'Twisted')).toEqual(['https://github.com/o/r/issues/5386']);
  });

  it(`${here}reads a lower-case word linking to its project's documentation subdomain ([black](https://black.readthedocs.io/)) as that project, a word though it is`, () => {
    const page = '<ul><li><p>Applied <a href="https://black.readthedocs.io/en/stable/">black</a> coding style. (<a href="https://github.com/o/r/issues/5809">issue 5809</a>)</p></li></ul>';
    expect(labelsOf(page, 'news.html')).toEqual(['black']);
    expect(labelsOf('<p>Applied <a href="https://example.org/black">black</a> paint.</p>', 'news.html')).toEqual([]);
    expect(citedWith(page, 'news.html', 'black')).toEqual(['https://black.readthedocs.io/en/stable', 'https://github.com/o/r/issues/5809']);
  });

  it(`${here}reads a name written without its accents (Benoit Bovy) as the same person as with them (Benoît Bovy)`, () => {
    const page = '<p>Thanks to Benoit Bovy and Ann Smith.</p><ul><li><p>Fixed it. By <a href="https://github.com/benbovy">Benoît Bovy</a>.</p></li></ul>';
    const extraction = extractWith(page, 'whats-new.html');
    expect(extraction.entities.map((e) => e.forms)).toEqual([{ 'Ann Smith': 1 }, { 'Benoit Bovy': 1, 'Benoît Bovy': 1 }]);
  });

  it(`${here}reads a handle in a contributors list (Illviljan) as the person the page links to that account by name`, () => {
    const page = '<p>Thanks to Illviljan, Ann Smith and Joe Hamman.</p><ul><li><p>Fixed it. By <a href="https://github.com/illviljan">Jimmy Westling</a>.</p></li></ul>';
    expect(labelsOf(page, 'whats-new.html')).toEqual(['Ann Smith', 'Jimmy Westling', 'Joe Hamman']);
    expect(citedWith(page, 'whats-new.html', 'Jimmy Westling')).toEqual(['https://github.com/illviljan']);
  });

  it(`${here}reads a person named without the last word of one longer name (Wei Ji, Wei Ji Leong) as that person`, () => {
    const page = '<p>Thanks to Wei Ji, Ann Smith and Joe Hamman.</p><ul><li><p>Fixed it. By <a href="https://github.com/weiji14">Wei Ji Leong</a>.</p></li></ul>';
    expect(labelsOf(page, 'whats-new.html')).toEqual(['Ann Smith', 'Joe Hamman', 'Wei Ji Leong']);
  });

  it(`${here}reads a branch's slug after its owner (Pang/Fix-wrong-order-datapoints) and a module path (importlib.abc.TraversableResources) as no name`, () => {
    const page = '<ul><li><p><a href="https://github.com/o/r/pull/8080">PR #8080</a>: Merge pull request #7875 from zpang/Fix-wrong-order-datapoints</p></li>' +
      "<li><p><a href=\"https://github.com/o/r/issues/10452\">#10452</a>: Fix 'importlib.abc.TraversableResources' deprecation warning in Python 3.12.</p></li></ul>";
    expect(labelsOf(page, 'changelog.html')).toEqual(['Python']);
    // The owner before such a slug is a handle in a branch's name: the person the page names stays labelled by name.
    const credits = '<ul><li><p>Chad Fulton</p></li><li><p>Brock Mendel</p></li><li><p>Kevin Sheppard</p></li></ul>' +
      '<ul><li><p>Merge pull request #7991 from ChadFulton/ss-exp-smth-seasonals</p></li><li><p>Merge pull request #8015 from ChadFulton/ss-state-space-docs</p></li></ul>';
    expect(extractWith(credits, 'release.html').entities.map((e) => e.label)).toEqual(['Brock Mendel', 'Chad Fulton', 'Kevin Sheppard']);
  });

  it(`${here}reads the class of a method the page's code calls (\`Variable.pad()\`) as code in prose too`, () => {
    const page = '<ul><li><p>Accessing a DataArray, or Variable no longer loads it into Zarr.</p></li>' +
      '<li><p>Add <code>Variable.pad()</code> and <code>DataArray.pad()</code>.</p></li></ul>';
    expect(labelsOf(page, 'whats-new.html')).toEqual(['Zarr']);
    expect(labelsOf('<p>Accessing a DataArray, or Variable no longer loads it into Zarr.</p>', 'whats-new.html')).toContain('DataArray');
  });

  it(`${here}reads a change log's "Deprecations" as a section, and a section named before "section" in prose as no mention of a name`, () => {
    const page = '<p>Changes come with notice in the <strong>Deprecations</strong> section of releases.</p><h2>Deprecations</h2><ul><li><p>Fixed it.</p></li></ul>';
    expect(labelsOf(page, 'changelog.html')).toEqual([]);
    const other = extractWith('<p>See the Frobnitzes section of releases.</p><h2>Frobnitzes</h2><p>Fixed it.</p>', 'changelog.html');
    expect(other.entities.map((e) => [e.label, e.mentions])).toEqual([['Frobnitzes', 1]]);
  });

  it(`${here}reads a word heading a phrase of its own ("the Code of Conduct") as no short form of a longer name ending in it (Visual Studio Code)`, () => {
    const page = '<ul><li><p>Documented how to debug spiders from Visual Studio Code. (<a href="https://github.com/o/r/issues/5721">issue 5721</a>)</p></li>' +
      '<li><p>Upgraded the Code of Conduct to the new text (<a href="https://github.com/o/r/issues/5698">issue 5698</a>).</p></li></ul>';
    expect(citedWith(page, 'news.html', 'Visual Studio Code', { product: ['Visual Studio Code'] })).toEqual(['https://github.com/o/r/issues/5721']);
  });
});
