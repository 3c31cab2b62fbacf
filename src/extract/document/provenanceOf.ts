/**
 * Evidence pieces → a provenance entry: the page and box of the first piece, and the
 * [start, end) range in the layout's text from the first piece's start to the last's end.
 */
import type { Provenance } from '../../model/record.js';
import type { Piece } from './valueRegion.js';
import { PARAGRAPH_JOIN, type Unit } from './documentView.js';

/** Layout-text offset of a character offset in a unit's text. */
function layoutOffset(unit: Unit, at: number): { offset: number; paragraph: number } {
  let k = 0;
  while (k + 1 < unit.paragraphOffsets.length && unit.paragraphOffsets[k + 1]! <= at) k++;
  const p = unit.paragraphs[k];
  if (!p) return { offset: unit.span.start, paragraph: 0 };
  const within = Math.min(Math.max(0, at - unit.paragraphOffsets[k]!), p.text.length);
  return { offset: p.span.start + within, paragraph: k };
}

export function provenanceOf(pieces: Piece[]): Provenance | null {
  const real = pieces.filter((p) => p.to > p.from);
  const first = real[0];
  const last = real[real.length - 1];
  if (!first || !last) return null;
  const start = layoutOffset(first.unit, first.from);
  // `to` is exclusive; step back one character so a range ending at a paragraph join stays in it.
  const endAt = Math.max(last.from, last.to - (last.unit.text.slice(last.to - PARAGRAPH_JOIN.length, last.to) === PARAGRAPH_JOIN ? PARAGRAPH_JOIN.length : 0));
  const end = layoutOffset(last.unit, endAt);
  const para = first.unit.paragraphs[start.paragraph];
  const page = para?.span.page ?? first.unit.span.page ?? null;
  const bbox = para?.span.bbox ?? first.unit.span.bbox;
  return { page, ...(bbox ? { bbox } : {}), start: start.offset, end: Math.max(end.offset, start.offset) };
}
