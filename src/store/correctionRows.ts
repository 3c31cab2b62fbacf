/**
 * A reviewer's decision as the store keeps it (one row of `corrections`), parsed. Shared by
 * the reader (applyCorrections.ts) and the writer (corrections.ts).
 */
import { z } from 'zod';

export const CORRECTION_ACTIONS = ['set', 'accept', 'delete-row', 'add-row', 'undo', 'complete'] as const;
export type CorrectionAction = (typeof CORRECTION_ACTIONS)[number];

/** Why a field was put in front of a reviewer (stored with the decision: the audit sample is measured). */
export const QUEUE_REASONS = ['low-confidence', 'missing', 'disagrees-with-newer-extraction', 'audit-sample'] as const;
export type QueueReason = (typeof QUEUE_REASONS)[number];

export interface CorrectionRow {
  id: number;
  /** Natural-key JSON Pointer into `eia` (correctionPointers.ts); positional for rows written before migration 20. */
  pointer: string;
  action: CorrectionAction;
  /** The new value (set), the added row (add-row); null otherwise. */
  value: unknown;
  /**
   * What the extraction said there when the decision was made (undefined: nothing, or a row
   * written before migration 20): a newer extraction is compared with it.
   */
  oldValue: unknown;
  reviewer: string | null;
  createdAt: string;
  /** The record version (records.id) the decision was made on; null for rows written by hand (SQL). */
  recordId: number | null;
  /** The decision on the same field this one replaced (the field's version the reviewer saw). */
  seenId: number | null;
  /** The decision an undo takes back. */
  undoes: number | null;
  reasons: QueueReason[];
}

const json = (s: string | null): unknown => (s === null ? undefined : (JSON.parse(s) as unknown));

export const CorrectionDbRow = z
  .object({
    id: z.number().int(),
    pointer: z.string(),
    action: z.enum(CORRECTION_ACTIONS),
    value: z.string(),
    old_value: z.string().nullable(),
    reviewer: z.string().nullable(),
    created_at: z.string(),
    record_id: z.number().int().nullable(),
    seen_id: z.number().int().nullable(),
    undoes: z.number().int().nullable(),
    reasons: z.string().nullable(),
  })
  .transform(
    (r): CorrectionRow => ({
      id: r.id,
      pointer: r.pointer,
      action: r.action,
      value: json(r.value) ?? null,
      oldValue: json(r.old_value),
      reviewer: r.reviewer,
      createdAt: r.created_at,
      recordId: r.record_id,
      seenId: r.seen_id,
      undoes: r.undoes,
      reasons: r.reasons ? z.array(z.enum(QUEUE_REASONS)).parse(JSON.parse(r.reasons)) : [],
    }),
  );

export const CORRECTION_COLUMNS = 'id, pointer, action, value, old_value, reviewer, created_at, record_id, seen_id, undoes, reasons';
/** The same columns from a store not yet migrated to 20 (opened read-only by an export): hand-written fixes. */
export const LEGACY_CORRECTION_COLUMNS = `id, pointer, 'set' AS action, value, NULL AS old_value, reviewer, created_at, NULL AS record_id, NULL AS seen_id, NULL AS undoes, NULL AS reasons`;

/** The decisions still standing: undo rows and what they undo are left out. */
export function activeDecisions(rows: readonly CorrectionRow[]): CorrectionRow[] {
  const undone = new Set(rows.filter((r) => r.action === 'undo' && r.undoes !== null).map((r) => r.undoes));
  return rows.filter((r) => r.action !== 'undo' && !undone.has(r.id));
}
