/**
 * The writer's side of the store: everything the ingest coordinator records about a file,
 * each call one transaction, so a crash or Ctrl-C leaves every file either fully stored or
 * not at all, and a second run of the same batch finds exactly where the first stopped.
 */
import { gzipSync } from 'node:zlib';
import type { Layout } from '../model/layout.js';
import type { EiaRecord } from '../model/record.js';
import type { DocumentStatus, ExtractionStatus } from '../model/outcome.js';
import type { Db } from './openStore.js';
import { valueAt } from '../model/jsonPointer.js';
import { z } from 'zod';
import { DOCUMENT_STATUSES } from '../model/outcome.js';
import { queryAll, queryOne } from './query.js';
import { noteRunDocument } from './runs.js';
import { saveRecordFeatures } from './recordFeatures.js';

const KnownRow = z.object({
  status: z.enum([...DOCUMENT_STATUSES, 'pending']),
  reason: z.string().nullable(),
  extractedWith: z.string().nullable(),
  dependsOn: z.string().nullable(),
  attempts: z.number().int(),
});
const Id = z.object({ id: z.number().int() });

const now = (): string => new Date().toISOString();

export interface SeenFile {
  path: string;
  sha256: string;
  size: number;
  format: string | null;
}

export interface KnownDocument {
  status: DocumentStatus | 'pending';
  reason: string | null;
  extractedWith: string | null;
  /** What its extraction depends on (JSON); null before migration 80 or when never extracted. */
  dependsOn: string | null;
  attempts: number;
}

/** Records that `path` holds content `sha256`; returns what the store already knows of it. */
export function noteFile(db: Db, file: SeenFile): KnownDocument | null {
  return db.transaction((): KnownDocument | null => {
    const known = queryOne(db, KnownRow, 'SELECT status, reason, extracted_with AS extractedWith, depends_on AS dependsOn, attempts FROM documents WHERE sha256 = ?', file.sha256);
    const t = now();
    if (!known) {
      db.prepare(
        `INSERT INTO documents (sha256, path, format, size, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'pending', ?, ?)`,
      ).run(file.sha256, file.path, file.format, file.size, t, t);
    }
    db.prepare('INSERT INTO document_paths (path, sha256, seen_at) VALUES (?, ?, ?) ON CONFLICT(path) DO UPDATE SET sha256 = excluded.sha256, seen_at = excluded.seen_at').run(file.path, file.sha256, t);
    return known ?? null;
  })();
}

/** A path that could not be read at all (no content, so no document): its reason. */
export function saveInputFailure(db: Db, path: string, reason: string, message: string): void {
  db.prepare(
    'INSERT INTO input_failures (path, reason, message, seen_at) VALUES (?, ?, ?, ?) ON CONFLICT(path) DO UPDATE SET reason = excluded.reason, message = excluded.message, seen_at = excluded.seen_at',
  ).run(path, reason, message, now());
}

/** A path that was read after all (a retry): it is no longer an input failure. */
export function clearInputFailure(db: Db, path: string): void {
  db.prepare('DELETE FROM input_failures WHERE path = ?').run(path);
}

/**
 * A file that could not be processed: its reason and message, on the document. A re-run's
 * failure (`keepStored`) is noted on the run only: what the document already has stays.
 */
export function saveFailure(db: Db, sha256: string, reason: string, message: string, runId: number | null = null, keepStored = false): void {
  db.transaction(() => {
    if (!keepStored) {
      db.prepare(`UPDATE documents SET status = 'failed', reason = ?, message = ?, attempts = attempts + 1, updated_at = ? WHERE sha256 = ?`).run(reason, message, now(), sha256);
    }
    if (runId !== null) noteRunDocument(db, runId, { sha256, status: 'failed', reason, extractedWith: null, converted: false, recordIds: keepStored ? null : [] });
  })();
}

export function saveLayout(db: Db, sha256: string, converter: string, layout: Layout): void {
  const blob = gzipSync(Buffer.from(JSON.stringify(layout)));
  db.prepare('INSERT OR IGNORE INTO layouts (sha256, converter, layout, created_at) VALUES (?, ?, ?, ?)').run(sha256, converter, blob, now());
}

export interface ExtractionToSave {
  sha256: string;
  status: ExtractionStatus;
  reason: string | null;
  format: string;
  pages: number | null;
  template: string | null;
  templateConfidence: number;
  extractedWith: string;
  /** What the extraction depends on (model/extractionDependencies.ts), JSON; null when unknown. */
  dependsOn: string | null;
  /** How the layout was read (extract/extractionPlan.ts), JSON; null when unknown. */
  plan: string | null;
  records: EiaRecord[];
  /** Each record's linking features, encoded (recordFeatures.ts), when the job computed them. */
  features?: string[];
  layout?: { converter: string; layout: Layout };
}

/**
 * Stores one file's extraction: its layout (if new), its status, and its records, which
 * replace the document's previous current records. A record identical to the current one
 * at its place in the file is kept as it is (with the run that first made it); any other
 * is a new row with this run's id, so every run's records can be read back.
 */
export function saveExtraction(db: Db, x: ExtractionToSave, runId: number | null): void {
  db.transaction(() => {
    if (x.layout) saveLayout(db, x.sha256, x.layout.converter, x.layout.layout);
    db.prepare(
      `UPDATE documents SET status = ?, reason = ?, message = NULL, format = ?, pages = ?, template = ?, template_confidence = ?,
         extracted_with = ?, depends_on = ?, plan = ?, attempts = attempts + 1, updated_at = ? WHERE sha256 = ?`,
    ).run(x.status, x.reason, x.format, x.pages, x.template, x.templateConfidence, x.extractedWith, x.dependsOn, x.plan, now(), x.sha256);
    const ids = x.records.map((r, i) => storeRecord(db, x.sha256, r, runId, x.features?.[i]));
    const keep = new Set(ids);
    const current = queryAll(db, Id, 'SELECT id FROM records WHERE sha256 = ? AND current = 1', x.sha256);
    const retire = db.prepare('UPDATE records SET current = 0 WHERE id = ?');
    for (const { id } of current) if (!keep.has(id)) retire.run(id);
    if (runId !== null) noteRunDocument(db, runId, { sha256: x.sha256, status: x.status, reason: x.reason, extractedWith: x.extractedWith, converted: x.layout !== undefined, recordIds: ids });
  })();
}

/**
 * Documents whose extraction the extractors installed now would repeat exactly (none it
 * depends on changed): marked as extracted with them, records and status kept; one transaction.
 */
export function keepExtractions(db: Db, sha256s: readonly string[], extractedWith: string): void {
  const update = db.prepare('UPDATE documents SET extracted_with = ?, updated_at = ? WHERE sha256 = ?');
  const t = now();
  db.transaction(() => {
    for (const sha256 of sha256s) update.run(extractedWith, t, sha256);
  })();
}

function storeRecord(db: Db, sha256: string, r: EiaRecord, runId: number | null, features?: string): number {
  const json = JSON.stringify(r);
  const same = queryOne(db, Id, 'SELECT id FROM records WHERE sha256 = ? AND index_in_file = ? AND current = 1 AND record = ?', sha256, r.document.indexInFile, json);
  if (same) return same.id;
  const res = db.prepare(
    `INSERT INTO records (sha256, index_in_file, extractor, extractor_version, template, template_confidence, review_status, review_reasons, record, run_id, current, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)`,
  ).run(sha256, r.document.indexInFile, r.extractor.name, r.extractor.version, r.template.id, r.template.confidence, r.review.status, r.review.reasons?.length ? r.review.reasons.join(',') : null, json, runId, now());
  const id = Number(res.lastInsertRowid);
  insertFieldValues(db, id, r);
  saveRecordFeatures(db, id, r, features);
  return id;
}

/** One row per value that has a confidence: what a reviewer sorts and filters by. */
function insertFieldValues(db: Db, recordId: number, r: EiaRecord): void {
  const insert = db.prepare('INSERT INTO field_values (record_id, pointer, value, confidence, page, start, "end", bbox) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const [pointer, confidence] of Object.entries(r.confidence)) {
    const value = valueAt(r.eia, pointer);
    const p = r.provenance[pointer];
    insert.run(recordId, pointer, value === undefined ? null : JSON.stringify(value), confidence, p?.page ?? null, p?.start ?? null, p?.end ?? null, p?.bbox ? JSON.stringify(p.bbox) : null);
  }
}
