import { describe, expect, it } from 'vitest';
import { extract, type Extraction } from '../src/extract/extract.js';
import { buildLexicon, loadLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[readme-repositories] ';
// The rules on their own, with a lexicon that knows only what a test gives it.
const extracted = (source: string, path = 'a.md', file: LexiconFile = {}) => extract(readSource(source, path), { lexicon: buildLexicon([file]) });
const entity = (result: Extraction, label: string) => result.entities.find((e) => e.label === label);
/** The URLs cited with an entity: those of every sentence that names it. */
const citedWith = (result: Extraction, label: string) => {
  const key = entity(result, label)?.key;
  return result.sentences.filter((s) => key !== undefined && s.entities.includes(key)).flatMap((s) => s.sources);
};

describe('READMEs: repositories named by their owner and name', () => {
  it(`${here}reads a link's text that is its repository's owner/repo, with or without spaces, as the product, with the slug and a distinctive name as aliases`, () => {
    const result = extracted([
      '## Related',
      '',
      '- [acme / widget-docs](https://github.com/acme/widget-docs): The widget website source code.',
      '- [acme/deep-merge](https://github.com/acme/deep-merge#readme): Improved deep merging.',
      '- [Acme/Type-Guess](https://gitlab.com/acme/type-guess.git) - guesses types.',
      '- [~sam/tiny-irc](https://git.sr.ht/~sam/tiny-irc/tree/main/item/README.md)',
    ].join('\n'));
    const spaced = entity(result, 'acme / widget-docs');
    expect(spaced?.category).toBe('product');
    expect(Object.keys(spaced!.forms)).toEqual(['acme / widget-docs', 'acme/widget-docs', 'widget-docs']);
    expect(citedWith(result, 'acme / widget-docs')).toEqual(['https://github.com/acme/widget-docs']);
    expect(Object.keys(entity(result, 'acme/deep-merge')!.forms)).toEqual(['acme/deep-merge', 'deep-merge']);
    expect(citedWith(result, 'acme/deep-merge')).toEqual(['https://github.com/acme/deep-merge']);
    // Owner and name are compared without case; a clone address and a page inside the repository are its address too.
    expect(citedWith(result, 'Acme/Type-Guess')).toEqual(['https://gitlab.com/acme/type-guess.git']);
    expect(entity(result, '~sam/tiny-irc')?.category).toBe('product');
  });

  it(`${here}reads the same in HTML, as a README's <summary> or a page's list writes it`, () => {
    const html = '<html><body><details><summary>With <a href="https://github.com/folke/lazy.nvim">folke/lazy.nvim</a></summary><p>Install it.</p></details>' +
      '<ul><li><a href="https://codeberg.org/forgejo/forgejo/">forgejo / forgejo</a> - a forge.</li></ul></body></html>';
    const result = extracted(html, 'a.html');
    expect(citedWith(result, 'folke/lazy.nvim')).toEqual(['https://github.com/folke/lazy.nvim']);
    expect(Object.keys(entity(result, 'forgejo / forgejo')!.forms)).toEqual(['forgejo / forgejo', 'forgejo/forgejo', 'forgejo']);
  });

  it(`${here}keeps an ordinary word out of the aliases: the repository rollup/plugins is no "plugins"`, () => {
    const result = extracted([
      'Used by:',
      '',
      '1. [rollup/plugins](https://github.com/rollup/plugins)',
      '2. [netlify/build](https://github.com/netlify/build)',
      '',
      'Plugins can build a site.',
    ].join('\n'));
    expect(Object.keys(entity(result, 'rollup/plugins')!.forms)).toEqual(['rollup/plugins']);
    expect(Object.keys(entity(result, 'netlify/build')!.forms)).toEqual(['netlify/build']);
    expect(result.entities.map((e) => e.label).sort()).toEqual(['netlify/build', 'rollup/plugins']);
  });

  it(`${here}takes no slug that names another repository or no repository for a name this way`, () => {
    const result = extracted([
      '- [foo/bar](https://github.com/other/thing) - renamed.',
      '- [acme/widget](https://example.org/acme/widget) - not a forge.',
      '- [acme/widget/docs](https://github.com/acme/widget) - a path.',
      '- [@acme/widget](https://github.com/acme/widget) - a scoped package.',
    ].join('\n'));
    const labels = result.entities.map((e) => e.label);
    for (const label of ['foo/bar', 'acme/widget', 'acme/widget/docs']) expect(labels).not.toContain(label);
  });

  it(`${here}makes one thing of a repository by its slug and the product the document names by the repository's name`, () => {
    const result = extracted([
      'This is a part of [mini.nvim](https://github.com/nvim-mini/mini.nvim) library.',
      '',
      '- [nvim-mini/mini.nvim](https://github.com/nvim-mini/mini.nvim)',
      '- [folke/lazy.nvim](https://github.com/folke/lazy.nvim)',
      '',
      'Feature requests go to [nodejs/node](https://github.com/nodejs/node) once Node.js has them.',
    ].join('\n'), 'a.md', { product: ['Node.js'] });
    const mini = result.entities.filter((e) => e.forms['nvim-mini/mini.nvim'] !== undefined || e.forms['mini.nvim'] !== undefined);
    expect(mini.map((e) => e.label)).toEqual(['mini.nvim']);
    expect(Object.keys(mini[0]!.forms)).toContain('nvim-mini/mini.nvim');
    expect(citedWith(result, 'Node.js')).toEqual(['https://github.com/nodejs/node']);
    expect(entity(result, 'nodejs/node')).toBeUndefined();
    // The name of a word ("node") joins only a product the lexicon knows: without it, nodejs/node stays itself.
    const unknown = extracted('Feature requests go to [nodejs/node](https://github.com/nodejs/node).');
    expect(entity(unknown, 'nodejs/node')?.category).toBe('product');
  });

  it(`${here}leaves a link to an owner's account as it was`, () => {
    const result = extracted('Made by [sindresorhus](https://github.com/sindresorhus) and [acme/x](https://github.com/acme).');
    expect(result.entities.map((e) => e.label)).not.toContain('acme/x');
  });

  it(`${here}reads a dotted module's name linked to its own README in the collection's repository as the module, no member of an object`, () => {
    const result = extracted([
      '- Navigate and expand [mini.snippets](https://github.com/nvim-mini/mini.nvim/blob/main/readmes/mini-snippets.md).',
      '- Jump with [mini.jump](https://github.com/nvim-mini/mini.nvim/tree/main/packages/mini.jump/README.md).',
      '- See [config.load](https://github.com/acme/app/blob/main/docs/api.md) and [path.join](https://nodejs.org/api/path.html).',
    ].join('\n'));
    expect(result.entities.map((e) => `${e.label}/${e.category}`).sort()).toEqual(['mini.jump/product', 'mini.snippets/product']);
    expect(citedWith(result, 'mini.snippets')).toEqual(['https://github.com/nvim-mini/mini.nvim/blob/main/readmes/mini-snippets.md']);
  });
});

describe('READMEs of editor plugins', () => {
  it(`${here}reads an ordinary capitalised word before "mode" as an editor's mode, no name, where the lexicon does not know it`, () => {
    const labels = (text: string) => extracted(text, 'a.md', { product: ['Rust'] }).entities.map((e) => e.label);
    expect(labels('Navigate built-in Insert mode completion. Map keys in Insert and Command-line mode to exit into Normal mode. Insert mode again.')).toEqual([]);
    expect(labels('It also has a Rust mode. Normal Computing ported it, and Normal Computing uses it.')).toEqual(['Normal Computing', 'Rust']);
    // So is a design pattern: "the Builder pattern".
    expect(labels('It uses the expressive Builder pattern. The new Builder pattern is here.')).toEqual([]);
  });
});

describe('READMEs: titles of tools', () => {
  it(`${here}reads a capitalised doer of an ordinary verb in a Title Case heading as style, no name`, () => {
    const labels = (text: string) => extracted(text).entities.map((e) => e.label).sort();
    expect(labels('# The Fastest Directory Crawler & Globber for Zorblax\n\nHello.')).toEqual(['Zorblax']);
    expect(labels('# A Bundler for Zorblax\n\nHello.')).toEqual(['Zorblax']);
    // A surname after a first name stays: the heading names a person.
    expect(labels('# Interview with Paul Walker\n\nHello.')).toEqual(['Paul Walker']);
  });
});

describe('READMEs: the shipped lexicon', () => {
  it(`${here}reads LSP, the Language Server Protocol by its acronym, as vocabulary, as API and CLI are: "Neovim LSP" names Neovim`, () => {
    const result = extract(readSource('Supported: built-in Neovim LSP and diagnostic.', 'a.md'), { lexicon: loadLexicon() });
    expect(result.entities.map((e) => e.label)).toEqual(['Neovim']);
  });
});

describe('READMEs of GitHub Actions', () => {
  it(`${here}reads tools written as alternatives joined by slashes, two of which the lexicon knows, as names, a word among them too`, () => {
    const labels = (text: string) => extracted(text, 'a.md', { product: ['npm', 'pnpm', 'Yarn'] }).entities.map((e) => e.label).sort();
    expect(labels('- Optionally caching npm/yarn/pnpm dependencies')).toEqual(['Yarn', 'npm', 'pnpm']);
    // A path with one known tool in it names nothing: "usr/lib/npm"; nor does a pair of words.
    expect(labels('- Look in usr/lib/npm/bin for it, and/or in input/output.')).toEqual([]);
  });

  it(`${here}does not read ordinary words opening a list item as the hyphenated code they spell`, () => {
    const text = ['The `check-latest` input is optional.', '', '1. [Check latest version](docs/advanced-usage.md#check-latest-version)'].join('\n');
    expect(extracted(text).entities.map((e) => e.label)).toEqual([]);
    // A name before the word still does: "the Rust analyzer plug-in" beside `rust-analyzer`.
    expect(extracted('Install `rust-analyzer`. Use the Rust analyzer plug-in.', 'a.md', { product: ['Rust'] }).entities.map((e) => e.label)).toEqual(['rust-analyzer']);
  });
});

