import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { goldFiles, SAMPLE_GOLD } from '../bench/eval.js';
import { evaluate, scoreGraph, type Gold } from '../src/index.js';
import { macroTotal, microTotal, normName } from '../src/eval/index.js';
import { CLI, ROOT, SAMPLE, citegraph, temporaryDirectory } from './support/cli.js';

const here = '[eval] ';
const SAMPLE_GOLD_DIR = join(ROOT, 'test/fixtures/sample-gold');
const REFERENCE_SCORER = resolve(ROOT, '../shared/fixtures/score.mjs');

/** A gold file in `dir` for the sample essay, with `change` applied to a copy of its gold data. */
function writeGold(dir: string, name: string, change: (gold: Record<string, any>) => void = () => {}): string {
  const gold = JSON.parse(readFileSync(SAMPLE_GOLD, 'utf8'));
  gold.document = relative(dir, SAMPLE);
  change(gold);
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(gold));
  return path;
}

describe('citegraph eval', () => {
  it(`${here}prints a row per document, then micro and macro totals`, () => {
    const run = citegraph(['eval', 'test/fixtures/sample-gold']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^document +ent P +ent R +ent F1 +cit P +cit R +cit F1 +sources +category$/);
    expect(lines[1]).toMatch(/^rust-is-much-more-than-a-language\.md +1\.000 +1\.000 +1\.000 +1\.000 +1\.000 +1\.000 +14\/14 +1\.000$/);
    expect(lines.slice(-2)).toEqual([
      expect.stringMatching(/^micro \(1 document\) +(1\.000 +){6}14\/14 +1\.000$/),
      expect.stringMatching(/^macro \(1 document\) +(1\.000 +){7}1\.000$/),
    ]);
  });

  it(`${here}prints the reference scorer's field names with --json, plus macro and genres`, () => {
    const run = citegraph(['eval', SAMPLE_GOLD, '--json']);
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['documents', 'total', 'macro', 'genres']);
    expect(result.documents).toHaveLength(1);
    expect(result.documents[0]).toMatchObject({
      document: '../../../data/rust-is-much-more-than-a-language.md',
      entities: { fp: 0, fn: 0, missed: [], falsePositives: [], duplicates: [] },
      citations: { fp: 0, fn: 0 },
      sources: { found: 14, gold: 14, extra: 0 },
      gold: SAMPLE_GOLD,
    });
    expect(result.total).toEqual({
      entities: { precision: 1, recall: 1, f1: 1 },
      categoryAccuracy: 1,
      citations: { precision: 1, recall: 1, f1: 1 },
      sourceRecall: 1,
      extraSources: 0,
    });
    expect(result.macro).toEqual({ entities: { precision: 1, recall: 1, f1: 1 }, categoryAccuracy: 1, citations: { precision: 1, recall: 1, f1: 1 }, sourceRecall: 1 });
    expect(result.genres).toEqual({});
  });

  it(`${here}adds a genre column and micro and macro lines per genre when gold files name one`, () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'more'));
    writeGold(dir, 'a.gold.json', (gold) => (gold.genre = 'blog'));
    // A second document of another genre, with one gold entity removed: a false positive there.
    writeGold(join(dir, 'more'), 'b.gold.json', (gold) => {
      gold.genre = 'essay';
      gold.document = SAMPLE; // an absolute path works too
      gold.entities = gold.entities.filter((e: { name: string }) => e.name !== 'Huawei');
      gold.citations = gold.citations.filter((c: { entity: string }) => c.entity !== 'Huawei');
    });
    writeFileSync(join(dir, 'notes.json'), '{}'); // not *.gold.json: not read from a folder
    const run = citegraph(['eval', dir]);
    expect(run.stderr).toBe('');
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^document +genre +ent P/);
    expect(lines.slice(-6).map((line) => line.split(/ {2,}/).slice(0, 2))).toEqual([
      ['micro (2 documents)', 'all'],
      ['macro (2 documents)', 'all'],
      ['micro (1 document)', 'blog'],
      ['macro (1 document)', 'blog'],
      ['micro (1 document)', 'essay'],
      ['macro (1 document)', 'essay'],
    ]);
    const json = JSON.parse(citegraph(['eval', dir, '--json']).stdout);
    expect(Object.keys(json.genres)).toEqual(['blog', 'essay']);
    expect(json.genres.blog).toMatchObject({ documents: 1, total: { entities: { precision: 1 } }, macro: { entities: { precision: 1 } } });
    expect(json.genres.essay.total.entities.precision).toBeLessThan(1);
    expect(json.documents[1]).toMatchObject({ genre: 'essay', entities: { falsePositives: ['Huawei'] } });
  });

  it(`${here}extracts with the extra lexicon, as extract --lexicon does`, () => {
    const dir = temporaryDirectory();
    const lexicon = join(dir, 'names.json');
    writeFileSync(lexicon, JSON.stringify({ notEntities: ['Huawei'] }));
    const result = JSON.parse(citegraph(['eval', SAMPLE_GOLD, '--json', '--lexicon', lexicon]).stdout);
    expect(result.documents[0].entities.missed).toEqual(['Huawei']);
    const missing = citegraph(['eval', SAMPLE_GOLD, '--lexicon', join(dir, 'none.json')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`citegraph: ${join(dir, 'none.json')}: cannot read lexicon (no such file)\n`);
  });

  const broken: [string, (dir: string) => string, RegExp][] = [
    ['is not JSON', (dir) => (writeFileSync(join(dir, 'x.gold.json'), '{ "document": '), join(dir, 'x.gold.json')), /: not a gold file: invalid JSON \(.+\)$/],
    ['cites an unknown entity', (dir) => writeGold(dir, 'x.gold.json', (g) => g.citations.push({ entity: 'Nobody', url: 'https://example.org' })),
      /: not a gold file: citations\[\d+\]: entity "Nobody" is not the name of an entity in "entities"$/],
    ['cites an entity by an alias', (dir) => writeGold(dir, 'x.gold.json', (g) => (g.citations[0].entity = 'USA')),
      /: not a gold file: citations\[0\]: entity "USA" is not the name of an entity in "entities" \(it is an alias of "United States": use the entity's name\)$/],
    ['names a missing document', (dir) => writeGold(dir, 'x.gold.json', (g) => (g.document = 'gone.md')), /: document "gone\.md" not found \(.+gone\.md\)$/],
    ['has no entity list', (dir) => writeGold(dir, 'x.gold.json', (g) => (g.entities = 'Huawei')), /: not a gold file: "entities" must be a list$/],
    ['has an unknown category', (dir) => writeGold(dir, 'x.gold.json', (g) => (g.entities[0].category = 'company')),
      /: not a gold file: entities\[0\] \(.+\): "category" is "company", expected one of person, organization, place, product, other$/],
    ['is not an object', (dir) => (writeFileSync(join(dir, 'x.gold.json'), '[]'), join(dir, 'x.gold.json')), /: not a gold file: expected a JSON object with document, entities, sources and citations$/],
  ];
  for (const [problem, make, message] of broken) {
    it(`${here}refuses a gold file that ${problem} with one line naming it, exit 1`, () => {
      const dir = temporaryDirectory();
      const path = make(dir);
      writeGold(dir, 'good.gold.json');
      const run = citegraph(['eval', dir]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr.split('\n')).toHaveLength(2);
      expect(run.stderr.startsWith(`citegraph: ${path}: `)).toBe(true);
      expect(run.stderr.trimEnd()).toMatch(message);
    });
  }

  it(`${here}refuses a folder with no gold files, and a missing path`, () => {
    const dir = temporaryDirectory();
    expect(citegraph(['eval', dir])).toMatchObject({ status: 1, stdout: '', stderr: `citegraph: ${dir}: no gold files (*.gold.json) in this folder\n` });
    expect(citegraph(['eval', join(dir, 'none.gold.json')])).toMatchObject({ status: 1, stderr: `citegraph: ${join(dir, 'none.gold.json')}: no such file or directory\n` });
  });
});

describe('scoring', () => {
  const graph = (entities: [string, string, number, string[]?][], cites: [string, string][] = [], sources: string[] = []) => ({
    nodes: [
      ...entities.map(([label, category, mentions, aliases]) => ({ key: `entity:${label}`, attributes: { kind: 'entity', label, category, mentions, aliases: aliases ?? [label] } })),
      ...sources.map((url) => ({ key: `source:${url}`, attributes: { kind: 'source', url } })),
    ],
    edges: cites.map(([entity, url]) => ({ source: `entity:${entity}`, target: `source:${url}`, attributes: { kind: 'cites' } })),
  });
  const gold: Gold = {
    document: 'x.md',
    entities: [
      { name: 'United States', category: 'place', aliases: ['USA', 'U.S.'] },
      { name: 'Huawei', category: 'organization' },
      { name: 'Iranian', category: 'place', optional: true },
    ],
    sources: ['https://example.org/a/', 'https://www.example.org/b'],
    citations: [
      { entity: 'Huawei', url: 'https://example.org/a' },
      { entity: 'United States', url: 'https://example.org/b', optional: true },
    ],
  };

  it(`${here}matches by label or alias after folding, ignores optional entities and counts a second match as a duplicate`, () => {
    const score = scoreGraph(graph([['the U.S.', 'place', 3], ['Huawei\u2019s', 'product', 2], ['America', 'place', 1, ['America', 'USA']], ['Iranian', 'place', 1], ['Today', 'other', 1]]), gold);
    expect(score.entities).toEqual({
      tp: 2, fp: 2, fn: 0, missed: [], falsePositives: ['Today'], duplicates: ['America'], categoryRight: 1,
      confusions: [{ label: 'Huawei\u2019s', category: 'product', gold: 'organization' }],
    });
    expect(normName("The  U.S.'s")).toBe('us');
  });

  it(`${here}scores citations as (gold entity, folded URL) pairs, optional ones neither way, and source recall`, () => {
    const score = scoreGraph(
      graph([['Huawei', 'organization', 2], ['USA', 'place', 1], ['Nobody', 'person', 1]], [['Huawei', 'http://example.org/a#x'], ['USA', 'https://example.org/b'], ['Nobody', 'https://example.org/b']], ['http://example.org/a#x', 'https://example.org/b', 'https://example.org/c']),
      gold,
    );
    expect(score.citations).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.sources).toEqual({ found: 2, gold: 2, extra: 1 });
  });

  it(`${here}averages per document for macro figures, leaving out documents where a figure is undefined`, () => {
    const perfect = scoreGraph(graph([['Huawei', 'organization', 1], ['USA', 'place', 1]], [['Huawei', 'https://example.org/a']], gold.sources), gold);
    const empty = scoreGraph(graph([]), { document: 'y.md', entities: [], sources: [], citations: [] });
    const half = scoreGraph(graph([['Huawei', 'organization', 1]]), gold);
    const macro = macroTotal([perfect, empty, half]);
    expect(macro.entities).toEqual({ precision: 1, recall: 0.75, f1: (1 + 2 / 3) / 2 });
    expect(macro.sourceRecall).toBe(0.5);
    expect(microTotal([perfect, empty, half]).entities).toEqual({ precision: 1, recall: 0.75, f1: 6 / 7 });
  });
});

describe('agreement with the annotators\' reference scorer', () => {
  it.skipIf(!existsSync(REFERENCE_SCORER))(`${here}gives ../shared/fixtures/score.mjs's figures, to 3 decimals, on the dev set's graphs from citegraph extract`, async () => {
    const run = promisify(execFile);
    const files = [...goldFiles('dev'), SAMPLE_GOLD];
    const dir = temporaryDirectory();
    const pairs: string[][] = [];
    // Each document through the real CLI, as a user would, a few at a time.
    const queue = files.map((gold, i) => async () => {
      const data = JSON.parse(readFileSync(gold, 'utf8')) as Gold;
      const graphPath = join(dir, `${i}.json`);
      await run(process.execPath, [CLI, 'extract', resolve(gold, '..', data.document), '-q', '-o', graphPath]);
      pairs[i] = [graphPath, gold];
    });
    await Promise.all([0, 1, 2].map(async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await job();
    }));
    const reference = JSON.parse((await run(process.execPath, [REFERENCE_SCORER, ...pairs.flat(), '--json'], { maxBuffer: 1 << 26 })).stdout);
    const ours = await evaluate(files);
    const round = (value: unknown): unknown =>
      typeof value === 'number' ? Number(value.toFixed(3)) : Array.isArray(value) ? value.map(round) : value && typeof value === 'object' ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, round(v)])) : value;
    expect(round(ours.total)).toEqual(round(reference.total));
    for (const [i, document] of ours.documents.entries()) {
      const { confusions, ...entities } = document.entities;
      expect({ document: document.document, entities, citations: document.citations, sources: document.sources }).toEqual(reference.documents[i]);
      expect(confusions).toHaveLength(document.entities.tp - document.entities.categoryRight);
    }
  }, 300_000);
});

describe('the library', () => {
  it(`${here}should expose evaluate`, async () => {
    const api = await import('../src/index.js');
    expect(Object.keys(api)).toEqual(expect.arrayContaining(['evaluate', 'collectGoldFiles', 'readGold', 'parseGold', 'scoreGraph']));
    const copy = join(temporaryDirectory(), 'sample.gold.json');
    copyFileSync(SAMPLE_GOLD, copy);
    await expect(evaluate([copy])).rejects.toThrow(`${copy}: document "../../../data/rust-is-much-more-than-a-language.md" not found`);
    expect((await evaluate([join(SAMPLE_GOLD_DIR, 'rust-is-much-more-than-a-language.gold.json')])).total.entities.f1).toBe(1);
  });
});
