import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[readme-packages] ';
// The rules on their own, with a lexicon that knows only what a test gives it.
const labelsOf = (source: string, file: LexiconFile = {}, name = 'a.md') =>
  extract(readSource(source, name), { lexicon: buildLexicon([file]) }).entities.map((e) => e.label).sort();

describe('READMEs: packages, plugin lists and API references', () => {
  it(`${here}reads a scoped npm package as one name, not an account nor a path`, () => {
    const md = '## Related\n\n- [@ava/typescript](https://github.com/avajs/typescript) — test projects\n- [@ava/get-port](https://github.com/avajs/get-port) — reserve a port\n\n' +
      'Mail bob@example.org/about, or load @scope/name/file.js yourself.\n';
    expect(labelsOf(md)).toEqual(['@ava/get-port', '@ava/typescript']);
  });

  it(`${here}reads a lower-case link text naming its project page as the tool, even where the README's code runs it`, () => {
    const md = '## Reporters\n\n- [tap-spec](https://github.com/scottcorgan/tap-spec)\n- [tap-pessimist](https://www.npmjs.org/package/tap-pessimist)\n\nTry `node test.js | tap-spec` or [tap-min](https://example.org/reporters).\n\n```sh\nnode test.js | tap-min\n```\n';
    expect(labelsOf(md)).toEqual(['tap-pessimist', 'tap-spec']);
  });

  it(`${here}reads an acronym that is also a word as a name where it links to a site's home page`, () => {
    expect(labelsOf('[TAP](https://testanything.org/)-producing test harness. The default TAP output is plain.')).toEqual(['TAP']);
    // A link to a page of a site, or none at all: the word it spells ("tap"), or a section's topic.
    expect(labelsOf('The [TAP](https://example.org/docs/tap) output is plain. The default TAP output is plain.')).toEqual([]);
    expect(labelsOf('The workloads API becomes GA (Generally Available) in this release.')).toEqual([]);
  });

  it(`${here}reads the text of a link to a repository's file, by the file's name, as no name`, () => {
    const md = 'OAuthLib is maintained by Idan Gazit and other amazing [AUTHORS](https://github.com/oauthlib/oauthlib/blob/master/AUTHORS).\n\n' +
      'See [NOTICE](https://gitlab.com/o/r/-/raw/main/NOTICE) and [JSTOR](https://github.com/jstor/jstor).\n';
    expect(labelsOf(md)).toEqual(['Idan Gazit', 'JSTOR', 'OAuthLib']);
  });

  it(`${here}reads a camelCase word ending in an acronym as code, a known one aside`, () => {
    const md = '## Options\n\n- __fuzzyIP__ - allow IPs in fuzzy links.\n- __fuzzyLink__ - recognize URL-s without a head.\n\nCall toASCII first; it runs on macOS.\n';
    expect(labelsOf(md, { product: ['macOS'] })).toEqual(['macOS']);
  });

  it(`${here}reads words joined by bars as a pattern's alternatives, not names`, () => {
    const file: LexiconFile = { place: ['Asia'] };
    expect(labelsOf('By default, biz|com|edu|aero|asia|coop|info are ok.', file)).toEqual([]);
    expect(labelsOf('Offices across Asia are open.', file)).toEqual(['Asia']);
  });

  it(`${here}reads the texts of links to pages of the project's own site as those pages' titles, not names`, () => {
    const md = '# Mnemonist\n\nData structures for JavaScript, documented [here](https://yomguithereal.github.io/mnemonist).\n\n' +
      '* [Trie](https://yomguithereal.github.io/mnemonist/trie)\n* [Suffix Array](https://yomguithereal.github.io/mnemonist/suffix-array)\n' +
      '* [LRUCache](https://yomguithereal.github.io/mnemonist/lru-cache)\n* [Fixed Deque](https://yomguithereal.github.io/mnemonist/fixed-deque)\n\n' +
      'Docs are on [Read the Docs](https://mnemonist.readthedocs.io/en/latest/); see also [Suffix Array](https://example.org/suffix-array).\n';
    expect(labelsOf(md, { product: ['JavaScript', 'Read the Docs'] })).toEqual(['JavaScript', 'Mnemonist', 'Read the Docs', 'Suffix Array']);
  });

  it(`${here}reads a paragraph all in bold as a heading, whose capitals are style`, () => {
    const md = '# lib\n\n**Information retrieval & Natural language processing**\n\n* a fuzzy map\n\nThe **Natural** word is bold here.\n';
    expect(labelsOf(md)).toEqual(['Natural']);
    expect(labelsOf('# lib\n\n**Information retrieval & Natural language processing**\n\n* a fuzzy map\n')).toEqual([]);
  });

  it(`${here}reads a word as a name where a link of its sentence goes to the site it names, with "js" or without`, () => {
    const file: LexiconFile = { product: ['~Babel'] };
    expect(labelsOf('Babel, for instance, will load options from [`.babelrc`](https://babeljs.io/docs/usage/babelrc/) at runtime.', file)).toEqual(['Babel']);
    expect(labelsOf('Babel, for instance, will load options from a file at runtime.', file)).toEqual([]);
    expect(labelsOf('It works as Node\'s `assert.throws()` does (see its [documentation](https://nodejs.org/api/assert.html)).')).toEqual(['Node']);
    expect(labelsOf('It works as the Node\'s own `throws()` does.')).toEqual([]);
    expect(labelsOf('For Example, see https://example.com/x for more.')).toEqual([]);
  });

  it(`${here}reads a lower-case tool that is a plural of a word as that tool only where the evidence stands`, () => {
    const md = 'You might use [requests](https://github.com/psf/requests) for that, or [lodash](https://github.com/lodash/lodash).\n\n' +
      'The project stays reactive to users requests, and lodash helps.\n';
    const found = extract(readSource(md, 'a.md'), { lexicon: buildLexicon([{}]) }).entities;
    expect(found.map((e) => [e.label, e.mentions])).toEqual([['lodash', 2], ['requests', 1]]);
  });

  it(`${here}reads a word inside a sentence as a name where a package linked there is named after it`, () => {
    const md = '- For Pyramid there is [pyramid-oauthlib](https://github.com/tilgovi/pyramid-oauthlib).\n- For a pyramid there is [stone](https://github.com/x/stone).\n' +
      '- Describe blocks with https://github.com/mattriley/tape-describe\n';
    expect(labelsOf(md).filter((label) => /^[A-Z]/.test(label))).toEqual(['Pyramid']);
  });

  it(`${here}reads a link's text that is the title of the encyclopedia article it links to as that name, whole`, () => {
    expect(labelsOf("It's the [Andromeda galaxy](https://simple.wikipedia.org/wiki/Andromeda_galaxy).")).toEqual(['Andromeda galaxy']);
    expect(labelsOf("It's the [Andromeda galaxy](https://example.org/wiki/Andromeda_galaxy).")).not.toContain('Andromeda galaxy');
  });

  it(`${here}reads a lower-case package named after the project whose site its link goes to as a name`, () => {
    const md = 'This loads [babel-register](https://babeljs.io/docs/usage/require/) first:\n\n```sh\ntape -r babel-register tests/*.js\n```\n\nOr [async-hooks](https://babeljs.io/docs/hooks/).\n';
    expect(labelsOf(md)).toEqual(['babel-register']);
  });

  it(`${here}reads a size as no name, and a known product before "Version" as that product`, () => {
    const md = 'It ran on a machine with 16GB RAM, peaking under 80MB, on a 3090RTX.\n\n| Node.js Version | Installation |\n| --- | --- |\n| 16 or 18 | `npm i` |\n';
    expect(labelsOf(md, { product: ['Node.js'] })).toEqual(['3090RTX', 'Node.js']);
  });

  it(`${here}reads a name written apart before an acronym as the name the document also writes as one word`, () => {
    const md = '# winkNLP\n\nWinkNLP is a library: ask the [Wink JS GitHub Discussions](https://github.com/winkjs/wink-nlp/discussions).\n\n## Memory\n\nWink NLP delivers this performance.\n';
    const labels = extract(readSource(md, 'a.md')).entities.map((e) => e.label);
    expect(labels).toContain('Wink NLP');
    expect(labels.filter((label) => /nlp/i.test(label))).toHaveLength(1);
  });

  it(`${here}reads a project said to be software as a product, a project alone as a body`, () => {
    const categoryOf = (text: string, label: string) => extract(readSource(text, 'a.md'), { lexicon: buildLexicon([{}]) }).entities.find((e) => e.label === label)?.category;
    expect(categoryOf('We chat about Zorbla daily. Zorbla is an independent open-source project, maintained by volunteers.', 'Zorbla')).toBe('product');
    expect(categoryOf('We chat about Zorbla daily. Zorbla is an independent project, funded by donors.', 'Zorbla')).toBe('organization');
  });

  it(`${here}reads a quotation of a work and its author as two names, not one title`, () => {
    expect(labelsOf('It was benchmarked using "Ch 13 of Ulysses by James Joyce" on a laptop.')).toEqual(['James Joyce', 'Ulysses']);
    expect(labelsOf('She wrote "The Design of Everyday Things" and "Stand by Zorbla Quux" for us.')).toEqual(['Stand by Zorbla Quux', 'The Design of Everyday Things']);
  });

  it(`${here}reads a licence notice's words and years as no names`, () => {
    const md = '## License\n\n[MIT](./LICENSE) License © 2025-PRESENT [Kevin Deng](https://github.com/sxzz)\n\n[The MIT License](./LICENSE) Copyright (c) 2018-2021 Josh Junon\n';
    expect(labelsOf(md, { other: ['MIT License|MIT'], notEntities: ['Copyright'] })).toEqual(['Josh Junon', 'Kevin Deng', 'MIT License']);
  });
});

describe('READMEs: support and funding boilerplate', () => {
  it(`${here}reads Tidelift, the company many READMEs send security reports and subscriptions to, as an organization (the default lexicon)`, () => {
    const md = '## Security\n\nTo report a security vulnerability, please use the [Tidelift security contact](https://tidelift.com/security). Tidelift will coordinate the fix.\n';
    expect(extract(readSource(md, 'README.md')).entities.map((e) => [e.label, e.category])).toEqual([['Tidelift', 'organization']]);
  });
});

describe('READMEs and HOWTOs: files named in prose', () => {
  it(`${here}reads a licence's file as no name, whether linked by its own name or written with an SPDX identifier`, () => {
    const md = 'Released under the MIT License: see the [LICENSE.md](LICENSE.md) file, [COPYING.txt](COPYING.txt) and [LICENSE-MIT](LICENSE-MIT).\n\n' +
      'A copy of the license is in LICENSES/GFDL-1.3-or-later.txt and in CC-BY-SA-4.0.txt. See also [Apache License 2.0](LICENSE.txt).\n';
    expect(labelsOf(md)).toEqual(['Apache License 2.0', 'MIT License']);
  });

  it(`${here}reads a script or a shared library named by its file as no name, a site on the same domains aside`, () => {
    const text = 'Run ./autogen.sh first; later, sh autogen.sh again. The library file (default libasound.so) loads. Load it from esm.sh or <https://esm.sh/x>.';
    expect(labelsOf(text, {}, 'a.txt')).toEqual(['esm.sh']);
  });
});

describe('READMEs and docs: type names in prose', () => {
  it(`${here}reads a PascalCase word before "trait", "struct" or "class", or called with "()", as code all through the document`, () => {
    const md = 'We checked coherence of the CoerceShared trait, extended the EventEmitter class and called sqlalchemy.DefaultClause() there. ' +
      'Storing the field mappings for CoerceShared is hard. Rollup compiles to CommonJS modules. The TypeScript class syntax stays.\n';
    expect(labelsOf(md, { product: ['TypeScript'] })).toEqual(['CommonJS', 'TypeScript']);
    // A link's text naming the project it goes to stays a name.
    expect(labelsOf('Use [EventEmitter](https://github.com/x/eventemitter): extend the EventEmitter class.\n')).toEqual(['EventEmitter']);
  });
});
