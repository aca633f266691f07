import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { CitegraphError, pathError } from '../errors.js';
import { loadLexicon, type Lexicon } from '../extract/lexicon.js';
import { buildGraph } from '../graph/build.js';
import { extractInput } from '../pipeline.js';
import { goldDocumentPath, readGold } from './gold.js';
import { scoreGraph, type DocumentScore } from './score.js';
import { genreTotals, macroTotal, microTotal, type GenreTotal, type MacroTotal, type Total } from './totals.js';

export interface EvaluateOptions {
  /** Extra lexicon files, as `citegraph extract --lexicon` takes them (default: none). */
  lexiconFiles?: readonly string[];
  /** A lexicon already built; replaces the built-in one and `lexiconFiles`. */
  lexicon?: Lexicon;
  /** Called with one-line warnings about documents that were read around. */
  onWarning?: (message: string) => void;
}

export interface EvaluatedDocument extends DocumentScore {
  /** The gold file, as given. */
  gold: string;
}

export interface Evaluation {
  documents: EvaluatedDocument[];
  /** Micro averages over every document. */
  total: Total;
  macro: MacroTotal;
  /** Per genre, for gold files that name one. */
  genres: Record<string, GenreTotal>;
}

/** Gold files end with this; a folder is searched for them recursively. */
export const GOLD_SUFFIX = '.gold.json';

/** The gold files named: files as given, folders searched recursively for `*.gold.json`, in sorted order. */
export async function collectGoldFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      throw pathError(path, error);
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const found = await walk(path);
    if (found.length === 0) throw new CitegraphError(`${path}: no gold files (*${GOLD_SUFFIX}) in this folder`);
    files.push(...found);
  }
  return [...new Set(files)];
}

async function walk(folder: string): Promise<string[]> {
  const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (entry.isFile() && entry.name.endsWith(GOLD_SUFFIX)) files.push(path);
  }
  return files;
}

/**
 * Extracts each gold file's document on its own, as `citegraph extract DOC`
 * does, and scores the graph against the gold file. Every gold file is read and
 * checked before any extraction, so a broken one fails fast.
 */
export async function evaluate(goldPaths: readonly string[], options: EvaluateOptions = {}): Promise<Evaluation> {
  const golds = goldPaths.map((goldPath) => {
    const gold = readGold(goldPath);
    const documentPath = goldDocumentPath(goldPath, gold);
    if (!existsSync(documentPath)) throw new CitegraphError(`${goldPath}: document "${gold.document}" not found (${documentPath})`);
    return { goldPath, gold, documentPath };
  });
  const lexicon = options.lexicon ?? loadLexicon(options.lexiconFiles ?? []);
  const documents: EvaluatedDocument[] = [];
  for (const { goldPath, gold, documentPath } of golds) {
    let result;
    try {
      result = await extractInput({ path: documentPath }, { lexicon });
    } catch (error) {
      if (error instanceof CitegraphError) throw new CitegraphError(`${goldPath}: ${error.message}`, error.exitCode, { cause: error });
      throw error;
    }
    for (const warning of result?.warnings ?? []) options.onWarning?.(warning);
    // A named input is never skipped (extractInput throws instead), so there is always one.
    const graph = buildGraph(result ? [result.extraction] : []);
    documents.push({ ...scoreGraph(graph.export() as Parameters<typeof scoreGraph>[0], gold), gold: goldPath });
  }
  return { documents, total: microTotal(documents), macro: macroTotal(documents), genres: genreTotals(documents) };
}
