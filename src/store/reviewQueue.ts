/**
 * Which fields a reviewer should read, and why — pure: the store hands in records and their
 * decisions (reviewQueueStore.ts). A field is queued when
 *   - its extracted confidence is below the review threshold (`low-confidence`);
 *   - it is empty where the record's form always fills it in (`missing`: at least
 *     FORM_HAS_SHARE of the form's other records have it, title on every form);
 *   - a newer extraction disagrees with a reviewer's correction (`disagrees-with-newer-extraction`);
 *   - it was auto-accepted but drawn for the audit sample (`audit-sample`): a seeded hash of
 *     the store's stored seed and the field's natural-key pointer, so every session and
 *     `eia review list` draw the same fields, and re-extraction does not redraw them.
 * Records come in order of expected wrong fields (Σ 1 − confidence), then oldest first.
 */
import { createHash } from 'node:crypto';
import { valueAt } from '../model/jsonPointer.js';
import { EIA_SCALAR_FIELDS, type EiaRecord } from '../model/record.js';
import { readerOfTemplate, thresholdFor, type ReviewThresholds } from '../model/reviewThresholds.js';
import { applyCorrectionsDetailed, type AppliedDecision } from './applyCorrections.js';
import { fieldKind, toKeyedPointer, toPositionalPointer } from './correctionPointers.js';
import { activeDecisions, type CorrectionRow, type QueueReason } from './correctionRows.js';

/** Share of a form's records that must have a field for its absence to be queued. */
export const FORM_HAS_SHARE = 0.9;
/** Fewer records of a form than this say nothing about what the form always has. */
export const FORM_HAS_MIN_RECORDS = 3;
/** Arrays whose emptiness counts as missing, beside the scalar fields. */
const ROW_ARRAYS = ['people', 'impacts', 'actions'] as const;

export interface QueueInput {
  sha256: string;
  indexInFile: number;
  recordId: number;
  /** When this extraction was stored (ISO): older records come first among equals. */
  createdAt: string;
  extracted: EiaRecord;
  corrections: readonly CorrectionRow[];
}

export interface QueueOptions {
  /** Per reader (a record's template id says which), or one number for both. */
  threshold: number | ReviewThresholds;
  auditRate: number;
  auditSeed: string;
  /** Per template, the fields (scalar names, or people/impacts/actions) its records always have. */
  formHas: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface QueuedField {
  /** Natural-key pointer: what a decision on this field is keyed by. */
  pointer: string;
  /** Where it sits in the corrected record now. */
  positional: string;
  kind: string;
  reasons: QueueReason[];
  /** The extractor's confidence (null for a missing field, which has none). */
  confidence: number | null;
  /** The value now, corrections applied. */
  value: unknown;
  /** What the extraction says (the value a decision is compared with later). */
  extractedValue: unknown;
  /** The standing decision on it, if any; the field is pending without one (or when it disagrees). */
  decision: AppliedDecision | null;
  pending: boolean;
}

export interface QueuedRecord {
  sha256: string;
  indexInFile: number;
  recordId: number;
  createdAt: string;
  file: string;
  template: string;
  title: string | null;
  /** Σ (1 − confidence) over the corrected record's fields: how many are expected to be wrong. */
  expectedWrong: number;
  /** Queued fields, pending ones first, then in record order. */
  fields: QueuedField[];
  pending: number;
  /** The record with decisions applied, and as the extractor left it. */
  record: EiaRecord;
  extracted: EiaRecord;
  /** A reviewer has marked every queued field decided. */
  complete: boolean;
}

/** Whether the audit sample takes this field: the same answer for the same seed and field, always. */
export function inAuditSample(seed: string, sha256: string, indexInFile: number, pointer: string, rate: number): boolean {
  if (rate <= 0) return false;
  const h = createHash('sha256').update(`${seed}\u0000${sha256}\u0000${indexInFile}\u0000${pointer}`).digest();
  return h.readUInt32BE(0) / 0x1_0000_0000 < rate;
}

const empty = (v: unknown): boolean => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** The fields every template's records (nearly) always have: what `missing` is measured against. */
export function formFields(records: Iterable<EiaRecord>): Map<string, Set<string>> {
  const counts = new Map<string, { n: number; has: Map<string, number> }>();
  for (const r of records) {
    const c = counts.get(r.template.id) ?? { n: 0, has: new Map<string, number>() };
    c.n++;
    for (const f of [...EIA_SCALAR_FIELDS, ...ROW_ARRAYS]) if (!empty(r.eia[f])) c.has.set(f, (c.has.get(f) ?? 0) + 1);
    counts.set(r.template.id, c);
  }
  const out = new Map<string, Set<string>>();
  for (const [template, c] of counts) {
    const fields = new Set<string>(['title']);
    // `generic` pools every unknown form: what its records share says nothing about one form.
    if (template !== 'generic' && c.n >= FORM_HAS_MIN_RECORDS) for (const [f, n] of c.has) if (n / c.n >= FORM_HAS_SHARE) fields.add(f);
    out.set(template, fields);
  }
  return out;
}

export function queueRecord(input: QueueInput, options: QueueOptions): QueuedRecord {
  const applied = applyCorrectionsDetailed(input.extracted, input.corrections);
  const record = applied.record;
  // The extracting reader's threshold: a generic value and a template value of equal confidence need not both be queued.
  const threshold = thresholdFor(options.threshold, readerOfTemplate(input.extracted.template.id));
  const latest = new Map<string, AppliedDecision>();
  for (const d of applied.decisions) if (d.positional !== null) latest.set(d.positional, d);
  const decidedOn = new Map(activeDecisions(input.corrections).map((d) => [d.pointer, d]));
  const fields: QueuedField[] = [];
  const queue = (positional: string, reasons: QueueReason[], confidence: number | null): void => {
    const pointer = toKeyedPointer(record.eia, positional) ?? positional;
    const decision = latest.get(positional) ?? null;
    const disagrees = decision?.outcome === 'disagrees-with-newer-extraction';
    const extractedAt = toPositionalPointer(input.extracted.eia, pointer);
    fields.push({
      pointer, positional, kind: fieldKind(positional), confidence,
      reasons: disagrees && !reasons.includes('disagrees-with-newer-extraction') ? [...reasons, 'disagrees-with-newer-extraction'] : reasons,
      value: valueAt(record.eia, positional),
      extractedValue: extractedAt === null ? undefined : valueAt(input.extracted.eia, extractedAt),
      decision: decision ?? (decidedOn.has(pointer) ? { decision: decidedOn.get(pointer)!, positional, outcome: 'accepted' } : null),
      pending: disagrees || (!decision && !decidedOn.has(pointer)),
    });
  };
  for (const [positional, corrected] of Object.entries(record.confidence)) {
    const pointer = toKeyedPointer(record.eia, positional);
    const extractedAt = pointer === null ? null : toPositionalPointer(input.extracted.eia, pointer);
    // A row a reviewer added has no extracted confidence: it was decided, not guessed.
    const confidence = extractedAt === null ? null : (input.extracted.confidence[extractedAt] ?? null);
    const reasons: QueueReason[] = [];
    if (confidence !== null && confidence < threshold) reasons.push('low-confidence');
    else if (confidence !== null && inAuditSample(options.auditSeed, input.sha256, input.indexInFile, pointer ?? positional, options.auditRate)) reasons.push('audit-sample');
    if (latest.get(positional)?.outcome === 'disagrees-with-newer-extraction') reasons.push('disagrees-with-newer-extraction');
    if (reasons.length) queue(positional, reasons, confidence ?? corrected);
  }
  for (const f of options.formHas.get(record.template.id) ?? ['title']) {
    if (empty(valueAt(record.eia, `/${f}`)) && !fields.some((q) => q.positional === `/${f}`)) queue(`/${f}`, ['missing'], null);
  }
  fields.sort((a, b) => Number(b.pending) - Number(a.pending));
  return {
    sha256: input.sha256,
    indexInFile: input.indexInFile,
    recordId: input.recordId,
    createdAt: input.createdAt,
    file: record.document.file,
    template: record.template.id,
    title: record.eia.title,
    expectedWrong: Object.values(record.confidence).reduce((s, c) => s + (1 - c), 0),
    fields,
    pending: fields.filter((f) => f.pending).length,
    record,
    extracted: input.extracted,
    complete: applied.complete,
  };
}

/** Records in review order: most expected wrong fields first, then the oldest. */
export function orderQueue(records: QueuedRecord[]): QueuedRecord[] {
  return [...records].sort((a, b) => b.expectedWrong - a.expectedWrong || a.createdAt.localeCompare(b.createdAt) || a.sha256.localeCompare(b.sha256) || a.indexInFile - b.indexInFile);
}
