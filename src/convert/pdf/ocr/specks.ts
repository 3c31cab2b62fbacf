/**
 * Drops OCR "words" that are noise: tesseract reads specks of scanner noise, stray dots and
 * leftovers of rulings as short low-confidence tokens ("i", "wg", "8)") standing apart from
 * real text, typically in the wide gap between a footer's left and right texts. Such tokens
 * would also stop those texts from being recognised as the same footer on every page.
 *
 * A group of words on one OCR line with wide gaps on both sides is noise when every word in
 * it has low confidence and it has only a few characters. Low-confidence words next to other
 * words are kept: tesseract often reads real words ("3.1", "Issues") right while reporting
 * low confidence.
 *
 * Runs after restoreBullets (bullets.ts), whose bullets it leaves alone.
 *
 * Pixel space: origin top-left, y down.
 */
import { BULLET } from './bullets.js';
import type { OcrWord } from './tesseractEngine.js';

/** Gap (in the line's median word height) that separates groups of words on one line. */
const GROUP_GAP = 2;
/** Every word of a noise group is less sure than this (0–100). */
const NOISE_CONFIDENCE = 50;
/** A noise group has at most this many characters. */
const NOISE_CHARS = 5;

export function dropSpecks(words: readonly OcrWord[]): OcrWord[] {
  const byLine = new Map<number, OcrWord[]>();
  for (const w of words) {
    const list = byLine.get(w.line) ?? [];
    list.push(w);
    byLine.set(w.line, list);
  }
  const noise = new Set<OcrWord>();
  for (const line of byLine.values()) {
    const sorted = [...line].sort((a, b) => a.box.x0 - b.box.x0);
    const heights = sorted.map((w) => w.box.y1 - w.box.y0).sort((a, b) => a - b);
    const gap = GROUP_GAP * (heights[heights.length >> 1] ?? 0);
    let group: OcrWord[] = [];
    const judge = (): void => {
      const chars = group.reduce((n, w) => n + w.text.length, 0);
      // A restored bullet is low-confidence and stands apart from its text, but is no noise.
      const low = group.every((w) => w.confidence < NOISE_CONFIDENCE && w.text !== BULLET);
      if (group.length > 0 && chars <= NOISE_CHARS && low) for (const w of group) noise.add(w);
      group = [];
    };
    for (const w of sorted) {
      const last = group[group.length - 1];
      if (last && w.box.x0 - last.box.x1 > gap) judge();
      group.push(w);
    }
    judge();
  }
  return words.filter((w) => !noise.has(w));
}
