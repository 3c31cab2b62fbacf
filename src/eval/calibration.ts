/**
 * How well confidences are calibrated: expected calibration error over equal-width bins, and
 * how the review threshold splits the units (the share of wrong units it catches, the share
 * of all units it sends to review). Only units the record states, with a confidence, count.
 */
import type { ScoredUnit } from './types.js';

export const DEFAULT_BINS = 10;
/** eia-score.mjs's default threshold, so that summaries agree with it (the pipeline flags below src/extract/confidence/reviewThreshold.ts). */
export const DEFAULT_REVIEW_THRESHOLD = 0.8;

export interface CalibrationPoint {
  confidence: number;
  correct: boolean;
}

export interface ReliabilityBin {
  /** Lower edge of the bin. */
  from: number;
  n: number;
  meanConfidence: number;
  accuracy: number;
}

export interface CalibrationSummary {
  units: number;
  /** Stated units with no confidence in the record. */
  missingConfidence: number;
  ece: number | null;
  threshold: number;
  /** Share of wrong units with confidence below the threshold (1 when none is wrong). */
  wrongCaughtBelowThreshold: number | null;
  /** Share of all units below the threshold. */
  flaggedShare: number | null;
}

/** The units the scorer calibrates on: stated, with a confidence. */
export function calibrationPoints(units: Iterable<ScoredUnit>): CalibrationPoint[] {
  const out: CalibrationPoint[] = [];
  for (const u of units) if (u.pointer !== null && u.confidence !== null) out.push({ confidence: u.confidence, correct: u.correct });
  return out;
}

export function reliability(points: readonly CalibrationPoint[], bins = DEFAULT_BINS): ReliabilityBin[] {
  const acc = Array.from({ length: bins }, (_, b) => ({ from: b / bins, n: 0, conf: 0, right: 0 }));
  for (const p of points) {
    const b = acc[Math.min(bins - 1, Math.floor(p.confidence * bins))]!;
    b.n++;
    b.conf += p.confidence;
    b.right += p.correct ? 1 : 0;
  }
  return acc.map((b) => ({ from: b.from, n: b.n, meanConfidence: b.n ? b.conf / b.n : 0, accuracy: b.n ? b.right / b.n : 0 }));
}

/** Σ over bins of (share of units in the bin) × |mean confidence − accuracy|; null with no units. */
export function expectedCalibrationError(points: readonly CalibrationPoint[], bins = DEFAULT_BINS): number | null {
  if (!points.length) return null;
  return reliability(points, bins).reduce((s, b) => s + (b.n / points.length) * Math.abs(b.meanConfidence - b.accuracy), 0);
}

export function wrongCaught(points: readonly CalibrationPoint[], threshold = DEFAULT_REVIEW_THRESHOLD): number | null {
  if (!points.length) return null;
  const wrong = points.filter((p) => !p.correct);
  return wrong.length ? wrong.filter((p) => p.confidence < threshold).length / wrong.length : 1;
}

export function flaggedShare(points: readonly CalibrationPoint[], threshold = DEFAULT_REVIEW_THRESHOLD): number | null {
  if (!points.length) return null;
  return points.filter((p) => p.confidence < threshold).length / points.length;
}

export function summariseCalibration(units: readonly ScoredUnit[], threshold = DEFAULT_REVIEW_THRESHOLD): CalibrationSummary {
  const points = calibrationPoints(units);
  return {
    units: points.length,
    missingConfidence: units.filter((u) => u.pointer !== null && u.confidence === null).length,
    ece: expectedCalibrationError(points),
    threshold,
    wrongCaughtBelowThreshold: wrongCaught(points, threshold),
    flaggedShare: flaggedShare(points, threshold),
  };
}
