/**
 * Each value is judged at its reader's review threshold (calibration.json's reviewThresholds):
 * a generic-reader value and a template value with the same confidence can get different
 * review statuses — in the record (assembleRecord), in the review queue and in the store's
 * summary — and the thresholds are the ones calibrate.ts chose.
 */
import { describe, expect, it } from 'vitest';
import calibration from '../../src/extract/confidence/calibration.json' with { type: 'json' };
import { assembleRecord } from '../../src/extract/assembleRecord.js';
import { CalibrationModel, type ConfidenceContext } from '../../src/extract/confidence/confidenceModel.js';
import { REVIEW_THRESHOLDS } from '../../src/extract/confidence/reviewThreshold.js';
import type { Extractor } from '../../src/extract/extractor.js';
import { RecordBuilder } from '../../src/extract/record/recordBuilder.js';
import { chooseThresholds, qualityAt, type ReaderPoint } from '../../src/eval/chooseThresholds.js';
import { chooseThreshold } from '../../src/eval/fitConfidence.js';
import { ReviewThresholds } from '../../src/model/reviewThresholds.js';
import { summarise } from '../../src/store/readStore.js';
import { queueRecord } from '../../src/store/reviewQueue.js';
import { sampleRecord, SHA, storeWith } from '../helpers/reviewRecords.js';

/** Both readers' base models are the same bias, so every value gets sigmoid(1.386) = 0.8 whoever read it. */
const model: CalibrationModel = { version: 1, groups: { default: { bias: Math.log(4) }, 'generic:default': { bias: Math.log(4) } } };
const thresholds = { templates: 0.7, generic: 0.9 };

const extractor = (kind: Extractor['kind']): Extractor => ({
  id: kind === 'generic' ? 'generic' : 'anytown',
  version: '1',
  detectionKey: '1',
  kind,
  score: () => ({ score: 1, detail: '' }),
  extract: () => ({ eias: [] }),
  starts: () => [],
});

function assembled(generic: boolean): ReturnType<typeof assembleRecord> {
  const found = new RecordBuilder();
  found.setField('title', 'Library opening hours', { pieces: [], signals: { field: 'title', labelScore: 1, method: 'row', quality: 1 } });
  const context: ConfidenceContext = { templateConfidence: 1, source: 'docx', generic };
  return assembleRecord(found, 0, extractor(generic ? 'generic' : 'template'), context, { model, reviewThreshold: thresholds });
}

describe('review thresholds per reader', () => {
  it('gives a template value and a generic value of equal confidence different review statuses', () => {
    const template = assembled(false);
    const generic = assembled(true);
    expect(template.confidence['/title']).toBe(0.8);
    expect(generic.confidence['/title']).toBe(0.8);
    expect(template.review.status).toBe('auto');
    expect(generic.review.status).toBe('needs-review');
    // One number still means the same threshold for both.
    const found = new RecordBuilder();
    found.setField('title', 'x', { pieces: [], signals: { field: 'title' } });
    expect(assembleRecord(found, 0, extractor('template'), { templateConfidence: 1, source: 'docx', generic: false }, { model, reviewThreshold: 0.9 }).review.status).toBe('needs-review');
  });

  it('queues a value for review at its reader\'s threshold', () => {
    const opts = { threshold: { templates: 0.5, generic: 0.7 }, auditRate: 0, auditSeed: 's', formHas: new Map<string, Set<string>>() };
    const input = (templateId: string): Parameters<typeof queueRecord>[0] => {
      const extracted = sampleRecord();
      extracted.template.id = templateId;
      return { sha256: SHA, indexInFile: 0, recordId: 1, createdAt: '2026-01-01T00:00:00Z', extracted, corrections: [] };
    };
    // The age rating's confidence is 0.6: under the generic reader's 0.7, over the templates' 0.5.
    expect(queueRecord(input('generic'), opts).fields.map((f) => f.reasons)).toEqual([['low-confidence']]);
    expect(queueRecord(input('anytown'), opts).fields).toEqual([]);
  });

  it('counts low-confidence fields in the store summary at each record\'s reader\'s threshold', () => {
    const generic = sampleRecord();
    const template = sampleRecord();
    template.template.id = 'anytown';
    template.document = { ...template.document, file: '/tmp/other.pdf', sha256: 'b'.repeat(64) };
    const { db } = storeWith([generic]);
    try {
      const { db: other } = storeWith([template]);
      try {
        const t = { templates: 0.5, generic: 0.7 };
        expect(summarise(db, t).lowConfidenceFields).toBe(1);
        expect(summarise(other, t).lowConfidenceFields).toBe(0);
        expect(summarise(other, 0.7).lowConfidenceFields).toBe(1);
      } finally {
        other.close();
      }
    } finally {
      db.close();
    }
  });

  it('reads the thresholds calibrate.ts chose from calibration.json, validated', () => {
    expect(REVIEW_THRESHOLDS).toEqual(ReviewThresholds.parse(CalibrationModel.parse(calibration).reviewThresholds));
    expect(() => ReviewThresholds.parse({ templates: 1.5, generic: 0.9 })).toThrow();
    expect(() => CalibrationModel.parse({ version: 1, groups: {}, reviewThresholds: { templates: 0.9 } })).toThrow();
  });

  it('chooses per-reader thresholds that flag fewer values than one shared threshold for the same catch', () => {
    // Templates: 100 values at 0.97, 1 wrong; generic: 4 wrong values at 0.98, 6 right at 0.99. 80 % of the 5 wrong is 4.
    const points: ReaderPoint[] = [
      ...Array.from({ length: 100 }, (_, i) => ({ reader: 'templates' as const, confidence: 0.97, correct: i > 0 })),
      ...Array.from({ length: 10 }, (_, i) => ({ reader: 'generic' as const, confidence: i < 4 ? 0.98 : 0.99, correct: i >= 4 })),
    ];
    const t = chooseThresholds(points);
    expect(t).toEqual({ templates: 0.5, generic: 0.9825 });
    const q = qualityAt(points, t);
    expect(q.wrongBelowThreshold).toBe(0.8);
    expect(q.flaggedShare).toBeCloseTo(4 / 110, 6);
    // One threshold catching as many also flags every template value.
    const single = chooseThreshold(points);
    expect(single).toBe(0.9825);
    expect(qualityAt(points, single).flaggedShare).toBeCloseTo(104 / 110, 6);
    // Asked to catch all five, the templates' threshold must rise above their values.
    expect(chooseThresholds(points, 1)).toEqual({ templates: 0.9725, generic: 0.9825 });
  });
});
