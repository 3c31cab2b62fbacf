/**
 * Groups text runs into lines: runs whose baselines agree (within a share of the font size,
 * so superscripts stay on their line) are one line, read left to right. Spaces go where the
 * PDF drew one or where the gap between runs is wider than letter spacing.
 *
 * Positions are PDF user-space points, origin bottom-left.
 */
import type { TextLine, TextRun } from './types.js';

/** Baselines within this share of the larger font size are the same line. */
const SAME_LINE = 0.4;
/** A gap wider than this share of the font size between two runs is a word space. */
const WORD_GAP = 0.12;
/** Glyph box above and below the baseline, in font sizes (Arial's ascent and descent, rounded). */
const ASCENT = 0.9;
const DESCENT = 0.22;

/** Groups runs (in any order) into lines, top to bottom. */
export function groupRunsIntoLines(runs: readonly TextRun[]): TextLine[] {
  const sorted = [...runs].sort((a, b) => b.baseline - a.baseline || a.x0 - b.x0);
  const groups: Array<{ runs: TextRun[]; ref: TextRun }> = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(group.ref.baseline - run.baseline) <= SAME_LINE * Math.max(group.ref.size, run.size)) {
      group.runs.push(run);
      // The line's baseline is that of its biggest text, not of a superscript that came first.
      if (run.size > group.ref.size + 0.5) group.ref = run;
    } else {
      groups.push({ runs: [run], ref: run });
    }
  }
  return groups.map((g) => buildLine(dedupe(g.runs.sort((a, b) => a.x0 - b.x0)), g.ref.baseline)).filter((l) => l.text !== '');
}

/** Drops runs drawn twice at (almost) the same spot: some producers fake bold or shadows that way. */
function dedupe(runs: readonly TextRun[]): TextRun[] {
  const out: TextRun[] = [];
  for (const r of runs) {
    if (out.some((o) => o.text === r.text && Math.abs(o.x0 - r.x0) < 1.5 && Math.abs(o.baseline - r.baseline) < 1)) continue;
    out.push(r);
  }
  return out;
}

/** Normalises whitespace within a run's text: any whitespace (NBSP included) becomes one space. */
export function normaliseSpaces(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ');
}

/** Builds a line from runs sorted left to right. */
export function buildLine(runs: readonly TextRun[], baseline: number): TextLine {
  let text = '';
  const bold: Array<[number, number]> = [];
  const sizeChars = new Map<number, number>();
  let prev: TextRun | undefined;
  for (const run of runs) {
    const piece = normaliseSpaces(run.text);
    if (prev) {
      const gap = run.x0 - prev.x1;
      const wantsSpace = prev.spaceAfter || gap > WORD_GAP * Math.min(prev.size, run.size);
      if (wantsSpace && !text.endsWith(' ') && !piece.startsWith(' ')) text += ' ';
    }
    const trimmed = piece.trim();
    if (trimmed !== '') {
      if (text !== '' && piece.startsWith(' ') && !text.endsWith(' ')) text += ' ';
      const start = text.length;
      text += trimmed;
      if (run.bold) addRange(bold, start, text.length, text);
      if (piece.endsWith(' ')) text += ' ';
      const size = Math.round(run.size * 10) / 10;
      sizeChars.set(size, (sizeChars.get(size) ?? 0) + trimmed.length);
    }
    prev = run;
  }
  const trimmedEnd = text.replace(/ +$/, '');
  const size = [...sizeChars.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? runs[0]?.size ?? 0;
  const maxSize = Math.max(size, ...runs.map((r) => r.size));
  return {
    runs: [...runs],
    text: trimmedEnd,
    bold,
    x0: Math.min(...runs.map((r) => r.x0)),
    x1: Math.max(...runs.map((r) => r.x1)),
    baseline,
    size,
    bottom: baseline - DESCENT * maxSize,
    top: baseline + ASCENT * maxSize,
  };
}

/** Adds [start, end) to sorted bold ranges, joining it to the previous range when only spaces lie between. */
function addRange(ranges: Array<[number, number]>, start: number, end: number, text: string): void {
  const last = ranges[ranges.length - 1];
  if (last && text.slice(last[1], start).trim() === '') last[1] = end;
  else ranges.push([start, end]);
}
