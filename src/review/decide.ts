/**
 * One decision from the review page (a form post or JSON), checked before it is stored:
 * its field exists, the record as it would be afterwards passes the zod model (ratings,
 * characteristics, ISO dates…), and it was made on the versions that are there now
 * (corrections.ts refuses a stale one). Once every queued field of a record is decided, the
 * record is marked complete (it exports as `reviewed`).
 */
import { z } from 'zod';
import { valueAt } from '../model/jsonPointer.js';
import { EiaRecord } from '../model/record.js';
import { applyCorrections, readCorrections } from '../store/applyCorrections.js';
import { toPositionalPointer } from '../store/correctionPointers.js';
import { fieldVersion, recordDecision, StaleDecisionError } from '../store/corrections.js';
import { activeDecisions } from '../store/correctionRows.js';
import type { Db } from '../store/openStore.js';
import { queuedRecord, type QueueSettings } from '../store/reviewQueueStore.js';

export const DecisionForm = z.object({
  pointer: z.string().regex(/^(\/.*)?$/),
  action: z.enum(['accept', 'edit', 'not-stated', 'delete-row', 'add-row', 'undo']),
  /** The edit box's text, or the added row as JSON. */
  value: z.string().max(100_000).optional(),
  recordId: z.coerce.number().int(),
  // A form sends '' for none, a JSON client null or a number.
  seenId: z.union([z.string(), z.number(), z.null()]).optional().transform((s) => (s === '' || s === null || s === undefined ? null : Number(s))).pipe(z.number().int().nullable()),
  undoes: z.union([z.string(), z.number(), z.null()]).optional().transform((s) => (s === '' || s === null || s === undefined ? undefined : Number(s))).pipe(z.number().int().optional()),
});
export type DecisionForm = z.infer<typeof DecisionForm>;

export type DecideResult = { ok: true; id: number } | { ok: false; status: 400 | 404 | 409 | 423; error: string };

/** Fields whose "not stated" is a vocabulary word rather than an empty value. */
const NOT_STATED: Record<string, unknown> = { rating: 'not-stated' };

/** The edit box's text as the field's type: a number for `proposal`, null for an emptied box. */
function typedValue(field: string, text: string): unknown {
  const t = text.trim();
  if (t === '') return null;
  if (field === 'proposal') return /^\d+$/.test(t) ? Number(t) : t;
  return t;
}

function issueText(error: z.ZodError, base: string): string {
  const issue = error.issues[0];
  if (!issue) return 'the value does not fit the model';
  const where = issue.path.length ? `/${issue.path.slice(1).join('/')}` : base;
  return `${where}: ${issue.message}`;
}

export function decide(db: Db, settings: QueueSettings, sha256: string, indexInFile: number, form: DecisionForm, reviewer: string): DecideResult {
  const queued = queuedRecord(db, settings, sha256, indexInFile);
  if (!queued) return { ok: false, status: 404, error: 'no such record in the store' };
  // `d` on any field of a row deletes the row: the decision is on the row, not the field.
  if (form.action === 'delete-row') form = { ...form, pointer: form.pointer.split('/').slice(0, 3).join('/') };
  const rows = readCorrections(db, sha256, indexInFile);
  const field = form.pointer.split('/').at(-1) ?? '';
  const positional = form.action === 'add-row' ? form.pointer : toPositionalPointer(queued.record.eia, form.pointer);
  if (positional === null) return { ok: false, status: 409, error: `${form.pointer} is no longer in this record: reload the page` };
  let action: 'set' | 'accept' | 'delete-row' | 'add-row' | 'undo';
  let value: unknown = null;
  if (form.action === 'edit') [action, value] = ['set', typedValue(field, form.value ?? '')];
  else if (form.action === 'not-stated') [action, value] = ['set', NOT_STATED[field] ?? null];
  else if (form.action === 'add-row') {
    action = 'add-row';
    try {
      value = JSON.parse(form.value ?? '') as unknown;
    } catch {
      return { ok: false, status: 400, error: 'the new row is not valid JSON' };
    }
  } else action = form.action;
  if (action === 'delete-row' && !/^\/(impacts|people|actions)\/\d+$/.test(positional)) return { ok: false, status: 400, error: 'only a whole impact, person or action row can be deleted: select a field of one' };
  if (action === 'add-row' && !['/impacts', '/people', '/actions'].includes(form.pointer)) return { ok: false, status: 400, error: 'rows can be added to /impacts, /people or /actions' };
  const extractedAt = toPositionalPointer(queued.extracted.eia, form.pointer);
  const oldValue = extractedAt === null || action === 'add-row' ? undefined : valueAt(queued.extracted.eia, extractedAt);
  const candidate = { id: Number.MAX_SAFE_INTEGER, pointer: form.pointer, action, value, oldValue, reviewer, createdAt: '', recordId: queued.recordId, seenId: form.seenId, undoes: action === 'undo' ? (form.undoes ?? null) : null, reasons: [] };
  const checked = EiaRecord.safeParse(applyCorrections(queued.extracted, [...rows, candidate]));
  if (!checked.success) return { ok: false, status: 400, error: issueText(checked.error, form.pointer) };
  const reasons = queued.fields.find((f) => f.pointer === form.pointer)?.reasons ?? [];
  try {
    const id = recordDecision(db, { sha256, indexInFile, pointer: form.pointer, action, value, oldValue, reviewer, recordId: form.recordId, seenId: form.seenId, reasons, ...(action === 'undo' && form.undoes !== undefined ? { undoes: form.undoes } : {}) });
    settleCompletion(db, settings, sha256, indexInFile, reviewer);
    return { ok: true, id };
  } catch (e) {
    if (e instanceof StaleDecisionError) return { ok: false, status: 409, error: e.message };
    throw e;
  }
}

/**
 * A record is complete exactly while none of its queued fields waits: marked when the last
 * one is decided, and taken back (an undo row: the log stays append-only) when an undo makes
 * one wait again.
 */
function settleCompletion(db: Db, settings: QueueSettings, sha256: string, indexInFile: number, reviewer: string): void {
  const after = queuedRecord(db, settings, sha256, indexInFile);
  if (!after) return;
  if (after.pending === 0 && !after.complete) recordDecision(db, { sha256, indexInFile, pointer: '', action: 'complete', reviewer, recordId: after.recordId, seenId: null });
  if (after.pending > 0 && after.complete) {
    const mark = activeDecisions(readCorrections(db, sha256, indexInFile)).findLast((d) => d.action === 'complete');
    // Rows written by hand before the review app (no record version) stand for complete; they have no mark to take back.
    if (mark) recordDecision(db, { sha256, indexInFile, pointer: '', action: 'undo', undoes: mark.id, reviewer, recordId: after.recordId, seenId: fieldVersion(db, sha256, indexInFile, '')?.id ?? null });
  }
}
