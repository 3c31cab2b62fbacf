/**
 * Joins tables that run across page breaks into one Table block.
 *
 * A table that is the last block on page N continues on page N+1 when page N+1 opens with a
 * table whose column edges agree (same outer edges; one set of inner edges contained in the
 * other, since a page may hold only full-width rows). The continuation's repeated header rows
 * (rows equal to the table's first rows) are dropped and the originals marked `header`. When
 * the page break split a row, the continuation's first row is marked `continued`: its first
 * cell is empty while others have text, or its first cell with text picks up mid-sentence
 * (lowercase start) where the cell above stopped without terminal punctuation, or goes on
 * with a list the cell above introduced with a colon, or both rows are one plain
 * full-width cell (a text box running on).
 *
 * Rows keep their own page and box; the table's span is its box on its first page.
 * Positions are PDF user-space points, origin bottom-left.
 */
import type { Block, Cell, Row, Table } from '../../model/layout.js';
import { cellText } from '../../model/layout.js';
import { clusterValues } from './geometry.js';
import type { PageBlock } from './pageBlocks.js';

/** Column edges within this distance (points) are the same edge. */
const EDGE_TOLERANCE = 3;
/** At most this many header rows are looked for at the top of a continuation. */
const MAX_HEADER_ROWS = 3;

export function joinTablesAcrossPages(pages: ReadonlyArray<readonly PageBlock[]>): Block[] {
  const out: Block[] = [];
  /** The table that ended the previous page, with its column edges. */
  let open: { table: Table; xs: number[] } | undefined;
  for (const blocks of pages) {
    blocks.forEach((block, i) => {
      if (block.kind === 'paragraph') {
        out.push(block.paragraph);
        return;
      }
      if (i === 0 && open && columnsAgree(open.xs, block.xs)) {
        open.xs = appendContinuation(open.table, open.xs, block.table, block.xs);
        return;
      }
      out.push(block.table);
      open = { table: block.table, xs: block.xs };
    });
    const last = blocks[blocks.length - 1];
    // Only a table that ends its page can continue on the next.
    if (!last || last.kind !== 'table') open = undefined;
  }
  return out;
}

/** Same outer edges, and the inner edges of one part are a subset of the other's. */
export function columnsAgree(a: readonly number[], b: readonly number[]): boolean {
  const near = (x: number, y: number): boolean => Math.abs(x - y) <= EDGE_TOLERANCE;
  if (a.length < 2 || b.length < 2) return false;
  if (!near(a[0] ?? 0, b[0] ?? 0) || !near(a[a.length - 1] ?? 0, b[b.length - 1] ?? 0)) return false;
  const subset = (s: readonly number[], t: readonly number[]): boolean => s.every((x) => t.some((y) => near(x, y)));
  return subset(a, b) || subset(b, a);
}

/** Appends `next` (a continuation) to `table` in place; returns the joined column edges. */
function appendContinuation(table: Table, xs: readonly number[], next: Table, nextXs: readonly number[]): number[] {
  const joined = clusterValues([...xs, ...nextXs], EDGE_TOLERANCE);
  if (joined.length !== xs.length) respan(table, joined);
  if (joined.length !== nextXs.length) respan(next, joined);

  const rows = [...next.rows];
  const headerCount = repeatedHeaderRows(table, rows);
  if (headerCount > 0) {
    rows.splice(0, headerCount);
    table.rows.slice(0, headerCount).forEach((r) => (r.header = true));
  }
  const first = rows[0];
  const prev = table.rows[table.rows.length - 1];
  if (first && prev && continuesRow(prev, first, joined.length - 1)) first.continued = true;
  table.rows.push(...rows);
  return joined;
}

/** Recomputes every cell's column span against a finer set of column edges, from the cell's box. */
function respan(table: Table, xs: readonly number[]): void {
  for (const row of table.rows) {
    for (const cell of row.cells) {
      const [x0, , x1] = cell.span.bbox ?? [];
      if (x0 === undefined || x1 === undefined) continue;
      const inner = xs.filter((x) => x > x0 + EDGE_TOLERANCE && x < x1 - EDGE_TOLERANCE).length;
      cell.colSpan = inner + 1;
    }
  }
}

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const rowKey = (r: Row): string => r.cells.map((c) => norm(cellText(c))).join('\t');

/** How many of the continuation's first rows repeat the table's first rows (its header). */
function repeatedHeaderRows(table: Table, rows: readonly Row[]): number {
  const marked = table.rows.findIndex((r) => !r.header);
  const known = marked > 0 ? marked : 0;
  const limit = known > 0 ? known : Math.min(MAX_HEADER_ROWS, table.rows.length - 1, rows.length);
  let count = 0;
  for (let k = 0; k < limit; k++) {
    const a = table.rows[k];
    const b = rows[k];
    if (!a || !b || rowKey(a) === '' || rowKey(a) !== rowKey(b)) break;
    count = k + 1;
  }
  // A header seen before must repeat whole to count.
  return known > 0 && count !== known ? 0 : count;
}

const hasText = (c: Cell | undefined): boolean => !!c && cellText(c).trim() !== '';
/** Ends like a finished sentence or label: ., !, ?, :, ; possibly followed by a closing quote or bracket. */
const TERMINAL = /[.!?:;]["'”’)\]]*$/;

/**
 * Evidence that `next` carries on the row `prev` that the page break split. `columns` is the
 * table's column count, when known.
 */
export function continuesRow(prev: Row, next: Row, columns?: number): boolean {
  // The first cell ran out on the earlier page while the others still had text.
  if (next.cells.length >= 2 && !hasText(next.cells[0]) && next.cells.slice(1).some(hasText)) return true;
  // The first cell with text picks up where the cell above stopped: mid-sentence (a lowercase
  // start after no terminal punctuation), or with the next item of a list the cell above
  // introduced with a colon. It is the first cell that decides: in "Directorate | growth and
  // transport" the label shows a new row, while in "under procurement arrangements | Active
  // Partnership." the second cell merely starts with a name.
  const firstWithText = next.cells.findIndex(hasText);
  const lead = next.cells[firstWithText];
  const leadParagraph = lead?.paragraphs[0];
  const leadText = lead ? cellText(lead).trim().replace(/^["'“‘([]+/, '') : '';
  const above = lead ? sameColumnCell(prev, lead, firstWithText) : undefined;
  const aboveText = above ? cellText(above).trim() : '';
  const midSentence = /^\p{Ll}/u.test(leadText) && aboveText !== '' && !TERMINAL.test(aboveText);
  const listGoesOn = leadParagraph?.role === 'list-item' && /:$/.test(aboveText);
  if (midSentence || listGoesOn) return true;
  // A text box (one unshaded full-width cell) running on: forms alternate shaded label rows
  // with answer rows, so two plain full-width rows in a row are one answer split by the page.
  return isPlainFullWidthRow(prev, columns) && isPlainFullWidthRow(next, columns);
}

function isPlainFullWidthRow(row: Row, columns: number | undefined): boolean {
  const cell = row.cells[0];
  if (row.cells.length !== 1 || !cell || cell.shaded || row.header || !hasText(cell)) return false;
  // A lone cell beside a taller cell from a row above is not full width.
  return columns === undefined || cell.colSpan >= columns;
}

/** The cell of `row` in the same column as `cell` (by box when both have one, else by index). */
function sameColumnCell(row: Row, cell: Cell, index: number): Cell | undefined {
  const x = cell.span.bbox?.[0];
  if (x !== undefined) {
    const match = row.cells.find((c) => Math.abs((c.span.bbox?.[0] ?? Infinity) - x) <= EDGE_TOLERANCE);
    if (match) return match;
  }
  return row.cells[index];
}
