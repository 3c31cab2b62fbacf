/**
 * One EIA an extractor found → the record's extractor-made parts: the `eia`, a confidence for
 * every value (the fitted model over each value's evidence, times the chance its OCR'd words
 * were read right) and its provenance (the pieces of the layout it came from), and whether it
 * needs review.
 */
import { valueAt } from '../model/jsonPointer.js';
import type { Eia, Provenance } from '../model/record.js';
import { predict, type CalibrationModel, type ConfidenceContext } from './confidence/confidenceModel.js';
import { recordCoverage, reviewReasons, type ReviewReason } from './confidence/recordCoverage.js';
import { readerOf, thresholdFor, type ReviewThresholds } from './confidence/reviewThreshold.js';
import { weakestOcrWord, withOcrWords } from './confidence/ocrWordConfidence.js';
import { provenanceOf } from './document/provenanceOf.js';
import type { Extractor } from './extractor.js';
import type { RecordBuilder, Signals } from './record/recordBuilder.js';

export interface ExtractedRecord {
  indexInFile: number;
  template: { id: string; confidence: number };
  extractor: { name: string; version: string };
  eia: Eia;
  confidence: Record<string, number>;
  provenance: Record<string, Provenance>;
  /** `reasons`: what the record lacks that its form always has (a needs-review record with none has a value below the threshold). */
  review: { status: 'auto' | 'needs-review'; reasons?: ReviewReason[] };
  /** What each confidence was computed from, by pointer: only when asked (for fitting the model; never exported). */
  confidenceInputs?: { context: ConfidenceContext; signals: Record<string, Signals> };
}

export interface AssembleOptions {
  model: CalibrationModel;
  /**
   * A record with any value below its reader's threshold needs review (one number: the same
   * for both readers).
   */
  reviewThreshold: number | ReviewThresholds;
  keepSignals?: boolean;
}

export function assembleRecord(found: RecordBuilder, indexInFile: number, extractor: Extractor, context: ConfidenceContext, o: AssembleOptions): ExtractedRecord {
  const confidence: Record<string, number> = {};
  const provenance: Record<string, Provenance> = {};
  for (const [pointer, evidence] of found.evidence) {
    const p = provenanceOf(evidence.pieces);
    if (p) provenance[pointer] = p;
  }
  // Measured before any confidence: what the record lacks makes each of its values less sure.
  const coverage = context.form ? recordCoverage(found.eia, provenance, context.form) : undefined;
  const judged: ConfidenceContext = coverage ? { ...context, coverage } : context;
  for (const [pointer, evidence] of found.evidence) {
    const model = predict(o.model, evidence.signals, judged, valueAt(found.eia, pointer));
    confidence[pointer] = round(withOcrWords(model, weakestOcrWord(evidence.pieces)));
  }
  const reasons = coverage ? reviewReasons(coverage) : [];
  const threshold = thresholdFor(o.reviewThreshold, readerOf(context.generic));
  const low = Object.values(confidence).some((c) => c < threshold);
  return {
    indexInFile,
    template: { id: extractor.id, confidence: round(context.templateConfidence) },
    extractor: { name: extractor.id, version: extractor.version },
    eia: found.eia,
    confidence,
    provenance,
    review: { status: low || reasons.length ? 'needs-review' : 'auto', ...(reasons.length ? { reasons } : {}) },
    ...(o.keepSignals ? { confidenceInputs: { context: judged, signals: Object.fromEntries([...found.evidence].map(([p, e]) => [p, e.signals])) } } : {}),
  };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
