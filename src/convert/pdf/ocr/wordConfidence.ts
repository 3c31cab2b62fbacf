/**
 * Puts each OCR'd word's confidence on the paragraph it ended up in (`Paragraph.ocrWords`),
 * so that extraction can tell a value read from words tesseract was sure of from one read
 * from words it guessed at.
 *
 * Words are found again by place, not carried through line and paragraph building (which
 * joins, de-hyphenates and re-spells them): a word belongs to the paragraph on its page whose
 * box holds its centre and baseline, and is looked for in the paragraph's text in reading
 * order. A word not found as written (hyphenation joined it, a repeated header took the text
 * layer's reading) is left out: its paragraph's other words still speak for it.
 *
 * Positions are PDF user-space points (origin bottom-left, y up).
 */
import type { Block, Paragraph } from '../../../model/layout.js';

export interface OcrWordPlace {
  page: number;
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  /** Tesseract's confidence, 0–100. */
  confidence: number;
}

/** How far (points) a word may stand outside its paragraph's box: boxes are drawn round glyphs, words' baselines sit inside. */
const SLACK = 2;

/** The blocks with `ocrWords` set on every paragraph that holds OCR'd words. */
export function attachWordConfidence(blocks: Block[], words: readonly OcrWordPlace[]): Block[] {
  const byPage = new Map<number, OcrWordPlace[]>();
  for (const w of words) {
    const list = byPage.get(w.page) ?? [];
    list.push(w);
    byPage.set(w.page, list);
  }
  const withWords = (p: Paragraph): Paragraph => {
    const page = p.span.page;
    const box = p.span.bbox;
    if (page === null || box === undefined) return p;
    const inside = (byPage.get(page) ?? []).filter((w) => {
      const cx = (w.x0 + w.x1) / 2;
      return cx >= box[0] - SLACK && cx <= box[2] + SLACK && w.baseline >= box[1] - SLACK && w.baseline <= box[3] + SLACK;
    });
    const ranges = locate(p.text, readingOrder(inside));
    return ranges.length > 0 ? { ...p, ocrWords: ranges } : p;
  };
  return blocks.map((b) =>
    b.type === 'paragraph'
      ? withWords(b)
      : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, paragraphs: c.paragraphs.map(withWords) })) })) },
  );
}

/** Words whose baselines are this close (points) are on one line. */
const SAME_LINE = 3;

/** Top line first (highest baseline), each line left to right. */
function readingOrder(words: readonly OcrWordPlace[]): OcrWordPlace[] {
  const byHeight = [...words].sort((a, b) => b.baseline - a.baseline);
  const lines: OcrWordPlace[][] = [];
  for (const w of byHeight) {
    const line = lines[lines.length - 1];
    if (line && (line[0]?.baseline ?? Infinity) - w.baseline <= SAME_LINE) line.push(w);
    else lines.push([w]);
  }
  return lines.flatMap((line) => line.sort((a, b) => a.x0 - b.x0));
}

/** [start, end, confidence 0–1] of each word found in `text`, searching on from the last one found. */
export function locate(text: string, words: readonly OcrWordPlace[]): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  let cursor = 0;
  for (const w of words) {
    const at = text.indexOf(w.text, cursor);
    // A word far ahead of the cursor is another occurrence, not this word: lines came out in another order.
    if (at < 0 || at - cursor > 3 * w.text.length + 40) continue;
    out.push([at, at + w.text.length, round(Math.max(0, Math.min(100, w.confidence)) / 100)]);
    cursor = at + w.text.length;
  }
  return out;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
