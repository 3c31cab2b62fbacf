/**
 * Stage two of a file's job: layout → records, by the extractor versions installed here
 * (named by `extractedWith`). Pure: the same layout and extractor versions always give the
 * same records. Records are validated against the record schema before they leave.
 */
import { extractDocument } from '../src/extract/extractDocument.js';
import type { Layout, LayoutFormat } from '../src/model/layout.js';
import { EiaRecord } from '../src/model/record.js';
import type { ExtractionStatus } from '../src/model/outcome.js';
import { extractOptions, extractorSetKey } from '../extractors/registry.js';

export interface Extracted {
  status: ExtractionStatus;
  reason: string | null;
  template: string | null;
  templateConfidence: number;
  extractedWith: string;
  records: EiaRecord[];
}

export function extractJob(layout: Layout, file: { path: string; sha256: string; format: LayoutFormat }): Extracted {
  const outcome = extractDocument(layout, extractOptions());
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
    records,
  };
}
