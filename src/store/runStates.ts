/**
 * Documents as a given run left them: status and records, read back from `run_documents`
 * (which records each run left on each document) and `records` (kept per run). What
 * `eia diff` compares, and `eia eval --run` scores.
 */
import { z } from 'zod';
import { EiaRecord } from '../model/record.js';
import type { Db } from './db.js';
import { queryAll, queryOne } from './query.js';

export interface DocumentState {
  sha256: string;
  path: string;
  status: string;
  reason: string | null;
  records: EiaRecord[];
}

const StateRow = z.object({ status: z.string(), reason: z.string().nullable(), record_ids: z.string() });
const RecordRow = z.object({ id: z.number().int(), record: z.string() });
const Sha = z.object({ sha256: z.string(), path: z.string() });

/** Documents some run in (fromRun, toRun] touched, in path order. */
export function documentsTouched(db: Db, fromRun: number, toRun: number): Array<{ sha256: string; path: string }> {
  return queryAll(
    db,
    Sha,
    `SELECT DISTINCT d.sha256, d.path FROM run_documents rd JOIN documents d ON d.sha256 = rd.sha256
     WHERE rd.run_id > ? AND rd.run_id <= ? ORDER BY d.path`,
    fromRun,
    toRun,
  );
}

/** Every document some run up to `run` touched, in path order. */
export function documentsUpTo(db: Db, run: number): Array<{ sha256: string; path: string }> {
  return documentsTouched(db, 0, run);
}

/** The document as run `run` (or the last run before it that touched it) left it; null if none had. */
export function stateAt(db: Db, doc: { sha256: string; path: string }, run: number): DocumentState | null {
  const row = queryOne(
    db,
    StateRow,
    'SELECT status, reason, record_ids FROM run_documents WHERE sha256 = ? AND run_id <= ? AND record_ids IS NOT NULL ORDER BY run_id DESC LIMIT 1',
    doc.sha256,
    run,
  );
  if (!row) return null;
  const ids = z.array(z.number().int()).parse(JSON.parse(row.record_ids));
  const byId = new Map(
    ids.length === 0 ? [] : queryAll(db, RecordRow, `SELECT id, record FROM records WHERE id IN (${ids.map(() => '?').join(',')})`, ...ids).map((r) => [r.id, r.record]),
  );
  const records = ids.flatMap((id) => {
    const json = byId.get(id);
    return json ? [EiaRecord.parse(JSON.parse(json))] : [];
  });
  return { sha256: doc.sha256, path: doc.path, status: row.status, reason: row.reason, records };
}
