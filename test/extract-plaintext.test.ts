import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[plaintext] ';
// The rules on their own, with a lexicon that knows only what a test gives it.
const lexiconOf = (file: LexiconFile = {}) => buildLexicon([{ notEntities: ['TLS'] }, file]);
const extracted = (source: string, file?: LexiconFile) => extract(readSource(source, 'rfc.txt'), { lexicon: lexiconOf(file) });
const blocksOf = (source: string) => {
  const document = readSource(source, 'rfc.txt');
  return document.blocks.map((b) => [b.kind, document.text.slice(b.start, b.end)]);
};
const citing = (source: string, url: string) =>
  extracted(source).sentences.filter((s) => s.sources.includes(url)).flatMap((s) => s.entities).sort();

// An RFC laid out as the RFC Editor does: body indented by three, headings at the margin.
const RFC = [
  'Internet Engineering Task Force (IETF)                         J. Doe',
  'Request for Comments: 9999                               Example Corp',
  '',
  '',
  '              The Example Transport Protocol (ETP) for Widgets',
  '',
  'Abstract',
  '',
  '   This document specifies the Example Transport Protocol.  See',
  '   [RFC2119] and the "Widget Homepage" [widget].',
  '',
  '3.2.  X.509 Certificate Considerations',
  '',
  '   Certificates are checked as the text',
  '   says.',
  '',
  'Doe                          Standards Track                   [Page 2]',
  '\f',
  'RFC 9999                         ETP                         April 2026',
  '',
  '',
  '   Nothing else is checked',
  '   there.',
  '',
  '9.  References',
  '',
  '   [RFC2119]  Bradner, S., "Key words for use in RFCs to Indicate',
  '              Requirement Levels", BCP 14, RFC 2119,',
  '              DOI 10.17487/RFC2119, March 1997,',
  '              <https://www.rfc-editor.org/info/rfc2119>.',
  '',
  '   [widget]   Widget Association of Europe, "Widget Homepage", 2007,',
  '              <http://www.widget.example/>.',
  '',
  "Author's Address",
  '',
  '   Jane Doe',
  '   Example Corp',
  '   Currumbin Waters  QLD 4223',
  '   Australia',
  '',
  '   EMail: jane@example.com',
  '   URI:   https://www.example.com/',
].join('\n');

describe('the layout of plain-text specifications', () => {
  it(`${here}reads lines set out to the left of an indented body as headings, and the centred title as one`, () => {
    const headings = blocksOf(RFC).filter(([kind]) => kind === 'heading').map(([, text]) => text);
    expect(headings).toEqual([
      'The Example Transport Protocol (ETP) for Widgets', 'Abstract', '3.2. X.509 Certificate Considerations', '9. References', "Author's Address",
    ]);
    expect(readSource(RFC, 'rfc.txt').title).toBe('The Example Transport Protocol (ETP) for Widgets');
  });

  it(`${here}joins a paragraph that a page break cut, and keeps paragraphs that end at the break apart`, () => {
    const texts = blocksOf(RFC).map(([, text]) => text);
    expect(texts).toContain('Certificates are checked as the text says.');
    expect(texts).toContain('Nothing else is checked there.');
    const cut = 'Doe                          Standards Track                   [Page 2]\n\f\nRFC 9999                         ETP                         April 2026\n';
    expect(blocksOf(`   The first line is\n   wrapped here\n\n${cut}\n   the second goes on.`).map(([, t]) => t)).toEqual(['The first line is wrapped here the second goes on.']);
    expect(blocksOf(`   The first ends.\n   Here.\n\n${cut}\n   o  an item\n   o  another`).map(([, t]) => t)).toEqual(['The first ends. Here.', 'an item', 'another']);
  });

  it(`${here}reads each reference entry as one block, however its label and lines are laid out`, () => {
    const entries = blocksOf(RFC).filter(([, text]) => text.startsWith('['));
    expect(entries).toEqual([
      ['paragraph', '[RFC2119] Bradner, S., "Key words for use in RFCs to Indicate Requirement Levels", BCP 14, RFC 2119, DOI 10.17487/RFC2119, March 1997, <https://www.rfc-editor.org/info/rfc2119>.'],
      ['paragraph', '[widget] Widget Association of Europe, "Widget Homepage", 2007, <http://www.widget.example/>.'],
    ]);
    // Entries that no blank line separates, with the label alone on its line.
    const listed = '   [A]  Roe, R., "One", 2001, <https://a.example/>.\n   [LONG-LABEL]\n        Poe, P., "Two", 2002.';
    expect(blocksOf(listed).map(([, t]) => t)).toEqual(['[A] Roe, R., "One", 2001, <https://a.example/>.', '[LONG-LABEL] Poe, P., "Two", 2002.']);
  });

  it(`${here}cites the URLs of a reference entry where its label stands in the text`, () => {
    const sentence = extracted(RFC).sentences.find((s) => s.text.startsWith('See [RFC2119]'));
    expect(sentence?.sources).toEqual(['https://rfc-editor.org/info/rfc2119', 'https://widget.example']);
  });

  it(`${here}reads each bullet of a plain-text list as its own item, its wrapped lines included, citing only its own reference`, () => {
    const notes = [
      'This release includes the following bugfixes:',
      '',
      ' o cmake: fix the build with MSVC on ARM64 [3]',
      ' o http2: avoid a crash when the library reports an error that the',
      '   server sent, found by Daniel Stenberg [7]',
      ' - docs: mention Wireshark [9]',
      '',
      ' [3] = https://example.se/bug/?i=3',
      ' [7] = https://example.se/bug/?i=7',
      ' [9] = https://example.se/bug/?i=9',
    ].join('\n');
    expect(blocksOf(notes).filter(([kind]) => kind === 'item')).toEqual([
      ['item', 'cmake: fix the build with MSVC on ARM64 [3]'],
      ['item', 'http2: avoid a crash when the library reports an error that the server sent, found by Daniel Stenberg [7]'],
      ['item', 'docs: mention Wireshark [9]'],
    ]);
    expect(citing(notes, 'https://example.se/bug/?i=7')).toEqual(['daniel stenberg']);
    expect(citing(notes, 'https://example.se/bug/?i=9')).toEqual(['wireshark']);
    expect(blocksOf('Steps:\n\n1. Install Node\n2. Run the tests\n3) Read the report').filter(([kind]) => kind === 'item').map(([, text]) => text)).toEqual(['Install Node', 'Run the tests', 'Read the report']);
  });

  it(`${here}reads an author's address with its e-mail and URI lines as one sentence that its URI cites`, () => {
    const address = blocksOf(RFC).find(([kind]) => kind === 'address');
    expect(address?.[1]).toBe('Jane Doe, Example Corp, Currumbin Waters, QLD 4223, Australia, EMail: jane@example.com, URI: https://www.example.com/');
    expect(citing(RFC, 'https://example.com')).toEqual(expect.arrayContaining(['australia', 'example corp', 'jane doe']));
  });
});

describe('protocol names in specifications', () => {
  it(`${here}keeps an acronym the text spells out in capitals, even when it is vocabulary elsewhere`, () => {
    const labels = (text: string) => extracted(text).entities.flatMap((e) => Object.keys(e.forms));
    expect(labels('The Remote Authentication Dial In User Service (RADIUS) is old. RADIUS servers answer.')).toContain('RADIUS');
    expect(labels('It runs over Transport Layer Security (TLS). TLS is everywhere.')).toContain('TLS');
    expect(labels('It runs over TLS. TLS is everywhere.')).not.toContain('TLS');
  });

  it(`${here}drops a specification's field names and codes, and keeps the protocol before its vocabulary`, () => {
    const text = 'The RADIUS client sends an attribute type and a request.\n\nThe Remote Authentication Dial In User Service (RADIUS) defines the RADIUS Attribute Type and the RADIUS Request. It sets A1va, IPv4MaskLen, X509v3 and DHCPDISCOVER.';
    // One entity: the acronym, whose letters include the small word's ("Dial In"), is another name of the spelled-out protocol.
    expect(extracted(text).entities.map((e) => [e.label, Object.keys(e.forms).sort()])).toEqual([
      ['Remote Authentication Dial In User Service', ['RADIUS', 'Remote Authentication Dial In User Service']],
    ]);
  });

  it(`${here}reads a company's legal form after "Co." as part of its name`, () => {
    expect(extracted('We met Huawei Technologies Co., Ltd in Beijing.').entities.map((e) => e.label)).toContain('Huawei Technologies Co., Ltd');
  });
});

describe('documents in a specification', () => {
  it(`${here}names the RFC by its number from its header, with its title as another name`, () => {
    const rfc6614 = extracted(RFC).entities.find((e) => e.label === 'RFC 9999');
    expect(Object.keys(rfc6614?.forms ?? {})).toEqual(['Request for Comments: 9999', 'The Example Transport Protocol (ETP) for Widgets']);
  });

  it(`${here}reads "BCP 14, RFC 2119" after a title as one document, and the label RFC2119 as RFC 2119`, () => {
    const text = 'See [RFC2119].\n\n   [RFC2119]  Bradner, S., "Key words for use in RFCs", BCP 14,\n              RFC 2119, March 1997.';
    const document = extracted(text).entities.find((e) => e.label === 'RFC 2119');
    expect(document?.forms).toEqual({ RFC2119: 2, 'Key words for use in RFCs': 1, 'BCP 14': 1, 'RFC 2119': 1 });
  });

  it(`${here}leaves drawings out and reads a figure's caption as a heading`, () => {
    const text = '   The layout:\n\n      +-+-+-+-+-+-+-+-+\n      |  SubLen1  |\n      +-+-+-+-+-+-+-+-+\n\n          Figure 1: The Cooperation between DHCP and RADIUS';
    expect(blocksOf(text)).toEqual([['paragraph', 'The layout:'], ['heading', 'Figure 1: The Cooperation between DHCP and RADIUS']]);
    const grammar = '   The grammar:\n\n   UTF8-char        =  UTF8-1 / UTF8-2\n   UTF8-1           =  %x00-7F\n                       ; from RFC 3629';
    expect(blocksOf(grammar)).toEqual([['paragraph', 'The grammar:']]);
  });

  it(`${here}never takes the labels of an address's e-mail and URI lines for names`, () => {
    const labels = extracted(RFC).entities.map((e) => e.label);
    expect(labels).not.toContain('EMail');
    expect(labels).not.toContain('URI');
  });

  it(`${here}reads the citation keys of a reference list as keys, not names, unless they are document numbers`, () => {
    const text = 'The attack [Klima03] breaks it; see [RFC5246].\n\n   [Klima03]  Klima, V., "Attacking RSA-based Sessions", 2003.\n\n   [RFC5246]  Dierks, T., "The TLS Protocol", RFC 5246, 2008.';
    const labels = extracted(text).entities.map((e) => e.label);
    expect(labels).not.toContain('Klima03');
    expect(extracted('See [RFC0793].\n\n   [RFC0793]  Postel, J., "Transmission Control Protocol", STD 7, RFC 793, 1981.').entities.map((e) => e.label)).toContain('RFC 793');
    expect(labels).toEqual(expect.arrayContaining(['RFC 5246', 'V. Klima', 'Attacking RSA-based Sessions']));
  });

  it(`${here}reads the first line of an author's address as a person and the second as an organisation`, () => {
    const entities = extracted(RFC).entities;
    expect(entities.find((e) => e.label === 'Jane Doe')?.category).toBe('person');
    expect(entities.find((e) => e.label === 'Example Corp')?.category).toBe('organization');
  });

  it(`${here}keeps the protocol of a section heading and not the heading, nor lets a title ending in it take it`, () => {
    const text = [
      '   The RADIUS datagram has considerations.  The Remote Authentication Dial In',
      '   User Service (RADIUS) is old; see [DTLS].',
      '',
      '3.4.  RADIUS Datagram Considerations',
      '',
      '   The Security Considerations section says so for the RADIUS protocol.',
      '',
      '   [DTLS]     DeKok, A., "DTLS as a Transport Layer for RADIUS", Work',
      '              in Progress, October 2010.',
    ].join('\n');
    const { entities } = extracted(text);
    const labels = entities.map((e) => e.label);
    expect(entities.find((e) => 'RADIUS' in e.forms)?.label).toBe('Remote Authentication Dial In User Service');
    expect(labels).toContain('DTLS as a Transport Layer for RADIUS');
    expect(labels).not.toContain('RADIUS Datagram Considerations');
  });

  it(`${here}reads an organisation's acronym after its name apart, and a "Co., Ltd" line whole`, () => {
    const text = '   [terena]   Trans-European Research and Education Networking\n              Association (TERENA), "Task Force on Mobility", 2008,\n              <http://www.terena.example/tf/>.';
    expect(extracted(text).entities.map((e) => e.label)).toContain('Trans-European Research and Education Networking Association');
    const address = "Author's Address\n\n   Dayong Guo\n   Huawei Technologies Co., Ltd\n   Q14 Huawei Campus\n   China\n\n   EMail: guoseu@example.com";
    const entity = extracted(address).entities.find((e) => e.label.startsWith('Huawei Technologies'));
    expect([entity?.label, entity?.category]).toEqual(['Huawei Technologies Co., Ltd', 'organization']);
  });

  it(`${here}drops the Title Case terms a specification also writes in lower case, but not its spelled-out protocols or bodies`, () => {
    const text = [
      '   The server checks the response authenticator and the common name.  It',
      '   computes the Response Authenticator from the Common Name.  The Transport',
      '   Layer Security (TLS) protocol protects the transport layer security of',
      '   the link, as the Security Area Working Group of the security area advised.',
    ].join('\n');
    const labels = extracted(text).entities.map((e) => e.label).sort();
    expect(labels).toEqual(['Security Area Working Group', 'Transport Layer Security']);
    // In other documents such terms stay names.
    expect(extract(readSource(text.replace(/\s+/g, ' '), 'a.md'), { lexicon: lexiconOf() }).entities.map((e) => e.label)).toContain('Response Authenticator');
  });
});

describe('the layout of plain-text READMEs and notices', () => {
  const README = [
    'Welcome to widget!',
    '',
    '* Dependencies',
    '',
    'widget depends on Gizmotron 2.x, available from:',
    '',
    '\thttps://gadget.example/releases/latest',
    '',
    'To build it from version control:',
    '',
    '\t$ git clone https://example.org/widget.git',
    '\t$ cd widget && make',
    '',
    '= Presentation of Widget =',
    '',
    'GNU Project notice',
    '==================',
    'Widget is part of the GNU Operating System.',
    '',
    'REPORTING BUGS',
    '',
    'See the Widget FAQ at:',
    '  https://widget.example/faq',
  ].join('\n');

  it(`${here}reads underlined, starred, framed and capital headings as headings`, () => {
    expect(blocksOf(README).filter(([kind]) => kind === 'heading').map(([, text]) => text)).toEqual([
      'Dependencies', 'Presentation of Widget', 'GNU Project notice', 'REPORTING BUGS',
    ]);
  });

  it(`${here}gives URLs on lines of their own to the sentence before them, and reads a shell session as code`, () => {
    const texts = blocksOf(README).map(([, text]) => text);
    expect(texts).toContain('widget depends on Gizmotron 2.x, available from: https://gadget.example/releases/latest');
    expect(texts).toContain('See the Widget FAQ at: https://widget.example/faq');
    // The rule ends the heading even when the text follows it without a blank line.
    expect(texts).toContain('Widget is part of the GNU Operating System.');
    expect(texts.some((text) => text.includes('git clone'))).toBe(false);
    expect(citing(README, 'https://gadget.example/releases/latest')).toEqual(['gizmotron']);
    expect(extracted(README).sentences.flatMap((s) => s.sources)).not.toContain('https://example.org/widget.git');
  });
});

describe('free software named in lower case', () => {
  it(`${here}knows the tools and libraries that READMEs name in lower case (the default lexicon)`, () => {
    const text = 'It needs ncurses and libevent; building from git also needs autoconf, automake and pkg-config. Report bugs for findutils and xargs.';
    const labels = extract(readSource(text, 'README')).entities.map((e) => e.label).sort();
    expect(labels).toEqual(['Autoconf', 'Automake', 'findutils', 'libevent', 'ncurses', 'pkg-config', 'xargs']);
  });

  it(`${here}knows a library whose name is an English word only where a word says it is one`, () => {
    const labels = (text: string) => extract(readSource(text, 'README')).entities.map((e) => e.label);
    expect(labels('The curses library paints the screen; curses is old.')).toEqual(['curses']);
    expect(labels('He muttered curses at the screen.')).toEqual([]);
  });
});

describe('standards and authors in READMEs and HOWTOs', () => {
  it(`${here}joins a standard's number with parts to its series, as a work`, () => {
    const found = extracted('find and xargs comply with POSIX 1003.2, and the radio with IEEE 802.11.').entities.map((e) => [e.label, e.category]).sort();
    expect(found).toEqual([['IEEE 802.11', 'other'], ['POSIX 1003.2', 'other']]);
  });

  it(`${here}reads a licence named after a product as a work`, () => {
    const lexicon = buildLexicon([{ product: ['GNU'] }]);
    const found = extract(readSource('Permission is granted under the terms of the GNU Free Documentation License, Version 1.3.', 'README'), { lexicon }).entities;
    expect(found.map((e) => [e.label, e.category])).toEqual([['GNU Free Documentation License', 'other']]);
  });

  it(`${here}keeps lower-case names that a tool noun or a domain marks in plain text, unlike its Title Case terms`, () => {
    const text = 'tmux can use the utempter library to update the file. I use keys.pgp.net daily.';
    expect(extracted(text).entities.map((e) => e.label).sort()).toEqual(['keys.pgp.net', 'utempter']);
  });

  it(`${here}reads no name in ordinary words around a lower-case gloss in brackets`, () => {
    const text = 'Join us in writing Free (libre) Software. Learn more about Free (libre) Software here. It runs Widgetron (new) now.';
    expect(extracted(text).entities.map((e) => e.label)).toEqual(['Widgetron']);
  });

  it(`${here}reads initials run together before a surname as a person's`, () => {
    const found = extracted('This HOWTO was written by A.M. Kuchling and J.R.R. Tolkien.').entities.map((e) => [e.label, e.category]).sort();
    expect(found).toEqual([['A.M. Kuchling', 'person'], ['J.R.R. Tolkien', 'person']]);
  });
});

describe('examples, citations and tags in plain-text READMEs', () => {
  const README = [
    'Gizmo',
    '',
    'Gizmo is a shell tool for executing jobs in parallel using one',
    'or more computers, written in Perl.',
    '',
    'If you use xargs today you will find Gizmo very easy to use,',
    'as it has the same options.',
    '',
    'Full installation of Gizmo is as simple as:',
    '',
    '    wget https://ftp.example.org/gizmo/gizmo-1.0.tar.bz2',
    '    bzip2 -dc gizmo-1.0.tar.bz2 | tar xvf -',
    '    opkg install perlbase-getopt',
    '',
    'When using Gizmo for publication please cite:',
    '',
    '    Tange, O. (2022, November 22). Gizmo 20221122.',
    '    Zenodo. https://doi.org/10.5281/zenodo.7347980',
    '',
    'SPDX-FileCopyrightText: 2021-2022 Ole Tange, http://ole.example.dk',
    'SPDX-License-Identifier: GPL-3.0-or-later',
  ].join('\n');

  it(`${here}reads indented commands without a prompt as code, whose URLs are no sources`, () => {
    const { sentences } = extracted(README);
    expect(sentences.flatMap((s) => s.sources)).not.toContain('https://ftp.example.org/gizmo/gizmo-1.0.tar.bz2');
    expect(extracted(README).entities.map((e) => e.label)).not.toContain('opkg');
  });

  it(`${here}reads an indented citation as a reference entry whose URL cites its author, title and publisher`, () => {
    expect(citing(README, 'https://doi.org/10.5281/zenodo.7347980')).toEqual(['gizmo', 'gizmo 20221122', 'ole tange', 'zenodo']);
  });

  it(`${here}reads SPDX tags as labels, each line its own, and keeps a licence identifier whole`, () => {
    const labels = extracted(README).entities.map((e) => [e.label, e.category]);
    expect(labels).toContainEqual(['GPL-3.0-or-later', 'other']);
    expect(labels.map(([label]) => label).filter((label) => label!.startsWith('SPDX'))).toEqual([]);
    expect(citing(README, 'https://ole.example.dk')).toEqual(['ole tange']);
  });

  it(`${here}keeps a known maker's program whole where its word is also written in lower case (GNU Parallel)`, () => {
    const text = 'GNU Parallel is a shell tool for executing jobs in parallel. GNU Parallel can split the input.';
    expect(extract(readSource(text, 'README')).entities.map((e) => e.label)).toEqual(['GNU Parallel']);
  });
});

describe('manual pages rendered as plain text', () => {
  // As `man` lays a page out: section headings in capitals at the margin, their text indented right below them.
  const PAGE = [
    'IMGSQZ(1)                 General Commands Manual                IMGSQZ(1)',
    '',
    'NAME',
    '       imgsqz - command-line image shrinking tool',
    '',
    'DESCRIPTION',
    '       Shrinks images, one folder at a time, keeping their names. Run',
    '       imgsqz once per folder.',
    '',
    'OPTIONS',
    '       -L, --list VAR VALUES',
    '',
    '              Perform runs for each value in the comma-separated list of',
    '              VALUES.',
    '',
    '              Example:',
    '                     imgsqz -L compiler gcc,clang \'{compiler} -O2 main.c\'',
    '',
    '              This shrinks with \'gcc -O2 main.c\' and \'clang -O2 main.c\'.',
    '',
    'EXAMPLES',
    '       Shrink a folder of photos:',
    '              imgsqz --all photos \\',
    '                   --keep-names',
    '',
  ].join('\n');
  const page = (file?: LexiconFile) => extract(readSource(PAGE, 'imgsqz.txt'), { lexicon: lexiconOf(file) });

  it(`${here}reads a heading in capitals as a heading even with its section's text indented right below it`, () => {
    const blocks = readSource(PAGE, 'imgsqz.txt');
    const kinds = blocks.blocks.map((b) => [b.kind, blocks.text.slice(b.start, b.end)]);
    expect(kinds).toContainEqual(['heading', 'NAME']);
    expect(kinds).toContainEqual(['heading', 'EXAMPLES']);
    expect(kinds.map(([, text]) => text)).toContain('imgsqz - command-line image shrinking tool');
    expect(kinds.map(([, text]) => text)).toContain('Shrinks images, one folder at a time, keeping their names. Run imgsqz once per folder.');
  });

  it(`${here}takes the program a NAME section names for a product, wherever the page writes it`, () => {
    const imgsqz = page().entities.find((e) => e.label === 'imgsqz');
    expect(imgsqz?.category).toBe('product');
    expect(imgsqz?.mentions).toBeGreaterThanOrEqual(2);
  });

  it(`${here}reads an example set out below the line announcing it, and a command quoted with its options, as code`, () => {
    const labels = page({ product: ['GCC|gcc', 'Clang|clang'] }).entities.map((e) => e.label);
    expect(labels).not.toContain('GCC');
    expect(labels).not.toContain('Clang');
    const document = readSource(PAGE, 'imgsqz.txt');
    expect(document.text).not.toContain('--keep-names');
  });
});
