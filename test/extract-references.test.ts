import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon, type LexiconFile } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[references] ';
const entitiesOf = (source: string, path = 'a.md') =>
  extract(readSource(source, path), { lexicon: buildLexicon([]) }).entities.map((e) => [e.label, e.category]).sort();

describe('reference entries written without italics', () => {
  it(`${here}reads a title in straight single quotes and the blog or journal after it`, () => {
    const md = [
      '## Further Reading',
      '',
      "Ashton, Neil, 'Seven deadly sins of data publication', School of Data blog (17 October 2013) <http://schoolofdata.example/sins>",
      '',
      "Rosenzweig, Roy, 'Scarcity or Abundance? Preserving the Past', The American Historical Review 108:3 (2003), 735-762.",
    ].join('\n');
    expect(entitiesOf(md)).toEqual([
      ['Neil Ashton', 'person'], ['Roy Rosenzweig', 'person'], ['Scarcity or Abundance? Preserving the Past', 'other'],
      ['School of Data', 'organization'], ['Seven deadly sins of data publication', 'other'], ['The American Historical Review', 'organization'],
    ]);
  });

  it(`${here}reads an organisation as the author of a quoted title`, () => {
    const md = "## References\n\nUK Data Archive, 'Documenting your Data' <http://data-archive.example/document>\n";
    expect(entitiesOf(md)).toEqual([['Documenting your Data', 'other'], ['UK Data Archive', 'organization']]);
    const rfc = '   [radsec]   Open System Consultants, "RadSec - a secure, reliable RADIUS Protocol", May 2005,\n              <http://www.open.example/radsec.pdf>.';
    expect(entitiesOf(rfc, 'rfc.txt')).toEqual([['Open System Consultants', 'organization'], ['RadSec - a secure, reliable RADIUS Protocol', 'other']]);
  });

  it(`${here}reads an unquoted title after the authors in a reference list, up to a period run into the journal`, () => {
    const md = '## Further Reading\n\nNoble, William Stafford, A Quick Guide to Organizing Computational Biology Projects.PLoSComputBiol 5(7): e1000424 (2009)\n';
    expect(entitiesOf(md)).toEqual([
      ['A Quick Guide to Organizing Computational Biology Projects', 'other'], ['PLoSComputBiol', 'organization'], ['William Stafford Noble', 'person'],
    ]);
  });

  it(`${here}ends an unquoted title where the journal's italics begin`, () => {
    const md = '- Langou, J. and Dongarra, J. (2006), Exploiting 32 bit Arithmetic (Revisiting Iterative Refinement), *SC \'06: Proceedings of the 2006 Conference on Supercomputing*, doi:10.1/x.';
    expect(entitiesOf(md)).toContainEqual(['Exploiting 32 bit Arithmetic (Revisiting Iterative Refinement)', 'other']);
    expect(entitiesOf(md)).toContainEqual(["SC '06: Proceedings of the 2006 Conference on Supercomputing", 'other']);
  });

  it(`${here}reads two works cited in one entry, and no initial as a journal`, () => {
    const rfc = '   [COKE] D. Nichols, "Coke machine history", C. Everhart, "Interesting uses of networking", <http://coke.example/history.txt>.';
    expect(entitiesOf(rfc, 'rfc.txt')).toEqual([
      ['C. Everhart', 'person'], ['Coke machine history', 'other'], ['D. Nichols', 'person'], ['Interesting uses of networking', 'other'],
    ]);
  });
});

describe('citation styles', () => {
  it(`${here}reads a Chicago book, an MLA article with its second author in full, and a Vancouver entry`, () => {
    const md = [
      '## References',
      '',
      '- Green, Mary. The Long Book Title. New York: Penguin Press, 2018.',
      '- White, Anna, and Tom Black. "Rivers of the North." Geography Today, vol. 12, no. 3, 2020, pp. 45-67.',
      '- Miller K, Davis L. Sleep duration in adults. Sleep Med. 2021;12:45-67.',
      '- Google AI. Gemini report. 2024.',
    ].join('\n');
    expect(entitiesOf(md)).toEqual([
      ['Anna White', 'person'], ['Gemini', 'product'], ['Geography Today', 'organization'], ['Google AI', 'organization'], ['K Miller', 'person'], ['L Davis', 'person'],
      ['Mary Green', 'person'], ['New York', 'place'], ['Penguin Press', 'organization'], ['Rivers of the North', 'other'],
      ['Sleep Med', 'organization'], ['Sleep duration in adults', 'other'], ['The Long Book Title', 'other'], ['Tom Black', 'person'],
    ]);
  });
});

describe('footnote markers', () => {
  it(`${here}cites the links of the note a footnote marker points to, in the sentence where the marker stands`, () => {
    const md = [
      'The Linux Foundation introduced the certificate in 2004<sup>[6]</sup>. Nothing else.',
      '',
      '[6]: #note-6 "Certificates"',
      '',
      '## References',
      '',
      '* <a name="note-6"></a><sup>6</sup>[Certificates explained](https://example.org/certificates)',
    ].join('\n');
    const extraction = extract(readSource(md, 'a.md'), { lexicon: buildLexicon([]) });
    const sentence = extraction.sentences.find((s) => s.text.startsWith('The Linux Foundation'));
    expect(sentence?.sources).toEqual(['https://example.org/certificates']);
    expect(sentence?.entities).toEqual(['linux foundation']);
    // A marker whose anchor is nowhere cites nothing.
    const lost = extract(readSource(md.replace('name="note-6"', 'name="elsewhere"'), 'a.md'), { lexicon: buildLexicon([]) });
    expect(lost.sentences.find((s) => s.text.startsWith('The Linux Foundation'))?.sources ?? []).toEqual([]);
  });
});

describe('reference markers written as text', () => {
  it(`${here}cites the links of the entry a "[n]" marker names, in the sentence where it stands`, () => {
    const md = [
      'The Linux Foundation introduced the certificate in 2004 [1]. GitHub supports it [2]. Nothing cites [3].',
      '',
      '## References',
      '',
      '[1] J. Smith, "Certificates Explained," *Linux Journal*, 2004. https://example.org/certificates',
      '',
      '[2] Git Project, "Signing Your Work", https://example.org/git',
    ].join('\n');
    const { sentences } = extract(readSource(md, 'a.md'), { lexicon: buildLexicon([]) });
    const sourcesOf = (start: string) => sentences.find((s) => s.text.startsWith(start))?.sources ?? [];
    expect(sourcesOf('The Linux Foundation')).toEqual(['https://example.org/certificates']);
    expect(sourcesOf('GitHub supports')).toEqual(['https://example.org/git']);
    expect(sourcesOf('Nothing cites')).toEqual([]);
  });
});

describe('footnote markers that are the link themselves', () => {
  it(`${here}reads Pandoc's <a href="#fn1"><sup>1</sup></a> as a marker, and an apostrophe inside a curly-quoted title`, () => {
    const html = [
      '<html><body><main><h1>Notes</h1>',
      '<p>Pandoc writes notes too.<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> Nothing else.</p>',
      '<ol><li id="fn1"><p>J. MacFarlane, “Pandoc User’s Guide,” <a href="https://pandoc.example/MANUAL.html">https://pandoc.example/MANUAL.html</a></p></li></ol>',
      '</main></body></html>',
    ].join('\n');
    const extraction = extract(readSource(html, 'a.html'), { lexicon: buildLexicon([]) });
    expect(extraction.sentences.find((s) => s.text.startsWith('Pandoc writes'))?.sources).toEqual(['https://pandoc.example/MANUAL.html']);
    expect(extraction.entities.map((e) => e.label).sort()).toContain('Pandoc User’s Guide');
  });
});

describe('people', () => {
  it(`${here}keeps a middle initial that is also a word inside the name`, () => {
    expect(entitiesOf('#### Contributed by [Roscoe A. Bartlett](https://github.com/bartlettroscoe)\n\nIt works.')).toEqual([['Roscoe A. Bartlett', 'person']]);
  });
});

describe('reference styles: IEEE, French MLA, abbreviated journals', () => {
  it(`${here}reads initials-first authors with "et al." or "and" before a quoted title, and no name inside a DOI`, () => {
    const md = [
      '- W. F. Godoy et al., “Giving engineers a larger stage,” doi: [10.1109/MCSE.2023.3253847](https://doi.org/10.1109/MCSE.2023.3253847) shares stories.',
      '',
      '- R. Lambiotte, J.-C. Delvenne and M. Barahona, "Laplacian Dynamics in Networks", doi:10.1109/TNSE.2015.2391998.',
    ].join('\n');
    expect(entitiesOf(md)).toEqual([
      ['Giving engineers a larger stage', 'other'], ['J.-C. Delvenne', 'person'], ['Laplacian Dynamics in Networks', 'other'],
      ['M. Barahona', 'person'], ['R. Lambiotte', 'person'], ['W. F. Godoy', 'person'],
    ]);
  });

  it(`${here}reads a title in guillemets, an abbreviated journal and one with a subtitle`, () => {
    const md = [
      '## References',
      '',
      '> M. E. J. Newman, « Modularity in networks », Proc. Natl. Acad. Sci. USA, vol. 103, 2006 https://example.org/pnas',
      '',
      '> Blondel, Vincent D., et al. « Fast unfolding of communities ». Journal of Statistical Mechanics: Theory and Experiment, vol. 2008. https://example.org/jstat',
    ].join('\n');
    expect(entitiesOf(md)).toEqual([
      ['Fast unfolding of communities', 'other'], ['Journal of Statistical Mechanics: Theory and Experiment', 'organization'],
      ['M. E. J. Newman', 'person'], ['Modularity in networks', 'other'], ['Proc. Natl. Acad. Sci. USA', 'organization'], ['Vincent D. Blondel', 'person'],
    ]);
  });

  it(`${here}reads names with combining accents and a publisher after a note on the kind of work`, () => {
    // "Dugué" and "Orléans" with e + U+0301, as some files write them.
    const md = '## References\n\n> Nicolas Dugue\u0301, Anthony Perez. Directed Louvain: modularity in directed networks. [Research Report] Universite\u0301 d’Orle\u0301ans. 2015.\n';
    expect(entitiesOf(md).map(([label, category]) => [label!.normalize('NFC'), category])).toEqual([
      ['Anthony Perez', 'person'], ['Directed Louvain: modularity in directed networks', 'other'], ['Nicolas Dugué', 'person'], ['Université d’Orléans', 'organization'],
    ]);
  });

  it(`${here}reads ACM's proceedings after "In" and the catalogue Zotero writes before a DOI`, () => {
    const acm = '## References\n\n1. Alice Author and Bob Builder. 2020. Fast Graphs for Everyone. In Proceedings of the 42nd International Conference on Software Engineering (ICSE \'20). https://doi.org/10.1145/3377811.3380000\n';
    expect(entitiesOf(acm)).toEqual([
      ['Alice Author', 'person'], ['Bob Builder', 'person'], ['Fast Graphs for Everyone', 'other'],
      ['Proceedings of the 42nd International Conference on Software Engineering', 'other'],
    ]);
    const mla = '## References\n\n> Traag, V. A., et al. « From Louvain to Leiden ». Scientific Reports, vol. 9, 2019, p. 5233. DOI.org (Crossref), doi:10.1038/s41598-019-41695-z. https://example.org/leiden\n';
    expect(entitiesOf(mla)).toEqual([
      ['Crossref', 'organization'], ['DOI.org', 'organization'], ['From Louvain to Leiden', 'other'], ['Scientific Reports', 'organization'], ['V. A. Traag', 'person'],
    ]);
  });

  it(`${here}reads IEEE's abbreviated proceedings after "in" as an event, and an abbreviated journal with an acronym`, () => {
    const md = [
      '## References',
      '',
      '[1] T. Mikolov and J. Dean, "Efficient estimation of word representations," in Proc. Int. Conf. Learn. Represent. Workshop, 2013.',
      '',
      '[2] Alice Author and Bob Builder. 2020. Fast Graphs for Everyone. ACM Trans. Graph. 39, 4 (2020), 1–12.',
    ].join('\n');
    expect(entitiesOf(md)).toEqual([
      ['ACM Trans. Graph.', 'organization'], ['Alice Author', 'person'], ['Bob Builder', 'person'], ['Efficient estimation of word representations', 'other'],
      ['Fast Graphs for Everyone', 'other'], ['J. Dean', 'person'], ['Proc. Int. Conf. Learn. Represent. Workshop', 'other'], ['T. Mikolov', 'person'],
    ]);
  });

  it(`${here}leaves "Place: Publisher" to the place and the publisher`, () => {
    const md = '## References\n\nFriedman, Lawrence (2002). Go to Market. New York: AMACOM.\n';
    expect(entitiesOf(md)).toEqual([['AMACOM', 'organization'], ['Go to Market', 'other'], ['Lawrence Friedman', 'person'], ['New York', 'place']]);
  });
});

describe('reading lists at the end of documentation pages', () => {
  it(`${here}reads a "For More Information" list after a Sphinx permalink sign as references: linked titles are works`, () => {
    const html = [
      '<html><body><div class="body">',
      '<h1>Getting started<a class="headerlink" href="#start">¶</a></h1><p>It is small.</p>',
      '<h2>For More Information<a class="headerlink" href="#more">¶</a></h2>',
      '<ul><li><p><a href="https://a.example/intro">Writing Programs with Widgets</a>: a lengthy tutorial.</p></li>',
      '<li><p><a href="https://b.example/talk">“Use widgets… don’t swear”</a>: video of a talk.</p></li></ul>',
      '</div></body></html>',
    ].join('');
    const document = readSource(html, 'howto.html');
    expect(document.text).not.toContain('¶');
    expect(entitiesOf(html, 'howto.html')).toEqual([['Use widgets… don’t swear', 'other'], ['Writing Programs with Widgets', 'other']]);
  });
});

describe('names in HOWTOs', () => {
  const extracted = (text: string, path: string) => extract(readSource(text, path)).entities.map((e) => [e.label, e.category]).sort();
  const names = (text: string) => extracted(text, 'howto.md');

  it(`${here}reads a work titled after its readers with the possessive inside (the Python Developer's Guide)`, () => {
    expect(names('Patches are welcome; see the Python Developer’s Guide to learn more.')).toEqual([['Python Developer’s Guide', 'other']]);
  });

  it(`${here}reads two universities joined by "and" apart, and a campus after "at" as part of one`, () => {
    expect(names('Authors from Claremont Graduate University and San Diego State University, and the University of Illinois at Urbana-Champaign, wrote it.')).toEqual([
      ['Claremont Graduate University', 'organization'], ['San Diego State University', 'organization'], ['University of Illinois at Urbana-Champaign', 'organization'],
    ]);
    expect(names('The Office of Management and Budget agrees.')).toEqual([['Office of Management and Budget', 'organization']]);
  });

  it(`${here}reads a product's name in the plural as another form of it`, () => {
    const found = extract(readSource('It runs on Unix. Some embedded Unixes lack it, as old VT100s did; the VT100 was a terminal.', 'howto.md')).entities;
    expect(found.map((e) => [e.label, Object.keys(e.forms).sort()])).toEqual([['Unix', ['Unix', 'Unixes']], ['VT100', ['VT100', 'VT100s']]]);
  });

  it(`${here}reads a Roman numeral after a name's word as part of the name (System V)`, () => {
    expect(names('The later System V versions of Unix added functions.').map(([label]) => label)).toEqual(['System V', 'Unix']);
  });

  it(`${here}reads two bodies' acronyms joined by a slash as the start of one name, but not before vocabulary`, () => {
    expect(names('She is a recipient of the ACM/IEEE-CS George Michael Fellowship in 2014.')).toEqual([['ACM/IEEE-CS George Michael Fellowship', 'other']]);
    expect(extracted('The RADIUS/TLS Client opens it.', 'rfc.txt').map(([label]) => label)).not.toContain('RADIUS/TLS Client');
  });

  it(`${here}reads no name in the word HowTo`, () => {
    expect(names('This HowTo doc explains Doxygen.')).toEqual([['Doxygen', 'product']]);
  });

  it(`${here}reads no name in the keys of a keyboard`, () => {
    expect(names('Press the Enter key, or keys such as Page Up and Home, in Vim.')).toEqual([['Vim', 'product']]);
  });
});

describe('reference entries in a list under any heading (batch 23)', () => {
  it(`${here}reads an MLA entry whose title is a link, "et al." or an initial before it, and a thesis's university`, () => {
    const md = [
      '## Papers',
      '',
      '1. Harris, Elizabeth K., et al. [Influence of a discharge on Lavaca Bay.](https://x.example/a). Environmental Monitoring 195.1 (2023): 1-24.',
      '1. Rice, David R. [Inferring the Structures of Small Planets](https://x.example/b). Diss. University of Nevada, 2023.',
    ].join('\n');
    const found = entitiesOf(md);
    for (const entity of [
      ['David R. Rice', 'person'], ['Elizabeth K. Harris', 'person'], ['Environmental Monitoring', 'organization'],
      ['Inferring the Structures of Small Planets', 'other'], ['Influence of a discharge on Lavaca Bay', 'other'], ['University of Nevada', 'organization'],
    ]) expect(found).toContainEqual(entity);
    // "Diss." is a note on the kind of work, not the journal.
    expect(found).not.toContainEqual(['Diss', 'organization']);
    expect(found.map(([label]) => label)).not.toContain('Elizabeth K');
  });

  it(`${here}reads an MLA journal before its volume and year whatever its capitals`, () => {
    const md = [
      '1. Harris, Elizabeth K., et al. [Influence of a discharge](https://x.example/a). Environmental monitoring and assessment 195.1 (2023): 1-24.',
      '1. Chen, Wei-Chih, et al. [Discovering Superhard Compounds](https://x.example/b). ACS omega 7.24 (2022): 21035-21042.',
    ].join('\n');
    const found = entitiesOf(md);
    expect(found).toContainEqual(['Environmental monitoring and assessment', 'organization']);
    expect(found).toContainEqual(['ACS omega', 'organization']);
  });

  it(`${here}reads Vancouver authors in a list item, one alone, with "et al." or "and", and the linked journal after the title`, () => {
    const md = [
      '## Relevant papers',
      '',
      '- Witt WC et al. A Julia implementation of the cluster expansion, [J Chem Phys](https://doi.example/1) 159, 164101 (2023)',
      '- Blassel N and Stoltz G. Fixing the Flux, [Journal of Statistical Physics](https://doi.example/2) 191, 17 (2024)',
      '- Gao X, Jiang S. An O(log N) method for periodic systems, [arXiv](https://arxiv.example/3) (2026)',
    ].join('\n');
    const found = entitiesOf(md);
    for (const name of ['WC Witt', 'N Blassel', 'G Stoltz', 'X Gao', 'S Jiang']) expect(found).toContainEqual([name, 'person']);
    for (const title of ['A Julia implementation of the cluster expansion', 'Fixing the Flux', 'An O(log N) method for periodic systems']) expect(found).toContainEqual([title, 'other']);
    expect(found).toContainEqual(['J Chem Phys', 'organization']);
    expect(found.map(([label]) => label)).not.toContain('An O(log N) method for periodic systems, arXiv');
  });

  it(`${here}reads no entry where a list item's words before a comma and a link are no authors`, () => {
    const md = '- JuliaHub, Platinum Sponsor, [Sponsored Talk](https://video.example/1)\n- Google AI. [Gemini report](https://ai.example/2)\n';
    const labels = entitiesOf(md).map(([label]) => label);
    expect(labels).not.toContain('Platinum Sponsor JuliaHub');
    expect(labels).not.toContain('AI Google');
  });
});

describe('Wikipedia citations (batch 23)', () => {
  const entitiesWith = (source: string, path: string, names: LexiconFile) =>
    extract(readSource(source, path), { lexicon: buildLexicon([names]) }).entities.map((e) => e.label).sort();

  it(`${here}reads an author by handle before a quoted title, and a day before the month in the date after the authors`, () => {
    const md = [
      '## References',
      '',
      '1. phegaro. "LinkedIn Mobile: How do we do it?". SlideShare. Retrieved 20 July 2015.',
      '2. Aaron O\'Connell (22 April 2014). "Server-Side Rendering of Single Page Apps". 42floors.com. Retrieved 20 July 2015.',
    ].join('\n');
    const labels = entitiesWith(md, 'a.md', {});
    expect(labels).toContain('LinkedIn Mobile: How do we do it');
    expect(labels).toContain('Server-Side Rendering of Single Page Apps');
    expect(labels).toContain("Aaron O'Connell");
  });

  it(`${here}reads no work in an external-links list's "Official website"`, () => {
    const md = '## External links\n\n- [Official website](http://phantomjs.example/)\n- [Headless WebKit and PhantomJS](http://sitepoint.example/headless)\n';
    const labels = entitiesWith(md, 'a.md', {});
    expect(labels).toContain('Headless WebKit and PhantomJS');
    expect(labels).not.toContain('Official website');
  });

  it(`${here}reads a name the lexicon knows inside a title, even named nowhere else, but not a code in capitals`, () => {
    const md = '## References\n\n1. "Rendering Single Page Apps using Node.js". Blog. Retrieved 20 July 2015.\n\nLicensed [MIT/X11](./LICENSE).\n';
    const labels = entitiesWith(md, 'a.md', { product: ['Node.js', 'X11'] });
    expect(labels).toContain('Node.js');
    expect(labels).not.toContain('X11');
  });
});
