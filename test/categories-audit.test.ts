import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[categories-audit] ';
// The rules on their own: a lexicon that knows nothing, so that only the evidence in the text decides.
const bare = buildLexicon([{}]);
const categoryOf = (text: string, label: string, file = 'a.md') =>
  extract(readSource(text, file), { lexicon: bare }).entities.find((e) => e.label === label)?.category;

describe('categories the audit of the dev set found wrong', () => {
  it(`${here}reads a site named by its host in a citation's website slot as a body`, () => {
    const page = (site: string) =>
      `<html><body><p>It is used widely.<sup><a href="#cite_note-1">[1]</a></sup></p><h2>References</h2><ol class="references"><li id="cite_note-1">` +
      `<cite class="citation web">Mira Kessel. <a class="external text" href="http://blog.${site}/a-post">"Rendering single page apps on the server"</a>. ` +
      `<i>${site}</i>. Retrieved 2 May 2014.</cite></li></ol></body></html>`;
    expect(categoryOf(page('zentrafloors.com'), 'zentrafloors.com', 'a.html')).toBe('organization');
    expect(categoryOf(page('quillpost.blogspot.com'), 'quillpost.blogspot.com', 'a.html')).toBe('organization');
  });
});

describe('places read from the places around them', () => {
  it(`${here}reads a place after "in" from its region after a comma, whatever follows`, () => {
    expect(categoryOf('Last week we hosted the event, a two-day conference in Quillhaven, Nevada where 700 people gathered.', 'Quillhaven')).toBe('place');
    // Not without the preposition: a body may be followed by its region too.
    expect(categoryOf('Thanks to Brackwell, Nevada for the loan of the hall where we met.', 'Brackwell')).not.toBe('place');
  });

  it(`${here}reads a place listed after a known place that a preposition of place opens`, () => {
    expect(categoryOf('Opposition protests in Nairobi, Quisumo and Trombasa were banned in the weeks before.', 'Quisumo')).toBe('place');
    expect(categoryOf('Opposition protests in Nairobi, Quisumo and Trombasa were banned in the weeks before.', 'Trombasa')).toBe('place');
    expect(categoryOf('There were vigils in South Korea, San Corvado and elsewhere.', 'San Corvado')).toBe('place');
    // A sentence that opens with a place goes on to its subject.
    expect(categoryOf('In Kenya, Zorbacom and Trellnet sell the most phones.', 'Zorbacom')).not.toBe('place');
    expect(categoryOf('At the meeting in London, Zorbacom publicly announced a fund.', 'Zorbacom')).not.toBe('place');
  });
});
