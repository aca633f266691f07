import { ProseBuilder } from './prose.js';
import type { Document } from './types.js';

/** Reads plain text: paragraphs are separated by blank lines; URLs in them become links. */
export function readText(source: string, path: string): Document {
  const prose = new ProseBuilder();
  for (const paragraph of source.split(/\r?\n[ \t]*\r?\n/)) {
    prose.openBlock('paragraph');
    prose.text(paragraph);
  }
  return { path, format: 'text', ...prose.build() };
}
