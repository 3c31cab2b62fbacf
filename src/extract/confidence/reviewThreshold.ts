/**
 * Confidence below which a field needs a reviewer's eye (a record with any such field is
 * `needs-review`), one per reader: the council templates and the generic reader
 * (src/model/reviewThresholds.ts).
 *
 * Chosen by measurement, not taste: scripts/calibrate.ts fits the model leave-one-family-out
 * (each form family predicted by a model that never saw it) and picks the pair of thresholds
 * with the fewest values flagged at which those predictions put at least 80 % of all wrong
 * values below their reader's threshold (issue 9's target). One threshold for both readers
 * spent review work on template values, which are almost always right and whose rare mistakes
 * the model cannot tell apart, to catch the generic reader's many. Stored beside the weights
 * in calibration.json, so refitting moves them all.
 */
import { z } from 'zod';
import { ReviewThresholds } from '../../model/reviewThresholds.js';
import calibration from './calibration.json' with { type: 'json' };

export { readerOf, readerOfTemplate, thresholdFor, type Reader, type ReviewThresholds } from '../../model/reviewThresholds.js';

/** Before a fit (or a file without them): the old single default for both readers. */
const UNFITTED = 0.9;

export const REVIEW_THRESHOLDS: ReviewThresholds = z
  .object({ reviewThresholds: ReviewThresholds.default({ templates: UNFITTED, generic: UNFITTED }) })
  .parse(calibration).reviewThresholds;
