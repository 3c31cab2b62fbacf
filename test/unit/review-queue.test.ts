/** The review queue's pure core: why a field is queued, the audit sample, record order; and Wilson intervals. */
import { describe, expect, it } from 'vitest';
import { accuracyFrom, wilsonInterval } from '../../src/store/auditAccuracy.js';
import type { CorrectionRow } from '../../src/store/correctionRows.js';
import { formFields, inAuditSample, orderQueue, queueRecord, type QueueInput } from '../../src/store/reviewQueue.js';
import { sampleRecord, SHA } from '../helpers/reviewRecords.js';

const input = (over: Partial<QueueInput> = {}): QueueInput => ({ sha256: SHA, indexInFile: 0, recordId: 1, createdAt: '2026-01-01T00:00:00Z', extracted: sampleRecord(), corrections: [], ...over });
const opts = { threshold: 0.9, auditRate: 0, auditSeed: 's', formHas: new Map<string, Set<string>>() };

describe('review queue', () => {
  it('queues fields below the threshold with their reason, by natural key', () => {
    const q = queueRecord(input(), opts);
    expect(q.fields.map((f) => [f.pointer, f.reasons])).toEqual([['/impacts/[age|||]/rating', ['low-confidence']]]);
    expect(q.pending).toBe(1);
  });

  it('queues what the form always has when a record lacks it', () => {
    const others = Array.from({ length: 9 }, () => sampleRecord({ purpose: 'Why' }));
    for (const r of others) r.template.id = 'anytown';
    const lacking = sampleRecord({ title: null });
    lacking.template.id = 'anytown';
    const formHas = formFields([...others, lacking]);
    expect([...formHas.get('anytown')!].sort()).toEqual(['impacts', 'organisation', 'purpose', 'title']);
    const q = queueRecord(input({ extracted: lacking }), { ...opts, formHas });
    expect(q.fields.filter((f) => f.reasons.includes('missing')).map((f) => f.pointer).sort()).toEqual(['/purpose', '/title']);
  });

  it('draws the same audit sample for the same seed, about the rate asked for, only among auto-accepted fields', () => {
    const draws = Array.from({ length: 20_000 }, (_, i) => inAuditSample('seed', SHA, 0, `/impacts/${i}/rating`, 0.02));
    const share = draws.filter(Boolean).length / draws.length;
    expect(share).toBeGreaterThan(0.016);
    expect(share).toBeLessThan(0.024);
    expect(Array.from({ length: 200 }, (_, i) => inAuditSample('seed', SHA, 0, `/p/${i}`, 0.02))).toEqual(Array.from({ length: 200 }, (_, i) => inAuditSample('seed', SHA, 0, `/p/${i}`, 0.02)));
    const all = queueRecord(input(), { ...opts, auditRate: 1 });
    expect(all.fields.find((f) => f.pointer === '/title')!.reasons).toEqual(['audit-sample']);
    expect(all.fields.find((f) => f.pointer === '/impacts/[age|||]/rating')!.reasons).toEqual(['low-confidence']);
  });

  it('orders records by expected wrong fields, then by age; a decided field is no longer pending', () => {
    const sure = sampleRecord({}, { '/impacts/0/rating': 0.99 });
    const decided: CorrectionRow = { id: 1, pointer: '/impacts/[age|||]/rating', action: 'accept', value: null, oldValue: 'negative', reviewer: 'ann', createdAt: '', recordId: 1, seenId: null, undoes: null, reasons: ['low-confidence'] };
    const a = queueRecord(input({ extracted: sure, createdAt: '2026-01-01' }), opts);
    const b = queueRecord(input({ sha256: 'b'.repeat(64), createdAt: '2026-02-01' }), opts);
    const c = queueRecord(input({ sha256: 'c'.repeat(64), createdAt: '2025-12-01' }), opts);
    expect(orderQueue([a, b, c]).map((r) => r.sha256[0])).toEqual(['c', 'b', 'a']);
    const done = queueRecord(input({ corrections: [decided] }), opts);
    expect(done.pending).toBe(0);
    expect(done.expectedWrong).toBeLessThan(b.expectedWrong);
  });
});

describe('audit accuracy', () => {
  it('gives the Wilson 95 % interval', () => {
    // Known values: 0 of 10 → [0, 0.2775]; 5 of 10 → [0.2366, 0.7634].
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 10).high).toBeCloseTo(0.2775, 3);
    expect(wilsonInterval(5, 10).low).toBeCloseTo(0.2366, 3);
    expect(wilsonInterval(5, 10).high).toBeCloseTo(0.7634, 3);
  });

  it('counts only audit-sample decisions, the latest per field, a change as an error', () => {
    const row = (id: number, pointer: string, action: CorrectionRow['action'], value: unknown, reasons: CorrectionRow['reasons'] = ['audit-sample']): { key: string; decision: CorrectionRow } => ({
      key: `${SHA}${pointer}`, decision: { id, pointer, action, value, oldValue: 'x', reviewer: 'ann', createdAt: '', recordId: 1, seenId: null, undoes: null, reasons },
    });
    const acc = accuracyFrom([
      row(1, '/title', 'accept', null), row(2, '/organisation', 'set', 'y'), row(3, '/organisation', 'set', 'x'),
      row(4, '/impacts/[age|||]/rating', 'set', 'both'), row(5, '/directorate', 'set', 'z', ['low-confidence']),
    ]);
    expect(acc.byKind.map((k) => [k.kind, k.audited, k.wrong])).toEqual([['impacts.rating', 1, 1], ['organisation', 1, 0], ['title', 1, 0]]);
    expect(acc.overall).toMatchObject({ audited: 3, wrong: 1 });
  });
});
