/**
 * A table written out as the text renderings of real forms carry it: a committee site's
 * `|` cells, a spreadsheet or Word export's tabs, `pdftotext -layout` columns, where each
 * cell wraps within its own column and the row takes as many lines as its tallest cell, or a
 * framed table whose cells wrap inside `|` borders: antiword's (a blank-celled line after each
 * row) or pandoc's grid tables (`+---+` rules, `+===+` under a grid's header).
 * Widths are in characters.
 */
export type TableRendering = 'pipe' | 'tabs' | 'layout' | 'antiword' | 'pandoc';

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
  if (rendering === 'antiword' || rendering === 'pandoc') return framedTable(rows, widths, rendering);
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

/** The rows inside borders, each cell wrapped to its column's width (see TableRendering). */
function framedTable(rows: readonly string[][], widths: number[], style: 'antiword' | 'pandoc'): string[] {
  const pad = style === 'pandoc' ? ' ' : '';
  const line = (cells: string[]): string => `|${cells.map((c, i) => `${pad}${c.padEnd(widths[i]!)}${pad}`).join('|')}|`;
  const rule = (fill: string): string => `+${widths.map((w) => fill.repeat(w + 2 * pad.length)).join('+')}+`;
  const out: string[] = style === 'pandoc' ? [rule('-')] : [];
  rows.forEach((cells, r) => {
    const wrapped = widths.map((w, c) => wrap(cells[c] ?? '', w));
    const height = Math.max(1, ...wrapped.map((w) => w.length));
    for (let i = 0; i < height; i++) out.push(line(wrapped.map((w) => w[i] ?? '')));
    // pandoc rules a grid's header off with '='; antiword ends every row with a blank-celled line.
    if (style === 'pandoc') out.push(rule(r === 0 && widths.length >= 3 ? '=' : '-'));
    else out.push(line(widths.map(() => '')));
  });
  return out;
}
