import { createRequire } from 'node:module';

// The parsers are loaded on the first front matter that needs them: a run over files
// without any (or without TOML) does not pay for loading them at start-up.
const require = createRequire(import.meta.url);
let yaml: typeof import('yaml') | undefined;
let toml: typeof import('smol-toml') | undefined;

export interface FrontMatter {
  title?: string;
  date?: string;
}

export interface SplitSource {
  frontMatter: FrontMatter;
  /** The document after its front matter. */
  body: string;
  /** Set when a front matter block was found but could not be parsed. */
  problem?: string;
  /** What the parser said of a block it could read (an unknown YAML tag), one line each. */
  warnings?: string[];
}

/** YAML with its errors thrown and its warnings returned, never printed by the library (it would write `YAMLWarning` to stderr). */
function parseYaml(source: string): { data: unknown; warnings: string[] } {
  yaml ??= require('yaml') as typeof import('yaml');
  const document = yaml.parseDocument(source, { logLevel: 'silent' });
  if (document.errors.length > 0) throw document.errors[0]!;
  return { data: document.toJS({ maxAliasCount: 100 }) as unknown, warnings: document.warnings.map((warning) => firstLine(warning.message)) };
}

function parseToml(source: string): { data: unknown; warnings: string[] } {
  toml ??= require('smol-toml') as typeof import('smol-toml');
  return { data: toml.parse(source) as unknown, warnings: [] };
}

const firstLine = (text: string) => text.split('\n', 1)[0]!.replace(/:$/, '');

// The fences are the whole of the format; the contents go to real YAML and TOML parsers.
const FENCES = [
  { open: /^---[ \t]*\r?\n/, close: /^(?:---|\.\.\.)[ \t]*$/m, language: 'YAML', parse: parseYaml },
  { open: /^\+\+\+[ \t]*\r?\n/, close: /^\+\+\+[ \t]*$/m, language: 'TOML', parse: parseToml },
] as const;

// A page variable of Franklin.jl, the Julia sites' generator, as its pages open with them:
// `@def title = "…"`, `@def rss_description = """ … """` (a value in triple quotes may span lines).
const PAGE_VARIABLE = /^[ \t]*@def[ \t]+(\w+)[ \t]*=[ \t]*("{3}[^]*?"{3}|[^\n]*)[ \t]*(?:\r?\n|$)/;
const BLANK_LINES = /^(?:[ \t]*\r?\n)+/;

/** The `@def` lines opening a Franklin page: no body text, but its title and its date. */
function splitPageVariables(text: string): SplitSource | undefined {
  if (!text.startsWith('@def')) return undefined;
  const fields: Record<string, string> = {};
  let rest = text;
  for (let line = PAGE_VARIABLE.exec(rest); line; line = PAGE_VARIABLE.exec(rest)) {
    const value = line[2]!.trim();
    // Only plain strings are read: other values are Julia expressions (Date(2019, 2, 3), true, ["a", "b"]).
    if (/^"[^"]*"$/.test(value)) fields[line[1]!] = value.slice(1, -1);
    rest = rest.slice(line[0].length).replace(BLANK_LINES, '');
  }
  return { frontMatter: readFields(fields), body: rest };
}

/** Separates YAML (`---`), TOML (`+++`) or Franklin (`@def`) front matter from the body and reads its title and date. */
export function splitFrontMatter(source: string): SplitSource {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const franklin = splitPageVariables(text);
  if (franklin) return franklin;
  for (const fence of FENCES) {
    const open = fence.open.exec(text);
    if (!open) continue;
    const rest = text.slice(open[0].length);
    const close = fence.close.exec(rest);
    if (!close) return { frontMatter: {}, body: text };
    const raw = rest.slice(0, close.index);
    const body = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
    try {
      const { data, warnings } = fence.parse(raw);
      const notes = warnings.map((warning) => `${fence.language} front matter: ${warning}`);
      return { frontMatter: readFields(data), body, ...(notes.length > 0 ? { warnings: notes } : {}) };
    } catch (error) {
      const reason = firstLine(error instanceof Error ? error.message : String(error));
      return { frontMatter: {}, body, problem: `invalid ${fence.language} front matter (${reason})` };
    }
  }
  return { frontMatter: {}, body: text };
}

function readFields(data: unknown): FrontMatter {
  if (typeof data !== 'object' || data === null) return {};
  const record = data as Record<string, unknown>;
  const fields: FrontMatter = {};
  const title = asText(record.title);
  if (title) fields.title = title;
  const date = asDate(record.date ?? record.published ?? record.pubDate);
  if (date) fields.date = date;
  return fields;
}

function asText(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

function asDate(value: unknown): string | undefined {
  // smol-toml's TomlDate gives a local date as written (`2026-01-04`), a date-time as ISO 8601.
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return String(value);
  return asText(value);
}
