import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[readme-kinds] ';
// The rules on their own, with a lexicon that knows only what a test gives it.
const entitiesOf = (source: string, file: LexiconFile = {}) =>
  extract(readSource(source, 'a.md'), { lexicon: buildLexicon([file]) }).entities.map((e) => `${e.label}/${e.category}`).sort();

describe('READMEs of other kinds', () => {
  it(`${here}names a word written as code, or an acronym, where a link's text holds it and goes to its project`, () => {
    const readme = [
      'If you need full compliance, please [use JSDOM](https://github.com/jsdom/jsdom) instead.',
      '',
      'It uses a fast [JSDON serializer](https://github.com/WebReflection/jsdon#readme) for nodes.',
      '',
      'The [wink-eng-lite-web-model](https://github.com/winkjs/wink-eng-lite-web-model) is the recommended model.',
      '',
      '```js',
      'const { document } = new JSDOM(html);',
      "const model = require('wink-eng-lite-web-model');",
      '```',
    ].join('\n');
    // A link's text that opens with the name says it is the project's: a product.
    expect(entitiesOf(readme).filter((e) => !e.startsWith('JSDOM/'))).toEqual(['JSDON/product', 'wink-eng-lite-web-model/product']);
    expect(entitiesOf(readme).some((e) => e.startsWith('JSDOM/'))).toBe(true);
    // Without the links, the acronyms are vocabulary and the code is code.
    expect(entitiesOf(readme.replace(/\]\([^)]*\)/g, ']').replace(/[[\]]/g, ''))).toEqual([]);
  });
});
