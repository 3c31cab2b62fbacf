/**
 * The review queue read from the store: current records with their decisions, the stored
 * audit seed, and what each form always has, handed to the pure core (reviewQueue.ts).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { EiaRecord } from '../model/record.js';
import type { Db } from './db.js';
import { readCorrections } from './applyCorrections.js';
import { formFields, orderQueue, queueRecord, type QueueInput, type QueueOptions, type QueuedRecord } from './reviewQueue.js';
import { queryAll, queryEach, queryOne } from './query.js';
import type { ReviewThresholds } from '../model/reviewThresholds.js';

export const DEFAULT_AUDIT_RATE = 0.02;

const RecordRow = z.object({ id: z.number().int(), sha256: z.string(), index_in_file: z.number().int(), created_at: z.string(), record: z.string() });

/**
 * The audit sample's seed: drawn once per store and kept, so the sample is the same for every
 * session. A read-only store without one samples with a fixed seed (it cannot keep a new one).
 */
export function auditSeed(db: Db): string {
  const row = queryOne(db, z.object({ value: z.string() }), `SELECT value FROM review_settings WHERE name = 'audit-seed'`);
  if (row) return row.value;
  if (db.readonly) return 'unseeded';
  const seed = randomBytes(16).toString('hex');
  db.prepare(`INSERT OR IGNORE INTO review_settings (name, value, created_at) VALUES ('audit-seed', ?, ?)`).run(seed, new Date().toISOString());
  return queryOne(db, z.object({ value: z.string() }), `SELECT value FROM review_settings WHERE name = 'audit-seed'`)?.value ?? seed;
}

function inputs(db: Db, where = '', ...params: unknown[]): Generator<QueueInput> {
  const rows = queryEach(db, RecordRow, `SELECT id, sha256, index_in_file, created_at, record FROM records WHERE current = 1 ${where} ORDER BY sha256, index_in_file`, ...params);
  return (function* () {
    for (const r of rows) {
      yield {
        sha256: r.sha256, indexInFile: r.index_in_file, recordId: r.id, createdAt: r.created_at,
        extracted: EiaRecord.parse(JSON.parse(r.record)),
        corrections: readCorrections(db, r.sha256, r.index_in_file),
      };
    }
  })();
}

export interface QueueSettings {
  /** Per reader, or one number for both (QueueOptions). */
  threshold: number | ReviewThresholds;
  auditRate: number;
}

function options(db: Db, settings: QueueSettings, all: readonly QueueInput[]): QueueOptions {
  return { ...settings, auditSeed: auditSeed(db), formHas: formFields(all.map((i) => i.extracted)) };
}

/** Every current record with its queued fields, in review order (records with nothing queued included). */
export function reviewQueue(db: Db, settings: QueueSettings): QueuedRecord[] {
  const all = [...inputs(db)];
  const opts = options(db, settings, all);
  return orderQueue(all.map((i) => queueRecord(i, opts)));
}

/** One record's queue entry, or null when the store has no current record there. */
export function queuedRecord(db: Db, settings: QueueSettings, sha256: string, indexInFile: number): QueuedRecord | null {
  const [input] = inputs(db, 'AND sha256 = ? AND index_in_file = ?', sha256, indexInFile);
  if (!input) return null;
  const templates = queryAll(db, z.object({ record: z.string() }), `SELECT record FROM records WHERE current = 1 AND template = ?`, input.extracted.template.id);
  const formHas = formFields(templates.map((t) => EiaRecord.parse(JSON.parse(t.record))));
  return queueRecord(input, { ...settings, auditSeed: auditSeed(db), formHas });
}
