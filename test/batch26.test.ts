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
