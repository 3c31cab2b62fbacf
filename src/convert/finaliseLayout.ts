/**
 * Serialises converter output into `Layout.text` and assigns every span's [start, end)
 * offsets, so that provenance can point at the exact characters a value came from.
 * Converters build blocks with placeholder offsets (0) and call this once at the end.
 *
 * Text shape: blocks separated by "\n\n"; a table is one line per row, cells separated by
 * "\t"; paragraphs inside a cell separated by " ¶ " so a row stays on one line.
 */
import type { Block, Cell, Layout, LayoutFormat, Paragraph, Row, Span, Table } from '../model/layout.js';

/** Paragraph separator inside a table cell: keeps one row per line in `Layout.text`. */
export const CELL_PARAGRAPH_SEPARATOR = ' ¶ ';

export interface LayoutDraft {
  format: LayoutFormat;
  converter: { name: string; version: string };
  pages: number | null;
  pageSizes?: Array<[number, number]>;
  blocks: Block[];
  warnings: string[];
  meta?: Record<string, string>;
}

export function finaliseLayout(draft: LayoutDraft): Layout {
  const parts: string[] = [];
  let offset = 0;
  const write = (s: string): void => {
    parts.push(s);
    offset += s.length;
  };
  const place = (span: Span, start: number): void => {
    span.start = start;
    span.end = offset;
  };
  const writeParagraph = (p: Paragraph): void => {
    const start = offset;
    write(p.text);
    place(p.span, start);
  };
  const writeCell = (c: Cell): void => {
    const start = offset;
    c.paragraphs.forEach((p, i) => {
      if (i > 0) write(CELL_PARAGRAPH_SEPARATOR);
      writeParagraph(p);
    });
    place(c.span, start);
  };
  const writeRow = (r: Row): void => {
    const start = offset;
    r.cells.forEach((c, i) => {
      if (i > 0) write('\t');
      writeCell(c);
    });
    place(r.span, start);
  };
  const writeTable = (t: Table): void => {
    const start = offset;
    t.rows.forEach((r, i) => {
      if (i > 0) write('\n');
      writeRow(r);
    });
    place(t.span, start);
  };
  draft.blocks.forEach((b, i) => {
    if (i > 0) write('\n\n');
    if (b.type === 'table') writeTable(b);
    else writeParagraph(b);
  });
  return {
    layoutVersion: 1,
    format: draft.format,
    converter: draft.converter,
    pages: draft.pages,
    ...(draft.pageSizes ? { pageSizes: draft.pageSizes } : {}),
    text: parts.join(''),
    blocks: draft.blocks,
    warnings: draft.warnings,
    ...(draft.meta ? { meta: draft.meta } : {}),
  };
}

/** A span to fill in later: page and box known now, offsets assigned by finaliseLayout. */
export function draftSpan(page: number | null, bbox?: [number, number, number, number]): Span {
  return bbox ? { page, bbox, start: 0, end: 0 } : { page, start: 0, end: 0 };
}
