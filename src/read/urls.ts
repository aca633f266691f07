import LinkifyIt from 'linkify-it';
import { remembered } from '../memo.js';

/** A URL written out in prose, found by linkify-it. */
export interface BareUrl {
  index: number;
  lastIndex: number;
  url: string;
  text: string;
}

const withScheme = new LinkifyIt({}, { fuzzyLink: false, fuzzyEmail: false });
// NOTE: fuzzy matching is only for `www.` links, as in GFM: a bare `crates.io`
// in prose is a name, not a citation. It is also ten times slower, so it runs
// only on text that holds `www.`.
const fuzzy = new LinkifyIt({}, { fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false });

/** Finds http(s) and `www.` URLs in a run of prose. */
export function findBareUrls(text: string): BareUrl[] {
  const hasWww = /www\./i.test(text);
  if (!hasWww && !text.includes('://')) return [];
  const matches = (hasWww ? fuzzy : withScheme).match(text) ?? [];
  const found: BareUrl[] = [];
  for (const m of matches) {
    const isWeb = m.schema === 'http:' || m.schema === 'https:';
    const isWww = m.schema === '' && /^www\./i.test(m.text);
    if (isWeb || isWww) found.push({ index: m.index, lastIndex: m.lastIndex, url: m.url, text: m.text });
  }
  return found;
}

// Quotes, brackets and parentheses that sloppy Markdown leaves around a target: [x]((https://…)), [x]("https://…").
const WRAPPING = /^(?:[\s("'<]|%22|%27|%3C)+|(?:[\s)"'>]|%22|%27|%3E)+$/gi;

/** The http(s) URL a link target stands for, once wrappers left by sloppy Markdown are removed; undefined when it has none. */
export function webUrlOf(target: string): string | undefined {
  let trimmed = target.trim();
  // A protocol-relative target (//www.ncbi.nlm.nih.gov/…, common in saved pages) is fetched over https.
  if (/^\/\/[\p{L}\p{N}-]+\.[\p{L}\p{N}.-]/u.test(trimmed)) trimmed = `https:${trimmed}`;
  if (isWebUrl(trimmed)) return trimmed;
  const unwrapped = trimmed.replace(WRAPPING, '');
  return unwrapped !== trimmed && isWebUrl(unwrapped) ? unwrapped : undefined;
}

/** Whether a link target is an absolute http(s) URL. */
export function isWebUrl(url: string): boolean {
  const parsed = URL.parse(url.trim());
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
}

/**
 * The canonical form of a source URL: WHATWG parsing (lower-case host,
 * punycode, default port dropped), no fragment, no `www.`, no trailing slash
 * on the path, and `http` folded into `https`, so that the same page cited two
 * ways is one source node.
 */
export function normalizeUrl(url: string): string {
  return remembered(NORMALIZED, MAX_NORMALIZED, url, normalizedUrl);
}

// Normalized URLs by URL: a document cites many pages more than once, and a corpus the same pages in many documents.
// Bounded, and emptied when full. (An address that does not parse throws each time, and is never kept.)
const NORMALIZED = new Map<string, string>();
const MAX_NORMALIZED = 8192;

function normalizedUrl(url: string): string {
  const parsed = new URL(url.trim());
  parsed.hash = '';
  parsed.protocol = 'https:';
  parsed.hostname = parsed.hostname.replace(/^www\./, '');
  if (parsed.port === '443' || parsed.port === '80') parsed.port = '';
  let href = parsed.href;
  if (parsed.search === '' && parsed.pathname.endsWith('/')) href = href.replace(/\/+$/, '');
  return href;
}

/** `domain/path` for display, without scheme or query. */
export function shortUrlLabel(normalized: string): string {
  const parsed = new URL(normalized);
  const path = parsed.pathname === '/' ? '' : decodeSafely(parsed.pathname);
  return parsed.hostname + path;
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
