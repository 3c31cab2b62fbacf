/**
 * Turns OCR'd words (pixel boxes) into the TextRuns the PDF converter builds lines and
 * paragraphs from (PDF user-space points, origin bottom-left, y up): one run per word, at its
 * box's left and right edges, on its baseline, with a space after it, in the font size
 * estimated for its line (letterHeights.ts). Bold is not told from the pixels and is left false.
 */
import type { TextRun } from '../types.js';
import { lineSizes } from './letterHeights.js';
import type { PixelFrame } from './pixelFrame.js';
import type { OcrWord } from './tesseractEngine.js';

/** Size used for a line without a single measurable letter ("—", "•"), in points. */
const FALLBACK_SIZE = 10;

export interface OcrRun extends TextRun {
  /** The OCR line the word was read on (words of one line share a size). */
  line: number;
  confidence: number;
}

/** Runs for the words, each word's size being its OCR line's estimate. */
export function wordsToRuns(words: readonly OcrWord[], frame: PixelFrame): OcrRun[] {
  const sizeOfLine = lineSizes(words, frame.scale);
  return words.map((w) => {
    const baseline = wordBaseline(w);
    const [ax, ay] = frame.toPdf(w.box.x0, baseline);
    const [bx, by] = frame.toPdf(w.box.x1, baseline);
    return {
      text: w.text,
      x0: Math.min(ax, bx),
      x1: Math.max(ax, bx),
      baseline: (ay + by) / 2,
      size: sizeOfLine.get(w.line) ?? FALLBACK_SIZE,
      bold: false,
      spaceAfter: true,
      line: w.line,
      confidence: w.confidence,
    };
  });
}

/** Letters and digits that stand on the baseline (no descender, as in Arial). */
const ON_BASELINE = /^[A-PR-Za-fhik-or-xz0-9]$/;

/**
 * The word's own baseline (pixels, y down): the median bottom of its letters that stand on
 * the baseline, else the baseline tesseract fitted to its line. A line tesseract runs across
 * two table cells gets one fitted baseline, which misplaces the words of whichever cell's
 * line sits higher or lower.
 */
function wordBaseline(w: OcrWord): number {
  const bottoms = w.symbols.filter((s) => ON_BASELINE.test(s.text)).map((s) => s.box.y1);
  return median(bottoms) ?? w.baseline;
}

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
