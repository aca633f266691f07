import type { ExtractedSentence, Extraction } from '../extract/extract.js';
import type { TableRow } from '../read/types.js';

/**
 * What the graph needs of one extraction: sentences that cite a source or
 * name two things (a sentence naming one thing and citing nothing adds no
 * edge), and the text only of sentences that can be evidence (naming
 * something and citing a source). `intern` may share repeated strings.
 */
export function compactExtraction(extraction: Extraction, intern: (text: string) => string = (text) => text): Extraction {
  const { document } = extraction;
  const meta: Extraction['document'] = { path: intern(document.path), format: document.format };
  if (document.title !== undefined) meta.title = intern(document.title);
  if (document.date !== undefined) meta.date = intern(document.date);
  return {
    document: meta,
    entities: extraction.entities.map((entity) => ({
      key: intern(entity.key),
      label: intern(entity.label),
      category: entity.category,
      votes: entity.votes,
      forms: Object.fromEntries(Object.entries(entity.forms).map(([form, count]) => [intern(form), count])),
      mentions: entity.mentions,
      isKnown: entity.isKnown,
    })),
    sentences: extraction.sentences
      .filter((sentence) => sentence.sources.length > 0 || sentence.entities.length > 1)
      .map((sentence) => {
        const isEvidence = sentence.sources.length > 0 && sentence.entities.length > 0;
        const compacted: ExtractedSentence = { text: isEvidence ? flatten(sentence.text) : '', entities: sentence.entities.map(intern), sources: sentence.sources.map(intern) };
        if (isEvidence && sentence.row) compacted.row = compactRow(sentence.row, intern);
        return compacted;
      }),
    links: extraction.links.map((link) => ({ url: intern(link.url), text: intern(link.text), isBare: link.isBare })),
  };
}

/** A row with its strings interned (headers repeat down a table). */
function compactRow(row: TableRow, intern: (text: string) => string): TableRow {
  return { column: row.column, cells: row.cells.map((cell) => (cell.header === undefined ? { text: intern(cell.text) } : { header: intern(cell.header), text: intern(cell.text) })) };
}

/** A fresh copy of a string that does not point into a bigger one (V8 keeps a slice's parent alive). */
export const flatten = (text: string): string => (text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string));
