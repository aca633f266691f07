import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDocument, htmlDocument, markdownDocument, prose, rstDocument, textDocument } from './fuzz/arbitraries.js';
import { checkDocuments, type FuzzDocument } from './fuzz/check.js';

const here = '[fuzz] ';

/** No crash, a graph that passes the schema with every edge's ends, evidence from the input, the same bytes twice. */
function holds(documents: FuzzDocument[]): void {
  const report = checkDocuments(documents);
  expect(report.crashes.map((crash) => crash.error.split('\n', 1)[0])).toEqual([]);
  expect(report.problems).toEqual([]);
}

// Seeded, so that a run is repeatable; `npm run fuzz` runs thousands more.
const settings = { seed: 11, numRuns: 40 };

describe('property tests', () => {
  it(`${here}random Markdown never crashes extraction and gives a valid, deterministic graph`, () => {
    fc.assert(fc.property(fc.array(markdownDocument, { minLength: 1, maxLength: 3 }), (sources) => holds(sources.map((source) => ({ path: 'doc.md', source })))), settings);
  });

  it(`${here}random HTML never crashes extraction and gives a valid, deterministic graph`, () => {
    fc.assert(fc.property(fc.array(htmlDocument, { minLength: 1, maxLength: 3 }), (sources) => holds(sources.map((source) => ({ path: 'page.html', source })))), settings);
  });

  it(`${here}random text never crashes extraction and gives a valid, deterministic graph`, () => {
    fc.assert(fc.property(fc.array(textDocument, { minLength: 1, maxLength: 3 }), (sources) => holds(sources.map((source) => ({ path: 'notes.txt', source })))), settings);
  });

  it(`${here}random reStructuredText never crashes extraction and gives a valid, deterministic graph`, () => {
    fc.assert(fc.property(fc.array(rstDocument, { minLength: 1, maxLength: 3 }), (sources) => holds(sources.map((source) => ({ path: 'guide.rst', source })))), settings);
  });

  it(`${here}random prose in every format, and random bytes, together in one graph`, () => {
    fc.assert(fc.property(fc.array(anyDocument, { minLength: 1, maxLength: 6 }), holds), settings);
    fc.assert(fc.property(prose, (text) => holds(['doc.md', 'page.html', 'notes.txt', 'guide.rst'].map((path) => ({ path, source: text })))), settings);
  });
});

// Documents the fuzzer crashed on, kept exactly as found (shrunk by fast-check).
const REGRESSIONS: [string, FuzzDocument][] = [
  ['"of" opening or ending a sentence beside an ordinary word in capitals', { path: 'doc.md', source: 'of Conduct matters here.\n\nWe spoke of Conduct.' }],
  ['a run that trims to nothing before a known name', { path: 'doc.md', source: '_al-Assad Linus Torvalds President_\n\n# `President`\n' }],
  ['an ampersand inside the words before a title', { path: 'doc.md', source: 'Berg & Thezi Pope ' }],
  ['an ampersand and a hyphenated name before a title, in link text', { path: 'doc.md', source: '[P & Mary-Kate Queen](mailto:a@b.c ' }],
  ['a one-letter name, an ampersand and a product before a title', { path: 'notes.txt', source: 'X & Node.js King ' }],
  ['a link whose target is no URL at all, with a title-cased text', { path: 'doc.md', source: '---\ntitle: ""\ndate: 1970-01-01\n---\n[met A &](http://)' }],
  ['a couple of surnames whose group is itself the one person of its last surname', { path: 'doc.md', source: 'King Assad & Mrfundsa und Pphkrmrt Assad' }],
  ['a Roman numeral after an ampersand ends a run with no word before it', { path: 'doc.md', source: 'Merkel & III' }],
  ['a page titled by an ordinary word after its site separator, with an empty body', { path: 'page.html', source: '<!DOCTYPE html><html><head><title>) ! ( . - company</title></head><body></body></html>' }],
  ['a page whose <body> stands inside a <template>, left with no root element once chrome is gone', { path: 'page.html', source: 'Ann Lee at Acme<template>x<body>Bob by Dr. Cruz</body></template> and CEO' }],
];

// Found together: merges of short names into longer ones ('New York' into 'C++ New York') left an entity with no label.
const BATCH_REGRESSIONS: [string, FuzzDocument[]][] = [
  ['an entity that only merged short names reach still gets a label', [
    { path: 'doc.md', source: 'King C++ New York ` New York ' },
    { path: 'doc.md', source: 'Cruz Prof. New York Jr. ' },
    { path: 'doc.md', source: 'C++ ' },
  ]],
];

describe('fuzz regressions', () => {
  for (const [what, document] of REGRESSIONS) {
    it(`${here}${what}`, () => holds([document]));
  }
  for (const [what, documents] of BATCH_REGRESSIONS) {
    it(`${here}${what}`, () => holds(documents));
  }
});
