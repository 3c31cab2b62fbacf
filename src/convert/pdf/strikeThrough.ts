/**
 * Drops struck-through text. Forms strike out words that do not apply (Coventry prints "all
 * proposals 1-7 ~~this proposal~~"), and struck words are not part of the answer.
 *
 * A strike-through is a thin horizontal line crossing the glyphs' vertical middle. Cell
 * borders are told apart by position and length: they lie at the cell edges, below the
 * descenders or above the ascenders, and run past the text.
 *
 * Positions are PDF user-space points, origin bottom-left.
 */
import { characterEdges } from './charPositions.js';
import { overlap } from './geometry.js';
import type { Segment, TextRun } from './types.js';

/** Strike lines are hairlines; thicker bars are shading or rules. */
const MAX_STRIKE_WIDTH = 1.5;
/** The band, in font sizes above the baseline, where a strike-through crosses: x-height middle ± slack. */
const BAND_LOW = 0.12;
const BAND_HIGH = 0.55;
/** How far (points) a strike line may run past the text it crosses. */
const OVERRUN = 2;

/**
 * Removes the characters covered by strike-through lines. Returns the remaining runs and the
 * segments that were not strike-throughs (the ones left to build tables from).
 */
export function removeStruckText(runs: readonly TextRun[], segments: readonly Segment[]): { runs: TextRun[]; segments: Segment[] } {
  let current = [...runs];
  const kept: Segment[] = [];
  for (const seg of segments) {
    if (seg.orientation !== 'h' || seg.width > MAX_STRIKE_WIDTH) {
      kept.push(seg);
      continue;
    }
    const crossed = current.filter(
      (r) => seg.pos >= r.baseline + BAND_LOW * r.size && seg.pos <= r.baseline + BAND_HIGH * r.size && overlap(seg.from, seg.to, r.x0, r.x1) > 0,
    );
    if (crossed.length === 0) {
      kept.push(seg);
      continue;
    }
    const textX0 = Math.min(...crossed.map((r) => r.x0));
    const textX1 = Math.max(...crossed.map((r) => r.x1));
    if (seg.from < textX0 - OVERRUN || seg.to > textX1 + OVERRUN) {
      kept.push(seg); // runs past the text: a border or rule that happens to cross it
      continue;
    }
    const crossedSet = new Set(crossed);
    current = current.flatMap((r) => (crossedSet.has(r) ? dropCovered(r, seg.from, seg.to) : [r]));
  }
  return { runs: current, segments: kept };
}

/** The parts of a run left after removing the characters whose centres lie in [from, to]. */
export function dropCovered(run: TextRun, from: number, to: number): TextRun[] {
  const edges = characterEdges(run);
  const pieces: TextRun[] = [];
  let start = -1;
  const flush = (end: number, struckAfter: boolean): void => {
    if (start < 0) return;
    const text = run.text.slice(start, end);
    if (text.trim() !== '') {
      pieces.push({
        ...run,
        text,
        x0: edges[start] ?? run.x0,
        x1: edges[end] ?? run.x1,
        // Struck words were separated from their neighbours by spaces; keep one separator.
        spaceAfter: struckAfter || (end === run.text.length ? run.spaceAfter : /\s$/.test(text)),
      });
    }
    start = -1;
  };
  for (let i = 0; i < run.text.length; i++) {
    const centre = ((edges[i] ?? 0) + (edges[i + 1] ?? 0)) / 2;
    const struck = centre >= from && centre <= to;
    if (struck) flush(i, true);
    else if (start < 0) start = i;
  }
  flush(run.text.length, false);
  return pieces;
}
