/**
 * Paints over found rulings before the page goes to OCR. Tesseract otherwise reads a cell
 * border beside text as "|" or "l", and a border running under a line of text can merge
 * with its descenders.
 *
 * Pixel space: origin top-left, y down.
 */
import type { GrayImage } from './grayImage.js';
import type { PixelRuling } from './findRulings.js';

/**
 * Returns a copy of `image` with each ruling's runs, widened by `margin` pixels across the
 * ruling, painted over. Each pixel takes the lighter of the two pixels just beyond the band on
 * either side: the paper (or a shaded cell's background) where the ruling ran alone, and ink
 * where a letter's stroke crosses it, so the letter keeps its shape.
 */
export function eraseRulings(image: GrayImage, rulings: readonly PixelRuling[], margin: number): GrayImage {
  const data = new Uint8Array(image.data);
  const { width, height } = image;
  const source = image.data;
  const index = (horizontal: boolean, along: number, across: number): number => {
    const [x, y] = horizontal ? [along, across] : [across, along];
    return x >= 0 && y >= 0 && x < width && y < height ? y * width + x : -1;
  };
  const at = (i: number): number => (i < 0 ? 255 : (source[i] ?? 255));
  for (const ruling of rulings) {
    const horizontal = ruling.orientation === 'h';
    for (const [line, from, to] of ruling.runs) {
      for (let along = from; along < to; along++) {
        const fill = Math.max(at(index(horizontal, along, line - margin - 1)), at(index(horizontal, along, line + margin + 1)));
        for (let across = line - margin; across <= line + margin; across++) {
          const i = index(horizontal, along, across);
          if (i >= 0) data[i] = fill;
        }
      }
    }
  }
  return { width, height, data };
}
