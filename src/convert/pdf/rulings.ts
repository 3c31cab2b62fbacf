/**
 * Cleans up the rulings a page draws before tables are built from them: collinear pieces are
 * joined (Word and LibreOffice draw one border per cell, overlapping at the corners) and fill
 * edges are added, because a shaded cell's background also marks where the cell ends.
 *
 * Positions are PDF user-space points, origin bottom-left.
 */
import type { Fill, Segment } from './types.js';

/** A ruling, remembering whether it was drawn as a line (true) or only implied by a fill's edge. */
export interface Ruling extends Segment {
  stroked: boolean;
}

/** Rulings whose positions differ by less than this (points) are the same grid line. */
export const SAME_LINE_TOLERANCE = 1.5;
/** Collinear pieces separated by no more than this gap (points) are one ruling. */
const JOIN_GAP = 2;

/** The four edges of every fill, as unstroked rulings. */
export function fillEdges(fills: readonly Fill[]): Ruling[] {
  const out: Ruling[] = [];
  for (const f of fills) {
    out.push(
      { orientation: 'h', pos: f.y0, from: f.x0, to: f.x1, width: 0, stroked: false },
      { orientation: 'h', pos: f.y1, from: f.x0, to: f.x1, width: 0, stroked: false },
      { orientation: 'v', pos: f.x0, from: f.y0, to: f.y1, width: 0, stroked: false },
      { orientation: 'v', pos: f.x1, from: f.y0, to: f.y1, width: 0, stroked: false },
    );
  }
  return out;
}

/**
 * Joins rulings that lie on one line and touch or overlap into single rulings. A joined
 * ruling counts as stroked when any of its pieces was.
 */
export function mergeCollinear(rulings: readonly Ruling[]): Ruling[] {
  const out: Ruling[] = [];
  for (const orientation of ['h', 'v'] as const) {
    const group = rulings.filter((r) => r.orientation === orientation).sort((a, b) => a.pos - b.pos);
    // Bucket by position first, then join along the line.
    let bucket: Ruling[] = [];
    const flush = (): void => {
      if (bucket.length > 0) out.push(...joinAlongLine(bucket));
      bucket = [];
    };
    for (const r of group) {
      const first = bucket[0];
      if (first && r.pos - first.pos > SAME_LINE_TOLERANCE) flush();
      bucket.push(r);
    }
    flush();
  }
  return out;
}

function joinAlongLine(bucket: readonly Ruling[]): Ruling[] {
  const sorted = [...bucket].sort((a, b) => a.from - b.from);
  const out: Ruling[] = [];
  let cur: (Ruling & { posSum: number; count: number }) | undefined;
  for (const r of sorted) {
    if (cur && r.from <= cur.to + JOIN_GAP) {
      cur.to = Math.max(cur.to, r.to);
      cur.width = Math.max(cur.width, r.width);
      cur.stroked = cur.stroked || r.stroked;
      cur.posSum += r.pos;
      cur.count += 1;
      continue;
    }
    if (cur) out.push(finish(cur));
    cur = { ...r, posSum: r.pos, count: 1 };
  }
  if (cur) out.push(finish(cur));
  return out;
}

function finish(r: Ruling & { posSum: number; count: number }): Ruling {
  return { orientation: r.orientation, pos: r.posSum / r.count, from: r.from, to: r.to, width: r.width, stroked: r.stroked };
}
