import fc from 'fast-check';

// Random documents for the property tests (test/fuzz.test.ts) and the fuzz run
// (`npm run fuzz`): prose built from the pieces that trip name finders (titles,
// connectors, particles, initials, abbreviations), links of every shape,
// Markdown and HTML structure (nested, unclosed, malformed), front matter, and
// text no one would write (control characters, bidi overrides, lone surrogates).

const NAMES = [
  'Huawei', 'NVIDIA', 'Rust Foundation', 'Linus Torvalds', 'Johnson', 'Obama', 'Smith', 'Warren', 'Angela Merkel', 'Berlin', 'New York',
  'St. Louis', 'U.S.', 'U.K.', 'E.U.', 'iPhone', 'macOS', 'RISC-V', 'C++', 'C#', '.NET', 'Node.js', 'AT&T', 'Procter & Gamble', "O'Neil",
  'McDonald', 'van der Berg', 'de la Cruz', 'al-Assad', 'bin Salman', 'Jean-Luc Picard', 'J. R. R. Tolkien', 'Mary-Kate', 'José Álvarez',
  'Zoë', 'Müller', '北京', 'Москва', 'محمد', 'Ørsted', 'Bjørn', 'ACME Corp.', 'Google LLC', 'Apple Inc.', 'GitHub', 'X', 'A', 'I', 'Q',
];
const TITLES = ['President', 'Senator', 'Prime Minister', 'Mr', 'Mr.', 'Mrs', 'Ms.', 'Dr', 'Dr.', 'Prof.', 'Sir', 'Dame', 'King', 'Queen', 'Pope', 'CEO', 'Judge', 'General', 'Jr.', 'Sr.', 'III'];
const CONNECTORS = ['&', 'and', 'of', 'the', 'The', 'von', 'van', 'de', 'da', 'al', 'bin', 'y', 'und', 'et', '+', '/', '-', '—', 'vs.', 'via', 'by', 'at', 'in'];
const WORDS = [
  'met', 'said', 'says', 'founded', 'funds', 'acquired', 'sued', 'according', 'to', 'report', 'a', 'an', 'is', 'was', 'with', 'from', 'on',
  'company', 'university', 'government', 'team', 'project', 'language', 'city', 'today', 'yesterday', 'however', 'In', 'After', 'When', 'It',
  'He', 'She', 'They', 'We', 'This', 'e.g.', 'i.e.', 'etc.', 'approx.', 'No.', 'vol.', 'p.', 'Fig.', 'Inc.', 'Ltd.', 'Co.', 'St.', 'Mt.',
  '2024', '1.5', '3,000', '#1', '50%', '$10', '@user', '#tag', 'e-mail', 'co-founder', "don't", 'rock’n’roll', 'naïve', 'ﬁle', 'ＡＢＣ',
];
const PUNCTUATION = ['.', '.', ',', '!', '?', ';', ':', '…', '...', '(', ')', '[', ']', '"', '“', '”', "'", '’', '‘', '«', '»', '—', '–', '-', '*', '_', '`', '|', '<', '>', '{', '}', '\\'];
const SPACES = [' ', ' ', ' ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2009', '\u3000'];
const ODD = [
  '\x1b[2J', '\x1b]0;title\x07', '\x1b]52;c;ZXZpbA==\x07', '\x1b]8;;https://evil.example\x1b\\', '\r', '\b', '\x00', '\x7f', '\x85', '\x9b',
  '\u202e', '\u2066', '\u200b', '\u200d', '\ufeff', '\u2028', '\u2029', '\ufffd', '\ud800', '\udfff', '😀', '👩‍👩‍👧', 'é', 'é', '\u0301', '\u0301\u0301\u0301', 'Ǆ', 'ß', 'İ', 'ﬀ',
];
const URLS = [
  'https://example.org', 'https://example.org/', 'http://cnbc.com/tech?x=1#y', 'https://www.Example.COM/Path/../a', 'https://a.b/c_(d)', 'https://xn--n3h.com',
  'https://[::1]:8080/x', 'https://user:pass@host.example/', 'https://例え.jp/パス', 'http://', 'https://', 'https:', 'ftp://files.example', 'mailto:a@b.c',
  'javascript:alert(1)', 'data:text/html,<script>', '//cdn.example/x.js', '/relative/path', '#anchor', 'www.example.com', 'example.com', 'https://e.com/%zz',
  'https://e.com/a b', 'https://e.com/"quoted"', "https://e.com/'", 'https://e.com/\u202e', 'HTTPS://CAPS.EXAMPLE', 'https://e.com/' + 'a'.repeat(300),
];

const pick = <T>(items: readonly T[]) => fc.constantFrom(...items);

/** A name-like run: titles and connectors around names, the shapes that once crashed the name finder ("Johnson & President Obama"). */
const nameRun = fc
  .array(fc.oneof({ weight: 4, arbitrary: pick(NAMES) }, { weight: 2, arbitrary: pick(TITLES) }, { weight: 2, arbitrary: pick(CONNECTORS) }, fc.stringMatching(/^[A-Z][a-z]{0,7}$/)), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(' '));

export const url = fc.oneof({ weight: 3, arbitrary: pick(URLS) }, fc.webUrl({ withQueryParameters: true, withFragments: true }));

/** One piece of inline prose. */
const piece = fc.oneof(
  { weight: 6, arbitrary: nameRun },
  { weight: 6, arbitrary: pick(WORDS) },
  { weight: 4, arbitrary: pick(PUNCTUATION) },
  { weight: 4, arbitrary: pick(SPACES) },
  { weight: 1, arbitrary: url },
  { weight: 1, arbitrary: pick(ODD) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

export const prose = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(' ').replace(/ {2,}/g, ' '));

/** Inline Markdown: prose with links, code, emphasis and inline HTML mixed in. */
const markdownInline = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: prose },
      { weight: 2, arbitrary: fc.tuple(prose, url).map(([text, target]) => `[${text}](${target})`) },
      fc.tuple(prose, url, prose).map(([text, target, title]) => `[${text}](${target} "${title}")`),
      fc.tuple(prose, url).map(([alt, target]) => `![${alt}](${target})`),
      url.map((target) => `<${target}>`),
      prose.map((text) => `\`${text}\``),
      prose.map((text) => `**${text}**`),
      prose.map((text) => `_${text}_`),
      prose.map((text) => `~~${text}~~`),
      fc.tuple(url, prose).map(([target, text]) => `<a href="${target}">${text}</a>`),
      prose.map((text) => `<b>${text}`),
      fc.nat(9).map((n) => `[^${n}]`),
      pick(['[', '](', '![', '<', '</a>', '`', '**', '\\', '&amp;', '&#0;', '&#x1F600;', '&bogus;', '[x][missing]', '[ref]']),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const markdownBlock = fc.oneof(
  { weight: 6, arbitrary: markdownInline },
  fc.tuple(fc.integer({ min: 1, max: 7 }), markdownInline).map(([level, text]) => `${'#'.repeat(level)} ${text}`),
  fc.tuple(markdownInline, pick(['===', '---'])).map(([text, line]) => `${text}\n${line}`),
  fc.array(fc.tuple(fc.nat(6), pick(['-', '*', '+', '1.', '2)']), markdownInline), { minLength: 1, maxLength: 6 }).map((items) =>
    items.map(([depth, marker, text]) => `${'  '.repeat(depth)}${marker} ${text}`).join('\n'),
  ),
  fc.tuple(fc.integer({ min: 1, max: 30 }), markdownInline).map(([depth, text]) => `${'> '.repeat(depth)}${text}`),
  fc.tuple(pick(['```', '~~~', '````']), prose, fc.boolean()).map(([fence, code, isClosed]) => `${fence}js\n${code}\n${isClosed ? fence : ''}`),
  fc.array(fc.array(markdownInline, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }).map((rows) =>
    [`| ${rows[0]!.join(' | ')} |`, `|${rows[0]!.map(() => '---').join('|')}|`, ...rows.slice(1).map((cells) => `| ${cells.join(' | ')} |`)].join('\n'),
  ),
  fc.tuple(fc.nat(9), markdownInline).map(([n, text]) => `[^${n}]: ${text}`),
  fc.tuple(prose, url).map(([label, target]) => `[${label}]: ${target}`),
  fc.tuple(fc.integer({ min: 1, max: 400 }), markdownInline).map(([depth, text]) => `${'<div>'.repeat(depth)}\n${text}`),
  pick(['---', '***', '<!-- comment', '-->', '<script>alert(1)</script>', '<pre>', '    indented code', '\t\ttabbed', '']),
);

const frontMatter = fc.oneof(
  { weight: 4, arbitrary: fc.constant('') },
  fc.tuple(prose, fc.date({ noInvalidDate: true })).map(([title, date]) => `---\ntitle: ${JSON.stringify(title)}\ndate: ${date.toISOString().slice(0, 10)}\n---\n`),
  fc.tuple(prose, prose).map(([key, value]) => `---\n${key}: ${value}\n---\n`),
  fc.tuple(prose, fc.date({ noInvalidDate: true })).map(([title, date]) => `+++\ntitle = ${JSON.stringify(title)}\ndate = ${date.toISOString()}\n+++\n`),
  pick(['---\n', '---\ntitle: [unclosed\n---\n', '---\n: :\n---\n', '---\ntitle: !custom x\n---\n', '---\na: &a [*a]\n---\n', '+++\ntitle = \n+++\n', '---\n- a\n- b\n---\n']),
);

/** A Markdown document: front matter, then blocks. */
export const markdownDocument = fc
  .tuple(frontMatter, fc.array(markdownBlock, { maxLength: 12 }), pick(['\n\n', '\n', '\r\n\r\n']))
  .map(([front, blocks, separator]) => front + blocks.join(separator));

/** Inline reST: prose with embedded, named and anonymous references, footnote markers, roles, literals and emphasis. */
const rstInline = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: prose },
      { weight: 2, arbitrary: fc.tuple(prose, url).map(([text, target]) => `\`${text} <${target}>\`_`) },
      fc.tuple(prose, pick(['_', '__'])).map(([text, suffix]) => `\`${text}\`${suffix}`),
      fc.tuple(pick(['Python', 'a', 'x1']), pick(['_', '__'])).map(([word, suffix]) => ` ${word}${suffix} `),
      pick(['[1]_', '[#]_', '[*]_', '[#note]_', '[CIT2002]_', '|sub|', '|sub|_', '``', '`', '*', '**', ':', '::', '\\', '<', '>']),
      fc.tuple(pick(['func', 'pep', 'rfc', 'ref', 'title-reference', 'abbr', 'emphasis', 'py:class', 'doc']), prose).map(([role, text]) => `:${role}:\`${text}\``),
      prose.map((text) => `\`\`${text}\`\``),
      prose.map((text) => `*${text}*`),
      prose.map((text) => `**${text}**`),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

const rstBlock = fc.oneof(
  { weight: 5, arbitrary: rstInline },
  fc.tuple(rstInline, pick(['=', '-', '~', '^', '*']), fc.boolean(), fc.nat(4)).map(([text, mark, isOver, extra]) => {
    const line = mark.repeat(Math.max(3, text.length + extra - 2));
    return isOver ? `${line}\n${text}\n${line}` : `${text}\n${line}`;
  }),
  fc.array(fc.tuple(fc.nat(4), pick(['-', '*', '1.', '#.', '(a)']), rstInline), { minLength: 1, maxLength: 5 }).map((items) =>
    items.map(([indent, marker, text]) => `${' '.repeat(indent)}${marker} ${text}`).join('\n'),
  ),
  fc.tuple(pick(['_', '__', '[1]', '[#]', '[*]', '[#note]', '[CIT2002]', '|sub|']), prose, url).map(([label, text, target]) =>
    label === '_' ? `.. _${text}: ${target}` : label === '__' ? `.. __: ${target}` : label === '|sub|' ? `.. |sub| image:: ${target}\n   :target: ${target}` : `.. ${label} ${text} ${target}`,
  ),
  fc.tuple(pick(['note', 'code-block', 'versionadded', 'py:function', 'admonition', 'list-table', 'figure', 'unknown']), prose, rstInline).map(
    ([name, argument, body]) => `.. ${name}:: ${argument}\n   :option: value\n\n   ${body}`,
  ),
  fc.tuple(rstInline, prose).map(([text, code]) => `${text}::\n\n    ${code}`),
  fc.tuple(fc.array(fc.tuple(prose, prose), { minLength: 1, maxLength: 3 }), fc.boolean()).map(([rows, isGrid]) =>
    isGrid
      ? ['+------+------+', ...rows.map(([a, b]) => `| ${a.slice(0, 4).padEnd(4)} | ${b.slice(0, 4).padEnd(4)} |`), '+======+======+', '+------+------+'].join('\n')
      : ['=====  =====', ...rows.map(([a, b]) => `${a.slice(0, 5).padEnd(5)}  ${b}`), '=====  ====='].join('\n'),
  ),
  fc.tuple(pick(['Author', 'Date', 'Status', 'param x']), prose).map(([name, value]) => `:${name}: ${value}`),
  pick(['..', '.. comment', '----', '>>> x = 1', '| line one', '__ https://a.example/', '    indented', '\ttabbed', '']),
);

/** A reStructuredText document: blocks of every kind, some malformed. */
export const rstDocument = fc.tuple(fc.array(rstBlock, { maxLength: 12 }), pick(['\n\n', '\n', '\r\n\r\n'])).map(([blocks, separator]) => blocks.join(separator));

const TAGS = [
  'p', 'div', 'span', 'b', 'i', 'em', 'strong', 'a', 'h1', 'h2', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'main',
  'article', 'section', 'header', 'footer', 'nav', 'aside', 'blockquote', 'q', 'cite', 'code', 'pre', 'kbd', 'script', 'style', 'noscript',
  'template', 'svg', 'math', 'iframe', 'title', 'head', 'body', 'html', 'br', 'hr', 'img', 'sup', 'sub', 'details', 'summary', 'time', 'meta', 'unknown-tag',
];

/** An HTML tree, nested and sometimes malformed. */
const htmlNode: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: prose.map((text) => text.replace(/</g, '&lt;')) },
    { weight: 1, arbitrary: prose },
    fc.tuple(pick(TAGS), fc.array(tie('node'), { maxLength: 4 }), fc.boolean(), url, fc.boolean()).map(([tag, children, isClosed, target, isHidden]) => {
      const attributes = tag === 'a' ? ` href="${target.replace(/"/g, '&quot;')}"` : tag === 'time' ? ` datetime="${target}"` : tag === 'meta' ? ` property="og:title" content="${target}"` : isHidden ? ' hidden' : '';
      return `<${tag}${attributes}>${children.join('')}${isClosed ? `</${tag}>` : ''}`;
    }),
    pick(['</div>', '</p>', '<!--', '-->', '<![CDATA[x]]>', '<!DOCTYPE html>', '&amp;', '&nbsp;', '&#128512;', '&#xD800;', '&#0;', '<', '>', '<a href=', '<p <b>', '<?xml?>']),
  ),
})).node;

/** An HTML page or fragment. */
export const htmlDocument = fc.oneof(
  fc.array(htmlNode, { maxLength: 8 }).map((nodes) => nodes.join('')),
  fc.tuple(prose, fc.array(htmlNode, { maxLength: 8 })).map(([title, nodes]) => `<!DOCTYPE html><html><head><title>${title}</title></head><body>${nodes.join('')}</body></html>`),
  fc.tuple(fc.integer({ min: 1, max: 3000 }), prose).map(([depth, text]) => `${'<div>'.repeat(depth)}${text}`),
);

/** Plain text: paragraphs of prose. */
export const textDocument = fc.tuple(fc.array(prose, { maxLength: 10 }), pick(['\n\n', '\n', '\r\n\r\n'])).map(([paragraphs, separator]) => paragraphs.join(separator));

/** Whatever bytes: files that are no text at all, or text in another encoding. */
export const byteDocument = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  prose.map((text) => Buffer.from(text, 'latin1')),
  prose.map((text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])),
  prose.map((text) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
);

export type Format = 'md' | 'html' | 'txt' | 'rst';

/** A document as a file would hold it: a name with the format's extension and its content. */
export const anyDocument: fc.Arbitrary<{ path: string; source: string | Uint8Array }> = fc.oneof(
  { weight: 4, arbitrary: markdownDocument.map((source) => ({ path: 'doc.md', source })) },
  { weight: 3, arbitrary: htmlDocument.map((source) => ({ path: 'page.html', source })) },
  { weight: 2, arbitrary: textDocument.map((source) => ({ path: 'notes.txt', source })) },
  { weight: 2, arbitrary: rstDocument.map((source) => ({ path: 'guide.rst', source })) },
  { weight: 1, arbitrary: fc.tuple(byteDocument, pick(['bytes.md', 'bytes.html', 'bytes.txt', 'bytes.rst'])).map(([source, path]) => ({ path, source })) },
);
