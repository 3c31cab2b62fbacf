/**
 * Reviewers' decisions over an extraction: the one place that turns a record as the
 * extractor left it into the record as people have fixed it. Export, `eia show`, the review
 * pages and the queue all read records through here, so they can never disagree.
 *
 * Decisions are keyed by natural-key pointers (correctionPointers.ts) and applied in the
 * order they were made, each against the record as the ones before left it. A decided field
 * gets confidence 1. Comparing each decision with the extraction it is applied to says
 * whether a newer extraction now agrees (`confirmed`) or came up with a third value
 * (`disagrees-with-newer-extraction`: the correction still wins, the field is queued again).
 */
import { z } from 'zod';
import { valueAt, setAt } from '../model/jsonPointer.js';
import type { EiaRecord } from '../model/record.js';
import type { Db } from './db.js';
import { isRowArray, rowKeys, toPositionalPointer } from './correctionPointers.js';
import { activeDecisions, CORRECTION_COLUMNS, CorrectionDbRow, LEGACY_CORRECTION_COLUMNS, type CorrectionRow } from './correctionRows.js';
import { queryAll } from './query.js';

export type { CorrectionRow } from './correctionRows.js';

export type DecisionOutcome = 'corrected' | 'accepted' | 'confirmed' | 'disagrees-with-newer-extraction' | 'unresolved';

export interface AppliedDecision {
  decision: CorrectionRow;
  /** Where the decided value sits in the corrected record (null: a deleted row, or a key no row has now). */
  positional: string | null;
  outcome: DecisionOutcome;
}

export interface CorrectedRecord {
  record: EiaRecord;
  decisions: AppliedDecision[];
  /** The reviewer marked every queued field decided (or the fixes predate the review app). */
  complete: boolean;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The record with its decisions applied (see applyCorrectionsDetailed for what each did). */
export function applyCorrections(record: EiaRecord, rows: readonly CorrectionRow[]): EiaRecord {
  return applyCorrectionsDetailed(record, rows).record;
}

export function applyCorrectionsDetailed(extracted: EiaRecord, rows: readonly CorrectionRow[]): CorrectedRecord {
  const record = structuredClone(extracted);
  const decisions: AppliedDecision[] = [];
  const standing = activeDecisions(rows).sort((a, b) => a.id - b.id);
  let complete = false;
  for (const d of standing) {
    if (d.action === 'complete') {
      complete = true;
      continue;
    }
    // Fixes written by hand before the review app existed stand for a reviewed record.
    if (d.recordId === null && d.action === 'set') complete = true;
    decisions.push(applyOne(record, extracted, d));
  }
  if (decisions.length && complete) record.review.status = 'reviewed';
  return { record, decisions, complete };
}

function applyOne(record: EiaRecord, extracted: EiaRecord, d: CorrectionRow): AppliedDecision {
  const before = (pointer: string): unknown => {
    const p = toPositionalPointer(extracted.eia, pointer);
    return p === null ? undefined : valueAt(extracted.eia, p);
  };
  // The extraction moved since the decision only when it no longer says what it said then.
  const outcomeOf = (extractedValue: unknown, decided: unknown, unchanged: DecisionOutcome): DecisionOutcome => {
    if (d.oldValue === undefined || same(extractedValue, d.oldValue)) return unchanged;
    return same(extractedValue, decided) ? 'confirmed' : 'disagrees-with-newer-extraction';
  };
  if (d.action === 'add-row') {
    const array = d.pointer.slice(1);
    const rows = valueAt(record.eia, `/${array}`);
    if (!isRowArray(array) || !Array.isArray(rows)) return { decision: d, positional: null, outcome: 'unresolved' };
    const probe = structuredClone(record.eia);
    (valueAt(probe, `/${array}`) as unknown[]).push(d.value);
    const key = rowKeys(probe, array).at(-1) ?? '';
    // A newer extraction that found the row itself: the reviewer's row replaces it, once.
    const existing = rowKeys(record.eia, array).indexOf(key);
    const index = existing >= 0 ? existing : rows.length;
    const extractedRow = existing >= 0 ? rows[existing] : undefined;
    rows[index] = structuredClone(d.value);
    markDecided(record, `/${array}/${index}`, d.value);
    const outcome: DecisionOutcome = extractedRow === undefined ? 'corrected' : same(extractedRow, d.value) ? 'confirmed' : 'disagrees-with-newer-extraction';
    return { decision: d, positional: `/${array}/${index}`, outcome };
  }
  const positional = toPositionalPointer(record.eia, d.pointer);
  if (positional === null) {
    // A row deleted by a reviewer that the newer extraction no longer finds either: agreed.
    const outcome = d.action === 'delete-row' && before(d.pointer) === undefined && d.oldValue !== undefined ? 'confirmed' : 'unresolved';
    return { decision: d, positional: null, outcome };
  }
  if (d.action === 'delete-row') {
    const [, array, index] = positional.split('/');
    const rows = valueAt(record.eia, `/${array}`);
    if (!Array.isArray(rows) || index === undefined) return { decision: d, positional: null, outcome: 'unresolved' };
    rows.splice(Number(index), 1);
    dropRow(record, `/${array}`, Number(index));
    return { decision: d, positional: null, outcome: 'corrected' };
  }
  const extractedValue = before(d.pointer);
  if (d.action === 'accept') {
    record.confidence[positional] = 1;
    return { decision: d, positional, outcome: outcomeOf(extractedValue, valueAt(record.eia, positional), 'accepted') };
  }
  if (!setAt(record.eia, positional, structuredClone(d.value))) return { decision: d, positional: null, outcome: 'unresolved' };
  record.confidence[positional] = 1;
  return { decision: d, positional, outcome: outcomeOf(extractedValue, d.value, 'corrected') };
}

/** A row a reviewer wrote: every field of it is as sure as a person's word. */
function markDecided(record: EiaRecord, rowPointer: string, row: unknown): void {
  record.confidence[rowPointer] = 1;
  if (row && typeof row === 'object') for (const f of Object.keys(row)) record.confidence[`${rowPointer}/${f}`] = 1;
  for (const p of Object.keys(record.provenance)) if (p === rowPointer || p.startsWith(`${rowPointer}/`)) delete record.provenance[p];
}

/** Confidence and provenance follow the rows after one is removed: positions after it move up. */
function dropRow(record: EiaRecord, array: string, removed: number): void {
  const shift = <T>(map: Record<string, T>): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const [p, v] of Object.entries(map)) {
      if (!p.startsWith(`${array}/`)) {
        out[p] = v;
        continue;
      }
      const [index = '', ...rest] = p.slice(array.length + 1).split('/');
      const i = Number(index);
      if (i === removed) continue;
      out[[array, String(i > removed ? i - 1 : i), ...rest].join('/')] = v;
    }
    return out;
  };
  record.confidence = shift(record.confidence);
  record.provenance = shift(record.provenance);
}

/** Every decision on one record, oldest first (undone ones too: applyCorrections leaves them out). */
export function readCorrections(db: Db, sha256: string, indexInFile: number): CorrectionRow[] {
  const columns = migrated(db) ? CORRECTION_COLUMNS : LEGACY_CORRECTION_COLUMNS;
  return queryAll(db, CorrectionDbRow, `SELECT ${columns} FROM corrections WHERE sha256 = ? AND index_in_file = ? ORDER BY id`, sha256, indexInFile);
}

const migratedStores = new WeakMap<Db, boolean>();

function migrated(db: Db): boolean {
  let known = migratedStores.get(db);
  if (known === undefined) {
    known = queryAll(db, z.object({ name: z.string() }).passthrough(), 'PRAGMA table_info(corrections)').some((c) => c.name === 'action');
    migratedStores.set(db, known);
  }
  return known;
}
