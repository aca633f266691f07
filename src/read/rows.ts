import type { RowCell, TableRow } from './types.js';

/** Rows past this many cells keep the first ones: context, not the whole table. */
export const MAX_ROW_CELLS = 12;
/** A cell's text past this many characters is cut, with an ellipsis. */
export const MAX_ROW_CELL_LENGTH = 160;

/**
 * The row a table cell gives as its context, or undefined for a row of one
 * cell (nothing to add to the cell's own text). `cells` are the row's cells
 * as the reader found them; `column` is the index of the cell being read.
 */
export function tableRow(cells: readonly RowCell[], column: number): TableRow | undefined {
  if (cells.length < 2 || column >= MAX_ROW_CELLS) return undefined;
  return {
    column,
    cells: cells.slice(0, MAX_ROW_CELLS).map(({ text, header }): RowCell => {
      const name = header === undefined ? '' : cellText(header);
      return name === '' ? { text: cellText(text) } : { header: name, text: cellText(text) };
    }),
  };
}

function cellText(text: string): string {
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (collapsed.length <= MAX_ROW_CELL_LENGTH) return collapsed;
  // Never between the two halves of a surrogate pair (an emoji).
  const cut = /[\uDC00-\uDFFF]/.test(collapsed[MAX_ROW_CELL_LENGTH - 1]!) ? MAX_ROW_CELL_LENGTH - 2 : MAX_ROW_CELL_LENGTH - 1;
  return `${collapsed.slice(0, cut).trimEnd()}…`;
}
