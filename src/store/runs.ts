/**
 * Runs as rows: every ingest or re-run is one, with the extractor and converter versions it
 * ran, the code revision when known, how it ended and its counts by outcome; what each run
 * did to each document is in `run_documents`, and records keep the run that made them.
 */
import { z } from 'zod';
import type { Db } from './db.js';
import { queryAll, queryOne } from './query.js';
import { relinkCopies } from './copyLinks.js';

const now = (): string => new Date().toISOString();

export interface RunStart {
  kind: 'ingest' | 'rerun';
  /** The extractor set key (extractors/registry.ts). */
  extractors: string;
  /** The converter set key (src/convert/convertDocument.ts). */
  converters: string;
  /** The code revision (git commit) when known. */
  revision: string | null;
  /** What the run was asked for (paths, filters), for people reading `eia runs`. */
  options?: Record<string, unknown>;
}

export const RUN_STATUSES = ['running', 'finished', 'stopped'] as const;

export const Run = z.object({
  id: z.number().int(),
  kind: z.string(),
  extractors: z.string(),
  converters: z.string().nullable(),
  revision: z.string().nullable(),
  status: z.enum(RUN_STATUSES),
  started_at: z.string(),
  finished_at: z.string().nullable(),
  files: z.number().int(),
  counts: z.string().nullable().transform((c) => (c ? (JSON.parse(c) as Record<string, number>) : {})),
  options: z.string().nullable().transform((o) => (o ? (JSON.parse(o) as Record<string, unknown>) : {})),
});
export type Run = z.infer<typeof Run>;

export function startRun(db: Db, r: RunStart): number {
  const res = db
    .prepare(`INSERT INTO runs (kind, extractors, converters, revision, status, options, started_at) VALUES (?, ?, ?, ?, 'running', ?, ?)`)
    .run(r.kind, r.extractors, r.converters, r.revision, JSON.stringify(r.options ?? {}), now());
  return Number(res.lastInsertRowid);
}

export function finishRun(db: Db, runId: number, end: { stopped: boolean; files: number; counts: Record<string, number> }): void {
  db.prepare('UPDATE runs SET finished_at = ?, status = ?, files = ?, counts = ? WHERE id = ?').run(now(), end.stopped ? 'stopped' : 'finished', end.files, JSON.stringify(end.counts), runId);
  // Copies of one EIA are linked over the whole store, so a run's new files join older ones.
  relinkCopies(db);
}

/** What a run did to one document: inside the transaction that stores the document's result. */
export function noteRunDocument(
  db: Db,
  runId: number,
  d: { sha256: string; status: string; reason: string | null; extractedWith: string | null; converted: boolean; recordIds: number[] | null },
): void {
  db.prepare(
    `INSERT INTO run_documents (run_id, sha256, status, reason, extracted_with, converted, record_ids) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT(run_id, sha256) DO UPDATE SET status = excluded.status, reason = excluded.reason, extracted_with = excluded.extracted_with,
       converted = excluded.converted, record_ids = excluded.record_ids`,
  ).run(runId, d.sha256, d.status, d.reason, d.extractedWith, d.converted ? 1 : 0, d.recordIds ? JSON.stringify(d.recordIds) : null);
}

const RUN_COLUMNS = 'id, kind, extractors, converters, revision, status, started_at, finished_at, files, counts, options';

export function listRuns(db: Db): Run[] {
  return queryAll(db, Run, `SELECT ${RUN_COLUMNS} FROM runs ORDER BY id`);
}

export function getRun(db: Db, id: number): Run | null {
  return queryOne(db, Run, `SELECT ${RUN_COLUMNS} FROM runs WHERE id = ?`, id);
}

/** The newest run that finished or stopped (not one still running), of a kind if given. */
export function latestRun(db: Db, kind?: string): Run | null {
  return kind
    ? queryOne(db, Run, `SELECT ${RUN_COLUMNS} FROM runs WHERE status != 'running' AND kind = ? ORDER BY id DESC LIMIT 1`, kind)
    : queryOne(db, Run, `SELECT ${RUN_COLUMNS} FROM runs WHERE status != 'running' ORDER BY id DESC LIMIT 1`);
}
