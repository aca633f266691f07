import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraph, query, type Question } from '../src/index.js';
import { renderAnswer } from '../src/query/render.js';
import { VERSION } from '../src/version.js';
import { ANSI, displayWidth, formatTable, hasColor } from '../src/query/table.js';
import { CLI, citegraph, temporaryDirectory } from './support/cli.js';

const here = '[query cli] ';
const dir = temporaryDirectory();
const graphFile = join(dir, 'graph.json');
// As `npm start` makes it: document paths relative to the project.
const extracted = citegraph(['extract', 'data', '-o', graphFile, '-q']);
const ask = (...args: string[]) => citegraph(['query', graphFile, ...args]);
const ESCAPE = '\x1b[';

describe('citegraph query', () => {
  it(`${here}sources NAME: lists the cnbc.com and congress.gov sources with their sentences`, () => {
    expect(extracted.status).toBe(0);
    const run = ask('sources', 'Huawei');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('Huawei (organization) is cited with 4 sources');
    expect(lines).toContain('        1  https://congress.gov/crs-product/R47012');
    expect(lines.some((line) => /^ {8}1 {2}https:\/\/cnbc\.com\/2025\//.test(line))).toBe(true);
    expect(lines).toContain('             “China recognized this threat, exemplified by the campaign against Huawei.” — data/rust-is-much-more-than-a-language.md');
  });

  it(`${here}cited DOMAIN: lists the entities cited with any source on it`, () => {
    const run = ask('cited', 'cnbc.com');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^1 source on cnbc\.com \(subdomains included\): cited with 5 entities\n/);
    expect(run.stdout).toMatch(/^Huawei +organization +1 +1$/m);
  });

  it(`${here}top: ranks by mentions in an aligned table, Rust or China first`, () => {
    const run = ask('top', '--by', 'mentions', '--limit', '5');
    expect(run.status).toBe(0);
    const [heading, , header, first, ...rest] = run.stdout.trimEnd().split('\n');
    expect(heading).toBe('Top 5 of 16 entities by mentions');
    expect(first).toMatch(/^1 {2}(Rust|China) /);
    expect(rest.at(-1)).toBe('… 11 more (--limit 0 for all)');
    const column = header!.indexOf('CATEGORY');
    for (const row of [first!, ...rest.slice(0, -1)]) expect(row.slice(column - 2, column + 1)).toMatch(/^ {2}[a-z]$/);
  });

  it(`${here}path A B: prints the chain with the kind of each node and edge`, () => {
    const run = ask('path', 'Huawei', 'NVIDIA');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').slice(0, 6)).toEqual([
      'Huawei —cooccurs— United States —cooccurs— NVIDIA  (2 steps)',
      '',
      'STEP  NODE           KIND                  REACHED BY',
      '   0  Huawei         entity, organization',
      '   1  United States  entity, place         —cooccurs— (1 sentence)',
      '   2  NVIDIA         entity, organization  —cooccurs— (1 sentence)',
    ]);
  });

  it(`${here}entity NAME: a misspelt name gets the closest names on stderr and exit code 1`, () => {
    const run = ask('entity', 'Huwaei');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('citegraph: no entity named "Huwaei"; did you mean "Huawei"?\n');
    const unrelated = ask('path', 'Polars', 'NVIDIA');
    expect(unrelated.status).toBe(1);
    expect(unrelated.stderr).toBe('citegraph: no path between "Polars" and "NVIDIA" through sources and co-occurrences\n');
  });

  it(`${here}entity, neighbors and stats: the facts and tables people read`, () => {
    const entity = ask('entity', 'united', 'states');
    expect(entity.stdout).toMatch(/^United States \(place\)\naliases {4}United States, USA, U\.S\.\nmentions {3}3 in 1 document\n/);
    expect(entity.stdout).toMatch(/^NEIGHBOUR +CATEGORY +SENTENCES +SHARED SOURCES$/m);
    expect(ask('neighbors', 'NVIDIA').stdout).toMatch(/^NVIDIA \(organization\) has 1 neighbour: .*\n\nNEIGHBOUR .*\nUnited States +place +1 +0\n$/);
    const stats = ask('stats').stdout;
    expect(stats.startsWith(`citegraph ${VERSION} graph (schema 1) of 1 document\n`)).toBe(true);
    expect(stats).toMatch(/^entity +16$/m);
    expect(stats).toMatch(/^github\.com +7 +2$/m);
  });

  it(`${here}--json: every question prints JSON that parses, the same answer as the library`, async () => {
    const graph = await loadGraph(graphFile);
    const cases: [string[], Question][] = [
      [['entity', 'Huawei'], { question: 'entity', name: 'Huawei' }],
      [['neighbors', 'China', '--limit', '3'], { question: 'neighbors', name: 'China', limit: 3 }],
      [['sources', 'Huawei'], { question: 'sources', name: 'Huawei' }],
      [['cited', 'https://www.congress.gov/crs-product/R47012/'], { question: 'cited', target: 'https://www.congress.gov/crs-product/R47012/' }],
      [['path', 'Huawei', 'NVIDIA'], { question: 'path', from: 'Huawei', to: 'NVIDIA' }],
      [['top', '--by', 'degree', '--category', 'organization', '--limit', '0'], { question: 'top', by: 'degree', category: 'organization', limit: 0 }],
      [['stats'], { question: 'stats' }],
    ];
    for (const [args, question] of cases) {
      const run = ask(...args, '--json');
      expect(run.status, args.join(' ')).toBe(0);
      expect(JSON.parse(run.stdout)).toEqual(query(graph, question));
    }
  });

  it(`${here}refuses a question asked wrongly before reading the graph`, () => {
    const twoNames = citegraph(['query', 'missing.json', 'path', 'Huawei']);
    expect(twoNames.stderr).toBe('citegraph: query path: expected two names, as in: path Huawei NVIDIA (quote names with spaces) (see citegraph query --help)\n');
    expect(twoNames.status).toBe(2);
    expect(ask('entity', 'Huawei', '--by', 'degree').stderr).toBe('citegraph: query entity: --by and --category apply to top only (see citegraph query --help)\n');
    const unknown = ask('who', 'Huawei');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^citegraph: command-argument value 'who' is invalid for argument 'question'\. Allowed choices are entity, neighbors, sources, cited, path, top, stats\. \(see citegraph query --help\)\n$/);
  });

  it(`${here}names a graph file it cannot use on one line, with nothing on stdout`, () => {
    const notGraph = join(dir, 'package.json');
    writeFileSync(notGraph, JSON.stringify({ name: 'my-app', version: '1.0.0' }));
    const run = citegraph(['query', notGraph, 'stats']);
    expect(run).toEqual({ status: 1, stdout: '', stderr: `citegraph: ${notGraph}: not a citegraph graph (schema 1): attributes is missing\n` });
  });

  it(`${here}stops quietly when the reader stops early (| head)`, () => {
    const drawn = { x: 0, y: 0, size: 1, color: '#000000', pagerank: 0, degree: 1, mentions: 1, documents: 1, community: 0, category: 'other' };
    const names = Array.from({ length: 3000 }, (_, i) => `Entity Number ${i}`);
    const big = {
      attributes: { name: 'citegraph', schemaVersion: 1, generator: 'test', documents: 1 },
      options: { type: 'mixed', multi: false, allowSelfLoops: false },
      nodes: names.map((label) => ({ key: `entity:${label.toLowerCase()}`, attributes: { kind: 'entity', label, aliases: [label], ...drawn } })),
      edges: [],
    };
    const bigFile = join(dir, 'big.json');
    writeFileSync(bigFile, JSON.stringify(big));
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" query "${bigFile}" top --limit 0 --json | head -c 20`], { encoding: 'utf8' });
    expect(run.stdout).toBe('{\n  "question": "top');
    expect(run.stderr).toBe('');
  });

  it(`${here}colours only a terminal without NO_COLOR`, () => {
    expect(citegraph(['query', graphFile, 'top'], { env: { NO_COLOR: '' } }).stdout).not.toContain(ESCAPE);
    expect(hasColor({ isTTY: true }, {})).toBe(true);
    expect(hasColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(hasColor({ isTTY: false }, {})).toBe(false);
    expect(hasColor({}, {})).toBe(false);
  });
});

describe('tables', () => {
  it(`${here}aligns wide characters and numbers, with a bold header only in colour`, () => {
    expect(displayWidth('東京')).toBe(4);
    expect(displayWidth('Zürich')).toBe(6);
    const table = formatTable(
      [{ header: 'CITY' }, { header: 'N', align: 'right' }, { header: 'NOTE' }],
      [{ cells: ['東京', '12', 'capital'] }, { cells: ['Zürich', '3', ''], details: ['detail'] }],
    );
    expect(table).toEqual(['CITY     N  NOTE', '東京    12  capital', 'Zürich   3', '              detail']);
    expect(formatTable([{ header: 'A' }], [{ cells: ['x'] }], ANSI)[0]).toBe('\x1b[1mA\x1b[22m');
  });

  it(`${here}renders answers in colour when asked`, async () => {
    const answer = query(await loadGraph(graphFile), { question: 'top', limit: 1 });
    expect(renderAnswer(answer, ANSI)).toContain(`${ESCAPE}1m#`);
  });
});
