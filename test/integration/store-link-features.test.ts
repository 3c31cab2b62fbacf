/**
 * A relink reads the linking features kept beside each record (store/recordFeatures.ts), on
 * a real SQLite store: its links are exactly those computed from the records themselves,
 * corrections included; a store whose features are missing (written before the table) gets
 * the same links and its features filled in; a stale FEATURES_VERSION is recomputed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EiaRecord, type Eia } from '../../src/model/record.js';
import { computeLinks, relinkCopies } from '../../src/store/copyLinks.js';
import { recordFeatures } from '../../src/store/linkCopies.js';
import { decodeFeatures, encodeFeatures } from '../../src/store/recordFeatures.js';
import { saveRecords, storeWith } from '../helpers/reviewRecords.js';
import { SAMPLES_DIR } from '../helpers/samples.js';

const gold = (name: string): Eia => (JSON.parse(readFileSync(`${SAMPLES_DIR}${name}.expected.json`, 'utf8')) as { records: Array<{ eia: Eia }> }).records[0]!.eia;

let n = 0;
const record = (eia: Eia, confidence = 0.9): EiaRecord => {
  n++;
  return EiaRecord.parse({
    schemaVersion: 1,
    document: { file: `/in/${n}.pdf`, sha256: n.toString(16).padStart(64, '0'), format: 'pdf', pages: 3, indexInFile: 0 },
    template: { id: 'generic', confidence: 0.9 },
    extractor: { name: 'generic', version: '1' },
    eia,
    confidence: { '/title': confidence },
    provenance: {},
    review: { status: 'auto' },
  });
};

describe('linking from stored features', () => {
  const charging = gold('bathnes-adult-care-charging-2024');
  const records = [record(charging, 0.8), record(charging, 0.95), record({ ...charging, assessmentDate: '2026-05-01', purpose: 'A later review' }), record(gold('kent-residential-procurement-2021'))];

  it('gives the links the records themselves give, corrections included', () => {
    const { db } = storeWith([records[0]!]);
    for (const r of records.slice(1)) saveRecords(db, [r]);
    // A reviewer retitles the Kent record as the charging policy: it is linked by its corrected form.
    db.prepare('INSERT INTO corrections (sha256, index_in_file, pointer, value, reviewer, created_at) VALUES (?, 0, ?, ?, ?, ?)').run(records[3]!.document.sha256, '/title', JSON.stringify(charging.title), 'r', new Date().toISOString());
    expect((db.prepare('SELECT COUNT(*) AS n FROM record_features').get() as { n: number }).n).toBe(records.length);
    const fromRecords = computeLinks(db).links;
    expect(relinkCopies(db)).toEqual(fromRecords);
    expect(new Set(fromRecords.map((l) => l.eiaId)).size).toBeLessThan(records.length);

    // Features missing (a store from before the table) or from another version: same links, and filled in again.
    db.prepare('DELETE FROM record_features WHERE record_id = (SELECT MIN(record_id) FROM record_features)').run();
    // (now the smallest left is the second record's: uncorrected, so its recomputed features are saved)
    db.prepare(`UPDATE record_features SET version = 'old', features = '{}' WHERE record_id = (SELECT MIN(record_id) FROM record_features)`).run();
    expect(relinkCopies(db)).toEqual(fromRecords);
    const stored = db.prepare('SELECT version, COUNT(*) AS n FROM record_features GROUP BY version').all();
    expect(stored).toEqual([{ version: '1', n: records.length }]);
    db.close();
  });

  it('encodes features losslessly', () => {
    const f = recordFeatures(records[0]!);
    expect(f.signature.length).toBeGreaterThan(0);
    expect(decodeFeatures(encodeFeatures(f))).toEqual(f);
  });
});
