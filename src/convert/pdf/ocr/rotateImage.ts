/**
 * Turns a grayscale bitmap about its centre, keeping its size, with bilinear sampling. Used
 * to level a skewed scan before its rulings are looked for and its text is read.
 *
 * Angles are in degrees, positive counter-clockwise as seen on screen (the convention of
 * deskew.ts: a page skewed by θ is levelled by rotating it by −θ). Pixel space: origin
 * top-left, y down. Pixels that come from outside the source are white paper.
 */
import type { GrayImage } from './grayImage.js';

/** Turns smaller than this (degrees) move no pixel by more than a tenth on an A4 page at 300 dpi. */
const NEGLIGIBLE = 0.002;

export function rotateImage(image: GrayImage, degrees: number): GrayImage {
  if (Math.abs(degrees) < NEGLIGIBLE) return image;
  const { width, height, data } = image;
  const out = new Uint8Array(width * height);
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const at = (x: number, y: number): number => (x < 0 || y < 0 || x >= width || y >= height ? 255 : (data[y * width + x] ?? 255));
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      // The inverse of the forward turn (x' = x·cos + y·sin, y' = −x·sin + y·cos): where this pixel came from.
      const sx = dx * cos - dy * sin + cx;
      const sy = dx * sin + dy * cos + cy;
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      const fx = sx - x0;
      const fy = sy - y0;
      const top = at(x0, y0) * (1 - fx) + at(x0 + 1, y0) * fx;
      const bottom = at(x0, y0 + 1) * (1 - fx) + at(x0 + 1, y0 + 1) * fx;
      out[y * width + x] = Math.round(top * (1 - fy) + bottom * fy);
    }
  }
  return { width, height, data: out };
}
