/**
 * The readers' side of the store: current records with reviewers' corrections applied
 * (what every export reads), per-file statuses, summaries for `eia status`, cached layouts.
 */
import { gunzipSync } from 'node:zlib';
import { parseLayout, type Layout } from '../model/layout.js';
import { EiaRecord } from '../model/record.js';
import type { Db } from './openStore.js';
import { setAt } from '../model/jsonPointer.js';

interface RecordRow {
  sha256: string;
  index_in_file: number;
  record: string;
}

interface CorrectionRow {
  pointer: string;
  value: string;
}

/**
 * Current records in file order. A reviewer's correction replaces the extracted value,
 * gets confidence 1, and marks the record reviewed; extractor output itself is never edited.
 */
export function* currentRecords(db: Db): Generator<EiaRecord> {
  const corrections = db.prepare('SELECT pointer, value FROM corrections WHERE sha256 = ? AND index_in_file = ? ORDER BY id');
  const rows = db
    .prepare(
      `SELECT r.sha256, r.index_in_file, r.record FROM records r JOIN documents d ON d.sha256 = r.sha256
       WHERE r.current = 1 ORDER BY d.path, r.index_in_file`,
    )
    .iterate() as IterableIterator<RecordRow>;
  for (const row of rows) {
    const record = EiaRecord.parse(JSON.parse(row.record));
    const fixes = corrections.all(row.sha256, row.index_in_file) as CorrectionRow[];
    for (const fix of fixes) {
      if (setAt(record.eia, fix.pointer, JSON.parse(fix.value))) record.confidence[fix.pointer] = 1;
    }
    if (fixes.length) record.review.status = 'reviewed';
    yield record;
  }
}

export interface FileStatus {
  file: string;
  sha256: string;
  status: string;
  reason: string | null;
  message: string | null;
}

/** One entry per input path seen, with its document's status (paths never read: failed, no sha256). */
export function fileStatuses(db: Db): Array<Omit<FileStatus, 'sha256'> & { sha256: string | null }> {
  return db
    .prepare(
      `SELECT p.path AS file, d.sha256, d.status, d.reason, d.message FROM document_paths p
       JOIN documents d ON d.sha256 = p.sha256
       UNION ALL
       SELECT path AS file, NULL AS sha256, 'failed' AS status, reason, message FROM input_failures
       ORDER BY file`,
    )
    .all() as Array<Omit<FileStatus, 'sha256'> & { sha256: string | null }>;
}

export interface StoreSummary {
  documents: number;
  /** Paths that could not be read at all. */
  unreadable: number;
  byStatus: Record<string, number>;
  failuresByReason: Array<{ reason: string; count: number; example: string }>;
  byTemplate: Record<string, number>;
  records: number;
  needsReview: number;
  lowConfidenceFields: number;
}

export function summarise(db: Db, reviewThreshold: number): StoreSummary {
  const count = (sql: string, ...args: unknown[]): number => (db.prepare(sql).get(...args) as { n: number }).n;
  const byStatus = Object.fromEntries(
    (db.prepare('SELECT status, COUNT(*) AS n FROM documents GROUP BY status ORDER BY status').all() as Array<{ status: string; n: number }>).map((r) => [r.status, r.n]),
  );
  const failuresByReason = (
    db.prepare(
      `SELECT reason, COUNT(*) AS count, MIN(path) AS example FROM (
         SELECT reason, path FROM documents WHERE status = 'failed'
         UNION ALL SELECT reason, path FROM input_failures)
       GROUP BY reason ORDER BY count DESC, reason`,
    ).all() as Array<{ reason: string | null; count: number; example: string }>
  ).map((r) => ({ reason: r.reason ?? 'unknown', count: r.count, example: r.example }));
  const byTemplate = Object.fromEntries(
    (db.prepare('SELECT template, COUNT(*) AS n FROM records WHERE current = 1 GROUP BY template ORDER BY n DESC').all() as Array<{ template: string; n: number }>).map((r) => [r.template, r.n]),
  );
  return {
    documents: count('SELECT COUNT(*) AS n FROM documents'),
    unreadable: count('SELECT COUNT(*) AS n FROM input_failures'),
    byStatus,
    failuresByReason,
    byTemplate,
    records: count('SELECT COUNT(*) AS n FROM records WHERE current = 1'),
    needsReview: count(`SELECT COUNT(*) AS n FROM records WHERE current = 1 AND review_status = 'needs-review'`),
    lowConfidenceFields: count(
      'SELECT COUNT(*) AS n FROM field_values f JOIN records r ON r.id = f.record_id WHERE r.current = 1 AND f.confidence < ?',
      reviewThreshold,
    ),
  };
}

/** A cached layout for this content and converter version, or null. */
export function loadLayout(db: Db, sha256: string, converter: string): Layout | null {
  const row = db.prepare('SELECT layout FROM layouts WHERE sha256 = ? AND converter = ?').get(sha256, converter) as { layout: Buffer } | undefined;
  return row ? parseLayout(JSON.parse(gunzipSync(row.layout).toString('utf8'))) : null;
}

/** Paths of documents (and unreadable inputs) that failed, for `ingest --retry-failed`. */
export function failedPaths(db: Db): string[] {
  return (
    db.prepare(`SELECT path FROM documents WHERE status = 'failed' UNION SELECT path FROM input_failures ORDER BY path`).all() as Array<{ path: string }>
  ).map((r) => r.path);
}
