import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASCII_LOWER_FIRST, CAPITALIZED, hasInnerCapital, HYPHENATED, INNER_CAPITAL, isCapitalized, tokenize, wordShape } from '../src/extract/tokens.js';
import { seeded } from './support/random.js';

// wordShape answers four questions in one pass over a word, for the rules of names.ts that ask them of nearly every
// token. Each bit must be what the question asked on its own answers.
function slowShape(word: string): number {
  const code = word.charCodeAt(0);
  return (isCapitalized(word) ? CAPITALIZED : 0) | (hasInnerCapital(word) ? INNER_CAPITAL : 0) | (word.includes('-') ? HYPHENATED : 0) |
    (code >= 97 && code <= 122 ? ASCII_LOWER_FIRST : 0);
}

const PIECES = ['a', 'A', 'z', 'Z', '-', '.', "'", 'é', 'É', 'ß', 'ǅ', 'Σ', 'σ', '日', '😀', '1', '_', '+', '#', 'e\u0301', 'ſ', 'K'];

describe('wordShape, against the tests it stands for', () => {
  it('answers as isCapitalized, hasInnerCapital, a hyphen and a lower-case ASCII letter first do, on random words', () => {
    const random = seeded(7);
    for (let n = 0; n < 20000; n++) {
      let word = '';
      const length = 1 + Math.floor(random() * 7);
      for (let k = 0; k < length; k++) word += random() < 0.8 ? PIECES[Math.floor(random() * PIECES.length)] : String.fromCharCode(33 + Math.floor(random() * 0x3000));
      expect(wordShape(word), JSON.stringify(word)).toBe(slowShape(word));
    }
  });

  it('answers so for the shapes names are written in', () => {
    for (const word of ['GitHub', 'iPhone', 'macOS', 't-SNE', 'e-ID', 'x-Y', 'a-BC', 'rust-analyzer', 'Rust', 'rust', 'RUST', 'Ünicode', 'naïveTest', 'éA', 'aÉ', 'U.S.', 'Rust+GNOME', '-', 'a-B']) {
      expect(wordShape(word), word).toBe(slowShape(word));
    }
  });

  it('answers so for every word of the dev documents', () => {
    const folder = join(import.meta.dirname, 'fixtures/dev-docs');
    for (const name of readdirSync(folder).filter((file) => /\.(?:md|txt|html)$/.test(file))) {
      const text = readFileSync(join(folder, name), 'utf8');
      for (const token of tokenize(text, 0, text.length, [])) if (token.isWord) expect(wordShape(token.text), token.text).toBe(slowShape(token.text));
    }
  });

  it('is what tokenize gives each token as its shape (0 for a sign), on the dev documents and random text', () => {
    const folder = join(import.meta.dirname, 'fixtures/dev-docs');
    const texts = readdirSync(folder).filter((file) => /\.(?:md|txt|html)$/.test(file)).map((name) => readFileSync(join(folder, name), 'utf8'));
    const random = seeded(11);
    for (let n = 0; n < 2000; n++) {
      let text = '';
      for (let k = 0; k < 12; k++) text += random() < 0.15 ? ' ' : PIECES[Math.floor(random() * PIECES.length)]!;
      texts.push(text + "'s U.S. Foo's");
    }
    for (const text of texts) {
      for (const token of tokenize(text, 0, text.length, [])) expect(token.shape, JSON.stringify(token.text)).toBe(token.isWord ? slowShape(token.text) : 0);
    }
  });
});
