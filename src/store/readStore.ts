/**
 * The readers' side of the store: current records with reviewers' corrections applied
 * (what every export reads), per-file statuses, summaries for `eia status`, cached layouts.
 */
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { parseLayout, type Layout } from '../model/layout.js';
import { EiaRecord } from '../model/record.js';
import { GENERIC_TEMPLATE_ID, thresholdFor, type ReviewThresholds } from '../model/reviewThresholds.js';
import type { Db } from './openStore.js';
import { applyCorrections, readCorrections } from './applyCorrections.js';
import { queryAll, queryEach, queryOne } from './query.js';

const RecordRow = z.object({ sha256: z.string(), index_in_file: z.number().int(), record: z.string() });
const Count = z.object({ n: z.number().int() });
const Keyed = z.object({ key: z.string().nullable(), n: z.number().int() });

/**
 * Current records in file order, with reviewers' decisions applied (applyCorrections.ts):
 * extractor output itself is never edited.
 */
export function* currentRecords(db: Db): Generator<EiaRecord> {
  const rows = queryEach(
    db,
    RecordRow,
    `SELECT r.sha256, r.index_in_file, r.record FROM records r JOIN documents d ON d.sha256 = r.sha256
     WHERE r.current = 1 ORDER BY d.path, r.index_in_file`,
  );
  for (const row of rows) {
    const record = EiaRecord.parse(JSON.parse(row.record));
    const corrections = readCorrections(db, row.sha256, row.index_in_file);
    // Most records have no decisions: the freshly parsed record is already the answer (and
    // nobody else holds it), so it is not copied; every run's relink reads every record.
    yield corrections.length === 0 ? record : applyCorrections(record, corrections);
  }
}

export const FileStatus = z.object({
  file: z.string(),
  /** Null for a path that could not be read at all (no content to key it by). */
  sha256: z.string().nullable(),
  status: z.string(),
  reason: z.string().nullable(),
  message: z.string().nullable(),
});
export type FileStatus = z.infer<typeof FileStatus>;

/** One entry per input path seen, with its document's status (paths never read: failed, no sha256). */
export function fileStatuses(db: Db): FileStatus[] {
  return queryAll(
    db,
    FileStatus,
    `SELECT p.path AS file, d.sha256, d.status, d.reason, d.message FROM document_paths p
     JOIN documents d ON d.sha256 = p.sha256
     UNION ALL
     SELECT path AS file, NULL AS sha256, 'failed' AS status, reason, message FROM input_failures
     ORDER BY file`,
  );
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

/** `lowConfidenceFields`: fields below their reader's threshold (the generic reader's for its records, the templates' for theirs). */
export function summarise(db: Db, reviewThreshold: number | ReviewThresholds): StoreSummary {
  const count = (sql: string, ...args: unknown[]): number => queryOne(db, Count, sql, ...args)?.n ?? 0;
  const counted = (sql: string): Record<string, number> => Object.fromEntries(queryAll(db, Keyed, sql).map((r) => [r.key ?? 'unknown', r.n]));
  const byStatus = counted('SELECT status AS key, COUNT(*) AS n FROM documents GROUP BY status ORDER BY status');
  const failuresByReason = queryAll(
    db,
    z.object({ reason: z.string().nullable(), count: z.number().int(), example: z.string() }),
    `SELECT reason, COUNT(*) AS count, MIN(path) AS example FROM (
       SELECT reason, path FROM documents WHERE status = 'failed'
       UNION ALL SELECT reason, path FROM input_failures)
     GROUP BY reason ORDER BY count DESC, reason`,
  ).map((r) => ({ reason: r.reason ?? 'unknown', count: r.count, example: r.example }));
  const byTemplate = counted('SELECT template AS key, COUNT(*) AS n FROM records WHERE current = 1 GROUP BY template ORDER BY n DESC');
  return {
    documents: count('SELECT COUNT(*) AS n FROM documents'),
    unreadable: count('SELECT COUNT(*) AS n FROM input_failures'),
    byStatus,
    failuresByReason,
    byTemplate,
    records: count('SELECT COUNT(*) AS n FROM records WHERE current = 1'),
    needsReview: count(`SELECT COUNT(*) AS n FROM records WHERE current = 1 AND review_status = 'needs-review'`),
    lowConfidenceFields: count(
      'SELECT COUNT(*) AS n FROM field_values f JOIN records r ON r.id = f.record_id WHERE r.current = 1 AND f.confidence < (CASE WHEN r.template = ? THEN ? ELSE ? END)',
      GENERIC_TEMPLATE_ID,
      thresholdFor(reviewThreshold, 'generic'),
      thresholdFor(reviewThreshold, 'templates'),
    ),
  };
}

/**
 * A cached layout for this content and converter version as stored (unparsed JSON), or
 * null: for handing to a job, which parses what it receives (parseLayout) — parsing here
 * too would do the work twice.
 */
export function loadLayoutJson(db: Db, sha256: string, converter: string): unknown {
  const row = queryOne(db, z.object({ layout: z.instanceof(Buffer) }), 'SELECT layout FROM layouts WHERE sha256 = ? AND converter = ?', sha256, converter);
  return row ? (JSON.parse(gunzipSync(row.layout).toString('utf8')) as unknown) : null;
}

/** Whether a layout of this content by this converter version is cached (without reading it). */
export function hasLayout(db: Db, sha256: string, converter: string): boolean {
  return queryOne(db, z.object({ n: z.number().int() }), 'SELECT COUNT(*) AS n FROM layouts WHERE sha256 = ? AND converter = ?', sha256, converter)!.n > 0;
}

/** A cached layout for this content and converter version, parsed, or null. */
export function loadLayout(db: Db, sha256: string, converter: string): Layout | null {
  const json = loadLayoutJson(db, sha256, converter);
  return json === null ? null : parseLayout(json);
}

/** Paths of documents (and unreadable inputs) that failed, for `ingest --retry-failed`. */
export function failedPaths(db: Db): string[] {
  return queryAll(db, z.object({ path: z.string() }), `SELECT path FROM documents WHERE status = 'failed' UNION SELECT path FROM input_failures ORDER BY path`).map((r) => r.path);
}
