import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract/extract.js';
import { buildLexicon } from '../src/extract/lexicon.js';
import { readSource } from '../src/read/index.js';

const here = '[categories-audit] ';
// The rules on their own: a lexicon that knows nothing, so that only the evidence in the text decides.
const bare = buildLexicon([{}]);
const categoryOf = (text: string, label: string, file = 'a.md') =>
  extract(readSource(text, file), { lexicon: bare }).entities.find((e) => e.label === label)?.category;

describe('categories the audit of the dev set found wrong', () => {
  it(`${here}reads a site named by its host in a citation's website slot as a body`, () => {
    const page = (site: string) =>
      `<html><body><p>It is used widely.<sup><a href="#cite_note-1">[1]</a></sup></p><h2>References</h2><ol class="references"><li id="cite_note-1">` +
      `<cite class="citation web">Mira Kessel. <a class="external text" href="http://blog.${site}/a-post">"Rendering single page apps on the server"</a>. ` +
      `<i>${site}</i>. Retrieved 2 May 2014.</cite></li></ol></body></html>`;
    expect(categoryOf(page('zentrafloors.com'), 'zentrafloors.com', 'a.html')).toBe('organization');
    expect(categoryOf(page('quillpost.blogspot.com'), 'quillpost.blogspot.com', 'a.html')).toBe('organization');
  });
});
