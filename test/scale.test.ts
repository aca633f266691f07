import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citegraph, CLI, ROOT, temporaryDirectory } from './support/cli.js';

const here = '[scale] ';

/** A corpus in a fresh folder: the development documents at the top of dev-docs (Markdown and HTML, not its genre folders) and the sample essay. */
function corpus(): string {
  const dir = temporaryDirectory();
  const docs = join(ROOT, 'test/fixtures/dev-docs');
  cpSync(docs, join(dir, 'posts'), { recursive: true, filter: (path) => path === docs || !statSync(path).isDirectory() });
  cpSync(join(ROOT, 'data'), join(dir, 'posts/sample'), { recursive: true });
  return dir;
}

function run(args: readonly string[], cwd: string): string {
  const result = citegraph(args, { cwd });
  expect(result.status, result.stderr).toBe(0);
  return result.stderr;
}

const read = (path: string) => readFileSync(path, 'utf8');
/** The number of documents a run's summary line reports ("citegraph: 16 documents, …"): the corpus grows with the dev set. */
const documentCount = (summary: string) => Number(/^citegraph: (\d+) documents/.exec(summary)?.[1] ?? NaN);

describe('citegraph extract --shard and citegraph merge', () => {
  const dir = corpus();
  run(['extract', 'posts', '-o', 'single.json'], dir);
  const single = read(join(dir, 'single.json'));
  for (const i of [1, 2, 3]) run(['extract', 'posts', '--shard', `${i}/3`, '-o', `shard-${i}.json`], dir);

  it(`${here}should split the inputs so that every document is in exactly one shard`, () => {
    const paths = [1, 2, 3].flatMap((i) => (JSON.parse(read(join(dir, `shard-${i}.json`))).attributes.shard.extractions as { document: { path: string } }[]).map((e) => e.document.path));
    expect(paths.sort()).toEqual((JSON.parse(single).nodes as { attributes: { kind: string; path: string } }[]).filter((n) => n.attributes.kind === 'document').map((n) => n.attributes.path).sort());
  });

  it(`${here}should merge the shards into exactly the bytes of a single run`, () => {
    // Table cells' rows (dev-docs/README.md) go through the shards too.
    expect(single).toContain('"row":{"column":');
    run(['merge', 'shard-1.json', 'shard-2.json', 'shard-3.json', '-o', 'merged.json'], dir);
    expect(read(join(dir, 'merged.json'))).toBe(single);
  });

  it(`${here}should give the same bytes whatever the order of the shards`, () => {
    for (const order of [[3, 1, 2], [2, 3, 1]]) {
      const merged = citegraph(['merge', ...order.map((i) => `shard-${i}.json`), '-q'], { cwd: dir });
      expect(merged.status).toBe(0);
      expect(merged.stdout).toBe(single);
    }
  });

  it(`${here}should write an empty shard when there are more shards than files, and merge it`, () => {
    const one = temporaryDirectory();
    cpSync(join(ROOT, 'data'), join(one, 'posts'), { recursive: true });
    for (const i of [1, 2, 3]) run(['extract', 'posts', '--shard', `${i}/3`, '-q', '-o', `part-${i}.json`], one);
    run(['extract', 'posts', '-q', '-o', 'whole.json'], one);
    run(['merge', 'part-1.json', 'part-2.json', 'part-3.json', '-o', 'merged.json'], one);
    expect(read(join(one, 'merged.json'))).toBe(read(join(one, 'whole.json')));
  });

  it(`${here}should refuse a missing, repeated or unsharded input with one line`, () => {
    const missing = citegraph(['merge', 'shard-1.json', 'shard-3.json', '-o', 'out.json'], { cwd: dir });
    expect([missing.status, missing.stderr]).toEqual([1, 'citegraph: shard 2/3 missing: merge all 3 shards of the run\n']);
    const twice = citegraph(['merge', 'shard-1.json', 'shard-1.json'], { cwd: dir });
    expect([twice.status, twice.stderr]).toEqual([1, 'citegraph: shard-1.json: shard 1/3 again (shard-1.json is that shard too)\n']);
    const whole = citegraph(['merge', 'single.json'], { cwd: dir });
    expect([whole.status, whole.stderr]).toEqual([1, 'citegraph: single.json: not a shard (written without --shard), so it has nothing to merge from\n']);
    expect(readdirSync(dir)).not.toContain('out.json');
    const bad = citegraph(['extract', 'posts', '--shard', '4/3'], { cwd: dir });
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('expected I/N with 1 <= I <= N');
  });
});

describe('citegraph extract --cache', () => {
  it(`${here}should give a cold run's bytes from a warm cache, reading nothing again`, { timeout: 180_000 }, () => {
    const dir = corpus();
    const n = documentCount(run(['extract', 'posts', '-o', 'plain.json'], dir));
    expect(n).toBeGreaterThan(10);
    expect(run(['extract', 'posts', '--cache', 'cache', '-o', 'cold.json'], dir)).toMatch(new RegExp(`^citegraph: ${n} documents \\(0 from the cache\\), `));
    expect(run(['extract', 'posts', '--cache', 'cache', '-o', 'warm.json'], dir)).toMatch(new RegExp(`^citegraph: ${n} documents \\(${n} from the cache\\), `));
    expect(read(join(dir, 'cold.json'))).toBe(read(join(dir, 'plain.json')));
    expect(read(join(dir, 'warm.json'))).toBe(read(join(dir, 'plain.json')));
    // Worker threads share the same cache.
    expect(run(['extract', 'posts', '--cache', 'cache', '-j', '2', '-o', 'threads.json'], dir)).toContain(`(${n} from the cache)`);
    expect(read(join(dir, 'threads.json'))).toBe(read(join(dir, 'plain.json')));
  });

  it(`${here}should read a changed or new file again, and match a cold run of the new corpus`, { timeout: 180_000 }, () => {
    const dir = corpus();
    const n = documentCount(run(['extract', 'posts', '--cache', 'cache', '-o', 'before.json'], dir));
    expect(n).toBeGreaterThan(10);
    appendFileSync(join(dir, 'posts/kubernetes-10-years.md'), '\nGraydon Hoare wrote about [Servo](https://servo.org/) at Mozilla.\n');
    writeFileSync(join(dir, 'posts/new.md'), 'Ada Lovelace met Charles Babbage in London, see [the notes](https://example.org/notes).\n');
    expect(run(['extract', 'posts', '--cache', 'cache', '-o', 'after.json'], dir)).toMatch(new RegExp(`^citegraph: ${n + 1} documents \\(${n - 1} from the cache\\), `));
    run(['extract', 'posts', '-o', 'cold.json'], dir);
    expect(read(join(dir, 'after.json'))).toBe(read(join(dir, 'cold.json')));
    expect(read(join(dir, 'after.json'))).toContain('Graydon Hoare');
    // Another lexicon is another key: nothing comes from the cache.
    writeFileSync(join(dir, 'names.json'), JSON.stringify({ product: ['Servo'] }));
    expect(run(['extract', 'posts', '--cache', 'cache', '--lexicon', 'names.json', '-q', '-o', 'lexicon.json'], dir)).toBe('');
    expect(run(['extract', 'posts', '--cache', 'cache', '--lexicon', 'names.json', '-o', 'lexicon2.json'], dir)).toContain(`(${n + 1} from the cache)`);
  });
});

/** The README's GNU parallel recipe: the lines of the block under "### With GNU parallel". */
function parallelRecipe(): string[] {
  const readme = read(join(ROOT, 'README.md'));
  const section = readme.slice(readme.indexOf('### With GNU parallel'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
}

describe('the GNU parallel recipe', () => {
  it(`${here}should run as the README writes it and give a single run's bytes`, { timeout: 180_000 }, () => {
    const dir = corpus();
    const bin = temporaryDirectory();
    writeFileSync(join(bin, 'citegraph'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
    chmodSync(join(bin, 'citegraph'), 0o755);
    mkdirSync(join(dir, 'shards'));
    const lines = parallelRecipe();
    expect(lines.join('\n')).toMatch(/^parallel .*--shard \{\}\/4[\s\S]*citegraph merge /);
    for (const line of lines) {
      const result = spawnSync('bash', ['-c', line], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` } });
      expect([result.status, result.stderr.replace(/^citegraph: merged .*\n/, '')], line).toEqual([0, '']);
    }
    expect(readdirSync(join(dir, 'shards')).sort()).toEqual(['1.json', '2.json', '3.json', '4.json']);
    run(['extract', 'posts', '-o', 'single.json'], dir);
    expect(read(join(dir, 'graph.json'))).toBe(read(join(dir, 'single.json')));
  });
});
