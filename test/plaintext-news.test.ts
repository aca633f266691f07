import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { loadLexicon } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

// Rules for plain-text documents (specs, NEWS files, release announcements) and news posts (issue 9, nineteenth batch).
const here = '[plain text and news] ';
// The built-in lexicon: it knows the SEC, and 2FA and SDK as vocabulary.
const lexicon = loadLexicon([]);
const read = (source: string, path: string) => extract(readSource(source, path), { lexicon });
const forms = (source: string, path: string) => read(source, path).entities.map((e) => Object.keys(e.forms).sort());
const labels = (source: string, path: string) => read(source, path).entities.map((e) => e.label).sort();

describe('one person, however the name is written', () => {
  it(`${here}reads a name with its umlaut written out (Tim Ruehsen) as the same person as with it (Tim Rühsen)`, () => {
    const news = '** All changes by Tim Rühsen except stated otherwise.\n\nCopyright (C) 2018-2022 Tim Ruehsen\n';
    expect(forms(news, 'NEWS.txt')).toEqual([['Tim Ruehsen', 'Tim Rühsen']]);
    // The dots dropped, as English writes it, is the same person too.
    expect(forms('<p>Jürgen Mayer met the press, and Jurgen Mayer left.</p>', 'post.html')).toEqual([['Jurgen Mayer', 'Jürgen Mayer']]);
  });

  it(`${here}reads the last words of a longer name (Suu Kyi, Aung San Suu Kyi) as that person`, () => {
    const post = '<p>Supporters of Aung San Suu Kyi met in Yangon. They marked Suu Kyi’s 64th birthday.</p>';
    expect(forms(post, 'post.html')).toContainEqual(['Aung San Suu Kyi', 'Suu Kyi']);
    expect(labels(post, 'post.html')).toEqual(['Aung San Suu Kyi', 'Yangon']);
  });
});

describe('titles before names in news', () => {
  it(`${here}leaves a title, written out (Archbishop) or cut short (Sec.), out of the person and out of the names`, () => {
    const post = '<p>It was signed by George Clooney, Sec. Madeleine Albright, Archbishop Desmond Tutu and Naomi Watts.</p>';
    expect(labels(post, 'post.html')).toEqual(['Desmond Tutu', 'George Clooney', 'Madeleine Albright', 'Naomi Watts']);
    // The body whose acronym the abbreviation folds to is still named in capitals.
    expect(labels('<p>The SEC fined the firm.</p>', 'post.html')).toEqual(['SEC']);
  });
});

describe('plain-text specifications', () => {
  const spec = (body: string) => `The .lzma File Format\n=====================\n\n${body}`;
  const cited = (source: string, url: string) =>
    read(source, 'format.txt').sentences.filter((s) => s.sources.includes(url)).flatMap((s) => s.entities).sort();

  it(`${here}keeps a name that opens with digits at the start of a sentence or a reference entry (7-Zip), not a vocabulary word so written (2-FA)`, () => {
    const references = spec('2. References\n\n        7-Zip\n        http://7-zip.org/\n\n        2-FA is required.\n');
    expect(labels(references, 'format.txt')).toEqual(['7-Zip']);
    // Its entry cites the URL under it (folded: https, no final slash).
    expect(cited(references, 'https://7-zip.org')).toEqual(['7-zip']);
  });

  it(`${here}reads a kit's acronym after a name as the product's last word (LZMA SDK), not a kit alone (the SDK)`, () => {
    const text = spec('        Most tools are LZMA SDK and XZ Utils. The SDK is big, and Install SDK tools first.\n');
    expect(labels(text, 'format.txt')).toEqual(['LZMA SDK', 'XZ Utils']);
  });

  it(`${here}reads a numbered table of contents line by line, each section's title an item of its own`, () => {
    const toc = spec('        0. Preface\n           0.1. Notices and Acknowledgements\n        1. File Format\n           1.1. Header\n');
    const document = readSource(toc, 'format.txt');
    expect(document.blocks.filter((b) => b.kind === 'item').map((b) => document.text.slice(b.start, b.end)))
      .toEqual(['Preface', 'Notices and Acknowledgements', 'File Format', 'Header']);
  });

  it(`${here}reads a field named by an acronym and ordinary words (LZMA Compressed Data) as naming the acronym only, not a group of people (AAA Doctors)`, () => {
    const text = spec('1.2. LZMA Compressed Data\n\n        The Header is followed by the LZMA Compressed Data, as the AAA Doctors advised.\n');
    expect(labels(text, 'format.txt')).toEqual(['AAA Doctors', 'LZMA']);
  });
});

describe('NEWS files', () => {
  const news = (body: string) => `Libfoo NEWS -- History of user-visible changes.\n\n* Noteworthy changes in release 1.2.3 (2022-07-11) [stable]\n\n${body}`;

  it(`${here}reads a C library's name in lower case as a product (libunistring, libgpg-error), not a word that starts so (library, libre)`, () => {
    const text = news('** Builds with libunistring.\nThe library is free (libre) and needs libgpg-error, as libidn did.\n');
    expect(labels(text, 'NEWS.txt')).toEqual(['libgpg-error', 'libidn', 'libunistring']);
  });

  it(`${here}reads no name in a code point (U+32FF) nor in a host reserved for examples (_443._tcp.example.com)`, () => {
    const text = news('** Upgrade the tables.\nNow U+32FF works, and strings such as _443._tcp.example.com pass, as on python.org.\n');
    expect(labels(text, 'NEWS.txt')).toEqual(['python.org']);
  });

  it(`${here}reads no name in a date with an abbreviated weekday (Thu May 30) nor in a placeholder in letters (YYYY-ZZZZ)`, () => {
    const text = [
      'Patch the header of Solaris like this:',
      '',
      '--- inttypes.h.orig\tThu May 30 01:00:00 1996',
      '+++ inttypes.h\tSun, Mar 23 00:20:36 2003',
      '',
      'A copyright range written as YYYY-ZZZZ or YYYY-MM-DD covers every year in it, says Paul Eggert.',
    ].join('\n');
    expect(labels(text, 'README.txt')).toEqual(['Paul Eggert', 'Solaris']);
  });

  it(`${here}reads a build's input files as no names (configure.in, Makefile.in), beside a name that stays`, () => {
    const text = 'WARNING: If you modify files like configure.in, aclocal.m4, or any Makefile.am or Makefile.in, then run autoreconf from GNU.\n';
    expect(labels(text, 'README.txt')).toEqual(['GNU']);
  });

  it(`${here}knows GPG as GnuPG and PGP as a product`, () => {
    const text = 'To verify the GPG signature of the release, fetch the key from a PGP keyserver.\n';
    expect(read(text, 'README.txt').entities.map((e) => `${e.label}/${e.category}`).sort()).toEqual(['GnuPG/product', 'PGP/product']);
  });

  it(`${here}keeps a quoted person's middle initial inside the name ("Abdulrahman I. ALGhadir")`, () => {
    const text = news('** Fix the length check.\nReported by "Abdulrahman I. ALGhadir" <aghadir@example.org> and Markus Scherer.\n');
    expect(labels(text, 'NEWS.txt')).toEqual(['Abdulrahman I. ALGhadir', 'Markus Scherer']);
  });
});

describe('READMEs as plain text', () => {
  it(`${here}reads a release of a system written before its name as a name (4.3BSD), not a measure (2.4GB)`, () => {
    const text = 'It is also distributed with the 4.3BSD find, and 4.4BSD has it in 2.4GB.\n';
    expect(labels(text, 'README.txt')).toEqual(['4.3BSD', '4.4BSD']);
  });

  it(`${here}reads a command cited with its manual's section as a tool (bash(1), cron(8)), not a C function (printf(3))`, () => {
    const text = 'A bash(1) completion file is in the tree; printf(3) formats, and cron(8) runs it.\n';
    expect(labels(text, 'README.txt')).toEqual(['bash', 'cron']);
  });

  it(`${here}reads the tools a bracket offers for a kind of tool as tools (gcc or clang; yacc or bison), not a phrase in brackets`, () => {
    const text = 'To build it, a C compiler (for example gcc or clang) and a suitable yacc (yacc or bison) are needed.\n' +
      'Choose the segment of the market (market segmentation), and a tool (fast or cheap).\n';
    expect(labels(text, 'README.txt')).toEqual(['Clang', 'GCC', 'bison', 'yacc']);
  });
});

describe('writers in news posts', () => {
  const categories = (source: string) => Object.fromEntries(read(source, 'post.html').entities.map((e) => [e.label, e.category]));

  it(`${here}reads a name in italics that writes or is described as a person as the writer, not a work's title`, () => {
    const post = '<p><em>Kamran Ashtary</em>, Netherlands based blogger and artist, launched a site.</p>' +
      '<p><em>Mohammad Ali Abtahi</em>, former vice president <a href="https://blog.example.org/a">writes</a>:</p>' +
      '<p>I read <em>The Shining</em>, a novel.</p>';
    expect(categories(post)).toEqual({ 'Kamran Ashtary': 'person', 'Mohammad Ali Abtahi': 'person', Netherlands: 'place', 'The Shining': 'other' });
  });

  it(`${here}keeps an unusual word opening a sentence before a verb of saying (Paicorg writes), not an ordinary one (Something writes)`, () => {
    const post = '<p><em>Paicorg</em> <a href="https://paicorg.example.net/">writes</a> [fa] that the election should be boycotted. Something writes back.</p>';
    expect(labels(post, 'post.html')).toEqual(['Paicorg']);
  });
});

describe('sites named in news posts', () => {
  it(`${here}reads a link's text that is its own host as the site's name, even when a digit opens it (64forSuu.org)`, () => {
    const post = '<p>The website <a href="http://64forsuu.org/">64forSuu.org</a> is named for her birthday; 64forSuu is on Facebook.</p>';
    expect(labels(post, 'post.html')).toEqual(['64forSuu.org', 'Facebook']);
  });
});

describe('fields of a specification', () => {
  it(`${here}reads a numbered series of fields (SubType1, SubType2) as no names, but not a known name's versions (Python2, Python3) nor IPv4 and IPv6`, () => {
    const text = '   The fields are SubType1 and SubLen1, then SubType2 and SubLen2.  Python2 and Python3 both run over IPv4 and IPv6.\n';
    const found = labels(text, 'rfc.txt');
    expect(found.filter((label) => /^Sub/.test(label))).toEqual([]);
    expect(found).toEqual(['IPv4', 'IPv6', 'Python2', 'Python3']);
  });
});

describe('people after their titles in news', () => {
  it(`${here}keeps the initial of a first name before the one used, after a title (Special Agent in Charge D. Richard Goss)`, () => {
    const release = '<p>The team is led by Special Agent in Charge D. Richard Goss of the bureau, and by author F. Scott Fitzgerald.</p>';
    expect(labels(release, 'release.html')).toEqual(['D. Richard Goss', 'F. Scott Fitzgerald']);
  });
});

describe('terms of a specification', () => {
  it(`${here}reads an ordinary word before "of" and a capitalised phrase, written so more than once, as one term (End of Payload Marker)`, () => {
    const text = '   It allows End of Payload Marker with a known size.  End of Payload Marker is rare.  The President of France spoke.\n';
    expect(labels(text, 'format.txt')).toEqual(['End of Payload Marker', 'France']);
  });
});
