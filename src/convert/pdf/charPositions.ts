/**
 * Where each character of a text run lies horizontally, estimated from standard Helvetica
 * advance widths (Arial and Liberation Sans share them) scaled to the run's measured width.
 *
 * pdf.js reports one width per text item, not per glyph, but two steps need positions inside
 * an item: splitting an item that crosses a table cell border, and dropping the characters
 * that a strike-through line covers. Scaling to the measured width keeps the error to a
 * fraction of a character even for other fonts.
 */
import type { TextRun } from './types.js';

/** Helvetica advance widths (1/1000 em) for U+0020 … U+007E. */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0 … 9
  278, 278, 584, 584, 584, 556, 1015, // : ; < = > ? @
  667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, // A … M
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // N … Z
  278, 278, 278, 469, 556, 333, // [ \ ] ^ _ `
  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, // a … m
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // n … z
  334, 260, 334, 584, // { | } ~
];

/** Width of characters outside ASCII (letters with accents, £, curly quotes, ☐): a typical letter. */
const DEFAULT_WIDTH = 556;

function advance(ch: string): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 0x20 && code <= 0x7e) return ASCII_WIDTHS[code - 0x20] ?? DEFAULT_WIDTH;
  if (code === 0xa0) return 278; // no-break space
  if (code === 0x2013) return 556; // en dash
  if (code === 0x2014) return 1000; // em dash
  if (code === 0x2018 || code === 0x2019) return 222;
  if (code === 0x201c || code === 0x201d) return 333;
  if (code === 0x2022) return 350; // bullet
  return DEFAULT_WIDTH;
}

/**
 * The x edges of every character of the run: `edges[i]` is where character i starts and
 * `edges[i + 1]` where it ends (points). Characters are UTF-16 code units, as in `run.text`.
 */
export function characterEdges(run: Pick<TextRun, 'text' | 'x0' | 'x1'>): number[] {
  const widths = Array.from(run.text, (ch) => [ch.length, advance(ch)] as const);
  const total = widths.reduce((sum, [, w]) => sum + w, 0);
  const scale = total > 0 ? (run.x1 - run.x0) / total : 0;
  const edges = [run.x0];
  let x = run.x0;
  for (const [units, w] of widths) {
    // A surrogate pair is two code units: give the first none of the width so offsets stay aligned.
    for (let i = 1; i < units; i++) edges.push(x);
    x += w * scale;
    edges.push(x);
  }
  return edges;
}

/**
 * Splits a run at the given x positions (sorted ascending), cutting between characters at the
 * character boundary nearest each position. Returns the non-empty pieces left to right; only
 * the last piece keeps the run's `spaceAfter`.
 */
export function splitRunAt(run: TextRun, cuts: readonly number[]): TextRun[] {
  const inside = cuts.filter((x) => x > run.x0 && x < run.x1);
  if (inside.length === 0) return [run];
  const edges = characterEdges(run);
  const pieces: TextRun[] = [];
  let start = 0;
  for (const cut of inside) {
    // The first character whose centre lies right of the cut starts the next piece.
    let end = start;
    while (end < run.text.length && ((edges[end] ?? 0) + (edges[end + 1] ?? 0)) / 2 < cut) end++;
    if (end > start) pieces.push(piece(run, edges, start, end, false));
    start = end;
  }
  if (start < run.text.length) pieces.push(piece(run, edges, start, run.text.length, run.spaceAfter));
  return pieces.filter((p) => p.text.trim() !== '');
}

function piece(run: TextRun, edges: readonly number[], start: number, end: number, spaceAfter: boolean): TextRun {
  return {
    ...run,
    text: run.text.slice(start, end),
    x0: edges[start] ?? run.x0,
    x1: edges[end] ?? run.x1,
    spaceAfter: spaceAfter || /\s$/.test(run.text.slice(start, end)),
  };
}
