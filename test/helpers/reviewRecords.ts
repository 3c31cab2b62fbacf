/** A small EIA record and a store holding it, for the review tests (real SQLite file). */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyEia, type EiaRecord } from '../../src/model/record.js';
import { openDatabase, type Db } from '../../src/store/openStore.js';
import { noteFile, saveExtraction } from '../../src/store/writeResults.js';

export const SHA = 'a'.repeat(64);

export function sampleRecord(overrides: Partial<EiaRecord['eia']> = {}, confidence: Record<string, number> = {}): EiaRecord {
  const eia = {
    ...emptyEia(),
    title: 'Library opening hours',
    organisation: 'Anytown Council',
    impacts: [
      { characteristic: 'age' as const, label: 'Age', group: null, subgroup: null, proposal: null, rating: 'negative' as const, narrative: 'Older people', mitigation: null, owner: null },
      { characteristic: 'disability' as const, label: 'Disability', group: null, subgroup: null, proposal: null, rating: 'neutral' as const, narrative: null, mitigation: null, owner: null },
      { characteristic: 'race' as const, label: 'Race', group: null, subgroup: null, proposal: null, rating: 'positive' as const, narrative: 'More hours', mitigation: null, owner: null },
    ],
    ...overrides,
  };
  return {
    schemaVersion: 1,
    document: { file: '/tmp/library.pdf', sha256: SHA, format: 'pdf', pages: 2, indexInFile: 0 },
    template: { id: 'generic', confidence: 0.8 },
    extractor: { name: 'generic', version: '1' },
    eia,
    // One unsure value (the age rating); the rest sit above the fitted review threshold (0.975 now, chosen by calibrate.ts).
    confidence: {
      '/title': 0.99, '/organisation': 0.995,
      '/impacts/0': 0.99, '/impacts/0/rating': 0.6, '/impacts/0/narrative': 0.985,
      '/impacts/1': 0.99, '/impacts/1/rating': 0.99,
      '/impacts/2': 0.99, '/impacts/2/rating': 0.99, '/impacts/2/narrative': 0.98,
      ...confidence,
    },
    provenance: {
      '/title': { page: 1, bbox: [72, 700, 300, 720], start: 0, end: 21 },
      '/impacts/0/rating': { page: 2, bbox: [400, 500, 460, 515], start: 100, end: 108 },
      '/impacts/2/rating': { page: 2, bbox: [400, 450, 460, 465], start: 140, end: 148 },
    },
    review: { status: 'needs-review' },
  };
}

export function storeWith(records: EiaRecord[], dir = mkdtempSync(join(tmpdir(), 'eia-review-'))): { db: Db; path: string } {
  const path = join(dir, 'eia.db');
  const db = openDatabase(path);
  saveRecords(db, records);
  return { db, path };
}

/** Stores one extraction of the records' document (a re-run stores another). */
export function saveRecords(db: Db, records: EiaRecord[], runId: number | null = null): void {
  const first = records[0]!;
  noteFile(db, { path: first.document.file, sha256: first.document.sha256, size: 1000, format: first.document.format });
  saveExtraction(db, {
    sha256: first.document.sha256, status: 'extracted', reason: null, format: first.document.format, pages: first.document.pages,
    template: first.template.id, templateConfidence: first.template.confidence, extractedWith: 'test', dependsOn: null, plan: null, records,
  }, runId);
}
