/**
 * Finds ruled tables on a page (the "lattice" approach): rulings that touch one another form
 * a table; the distinct x and y positions of its rulings form a grid; grid cells whose
 * separating ruling is missing merge into one cell with a column or row span.
 *
 * Positions are PDF user-space points, origin bottom-left; rows count from the top.
 */
import { clusterValues, overlap, type Rect } from './geometry.js';
import { fillEdges, mergeCollinear, type Ruling } from './rulings.js';
import type { Fill, GridCell, Segment, TableGrid } from './types.js';

/** Rulings closer than this (points) to crossing each other are taken to meet (borders overlap at corners). */
const TOUCH_TOLERANCE = 2.5;
/** Grid lines closer than this (points) are one (double borders, half-point offsets). */
const GRID_SNAP = 3;
/** A boundary between two grid cells exists when rulings cover at least this share of it. */
const BOUNDARY_COVERAGE = 0.5;
/** A cell is shaded when fills cover at least this share of its area. */
const SHADED_COVERAGE = 0.6;

/**
 * Builds table grids from a page's rulings and fills. A lone box drawn only by one fill (a
 * highlighted paragraph) is not a table; a lone stroked box is (forms put answers in
 * one-cell tables).
 */
export function findTableGrids(segments: readonly Segment[], fills: readonly Fill[] = []): TableGrid[] {
  const rulings = mergeCollinear([...segments.map((s) => ({ ...s, stroked: true })), ...fillEdges(fills)]);
  const grids: TableGrid[] = [];
  for (const group of connectedGroups(rulings)) {
    const grid = gridFromRulings(group, fills);
    if (grid) grids.push(grid);
  }
  // Top of the page first.
  return grids.sort((a, b) => b.rect.y1 - a.rect.y1);
}

/** A one-cell box at least this share of the page's height tall is a page border, not a table. */
const PAGE_FRAME_HEIGHT = 0.9;

/**
 * Drops page frames: a box drawn around the page (Word's page borders) or around other
 * tables is decoration, and taken as a one-cell table it would swallow the page's text.
 */
export function dropPageFrames(grids: readonly TableGrid[], pageHeight: number): TableGrid[] {
  const contains = (outer: TableGrid, inner: TableGrid): boolean =>
    inner !== outer && inner.rect.x0 >= outer.rect.x0 && inner.rect.x1 <= outer.rect.x1 && inner.rect.y0 >= outer.rect.y0 && inner.rect.y1 <= outer.rect.y1;
  return grids.filter((g) => {
    if (g.cells.length !== 1) return true;
    const tall = g.rect.y1 - g.rect.y0 >= pageHeight * PAGE_FRAME_HEIGHT;
    return !tall && !grids.some((other) => contains(g, other));
  });
}

function touches(h: Ruling, v: Ruling): boolean {
  return (
    v.pos >= h.from - TOUCH_TOLERANCE &&
    v.pos <= h.to + TOUCH_TOLERANCE &&
    h.pos >= v.from - TOUCH_TOLERANCE &&
    h.pos <= v.to + TOUCH_TOLERANCE
  );
}

/** Groups rulings into sets connected through crossings (union-find). */
function connectedGroups(rulings: readonly Ruling[]): Ruling[][] {
  const parent = rulings.map((_, i) => i);
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[i] !== root) {
      const next = parent[i] ?? root;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const hs = rulings.map((r, i) => [r, i] as const).filter(([r]) => r.orientation === 'h');
  const vs = rulings.map((r, i) => [r, i] as const).filter(([r]) => r.orientation === 'v');
  for (const [h, hi] of hs) {
    for (const [v, vi] of vs) {
      if (touches(h, v)) parent[find(hi)] = find(vi);
    }
  }
  const groups = new Map<number, Ruling[]>();
  rulings.forEach((r, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(r);
    else groups.set(root, [r]);
  });
  return [...groups.values()];
}

function gridFromRulings(rulings: readonly Ruling[], fills: readonly Fill[]): TableGrid | undefined {
  const hs = rulings.filter((r) => r.orientation === 'h');
  const vs = rulings.filter((r) => r.orientation === 'v');
  const xs = clusterValues(vs.map((v) => v.pos), GRID_SNAP);
  const ys = clusterValues(hs.map((h) => h.pos), GRID_SNAP).reverse();
  if (xs.length < 2 || ys.length < 2) return undefined;
  // A box made only of one fill's edges is a shaded paragraph, not a table.
  if (!rulings.some((r) => r.stroked) && xs.length === 2 && ys.length === 2) return undefined;

  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const covered = (lines: readonly Ruling[], pos: number, from: number, to: number): boolean => {
    const span = to - from;
    if (span <= 0) return true;
    let total = 0;
    for (const l of lines) if (Math.abs(l.pos - pos) <= GRID_SNAP) total += overlap(l.from, l.to, from, to);
    return total >= span * BOUNDARY_COVERAGE;
  };
  const at = (r: number, c: number): number => r * cols + c;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] ?? i;
    return i;
  };
  const join = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const top = ys[r] ?? 0;
      const bottom = ys[r + 1] ?? 0;
      const left = xs[c] ?? 0;
      const right = xs[c + 1] ?? 0;
      if (c + 1 < cols && !covered(vs, right, bottom, top)) join(at(r, c), at(r, c + 1));
      if (r + 1 < rows && !covered(hs, bottom, left, right)) join(at(r, c), at(r + 1, c));
    }
  }

  // Each merged region becomes one cell spanning its bounding rows and columns.
  const regions = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const root = find(at(r, c));
      const reg = regions.get(root);
      if (reg) {
        reg.r0 = Math.min(reg.r0, r);
        reg.r1 = Math.max(reg.r1, r);
        reg.c0 = Math.min(reg.c0, c);
        reg.c1 = Math.max(reg.c1, c);
      } else regions.set(root, { r0: r, r1: r, c0: c, c1: c });
    }
  }
  const taken = new Set<number>();
  let cells: GridCell[] = [];
  for (const reg of [...regions.values()].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0)) {
    // Regions that are not rectangles (rare, from broken borders) claim their bounding box
    // unless an earlier region already holds part of it.
    if (taken.has(at(reg.r0, reg.c0))) continue;
    for (let r = reg.r0; r <= reg.r1; r++) for (let c = reg.c0; c <= reg.c1; c++) taken.add(at(r, c));
    const rect: Rect = { x0: xs[reg.c0] ?? 0, x1: xs[reg.c1 + 1] ?? 0, y1: ys[reg.r0] ?? 0, y0: ys[reg.r1 + 1] ?? 0 };
    cells.push({ row: reg.r0, col: reg.c0, rowSpan: reg.r1 - reg.r0 + 1, colSpan: reg.c1 - reg.c0 + 1, rect, shaded: isShaded(rect, fills) });
  }
  const usedRows = [...new Set(cells.map((c) => c.row))].sort((a, b) => a - b);
  const usedCols = [...new Set(cells.map((c) => c.col))].sort((a, b) => a - b);
  cells = dropEmptyGridLines(cells);
  const rect: Rect = { x0: xs[0] ?? 0, x1: xs[xs.length - 1] ?? 0, y1: ys[0] ?? 0, y0: ys[ys.length - 1] ?? 0 };
  return {
    xs: [...usedCols.map((c) => xs[c] ?? 0), rect.x1],
    ys: [...usedRows.map((r) => ys[r] ?? 0), rect.y0],
    cells,
    rect,
  };
}

/**
 * Removes grid rows and columns in which no cell starts (a ruling that exists in only one
 * part of the table adds a grid line that every other cell spans), renumbering the cells.
 */
function dropEmptyGridLines(cells: readonly GridCell[]): GridCell[] {
  const rowStarts = [...new Set(cells.map((c) => c.row))].sort((a, b) => a - b);
  const colStarts = [...new Set(cells.map((c) => c.col))].sort((a, b) => a - b);
  const rowIndex = new Map(rowStarts.map((r, i) => [r, i]));
  const colIndex = new Map(colStarts.map((c, i) => [c, i]));
  const lastRow = Math.max(...cells.map((c) => c.row + c.rowSpan));
  const lastCol = Math.max(...cells.map((c) => c.col + c.colSpan));
  const newRow = (r: number): number => (r >= lastRow ? rowStarts.length : (rowIndex.get(r) ?? rowStarts.filter((s) => s < r).length));
  const newCol = (c: number): number => (c >= lastCol ? colStarts.length : (colIndex.get(c) ?? colStarts.filter((s) => s < c).length));
  return cells.map((c) => {
    const row = newRow(c.row);
    const col = newCol(c.col);
    return { ...c, row, col, rowSpan: Math.max(1, newRow(c.row + c.rowSpan) - row), colSpan: Math.max(1, newCol(c.col + c.colSpan) - col) };
  });
}

function isShaded(rect: Rect, fills: readonly Fill[]): boolean {
  const area = (rect.x1 - rect.x0) * (rect.y1 - rect.y0);
  if (area <= 0) return false;
  let covered = 0;
  for (const f of fills) covered += overlap(f.x0, f.x1, rect.x0, rect.x1) * overlap(f.y0, f.y1, rect.y0, rect.y1);
  return covered >= area * SHADED_COVERAGE;
}
