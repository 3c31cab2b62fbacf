/**
 * One EIA an extractor found → the record's extractor-made parts: the `eia`, a confidence for
 * every value (the fitted model over each value's evidence, times the chance its OCR'd words were read right) and its provenance (the pieces of
 * the layout it came from), and whether it needs review.
 */
import { valueAt } from '../model/jsonPointer.js';
import type { Eia, Provenance } from '../model/record.js';
import { predict, type CalibrationModel, type ConfidenceContext } from './confidence/confidenceModel.js';
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
  review: { status: 'auto' | 'needs-review' };
  /** What each confidence was computed from, by pointer: only when asked (for fitting the model; never exported). */
  confidenceInputs?: { context: ConfidenceContext; signals: Record<string, Signals> };
}

export interface AssembleOptions {
  model: CalibrationModel;
  /** A record with any value below this confidence needs review. */
  reviewThreshold: number;
  keepSignals?: boolean;
}

export function assembleRecord(found: RecordBuilder, indexInFile: number, extractor: Extractor, context: ConfidenceContext, o: AssembleOptions): ExtractedRecord {
  const confidence: Record<string, number> = {};
  const provenance: Record<string, Provenance> = {};
  for (const [pointer, evidence] of found.evidence) {
    const model = predict(o.model, evidence.signals, context, valueAt(found.eia, pointer));
    confidence[pointer] = round(withOcrWords(model, weakestOcrWord(evidence.pieces)));
    const p = provenanceOf(evidence.pieces);
    if (p) provenance[pointer] = p;
  }
  const low = Object.values(confidence).some((c) => c < o.reviewThreshold);
  return {
    indexInFile,
    template: { id: extractor.id, confidence: round(context.templateConfidence) },
    extractor: { name: extractor.id, version: extractor.version },
    eia: found.eia,
    confidence,
    provenance,
    review: { status: low ? 'needs-review' : 'auto' },
    ...(o.keepSignals ? { confidenceInputs: { context, signals: Object.fromEntries([...found.evidence].map(([p, e]) => [p, e.signals])) } } : {}),
  };
}

export function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
