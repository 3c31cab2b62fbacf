/**
 * The writer's side of reviewers' decisions: each one appended (never updated: the table is
 * the audit log) in a transaction that first checks it was made on what is there now — the
 * record's current extraction and the field's latest decision. Two reviewers deciding the
 * same field: the second is refused with who decided it, and nothing is overwritten.
 */
import { z } from 'zod';
import type { Db } from './db.js';
import { activeDecisions, type CorrectionAction, type QueueReason } from './correctionRows.js';
import { readCorrections } from './applyCorrections.js';
import { queryOne } from './query.js';

export class StaleDecisionError extends Error {
  constructor(message: string, readonly decidedBy: string | null) {
    super(message);
    this.name = 'StaleDecisionError';
  }
}

export interface NewDecision {
  sha256: string;
  indexInFile: number;
  /** Natural-key pointer (correctionPointers.ts); the array (`/impacts`) for add-row, '' for complete. */
  pointer: string;
  action: CorrectionAction;
  value?: unknown;
  oldValue?: unknown;
  reviewer: string;
  /** The record version the reviewer saw (records.id). */
  recordId: number;
  /** The field's latest decision the reviewer saw (null: none). */
  seenId: number | null;
  /** For an undo: the decision it takes back. */
  undoes?: number;
  reasons?: readonly QueueReason[];
}

const Latest = z.object({ id: z.number().int(), reviewer: z.string().nullable() });

/** The current record version of one EIA in a file, or null when the store has none. */
export function currentRecordId(db: Db, sha256: string, indexInFile: number): number | null {
  return queryOne(db, z.object({ id: z.number().int() }), 'SELECT id FROM records WHERE sha256 = ? AND index_in_file = ? AND current = 1', sha256, indexInFile)?.id ?? null;
}

/** The latest decision on a field (its version), undo rows included: an undo changes the field too. */
export function fieldVersion(db: Db, sha256: string, indexInFile: number, pointer: string): { id: number; reviewer: string | null } | null {
  return queryOne(db, Latest, `SELECT id, reviewer FROM corrections WHERE sha256 = ? AND index_in_file = ? AND pointer = ? AND action <> 'complete' ORDER BY id DESC LIMIT 1`, sha256, indexInFile, pointer);
}

/** Appends one decision after checking it is not stale; returns its id. */
export function recordDecision(db: Db, d: NewDecision): number {
  return db.transaction((): number => {
    const current = currentRecordId(db, d.sha256, d.indexInFile);
    if (current === null) throw new StaleDecisionError('this record is no longer in the store', null);
    if (current !== d.recordId) throw new StaleDecisionError('the document was re-extracted since this page was opened: reload it and decide again', null);
    const latest = fieldVersion(db, d.sha256, d.indexInFile, d.pointer);
    if (d.action !== 'complete' && (latest?.id ?? null) !== d.seenId) {
      const who = latest?.reviewer ?? 'someone';
      throw new StaleDecisionError(`${who} decided this field after this page was opened: reload to see their decision, yours was not saved`, latest?.reviewer ?? null);
    }
    if (d.action === 'undo') {
      const target = activeDecisions(readCorrections(db, d.sha256, d.indexInFile)).find((r) => r.id === d.undoes);
      if (!target || target.pointer !== d.pointer) throw new StaleDecisionError('that decision was already undone or is not on this field', null);
    }
    const res = db
      .prepare(
        `INSERT INTO corrections (sha256, index_in_file, pointer, action, value, old_value, reviewer, created_at, record_id, seen_id, undoes, reasons)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        d.sha256, d.indexInFile, d.pointer, d.action, JSON.stringify(d.value ?? null),
        d.oldValue === undefined ? null : JSON.stringify(d.oldValue), d.reviewer, new Date().toISOString(),
        d.recordId, d.seenId, d.undoes ?? null, d.reasons?.length ? JSON.stringify(d.reasons) : null,
      );
    return Number(res.lastInsertRowid);
  }).immediate(); // the write lock first: two servers on one store cannot both pass the check
}
