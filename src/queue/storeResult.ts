/**
 * Writes one job result into the store, in one transaction: the failure with its reason, or
 * the extraction (layout, status, records). Used by the ingest coordinator and by whoever
 * collects results that arrive with nobody waiting for them.
 */
import type { Db } from '../store/openStore.js';
import { saveExtraction, saveFailure } from '../store/writeResults.js';
import type { ProcessFileResult } from './jobContract.js';

export function storeResult(db: Db, sha256: string, result: ProcessFileResult, runId: number | null): void {
  if (result.kind === 'failed') {
    saveFailure(db, sha256, result.reason, result.message);
    return;
  }
  saveExtraction(
    db,
    {
      sha256,
      status: result.status,
      reason: result.reason,
      format: result.format,
      pages: result.pages,
      template: result.template,
      templateConfidence: result.templateConfidence,
      extractedWith: result.extractedWith,
      records: result.records,
      ...(result.layout ? { layout: { converter: result.converter, layout: result.layout } } : {}),
    },
    runId,
  );
}
