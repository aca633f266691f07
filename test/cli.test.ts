import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { READ_AHEAD_FROM } from '../src/pipeline.js';
import { citegraph, SAMPLE, temporaryDirectory } from './support/cli.js';

const here = '[cli] ';

interface Exported {
  attributes: { documents: number };
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { source: string; target: string; attributes: { kind: string } }[];
}
const labels = (graph: Exported, kind = 'entity') => graph.nodes.filter((n) => n.attributes.kind === kind).map((n) => n.attributes.label);

describe('citegraph extract', () => {
  it(`${here}writes the sample's graph as JSON to stdout and a one-line summary to stderr`, () => {
    const run = citegraph(['extract', SAMPLE]);
    expect(run.status).toBe(0);
    const graph = JSON.parse(run.stdout) as Exported;
    expect(labels(graph)).toEqual(expect.arrayContaining(['Huawei', 'China', 'Rust', 'RISC-V', 'Rust Foundation', 'United States']));
    expect(labels(graph, 'source')).toHaveLength(14);
    expect(run.stderr).toMatch(/^citegraph: 1 document, \d+ entities, 14 sources, \d+ citations in \d+\.\d\d s\n$/);
  });

  it(`${here}writes JSON, GEXF or GraphML by the output's extension, byte-identical run after run`, () => {
    const dir = temporaryDirectory();
    for (const extension of ['json', 'gexf', 'graphml']) {
      const first = join(dir, `first.${extension}`);
      const second = join(dir, `second.${extension}`);
      expect(citegraph(['extract', SAMPLE, '-o', first]).status).toBe(0);
      expect(citegraph(['extract', SAMPLE, '-o', second, '--quiet']).status).toBe(0);
      expect(readFileSync(first, 'utf8')).toBe(readFileSync(second, 'utf8'));
    }
    expect(readFileSync(join(dir, 'first.gexf'), 'utf8')).toMatch(/^<\?xml[^>]*>\n<gexf /);
    expect(readFileSync(join(dir, 'first.graphml'), 'utf8')).toMatch(/^<\?xml[^>]*>\n<graphml /);
  });

  it(`${here}reads folders recursively (Markdown, HTML, text; hidden files skipped) and stdin`, () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'posts/deep'), { recursive: true });
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'posts/a.md'), 'Mozilla funds [Servo](https://servo.org/).');
    writeFileSync(join(dir, 'posts/deep/b.html'), '<p>NVIDIA sells GPUs, see <a href="https://nvidia.com">NVIDIA</a>.</p>');
    writeFileSync(join(dir, 'posts/c.txt'), 'TSMC makes chips: https://tsmc.com/en');
    writeFileSync(join(dir, 'posts/notes.pdf'), 'Intel is not read.');
    writeFileSync(join(dir, '.git/d.md'), 'Huawei is hidden.');
    const run = citegraph(['extract', 'posts', '-', '--quiet'], { cwd: dir, input: 'Zulip hosts [chat](https://zulip.com).' });
    expect(run.status).toBe(0);
    const graph = JSON.parse(run.stdout) as Exported;
    expect(graph.attributes.documents).toBe(4);
    expect(graph.nodes.filter((n) => n.attributes.kind === 'document').map((n) => n.attributes.path)).toEqual(['-', 'posts/a.md', 'posts/c.txt', 'posts/deep/b.html']);
    expect(labels(graph).sort()).toEqual(['Mozilla', 'NVIDIA', 'Servo', 'TSMC', 'Zulip']);
    expect(run.stderr).toBe('');
  });

  it(`${here}reads reStructuredText files (.rst, .rest) found in a folder or named, and names a bad one`, () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/guide.rst'), ['Guide', '=====', '', 'Mozilla funds `Servo <https://servo.org/>`_.', '', '.. code-block:: python', '', '   Hidden = 1'].join('\n'));
    writeFileSync(join(dir, 'docs/notes.rest'), 'NVIDIA sells GPUs, see NVIDIA_.\n\n.. _NVIDIA: https://nvidia.com\n');
    const run = citegraph(['extract', 'docs', '--quiet'], { cwd: dir });
    expect(run.status).toBe(0);
    const graph = JSON.parse(run.stdout) as Exported;
    expect(graph.nodes.filter((n) => n.attributes.kind === 'document').map((n) => n.attributes.path)).toEqual(['docs/guide.rst', 'docs/notes.rest']);
    expect(labels(graph).sort()).toEqual(['Mozilla', 'NVIDIA', 'Servo']);
    expect(graph.nodes.filter((n) => n.attributes.kind === 'source').map((n) => n.attributes.url).sort()).toEqual(['https://nvidia.com', 'https://servo.org']);
    writeFileSync(join(dir, 'broken.rst'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    const broken = citegraph(['extract', 'broken.rst', '-o', 'out.json'], { cwd: dir });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toBe('citegraph: broken.rst: binary file, expected Markdown, HTML or text\n');
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });

  it(`${here}writes a table cell's evidence with its row (Markdown and HTML), and no row for prose`, () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'team.md'), '| Name | Team |\n|---|---|\n| [Niko Matsakis](https://github.com/nikomatsakis) | lang |');
    writeFileSync(join(dir, 'team.html'), '<table><tr><th>Company</th><th>Country</th></tr><tr><td><a href="https://huawei.com">Huawei</a></td><td>China</td></tr></table>');
    const run = citegraph(['extract', 'team.md', 'team.html', '-q'], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    const evidence = (JSON.parse(run.stdout) as Exported).edges.flatMap((e) => (e.attributes as { evidence?: unknown[] }).evidence ?? []);
    expect(evidence).toEqual(expect.arrayContaining([
      { document: 'team.md', sentence: 'Niko Matsakis', row: { column: 0, cells: [{ header: 'Name', text: 'Niko Matsakis' }, { header: 'Team', text: 'lang' }] } },
      { document: 'team.html', sentence: 'Huawei', row: { column: 0, cells: [{ header: 'Company', text: 'Huawei' }, { header: 'Country', text: 'China' }] } },
    ]));
    expect(citegraph(['extract', SAMPLE, '-q']).stdout).not.toContain('"row"');
  });

  it(`${here}reads each input once, however it is named`, () => {
    const run = citegraph(['extract', '-', '-', 'data/../data/rust-is-much-more-than-a-language.md', SAMPLE, '-q'], { input: 'Huawei and [RISC-V](https://riscv.org).' });
    const graph = JSON.parse(run.stdout) as Exported;
    expect(graph.nodes.filter((n) => n.attributes.kind === 'document').map((n) => n.key)).toEqual(['document:-', 'document:data/rust-is-much-more-than-a-language.md']);
  });

  /** 40 posts (or `count`), two of them binary (post-07 and post-31). */
  function postsWithTwoBinaries(count = 40): string {
    const dir = temporaryDirectory();
    const names = ['Huawei', 'NVIDIA', 'TSMC', 'Mozilla', 'Zulip'];
    for (let i = 0; i < count; i++) {
      const name = names[i % names.length];
      writeFileSync(join(dir, `post-${String(i).padStart(3, '0')}.md`), `# Post ${i}\n\n${name} and Rust, says [the report](https://example.org/${i}).`);
    }
    writeFileSync(join(dir, 'post-007.md'), Buffer.from([0, 1, 2]));
    writeFileSync(join(dir, 'post-031.md'), Buffer.from([0, 1, 2]));
    return dir;
  }

  it(`${here}gives the same graph, warnings and first error reading ahead and laying out on other threads (from ${READ_AHEAD_FROM} files) as in one thread`, () => {
    const dir = postsWithTwoBinaries(READ_AHEAD_FROM + 20);
    writeFileSync(join(dir, 'post-050.md'), Buffer.from('# Post 50\n\nHuawei and [Rust](https://example.org/50) caf\u00e9', 'latin1'));
    // By default a second thread reads ahead and a third runs ForceAtlas2; --jobs 1 does everything on one.
    const [ahead, one] = [[], ['--jobs', '1']].map((jobs) => citegraph(['extract', dir, ...jobs]));
    expect(ahead!.status, ahead!.stderr).toBe(0);
    expect(ahead!.stdout).toBe(one!.stdout);
    const warnings = (run: typeof one) => run!.stderr.split('\n').filter((line) => line.includes('warning'));
    expect(warnings(ahead).length).toBe(3); // the two binaries, the Latin-1 file
    expect(warnings(ahead)).toEqual(warnings(one));
    expect(ahead!.stderr).toMatch(new RegExp(`^citegraph: ${READ_AHEAD_FROM + 18} documents, 2 skipped, `, 'm'));
    // Named on the command line, the first bad file fails the run, however it was read.
    const named = readdirSync(dir).sort().map((name) => join(dir, name));
    const failed = [[], ['--jobs', '1']].map((jobs) => citegraph(['extract', ...named, '-q', ...jobs]));
    for (const run of failed) {
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`citegraph: ${join(dir, 'post-007.md')}: binary file, expected Markdown, HTML or text\n`);
    }
  });

  it(`${here}gives the same graph, skipping the same files, on worker threads as in one thread`, () => {
    const dir = postsWithTwoBinaries();
    const skipped = (name: string) => `citegraph: warning: ${join(dir, name)}: binary file, expected Markdown, HTML or text; skipped`;
    const runs = ['1', '2'].map((jobs) => citegraph(['extract', dir, '--jobs', jobs]));
    for (const run of runs) {
      // Found in a folder, a bad file is skipped with a warning, and counted.
      expect(run.status).toBe(0);
      expect(run.stderr.split('\n').filter((line) => line.includes('warning')).sort()).toEqual([skipped('post-007.md'), skipped('post-031.md')]);
      expect(run.stderr).toMatch(/^citegraph: 38 documents, 2 skipped, /m);
    }
    expect(runs[1]!.stdout).toBe(runs[0]!.stdout);
    // Whichever thread reads which file, warnings come in input order.
    expect(runs[1]!.stderr.split('\n').filter((line) => line.includes('warning'))).toEqual([skipped('post-007.md'), skipped('post-031.md')]);
  });

  it(`${here}gives the same first error on worker threads as in one thread`, () => {
    const dir = postsWithTwoBinaries();
    const named = readdirSync(dir).sort().map((name) => join(dir, name));
    for (const jobs of ['1', '2']) {
      // Named on the command line, a bad file fails the run: the first in input order.
      const run = citegraph(['extract', ...named, '-q', '--jobs', jobs]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(`citegraph: ${join(dir, 'post-007.md')}: binary file, expected Markdown, HTML or text\n`);
    }
  });

  it(`${here}names a missing input on one line, exits non-zero and writes nothing`, () => {
    const dir = temporaryDirectory();
    const output = join(dir, 'graph.json');
    const run = citegraph(['extract', SAMPLE, 'missing.md', '-o', output]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('citegraph: missing.md: no such file or directory\n');
    expect(existsSync(output)).toBe(false);
  });

  it(`${here}refuses a binary file and leaves the previous output untouched`, () => {
    const dir = temporaryDirectory();
    const output = join(dir, 'graph.json');
    writeFileSync(output, 'previous graph');
    writeFileSync(join(dir, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a]));
    const run = citegraph(['extract', 'image.md', '-o', output], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('citegraph: image.md: binary file, expected Markdown, HTML or text\n');
    expect(readFileSync(output, 'utf8')).toBe('previous graph');
  });

  it(`${here}refuses an unknown output format before reading anything`, () => {
    const run = citegraph(['extract', SAMPLE, '-o', 'graph.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('citegraph: graph.csv: unknown output format ".csv", expected .json, .gexf or .graphml\n');
  });

  it(`${here}refuses a folder with nothing to read`, () => {
    const dir = temporaryDirectory();
    const run = citegraph(['extract', dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`citegraph: ${dir}: no Markdown, HTML, reStructuredText or text files in this folder\n`);
  });

  it(`${here}extends the lexicon with --lexicon and names a bad lexicon file`, () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'doc.md'), 'We met the Zorblax people.');
    writeFileSync(join(dir, 'lexicon.json'), JSON.stringify({ organization: ['Zorblax|Zorblax Corp'] }));
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ companies: ['Zorblax'] }));
    const run = citegraph(['extract', 'doc.md', '--lexicon', 'lexicon.json', '-q'], { cwd: dir });
    const graph = JSON.parse(run.stdout) as Exported;
    expect(graph.nodes.find((n) => n.attributes.label === 'Zorblax')?.attributes.category).toBe('organization');
    const bad = citegraph(['extract', 'doc.md', '--lexicon', 'bad.json'], { cwd: dir });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toBe('citegraph: bad.json: unknown lexicon key "companies", expected one of person, organization, place, product, other, notEntities, senses\n');
  });
});

describe('library API', () => {
  it(`${here}should expose the public api`, async () => {
    const api = await import('citegraph');
    expect(Object.keys(api)).toEqual(expect.arrayContaining(['extract', 'buildGraph', 'readDocument', 'readSource', 'toJson', 'toGexf', 'toGraphml', 'loadLexicon', 'CitegraphError', 'startServer', 'evaluate']));
  });

  it(`${here}gives the same graph as the CLI`, async () => {
    const { buildGraph, extract, readDocument, toJson } = await import('citegraph');
    const graph = buildGraph([extract(await readDocument('data/rust-is-much-more-than-a-language.md'))]);
    expect(toJson(graph)).toBe(citegraph(['extract', 'data/rust-is-much-more-than-a-language.md', '-q']).stdout);
  });
});
