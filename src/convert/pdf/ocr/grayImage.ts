/**
 * An 8-bit grayscale bitmap and the few pixel operations the OCR steps share.
 *
 * Pixel space: origin at the image's top-left corner, x to the right, y downwards, one unit
 * per pixel; 0 is black ink, 255 white paper. Converting to PDF user space (points, origin
 * bottom-left, y up) is pixelFrame.ts's job.
 */

export interface GrayImage {
  width: number;
  height: number;
  /** Row-major luminance, `width * height` bytes. */
  data: Uint8Array;
}

/** A black-and-white image: `ink[y * width + x]` is 1 where the pixel is ink. */
export interface BinaryImage {
  width: number;
  height: number;
  ink: Uint8Array;
}

/** Luminance of RGBA pixels (Rec. 601 weights, in integer arithmetic), ignoring alpha. */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; i < data.length; i++, j += 4) {
    data[i] = (299 * (rgba[j] ?? 255) + 587 * (rgba[j + 1] ?? 255) + 114 * (rgba[j + 2] ?? 255) + 500) / 1000;
  }
  return { width, height, data };
}

/**
 * Otsu's threshold: the gray level that best separates ink from paper (maximises the
 * between-class variance of the histogram). Pixels darker than the result are ink.
 */
export function otsuThreshold(image: GrayImage): number {
  const histogram = new Float64Array(256);
  for (const v of image.data) histogram[v] = (histogram[v] ?? 0) + 1;
  const total = image.data.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * (histogram[v] ?? 0);
  let below = 0;
  let sumBelow = 0;
  let best = 128;
  let bestVariance = -1;
  for (let t = 0; t < 256; t++) {
    below += histogram[t] ?? 0;
    if (below === 0 || below === total) continue;
    sumBelow += t * (histogram[t] ?? 0);
    const meanBelow = sumBelow / below;
    const meanAbove = (sumAll - sumBelow) / (total - below);
    const variance = below * (total - below) * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) {
      bestVariance = variance;
      best = t + 1;
    }
  }
  return best;
}

/**
 * A stricter ink threshold: halfway between the darkest ink (2nd percentile) and the paper
 * (the median pixel), and never above Otsu's. Otsu's threshold, pulled up by gray shading and
 * blur, joins the letters of bold words into solid bars; this one keeps the pale gaps between
 * them while a ruling's core (a dark line blurred over two or three pixels) stays ink.
 */
export function midpointThreshold(image: GrayImage): number {
  const histogram = new Uint32Array(256);
  for (const v of image.data) histogram[v] = (histogram[v] ?? 0) + 1;
  const percentile = (share: number): number => {
    let seen = 0;
    for (let v = 0; v < 256; v++) {
      seen += histogram[v] ?? 0;
      if (seen >= share * image.data.length) return v;
    }
    return 255;
  };
  return Math.min(otsuThreshold(image), Math.round((percentile(0.02) + percentile(0.5)) / 2));
}

/** Ink where the pixel is darker than `threshold` (Otsu's by default). */
export function binarize(image: GrayImage, threshold = otsuThreshold(image)): BinaryImage {
  const ink = new Uint8Array(image.data.length);
  for (let i = 0; i < ink.length; i++) ink[i] = (image.data[i] ?? 255) < threshold ? 1 : 0;
  return { width: image.width, height: image.height, ink };
}

/** The median gray level of the pixels in [x0, x1) × [y0, y1), clipped to the image; 255 for none. */
export function medianGray(image: GrayImage, x0: number, y0: number, x1: number, y1: number): number {
  const histogram = new Uint32Array(256);
  let count = 0;
  const left = Math.max(0, Math.floor(x0));
  const right = Math.min(image.width, Math.ceil(x1));
  for (let y = Math.max(0, Math.floor(y0)); y < Math.min(image.height, Math.ceil(y1)); y++) {
    const row = y * image.width;
    for (let x = left; x < right; x++) {
      const v = image.data[row + x] ?? 255;
      histogram[v] = (histogram[v] ?? 0) + 1;
      count++;
    }
  }
  if (count === 0) return 255;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v] ?? 0;
    if (seen * 2 >= count) return v;
  }
  return 255;
}
