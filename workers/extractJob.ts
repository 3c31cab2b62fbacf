/**
 * Stage two of a file's job: layout → records, by the extractor versions installed here
 * (named by `extractedWith`). Pure: the same layout and extractor versions always give the
 * same records. Records are validated against the record schema before they leave.
 */
import { extractDocument } from '../src/extract/extractDocument.js';
import type { ExtractionPlan } from '../src/extract/extractionPlan.js';
import type { Layout, LayoutFormat } from '../src/model/layout.js';
import { EiaRecord } from '../src/model/record.js';
import { encodedFeaturesOf } from '../src/store/recordFeatures.js';
import type { ExtractionStatus } from '../src/model/outcome.js';
import { dependsOnKey, extractOptions, extractorSetKey } from '../extractors/registry.js';

export interface Extracted {
  status: ExtractionStatus;
  reason: string | null;
  template: string | null;
  templateConfidence: number;
  extractedWith: string;
  dependsOn: string;
  /** How the layout was read (JSON), for a later re-run that need not detect again. */
  plan: string;
  records: EiaRecord[];
  /** Each record's linking features, encoded: computed here so the store's single writer need not. */
  features: string[];
}

/** `plan`: how the layout was read before, when detection has not changed since (extract/extractionPlan.ts). */
export function extractJob(layout: Layout, file: { path: string; sha256: string; format: LayoutFormat }, plan: ExtractionPlan | null = null): Extracted {
  const outcome = extractDocument(layout, extractOptions(), plan);
  const records = outcome.records.map(({ indexInFile, ...rest }) =>
    EiaRecord.parse({
      schemaVersion: 1,
      document: { file: file.path, sha256: file.sha256, format: file.format, pages: layout.pages || null, indexInFile },
      ...rest,
    }),
  );
  return {
    status: outcome.status,
    reason: outcome.reason,
    template: outcome.detection.template ?? outcome.records[0]?.template.id ?? null,
    templateConfidence: outcome.detection.confidence,
    extractedWith: extractorSetKey(),
    dependsOn: dependsOnKey(outcome.readBy),
    plan: JSON.stringify(outcome.plan),
    records,
    features: records.map(encodedFeaturesOf),
  };
}
