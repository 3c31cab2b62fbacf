/**
 * Sends each text run to the table cell it is drawn in, or to the page's running text when it
 * lies outside every table. A run that crosses a cell border (pdf.js sometimes merges the
 * text of adjacent cells into one item) is cut at the border first.
 *
 * Positions are PDF user-space points, origin bottom-left.
 */
import { splitRunAt } from './charPositions.js';
import { overlap } from './geometry.js';
import type { TableGrid, TextRun } from './types.js';

/** Where the vertical middle of a run's lowercase letters lies, in font sizes above the baseline. */
const MIDDLE = 0.3;
/** Slack (points) for text that touches a table's outer border. */
const EDGE_SLACK = 1;

export interface RunAssignment {
  /** Runs outside every table, in input order. */
  flow: TextRun[];
  /** For each grid, for each of its cells (grid.cells order), the runs inside it. */
  cells: TextRun[][][];
}

export function assignRunsToCells(runs: readonly TextRun[], grids: readonly TableGrid[]): RunAssignment {
  const flow: TextRun[] = [];
  const cells = grids.map((g) => g.cells.map((): TextRun[] => []));
  for (const run of runs) {
    const middle = run.baseline + MIDDLE * run.size;
    const gi = grids.findIndex(
      (g) => middle >= g.rect.y0 - EDGE_SLACK && middle <= g.rect.y1 + EDGE_SLACK && overlap(run.x0, run.x1, g.rect.x0, g.rect.x1) > 0,
    );
    const grid = grids[gi];
    if (!grid) {
      flow.push(run);
      continue;
    }
    const indexed = grid.cells.map((cell, index) => ({ cell, index }));
    const within = (slack: number) => indexed.filter(({ cell }) => middle >= cell.rect.y0 - slack && middle <= cell.rect.y1 + slack);
    // Prefer the cells the text is strictly inside; the slack only rescues text touching the outer border.
    const strict = within(0);
    const rowCells = strict.length > 0 ? strict : within(EDGE_SLACK);
    const cuts = [...new Set([grid.rect.x0, grid.rect.x1, ...rowCells.map(({ cell }) => cell.rect.x0)])].sort((a, b) => a - b);
    for (const piece of splitRunAt(run, cuts)) {
      const centre = (piece.x0 + piece.x1) / 2;
      const target = rowCells.find(({ cell }) => centre >= cell.rect.x0 && centre <= cell.rect.x1);
      if (target) cells[gi]?.[target.index]?.push(piece);
      else flow.push(piece);
    }
  }
  return { flow, cells };
}
