/**
 * The review thresholds, one per reader, chosen on out-of-fold predictions: the pair that
 * flags the fewest values while at least TARGETS.minWrongCaught of all wrong values fall below
 * their reader's threshold. The templates' values are almost always right and the generic
 * reader's often wrong, so one shared threshold high enough to catch the generic reader's
 * mistakes flagged many right template values for little; two thresholds spend the review
 * work where the mistakes are. Judged on the same predictions they were chosen on, the catch
 * is at the target by construction; `thresholdsLeftOut` chooses each family's thresholds
 * without it too, which says what a family never seen should expect.
 */
import { expectedCalibrationError, type CalibrationPoint } from './calibration.js';
import { READERS, thresholdFor, type Reader, type ReviewThresholds } from '../model/reviewThresholds.js';

/** Issue 9's targets on families left out of the fit. */
export const TARGETS = { maxEce: 0.05, minWrongCaught: 0.8, maxFlagged: 0.2 } as const;

export interface ReaderPoint extends CalibrationPoint {
  reader: Reader;
}

/**
 * Candidate thresholds: 0.5 to 0.995 in steps of 0.0025. Never below 0.5: a value more
 * likely wrong than right always goes to a reviewer, whatever the trade-off says.
 */
const CANDIDATES: readonly number[] = Array.from({ length: 199 }, (_, k) => (200 + k) / 400);

/** For each candidate, how many of `points` fall below it, and how many of those are wrong. */
function counts(points: readonly CalibrationPoint[]): Array<{ flagged: number; caught: number }> {
  return CANDIDATES.map((t) => {
    let flagged = 0;
    let caught = 0;
    for (const p of points) {
      if (p.confidence >= t) continue;
      flagged++;
      if (!p.correct) caught++;
    }
    return { flagged, caught };
  });
}

/**
 * The thresholds (every pair tried; ties go to more wrong values caught, then to the lower
 * thresholds). No pair reaching the target: the highest for both.
 */
export function chooseThresholds(points: readonly ReaderPoint[], minCaught: number = TARGETS.minWrongCaught): ReviewThresholds {
  const wrong = points.filter((p) => !p.correct).length;
  const need = Math.ceil(minCaught * wrong - 1e-9);
  const [a, b] = READERS as [Reader, Reader];
  const ca = counts(points.filter((p) => p.reader === a));
  const cb = counts(points.filter((p) => p.reader === b));
  let best: { i: number; j: number; flagged: number; caught: number } | null = null;
  for (let i = 0; i < CANDIDATES.length; i++) {
    for (let j = 0; j < CANDIDATES.length; j++) {
      const flagged = ca[i]!.flagged + cb[j]!.flagged;
      const caught = ca[i]!.caught + cb[j]!.caught;
      if (caught < need) continue;
      if (!best || flagged < best.flagged || (flagged === best.flagged && caught > best.caught)) best = { i, j, flagged, caught };
    }
  }
  const top = CANDIDATES[CANDIDATES.length - 1]!;
  return best ? ({ [a]: CANDIDATES[best.i]!, [b]: CANDIDATES[best.j]! } as ReviewThresholds) : { templates: top, generic: top };
}

export interface ThresholdQuality {
  units: number;
  wrong: number;
  ece: number;
  /** Share of wrong values below their reader's threshold (1 with none wrong). */
  wrongBelowThreshold: number;
  /** Share of all values below their reader's threshold. */
  flaggedShare: number;
}

/** How `points` fare with each judged at its reader's threshold (or at one number for all). */
export function qualityAt(points: readonly ReaderPoint[], thresholds: number | ReviewThresholds): ThresholdQuality {
  const below = (p: ReaderPoint): boolean => p.confidence < thresholdFor(thresholds, p.reader);
  const wrong = points.filter((p) => !p.correct);
  return {
    units: points.length,
    wrong: wrong.length,
    ece: expectedCalibrationError(points) ?? 0,
    wrongBelowThreshold: wrong.length ? wrong.filter(below).length / wrong.length : 1,
    flaggedShare: points.length ? points.filter(below).length / points.length : 0,
  };
}

/**
 * The catch and flagged share when each family's values are judged at thresholds chosen on
 * the other families' points only (nested within the leave-one-family-out predictions).
 */
export function thresholdsLeftOut(points: readonly ReaderPoint[], familyOf: readonly string[]): { wrongBelowThreshold: number; flaggedShare: number } {
  const families = [...new Set(familyOf)].sort();
  let flagged = 0;
  let caught = 0;
  for (const f of families) {
    const t = chooseThresholds(points.filter((_, i) => familyOf[i] !== f));
    for (const [i, p] of points.entries()) {
      if (familyOf[i] !== f || p.confidence >= thresholdFor(t, p.reader)) continue;
      flagged++;
      if (!p.correct) caught++;
    }
  }
  const wrong = points.filter((p) => !p.correct).length;
  return { wrongBelowThreshold: wrong ? caught / wrong : 1, flaggedShare: points.length ? flagged / points.length : 0 };
}
