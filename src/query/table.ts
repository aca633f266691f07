/** How text is emphasised: ANSI escapes on a terminal, nothing elsewhere. */
export interface Style {
  bold(text: string): string;
  dim(text: string): string;
}

export const PLAIN: Style = { bold: (text) => text, dim: (text) => text };
export const ANSI: Style = { bold: (text) => `\x1b[1m${text}\x1b[22m`, dim: (text) => `\x1b[2m${text}\x1b[22m` };

/** Colour only for a terminal, and never when NO_COLOR is set to anything but the empty string (no-color.org). */
export function hasColor(stream: { isTTY?: boolean }, env: Record<string, string | undefined>): boolean {
  return stream.isTTY === true && (env.NO_COLOR ?? '') === '';
}

export interface Column {
  header: string;
  /** Numbers read best right-aligned (default: `left`). */
  align?: 'left' | 'right';
}

export interface Row {
  cells: string[];
  /** Lines printed under the row, indented to its last column (evidence sentences). */
  details?: string[];
}

// Wide East Asian characters and emoji take two columns in a terminal; combining marks none.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;
const ZERO_WIDTH = /[\p{M}\u200b-\u200f\u2060\ufeff]/u;

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const character of text) width += ZERO_WIDTH.test(character) ? 0 : WIDE.test(character) ? 2 : 1;
  return width;
}

/** An aligned table: a bold header row (none when every header is empty), columns two spaces apart, no trailing spaces. */
export function formatTable(columns: readonly Column[], rows: readonly Row[], style: Style = PLAIN): string[] {
  const widths = columns.map((column, i) => Math.max(displayWidth(column.header), ...rows.map((row) => displayWidth(row.cells[i] ?? ''))));
  const line = (cells: readonly string[], emphasis = (text: string) => text) =>
    columns
      .map((column, i) => {
        const cell = cells[i] ?? '';
        const padding = ' '.repeat(widths[i]! - displayWidth(cell));
        const isLast = i === columns.length - 1;
        return emphasis(column.align === 'right' ? padding + cell : isLast ? cell : cell + padding);
      })
      .join('  ')
      .trimEnd();
  const indent = ' '.repeat(widths.slice(0, -1).reduce((sum, width) => sum + width + 2, 0) + 2);
  const hasHeader = columns.some((column) => column.header !== '');
  const lines = hasHeader ? [line(columns.map((column) => column.header), style.bold)] : [];
  for (const row of rows) {
    lines.push(line(row.cells));
    for (const detail of row.details ?? []) lines.push(indent + detail);
  }
  return lines;
}
