/**
 * Corrections as data, on a real SQLite file: keyed by natural keys so they survive a
 * re-extraction that moves rows, versioned so a stale decision is refused, append-only, and
 * compared with newer extractions (confirmed / disagrees-with-newer-extraction).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { applyCorrectionsDetailed, readCorrections } from '../../src/store/applyCorrections.js';
import { toKeyedPointer, toPositionalPointer } from '../../src/store/correctionPointers.js';
import { currentRecordId, recordDecision, StaleDecisionError, type NewDecision } from '../../src/store/corrections.js';
import type { Db } from '../../src/store/openStore.js';
import { currentRecords } from '../../src/store/readStore.js';
import { queuedRecord } from '../../src/store/reviewQueueStore.js';
import { sampleRecord, saveRecords, SHA, storeWith } from '../helpers/reviewRecords.js';

const RATING = '/impacts/[age|||]/rating';
let db: Db | undefined;
afterEach(() => db?.close());

function decide(d: Db, over: Partial<NewDecision>): number {
  return recordDecision(d, { sha256: SHA, indexInFile: 0, pointer: RATING, action: 'set', value: 'positive', oldValue: 'negative', reviewer: 'ann', recordId: currentRecordId(d, SHA, 0)!, seenId: null, ...over });
}

const settings = { threshold: 0.9, auditRate: 0 };

describe('natural-key pointers', () => {
  it('name rows by what they are and convert both ways', () => {
    const r = sampleRecord();
    expect(toKeyedPointer(r.eia, '/impacts/0/rating')).toBe(RATING);
    expect(toPositionalPointer(r.eia, '/impacts/[race|||]/narrative')).toBe('/impacts/2/narrative');
    expect(toPositionalPointer(r.eia, '/impacts/[sex|||]/rating')).toBeNull();
    expect(toKeyedPointer(r.eia, '/title')).toBe('/title');
  });
});

describe('corrections in the store', () => {
  it('survive a re-extraction that finds a row more before the corrected one', () => {
    ({ db } = storeWith([sampleRecord()]));
    decide(db, {});
    const extra = sampleRecord();
    extra.eia.impacts.unshift({ characteristic: 'sex', label: 'Sex', group: null, subgroup: null, proposal: null, rating: 'neutral', narrative: null, mitigation: null, owner: null });
    extra.confidence = { '/impacts/0': 0.9, '/impacts/1/rating': 0.6, '/impacts/3/rating': 0.95 };
    saveRecords(db, [extra]);
    const [record] = [...currentRecords(db)];
    expect(record!.eia.impacts.map((i) => `${i.characteristic}:${i.rating}`)).toEqual(['sex:neutral', 'age:positive', 'disability:neutral', 'race:positive']);
    expect(record!.confidence['/impacts/1/rating']).toBe(1);
    expect(record!.confidence['/impacts/3/rating']).toBe(0.95);
  });

  it('refuse the second of two decisions made on the same version of a field, keeping the first', () => {
    ({ db } = storeWith([sampleRecord()]));
    const first = decide(db, { reviewer: 'ann', value: 'positive' });
    expect(() => decide(db!, { reviewer: 'bob', value: 'both' })).toThrow(StaleDecisionError);
    expect(() => decide(db!, { reviewer: 'bob', value: 'both' })).toThrow(/ann decided this field/);
    // Made on the version after ann's, bob's decision stands.
    decide(db, { reviewer: 'bob', value: 'both', seenId: first });
    expect([...currentRecords(db)][0]!.eia.impacts[0]!.rating).toBe('both');
    expect(readCorrections(db, SHA, 0).map((c) => c.reviewer)).toEqual(['ann', 'bob']);
  });

  it('refuse a decision made on an extraction that has been replaced since', () => {
    ({ db } = storeWith([sampleRecord()]));
    const seen = currentRecordId(db, SHA, 0)!;
    saveRecords(db, [sampleRecord({ title: 'Library hours (new run)' })]);
    expect(() => decide(db!, { recordId: seen })).toThrow(/re-extracted/);
  });

  it('are append-only: the log cannot be edited, an undo is a row of its own', () => {
    ({ db } = storeWith([sampleRecord()]));
    const id = decide(db, {});
    expect(() => db!.prepare('UPDATE corrections SET value = ?').run('"both"')).toThrow(/append-only/);
    expect(() => db!.prepare('DELETE FROM corrections').run()).toThrow(/append-only/);
    decide(db, { action: 'undo', undoes: id, seenId: id, value: null });
    expect([...currentRecords(db)][0]!.eia.impacts[0]!.rating).toBe('negative');
    expect(readCorrections(db, SHA, 0)).toHaveLength(2);
  });

  it('delete a row and move the other rows’ confidence and provenance up with it', () => {
    ({ db } = storeWith([sampleRecord()]));
    decide(db, { action: 'delete-row', pointer: '/impacts/[age|||]', value: null, oldValue: sampleRecord().eia.impacts[0] });
    const [record] = [...currentRecords(db)];
    expect(record!.eia.impacts.map((i) => i.characteristic)).toEqual(['disability', 'race']);
    expect(record!.confidence['/impacts/1/narrative']).toBe(0.98);
    expect(record!.provenance['/impacts/1/rating']).toMatchObject({ page: 2, start: 140 });
    expect(record!.confidence['/impacts/2/rating']).toBeUndefined();
  });

  it('add a missing row, and mark the record reviewed only once every queued field is decided', () => {
    ({ db } = storeWith([sampleRecord()]));
    const row = { characteristic: 'sex', label: 'Sex', group: null, subgroup: null, proposal: null, rating: 'neutral', narrative: null, mitigation: null, owner: null };
    decide(db, { action: 'add-row', pointer: '/impacts', value: row, oldValue: undefined });
    expect([...currentRecords(db)][0]!.eia.impacts.at(-1)).toEqual(row);
    expect([...currentRecords(db)][0]!.review.status).toBe('needs-review');
    decide(db, { action: 'complete', pointer: '' });
    expect([...currentRecords(db)][0]!.review.status).toBe('reviewed');
  });

  it('are confirmed when a newer extraction agrees, and queued again when it says something else', () => {
    ({ db } = storeWith([sampleRecord()]));
    decide(db, { value: 'positive', oldValue: 'negative' });
    const agrees = sampleRecord();
    agrees.eia.impacts[0]!.rating = 'positive';
    saveRecords(db, [agrees]);
    const confirmed = applyCorrectionsDetailed(agrees, readCorrections(db, SHA, 0));
    expect(confirmed.decisions[0]!.outcome).toBe('confirmed');
    expect(queuedRecord(db, settings, SHA, 0)!.fields.find((f) => f.pointer === RATING)!.pending).toBe(false);

    const third = sampleRecord();
    third.eia.impacts[0]!.rating = 'both';
    saveRecords(db, [third]);
    const q = queuedRecord(db, settings, SHA, 0)!;
    const field = q.fields.find((f) => f.pointer === RATING)!;
    expect(field.value).toBe('positive'); // the correction still wins
    expect(field.reasons).toContain('disagrees-with-newer-extraction');
    expect(field.pending).toBe(true);
    expect(q.fields[0]!.pending).toBe(true);
  });
});
