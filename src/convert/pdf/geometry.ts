/**
 * Small geometry helpers for the PDF converter.
 *
 * Units and origin everywhere in src/convert/pdf: PDF user-space points (1/72 inch) with the
 * origin at the page's bottom-left corner and y growing upwards, as pdf.js reports positions
 * once the page's current transformation matrix has been applied. "Top" therefore means the
 * larger y.
 */

/** An affine matrix [a, b, c, d, e, f] as PDF writes it: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** An axis-aligned box in user-space points; x0 ≤ x1 and y0 ≤ y1 (y0 is the bottom edge). */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** `m` applied first, then `n` (PDF's `cm` operator: CTM' = m × CTM). */
export function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** A point through a matrix; returns a new pair (unlike pdf.js's Util.applyTransform, which mutates). */
export function applyMatrix(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** How much a matrix scales lengths (the geometric mean of its axis scales): turns line widths into points. */
export function matrixScale(m: Matrix): number {
  return Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
}

/** Length of the overlap of [a0, a1] and [b0, b1]; 0 when they are apart. */
export function overlap(a0: number, a1: number, b0: number, b1: number): number {
  return Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
}

/** The smallest box holding all the given boxes; undefined for none. */
export function unionRect(rects: readonly Rect[]): Rect | undefined {
  if (rects.length === 0) return undefined;
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x0);
    y0 = Math.min(y0, r.y0);
    x1 = Math.max(x1, r.x1);
    y1 = Math.max(y1, r.y1);
  }
  return { x0, y0, x1, y1 };
}

/** A box as the layout model's bbox tuple, rounded to hundredths of a point to keep layouts small. */
export function toBBox(r: Rect): [number, number, number, number] {
  const round = (v: number): number => Math.round(v * 100) / 100;
  return [round(r.x0), round(r.y0), round(r.x1), round(r.y1)];
}

/**
 * Groups sorted numbers into clusters whose neighbours lie within `tolerance`, returning each
 * cluster's mean. Used to snap ruling positions that differ by a fraction of a point (a
 * border drawn at 57.0 on one row and 57.25 on the next) onto one grid line.
 */
export function clusterValues(values: readonly number[], tolerance: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let count = 0;
  let last = -Infinity;
  for (const v of sorted) {
    if (count > 0 && v - last > tolerance) {
      out.push(sum / count);
      sum = 0;
      count = 0;
    }
    sum += v;
    count += 1;
    last = v;
  }
  if (count > 0) out.push(sum / count);
  return out;
}
