/**
 * A table written out as the text renderings of real forms carry it: a committee site's
 * `|` cells, a spreadsheet or Word export's tabs, or `pdftotext -layout` columns, where each
 * cell wraps within its own column and the row takes as many lines as its tallest cell.
 * Widths are in characters.
 */
export type TableRendering = 'pipe' | 'tabs' | 'layout';

/** Words of `text` filled into lines of at most `width` characters (a longer word stands alone). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export interface LayoutOptions {
  /** The widest a text column may be before its cells wrap. */
  maxWidth: number;
  /** Spaces between columns (pdftotext leaves at least two). */
  gap: number;
  /** Spaces before the first column. */
  indent: number;
  /** Short cells (marks) centred under their header, as a tick sits in the middle of its box. */
  centre: boolean;
}

export function renderTable(rows: readonly string[][], rendering: TableRendering, layout: LayoutOptions): string[] {
  if (rendering === 'pipe') return rows.map((cells) => `| ${cells.join(' | ')} |`);
  if (rendering === 'tabs') return rows.map((cells) => cells.join('\t'));
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, c) => Math.min(layout.maxWidth, Math.max(1, ...rows.map((r) => (r[c] ?? '').length))));
  const out: string[] = [];
  for (const cells of rows) {
    const wrapped = widths.map((w, c) => wrap(cells[c] ?? '', w));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    for (let i = 0; i < height; i++) {
      const parts = wrapped.map((w, c) => {
        // Only mark columns centre their cells: a row label stays at the column's left edge.
        const text = w[i] ?? '';
        const width = widths[c]!;
        if (layout.centre && c > 0 && text.length <= 3 && width > text.length) {
          const left = Math.floor((width - text.length) / 2);
          return (' '.repeat(left) + text).padEnd(width);
        }
        return text.padEnd(width);
      });
      out.push((' '.repeat(layout.indent) + parts.join(' '.repeat(layout.gap))).trimEnd());
    }
  }
  return out;
}
