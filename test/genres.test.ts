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

  it(`${here}takes a one-word link text for a name only when the link names it`, () => {
    const md = 'Compare ([Diff](https://github.com/a/b/compare/1...2)) and the [Bush](https://georgewbush-whitehouse.archives.gov/) site.';
    expect(labels(md)).toEqual(['Bush']);
  });
});
