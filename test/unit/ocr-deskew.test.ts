/**
 * Skew estimation and levelling on synthetic page bitmaps: lines of "words" (dark boxes) and
 * a few table rulings, drawn turned by a known angle. Pixel space: origin top-left, y down;
 * angles in degrees, counter-clockwise on screen positive.
 */
import { describe, expect, it } from 'vitest';
import { estimateSkew } from '../../src/convert/pdf/ocr/deskew.js';
import { binarize, type GrayImage } from '../../src/convert/pdf/ocr/grayImage.js';
import { rotateImage } from '../../src/convert/pdf/ocr/rotateImage.js';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A page-like layout: 40 lines of words (pseudo-random widths), two rulings above and below. */
function pageBoxes(width: number, height: number): Box[] {
  const boxes: Box[] = [];
  let seed = 7;
  const random = (): number => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let line = 0; line < 40; line++) {
    const top = 200 + line * 30;
    if (top + 14 > height - 150) break;
    let x = 120;
    while (x < width - 200) {
      const w = 20 + Math.floor(random() * 70);
      boxes.push({ x0: x, y0: top, x1: x + w, y1: top + 14 });
      x += w + 12;
    }
  }
  boxes.push({ x0: 100, y0: 170, x1: width - 100, y1: 172 }, { x0: 100, y0: height - 120, x1: width - 100, y1: height - 118 });
  return boxes;
}

/** Draws the boxes turned by `degrees` about the image centre (same convention as rotateImage). */
function drawTurned(width: number, height: number, boxes: readonly Box[], degrees: number): GrayImage {
  const data = new Uint8Array(width * height).fill(245);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  for (const b of boxes) {
    // Visit the turned box's bounding square and keep the pixels whose unturned position lies in the box.
    const margin = Math.ceil(Math.abs(sin) * Math.max(b.x1 - b.x0, b.y1 - b.y0)) + 2;
    const corners = [
      [b.x0, b.y0],
      [b.x1, b.y1],
    ].map(([x = 0, y = 0]) => [(x - cx) * cos + (y - cy) * sin + cx, -(x - cx) * sin + (y - cy) * cos + cy]);
    const xs = corners.map((c) => c[0] ?? 0);
    const ys = corners.map((c) => c[1] ?? 0);
    for (let y = Math.floor(Math.min(...ys)) - margin; y <= Math.ceil(Math.max(...ys)) + margin; y++) {
      for (let x = Math.floor(Math.min(...xs)) - margin; x <= Math.ceil(Math.max(...xs)) + margin; x++) {
        if (x < 0 || y < 0 || x >= width || y >= height) continue;
        const ux = (x - cx) * cos - (y - cy) * sin + cx;
        const uy = (x - cx) * sin + (y - cy) * cos + cy;
        if (ux >= b.x0 && ux < b.x1 && uy >= b.y0 && uy < b.y1) data[y * width + x] = 30;
      }
    }
  }
  return { width, height, data };
}

const W = 1240;
const H = 1754;
const BOXES = pageBoxes(W, H);

describe('estimateSkew', () => {
  it.each([-0.8, -0.55, -0.3, 0, 0.3, 0.62, 0.8, 2])('finds a page turned by %f° to within 0.05°', (degrees) => {
    const page = drawTurned(W, H, BOXES, degrees);
    expect(Math.abs(estimateSkew(binarize(page)) - degrees)).toBeLessThanOrEqual(0.05);
  });

  it('levels a page: turned back by the estimate, it has no skew left', () => {
    const page = drawTurned(W, H, BOXES, 0.7);
    const skew = estimateSkew(binarize(page));
    const level = rotateImage(page, -skew);
    expect(Math.abs(estimateSkew(binarize(level)))).toBeLessThanOrEqual(0.05);
    // The top ruling is back on one pixel row band: its row is dark from end to end.
    const row = (y: number): number => {
      let dark = 0;
      for (let x = 150; x < W - 150; x++) if ((level.data[y * W + x] ?? 255) < 128) dark++;
      return dark / (W - 300);
    };
    expect(Math.max(row(170), row(171))).toBeGreaterThan(0.95);
  });

  it('reports 0 for a blank page and keeps within its search range', () => {
    const blank: GrayImage = { width: 400, height: 400, data: new Uint8Array(400 * 400).fill(250) };
    expect(estimateSkew(binarize(blank, 128))).toBe(0);
    const steep = drawTurned(W, H, BOXES, 2.5);
    expect(Math.abs(estimateSkew(binarize(steep), { maxDegrees: 1 }))).toBeLessThanOrEqual(1.2);
  });
});

describe('rotateImage', () => {
  it('returns the same image for no turn, and keeps size with white corners for a turn', () => {
    const page = drawTurned(200, 100, [{ x0: 20, y0: 40, x1: 180, y1: 60 }], 0);
    expect(rotateImage(page, 0)).toBe(page);
    const turned = rotateImage(page, 5);
    expect([turned.width, turned.height]).toEqual([200, 100]);
    expect(turned.data[0]).toBe(255);
  });
});
