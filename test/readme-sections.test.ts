import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, loadLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[readme-sections] ';
// The rules on their own, with a lexicon that knows only what a test gives it.
const entitiesOf = (source: string, file: LexiconFile = {}) =>
  extract(readSource(source, 'a.md'), { lexicon: buildLexicon([file]) }).entities.map((e) => `${e.label}/${e.category}`).sort();
// The labels alone, of paragraphs given one by one.
const labelsOf = (...paragraphs: string[]) => entitiesOf(paragraphs.join('\n\n')).map((e) => e.split('/')[0]);

describe('READMEs: their own project, teams, sponsors and ecosystem lists', () => {
  it(`${here}names the README's own project, which its links go to, though its code constructs it and its prose writes the package in lower case`, () => {
    const readme = [
      '[![npm](https://img.shields.io/npm/v/chalk.svg)](https://www.npmjs.com/package/chalk) [![CI](https://x.test/b.svg)](https://github.com/chalk/chalk/actions)',
      '',
      'Use Chalk with TypeScript, or wrap Chalk in your own module: create a `new Chalk()` instance.',
      '',
      '- [chalk-pipe](https://github.com/LitoMore/chalk-pipe) - Create chalk style schemes',
    ].join('\n');
    expect(entitiesOf(readme).filter((e) => e.startsWith('Chalk/'))).toEqual(['Chalk/product']);
    // Without links to its package or its repository, "chalk" is a word the README writes in lower case, and `Chalk` code.
    const unlinked = readme.replace(/\(https:\/\/(?:www\.npmjs\.com|github\.com\/chalk)[^)]*\)/g, '(https://example.org/)');
    expect(entitiesOf(unlinked).filter((e) => e.startsWith('Chalk/'))).toEqual([]);
  });

  it(`${here}reads a team member's given name and initials without periods as one person, where the handle opens with the given name`, () => {
    const team = [
      '| Website team | |',
      '| --- | --- |',
      '| [Amaresh  S M](https://github.com/amareshsm) | [Priya R](https://github.com/priyar) |',
      '| [Team B](https://github.com/acme) | [Percy Ma](https://github.com/kecrily) |',
    ].join('\n');
    expect(entitiesOf(team).filter((e) => e.endsWith('/person'))).toEqual(['Amaresh S M/person', 'Percy Ma/person', 'Priya R/person']);
  });

  it(`${here}names a letter that is a link's whole text on the site of that name, in a row of the project's links too`, () => {
    const row = '[Website](https://eslint.org) | [Code of Conduct](https://eslint.org/conduct) | [X](https://x.com/geteslint) | [Discord](https://eslint.org/chat)';
    expect(labelsOf(row)).toContain('X');
    // A letter elsewhere stays a variable, a cell, a grade: not a name.
    expect(labelsOf('Plan X failed. Option [X](https://example.org/x) is worse, and X marks the spot.')).not.toContain('X');
  });

  it(`${here}reads a repository's document file and a colour in hexadecimal as no names`, () => {
    expect(labelsOf(
      'See [CONTRIBUTING.md](CONTRIBUTING.md) and HISTORY.rst for how you can contribute to Sinon.',
      'The Kleur library downsamples an RGB value of #FF0000 (red) to 91, and #DEADED to grey.',
    )).toEqual(['Kleur', 'Sinon']);
  });

  it(`${here}reads a link's text that is the file it links to as no name, but keeps a project named like a file`, () => {
    expect(labelsOf(
      'Subcommands may be nested. Example file: [nestedCommands.js](./examples/nestedCommands.js).',
      'It runs [defaultCommand.js](examples/defaultCommand.js?plain=1#L3) when none is given.',
      'Use [canvas-toBlob.js](https://github.com/eligrey/canvas-toBlob.js) with FileSaver.js.',
    )).toEqual(['FileSaver.js', 'canvas-toBlob.js']);
  });

  it(`${here}reads a name beside a person's handle in a maintainers list as that person, initials in capitals included`, () => {
    const list = [
      '## Maintainers',
      '',
      '- [@tjh](https://github.com/tjh) - TJ Holowaychuk',
      '- DJ Patil ([@dpatil](https://github.com/dpatil))',
      '- **KC Dodds** ([kentcdodds](https://github.com/kentcdodds))',
      '- TJ Watson (@tjw)',
    ].join('\n');
    expect(entitiesOf(list)).toEqual(['DJ Patil/person', 'KC Dodds/person', 'TJ Holowaychuk/person', 'TJ Watson/person']);
    // Without the handles, capitals before a word are as likely a company's: no rule says person.
    expect(entitiesOf(list.replace(/ \(.*\)$/gm, '').replace(/\[@?\w+\]\([^)]*\) - /g, ''))).not.toContain('DJ Patil/person');
  });

  it(`${here}reads leading initials, pronouns after the name, and a lower-case surname the handle spells, beside a handle`, () => {
    const list = [
      '* [IamLizu](https://github.com/IamLizu) - **S M Mahmudul Hasan** (he/him)',
      '* [tarunyadav1](https://github.com/tarunyadav1) - **Tarun yadav**',
      '* [rdoe](https://github.com/rdoe) - **Rina kapoor**',
    ].join('\n');
    // "kapoor" is no part of the handle rdoe: the lower-case word is left to the other rules.
    expect(entitiesOf(list).filter((e) => e.endsWith('/person'))).toEqual(['Rina/person', 'S M Mahmudul Hasan/person', 'Tarun yadav/person']);
  });

  it(`${here}reads a verb bidding the reader after a list item's dash as no name, a known name there as one`, () => {
    // The built-in lexicon, where Go is a language and a verb.
    const known = (source: string) => extract(readSource(source, 'a.md'), { lexicon: loadLexicon() }).entities.map((e) => e.label).sort();
    expect(known('- [Guide](docs/guide.md) - Go straight to the docs.')).toEqual([]);
    expect(known('- [gopy](https://github.com/go-python/gopy) - Go bindings for Python')).toEqual(['Go', 'Python', 'gopy']);
  });

  it(`${here}drops the verb opening a link's text that titles a guide's section, not a body's name that opens with one`, () => {
    expect(labelsOf(
      'Check the [Troubleshooting Guide](docs/troubleshooting.md) or [Debugging Kleur](docs/guide.md#debugging-kleur) in the guide.',
      'Ask the [Serving Working Group](https://github.com/kubernetes/community/tree/master/wg-serving) about it.',
    )).toEqual(['Kleur', 'Serving Working Group']);
  });

  it(`${here}names the site in a link's text of the site's name and what the project keeps there, not a site named so`, () => {
    const labels = labelsOf('- [Reddit Community](https://www.reddit.com/r/koajs)', '- [Libera Chat](https://libera.chat/) for discussion');
    expect(labels).toContain('Reddit');
    expect(labels).not.toContain('Reddit Community');
    // The site's own address holds "chat": the two words are its name, not "Libera" and a chat.
    expect(labels).not.toContain('Libera');
  });

  it(`${here}reads an ordinary plural linking to a repository of that name as no name, unless the prose writes it capitalised too`, () => {
    expect(labelsOf('- [Examples](https://github.com/koajs/examples)', '- [Wiki](https://github.com/koajs/koa/wiki)')).toEqual([]);
    expect(labelsOf('- [Requests](https://github.com/psf/requests)', 'We use Requests for HTTP, and Requests is fast.')).toContain('Requests');
  });

  it(`${here}reads initials in capitals without periods before a surname as a person's, not a known acronym's`, () => {
    const found = entitiesOf('Written by TJ Holowaychuk and JJ Ying, with help from HP Labs.', { organization: ['HP'] });
    expect(found).toContain('TJ Holowaychuk/person');
    expect(found).toContain('JJ Ying/person');
    expect(found.filter((e) => e.startsWith('HP'))).not.toContain('HP Labs/person');
  });
});
