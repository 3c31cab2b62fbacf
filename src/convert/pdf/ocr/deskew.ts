/**
 * Estimates how far a scanned page is turned (its skew), by the projection-profile method:
 * ink pixels are projected onto the vertical axis along lines tilted by a candidate angle;
 * at the page's true skew, text lines and table rulings fall into few narrow bands, and the
 * profile is at its sharpest (the sum of squared bin counts is largest).
 *
 * Angles are in degrees, positive when the content is turned counter-clockwise as seen on
 * screen (lines rise to the right). Pixel space: origin top-left, y down.
 */
import type { BinaryImage } from './grayImage.js';

export interface SkewOptions {
  /** Largest skew looked for, either way (degrees). Scanners and feeders rarely exceed a few degrees. */
  maxDegrees?: number;
}

/** Step of the coarse search and of the fine search around its best angle (degrees). */
const COARSE_STEP = 0.2;
const FINE_STEP = 0.02;
/**
 * At most this many ink pixels are projected: a sample of every k-th ink pixel keeps the
 * profile's shape while bounding the cost (a 300-dpi page has over a million ink pixels).
 */
const MAX_SAMPLES = 120_000;

/** The page's skew in degrees; 0 for a page with too little ink to tell. */
export function estimateSkew(image: BinaryImage, options: SkewOptions = {}): number {
  const maxDegrees = options.maxDegrees ?? 3;
  const points = inkSample(image);
  if (points.xs.length < 50) return 0;
  const score = (degrees: number): number => profileSharpness(points, Math.tan((degrees * Math.PI) / 180), image.height, image.width);

  let best = 0;
  let bestScore = score(0);
  for (let a = -maxDegrees; a <= maxDegrees + 1e-9; a += COARSE_STEP) {
    const s = score(a);
    if (s > bestScore) {
      bestScore = s;
      best = a;
    }
  }
  const coarse = best;
  const fine: Array<[number, number]> = [];
  for (let a = coarse - COARSE_STEP; a <= coarse + COARSE_STEP + 1e-9; a += FINE_STEP) fine.push([a, score(a)]);
  let i = 0;
  fine.forEach(([, s], k) => {
    if (s > (fine[i]?.[1] ?? -Infinity)) i = k;
  });
  const [angle = 0, s0 = 0] = fine[i] ?? [];
  // A parabola through the best step and its neighbours places the peak between steps.
  const left = fine[i - 1]?.[1];
  const right = fine[i + 1]?.[1];
  if (left === undefined || right === undefined) return round(angle);
  const curvature = left - 2 * s0 + right;
  const offset = curvature < 0 ? (0.5 * (left - right)) / curvature : 0;
  return round(angle + Math.max(-0.5, Math.min(0.5, offset)) * FINE_STEP);
}

interface InkPoints {
  xs: Int32Array;
  ys: Int32Array;
}

/** Every k-th ink pixel, with k chosen so that at most MAX_SAMPLES are kept. */
function inkSample(image: BinaryImage): InkPoints {
  let total = 0;
  for (const v of image.ink) total += v;
  const stride = Math.max(1, Math.ceil(total / MAX_SAMPLES));
  const count = Math.floor(total / stride);
  const xs = new Int32Array(count);
  const ys = new Int32Array(count);
  let seen = 0;
  let n = 0;
  for (let i = 0; i < image.ink.length && n < count; i++) {
    if (image.ink[i] !== 1) continue;
    if (seen++ % stride !== 0) continue;
    xs[n] = i % image.width;
    ys[n] = Math.floor(i / image.width);
    n++;
  }
  return { xs: xs.subarray(0, n), ys: ys.subarray(0, n) };
}

/**
 * Sum of squared counts of the profile along lines y + x·tan = const (1-pixel bins). Lines
 * that rise to the right (y falling as x grows) have a constant y + x·tan for tan > 0.
 */
function profileSharpness(points: InkPoints, tan: number, height: number, width: number): number {
  const offset = Math.ceil(Math.abs(tan) * width) + 1;
  const bins = new Float64Array(height + 2 * offset + 2);
  const { xs, ys } = points;
  for (let i = 0; i < xs.length; i++) {
    const bin = Math.round((ys[i] ?? 0) + (xs[i] ?? 0) * tan) + offset;
    bins[bin] = (bins[bin] ?? 0) + 1;
  }
  let sum = 0;
  for (const b of bins) sum += b * b;
  return sum;
}

function round(degrees: number): number {
  return Math.round(degrees * 1000) / 1000;
}
