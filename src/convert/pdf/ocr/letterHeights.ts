/**
 * Estimates the font size of OCR'd text from the heights of its letters' boxes: lowercase
 * letters without ascenders stand one x-height tall, capitals, digits and ascender letters one
 * cap height. Arial's proportions are used (the corpus's font, and close to most sans serifs).
 *
 * A box is whole pixels, about a third of a point at 200 dpi, against an x-height of about
 * five points, so one letter says little: a line's estimate is the trimmed mean over its
 * letters, and a line with few letters ("needs.", "No") borrows its tesseract paragraph's.
 *
 * Heights in points.
 */
import type { OcrWord } from './tesseractEngine.js';

/** Arial's x-height and cap height, in ems. */
const X_HEIGHT = 0.519;
const CAP_HEIGHT = 0.716;
const X_HEIGHT_LETTERS = new Set('acemnorsuvwxz');
const CAP_HEIGHT_LETTERS = new Set('ABCDEFGHIKLMNOPRSTUVWXYZbdhkl0123456789');
/**
 * How much taller (points) a letter's box is than the letter: blur and thresholding widen
 * every glyph, and round lowercase letters overshoot the x-height at top and bottom.
 * Measured on the corpus scan (10.5 pt Arial, scanned at 150 dpi, read at 200 dpi).
 */
const X_GROWTH = 0.65;
const CAP_GROWTH = 0.25;
/** Lines with fewer measurable letters than this take their paragraph's estimate. */
const MIN_LETTERS = 15;
/** Share of the smallest and of the largest estimates left out of the mean. */
const TRIM = 0.2;

/** The em size a letter whose box is `height` tall implies, or undefined when its height says nothing. */
export function emFromLetter(letter: string, height: number): number | undefined {
  if (X_HEIGHT_LETTERS.has(letter)) return height > X_GROWTH ? (height - X_GROWTH) / X_HEIGHT : undefined;
  if (CAP_HEIGHT_LETTERS.has(letter)) return height > CAP_GROWTH ? (height - CAP_GROWTH) / CAP_HEIGHT : undefined;
  return undefined;
}

/** The estimated font size (points) of each OCR line that has measurable letters, or whose paragraph has. */
export function lineSizes(words: readonly OcrWord[], scale: number): Map<number, number> {
  const byLine = new Map<number, number[]>();
  const byParagraph = new Map<number, number[]>();
  const paragraphOf = new Map<number, number>();
  for (const w of words) {
    paragraphOf.set(w.line, w.paragraph);
    const line = byLine.get(w.line) ?? [];
    const paragraph = byParagraph.get(w.paragraph) ?? [];
    for (const s of w.symbols) {
      const em = emFromLetter(s.text, (s.box.y1 - s.box.y0) / scale);
      if (em === undefined) continue;
      line.push(em);
      paragraph.push(em);
    }
    byLine.set(w.line, line);
    byParagraph.set(w.paragraph, paragraph);
  }
  const out = new Map<number, number>();
  for (const [line, estimates] of byLine) {
    const pooled = byParagraph.get(paragraphOf.get(line) ?? -1) ?? [];
    const size = trimmedMean(estimates.length >= MIN_LETTERS || pooled.length === 0 ? estimates : pooled);
    if (size !== undefined) out.set(line, size);
  }
  return out;
}

export function trimmedMean(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length * TRIM);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((sum, v) => sum + v, 0) / kept.length;
}
