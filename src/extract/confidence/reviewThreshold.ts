/**
 * Confidence below which a field needs a reviewer's eye (a record with any such field is
 * `needs-review`).
 *
 * Chosen by measurement, not taste: scripts/calibrate.ts fits the model leave-one-family-out
 * (each form family predicted by a model that never saw it) and picks the lowest threshold
 * at which those predictions put at least 80 % of the wrong values below it (issue 9's
 * target), the least review work that catches that share on forms the model did not learn
 * from. It is stored beside the weights in calibration.json, so refitting moves both.
 */
import { z } from 'zod';
import calibration from './calibration.json' with { type: 'json' };

export const REVIEW_THRESHOLD: number = z.object({ reviewThreshold: z.number().min(0).max(1).default(0.9) }).parse(calibration).reviewThreshold;
