/**
 * Confidence = the probability that a value is right. A logistic model per kind of value
 * (title, person.role, impact.rating, …) over the evidence behind it: how well its label
 * matched, how it was found, the extractor's own plausibility check, how sure template
 * detection was, and what the source was (Word, PDF, which kind of text export). The
 * weights are fitted on labelled documents by `scripts/calibrate.ts` (see README,
 * "Confidence"), which also reports how well calibrated the result is.
 */
import { z } from 'zod';
import type { Signals } from '../engine/recordBuilder.js';

export interface ConfidenceContext {
  /** How sure template detection was, in [0, 1]. */
  templateConfidence: number;
  /** "docx", "pdf", or "txt:tabbed" / "txt:layout" / "txt:plain". */
  source: string;
  /** Extracted by the generic extractor rather than a known template. */
  generic: boolean;
}

export const CalibrationModel = z.object({
  version: z.literal(1),
  /** Field groups → feature weights. "default" covers groups with too little data. */
  groups: z.record(z.string(), z.record(z.string(), z.number())),
  /** How the weights were fitted and how calibrated they proved (for the README and `eia status`). */
  fit: z.object({ documents: z.number(), units: z.number(), ece: z.number(), crossValidatedEce: z.number() }).optional(),
});
export type CalibrationModel = z.infer<typeof CalibrationModel>;

/** The field group of a signal: "impact.narrative", "person.role", "title"… */
export function groupOf(field: string): string {
  return field;
}

/** The model's inputs for one value. */
export function features(signals: Signals, context: ConfidenceContext): Record<string, number> {
  const x: Record<string, number> = {
    bias: 1,
    labelScore: signals.labelScore ?? 1,
    quality: signals.quality ?? 1,
    templateConfidence: context.templateConfidence,
    generic: context.generic ? 1 : 0,
  };
  x[`method=${signals.method ?? 'none'}`] = 1;
  x[`source=${context.source}`] = 1;
  return x;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function predict(model: CalibrationModel, signals: Signals, context: ConfidenceContext): number {
  const weights = model.groups[groupOf(signals.field)] ?? model.groups.default ?? {};
  const x = features(signals, context);
  let z = 0;
  for (const [k, v] of Object.entries(x)) z += (weights[k] ?? 0) * v;
  // Never claim certainty: a probability of exactly 0 or 1 cannot be calibrated.
  return Math.min(0.995, Math.max(0.005, sigmoid(z)));
}
