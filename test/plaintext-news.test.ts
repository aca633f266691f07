import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

// Rules for plain-text documents (specs, NEWS files, release announcements) and news posts (issue 9, nineteenth batch).
const here = '[plain text and news] ';
const lexicon = buildLexicon([{ organization: ['Securities and Exchange Commission|SEC'] }]);
const read = (source: string, path: string) => extract(readSource(source, path), { lexicon });
const forms = (source: string, path: string) => read(source, path).entities.map((e) => Object.keys(e.forms).sort());
const labels = (source: string, path: string) => read(source, path).entities.map((e) => e.label).sort();

describe('one person, however the name is written', () => {
  it(`${here}reads a name with its umlaut written out (Tim Ruehsen) as the same person as with it (Tim Rühsen)`, () => {
    const news = '** All changes by Tim Rühsen except stated otherwise.\n\nCopyright (C) 2018-2022 Tim Ruehsen\n';
    expect(forms(news, 'NEWS.txt')).toEqual([['Tim Ruehsen', 'Tim Rühsen']]);
    // The dots dropped, as English writes it, is the same person too.
    expect(forms('<p>Jürgen Mayer met the press, and Jurgen Mayer left.</p>', 'post.html')).toEqual([['Jurgen Mayer', 'Jürgen Mayer']]);
  });

  it(`${here}reads the last words of a longer name (Suu Kyi, Aung San Suu Kyi) as that person`, () => {
    const post = '<p>Supporters of Aung San Suu Kyi met in Yangon. They marked Suu Kyi’s 64th birthday.</p>';
    expect(forms(post, 'post.html')).toContainEqual(['Aung San Suu Kyi', 'Suu Kyi']);
    expect(labels(post, 'post.html')).toEqual(['Aung San Suu Kyi', 'Yangon']);
  });
});

describe('titles before names in news', () => {
  it(`${here}leaves a title, written out (Archbishop) or cut short (Sec.), out of the person and out of the names`, () => {
    const post = '<p>It was signed by George Clooney, Sec. Madeleine Albright, Archbishop Desmond Tutu and Naomi Watts.</p>';
    expect(labels(post, 'post.html')).toEqual(['Desmond Tutu', 'George Clooney', 'Madeleine Albright', 'Naomi Watts']);
    // The body whose acronym the abbreviation folds to is still named in capitals.
    expect(labels('<p>The SEC fined the firm.</p>', 'post.html')).toEqual(['Securities and Exchange Commission']);
  });
});
