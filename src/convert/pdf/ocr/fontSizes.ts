/**
 * Evens out the font sizes OCR estimates across a document. A size measured from letter
 * heights wobbles by a few tenths of a point from line to line, while the paragraph and
 * heading steps compare sizes exactly (equal sizes give the line spacing; a point above the
 * body size makes a heading). Documents use a handful of sizes, so each line's estimate is
 * moved to the most used size near it.
 *
 * Sizes are in points.
 */

/** Histogram bin width (points). */
const BIN = 0.25;
/** Estimates within this distance (points) of a common size are taken to be that size. */
const SNAP = 0.9;
/** A size needs at least this many characters set in it to count as one the document uses. */
const MIN_CHARS = 20;

export interface SizedLine {
  /** The line's estimated size. */
  size: number;
  /** Characters on the line: the weight of its estimate. */
  chars: number;
}

/**
 * The document's common sizes: peaks of the character-weighted histogram of estimates
 * (smoothed over neighbouring bins), each rounded to half a point as word processors set them.
 */
export function commonSizes(lines: readonly SizedLine[]): number[] {
  const bins = new Map<number, number>();
  for (const l of lines) {
    const b = Math.round(l.size / BIN);
    bins.set(b, (bins.get(b) ?? 0) + l.chars);
  }
  const smooth = (b: number): number => (bins.get(b - 1) ?? 0) * 0.5 + (bins.get(b) ?? 0) + (bins.get(b + 1) ?? 0) * 0.5;
  const peaks: Array<{ size: number; weight: number }> = [];
  for (const b of bins.keys()) {
    const w = smooth(b);
    // A peak is at least as heavy as both neighbours (ties go to the lower bin).
    if (w >= MIN_CHARS && w > smooth(b - 1) && w >= smooth(b + 1)) peaks.push({ size: b * BIN, weight: w });
  }
  // Heaviest first, so that a minor peak beside a major one yields to it.
  const sizes: number[] = [];
  for (const p of peaks.sort((a, b) => b.weight - a.weight)) {
    const rounded = Math.round(p.size * 2) / 2;
    if (!sizes.some((s) => Math.abs(s - rounded) < SNAP)) sizes.push(rounded);
  }
  return sizes.sort((a, b) => a - b);
}

/** The common size nearest `size` when one lies within SNAP, else `size` rounded to half a point. */
export function snapSize(size: number, sizes: readonly number[]): number {
  let best: number | undefined;
  for (const s of sizes) if (Math.abs(s - size) <= SNAP && (best === undefined || Math.abs(s - size) < Math.abs(best - size))) best = s;
  return best ?? Math.round(size * 2) / 2;
}
