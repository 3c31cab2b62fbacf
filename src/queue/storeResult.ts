/**
 * Writes one job result into the store, in one transaction: the failure with its reason, or
 * the extraction (layout, status, records). Used by the dispatcher of an ingest or re-run
 * and by whoever collects results that arrive with nobody waiting for them.
 */
import { recordFingerprint } from '../forms/fingerprintStore.js';
import type { Db } from '../store/db.js';
import { saveExtraction, saveFailure } from '../store/writeResults.js';
import type { ProcessFileResult } from './jobContract.js';

/** `keepStoredOnFailure`: a re-run's failure is noted on the run; the document keeps what it had. */
export function storeResult(db: Db, sha256: string, result: ProcessFileResult, runId: number | null, keepStoredOnFailure = false): void {
  if (result.kind === 'failed') {
    saveFailure(db, sha256, result.reason, result.message, runId, keepStoredOnFailure);
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
      dependsOn: result.dependsOn,
      plan: result.plan,
      records: result.records,
      ...(result.features ? { features: result.features } : {}),
      ...(result.layout ? { layout: { converter: result.converter, layout: result.layout } } : {}),
    },
    runId,
  );
  recordFingerprint(db, sha256, result.converter, result.layout);
}
