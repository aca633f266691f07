/**
 * The template tags of static site generators in a Markdown body: Liquid (Jekyll,
 * Eleventy) `{% … %}` and `{{ … }}`, Hugo shortcodes `{{< … >}}` and `{{% … %}}`.
 * They are code the generator runs, not prose: their arguments (an image's alt
 * text, a file name) are no body text, so they are taken out before the body is
 * read. A link tag (`{% post_url 2023/x %}`, `{% link docs/a.md %}`) becomes the
 * relative path it stands for, a highlight block a fenced code block, a comment
 * block nothing. Code spans and code blocks keep their tags: there they are shown,
 * not run.
 */

// One alternation, tried left to right at each position: a code span first (kept as it is), then the tags.
// Tags are bounded in length, so that an opening "{%" with no close costs a short scan, not the rest of the body.
const TEMPLATE = new RegExp(
  [
    '(`+)[^`]*?\\1', // a code span
    '\\{%-?\\s*comment\\s*-?%\\}[\\s\\S]{0,20000}?\\{%-?\\s*endcomment\\s*-?%\\}', // a Liquid comment block
    '\\{%-?\\s*(?:post_url|link)\\s+([^%]*?)\\s*-?%\\}', // a Liquid link to another page
    '\\{%-?\\s*(?:end)?highlight\\b[^%]*%\\}', // a Liquid highlight block's tags
    '\\{\\{<\\s*\\/?highlight\\b[^>]*>\\}\\}', // a Hugo highlight block's tags
    '\\{%[\\s\\S]{0,2000}?%\\}', // any other Liquid tag
    '\\{\\{<[\\s\\S]{0,2000}?>\\}\\}', // a Hugo shortcode
    '\\{\\{%[\\s\\S]{0,2000}?%\\}\\}', // a Hugo shortcode whose content is Markdown
    '\\{\\{[^{}]{0,2000}\\}\\}', // a Liquid or Hugo output tag: {{ site.url }}
  ].join('|'),
  'g',
);
const FENCE = '\n```\n';
const HIGHLIGHT = /^\{(?:%-?|\{<)\s*\/?(?:end)?highlight\b/;

/** Whether a body may hold template tags at all (a cheap test before the work). */
export function hasTemplateTags(body: string): boolean {
  return body.includes('{%') || body.includes('{{');
}

/**
 * The body without its template tags, outside the given code lines (0-based,
 * end exclusive, as markdown-it's `map` gives them).
 */
export function stripTemplateTags(body: string, codeLines: readonly (readonly [number, number])[]): string {
  const lines = body.split('\n');
  const isCode = new Uint8Array(lines.length);
  for (const [start, end] of codeLines) isCode.fill(1, start, Math.min(end, lines.length));
  const out: string[] = [];
  let prose: string[] = [];
  const flush = () => {
    if (prose.length > 0) out.push(prose.join('\n').replace(TEMPLATE, replaceTag));
    prose = [];
  };
  for (let i = 0; i < lines.length; i++) {
    if (isCode[i]) {
      flush();
      out.push(lines[i]!);
    } else {
      prose.push(lines[i]!);
    }
  }
  flush();
  return out.join('\n');
}

function replaceTag(match: string, ticks: string | undefined, path: string | undefined): string {
  if (ticks !== undefined) return match;
  if (path !== undefined) return `/${path.replace(/^\/+/, '')}`;
  // A highlight block's opening and closing tags both become a fence.
  return HIGHLIGHT.test(match) ? FENCE : '';
}
