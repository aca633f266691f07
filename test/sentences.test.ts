import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../src/extract/sentences.js';
import { readSource } from '../src/read/index.js';

const here = '[sentences] ';
const split = (markdown: string) => {
  const document = readSource(markdown, 'a.md');
  return segmentSentences(document).map((s) => document.text.slice(s.start, s.end));
};

describe('sentence segmenter', () => {
  it(`${here}splits on sentence-final punctuation`, () => {
    expect(split('Rust is fast. It is safe! Is it fun? Yes.')).toEqual(['Rust is fast.', 'It is safe!', 'Is it fun?', 'Yes.']);
  });

  it(`${here}survives abbreviations and initials`, () => {
    expect(split('After the U.S. blocked access, China responded. Dr. Smith met Mr. Jones at 3 p.m. today. See e.g. the RFC.')).toEqual([
      'After the U.S. blocked access, China responded.',
      'Dr. Smith met Mr. Jones at 3 p.m. today.',
      'See e.g. the RFC.',
    ]);
    expect(split('J. R. R. Tolkien wrote it. The end.')).toEqual(['J. R. R. Tolkien wrote it.', 'The end.']);
  });

  it(`${here}ends a sentence after an abbreviation when a new one clearly starts`, () => {
    expect(split('It was made in the U.S. The rest came later.')).toEqual(['It was made in the U.S.', 'The rest came later.']);
  });

  it(`${here}starts a sentence at a bracket after a full stop, even in lower case, as change logs credit people`, () => {
    expect(split('- #10759: LaTeX: add the table styles. (thanks to Stefan Wiehler for pull requests #6666, #6671)')).toEqual([
      '#10759: LaTeX: add the table styles.',
      '(thanks to Stefan Wiehler for pull requests #6666, #6671)',
    ]);
    // Not after an abbreviation, nor without the bracket.
    expect(split('Use a role, e.g. (see the docs) the ref role. It ends here. and goes on')).toEqual(['Use a role, e.g. (see the docs) the ref role.', 'It ends here. and goes on']);
  });

  it(`${here}keeps closing quotes and brackets with their sentence`, () => {
    expect(split('I warned, "Today it targets them." We all agreed.')).toEqual(['I warned, "Today it targets them."', 'We all agreed.']);
  });

  it(`${here}does not split inside inline code, URLs or version numbers`, () => {
    expect(split('Call `foo. Bar()` now. Visit https://x.example/a. Then upgrade to 1.94.1 today.')).toEqual([
      'Call foo. Bar() now.',
      'Visit https://x.example/a.',
      'Then upgrade to 1.94.1 today.',
    ]);
  });

  it(`${here}never joins headings, list items or table cells to the text around them`, () => {
    expect(split('# What is new\n\nIntro text\n\n- first item\n- second item. With two sentences\n\n| A cell | Another |\n|---|---|\n| x | y |')).toEqual([
      'What is new',
      'Intro text',
      'first item',
      'second item.',
      'With two sentences',
      'A cell',
      'Another',
      'x',
      'y',
    ]);
  });
});

describe('bare references after a sentence', () => {
  it('[sentences] keeps a trailing "#159" or "[12]" with the sentence before it', () => {
    const document = readSource('- Improve compatibility with flask-caching. [#159](https://github.com/x/y/pull/159)\n- It works [12].', 'a.md');
    expect(segmentSentences(document).map((s) => document.text.slice(s.start, s.end))).toEqual([
      'Improve compatibility with flask-caching. #159',
      'It works [12].',
    ]);
  });

  it('[sentences] keeps a trailing "(issue 5719)" or "(GH7220, PR7229)" with the sentence before it, not a credit after them', () => {
    const html = '<ul><li><p>It was removed. Use bar() instead. (<a href="https://github.com/o/r/issues/5719">issue 5719</a>)</p></li>' +
      '<li><p>Fixed it. (<a href="https://github.com/o/r/issues/7220">GH7220</a>, <a href="https://github.com/o/r/pull/7229">PR7229</a>).</p></li>' +
      '<li><p>Fixed it. (<a href="https://github.com/o/r/pull/7338">PR7338</a>) By Tom Nicholas.</p></li>' +
      '<li><p>Added it. (<a href="https://github.com/o/r/pull/6475">PR6475</a>). By Gregory Lee.</p></li></ul>';
    const document = readSource(html, 'a.html');
    expect(segmentSentences(document).map((s) => document.text.slice(s.start, s.end))).toEqual([
      'It was removed.',
      'Use bar() instead. (issue 5719)',
      'Fixed it. (GH7220, PR7229).',
      'Fixed it.',
      '(PR7338) By Tom Nicholas.',
      'Added it. (PR6475).',
      'By Gregory Lee.',
    ]);
  });
});
