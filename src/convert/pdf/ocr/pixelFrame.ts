/**
 * Where a rendered page's pixels lie in PDF user space.
 *
 * pdf.js renders through a viewport whose transform maps user space (points, origin at the
 * page's bottom-left, y up) to canvas pixels (origin top-left, y down); it takes care of the
 * page's /Rotate and of a MediaBox that does not start at 0,0. The inverse brings what is
 * found in the bitmap (rulings, OCR'd words) back to the points the rest of the PDF converter
 * works in.
 */
import { applyMatrix, type Matrix } from '../geometry.js';

export interface PixelFrame {
  /** Pixels per point (dpi / 72). */
  scale: number;
  /** A pixel position (origin top-left, y down) as a user-space point (origin bottom-left, y up). */
  toPdf(x: number, y: number): [number, number];
  /** A user-space point as a pixel position. */
  toPixel(x: number, y: number): [number, number];
}

/** The frame for a bitmap rendered through a viewport with transform `viewportTransform` (user space → pixels). */
export function pixelFrame(viewportTransform: readonly number[], scale: number): PixelFrame {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = viewportTransform;
  const det = a * d - b * c;
  if (det === 0) throw new Error('the page viewport cannot be inverted');
  const inverse: Matrix = [d / det, -b / det, -c / det, a / det, (c * f - d * e) / det, (b * e - a * f) / det];
  const forward: Matrix = [a, b, c, d, e, f];
  return { scale, toPdf: (x, y) => applyMatrix(inverse, x, y), toPixel: (x, y) => applyMatrix(forward, x, y) };
}
