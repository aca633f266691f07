import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, extract, loadGraph, query, toJson } from '../src/index.js';
import { citegraph, CLI, ROOT, temporaryDirectory } from './support/cli.js';
import { generateDocuments } from './support/documents.js';

const here = '[jq] ';

/** The README's jq recipes, by the comment above each. */
function readmeRecipes(): Map<string, string> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### With jq'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  const recipes = new Map<string, string>();
  let comment = '';
  for (const line of block.split('\n')) {
    if (line.startsWith('# ')) comment = line.slice(2);
    else if (line.trim() !== '') recipes.set(comment, line);
  }
  return recipes;
}

const recipes = readmeRecipes();
const recipe = (comment: string) => {
  const command = recipes.get(comment);
  if (command === undefined) throw new Error(`no recipe "${comment}" in the README's "With jq" section`);
  return command;
};

// `citegraph` on the PATH, as after `npm link`, for the recipe that pipes citegraph into jq.
const bin = temporaryDirectory();
writeFileSync(join(bin, 'citegraph'), `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
chmodSync(join(bin, 'citegraph'), 0o755);

/** Runs a README line in a folder holding graph.json, as a user would in a shell. */
function runRecipe(command: string, cwd: string): string[] {
  const run = spawnSync('bash', ['-c', command], { cwd, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` } });
  expect(run.stderr, command).toBe('');
  expect(run.status, command).toBe(0);
  return run.stdout.split('\n').filter((line) => line !== '');
}

function sampleFolder(): string {
  const dir = temporaryDirectory();
  expect(citegraph(['extract', 'data', '-o', join(dir, 'graph.json'), '-q']).status).toBe(0);
  return dir;
}

function generatedFolder(): string {
  const dir = join(temporaryDirectory(), 'generated');
  mkdirSync(dir);
  writeFileSync(join(dir, 'graph.json'), toJson(buildGraph(generateDocuments(11, 40).map((d) => extract(d)))));
  return dir;
}

describe('jq recipes in the README', () => {
  it(`${here}has jq on this machine (.ci/run installs it)`, () => {
    expect(spawnSync('jq', ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^jq-1\.\d/);
    expect(recipes.size).toBe(4);
  });

  for (const [name, folder] of [['the sample', sampleFolder], ['generated documents', generatedFolder]] as const) {
    it(`${here}give the answers of citegraph query on ${name}`, async () => {
      const dir = folder();
      const graph = await loadGraph(join(dir, 'graph.json'));

      const organizations = query(graph, { question: 'top', category: 'organization', limit: 0 }).entities.items.map((e) => e.label);
      expect(organizations).toContain('Huawei');
      expect(runRecipe(recipe('Entities of one category, most mentioned first'), dir)).toEqual(organizations);

      const sources = query(graph, { question: 'sources', name: 'Huawei', limit: 0 }).sources.items.map((s) => s.url);
      expect(sources.length).toBeGreaterThan(0);
      expect(runRecipe(recipe('The sources an entity is cited with, by its label'), dir).sort()).toEqual(sources.sort());

      const domains = query(graph, { question: 'stats' }).domains.items.map((d) => `${d.citations}\t${d.sources}\t${d.domain}`);
      expect(runRecipe(recipe('The most cited domains: citations, sources, domain'), dir)).toEqual(domains);

      const chain = query(graph, { question: 'path', from: 'Huawei', to: 'NVIDIA' }).nodes.map((n) => n.label);
      expect(runRecipe(recipe("The chain of a path, one label a line, from citegraph's own JSON"), dir)).toEqual(chain);
    });
  }
});
