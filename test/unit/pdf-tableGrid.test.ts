import { describe, expect, it } from 'vitest';
import { mergeCollinear } from '../../src/convert/pdf/rulings.js';
import { dropPageFrames, findTableGrids } from '../../src/convert/pdf/tableGrid.js';
import type { Segment } from '../../src/convert/pdf/types.js';

const h = (y: number, x0: number, x1: number): Segment => ({ orientation: 'h', pos: y, from: x0, to: x1, width: 0.5 });
const v = (x: number, y0: number, y1: number): Segment => ({ orientation: 'v', pos: x, from: y0, to: y1, width: 0.5 });

/** Rows from the top: y = 700, 680, 660, 640; columns x = 50, 150, 250, 350. */
function fullGrid(): Segment[] {
  return [
    ...[700, 680, 660, 640].map((y) => h(y, 50, 350)),
    ...[50, 150, 250, 350].map((x) => v(x, 640, 700)),
  ];
}

describe('findTableGrids', () => {
  it('builds a 3 × 3 grid from crossing rulings, rows from the top', () => {
    const [grid, ...rest] = findTableGrids(fullGrid());
    expect(rest).toHaveLength(0);
    expect(grid?.xs).toEqual([50, 150, 250, 350]);
    expect(grid?.ys).toEqual([700, 680, 660, 640]);
    expect(grid?.cells).toHaveLength(9);
    expect(grid?.cells[0]).toMatchObject({ row: 0, col: 0, rowSpan: 1, colSpan: 1, rect: { x0: 50, x1: 150, y0: 680, y1: 700 } });
  });

  it('merges cells whose separating ruling is missing into column and row spans', () => {
    const segments = [
      // Row 0 has no border at x = 150: its first two cells are one.
      ...[700, 680, 660, 640].map((y) => h(y, 50, 350)),
      v(50, 640, 700),
      v(150, 640, 680),
      v(250, 640, 700),
      v(350, 640, 700),
    ].filter((s) => !(s.orientation === 'h' && s.pos === 660));
    // Without the y = 660 ruling rows 1 and 2 merge everywhere, so that grid line disappears.
    segments.push(h(660, 250, 350)); // ...except in the last column
    const [grid] = findTableGrids(segments);
    expect(grid).toBeDefined();
    const byPos = new Map(grid?.cells.map((c) => [`${c.row},${c.col}`, c]));
    expect(byPos.get('0,0')).toMatchObject({ colSpan: 2, rowSpan: 1 });
    expect(byPos.get('0,2')).toMatchObject({ colSpan: 1, rowSpan: 1 });
    expect(byPos.get('1,0')).toMatchObject({ colSpan: 1, rowSpan: 2 });
    expect(byPos.get('1,1')).toMatchObject({ colSpan: 1, rowSpan: 2 });
    expect(byPos.get('1,2')).toMatchObject({ colSpan: 1, rowSpan: 1 });
    expect(byPos.get('2,2')).toMatchObject({ colSpan: 1, rowSpan: 1 });
    expect(grid?.cells).toHaveLength(6);
  });

  it('drops grid columns in which no cell starts', () => {
    // A ruling at x = 200 exists only inside the bottom row, which is otherwise one cell wide.
    const segments = [h(700, 50, 350), h(680, 50, 350), h(660, 50, 350), v(50, 660, 700), v(350, 660, 700), v(200, 660, 680)];
    const [grid] = findTableGrids(segments);
    expect(grid?.cells.map((c) => [c.row, c.col, c.colSpan])).toEqual([
      [0, 0, 2],
      [1, 0, 1],
      [1, 1, 1],
    ]);
    expect(grid?.xs).toEqual([50, 200, 350]);
  });

  it('takes a lone stroked box as a one-cell table but not a lone shaded box', () => {
    expect(findTableGrids([h(700, 50, 350), h(600, 50, 350), v(50, 600, 700), v(350, 600, 700)])).toHaveLength(1);
    expect(findTableGrids([], [{ x0: 50, y0: 600, x1: 350, y1: 700, color: '#dddddd' }])).toHaveLength(0);
  });

  it('marks cells covered by a fill as shaded and uses fill edges as borders', () => {
    // No stroked border between the two header cells, but each has its own fill.
    const segments = [h(700, 50, 350), h(640, 50, 350), v(50, 640, 700), v(350, 640, 700), v(200, 640, 680)];
    const fills = [
      { x0: 50, y0: 680, x1: 200, y1: 700, color: '#e4dfec' },
      { x0: 200, y0: 680, x1: 350, y1: 700, color: '#e4dfec' },
    ];
    const [grid] = findTableGrids(segments, fills);
    expect(grid?.cells.map((c) => [c.row, c.col, c.shaded])).toEqual([
      [0, 0, true],
      [0, 1, true],
      [1, 0, false],
      [1, 1, false],
    ]);
  });

  it('keeps separate tables apart and orders them top first', () => {
    const lower = fullGrid().map((s) => ({ ...s, ...(s.orientation === 'h' ? { pos: s.pos - 300 } : { from: s.from - 300, to: s.to - 300 }) }));
    const grids = findTableGrids([...lower, ...fullGrid()]);
    expect(grids.map((g) => g.rect.y1)).toEqual([700, 400]);
  });
});

describe('dropPageFrames', () => {
  it('drops a border around the page or around other tables, keeping one-cell answer boxes', () => {
    const box = (y0: number, y1: number, x0 = 50, x1 = 350): Segment[] => [h(y1, x0, x1), h(y0, x0, x1), v(x0, y0, y1), v(x1, y0, y1)];
    const pageBorder = box(24, 818, 24, 571);
    const answerBox = box(500, 600);
    const grids = findTableGrids([...pageBorder, ...answerBox, ...fullGrid()]);
    expect(grids).toHaveLength(3);
    const kept = dropPageFrames(grids, 842);
    expect(kept.map((g) => g.cells.length)).toEqual([9, 1]);
    const frameAroundTable = box(630, 710, 40, 360);
    expect(dropPageFrames(findTableGrids([...frameAroundTable, ...fullGrid()]), 842).map((g) => g.cells.length)).toEqual([9]);
  });
});

describe('mergeCollinear', () => {
  it('joins per-cell border pieces on one line, and keeps distant pieces apart', () => {
    const merged = mergeCollinear([
      { ...h(700, 50, 150.2), stroked: true },
      { ...h(700.3, 150, 250), stroked: true },
      { ...h(700, 300, 350), stroked: false },
    ]);
    expect(merged.map((r) => [r.from, r.to, r.stroked])).toEqual([
      [50, 250, true],
      [300, 350, false],
    ]);
  });
});
