/**
 * Ruling detection on synthetic scans: a ruled 3 × 3 table with text-like marks in its cells
 * (letters, a bold word whose letters ran together, a tall stroke, an underscore), a border
 * broken by noise, and a shaded header row. The rulings must come out as the table's
 * lines, and as Segments in PDF user space (points, origin bottom-left) build its grid.
 */
import { describe, expect, it } from 'vitest';
import { eraseRulings } from '../../src/convert/pdf/ocr/eraseRulings.js';
import { findRulings, rulingOptionsFor, type PixelRuling } from '../../src/convert/pdf/ocr/findRulings.js';
import { binarize, type GrayImage } from '../../src/convert/pdf/ocr/grayImage.js';
import { pixelFrame } from '../../src/convert/pdf/ocr/pixelFrame.js';
import { scanGraphics } from '../../src/convert/pdf/ocr/scanGraphics.js';
import { findTableGrids } from '../../src/convert/pdf/tableGrid.js';

/** 200 dpi, as the converter renders. */
const SCALE = 200 / 72;
const W = 1000;
const H = 800;
/** Table lines: rows at these y, columns at these x (pixels); lines 2 px thick. */
const ROWS = [100, 160, 400, 700];
const COLS = [100, 400, 650, 900];

function page(): GrayImage {
  const data = new Uint8Array(W * H).fill(248);
  const fill = (x0: number, y0: number, x1: number, y1: number, v: number): void => {
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) data[y * W + x] = v;
  };
  // Shaded header row (first row of cells).
  fill(COLS[0]!, ROWS[0]!, COLS[3]!, ROWS[1]!, 215);
  for (const y of ROWS) fill(COLS[0]!, y, COLS[3]! + 2, y + 2, 40);
  for (const x of COLS) fill(x, ROWS[0]!, x + 2, ROWS[3]! + 2, 40);
  // Noise breaks the bottom border in places (3-pixel gaps).
  for (let x = 150; x < 880; x += 60) fill(x, ROWS[3]!, x + 3, ROWS[3]! + 2, 248);
  // Lines of "letters": 7 × 12 px boxes, 2 px apart, words 8 px apart, in every body cell.
  for (let r = 1; r < 3; r++) {
    for (let c = 0; c < 3; c++) {
      for (let line = 0; line < 4; line++) {
        const top = ROWS[r]! + 20 + line * 28;
        for (let x = COLS[c]! + 15; x < COLS[c + 1]! - 60; x += 9) if ((x / 9) % 6 !== 0) fill(x, top, x + 7, top + 12, 35);
      }
    }
  }
  // A bold word whose letters blurred into one bar at the top of the x-height, letters below.
  fill(420, 180, 560, 182, 35);
  for (let x = 420; x < 560; x += 10) fill(x, 182, x + 8, 196, 35);
  // A tall letter stroke from one text line into the next (an "l" meeting a ")"), alone.
  fill(300, 420, 302, 480, 35);
  // A short underscore.
  fill(700, 600, 730, 602, 35);
  return { width: W, height: H, data };
}

const near = (a: number, b: number, tolerance = 1.5): boolean => Math.abs(a - b) <= tolerance;

describe('findRulings', () => {
  const image = page();
  const rulings = findRulings(binarize(image), rulingOptionsFor(SCALE));
  const of = (o: 'h' | 'v'): PixelRuling[] => rulings.filter((r) => r.orientation === o).sort((a, b) => a.pos - b.pos);

  it('finds each table line once, end to end, and nothing else', () => {
    expect(of('h').map((r) => Math.round(r.pos))).toEqual(ROWS.map((y) => y + 1).map(Math.round));
    expect(of('v').map((r) => Math.round(r.pos))).toEqual(COLS.map((x) => x + 1).map(Math.round));
    for (const r of of('h')) expect(near(r.from, COLS[0]!, 2) && near(r.to, COLS[3]! + 2, 2)).toBe(true);
    for (const r of of('v')) expect(near(r.from, ROWS[0]!, 2) && near(r.to, ROWS[3]! + 2, 2)).toBe(true);
    for (const r of rulings) expect(r.thickness).toBeLessThanOrEqual(3);
  });

  it('joins the border that noise broke into pieces', () => {
    const bottom = of('h').at(-1);
    expect(bottom && near(bottom.pos, ROWS[3]! + 0.5)).toBe(true);
    expect(bottom?.to).toBeGreaterThan(COLS[3]!);
  });

  it('erases rulings to the paper around them, keeping the shading and the text', () => {
    const clean = eraseRulings(image, rulings, 1);
    expect(clean.data[ROWS[2]! * W + 500]).toBeGreaterThan(240); // a body border: paper
    expect(clean.data[ROWS[1]! * W + 500]).toBeGreaterThan(200); // the header's lower border: shading or paper
    expect(clean.data[(ROWS[1]! + 21) * W + 118]).toBe(35); // a letter
    expect(image.data[ROWS[2]! * W + 500]).toBe(40); // the input is left as it was
  });

  it('gives Segments in PDF user space that build the 3 × 3 grid, header row shaded', () => {
    // A page 1000 × 800 px at 200 dpi: 360 × 288 pt; pdf.js's viewport flips y.
    const frame = pixelFrame([SCALE, 0, 0, -SCALE, 0, H], SCALE);
    const graphics = scanGraphics(rulings, image, frame);
    const [grid, ...others] = findTableGrids(graphics.segments, graphics.fills);
    expect(others).toHaveLength(0);
    expect(grid?.cells).toHaveLength(9);
    expect(grid?.xs.map((x) => Math.round(x))).toEqual(COLS.map((x) => Math.round((x + 1) / SCALE)));
    expect(grid?.ys.map((y) => Math.round(y))).toEqual(ROWS.map((y) => Math.round((H - y - 1) / SCALE)));
    expect(grid?.cells.filter((c) => c.shaded).map((c) => c.row)).toEqual([0, 0, 0]);
    for (const s of graphics.segments) expect(s.width).toBeLessThan(1.5);
  });
});
