/**
 * Restores list bullets. Tesseract has no class for "•" worth the name and reads a bullet as
 * "«", "+", "*", "." or glues it to the next word ("«Meets"); the converter's list detection
 * looks for "•". A bullet is recognised by shape and place instead of by reading: a small,
 * roughly square blob (a third to two thirds of the x-height each way) floating at the middle
 * of the x-height, at the start of a line or of a column of text (after a wide gap). A "*"
 * or a quote mark stands higher, and a hyphen is far flatter, so they keep their reading.
 *
 * Pixel space: origin top-left, y down.
 */
import type { OcrSymbol, OcrWord } from './tesseractEngine.js';

const X_HEIGHT_LETTERS = /^[acemnorsuvwxz]$/;
/** A bullet's width and height, as shares of the line's x-height. */
const MIN_SIZE = 0.3;
const MAX_SIZE = 0.7;
/** Where a bullet's vertical centre lies above the baseline, as shares of the x-height. */
const MIN_CENTRE = 0.15;
const MAX_CENTRE = 0.8;
/** A gap wider than this many x-heights before a word starts a new column of text. */
const COLUMN_GAP = 1.5;

export const BULLET = '•';

export function restoreBullets(words: readonly OcrWord[]): OcrWord[] {
  const xHeights = lineXHeights(words);
  const out: OcrWord[] = [];
  let previous: OcrWord | undefined;
  for (const w of words) {
    const xh = xHeights.get(w.line);
    const first = w.symbols[0];
    const starts = !previous || previous.line !== w.line || w.box.x0 - previous.box.x1 > COLUMN_GAP * (xh ?? Infinity);
    previous = w;
    if (xh === undefined || !first || !starts || !bulletShaped(first, w.baseline, xh)) {
      out.push(w);
      continue;
    }
    const rest = w.symbols.slice(1);
    const restText = rest.map((s) => s.text).join('');
    out.push({ ...w, text: BULLET, box: first.box, symbols: [{ text: BULLET, box: first.box }] });
    // A bullet glued to its word ("«Meets") is split from it; other marks read with it ("«+") go.
    if (/[\p{L}\p{N}]/u.test(restText)) {
      const start = rest.findIndex((s) => /[\p{L}\p{N}]/u.test(s.text));
      const kept = rest.slice(start);
      out.push({ ...w, text: kept.map((s) => s.text).join(''), box: { ...w.box, x0: kept[0]?.box.x0 ?? w.box.x0 }, symbols: kept });
    }
  }
  return out;
}

function bulletShaped(s: OcrSymbol, baseline: number, xh: number): boolean {
  if (/[\p{L}\p{N}]/u.test(s.text)) return false;
  const w = s.box.x1 - s.box.x0;
  const h = s.box.y1 - s.box.y0;
  const centre = (baseline - (s.box.y0 + s.box.y1) / 2) / xh;
  return w >= MIN_SIZE * xh && w <= MAX_SIZE * xh && h >= MIN_SIZE * xh && h <= MAX_SIZE * xh && centre >= MIN_CENTRE && centre <= MAX_CENTRE;
}

/** The median height (pixels) of each line's x-height letters; lines without any are left out. */
function lineXHeights(words: readonly OcrWord[]): Map<number, number> {
  const heights = new Map<number, number[]>();
  for (const w of words) {
    for (const s of w.symbols) {
      if (!X_HEIGHT_LETTERS.test(s.text)) continue;
      const list = heights.get(w.line) ?? [];
      list.push(s.box.y1 - s.box.y0);
      heights.set(w.line, list);
    }
  }
  const out = new Map<number, number>();
  for (const [line, list] of heights) {
    list.sort((a, b) => a - b);
    const m = list[list.length >> 1];
    if (m !== undefined && m > 0) out.set(line, m);
  }
  return out;
}
