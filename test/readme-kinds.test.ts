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

  it(`${here}reads a number with a unit or a time as no name, a number with letters that name a body as one`, () => {
    expect(entitiesOf('It ran with 16GB of memory in under 80MB at 60FPS until 11PM, a test 18F wrote.').map((e) => e.split('/')[0])).toEqual(['18F']);
  });

  it(`${here}joins a project written with and without its ".js" in one document, not a known thing of another kind`, () => {
    expect(entitiesOf('It targets Node.js 20 and later. Latest Node versions allow only TLS 1.2; upgrade your Node version.')).toEqual(['Node.js/product']);
    const both = entitiesOf('Punycode is an encoding, and Punycode.js a library for Punycode.', { other: ['Punycode'] });
    expect(both.map((e) => e.split('/')[0]).sort()).toEqual(['Punycode', 'Punycode.js']);
  });

  it(`${here}reads a known product before "Version" as the product, as tables head their columns`, () => {
    const table = ['| Node.js Version | Installation |', '| --- | --- |', '| 16 or 18 | with the installer |'].join('\n');
    expect(entitiesOf(table, { product: ['Node.js'] })).toEqual(['Node.js/product']);
  });

  it(`${here}reads people named after what they do, as READMEs head their lists, as no names`, () => {
    const readme = ['### Triagers', '', '* [aravind](https://github.com/aravind) - **Aravind Nair**', '', '### Maintainers', '', '* Jon Church'].join('\n');
    expect(entitiesOf(readme).map((e) => e.split('/')[0])).toEqual(['Aravind Nair', 'Jon Church']);
  });

  it(`${here}leaves a protocol's acronym out of the name before it: "Libera Chat IRC"`, () => {
    const item = '* [#express](https://web.libera.chat/#express) on [Libera Chat](https://libera.chat) IRC';
    expect(entitiesOf(item, { notEntities: ['IRC'] }).map((e) => e.split('/')[0])).toEqual(['Libera Chat']);
    // The built-in lexicon counts IRC among such acronyms.
    expect(extract(readSource(item, 'a.md')).entities.map((e) => e.label)).toEqual(['Libera Chat']);
  });

  it(`${here}reads one ordinary word linking to a section of a site as no name, unless the site's own name holds it`, () => {
    const text = 'Visit the [Wiki](https://github.com/expressjs/express/wiki) for more, or see [Bush](https://georgewbush-whitehouse.archives.gov/) and [Jaws](https://en.wikipedia.org/wiki/Jaws_(film)).';
    expect(entitiesOf(text).map((e) => e.split('/')[0])).toEqual(['Bush', 'Jaws']);
  });

  it(`${here}reads a word in italics between a parameter's name and a colon as its type, not a name`, () => {
    const text = ['## API', '', '- **graph** _Graph_: target graph.', '- **options** _Options_: the settings.', '', 'It runs in the _Remarkable_ code.'].join('\n');
    expect(entitiesOf(text).map((e) => e.split('/')[0])).toEqual(['Remarkable']);
  });

  it(`${here}reads a word in italics after "a" or "an" as a kind, not a name`, () => {
    const text = 'Moving nodes out of either an *Element* or a *Fragment* is fast in the *Remarkable* code.';
    expect(entitiesOf(text).map((e) => e.split('/')[0])).toEqual(['Remarkable']);
  });

  it(`${here}reads a label in capitals opening a sentence apart from the ordinary words after it`, () => {
    const text = '**PROTIP** Be sure to read the guide. IMPORTANT Linus Torvalds said so.';
    expect(entitiesOf(text).map((e) => e.split('/')[0])).toEqual(['Linus Torvalds']);
  });

  it(`${here}reads a known product's possessive as the product, not where the document uses the word as code`, () => {
    const lexicon = { product: ['~Signal', '~Python'] };
    expect(entitiesOf("We tuned python's struct module.", lexicon)).toEqual(['Python/product']);
    const readme = "Pass a `signal` to cancel a send. The send fails with the signal's reason.\n\n```js\nawait send({ signal: AbortSignal.timeout(30) });\n```";
    expect(entitiesOf(readme, lexicon)).toEqual([]);
  });
});
