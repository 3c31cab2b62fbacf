/**
 * How a file was read: where its parts are (a bundle's EIAs) and which extractor read each,
 * with that part's detection. Detection (every extractor scoring, every template's labels
 * looked for, the bundle's cuts claimed) is about half of extraction; while the engine and
 * every extractor's detection key are unchanged (model/extractionDependencies.ts) it would come out
 * the same, so a re-run after one template improves extracts its documents again from their
 * plan, skipping detection.
 */
import { z } from 'zod';

export const Detection = z.object({
  /** The template that claimed the part; null when the generic reader took it. */
  template: z.string().nullable(),
  /** Probability that the choice is right (the chosen template, or that none applies). */
  confidence: z.number(),
  /** Every extractor's score, best first. */
  scores: z.array(z.object({ id: z.string(), score: z.number(), detail: z.string() })),
});
export type Detection = z.infer<typeof Detection>;

export const PlannedPart = z.object({
  /** Units [from, to) of the file's view. */
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
  /** The file is one EIA, read as the whole view. */
  whole: z.boolean(),
  /** Id of the extractor that read the part. */
  extractor: z.string(),
  detection: Detection,
});
export type PlannedPart = z.infer<typeof PlannedPart>;

export const ExtractionPlan = z.object({
  /** Units in the file's view when the plan was made: a plan for another view is not used. */
  units: z.number().int().nonnegative(),
  parts: z.array(PlannedPart).min(1),
});
export type ExtractionPlan = z.infer<typeof ExtractionPlan>;

/** A stored plan (JSON) if it parses, else null (then the file is detected afresh). */
export function parsePlan(json: string | null | undefined): ExtractionPlan | null {
  if (!json) return null;
  try {
    const p = ExtractionPlan.safeParse(JSON.parse(json));
    return p.success ? p.data : null;
  } catch {
    return null;
  }
}
