/**
 * The extraction setup every worker uses: every extractor (the council templates, then the
 * generic reader for forms none of them claims), the fitted confidence model, and the key
 * that names this exact set of extractor versions (stored on each document, so a re-run
 * knows what is out of date).
 */
import calibration from '../src/extract/confidence/calibration.json' with { type: 'json' };
import { CalibrationModel } from '../src/extract/confidence/confidenceModel.js';
import { REVIEW_THRESHOLDS } from '../src/extract/confidence/reviewThreshold.js';
import { TemplateExtractor } from '../src/extract/engine/templateExtractor.js';
import type { ExtractOptions } from '../src/extract/extractDocument.js';
import type { Extractor } from '../src/extract/extractor.js';
import { dependenciesOf, type InstalledExtraction } from '../src/model/extractionDependencies.js';
import { GenericExtractor } from '../src/extract/generic/genericExtractor.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplate, type TemplateDefinition } from '../src/extract/template/templateDefinition.js';
import { generic } from './generic.js';
import { TEMPLATES } from './index.js';

/** Bump when shared extraction code changes what records come out (not just one template). */
export const ENGINE_VERSION = '12';

export { REVIEW_THRESHOLDS } from '../src/extract/confidence/reviewThreshold.js';

let extractors: readonly Extractor[] | null = null;
let options: ExtractOptions | null = null;

/**
 * The templates (in registry order) and, last, the generic reader. Built once per process.
 * `EIA_TEMPLATES_DIR` adds templates kept as JSON data files outside the package (one
 * TemplateDefinition per `*.json`, validated like the built-in ones); one with a built-in
 * template's id replaces it. Worker threads and `eia worker` read the same variable.
 */
export function allExtractors(): readonly Extractor[] {
  extractors ??= [...templates().map((t) => new TemplateExtractor(t)), new GenericExtractor(generic)];
  return extractors;
}

function templates(): TemplateDefinition[] {
  const dir = process.env.EIA_TEMPLATES_DIR;
  if (!dir) return [...TEMPLATES];
  const extra = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      try {
        return parseTemplate(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      } catch (error) {
        throw new Error(`template ${join(dir, f)} is not valid: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  const replaced = TEMPLATES.map((t) => extra.find((x) => x.id === t.id) ?? t);
  return [...replaced, ...extra.filter((x) => !TEMPLATES.some((t) => t.id === x.id))];
}

export function extractOptions(): ExtractOptions {
  options ??= {
    extractors: allExtractors(),
    model: CalibrationModel.parse(calibration),
    reviewThreshold: REVIEW_THRESHOLDS,
  };
  return options;
}

/** "engine@2;bathnes@1,coventry@1,…": what a document's current records were extracted with. */
export function extractorSetKey(): string {
  const parts = allExtractors().map((e) => `${e.id}@${e.version}`).sort();
  return `engine@${ENGINE_VERSION};${parts.join(',')}`;
}

/** The engine and extractors installed now, for deciding which stored extractions are still current. */
export function installedExtraction(): InstalledExtraction {
  return { engine: ENGINE_VERSION, extractors: allExtractors() };
}

/** What an extraction just made here, read by the extractors `readBy`, depends on (JSON, as stored). */
export function dependsOnKey(readBy: readonly string[]): string {
  return JSON.stringify(dependenciesOf(installedExtraction(), readBy));
}
