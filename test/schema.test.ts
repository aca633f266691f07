import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildGraph, extract, findProblem, readDocument, readSource, toJson } from '../src/index.js';
import { GRAPH_SCHEMA_ID } from '../src/query/check.js';
import { GRAPH_SCHEMA_PATH } from '../src/query/schema-path.js';
import { collectInputs, extractInputs } from '../src/pipeline.js';
import { ROOT, SAMPLE } from './support/cli.js';
import { generateDocuments } from './support/documents.js';

const here = '[schema] ';
const schema = JSON.parse(readFileSync(join(ROOT, 'schema/graph.schema.json'), 'utf8'));
// A plain validator, as a user would set one up: strict, every error.
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const errorsOf = (graph: unknown) => (validate(graph) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

/** Attribute names the export writes, by node kind and edge kind. */
function attributeNames(graph: { nodes: { attributes: Record<string, unknown> }[]; edges: { attributes: Record<string, unknown> }[] }) {
  const names: Record<string, Set<string>> = {};
  for (const { attributes } of [...graph.nodes, ...graph.edges]) for (const name of Object.keys(attributes)) (names[attributes.kind as string] ??= new Set()).add(name);
  return names;
}

/** Every property name a schema declares, at any depth. */
function propertyNames(schema: unknown): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const own = 'properties' in schema ? Object.keys(schema.properties as object) : [];
  return [...own, ...Object.values(schema).flatMap(propertyNames)];
}

describe('JSON Schema of the export (schema 1)', () => {
  it(`${here}is a draft 2020-12 schema with the $id the library and README give`, () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(GRAPH_SCHEMA_ID);
    expect(GRAPH_SCHEMA_PATH).toBe(join(ROOT, 'schema/graph.schema.json'));
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('schema/graph.schema.json');
    expect(readme).toContain(GRAPH_SCHEMA_ID);
  });

  it(`${here}validates the export of the sample essay`, async () => {
    const graph = JSON.parse(toJson(buildGraph([extract(await readDocument(SAMPLE))])));
    expect(errorsOf(graph)).toEqual([]);
  });

  it(`${here}validates the export of the development documents (Markdown and HTML)`, async () => {
    const graph = JSON.parse(toJson(buildGraph(await extractInputs(await collectInputs([join(ROOT, 'test/fixtures/dev-docs')])))));
    expect(graph.attributes.documents).toBeGreaterThan(3);
    expect(errorsOf(graph)).toEqual([]);
  }, 120_000); // every dev document (about a hundred) is read and extracted: seconds alone, more on a busy machine

  it(`${here}validates graphs built from generated documents, including without evidence`, () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const documents = generateDocuments(seed, 12);
      const graph = JSON.parse(toJson(buildGraph(documents.map((d) => extract(d)), { seed, maxEvidence: seed === 5 ? 0 : 3 })));
      expect(graph.nodes.some((n: { attributes: { kind: string } }) => n.attributes.kind === 'source')).toBe(true);
      expect(errorsOf(graph), `seed ${seed}`).toEqual([]);
    }
    expect(errorsOf(JSON.parse(toJson(buildGraph([]))))).toEqual([]);
  });

  it(`${here}declares every attribute the export writes`, () => {
    const graph = JSON.parse(toJson(buildGraph(generateDocuments(7, 20).map((d) => extract(d)))));
    const declared = (...defs: string[]) => new Set(defs.flatMap((def) => propertyNames(schema.$defs[def])));
    const written = attributeNames(graph);
    expect(written.document).toContain('title');
    for (const kind of ['entity', 'source', 'document']) expect([...written[kind]!].filter((a) => !declared('nodeBase', `${kind}Attributes`).has(a)), kind).toEqual([]);
    for (const kind of ['cites', 'mentions', 'links', 'cooccurs']) expect([...written[kind]!].filter((a) => !declared('edge').has(a)), kind).toEqual([]);
    expect(Object.keys(graph).sort()).toEqual(Object.keys(schema.properties).sort());
  });

  it(`${here}rejects what schema 1 rules out`, () => {
    const good = JSON.parse(toJson(buildGraph(generateDocuments(3, 4).map((d) => extract(d)))));
    const broken = (change: (graph: any) => void) => {
      const graph = structuredClone(good);
      change(graph);
      return errorsOf(graph);
    };
    expect(broken((g) => (g.attributes.schemaVersion = 2))).not.toEqual([]);
    expect(broken((g) => delete g.nodes.find((n: any) => n.attributes.kind === 'entity').attributes.category)).not.toEqual([]);
    expect(broken((g) => delete g.edges.find((e: any) => e.attributes.kind === 'cooccurs').undirected)).not.toEqual([]);
    expect(broken((g) => (g.edges.find((e: any) => e.attributes.kind === 'cites').source = g.nodes[0].key))).not.toEqual([]);
    expect(broken((g) => (g.nodes.find((n: any) => n.attributes.kind === 'source').attributes.url = 'ftp://x'))).not.toEqual([]);
  });

  it(`${here}accepts the evidence of a table cell with its row, and rejects a malformed row`, () => {
    const team = readSource('| Name | Team |\n|---|---|\n| [Niko Matsakis](https://github.com/nikomatsakis) | lang |', 'team.md');
    const good = JSON.parse(toJson(buildGraph([extract(team)])));
    const cites = good.edges.findIndex((e: any) => e.attributes.evidence?.[0]?.row);
    expect(cites).toBeGreaterThanOrEqual(0);
    expect(errorsOf(good)).toEqual([]);
    expect(findProblem(good)).toBeUndefined();
    const broken = (change: (row: any) => void) => {
      const graph = structuredClone(good);
      change(graph.edges[cites].attributes.evidence[0].row);
      return [errorsOf(graph), findProblem(graph)];
    };
    for (const change of [
      (row: any) => delete row.column,
      (row: any) => (row.column = -1),
      (row: any) => (row.cells = [row.cells[0]]),
      (row: any) => (row.cells[1].text = 3),
      (row: any) => (row.cells[1].header = ''),
    ]) {
      const [errors, problem] = broken(change);
      expect(errors).not.toEqual([]);
      expect(problem?.[0]).toMatch(new RegExp(`^edges\\[${cites}\\]\\.attributes\\.evidence\\[0\\]\\.row`));
    }
  });

  it(`${here}is what the loader's compiled validator checks (generated/graph-validator.js is current, and not in src or git)`, async () => {
    // @ts-expect-error: a plain .mjs script without types
    const { compileValidator } = (await import('../schema/compile.mjs')) as { compileValidator: () => string };
    expect(readFileSync(join(ROOT, 'generated/graph-validator.js'), 'utf8')).toBe(compileValidator());
    expect(existsSync(join(ROOT, 'src/query/graph-validator.js'))).toBe(false);
    expect(readFileSync(join(ROOT, '.gitignore'), 'utf8').split('\n')).toContain('/generated/');
  });

  it(`${here}ships with the package, where the loader reads it, importable by its package path`, async () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' }));
    const files = pack.files.map((f: { path: string }) => f.path);
    expect(files).toEqual(expect.arrayContaining(['schema/graph.schema.json', 'dist/query/check.js', 'generated/graph-validator.js']));
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(manifest.exports['./schema/graph.schema.json']).toBe('./schema/graph.schema.json');
    const imported = await import('citegraph/schema/graph.schema.json', { with: { type: 'json' } });
    expect(imported.default).toEqual(schema);
  });
});

