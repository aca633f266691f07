import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[readme-changelog] ';
// The rules on their own, with a lexicon that knows only what a test gives it.
const labelsOf = (source: string, file: LexiconFile = {}) =>
  extract(readSource(source, 'a.md'), { lexicon: buildLexicon([file]) }).entities.map((e) => e.label).sort();

describe('READMEs and Markdown change logs', () => {
  it(`${here}reads a capital after a change-log label as a name where the log goes on in lower case after its labels`, () => {
    const log = [
      '- Fixed: sidebar focus order by [@ann](https://github.com/ann) in [#1](https://github.com/o/r/pull/1)',
      '- Fixed: low-contrast syntax highlighting',
      '- Fixed: callout body text color',
      '- Added: docs for the minimal layout',
      '- Fixed: quicker build',
      '- Fixed: incorrect docs for the example',
      '- Fixed: unclear docs on the table of contents',
      '- Fixed: remove href from the current page link',
      '- Fixed: improve build time',
      '- Fixed: erroneous parentheses in the nav',
      '- Fixed: Sass mixed declarations',
      '- Fixed: Windows emoji font fallback',
      '- Fixed: Protect theme file from front matter defaults',
      '- Added: Allow unlimited navigation',
      '- Added: Allow unlimited navigation in the docs',
    ].join('\n');
    expect(labelsOf(log, { product: ['~Windows'] })).toEqual(['Sass', 'Windows']);
  });

  it(`${here}keeps a capital after a label as the line's own where the log writes both ways`, () => {
    const log = [
      '* Added: option to hide the cursor', '* Added: Preset `legacy`', '* Added: Dependency colors for bars', '* Added: Preset `rect`',
      '* Changed: Native class syntax', '* Bugfix: eta was null', '* Changed: upper eta limit', '* Added: exported formatter',
      '* Added: example snippets', '* Changed: payload first',
    ].join('\n');
    expect(labelsOf(log)).toEqual([]);
  });

  it(`${here}reads a link text that opens with a verb's -ing form as a title in sentence case, not a name`, () => {
    const md = 'See the [Migrating to v0.7.0 guide](https://example.org/m7). Also read the [Migrating to v0.6.0 guide](https://example.org/m6) and [Migrating to v0.5.0 guide](https://example.org/m5).';
    expect(labelsOf(md)).toEqual([]);
    // A name before a kind noun in a link text stays a name.
    expect(labelsOf('The [Oxidize conference](https://oxidizeconf.com/) is about embedded Rust.', { product: ['Rust'] })).toEqual(['Oxidize', 'Rust']);
  });

  it(`${here}reads a dependency's path written without its scheme as no name of its host or owner`, () => {
    const file: LexiconFile = { product: ['GitHub|github.com', 'Docker'] };
    const notes = [
      '* build(deps): Bump github.com/mattn/go-colorable from 0.1.14 to 0.1.15 by @dependabot in https://github.com/o/r/pull/2560',
      '* build(deps): Bump docker/setup-buildx-action from 4.0.0 to 4.1.0 by @dependabot in https://github.com/o/r/pull/2559',
      '* build(deps): Bump golang.org/x/net from 0.55.0 to 0.56.0',
    ].join('\n');
    expect(labelsOf(notes, file)).toEqual([]);
    // The host or the tool alone is still named.
    expect(labelsOf('Images are built with docker and published on github.com daily.', file)).toEqual(['Docker', 'GitHub']);
  });

  it(`${here}finds lower-case tools listed after "libraries like" or "tools such as"`, () => {
    expect(labelsOf('_In case you need more tiny libraries like tinypool or tinyspy, please consider submitting [one](https://github.com/o/rfcs)_')).toEqual(['tinypool', 'tinyspy']);
    expect(labelsOf('It works with bundlers and tools such as esbuild, swc and rspack.')).toEqual(['esbuild', 'rspack', 'swc']);
    // Ordinary words after "like" stay words.
    expect(labelsOf('Use tools like these, or packages like the ones below, and libraries such as standard parsers.')).toEqual([]);
  });

  it(`${here}reads an acronym as a name where the document links a site of its name`, () => {
    const md = '<a href="https://www.tngtech.com/en/index.html"><img src="https://example.org/logo.png" alt="TNG Logo"/></a>\n\nTNG has been supporting the work of [Lukas Taegert-Atkinson](https://github.com/lukastaegert) on Rollup since 2017.';
    expect(labelsOf(md, { product: ['Rollup'] })).toEqual(['Lukas Taegert-Atkinson', 'Rollup', 'TNG']);
    // Without the site it stays vocabulary, as any unknown acronym does.
    expect(labelsOf('TNG has been supporting the work on Rollup since 2017.', { product: ['Rollup'] })).toEqual(['Rollup']);
  });

  it(`${here}reads a dependency a change log updates to a version as a name`, () => {
    const md = [
      '* [[`1a2b3c4d5e`](https://github.com/o/r/commit/1a2b3c4d5e)] - **deps**: update undici to 6.2.1 (Jane Roe) [#5127](https://github.com/o/r/pull/5127)',
      '* build(deps): Bump esbuild from 0.19.2 to 0.20.0 in https://github.com/o/r/pull/2566',
    ].join('\n');
    expect(labelsOf(md)).toEqual(['Jane Roe', 'esbuild', 'undici']);
    // Without a version it is a word like any other.
    expect(labelsOf('Please update undici soon, and bump things to 3.0.')).toEqual([]);
  });

  it(`${here}reads the capitals of a label before an address as style`, () => {
    const md = 'Windows 64-bit Installer: https://example.org/x.msi<br>\nLinux 64-bit Binary: https://example.org/x.tar.xz<br>\nmacOS 64-bit Installer: https://example.org/x.pkg<br>\nSource Code: https://example.org/x.tar.gz';
    expect(labelsOf(md, { product: ['~Windows', 'Linux', 'macOS'] })).toEqual(['Linux', 'macOS']);
  });

  it(`${here}reads licences by their SPDX identifiers as works, and ISC as the licence beside licence words`, () => {
    const md = '## License\n\nBSD-3-Clause. Parts are MIT-0, docs under CC-BY-4.0; the rest is LGPL-2.1.\n\n## License\n\nISC © Jane Roe';
    const file: LexiconFile = { organization: ['Internet Systems Consortium|ISC'], senses: [{ form: 'ISC', name: 'ISC License', category: 'other', cues: ['license'] }] };
    const entities = extract(readSource(md, 'a.md'), { lexicon: buildLexicon([file]) }).entities.map((e) => [e.label, e.category]);
    expect(entities).toEqual([
      ['BSD-3-Clause', 'other'], ['CC-BY-4.0', 'other'], ['ISC License', 'other'], ['Jane Roe', 'person'], ['LGPL-2.1', 'other'], ['MIT-0', 'other'],
    ]);
    expect(labelsOf('ISC maintains BIND.', file)).toEqual(['Internet Systems Consortium']);
  });

  it(`${here}reads a Title Case phrase in double quotes in running text as a title, not a nickname, a header field or shouting`, () => {
    const md = 'Add documentation to "Navigation Structure" on grouping pages. North Korea, the "Hermit Kingdom", waits. A "Safe: Yes" header is sent "AS IS".';
    expect(extract(readSource(md, 'a.md'), { lexicon: buildLexicon([{ place: ['North Korea'] }]) }).entities.map((e) => [e.label, e.category])).toEqual([
      ['Navigation Structure', 'other'], ['North Korea', 'place'],
    ]);
  });

  it(`${here}counts no lower-case word right after a label against a name where the log goes on in lower case`, () => {
    const lines = ['sidebar focus order', 'low-contrast syntax', 'callout body text', 'quicker build', 'incorrect docs', 'unclear docs', 'improve build time'];
    const log = [...lines.map((line) => `- Fixed: ${line}`), '- Fixed: Liquid filter typo in breadcrumbs', '- Fixed: liquid variable leakage'].join('\n');
    expect(labelsOf(log)).toEqual(['Liquid']);
    // Written in lower case mid-sentence, the word is a word.
    expect(labelsOf(`${log}\n- Fixed: the liquid layout`)).toEqual([]);
  });

  it(`${here}knows GitHub's own features by name`, () => {
    const md = 'For more detailed explanations for each release, see [the GitHub Releases page](https://github.com/o/r/releases).';
    expect(extract(readSource(md, 'a.md')).entities.map((e) => e.label)).toEqual(['GitHub Releases']);
  });

  it(`${here}reads a list of Title Case feature labels as style, and a list of names as names`, () => {
    const features = '* Keep-Alive & Connection Pooling\n* Sessions with Cookie Persistence\n* Multipart File Uploads\n* Connection Timeouts\n* Unicode Response Bodies\n';
    expect(labelsOf(features)).toEqual([]);
    expect(labelsOf('* Jane Doe\n* Carol Danvers\n* Marco Ippolito\n')).toEqual(['Carol Danvers', 'Jane Doe', 'Marco Ippolito']);
  });

  it(`${here}reads ordinary words linking to a document of the repository as that document's title`, () => {
    const md = '* [Benchmarks ⇗](/docs/benchmarks.md)\n* [Transports ⇗](/docs/transports.md)\n\nSee the [Benchmarks](docs/benchmarks.md) document for comparisons.';
    expect(labelsOf(md)).toEqual([]);
    // A link to a page elsewhere still names it.
    expect(labelsOf('See the [Benchmarks](https://benchmarks.example.org/) document, and the Benchmarks tool.')).toEqual(['Benchmarks']);
  });

  it(`${here}finds a camelCase name that links to its own site, a tool the text installs with, and a name its address spells`, () => {
    const md = [
      'This project was kindly sponsored by [nearForm](https://nearform.com), unlike clearOnComplete.', '',
      'Install it using pip:', '',
      'Logo and identity designed by Cosmic Fox Design: https://www.behance.net/cosmicfox.',
    ].join('\n');
    expect(labelsOf(md, { product: ['pip'] })).toEqual(['Cosmic Fox Design', 'nearForm', 'pip']);
    // A pip of salt installs nothing.
    expect(labelsOf('Add a pip of salt with a spoon.', { product: ['pip'] })).toEqual([]);
  });

  it(`${here}reads BSD beside licence words as the licence`, () => {
    const file: LexiconFile = { product: ['Berkeley Software Distribution|BSD'], other: ['BSD License'], senses: [{ form: 'BSD', name: 'BSD License', category: 'other', cues: ['licensed'] }] };
    expect(labelsOf('The code is [BSD licensed](https://example.org/LICENSE.md).', file)).toEqual(['BSD License']);
    expect(labelsOf('It ran on BSD in 1990.', file)).toEqual(['Berkeley Software Distribution']);
  });

  it(`${here}reads MIT after "Dual-licensed" as the licence`, () => {
    const file: LexiconFile = {
      organization: ['Massachusetts Institute of Technology|MIT'], other: ['MIT License'],
      senses: [{ form: 'MIT', name: 'MIT License', category: 'other', cues: ['licensed'] }],
    };
    expect(labelsOf('Dual-licensed under MIT or the UNLICENSE.', file)).toEqual(['MIT License']);
  });

  it(`${here}reads two known products side by side as two names, and a product known as a whole as one`, () => {
    const file: LexiconFile = { product: ['macOS', '~Homebrew', '~Windows', 'Chocolatey', 'Microsoft Windows'], organization: ['Microsoft'] };
    const md = "If you're a **macOS Homebrew** user or a **Windows Chocolatey** user, install it. It runs on Microsoft Windows.";
    expect(labelsOf(md, file)).toEqual(['Chocolatey', 'Homebrew', 'Microsoft Windows', 'Windows', 'macOS']);
  });

  it(`${here}finds lower-case tools in a list after names, and in a table column of tools with their versions in brackets`, () => {
    expect(labelsOf('It is similar to other popular search tools like The Silver Searcher, ack and ripsnort.', { product: ['The Silver Searcher'] })).toEqual(['The Silver Searcher', 'ack', 'ripsnort']);
    const table = '| Tool | Time |\n| --- | --- |\n| fastfind | 0.08 s |\n| [git grep](https://example.org/git-grep) | 0.29 s |\n| ugrep (1.5.1) | 0.16 s |\n| none | 0 s |\n';
    expect(labelsOf(table)).toEqual(['fastfind', 'git grep', 'ugrep']);
  });

  it(`${here}reads an ordinary word opening a list item as a name when it links to its own repository`, () => {
    const md = '## Related\n\n- [Filesize](https://github.com/avoidwork/filesize.js) - Alternative with more options\n- [Tables](https://example.org/help#styling) (GFM)\n';
    expect(labelsOf(md)).toEqual(['Filesize']);
  });

  it(`${here}reads the name before a README title's description as the project, and a one-word title that is a word only where its code uses it`, () => {
    expect(labelsOf('# http-server: a simple static HTTP server\n\nThe title will be "http-server PORT".')).toEqual(['http-server']);
    expect(labelsOf('# XMLWriter for NodeJS\n\nIt implements the classic XMLWriter class.')).toEqual(['NodeJS', 'XMLWriter']);
    const expectJs = extract(readSource("# Expect\n\nLoad it with `require('expect.js')`. We expect it to pass.", 'a.md'), { lexicon: buildLexicon([{}]) }).entities;
    expect(expectJs.map((e) => [e.label, e.category, e.mentions])).toEqual([['Expect', 'product', 1]]);
    expect(labelsOf('# Overview\n\nRun `make test` first.')).toEqual([]);
    expect(labelsOf('# chalk\n\nStyle it with `chalk.red(text)`, as chalk users do.')).toEqual(['chalk']);
  });

  it(`${here}reads a name in capitals linking to an account page as one person, though a word opens it`, () => {
    const md = '## Contributors\n\n* [Chip Lee](https://github.com/chipincode)\n* [Julian Scheid](https://github.com/jscheid)\n* [Types Team](https://github.com/types-team)\n';
    const people = extract(readSource(md, 'a.md'), { lexicon: buildLexicon([{}]) }).entities.filter((e) => e.category === 'person');
    expect(people.map((e) => e.label)).toEqual(['Chip Lee', 'Julian Scheid']);
  });

  it(`${here}reads a word called like a function in an API reference's headings as code`, () => {
    const md = '## DocType\n\n### writeCData(String content)\nWrite full CDATA tag\n\n### endPI()\nEnd current PI\n\n### writeRaw\nWrite raw text.\n';
    expect(labelsOf(md).filter((label) => /^(?:write|end)/.test(label))).toEqual([]);
  });

  it(`${here}reads ordinary words and acronyms linking to a section of a page as that section's title, not a name`, () => {
    const md = 'The API has layers: [Documents](https://eemeli.org/yaml/#documents) and a decent [AST](https://eemeli.org/yaml/#content-nodes).\n\n### Documents\n\nText.\n';
    expect(labelsOf(md)).toEqual([]);
    expect(labelsOf('Read the [JSTOR](https://www.jstor.org/) page.')).toEqual(['JSTOR']);
  });

  it(`${here}reads an unusual lower-case word opening a link's text as the repository its address names`, () => {
    const md = '- [jsck benchmark](https://github.com/pandastrike/jsck#benchmarks) - 20% faster\n- [z-schema benchmark](https://rawgit.com/zaggino/z-schema/master/benchmark/results.html)\n' +
      '- [benchmark results](https://example.org/x/benchmark/results.html)\n- [magic-string.umd.js file](https://unpkg.com/magic-string/dist/magic-string.umd.js)\n- [v1.10.0 tag](https://github.com/eemeli/yaml/tree/v1.10.0)\n';
    expect(labelsOf(md)).toEqual(['jsck', 'z-schema']);
  });

  it(`${here}reads a known phrase before a link's text as a name of its own`, () => {
    const file: LexiconFile = { other: ['JSON Type Definition|JTD'], notEntities: ['JSON'] };
    expect(labelsOf('It supports JSON Type Definition [RFC8927](https://datatracker.ietf.org/doc/rfc8927/).', file)).toEqual(['JSON Type Definition', 'RFC 8927']);
  });

  it(`${here}reads a form with no cue around it in the sense the document settles elsewhere`, () => {
    const file: LexiconFile = {
      organization: ['Massachusetts Institute of Technology|MIT'], other: ['MIT License'],
      senses: [
        { form: 'MIT', name: 'Massachusetts Institute of Technology', category: 'organization', cues: ['university'] },
        { form: 'MIT', name: 'MIT License', category: 'other', cues: ['license'] },
      ],
    };
    const md = '## Credits\n\n(The MIT License)\n\nCopyright (c) 2011 Guillermo Rauch\n\n' + 'The software is provided as is. '.repeat(8) + '\n\n### 3rd-party\n\nHeavily borrows from should.js by TJ Holowaychuck - MIT.';
    const mit = extract(readSource(md, 'a.md'), { lexicon: buildLexicon([file]) }).entities.filter((e) => /MIT/.test(e.label));
    expect(mit.map((e) => [e.label, e.mentions])).toEqual([['MIT License', 2]]);
  });

  it(`${here}reads a lower-case name written in capitals as that name, and an -istic adjective opening a sentence as no name`, () => {
    const file: LexiconFile = { product: ['npm', '~pip'] };
    expect(labelsOf('Install it with NPM or PIP. Minimalistic BDD assertion toolkit.', file)).toEqual(['npm']);
  });

  it(`${here}finds a short known name written in lower case with its number, not a measure`, () => {
    const file: LexiconFile = { product: ['V8', 'Amazon EC2|EC2'], organization: ['3M'] };
    expect(labelsOf('Code efficient for v8 optimization runs on ec2, 3m away.', file)).toEqual(['Amazon EC2', 'V8']);
  });

  it(`${here}reads a verb made of one of the document's names as no name of its own`, () => {
    expect(labelsOf('Converts a Punycode string to text. Only the Punycoded parts change; Fred met Ted.')).toEqual(['Fred', 'Punycode', 'Ted']);
  });

  it(`${here}reads a short text in capitals linking to the licence file as the licence, whole`, () => {
    const md = '# License\n\n[MIT/X11](./LICENSE)\n\nOr [Apache License 2.0](https://github.com/x/y/blob/main/LICENSE.txt), as [the license](LICENSE) says.';
    const found = extract(readSource(md, 'a.md'), { lexicon: buildLexicon([{}]) }).entities;
    expect(found.map((e) => [e.label, e.category])).toEqual([['Apache License 2.0', 'other'], ['MIT/X11', 'other']]);
  });

  it(`${here}reads a known tool that is also a word after "via" or "using" in a heading as the tool, not after "with"`, () => {
    const file: LexiconFile = { product: ['~Homebrew', '~Threads', '~Poetry'] };
    expect(labelsOf('# tool\n\n## Globally via Homebrew\n\nText.\n\n## Building using Poetry\n\nText.\n\n## Working with Threads\n\nText.', file)).toEqual(['Homebrew', 'Poetry']);
  });
});
