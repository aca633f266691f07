import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { segmentSentences } from '../src/extract/sentences.js';
import { buildLexicon } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

// Rules for press releases and essay-style blog posts saved as whole HTML pages (issue 9, twelfth batch).
const here = '[press releases] ';
const lexicon = buildLexicon([]);
const read = (source: string, path = 'page.html') => extract(readSource(source, path), { lexicon });
const labels = (source: string, path = 'post.md') => read(source, path).entities.map((e) => e.label).sort();
const page = (body: string) => `<!DOCTYPE html><html><head><title>A post</title></head><body>${body}</body></html>`;

describe('category and tag links', () => {
  it(`${here}leaves out the links a page files itself under (rel="tag"), however they are set`, () => {
    const html = page(`<article><header class="article-head">
      <a href="https://blog.example.org/c/foundation/" rel="category tag">Foundation</a>,
      <a href="https://blog.example.org/c/technology/" rel="category tag">Technology</a></header>
      <h1>Maps for everyone</h1>
      <p>The Kartographer extension draws maps from <a href="https://www.openstreetmap.org/about">OpenStreetMap</a> data,
      as the Wikimedia Foundation explained when it released Kartographer to every wiki in the world this year.</p>
      <p>Tagged: <a href="https://blog.example.org/tag/maps/" rel="tag">Maps</a></p></article>`);
    const { links } = readSource(html, 'post.html');
    expect(links.map((link) => link.url)).toEqual(['https://www.openstreetmap.org/about']);
    expect(read(html).entities.map((e) => e.label)).not.toContain('Technology');
  });
});

describe('titles of officials', () => {
  it(`${here}drops the "in Charge" that ends a role from the person named after it`, () => {
    expect(labels('Special Agent in Charge David Green of the FBI spoke. Postal Inspector in Charge Ronald J. Verocchio agreed.')).toEqual(
      expect.arrayContaining(['David Green', 'Ronald J. Verocchio']),
    );
    expect(labels('Special Agent in Charge David Green of the FBI spoke.')).not.toContain('Charge David Green');
  });

  it(`${here}keeps a title word that opens a body's name (Justice Department, Executive Office) in the name`, () => {
    const found = labels('Staff of the Executive Office for Immigration Review and the Access to Justice Initiative met the Justice Department.');
    expect(found).toContain('Executive Office for Immigration Review');
    expect(found).not.toContain('Office for Immigration Review');
    expect(found).not.toContain('Initiative');
  });
});

describe('two words joined by "and" before a head word', () => {
  it(`${here}reads them as one body's or programme's name, unless the head is plural or a word is a name of its own`, () => {
    const found = labels('Organizations must be recognized under the Recognition and Accreditation Program run with the Fish and Wildlife Service.');
    expect(found).toEqual(expect.arrayContaining(['Fish and Wildlife Service', 'Recognition and Accreditation Program']));
    expect(found).not.toContain('Accreditation Program');
    expect(labels('The Language and Compiler Teams met in Berlin.')).toEqual(expect.arrayContaining(['Compiler Team', 'Language Team']));
  });
});

describe('a name before a year', () => {
  it(`${here}is no numbered label: the Map Improvements 2018 project is cited where the text names it again`, () => {
    const markdown = 'The [Map improvements 2018](https://www.mediawiki.org/wiki/Map_improvements_2018) project was born.\n\n' +
      'The Map Improvements 2018 project thanks its volunteers, including [Yurik](https://www.mediawiki.org/wiki/User:Yurik).\n';
    const { entities, sentences } = read(markdown, 'post.md');
    const project = entities.find((e) => e.label.startsWith('Map Improvements'));
    expect(project).toBeDefined();
    const thanks = sentences.find((s) => s.sources.includes('https://mediawiki.org/wiki/User:Yurik'));
    expect(thanks?.entities).toContain(project!.key);
    expect(labels('Read Phase 2 of the plan and Tier 1 of the list.')).toEqual([]);
  });
});

describe('offices named after their holder', () => {
  it(`${here}reads a title's possessive before a body's head word as one office`, () => {
    expect(labels("The case was prosecuted by the U.S. Attorney's Office for the Southern District of Texas.")).toContain("U.S. Attorney's Office");
    expect(labels("The Inspector General's Office and the department's U.S. Attorney's Offices agreed.")).toEqual(
      expect.arrayContaining(["Inspector General's Office", "U.S. Attorney's Offices"]),
    );
    expect(labels("President Obama's Office of Management and Budget spoke.")).toEqual(expect.arrayContaining(['Obama', 'Office of Management and Budget']));
  });
});

describe('a period glued to the next sentence', () => {
  it(`${here}ends the sentence where a closing quote or a space was lost, but not inside names, abbreviations or domains`, () => {
    const document = readSource('Immigrants need help, said Director Alejandro Mayorkas.Through our outreach we help them. See St.Louis, node.js, importlib.abc.TraversableResources and e.g.The list.', 'a.md');
    expect(segmentSentences(document).map((s) => document.text.slice(s.start, s.end))).toEqual([
      'Immigrants need help, said Director Alejandro Mayorkas.', 'Through our outreach we help them.', 'See St.Louis, node.js, importlib.abc.TraversableResources and e.g.The list.',
    ]);
    expect(labels('Immigrants need help, said Director Alejandro Mayorkas.Through our outreach we help them.')).toEqual(['Alejandro Mayorkas']);
  });
});

describe('datelines', () => {
  it(`${here}read the place in capitals before a dash at the start of a release as the place, not an acronym or a shout`, () => {
    const places = buildLexicon([{ place: ['Washington'] }]);
    const found = (source: string) => extract(readSource(source, 'a.md'), { lexicon: places }).entities.map((e) => `${e.label} (${e.category})`).sort();
    expect(found('WASHINGTON – The Department of Labor today announced new rules.')).toEqual(['Department of Labor (organization)', 'Washington (place)']);
    expect(found('WASHINGTON The Department of Labor today announced new rules.')).toEqual(['Department of Labor (organization)', 'Washington (place)']);
    expect(found('BETHESDA, Md. — Researchers at the Clinical Center today said so.')).toEqual(['Bethesda (place)', 'Clinical Center (organization)']);
    expect(found('IMPORTANT - read this before you file.')).toEqual([]);
    expect(found('ROCKVILLE – The agency said so.')).toEqual([]);
  });
});
