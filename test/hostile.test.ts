import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CitegraphError, EXIT, InternalError } from '../src/errors.js';
import { collectInputs, extractInput } from '../src/pipeline.js';
import { readSource } from '../src/read/read.js';
import { escapeControls } from '../src/terminal.js';
import { CLI, citegraph, ROOT, SAMPLE, temporaryDirectory } from './support/cli.js';

const here = '[hostile] ';
const GOOD = 'Mozilla funds [Servo](https://servo.org/).\n';

interface Exported {
  nodes: { key: string; attributes: Record<string, unknown> }[];
}
const labels = (json: string, kind = 'entity') => (JSON.parse(json) as Exported).nodes.filter((n) => n.attributes.kind === kind).map((n) => n.attributes.label);
const documentPaths = (json: string) => (JSON.parse(json) as Exported).nodes.filter((n) => n.attributes.kind === 'document').map((n) => n.attributes.path);
const lines = (text: string) => text.split('\n').filter((line) => line !== '');

describe('errors', () => {
  it(`${here}starts commander's own errors with citegraph: and a usage hint, exit 2`, () => {
    const cases: [string[], string][] = [
      [['extract', SAMPLE, '--bogus'], "citegraph: unknown option '--bogus' (see citegraph extract --help)"],
      [['nope'], "citegraph: unknown command 'nope' (see citegraph --help)"],
      [['query'], "citegraph: missing required argument 'graph' (see citegraph query --help)"],
      [['extract', SAMPLE, '--max-file-size', 'big'], "citegraph: option '--max-file-size <size>' argument 'big' is invalid. expected a size in bytes, or with k, M or G, as in 64M (see citegraph extract --help)"],
    ];
    for (const [args, line] of cases) {
      const run = citegraph(args);
      expect(run.stderr, args.join(' ')).toBe(`${line}\n`);
      expect(run.status, args.join(' ')).toBe(2);
    }
  });

  it(`${here}names the document an internal error happened in, with the stack only under --debug`, () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'deep.html'), `${'<div>'.repeat(200)}Mozilla funds Servo.`);
    // A small stack makes the HTML walker overflow: a stand-in for any bug met in one document.
    const run = (...flags: string[]) => spawnSync(process.execPath, ['--stack-size=80', CLI, 'extract', 'deep.html', ...flags], { cwd: dir, encoding: 'utf8' });
    const plain = run();
    expect(plain.status).toBe(EXIT.internal);
    expect(plain.stderr).toBe(
      'citegraph: deep.html: internal error (RangeError: Maximum call stack size exceeded); please report it with this document; run with --debug for the stack trace\n',
    );
    const debug = run('--debug');
    expect(debug.status).toBe(EXIT.internal);
    expect(debug.stderr).toMatch(/^citegraph: deep\.html: internal error \(RangeError: Maximum call stack size exceeded\); please report it with this document\n/);
    expect(debug.stderr).toMatch(/Caused by: RangeError: Maximum call stack size exceeded\n\s+at /);
  });

  it(`${here}wraps a bug in extraction as an InternalError naming the input`, async () => {
    const broken = { lexicon: {} as never };
    const error = await extractInput({ path: 'notes/a.md', text: GOOD }, broken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalError);
    expect((error as InternalError).exitCode).toBe(70);
    expect((error as Error).message).toMatch(/^notes\/a\.md: internal error \(TypeError: /);
  });

  it(`${here}says what is wrong with an output path on one line, exit 3, and leaves no temporary file`, () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'existing.json'), '{}');
    const run = citegraph(['extract', SAMPLE, '-o', 'existing.json/x.json', '-q'], { cwd: dir });
    expect(run.stderr).toBe('citegraph: existing.json/x.json: cannot write (a parent is not a folder)\n');
    expect(run.status).toBe(EXIT.io);
    expect(readdirSync(dir)).toEqual(['existing.json']);
  });

  it(`${here}reports a full disk on stdout as one line, exit 3`, () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [CLI, 'extract', SAMPLE, '-q'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect(run.stderr).toBe('citegraph: stdout: cannot write (no space left on device)\n');
      expect(run.status).toBe(EXIT.io);
    } finally {
      closeSync(full);
    }
  });

  it(`${here}answers a 50 KB name with a short not-found line, not a regular expression error`, () => {
    const dir = temporaryDirectory();
    expect(citegraph(['extract', SAMPLE, '-o', join(dir, 'g.json'), '-q']).status).toBe(0);
    const run = citegraph(['query', join(dir, 'g.json'), 'entity', '('.repeat(50_000)]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`citegraph: no entity named "${'('.repeat(200)}"… (50000 characters)\n`);
  });

  it(`${here}throws NotFoundError from the library for any name, regular-expression characters included`, async () => {
    const { query, NotFoundError } = await import('../src/query/index.js');
    const { buildGraph } = await import('../src/graph/build.js');
    const { extract } = await import('../src/extract/extract.js');
    const graph = buildGraph([extract(readSource(GOOD, 'a.md'))]);
    for (const name of ['('.repeat(50_000), '[', '\\', '*+?', 'Mozilla(']) {
      expect(() => query(graph, { question: 'entity', name }), name.slice(0, 10)).toThrow(NotFoundError);
    }
    expect(() => query(graph, { question: 'entity', name: 'Mozila' })).toThrow('no entity named "Mozila"; did you mean "Mozilla"?');
  });

  it(`${here}refuses -o naming an input`, () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'notes.json'), GOOD);
    const run = citegraph(['extract', 'notes.json', '-o', './notes.json'], { cwd: dir });
    expect(run.stderr).toBe('citegraph: ./notes.json: is also an input; write the graph to another file\n');
    expect(run.status).toBe(EXIT.usage);
    expect(readFileSync(join(dir, 'notes.json'), 'utf8')).toBe(GOOD);
  });

  it(`${here}prints YAML's warnings as citegraph warnings, not Node's YAMLWarning`, () => {
    const run = citegraph(['extract', '-', '-q'], { input: `---\ntitle: !custom Hello\n---\n${GOOD}` });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('citegraph: warning: -: YAML front matter: Unresolved tag: !custom at line 1, column 8\n');
  });
});

describe('folder runs', () => {
  it(`${here}skips what cannot be used with one warning each, counts it, and --strict fails`, () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'posts/sub'), { recursive: true });
    writeFileSync(join(dir, 'posts/a.md'), GOOD);
    writeFileSync(join(dir, 'posts/binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'posts/big.txt'), 'word '.repeat(1000));
    symlinkSync('nowhere.md', join(dir, 'posts/dangling.md'));
    symlinkSync('loop.md', join(dir, 'posts/loop.md'));
    writeFileSync(join(dir, 'posts/sub/c.md'), 'NVIDIA sells GPUs: https://nvidia.com');
    const run = citegraph(['extract', 'posts', '--max-file-size', '2k'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(documentPaths(run.stdout)).toEqual(['posts/a.md', 'posts/sub/c.md']);
    expect(lines(run.stderr).slice(0, -1).sort()).toEqual([
      'citegraph: warning: posts/big.txt: too large (5 kB, over the limit of 2 kB; raise it with --max-file-size); skipped',
      'citegraph: warning: posts/binary.md: binary file, expected Markdown, HTML or text; skipped',
      'citegraph: warning: posts/dangling.md: broken symbolic link (to nowhere.md); skipped',
      'citegraph: warning: posts/loop.md: too many levels of symbolic links; skipped',
    ]);
    expect(lines(run.stderr).at(-1)).toMatch(/^citegraph: 2 documents, 4 skipped, \d+ entities/);

    const strict = citegraph(['extract', 'posts', '--max-file-size', '2k', '--strict', '-o', 'graph.json'], { cwd: dir });
    expect(strict.status).toBe(1);
    expect(lines(strict.stderr).at(-1)).toBe('citegraph: --strict: 4 warnings (above), nothing written');
    expect(existsSync(join(dir, 'graph.json'))).toBe(false);
  });

  it(`${here}skips a file whose name is not UTF-8, saying so`, () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, 'posts/a.md'), GOOD);
    writeFileSync(Buffer.concat([Buffer.from(join(dir, 'posts/caf')), Buffer.from([0xe9]), Buffer.from('.md')]), GOOD);
    const run = citegraph(['extract', 'posts', '-q'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('citegraph: warning: posts/caf\ufffd.md: file name is not valid UTF-8, rename the file; skipped\n');
    expect(documentPaths(run.stdout)).toEqual(['posts/a.md']);
  });

  it(`${here}fails when every file found was skipped`, () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, 'posts/a.md'), Buffer.from([0, 1, 2]));
    const run = citegraph(['extract', 'posts', '-o', 'graph.json'], { cwd: dir });
    expect(run.stderr).toBe('citegraph: warning: posts/a.md: binary file, expected Markdown, HTML or text; skipped\ncitegraph: no document could be read (1 skipped, above), nothing written\n');
    expect(run.status).toBe(1);
    expect(existsSync(join(dir, 'graph.json'))).toBe(false);
  });

  it(`${here}refuses the same files when named on the command line`, () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'big.txt'), 'word '.repeat(1000));
    symlinkSync('nowhere.md', join(dir, 'dangling.md'));
    expect(citegraph(['extract', 'big.txt', '--max-file-size', '2000'], { cwd: dir }).stderr).toBe(
      'citegraph: big.txt: too large (5 kB, over the limit of 2 kB; raise it with --max-file-size)\n',
    );
    const dangling = citegraph(['extract', 'dangling.md'], { cwd: dir });
    expect(dangling.stderr).toBe('citegraph: dangling.md: broken symbolic link (to nowhere.md)\n');
    expect(dangling.status).toBe(1);
  });

  it(`${here}follows symbolic links inside folders, reading each file and folder once`, () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'posts'));
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(join(dir, 'posts/a.md'), GOOD);
    writeFileSync(join(dir, 'elsewhere/b.md'), 'NVIDIA sells GPUs: https://nvidia.com');
    symlinkSync('../elsewhere', join(dir, 'posts/linked'));
    symlinkSync('a.md', join(dir, 'posts/alias.md'));
    symlinkSync('..', join(dir, 'posts/up')); // a loop back to the folder above
    const run = citegraph(['extract', 'posts', '-q'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(documentPaths(run.stdout)).toEqual(['posts/a.md', 'posts/linked/b.md']);
  });

  it.skipIf(process.getuid?.() === 0)(`${here}skips a subfolder it may not read`, () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'posts/locked'), { recursive: true });
    writeFileSync(join(dir, 'posts/a.md'), GOOD);
    chmodSync(join(dir, 'posts/locked'), 0);
    const run = citegraph(['extract', 'posts', '-q'], { cwd: dir });
    chmodSync(join(dir, 'posts/locked'), 0o755);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('citegraph: warning: posts/locked: cannot read this folder (permission denied); skipped\n');
  });
});

describe('encodings and limits', () => {
  it(`${here}reads Latin-1 as Windows-1252 with a warning, and UTF-16 with a byte order mark`, () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'latin.md'), Buffer.from('Jürgen Müller joined Siemens in München.\n', 'latin1'));
    const text = 'Angela Merkel met Emmanuel Macron in Paris.\n';
    writeFileSync(join(dir, 'le.md'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(dir, 'be.md'), Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
    const latin = citegraph(['extract', 'latin.md', '-q'], { cwd: dir });
    expect(latin.stderr).toBe('citegraph: warning: latin.md: not valid UTF-8, read as Windows-1252 (Latin-1)\n');
    expect(labels(latin.stdout)).toEqual(expect.arrayContaining(['Jürgen Müller', 'München']));
    for (const name of ['le.md', 'be.md']) {
      const run = citegraph(['extract', name, '-q'], { cwd: dir });
      expect(run.stderr, name).toBe('');
      expect(labels(run.stdout), name).toEqual(expect.arrayContaining(['Angela Merkel', 'Emmanuel Macron', 'Paris']));
    }
  });

  it(`${here}checks stdin like a file: random bytes are refused, Latin-1 is read`, () => {
    let seed = 7;
    const random = Buffer.from(Array.from({ length: 3000 }, () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 16) & 0xff));
    const binary = spawnSync(process.execPath, [CLI, 'extract', '-'], { input: random, encoding: 'utf8' });
    expect(binary.stderr).toBe('citegraph: -: binary file, expected Markdown, HTML or text\n');
    expect(binary.status).toBe(1);
    const latin = spawnSync(process.execPath, [CLI, 'extract', '-', '-q'], { input: Buffer.from('Jürgen Müller joined Siemens.\n', 'latin1'), encoding: 'utf8' });
    expect(latin.status).toBe(0);
    expect(latin.stderr).toBe('citegraph: warning: -: not valid UTF-8, read as Windows-1252 (Latin-1)\n');
    const big = spawnSync(process.execPath, [CLI, 'extract', '-', '--max-file-size', '1k'], { input: 'word '.repeat(1000), encoding: 'utf8' });
    expect(big.stderr).toBe('citegraph: -: too large (over the limit of 1 kB; raise it with --max-file-size)\n');
  });

  it(`${here}tells binary from text by NUL and control bytes, not by a stray escape sequence`, () => {
    expect(() => readSource(Buffer.from([0x48, 0x69, 0, 0x21]), 'a.md')).toThrow(CitegraphError);
    expect(() => readSource(Buffer.from('\x01\x02\x03\x04\x05\x06\x07\x08\x0e\x0f'.repeat(3)), 'a.md')).toThrow('a.md: binary file');
    expect(readSource(Buffer.from('Mozilla \x1b]0;title\x07 funds Servo.\x07\n'), 'a.md').text).toContain('Mozilla');
  });

  it(`${here}walks HTML nested 3,000 deep, as a page and inside Markdown, with a warning`, () => {
    const dir = temporaryDirectory();
    const deep = `${'<div>'.repeat(3000)}Mozilla funds <a href="https://servo.org">Servo</a>.`;
    writeFileSync(join(dir, 'deep.html'), deep);
    writeFileSync(join(dir, 'deep.md'), `${deep}\n`);
    for (const name of ['deep.html', 'deep.md']) {
      const run = citegraph(['extract', name, '-q'], { cwd: dir });
      expect(run.status, name).toBe(0);
      expect(run.stderr, name).toBe(`citegraph: warning: ${name}: HTML nested deeper than 256 elements; the deeper part is read as plain text\n`);
      expect(labels(run.stdout), name).toEqual(expect.arrayContaining(['Mozilla', 'Servo']));
    }
  });
});

describe('terminal safety', () => {
  const hostile = 'Mozilla \x1b]0;pwned\x07funds Servo, says \x1b]52;c;ZXZpbA==\x07 [the \x1b]8;;https://evil.example\x1b\\\\report\x1b]8;;\x1b\\\\](https://servo.org/). Alice\bBob met IBM\x1b[2J\x9b31m in Paris.\n';

  it(`${here}shows control characters in query tables as visible escapes, and --json unchanged`, () => {
    const dir = temporaryDirectory();
    writeFileSync(join(dir, 'inj.md'), hostile);
    expect(citegraph(['extract', 'inj.md', '-o', 'g.json', '-q'], { cwd: dir }).status).toBe(0);
    for (const question of [['sources', 'Mozilla'], ['top'], ['stats'], ['entity', 'Mozilla'], ['cited', 'servo.org']]) {
      const run = citegraph(['query', 'g.json', ...question, '--limit', '0'], { cwd: dir });
      expect(run.status, question.join(' ')).toBe(0);
      expect(run.stdout, question.join(' ')).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/);
    }
    const sources = citegraph(['query', 'g.json', 'sources', 'Mozilla'], { cwd: dir }).stdout;
    expect(sources).toContain('\\e]0;pwned\\x07');
    const json = citegraph(['query', 'g.json', 'sources', 'Mozilla', '--json'], { cwd: dir }).stdout;
    expect(json).toContain('\\u001b]0;pwned\\u0007');
  });

  it(`${here}escapes control characters and newlines in file names on warning and error lines`, () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'posts'));
    writeFileSync(join(dir, 'posts', 'a\x1b]0;t\x07.md'), Buffer.from([0, 1, 2]));
    writeFileSync(join(dir, 'posts', 'b.md'), GOOD);
    const folder = citegraph(['extract', 'posts', '-q'], { cwd: dir });
    expect(folder.stderr).toBe('citegraph: warning: posts/a\\e]0;t\\x07.md: binary file, expected Markdown, HTML or text; skipped\n');
    const named = citegraph(['extract', 'new\nline\u202e.md'], { cwd: dir });
    expect(named.stderr).toBe('citegraph: new\\nline\\u202e.md: no such file or directory\n');
  });

  it(`${here}escapes C0, DEL, C1 and bidirectional controls, and nothing else`, () => {
    expect(escapeControls('a\x1b[31mb\r\n\t\x00\x7f\x9b\u202e\u2066 é 中 😀')).toBe('a\\e[31mb\\r\\n\\t\\x00\\x7f\\x9b\\u202e\\u2066 é 中 😀');
  });
});

describe('collectInputs', () => {
  it(`${here}walks a folder nested 300 deep without recursion`, async () => {
    const dir = temporaryDirectory();
    let path = dir;
    for (let i = 0; i < 300; i++) path = join(path, 'd');
    mkdirSync(path, { recursive: true });
    writeFileSync(join(path, 'deep.md'), GOOD);
    const inputs = await collectInputs([dir]);
    expect(inputs).toHaveLength(1);
    expect(inputs[0]!.path.endsWith('/d/deep.md')).toBe(true);
  });

  it(`${here}gives a folder's files and warnings in name order, though it asks about its entries all at once`, async () => {
    // A broken link takes more questions to explain (lstat, readlink) than a file too large: answered
    // as they came back, the warnings would come out of order.
    const dir = temporaryDirectory();
    const expected: string[] = [];
    for (let i = 0; i < 40; i++) {
      const name = `${String(i).padStart(2, '0')}.md`;
      if (i % 3 === 0) {
        symlinkSync(`nowhere-${i}.md`, join(dir, name));
        expected.push(`${join(dir, name)}: broken symbolic link (to nowhere-${i}.md)`);
      } else if (i % 3 === 1) {
        writeFileSync(join(dir, name), 'x'.repeat(2048));
        expected.push(`${join(dir, name)}: too large (2 kB, over the limit of 1 kB; raise it with --max-file-size)`);
      } else writeFileSync(join(dir, name), GOOD);
    }
    const skipped: string[] = [];
    const inputs = await collectInputs([dir], { maxFileSize: 1024, onSkip: (message) => skipped.push(message) });
    expect(skipped).toEqual(expected);
    expect(inputs.map((input) => input.path)).toEqual(Array.from({ length: 13 }, (_, k) => join(dir, `${String(3 * k + 2).padStart(2, '0')}.md`)));
  });
});

describe('library API', () => {
  it(`${here}should expose the error types and exit codes`, async () => {
    const api = await import('citegraph');
    expect(Object.keys(api)).toEqual(expect.arrayContaining(['CitegraphError', 'InternalError', 'EXIT']));
    expect(api.EXIT).toEqual({ ok: 0, input: 1, usage: 2, io: 3, internal: 70 });
  });
});

describe('outputs', () => {
  it(`${here}writes through a symbolic link as a shell would, and refuses a folder, a FIFO or a link loop`, () => {
    const dir = temporaryDirectory();
    mkdirSync(join(dir, 'real'));
    symlinkSync('real/graph.json', join(dir, 'link.json'));
    expect(citegraph(['extract', SAMPLE, '-o', 'link.json', '-q'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'real/graph.json'), 'utf8')).toMatch(/^\{"options"/);
    mkdirSync(join(dir, 'folder.json'));
    spawnSync('mkfifo', [join(dir, 'fifo.json')]);
    symlinkSync('b.json', join(dir, 'a.json'));
    symlinkSync('a.json', join(dir, 'b.json'));
    for (const [name, reason] of [['folder.json', 'is a directory'], ['fifo.json', 'not a regular file'], ['a.json', 'too many levels of symbolic links']]) {
      const run = citegraph(['extract', SAMPLE, '-o', name!, '-q'], { cwd: dir });
      expect(run.stderr).toBe(`citegraph: ${name}: cannot write (${reason})\n`);
      expect(run.status).toBe(EXIT.io);
    }
  });

  it(`${here}removes the temporary file on SIGTERM and SIGINT and keeps the old output`, async () => {
    const { spawn } = await import('node:child_process');
    const { watch } = await import('node:fs');
    const dir = temporaryDirectory();
    const target = join(dir, 'graph.json');
    writeFileSync(target, 'old');
    // 100 MB written through the real writeFileAtomic: long enough to be caught in the middle.
    const script = `import('${join(ROOT, 'dist/commands/output.js')}').then(({ writeFileAtomic }) => writeFileAtomic(${JSON.stringify(target)}, 'x'.repeat(1e8)))`;
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = spawn(process.execPath, ['-e', script], { stdio: 'ignore' });
      const watcher = watch(dir, (_event, name) => {
        if (name?.endsWith('.tmp')) child.kill(signal);
      });
      const code = await new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
      watcher.close();
      expect(code, signal).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(readdirSync(dir), signal).toEqual(['graph.json']);
      expect(readFileSync(target, 'utf8'), signal).toBe('old');
    }
  });
});

describe('input that would take hours or gigabytes', () => {
  it(`${here}does not pair the names of a sentence that is a list of hundreds`, async () => {
    const { buildGraph } = await import('../src/graph/build.js');
    const { extract } = await import('../src/extract/extract.js');
    const names = Array.from({ length: 60 }, (_, i) => `Zorb${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}ix`);
    const list = extract(readSource(`We thanked ${names.join(', ')} and more.\n\nZorbaaix met Zorbbaix in Berlin.\n`, 'list.md'));
    const graph = buildGraph([list]);
    const cooccurs = graph.filterEdges((_edge, attributes) => attributes.kind === 'cooccurs').map((edge) => graph.extremities(edge).map((node) => graph.getNodeAttribute(node, 'label')).sort());
    // Only the short sentence pairs its names; the list of 60 adds none of its 1,770 pairs.
    expect(cooccurs.length).toBeLessThan(5);
    expect(graph.filterNodes((_node, attributes) => attributes.kind === 'entity').length).toBeGreaterThanOrEqual(50);
  });

  it(`${here}judges a run of thousands of capitalised words in pieces no longer than a name can be`, async () => {
    const { extract } = await import('../src/extract/extract.js');
    const words = Array.from({ length: 2000 }, (_, i) => `Word${i}`).join(' ');
    const extraction = extract(readSource(`${words}.\n`, 'caps.md'));
    expect(Math.max(...extraction.entities.map((entity) => entity.label.split(' ').length))).toBeLessThanOrEqual(24);
  });
});
