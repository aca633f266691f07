import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize, wordShape, type Token } from '../src/extract/tokens.js';
import type { Verbatim } from '../src/read/types.js';
import { seeded } from './support/random.js';

// tokenize() skips spaces by character code and asks a sticky regex, with test(), whether a token starts where it
// stands. The slow path it replaced: the same pattern, global, with exec() over the whole span. Every token
// (its text, offsets, flags and shape) must be the one the slow path gives.
const PATTERN =
  /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}_]|['’](?=\p{L})|[-.&](?=[\p{L}\p{N}])|\+(?=\p{Lu})|::(?=[\p{L}_]))*(?:\+\+|#(?![\p{L}\p{N}]))?|[^\s\p{L}\p{N}]/gu;

const DOTTED_ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;
const POSSESSIVE = /['’]s$/;

/** The slow path: tokenize() as it was, whole (the verbatim spans must be sorted). */
function slowTokenize(text: string, start: number, end: number, verbatim: readonly Verbatim[]): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  PATTERN.lastIndex = 0;
  for (let match = PATTERN.exec(slice); match !== null; match = PATTERN.exec(slice)) {
    let word = match[0];
    const from = start + match.index;
    if (text[from + word.length] === '.' && word.includes('.') && DOTTED_ABBREVIATION.test(word)) word += '.';
    const isWord = /^[\p{L}\p{N}]/u.test(word);
    const isPossessive = isWord && word.length > 2 && POSSESSIVE.test(word);
    const surface = isPossessive ? word.slice(0, -2) : word;
    const isVerbatim = verbatim.some((span) => span.start < from + word.length && from < span.end);
    tokens.push({ text: surface, start: from, end: from + surface.length, isWord, isPossessive, isVerbatim, shape: isWord ? wordShape(surface) : 0 });
  }
  return tokens.filter((token, i) => !(token.text === '.' && i > 0 && tokens[i - 1]!.end > token.start));
}

const SPACES = [' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\u2028', '\ufeff', '\u202f'];
const PIECES = ['Rust', 'C++', 'C#', 'U.S.', 'e.g.', "Alice's", 'don’t', 'rust-analyzer', 'std::io', 'Rust+GNOME', 'a_b', '_x', 'AT&T', '3.14', 'café', 'naïve', 'e\u0301', '日本語', '𝔘nicode', '😀', '\ud800', '#', '@scope/pkg', '(x)', '—', '...', 'x.', '.x', '-', "'s", 'a+b', 'a::', '::b', 'x#y', 'C#9', '\u001c', '\u0000', 'a_b-c', 'x1.y2'];

function randomText(random: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    const r = random();
    text += r < 0.35 ? SPACES[Math.floor(random() * SPACES.length)] : r < 0.85 ? PIECES[Math.floor(random() * PIECES.length)] : String.fromCharCode(32 + Math.floor(random() * 0x2100));
  }
  return text;
}

describe('tokenize, against the global regex it replaced', () => {
  it('gives the same tokens in random text, with every kind of space', () => {
    const random = seeded(12);
    for (let n = 0; n < 2000; n++) {
      const text = randomText(random, 1 + Math.floor(random() * 80));
      const start = Math.floor(random() * 3);
      const end = Math.max(start, text.length - Math.floor(random() * 3));
      const verbatim: Verbatim[] = random() < 0.5 ? [] : [{ start: start + 2, end: start + 9, kind: 'code' }];
      expect(tokenize(text, start, end, verbatim), JSON.stringify(text)).toEqual(slowTokenize(text, start, end, verbatim));
    }
  });

  it('gives the same tokens over the dev documents', () => {
    const folder = join(import.meta.dirname, 'fixtures/dev-docs');
    for (const name of readdirSync(folder).filter((file) => /\.(?:md|txt|html)$/.test(file))) {
      const text = readFileSync(join(folder, name), 'utf8');
      expect(tokenize(text, 0, text.length, []), name).toEqual(slowTokenize(text, 0, text.length, []));
    }
  });

  it('marks verbatim tokens as before', () => {
    const text = 'Run `cargo build` now, see https://example.com/x today';
    const verbatim: Verbatim[] = [{ start: 4, end: 17, kind: 'code' }, { start: 27, end: 48, kind: 'url' } as Verbatim];
    expect(tokenize(text, 0, text.length, verbatim).filter((token) => token.isVerbatim).map((token) => token.text)).toEqual(['`', 'cargo', 'build', '`', 'https', ':', '/', '/', 'example.com', '/', 'x']);
  });
});
