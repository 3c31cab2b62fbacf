/**
 * The extraction setup every worker uses: compiled templates, the generic fallback, the
 * fitted confidence model, and the key that names this exact set of extractor versions
 * (stored on each document, so a re-run knows what is out of date).
 */
import calibration from '../src/extract/confidence/calibration.json' with { type: 'json' };
import { CalibrationModel } from '../src/extract/confidence/confidenceModel.js';
import { REVIEW_THRESHOLD } from '../src/extract/confidence/reviewThreshold.js';
import { compileTemplate } from '../src/extract/engine/extractWithTemplate.js';
import type { ExtractOptions } from '../src/extract/extractDocument.js';
import { generic } from './generic.js';
import { TEMPLATES } from './index.js';

/** Bump when shared extraction code changes what records come out (not just one template). */
export const ENGINE_VERSION = '2';

export { REVIEW_THRESHOLD } from '../src/extract/confidence/reviewThreshold.js';

let options: ExtractOptions | null = null;

export function extractOptions(): ExtractOptions {
  options ??= {
    templates: TEMPLATES.map(compileTemplate),
    generic: compileTemplate(generic),
    model: CalibrationModel.parse(calibration),
    reviewThreshold: REVIEW_THRESHOLD,
  };
  return options;
}

/** "engine@1;bathnes@1,coventry@1,…": what a document's current records were extracted with. */
export function extractorSetKey(): string {
  const parts = [...TEMPLATES, generic].map((t) => `${t.id}@${t.version}`).sort();
  return `engine@${ENGINE_VERSION};${parts.join(',')}`;
}
