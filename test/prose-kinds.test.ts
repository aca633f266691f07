import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { readSource } from '../src/read/index.js';

const here = '[prose-kinds] ';
// Errors seen on kinds of prose the dev set lacked before its twenty-fifth batch: an old charter, a software paper,
// a Wikipedia article dumped to text, a news report quoting Spanish.
const labels = (source: string, path = 'a.txt') => extract(readSource(source, path)).entities.map((e) => e.label);

describe('readings of other kinds of prose', () => {
  it(`${here}reads the capitalised common nouns of a text that capitalises them as a style as words, however often they recur`, () => {
    const charter = [
      'The King has refused his Assent to the Laws of the Province.',
      'He has called together the Assembly at Places unusual, and has refused his Assent again.',
      'He has obstructed the Administration of Justice by refusing Judiciary Powers.',
      'He has made the Judges dependent on his Will alone, for the Tenure of their Offices.',
      'He has kept among us, in Times of Peace, Standing Armies without the Consent of our Legislatures.',
      'He has cut off our Trade and imposed Taxes on us without our Consent.',
      'He has deprived us of the Benefits of Trial by Jury.',
      'He has plundered our Seas, ravaged our Coasts, and burnt our Towns.',
      'He has waged War against us, and declared us out of his Protection.',
      'We have warned our Brethren of these Usurpations, and appealed to their Justice.',
      'We therefore declare our Independence of the Crown of Spain.',
    ].join(' ');
    const found = labels(charter);
    expect(found).not.toContain('Assent');
    expect(found).not.toContain('Consent');
    expect(found).toContain('Spain');
    // Other prose capitalises a handful of common words: one that recurs there stays a name.
    expect(labels('The Council met in March. Later the Council voted on the budget and the Council agreed.')).toContain('Council');
  });

  it(`${here}reads Pandoc's citations as the rendered paper prints them: the words before the keys in parentheses, the keys gone`, () => {
    const paper = 'It flies with the Helioseismic and Magnetic Imager [HMI; @schou_design_2012] and the Extreme Ultraviolet Variability Experiment [EVE; @woods_2012].\n';
    const found = labels(paper, 'paper.md');
    expect(found).toContain('Helioseismic and Magnetic Imager');
    expect(found).toContain('Extreme Ultraviolet Variability Experiment');
    expect(found).not.toContain('Helioseismic');
    // Keys alone go; a bracket without a key stays text.
    const cited = extract(readSource('As Python spread [see @bobra_2020; @other], SunPy grew [@sunpy_2020].\n', 'paper.md'));
    expect(cited.sentences.map((s) => s.text)).toEqual(['As Python spread , SunPy grew .']);
  });

  it(`${here}ends a sentence before one that opens with code, so that a link after it cites its own sentence's names only`, () => {
    const text = 'The data come from the [JSOC](https://jsoc.stanford.edu/).\n`aiapy` is part of the [SunPy ecosystem](https://sunpy.org/).\n';
    const { entities, sentences } = extract(readSource(text, 'paper.md'));
    const jsoc = entities.find((e) => e.label === 'JSOC')!.key;
    const sunpy = sentences.find((s) => s.sources.some((u) => u.includes('sunpy.org')))!;
    expect(sunpy.entities).not.toContain(jsoc);
    expect(sunpy.text.startsWith('aiapy')).toBe(true);
    // After an abbreviation the code goes on the sentence: "e.g. `foo`".
    expect(extract(readSource('Use a tool, e.g. `foo` or `bar`, with [Docs](https://example.org/docs).\n', 'a.md')).sentences).toHaveLength(1);
  });

  it(`${here}takes a Romance article or "TV" opening a name into it: El Comercio, Le Monde, TV Cultura`, () => {
    const found = labels('El Comercio reported the clashes, as did Le Monde. The photo is by TV Cultura.', 'a.md');
    expect(found).toEqual(expect.arrayContaining(['El Comercio', 'Le Monde', 'TV Cultura']));
    expect(found).not.toContain('Comercio');
    // Not before a word that is no name.
    expect(labels('We watched TV with Anna.', 'a.md')).toEqual(['Anna']);
  });

  it(`${here}reads a grant's or a contract's number in an acknowledgement as no name, a tracker's issue or a numbered standard as one`, () => {
    const found = labels('We acknowledge the SDO contract (NNG04EA00C) and STFC grant ST/S000240/1. This fixes BPO-41451 and CVE-2024-1234.', 'a.md');
    expect(found).not.toContain('NNG04EA00C');
    expect(found).not.toContain('S000240');
    expect(found).toEqual(expect.arrayContaining(['BPO-41451', 'CVE-2024-1234']));
  });

  it(`${here}keeps a post's title heading that links to the post, which Readability drops as a copy of the page's title`, () => {
    const prose = '<p>Protesters blocked the highway near Bagua for a week and a half, and supplies ran out in the area as the police moved in. </p>'.repeat(6);
    const page = `<html><head><title>Global Voices Online » Peru: Clashes Break Out</title></head><body><div class="nav"><a href="/">Home</a></div>` +
      `<div class="post"><h2><a href="https://globalvoicesonline.org/2009/06/05/peru-clashes/">Peru: Clashes Break Out</a></h2>${prose}</div></body></html>`;
    const document = readSource(page, 'post.html');
    expect(document.links.map((l) => l.url)).toContain('https://globalvoicesonline.org/2009/06/05/peru-clashes/');
    const { sentences } = extract(document);
    expect(sentences.find((s) => s.text.startsWith('Peru: Clashes'))?.sources).toEqual(['https://globalvoicesonline.org/2009/06/05/peru-clashes']);
  });

  it(`${here}reads a wiki's namespace glued to a page name by a colon as no part of the name before it`, () => {
    const dump = 'The party is based in Nairobi.\n\nCategory:Kenyan nationalism Category:Political parties in Kenya Category:Political parties established in 2016\n';
    const found = labels(dump, 'a.md');
    expect(found).toContain('Kenya');
    expect(found.some((label) => label.includes('Category'))).toBe(false);
  });
});
