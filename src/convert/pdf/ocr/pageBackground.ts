/**
 * Levels a scanned page's paper before anything reads it: scanner speckle is removed by a
 * 3×3 median, the page's background (paper, shaded cells, the dark band a scanner lid leaves
 * along one edge) is estimated by a grey-level closing wider than any letter stroke, and every
 * pixel is divided by its background. What comes out has white paper everywhere: text in a
 * grey header cell is as dark on white as body text, the dark edge is gone, and one global
 * threshold (Otsu's) then separates ink from paper the way a local (Sauvola-style) one would,
 * at the cost of two passes of running minima and maxima.
 *
 * Pixel space: origin top-left, y down; 0 is black, 255 white.
 */
import { medianGray, type GrayImage } from './grayImage.js';

export interface LevelledPage {
  /** Each pixel divided by its background (255 · share): paper near 230, ink well below, shading gone. */
  image: GrayImage;
  /** The background each pixel was divided by: paper, shaded cells, scanner edges; text and rulings removed. */
  background: GrayImage;
}

/**
 * The closing window, in points: wider than the heaviest stroke of body or heading text and
 * of a table ruling (about 3 pt), narrower than the smallest shaded cell (a one-line row, 12 pt).
 */
const WINDOW_POINTS = 4.5;

/** The page levelled at `scale` pixels per point. */
export function levelPage(image: GrayImage, scale: number): LevelledPage {
  const radius = Math.max(2, Math.round((WINDOW_POINTS * scale) / 2));
  // The background from despeckled pixels (one noisy light pixel would lift a whole window);
  // the page itself divided as it was, since the median also thins hairline rulings away.
  const background = minFilter(maxFilter(median3(image), radius), radius);
  return { image: divideBy(image, background), background };
}

/**
 * The page flat-fielded for the OCR engine: each pixel times the page's paper level over its
 * own background, so shaded cells and the scanner's edge come out as plain paper while ink
 * keeps the contrast it had against its own background. On paper that needed no levelling
 * the page comes out as it went in. (Stretching paper to pure white instead pushed the blurred
 * edges of small print to white and thinned it until tesseract lost whole footer lines.)
 */
/** Background this many times darker than the paper is no paper (see flattenPaper). */
const NO_PAPER = 3;

export function flattenPaper(image: GrayImage, background: GrayImage): GrayImage {
  const paper = medianGray(background, 0, 0, background.width, background.height);
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) {
    const b = background.data[i] ?? 255;
    // Under a third of the paper's level is no paper: the scanner's edge or a black bar, where
    // dividing would only magnify the sensor's noise into letter-like texture. (Half was too
    // much: a mid-grey header cell, scanned in colour, sits just under half the paper's
    // level, and its bold titles were painted out with it.)
    out[i] = NO_PAPER * b < paper ? paper : Math.min(255, Math.round(((image.data[i] ?? 255) * paper) / b));
  }
  return { width: image.width, height: image.height, data: out };
}

/** A 3×3 median: removes isolated specks and JPEG ringing while keeping strokes two pixels wide. Edge pixels are copied. */
export function median3(image: GrayImage): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(data);
  for (let y = 1; y < height - 1; y++) {
    const up = (y - 1) * width;
    const row = y * width;
    const down = (y + 1) * width;
    for (let x = 1; x < width - 1; x++) {
      out[row + x] = median9(
        data[up + x - 1] ?? 255, data[up + x] ?? 255, data[up + x + 1] ?? 255,
        data[row + x - 1] ?? 255, data[row + x] ?? 255, data[row + x + 1] ?? 255,
        data[down + x - 1] ?? 255, data[down + x] ?? 255, data[down + x + 1] ?? 255,
      );
    }
  }
  return { width, height, data: out };
}

/** The median of nine values by Paeth's 19-exchange network (no array, no sort: it runs for every pixel). */
function median9(p0: number, p1: number, p2: number, p3: number, p4: number, p5: number, p6: number, p7: number, p8: number): number {
  let t: number;
  if (p1 > p2) { t = p1; p1 = p2; p2 = t; }
  if (p4 > p5) { t = p4; p4 = p5; p5 = t; }
  if (p7 > p8) { t = p7; p7 = p8; p8 = t; }
  if (p0 > p1) { t = p0; p0 = p1; p1 = t; }
  if (p3 > p4) { t = p3; p3 = p4; p4 = t; }
  if (p6 > p7) { t = p6; p6 = p7; p7 = t; }
  if (p1 > p2) { t = p1; p1 = p2; p2 = t; }
  if (p4 > p5) { t = p4; p4 = p5; p5 = t; }
  if (p7 > p8) { t = p7; p7 = p8; p8 = t; }
  if (p0 > p3) { t = p0; p0 = p3; p3 = t; }
  if (p5 > p8) { t = p5; p5 = p8; p8 = t; }
  if (p4 > p7) { t = p4; p4 = p7; p7 = t; }
  if (p3 > p6) { t = p3; p3 = p6; p6 = t; }
  if (p1 > p4) { t = p1; p1 = p4; p4 = t; }
  if (p2 > p5) { t = p2; p2 = p5; p5 = t; }
  if (p4 > p7) { t = p4; p4 = p7; p7 = t; }
  if (p4 > p2) { t = p4; p4 = p2; p2 = t; }
  if (p6 > p4) { t = p6; p6 = p4; p4 = t; }
  if (p4 > p2) { p4 = p2; }
  return p4;
}

/** The lightest pixel within `radius` (a square window), separably: removes dark marks narrower than 2·radius+1. */
export function maxFilter(image: GrayImage, radius: number): GrayImage {
  return runningExtreme(runningExtreme(image, radius, true, true), radius, true, false);
}

/** The darkest pixel within `radius`: after maxFilter, brings the background's edges back to where they were. */
export function minFilter(image: GrayImage, radius: number): GrayImage {
  return runningExtreme(runningExtreme(image, radius, false, true), radius, false, false);
}

/**
 * A running maximum (or minimum) along rows or columns, by van Herk / Gil-Werman: prefix and
 * suffix extremes in blocks of the window's size make every window two look-ups, whatever its
 * width. Beyond the image the window sees nothing that would win.
 */
function runningExtreme(image: GrayImage, radius: number, max: boolean, alongRows: boolean): GrayImage {
  const { width, height, data } = image;
  const out = new Uint8Array(data.length);
  const length = alongRows ? width : height;
  const lines = alongRows ? height : width;
  const step = alongRows ? 1 : width;
  const window = 2 * radius + 1;
  const outside = max ? 0 : 255;
  const padded = length + 2 * radius;
  const line = new Int32Array(padded);
  const prefix = new Int32Array(padded);
  const suffix = new Int32Array(padded);
  // Minima are maxima of the inverted values: one loop for both.
  const flip = max ? 0 : 255;
  for (let l = 0; l < lines; l++) {
    const start = alongRows ? l * width : l;
    line.fill(outside ^ flip);
    for (let i = 0, j = start; i < length; i++, j += step) line[i + radius] = (data[j] as number) ^ flip;
    for (let i = 0; i < padded; i++) {
      const v = line[i] as number;
      const before = prefix[i - 1] as number;
      prefix[i] = i % window === 0 || v > before ? v : before;
    }
    for (let i = padded - 1; i >= 0; i--) {
      const v = line[i] as number;
      const after = suffix[i + 1] as number;
      suffix[i] = i === padded - 1 || (i + 1) % window === 0 || v > after ? v : after;
    }
    // The window [i, i + 2·radius] of the padded line is centred on pixel i.
    for (let i = 0, j = start; i < length; i++, j += step) {
      const a = suffix[i] as number;
      const b = prefix[i + window - 1] as number;
      out[j] = (a > b ? a : b) ^ flip;
    }
  }
  return { width, height, data: out };
}

/**
 * Each pixel as a share of its background. A uniformly dark area (the scanner's edge band, a
 * black bar) is its own background and comes out as paper: nothing in one is read.
 */
function divideBy(image: GrayImage, background: GrayImage): GrayImage {
  const out = new Uint8Array(image.data.length);
  for (let i = 0; i < out.length; i++) {
    const v = image.data[i] ?? 255;
    const b = background.data[i] ?? 255;
    out[i] = b === 0 ? 255 : Math.min(255, Math.round((v * 255) / b));
  }
  return { width: image.width, height: image.height, data: out };
}
