/**
 * Review thresholds per reader: confidence below which a value needs a reviewer, one for the
 * council templates and one for the generic reader (their error rates differ by an order of
 * magnitude, so one threshold for both spends the review work in the wrong place). Fitted by
 * scripts/calibrate.ts into src/extract/confidence/calibration.json; the model layer, so the
 * store (summaries, the review queue) and extraction judge a value by the same rule.
 */
import { z } from 'zod';

export const ReviewThresholds = z.object({
  templates: z.number().min(0).max(1),
  generic: z.number().min(0).max(1),
});
export type ReviewThresholds = z.infer<typeof ReviewThresholds>;
export type Reader = keyof ReviewThresholds;
export const READERS: readonly Reader[] = ['templates', 'generic'];

/** The generic reader's template id on a stored record (extractors/generic.ts): every other id is a template. */
export const GENERIC_TEMPLATE_ID = 'generic';

export function readerOf(generic: boolean): Reader {
  return generic ? 'generic' : 'templates';
}

/** The reader of a stored record, from its template id. */
export function readerOfTemplate(templateId: string): Reader {
  return readerOf(templateId === GENERIC_TEMPLATE_ID);
}

/** A value's threshold: its reader's, or `t` itself when one number is given for both (tests, fixed settings). */
export function thresholdFor(t: number | ReviewThresholds, reader: Reader): number {
  return typeof t === 'number' ? t : t[reader];
}
