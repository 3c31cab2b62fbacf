/**
 * Document-wide type facts that paragraph building needs: the body text size, which larger
 * sizes are headings (and their rank), and the normal distance between lines.
 *
 * Sizes and distances are in points.
 */
import type { TextLine } from './types.js';

export interface Typography {
  /** The size most characters are set in. */
  bodySize: number;
  /** Sizes clearly above the body size used outside tables, largest first: index + 1 is the heading level. */
  headingSizes: number[];
  /** Baseline-to-baseline distance of consecutive lines in a paragraph, as a multiple of the font size. */
  lineSpacing: number;
}

/** A size counts as a heading size when it is this many points above the body size. */
const HEADING_STEP = 1;
/** Heading sizes within this many points are one level. */
const SAME_SIZE = 0.5;
/** Line spacing when the document gives no evidence (Arial's line height). */
const DEFAULT_LINE_SPACING = 1.15;

/**
 * `flowLines` are the lines outside tables, `allLines` every line, each list top to bottom
 * within its region (consecutive lines of a region are what gives the line spacing).
 */
export function measureTypography(regions: ReadonlyArray<readonly TextLine[]>, flowLines: readonly TextLine[]): Typography {
  const chars = new Map<number, number>();
  for (const region of regions) for (const line of region) chars.set(line.size, (chars.get(line.size) ?? 0) + line.text.length);
  const bodySize = [...chars.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;

  const bigger = [...new Set(flowLines.map((l) => l.size).filter((s) => s >= bodySize + HEADING_STEP))].sort((a, b) => b - a);
  const headingSizes: number[] = [];
  for (const s of bigger) {
    const last = headingSizes[headingSizes.length - 1];
    if (last === undefined || last - s > SAME_SIZE) headingSizes.push(s);
  }

  // The most common ratio of baseline gap to size between neighbouring lines of equal size.
  const ratios = new Map<number, number>();
  for (const region of regions) {
    for (let i = 1; i < region.length; i++) {
      const a = region[i - 1];
      const b = region[i];
      if (!a || !b || Math.abs(a.size - b.size) > 0.1 || a.size <= 0) continue;
      const ratio = Math.round(((a.baseline - b.baseline) / a.size) * 100) / 100;
      if (ratio >= 0.9 && ratio <= 1.6) ratios.set(ratio, (ratios.get(ratio) ?? 0) + 1);
    }
  }
  const lineSpacing = [...ratios.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? DEFAULT_LINE_SPACING;
  return { bodySize, headingSizes, lineSpacing };
}

/** The heading level of a size outside tables, or undefined for body-sized text. */
export function headingLevelForSize(typography: Typography, size: number): number | undefined {
  if (size < typography.bodySize + HEADING_STEP) return undefined;
  let best: number | undefined;
  let bestDistance = Infinity;
  typography.headingSizes.forEach((s, i) => {
    const d = Math.abs(s - size);
    if (d < bestDistance) {
      bestDistance = d;
      best = i + 1;
    }
  });
  return best;
}
