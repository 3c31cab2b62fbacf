import { describe, expect, it } from 'vitest';
import { diffRecords } from '../../src/diff/diffRecords.js';
import { diffDocument } from '../../src/diff/diffRuns.js';
import { emptyEia, type EiaRecord, type Impact } from '../../src/model/record.js';

const impact = (characteristic: Impact['characteristic'], rating: Impact['rating'], narrative: string | null = null): Impact => ({
  characteristic, label: characteristic, group: null, subgroup: null, proposal: null, rating, narrative, mitigation: null, owner: null,
});

function record(over: Partial<EiaRecord['eia']>, confidence: Record<string, number> = {}): EiaRecord {
  return {
    schemaVersion: 1,
    document: { file: 'a.pdf', sha256: '0'.repeat(64), format: 'pdf', pages: 1, indexInFile: 0 },
    template: { id: 'generic', confidence: 0.9 },
    extractor: { name: 'generic', version: '1' },
    eia: { ...emptyEia(), ...over },
    confidence,
    provenance: {},
    review: { status: 'auto' },
  };
}

describe('field diffs', () => {
  it('match rows by what they are, not where they sit', () => {
    const a = record({ impacts: [impact('age', 'positive'), impact('disability', 'negative')] });
    const b = record({ impacts: [impact('disability', 'both'), impact('age', 'positive'), impact('race', 'neutral')] });
    expect(diffRecords(a, b).map((c) => [c.kind, c.path, c.from, c.to].map((v) => (typeof v === 'object' && v ? 'row' : v)))).toEqual([
      ['changed', '/impacts[disability|||]/rating', 'negative', 'both'],
      ['added', '/impacts[race|||]', null, 'row'],
    ]);
  });

  it('report a confidence that moved under an unchanged value, and ignore a small wobble', () => {
    const a = record({ title: 'Waste' }, { '/title': 0.95 });
    expect(diffRecords(a, record({ title: 'Waste' }, { '/title': 0.6 }))).toMatchObject([{ kind: 'confidence', confidenceFrom: 0.95, confidenceTo: 0.6 }]);
    expect(diffRecords(a, record({ title: 'Waste' }, { '/title': 0.93 }))).toEqual([]);
  });

  it('report a document that went from blank form to extracted, and filter by field', () => {
    const changes = diffDocument({ sha256: 'x', path: 'a.pdf' }, { status: 'empty-form', records: [] }, { status: 'extracted', records: [record({ title: 'Waste', purpose: 'Less of it' })] });
    expect(changes.map((c) => c.path)).toEqual(['/status', '/title', '/purpose']);
    expect(diffDocument({ sha256: 'x', path: 'a.pdf' }, null, { status: 'extracted', records: [record({ title: 'Waste', purpose: 'P' })] }, { field: '/purpose' }).map((c) => c.path)).toEqual(['/purpose']);
  });
});
