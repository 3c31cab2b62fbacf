/**
 * Turns one page's content into layout blocks in reading order: paragraphs from the text
 * outside tables, and Table blocks whose cells hold paragraphs, ordered top to bottom.
 *
 * Positions are PDF user-space points, origin bottom-left.
 */
import type { Cell, Paragraph, Row, Table } from '../../model/layout.js';
import { draftSpan } from '../finaliseLayout.js';
import { toBBox } from './geometry.js';
import { linesToParagraphs } from './paragraphs.js';
import type { Typography } from './typography.js';
import type { PageContent, PageTable } from './types.js';

/** A block on one page, with what joining tables across pages needs to know. */
export type PageBlock =
  | { kind: 'paragraph'; paragraph: Paragraph; top: number }
  | { kind: 'table'; table: Table; top: number; /** column edges, left to right */ xs: number[] };

export interface DocumentStyle {
  typography: Typography;
  vocabulary: ReadonlySet<string>;
}

/** Cell padding assumed when a cell holds no text to measure it from (Word's default 0.19 cm). */
const DEFAULT_CELL_PADDING = 5.4;

export function pageBlocks(content: PageContent, style: DocumentStyle): PageBlock[] {
  const blocks: PageBlock[] = [];
  const textRight = Math.max(...content.lines.map((l) => l.x1), 0);
  for (const paragraph of linesToParagraphs(content.lines, {
    page: content.page,
    inTable: false,
    typography: style.typography,
    vocabulary: style.vocabulary,
    wrapRight: textRight,
  })) {
    blocks.push({ kind: 'paragraph', paragraph, top: paragraph.span.bbox?.[3] ?? 0 });
  }
  for (const table of content.tables) {
    blocks.push({ kind: 'table', table: buildTable(table, content.page, style), top: table.grid.rect.y1, xs: table.grid.xs });
  }
  // Reading order: top of the page first (larger y is higher up).
  return blocks.sort((a, b) => b.top - a.top);
}

function buildTable(pageTable: PageTable, page: number, style: DocumentStyle): Table {
  const { grid, cellLines } = pageTable;
  const rowsByIndex = new Map<number, Array<{ cell: Cell; col: number }>>();
  grid.cells.forEach((gc, i) => {
    const lines = cellLines[i] ?? [];
    const firstX = Math.min(...lines.map((l) => l.x0));
    const padding = Number.isFinite(firstX) ? Math.max(1, Math.min(firstX - gc.rect.x0, 12)) : DEFAULT_CELL_PADDING;
    const paragraphs = linesToParagraphs(lines, {
      page,
      inTable: true,
      typography: style.typography,
      vocabulary: style.vocabulary,
      wrapRight: gc.rect.x1 - padding,
    });
    const cell: Cell = {
      paragraphs,
      colSpan: gc.colSpan,
      rowSpan: gc.rowSpan,
      ...(gc.shaded ? { shaded: true } : {}),
      span: draftSpan(page, toBBox(gc.rect)),
    };
    const row = rowsByIndex.get(gc.row) ?? [];
    row.push({ cell, col: gc.col });
    rowsByIndex.set(gc.row, row);
  });
  const rows: Row[] = [...rowsByIndex.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, cells]) => {
      // A row's box is its band of the grid, whatever its cells span below it.
      const box = { x0: grid.rect.x0, x1: grid.rect.x1, y1: grid.ys[r] ?? grid.rect.y1, y0: grid.ys[r + 1] ?? grid.rect.y0 };
      return { cells: cells.sort((a, b) => a.col - b.col).map((c) => c.cell), header: false, span: draftSpan(page, toBBox(box)) };
    });
  return { type: 'table', rows, span: draftSpan(page, toBBox(grid.rect)) };
}
