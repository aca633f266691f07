import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[batch 26] ';
const entitiesOf = (source: string, path = 'a.md') =>
  extract(readSource(source, path), { lexicon: buildLexicon([]) }).entities.map((e) => [e.label, e.category]).sort();

describe('APA reference entries', () => {
  it(`${here}reads a title with a middle initial in it as one title, not two names cut at the initial`, () => {
    const md = [
      '## References',
      '',
      "[Aalai, A. (2015, November 20). Rethinking John B. Watson's Legacy](https://psych.example/legacy)",
      '',
      '[Cherry, K. (2019, March 9). Pioneering Psychologist John B. Watson and Behaviourism](https://mind.example/watson)',
    ].join('\n');
    const entities = entitiesOf(md);
    expect(entities).toContainEqual(["Rethinking John B. Watson's Legacy", 'other']);
    expect(entities).toContainEqual(['Pioneering Psychologist John B. Watson and Behaviourism', 'other']);
    expect(entities.map(([label]) => label)).not.toContain('Rethinking John B');
  });

  it(`${here}reads "(n.d.)", APA's date of an undated work, as the date after the authors`, () => {
    const md = '## References\n\n[Mcleod, S. (n.d.). Behaviorist Approach](https://simply.example/behaviorism)\n';
    expect(entitiesOf(md)).toEqual([['Behaviorist Approach', 'other'], ['S. Mcleod', 'person']]);
  });

  it(`${here}reads a body as the author before the date, and a title before the date where no author is given`, () => {
    const md = [
      '## References',
      '',
      '[PBS. (n.d.). A Science Odyssey: People and Discoveries](https://pbs.example/odyssey)',
      '',
      '[Behaviorism in Practice. (2011).](https://encyclopedia.example/behaviorism)',
    ].join('\n');
    expect(entitiesOf(md)).toEqual([['A Science Odyssey: People and Discoveries', 'other'], ['Behaviorism in Practice', 'other'], ['PBS', 'organization']]);
  });
});

describe('a statement quoted whole on a page', () => {
  it(`${here}reads the words that introduce a block quote with it, where the quote holds most of the page's prose`, () => {
    const speech = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the statement, with enough words in it to be read as the prose of a story by anyone who looks for one, as long as a paragraph of a speech.</p>`).join('\n');
    const html = [
      '<!DOCTYPE html><html><head><title>Statement</title></head><body>',
      '<h1>Christmas message</h1>',
      '<p class="lead">A message from the Prime Minister.</p>',
      '<div class="statement"><p>Prime Minister Theresa May said:</p>',
      `<blockquote>${speech}</blockquote></div>`,
      '</body></html>',
    ].join('\n');
    expect(entitiesOf(html, 'statement.html')).toContainEqual(['Theresa May', 'person']);
  });
});

describe('titles in British quotes', () => {
  it(`${here}reads a Title Case run in curly single quotes in running text as a work, the full stop inside the quote left out`, () => {
    const md = 'The adverts run during programmes such as ‘Keeping Up with the Kardashians’ and ‘8 Out of 10 Cats.’ The viewer is then asked ‘Confused by drugs? Talk to us.’ over a ‘joint’ of meat.';
    expect(entitiesOf(md)).toEqual([['8 Out of 10 Cats', 'other'], ['Keeping Up with the Kardashians', 'other']]);
  });
});

describe('one person under several names', () => {
  const labelsOf = (source: string) => extract(readSource(source, 'a.md'), { lexicon: buildLexicon([]) }).entities;

  it(`${here}takes a middle name written out for the one the document gives as an initial`, () => {
    const md = 'John B. Watson was a psychologist. Dr. John Broadus Watson was born in 1878, and John Watson later taught at a university. Watson died in 1958.';
    const people = labelsOf(md).filter((e) => e.category === 'person');
    expect(people).toHaveLength(1);
    expect(Object.keys(people[0]!.forms)).toEqual(expect.arrayContaining(['John B. Watson', 'John Broadus Watson', 'Watson']));
  });

  it(`${here}leaves a surname that two people share out of a title that ends in it`, () => {
    const md = [
      'Emma Watson and John Watson owned a farm. The Watson farm was small, and the Watsons sold it.',
      '',
      'He wrote “Letters to Young Watson” in 1920, which was read by many.',
    ].join('\n');
    const title = labelsOf(md).find((e) => e.label === 'Letters to Young Watson');
    expect(title).toBeDefined();
    expect(Object.keys(title!.forms)).not.toContain('Watson');
  });
});

describe('events named by a place or an acronym and a year', () => {
  const withPlaces = (source: string) =>
    extract(readSource(source, 'a.md'), { lexicon: buildLexicon([{ place: ['London', 'Berlin'] }]) }).entities.map((e) => [e.label, e.category]).sort();

  it(`${here}reads a place or a camel-case acronym before a year as the event of that year`, () => {
    expect(withPlaces('Four years after the success of London 2012, our athletes trained on.')).toEqual([['London 2012', 'other']]);
    expect(withPlaces('I did GSoC 2020 with a language project, and GSoD 2022 later.')).toEqual([['GSoC 2020', 'other'], ['GSoD 2022', 'other']]);
  });

  it(`${here}leaves a place and a year apart after "in" or a publisher's comma`, () => {
    expect(withPlaces('He was born in London 1950 to a family of doctors.')).toEqual([['London', 'place']]);
    expect(withPlaces('Published by Springer, Berlin 2012 as a second edition.')).toContainEqual(['Berlin', 'place']);
  });
});

describe('a school named by its first word', () => {
  it(`${here}takes "Furman" after "Furman University" for the university`, () => {
    const md = 'He chose Furman University in Greenville. He tried some courses at Furman’s but failed. Later Furman gave him a degree.';
    const school = extract(readSource(md, 'a.md'), { lexicon: buildLexicon([]) }).entities.filter((e) => /Furman/.test(e.label));
    expect(school.map((e) => [e.label, e.category])).toEqual([['Furman University', 'organization']]);
    expect(Object.keys(school[0]!.forms)).toContain('Furman');
  });
});

describe('a body named with "for"', () => {
  it(`${here}goes on past "for" with capitalised words that end in a body's head word, not after a known name`, () => {
    const lexicon = buildLexicon([{ product: ['Python'] }]);
    const labels = (md: string) => extract(readSource(md, 'a.md'), { lexicon }).entities.map((e) => e.label).sort();
    expect(labels('She joined Code for Science and Society in 2021.')).toEqual(['Code for Science and Society']);
    expect(labels('He thanked Python for Science Education and the team.')).toEqual(['Python']);
  });
});

describe('a misspelt name of a body', () => {
  it(`${here}takes a body's name with an "s" more or less in a word for the name written more often`, () => {
    const md = 'He became a professor at the Johns Hopkins University. Later he was fired from the John Hopkins University. He also taught at John Hopkins University.';
    const bodies = extract(readSource(md, 'a.md'), { lexicon: buildLexicon([]) }).entities;
    expect(bodies.map((e) => e.label)).toEqual(['John Hopkins University']);
    expect(Object.keys(bodies[0]!.forms)).toContain('Johns Hopkins University');
  });
});
