import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CitegraphError, pathError } from '../errors.js';
import { CATEGORIES, type Category } from '../graph/schema.js';

/** One entity a careful reader puts in the graph (README, "Gold files"). */
export interface GoldEntity {
  name: string;
  category: Category;
  /** The other ways the text names it. */
  aliases?: string[];
  /** Borderline: finding it is neither rewarded nor punished. */
  optional?: boolean;
}

/** The entity (by its gold `name`) is named in the sentence that holds the link to `url`. */
export interface GoldCitation {
  entity: string;
  url: string;
  optional?: boolean;
}

/** A gold file: what extraction should find in one document. */
export interface Gold {
  /** The document, relative to the gold file's folder (or absolute). */
  document: string;
  /** Free text such as blog, news, encyclopedic, docs, readme, plaintext, bibliography. */
  genre?: string;
  entities: GoldEntity[];
  sources: string[];
  citations: GoldCitation[];
}

/** Reads and checks a gold file; a CitegraphError names the file and its first problem. */
export function readGold(path: string): Gold {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw pathError(path, error);
  }
  return parseGold(text, path);
}

/** Parses and checks gold JSON; `origin` names it in errors. */
export function parseGold(text: string, origin: string): Gold {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CitegraphError(`${origin}: not a gold file: invalid JSON (${(error as Error).message})`);
  }
  const problem = findGoldProblem(data);
  if (problem) throw new CitegraphError(`${origin}: not a gold file: ${problem}`);
  return data as Gold;
}

/** Where a gold file's document lives: relative to the gold file's folder, or absolute. */
export function goldDocumentPath(goldPath: string, gold: Pick<Gold, 'document'>): string {
  return resolve(dirname(goldPath), gold.document);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/** The first way in which `data` is not a gold file, as "where: what" text. */
export function findGoldProblem(data: unknown): string | undefined {
  if (!isObject(data)) return 'expected a JSON object with document, entities, sources and citations';
  if (!isString(data.document)) return '"document" must be the path of the annotated document';
  if (data.genre !== undefined && !isString(data.genre)) return '"genre" must be a string when given';
  if (!Array.isArray(data.entities)) return '"entities" must be a list';
  if (!isStringList(data.sources)) return '"sources" must be a list of URLs';
  if (!Array.isArray(data.citations)) return '"citations" must be a list';
  const names = new Map<string, string>();
  for (const [i, entity] of data.entities.entries()) {
    const where = `entities[${i}]`;
    if (!isObject(entity) || !isString(entity.name)) return `${where}: expected an object with a "name"`;
    if (!CATEGORIES.includes(entity.category as Category)) {
      return `${where} (${entity.name}): "category" is ${JSON.stringify(entity.category)}, expected one of ${CATEGORIES.join(', ')}`;
    }
    if (entity.aliases !== undefined && !isStringList(entity.aliases)) return `${where} (${entity.name}): "aliases" must be a list of names`;
    if (entity.optional !== undefined && typeof entity.optional !== 'boolean') return `${where} (${entity.name}): "optional" must be true or false`;
    names.set(entity.name, entity.name);
    for (const alias of (entity.aliases as string[] | undefined) ?? []) if (!names.has(alias)) names.set(alias, entity.name);
  }
  for (const [i, citation] of data.citations.entries()) {
    const where = `citations[${i}]`;
    if (!isObject(citation) || !isString(citation.entity) || !isString(citation.url)) return `${where}: expected an object with "entity" and "url"`;
    if (citation.optional !== undefined && typeof citation.optional !== 'boolean') return `${where}: "optional" must be true or false`;
    const owner = names.get(citation.entity);
    if (owner !== citation.entity) {
      const hint = owner === undefined ? '' : ` (it is an alias of "${owner}": use the entity's name)`;
      return `${where}: entity "${citation.entity}" is not the name of an entity in "entities"${hint}`;
    }
  }
  return undefined;
}
