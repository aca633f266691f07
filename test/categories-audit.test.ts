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

  it(`${here}reads a place listed before a known place, and one after "the village of" or "the region of"`, () => {
    expect(categoryOf('His education took him to Quonitsha, Calabrix, and Lagos.', 'Quonitsha')).toBe('place');
    expect(categoryOf('His education took him to Quonitsha, Calabrix, and Lagos.', 'Calabrix')).toBe('place');
    expect(categoryOf('She was born in 1953 in the village of Nyarubenza, southeast of the capital.', 'Nyarubenza')).toBe('place');
    expect(categoryOf('The family left the border region of Butarem to work abroad.', 'Butarem')).toBe('place');
    // Not beside a short word that names a place somewhere (Ord).
    expect(categoryOf('Check the requirements documented in [PartialOrd](https://example.com/p) and Ord.', 'PartialOrd')).not.toBe('place');
    // A place and its region after a comma, with no "and", is an address, not a list.
    expect(categoryOf('Thanks to Brackwell, Nevada for the loan of the hall where we met.', 'Brackwell')).not.toBe('place');
  });
});

describe('what an encyclopedia page linked from the name says it is', () => {
  it(`${here}reads a person from a link to the page of the full name, and a work from the kind in parentheses`, () => {
    const html = (body: string) => `<html><body><p>${body}</p></body></html>`;
    expect(categoryOf(html('Four years of <a href="http://en.wikipedia.org/wiki/Mahmoud_Zarvandi">Zarvandi</a> have hurt the country.'), 'Zarvandi', 'a.html')).toBe('person');
    expect(categoryOf(html('He appears in <a href="https://en.wikipedia.org/wiki/Quellorum_(novel)">Quellorum</a> and later works.'), 'Quellorum', 'a.html')).toBe('other');
    expect(categoryOf(html('It was sold to <a href="https://en.wikipedia.org/wiki/Trandor_(company)">Trandor</a> in 2004.'), 'Trandor', 'a.html')).toBe('organization');
    // A page of another name says nothing of this one.
    expect(categoryOf(html('Four years of <a href="http://en.wikipedia.org/wiki/Mahmoud_Zarvandi">Quellix</a> have hurt it.'), 'Quellix', 'a.html')).not.toBe('person');
  });
});

describe('bodies read from the people who work at them', () => {
  it(`${here}reads a body after "at" from the staff before it: astronomers at, Scientist at, others at`, () => {
    expect(categoryOf('It found early institutional support, from astronomers at Quarnell and elsewhere.', 'Quarnell')).toBe('organization');
    expect(categoryOf('Erin Vosk, Chief Machine Learning Scientist at Trellix, presented a keynote.', 'Trellix')).toBe('organization');
    expect(categoryOf('Bokeh is a project of Peter Wang, Hugo Shi, and others at Brannock Vale.', 'Brannock Vale')).toBe('organization');
    // Who goes to an event says nothing of a body.
    expect(categoryOf('We met the speakers at Zorbly and the speakers at Zorbly again.', 'Zorbly')).not.toBe('organization');
  });
});

describe('named events', () => {
  it(`${here}reads a named storm as an event, not as the person its given name is`, () => {
    expect(categoryOf('Victims of Hurricane Katrina were scammed, and Hurricane Katrina relief was stolen.', 'Hurricane Katrina')).toBe('other');
    expect(categoryOf('After Typhoon Haiyan struck, Typhoon Haiyan relief poured in.', 'Typhoon Haiyan')).toBe('other');
  });

  it(`${here}takes a storm's given name alone for the storm, as a surname is taken for the person`, () => {
    const { entities } = extract(readSource('Victims of Hurricane Quenby need help. Fraud after Quenby is a crime.', 'a.md'), { lexicon: bare });
    expect(entities.map((e) => e.label)).not.toContain('Quenby');
    expect(Object.keys(entities.find((e) => e.label === 'Hurricane Quenby')?.forms ?? {})).toContain('Quenby');
  });
});

describe('bodies named in other languages', () => {
  it(`${here}reads no person in a name that opens with an article or a broadcaster's word`, () => {
    expect(categoryOf('El Quintanar reported that demonstrators burned buildings.', 'El Quintanar')).toBe('organization');
    expect(categoryOf('Photo of the conflict by TV Marovia, used under licence.', 'TV Marovia')).toBe('organization');
    // "Le" and "La" also open surnames.
    expect(categoryOf('Marine Le Quellec spoke, and Le Quellec said more.', 'Le Quellec')).toBe('person');
  });
});

describe('people read from what only people do, and names that are no one\'s', () => {
  it(`${here}reads a person from the verbs of a life after the name: enrolled, died, was born`, () => {
    expect(categoryOf('After graduating, Gbarvo enrolled at the university for a year.', 'Gbarvo')).toBe('person');
    expect(categoryOf('Years later Quintorix died in the town where Quintorix was born.', 'Quintorix')).toBe('person');
  });

  it(`${here}reads no person in a name that opens with a demonym: Belgian Congo`, () => {
    expect(categoryOf('The family emigrated to work in the Belgian Quorro for years.', 'Belgian Quorro')).not.toBe('person');
    expect(categoryOf('She trained at the Lycée Quartier before leaving.', 'Lycée Quartier')).toBe('organization');
  });
});
