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
