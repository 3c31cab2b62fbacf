/**
 * How much of what its form asks for a record holds (FormEvidence against the record), and
 * the reasons, if any, a record is missing what its form always has. One record-level
 * measure feeds every value's confidence: a reader that lost most of a grid's rows is out of
 * its depth on that document, and its other values are less sure too.
 */
import type { Eia, Provenance } from '../../model/record.js';
import type { FormEvidence } from './formEvidence.js';

export interface RecordCoverage {
  /** Share of the characteristics the form names as labels that have no impact row in the record (0 when the form names fewer than GRID_MIN). */
  gridMissing: number;
  /** Share of the document's text the record's values came from (provenance ranges, overlaps counted once). */
  textUsed: number;
  /** No title. */
  noTitle: boolean;
  /** The form prints a sign-off block and the record names no one. */
  noSignOff: boolean;
}

/** A form that names this many characteristics as labels has an impact grid. */
export const GRID_MIN = 5;

/** Why a record needs review whatever its confidences say: it lacks what its form always has. */
export type ReviewReason = 'no-impact-rows' | 'most-impact-rows-missing' | 'no-title' | 'no-sign-off';

/**
 * Distinct characteristics with an impact row that says something: a row whose rating was not
 * read and that has no narrative (a grid whose marks were cell shading, lost with the colours)
 * is the form's row without its answer, not a row read.
 */
function characteristicsRead(eia: Eia): number {
  const said = eia.impacts.filter((i) => i.characteristic !== null && (i.rating !== 'not-stated' || i.narrative !== null));
  return new Set(said.map((i) => i.characteristic)).size;
}

/** Characters covered by the ranges, each counted once. */
function covered(ranges: ReadonlyArray<{ start: number; end: number }>): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = -Infinity;
  for (const r of sorted) {
    const from = Math.max(r.start, reach);
    if (r.end > from) total += r.end - from;
    reach = Math.max(reach, r.end);
  }
  return total;
}

export function recordCoverage(eia: Eia, provenance: Readonly<Record<string, Provenance>>, form: FormEvidence): RecordCoverage {
  const labels = form.characteristicLabels;
  const read = characteristicsRead(eia);
  return {
    gridMissing: labels >= GRID_MIN ? Math.max(0, 1 - read / labels) : 0,
    textUsed: form.textChars > 0 ? Math.min(1, covered(Object.values(provenance)) / form.textChars) : 0,
    noTitle: eia.title === null,
    noSignOff: form.signOff && eia.people.length === 0,
  };
}

/**
 * The reasons a record needs review for what it lacks: no impact row although the form has a
 * grid, fewer than half the grid's characteristics read, no title, no one named although the
 * form has a sign-off block.
 */
export function reviewReasons(c: RecordCoverage): ReviewReason[] {
  const out: ReviewReason[] = [];
  if (c.gridMissing === 1) out.push('no-impact-rows');
  else if (c.gridMissing > 0.5) out.push('most-impact-rows-missing');
  if (c.noTitle) out.push('no-title');
  if (c.noSignOff) out.push('no-sign-off');
  return out;
}
