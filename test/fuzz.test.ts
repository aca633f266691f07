import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyDocument, htmlDocument, markdownDocument, prose, textDocument } from './fuzz/arbitraries.js';
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

  it(`${here}random prose in every format, and random bytes, together in one graph`, () => {
    fc.assert(fc.property(fc.array(anyDocument, { minLength: 1, maxLength: 6 }), holds), settings);
    fc.assert(fc.property(prose, (text) => holds(['doc.md', 'page.html', 'notes.txt'].map((path) => ({ path, source: text })))), settings);
  });
});

// Documents the fuzzer crashed on, kept exactly as found (shrunk by fast-check).
const REGRESSIONS: [string, FuzzDocument][] = [
  ['a run that trims to nothing before a known name', { path: 'doc.md', source: '_al-Assad Linus Torvalds President_\n\n# `President`\n' }],
];

describe('fuzz regressions', () => {
  for (const [what, document] of REGRESSIONS) {
    it(`${here}${what}`, () => holds([document]));
  }
});
