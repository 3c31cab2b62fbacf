/**
 * Re-reads dashes that stand between words by their length. Tesseract picks among "-", "–"
 * and "—" (and "~", or two marks for one dash) almost at random at scan resolutions, while
 * their lengths differ plainly: in Arial a hyphen's ink is about half an x-height long, an en
 * dash's about one, an em dash's about two.
 *
 * Pixel space: origin top-left, y down.
 */
import type { OcrWord } from './tesseractEngine.js';

const DASHES = /^[-‐‑‒–—―~]+$/u;
const X_HEIGHT_LETTERS = /^[acemnorsuvwxz]$/;
/** Ink lengths (in x-heights) that separate a hyphen from an en dash, and an en dash from an em dash. */
const EN_FROM = 0.75;
const EM_FROM = 1.5;

export function respellDashes(words: readonly OcrWord[]): OcrWord[] {
  const xHeights = new Map<number, number[]>();
  for (const w of words) {
    for (const s of w.symbols) {
      if (!X_HEIGHT_LETTERS.test(s.text)) continue;
      const list = xHeights.get(w.line) ?? [];
      list.push(s.box.y1 - s.box.y0);
      xHeights.set(w.line, list);
    }
  }
  return words.map((w) => {
    if (!DASHES.test(w.text)) return w;
    const heights = (xHeights.get(w.line) ?? []).sort((a, b) => a - b);
    const xh = heights[heights.length >> 1];
    if (xh === undefined || xh <= 0) return w;
    const length = (w.box.x1 - w.box.x0) / xh;
    const text = length >= EM_FROM ? '—' : length >= EN_FROM ? '–' : '-';
    return { ...w, text, symbols: [{ text, box: w.box }] };
  });
}
