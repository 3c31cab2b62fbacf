/**
 * Levelling a scanned page's paper (pageBackground.ts) on small synthetic bitmaps: the
 * running extremes and the median against plain definitions, and what levelling is for —
 * text in a grey cell as dark as text on white, the scanner's dark edge gone, rulings kept.
 * Pixel space: origin top-left, y down; 0 black, 255 white.
 */
import { describe, expect, it } from 'vitest';
import { binarize, midpointThreshold, type GrayImage } from '../../src/convert/pdf/ocr/grayImage.js';
import { findRulings, rulingOptionsFor } from '../../src/convert/pdf/ocr/findRulings.js';
import { flattenPaper, levelPage, maxFilter, median3, minFilter } from '../../src/convert/pdf/ocr/pageBackground.js';

function image(width: number, height: number, at: (x: number, y: number) => number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data[y * width + x] = at(x, y);
  return { width, height, data };
}
/** A repeatable pseudo-random gray level per pixel. */
const noise = (x: number, y: number): number => ((x * 7919 + y * 104729) % 61) - 30;
const px = (im: GrayImage, x: number, y: number): number => im.data[y * im.width + x] ?? -1;

describe('running extremes and median', () => {
  const im = image(23, 17, (x, y) => (128 + noise(x, y) * 4 + 256) % 256);
  const naive = (radius: number, max: boolean): GrayImage =>
    image(im.width, im.height, (x, y) => {
      let v = max ? 0 : 255;
      for (let dy = -radius; dy <= radius; dy++)
        for (let dx = -radius; dx <= radius; dx++) {
          const xx = x + dx;
          const yy = y + dy;
          if (xx < 0 || yy < 0 || xx >= im.width || yy >= im.height) continue;
          v = max ? Math.max(v, px(im, xx, yy)) : Math.min(v, px(im, xx, yy));
        }
      return v;
    });
  it('maxFilter and minFilter are the square-window maximum and minimum', () => {
    for (const r of [1, 2, 4]) {
      expect([...maxFilter(im, r).data]).toEqual([...naive(r, true).data]);
      expect([...minFilter(im, r).data]).toEqual([...naive(r, false).data]);
    }
  });
  it('median3 is the median of each 3×3 neighbourhood, edges copied', () => {
    const m = median3(im);
    for (let y = 1; y < im.height - 1; y++)
      for (let x = 1; x < im.width - 1; x++) {
        const v: number[] = [];
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) v.push(px(im, x + dx, y + dy));
        expect(px(m, x, y)).toBe(v.sort((a, b) => a - b)[4]);
      }
    expect(px(m, 0, 5)).toBe(px(im, 0, 5));
  });
});

describe('flattenPaper on a dark grey header cell', () => {
  // Paper ≈ 225 and a header cell ≈ 105 (under half the paper's level, as a mid-grey fill comes
  // out of a colour scan) with a bold title stroke in it; a scanner edge ≈ 40 on the right.
  const page = image(300, 120, (x, y) => {
    const n = noise(x, y) / 3;
    if (x >= 285) return 40 + n;
    if (x >= 60 && x < 64 && y >= 50 && y < 80) return 25 + n;
    if (x >= 30 && x < 200 && y >= 30 && y < 100) return 105 + n;
    return 225 + n;
  });
  const levelled = levelPage(page, 2);
  const flat = flattenPaper(page, levelled.background);

  it('keeps the title dark and the cell light, and still paints the scanner edge out', () => {
    expect(px(flat, 61, 65)).toBeLessThan(110);
    expect(px(flat, 120, 65)).toBeGreaterThan(190);
    expect(px(flat, 292, 60)).toBeGreaterThan(205);
  });
});

describe('levelPage', () => {
  // 300 × 200 px at 2 px/pt: noisy paper (≈ 225), a grey cell (≈ 140) at x 40–160, y 40–120 with a
  // black "stroke" in it and one on the paper, a 1-px ruling at y = 150, and a dark edge band (≈ 40) on the right.
  const page = image(300, 200, (x, y) => {
    const n = noise(x, y) / 3;
    if (x >= 285) return 40 + n;
    const stroke = (x >= 60 && x < 63 && y >= 60 && y < 90) || (x >= 200 && x < 203 && y >= 60 && y < 90);
    if (stroke) return 30 + n;
    if (y === 150 && x >= 20 && x < 270) return 60 + n;
    if (x >= 40 && x < 160 && y >= 40 && y < 120) return 140 + n;
    return 225 + n;
  });
  const levelled = levelPage(page, 2);
  const white = flattenPaper(page, levelled.background);

  it('takes the grey cell and the dark edge for background, and flattens them to paper', () => {
    expect(px(levelled.background, 100, 100)).toBeLessThan(170);
    expect(px(levelled.background, 292, 100)).toBeLessThan(70);
    for (const [x, y] of [[100, 100], [250, 30], [292, 100], [292, 10]] as const) expect(px(white, x, y), `${x},${y}`).toBeGreaterThan(205);
  });

  it('leaves clean paper and the ink on it as they were (what tesseract reads of a clean scan is unchanged)', () => {
    for (const [x, y] of [[201, 75], [250, 30], [20, 190], [150, 150]] as const) expect(Math.abs(px(white, x, y) - px(page, x, y)), `${x},${y}`).toBeLessThanOrEqual(12);
  });

  it('keeps a stroke in the grey cell about as dark as one on the paper', () => {
    const inCell = px(white, 61, 75);
    const onPaper = px(white, 201, 75);
    expect(inCell).toBeLessThan(110);
    expect(Math.abs(inCell - onPaper)).toBeLessThan(40);
  });

  it('keeps a hairline ruling, which a midpoint threshold still finds whole', () => {
    const rulings = findRulings(binarize(levelled.image, midpointThreshold(levelled.image)), { ...rulingOptionsFor(2), anchoredLength: 100 });
    const h = rulings.filter((r) => r.orientation === 'h' && Math.abs(r.pos - 150) < 1.5);
    expect(h.length).toBe(1);
    expect(h[0]!.to - h[0]!.from).toBeGreaterThan(240);
    // The grey cell's edges and the dark band are no rulings.
    expect(rulings.filter((r) => r.orientation === 'v').length).toBe(0);
  });
});
