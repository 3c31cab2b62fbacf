/**
 * Precision, recall and F1 over scored units: micro over a set of units (the corpus), macro
 * as the mean of per-record F1 so that one long form does not outweigh the rest.
 */
import type { ScoredUnit } from './types.js';

export interface Tally {
  /** Units both stated and right. */
  tp: number;
  /** Units the actual record states. */
  stated: number;
  /** Units the expected record states. */
  expected: number;
}

export interface Prf extends Tally {
  precision: number;
  recall: number;
  f1: number;
}

export function tally(units: Iterable<ScoredUnit>): Tally {
  const t: Tally = { tp: 0, stated: 0, expected: 0 };
  for (const u of units) {
    if (u.expected !== null) t.expected++;
    if (u.actual !== null) t.stated++;
    if (u.correct) t.tp++;
  }
  return t;
}

export function prf(t: Tally): Prf {
  const precision = t.stated ? t.tp / t.stated : 0;
  const recall = t.expected ? t.tp / t.expected : 0;
  return { ...t, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Whether a record has any unit that counts (the scorer lists only those). */
export function counts(units: readonly ScoredUnit[]): boolean {
  return units.some((u) => u.expected !== null || u.actual !== null);
}

/** Mean per-record F1 over the records that have any unit that counts. */
export function macroF1(records: ReadonlyArray<readonly ScoredUnit[]>): number {
  const scores = records.filter(counts).map((units) => prf(tally(units)).f1);
  return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 0;
}

/** Micro P/R/F1 per label, for any labelling of units (by kind, by record, by template…). */
export function prfBy<T>(items: Iterable<T>, labelsOf: (item: T) => readonly string[], unitsOf: (item: T) => readonly ScoredUnit[]): Map<string, Prf> {
  const tallies = new Map<string, Tally>();
  for (const item of items) {
    const units = unitsOf(item);
    if (!counts(units)) continue;
    const t = tally(units);
    for (const label of labelsOf(item)) {
      const acc = tallies.get(label) ?? { tp: 0, stated: 0, expected: 0 };
      tallies.set(label, { tp: acc.tp + t.tp, stated: acc.stated + t.stated, expected: acc.expected + t.expected });
    }
  }
  return new Map([...tallies].map(([k, t]) => [k, prf(t)]));
}
