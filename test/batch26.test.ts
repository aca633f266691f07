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
