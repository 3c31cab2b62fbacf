/**
 * A grid laid on its side: the characteristics run across the top ("| Impact | Age |
 * Disability | Sex | …"), and each row below asks one thing of every group ("Positive",
 * "Negative", "No impact" marked with X; "Evidence", "Mitigation" in words). Landscape Word
 * forms do this to fit nine groups on a page. Each characteristic's column becomes an impact
 * row whose cells carry the row titles as their column kinds, so rateRow reads it as it reads
 * an upright grid. Tables and '|' lines alike: a '|' line's cells count from its first.
 */
import type { Piece } from '../../document/valueRegion.js';
import type { Cell, Strip } from '../strip.js';
import type { ColumnKind, ColumnWords } from './columns.js';
import { rowHeading, type ImpactRow, type RowCell } from './rows.js';

/** Fewest characteristics across a header for it to be one. */
const MIN_GROUPS = 3;

/** One row of a table or one '|' line: its cells by column. */
type Line = Map<number, Cell>;

export function transposedRows(strip: Strip, columns: ColumnWords): ImpactRow[] {
  return gridsOf(strip).flatMap((lines) => readGrid(strip, lines, columns));
}

/** Every table's rows, and every run of consecutive '|' lines, as lines of cells by column. */
function gridsOf(strip: Strip): Line[][] {
  const grids: Line[][] = strip.view.tables.map((t) => t.rows.map((r) => new Map(strip.rowCells(t.index, r.index).map((c) => [c.grid!.col, c] as const))));
  let run: Line[] = [];
  let last = -2;
  for (const c of strip.cells) {
    if (c.kind !== 'pipe') continue;
    if (c.line !== last) {
      if (c.line !== last + 1 && run.length > 0) {
        grids.push(run);
        run = [];
      }
      run.push(new Map(strip.lineCells(c.line).filter((x) => x.kind === 'pipe').map((x, i) => [i, x] as const)));
      last = c.line;
    }
  }
  if (run.length > 0) grids.push(run);
  return grids;
}

function readGrid(strip: Strip, lines: Line[], columns: ColumnWords): ImpactRow[] {
  const h = lines.findIndex((l) => groupsOf(l).size >= MIN_GROUPS && !rowHeading(firstText(l)));
  if (h < 0) return [];
  const groups = groupsOf(lines[h]!);
  const cells = new Map<number, RowCell[]>([...groups.keys()].map((col) => [col, []]));
  const pieces = new Map<number, Piece[]>([...groups].map(([col, c]) => [col, [strip.piece(c)]]));
  let kind: ColumnKind | null = null;
  let rated = false;
  for (const line of lines.slice(h + 1)) {
    const title = firstText(line);
    // A row of groups again is an upright grid's row, or the next grid: this one ends.
    if (rowHeading(title) && groupsOf(line).size < MIN_GROUPS) break;
    // A row with no title goes on with the one above it (a wrapped header or cell).
    if (title) kind = columns.columnOf(title);
    if (!kind) continue;
    if (kind.kind === 'tick' || kind.kind === 'options' || kind.kind === 'level' || kind.kind === 'adverse-answer') rated = true;
    for (const [col, cell] of line) {
      const into = cells.get(col);
      if (!into || !cell.text.trim()) continue;
      into.push({ text: cell.text, column: kind, piece: strip.piece(cell) });
      pieces.get(col)!.push(strip.piece(cell));
    }
  }
  // Groups named across a row and nothing asked of them is a list, not a grid.
  if (!rated) return [];
  return [...groups].map(([col, head]) => ({
    label: head.text.replace(/\s+/g, ' ').trim(),
    characteristic: rowHeading(head.text)!,
    cells: cells.get(col)!,
    cut: false,
    pieces: pieces.get(col)!,
    method: 'grid' as const,
    group: null,
    adverse: false,
    inline: false,
  }));
}

/** The line's cells that name a characteristic, by column (the first cell is the row's title). */
function groupsOf(line: Line): Map<number, Cell> {
  const first = Math.min(...line.keys());
  return new Map([...line].filter(([col, c]) => col !== first && rowHeading(c.text) !== null && rowHeading(c.text) !== 'all'));
}

function firstText(line: Line): string {
  return line.get(Math.min(...line.keys()))?.text.trim() ?? '';
}
