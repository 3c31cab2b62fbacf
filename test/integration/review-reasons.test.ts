/**
 * A record missing what its form always has is needs-review, with the reason stored beside it.
 *
 * The real Coventry council-tax EIA (Word) prints an impact grid of the Equality Act
 * characteristics, and its template reads every row. Councils also publish such grids with the
 * answer given by cell shading alone, which no text carries: the same document with its grid's
 * answer cells emptied (the row labels kept) is that form as the generic reader (what a form no
 * template knows gets) sees it. Its rows come back with nothing read; that record must say so
 * ("no-impact-rows") and be needs-review however sure its values look, and the reason must
 * survive into a real SQLite store, in the record and in its own column.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { convertDocument } from '../../src/convert/convertDocument.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { extractDocument, type ExtractionOutcome } from '../../src/extract/extractDocument.js';
import { EiaRecord } from '../../src/model/record.js';
import type { Layout } from '../../src/model/layout.js';
import { migrate, openDatabase } from '../../src/store/openStore.js';
import { queryAll } from '../../src/store/query.js';
import { noteFile, saveExtraction } from '../../src/store/writeResults.js';
import { extractOptions } from '../../extractors/registry.js';
import { characteristicOf } from '../../src/extract/parse/characteristic.js';

const FILE = fileURLToPath(new URL('../../samples/coventry-council-tax-support-2025.docx', import.meta.url));

/** The layout with every answer cell of its characteristic grid emptied: the rows' labels stay, their marks go. */
function withShadedGrid(layout: Layout): Layout {
  const copy = structuredClone(layout);
  for (const block of copy.blocks) {
    if (block.type !== 'table') continue;
    const labelled = block.rows.filter((r) => characteristicOf(r.cells[0]?.paragraphs.map((p) => p.text).join(' ') ?? '') !== null);
    if (labelled.length < 5) continue;
    for (const row of labelled) for (const cell of row.cells.slice(1)) cell.paragraphs = [];
  }
  return copy;
}

describe('review reasons', () => {
  let layout: Layout;
  let byTemplate: ExtractionOutcome;
  let byGeneric: ExtractionOutcome;
  let tmp = '';

  beforeAll(async () => {
    layout = await convertDocument(FILE, new Uint8Array(readFileSync(FILE)), DEFAULT_CONVERT_LIMITS);
    const options = extractOptions();
    byTemplate = extractDocument(layout, options);
    byGeneric = extractDocument(withShadedGrid(layout), { ...options, extractors: options.extractors.filter((e) => e.kind === 'generic') });
    tmp = mkdtempSync(join(tmpdir(), 'eia-reasons-'));
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('gives the template record, which read the whole grid, no reason', () => {
    const r = byTemplate.records[0]!;
    expect(r.template.id).toBe('coventry');
    expect(new Set(r.eia.impacts.map((i) => i.characteristic)).size).toBeGreaterThanOrEqual(8);
    expect(r.review.reasons).toBeUndefined();
  });

  it('marks the generic record that read none of the grid needs-review, saying why', () => {
    const r = byGeneric.records[0]!;
    expect(r.template.id).toBe('generic');
    expect(r.eia.impacts.filter((i) => i.rating !== 'not-stated' || i.narrative !== null)).toEqual([]);
    expect(r.review.status).toBe('needs-review');
    expect(r.review.reasons).toContain('no-impact-rows');
  });

  it('stores the reason in the record and in the records table', () => {
    const db = openDatabase(join(tmp, 'eia.db'));
    try {
      migrate(db);
      const sha256 = 'c'.repeat(64);
      noteFile(db, { path: FILE, sha256, size: 1, format: 'docx' });
      const { indexInFile, ...rest } = byGeneric.records[0]!;
      const record = EiaRecord.parse({ schemaVersion: 1, document: { file: FILE, sha256, format: 'docx', pages: null, indexInFile }, ...rest });
      saveExtraction(db, { sha256, status: 'extracted', reason: null, format: 'docx', pages: null, template: null, templateConfidence: 0, extractedWith: 'test', dependsOn: null, plan: null, records: [record] }, null);
      const rows = queryAll(db, z.object({ review_status: z.string(), review_reasons: z.string().nullable(), record: z.string() }), 'SELECT review_status, review_reasons, record FROM records WHERE current = 1');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.review_status).toBe('needs-review');
      expect(rows[0]!.review_reasons?.split(',')).toContain('no-impact-rows');
      expect(EiaRecord.parse(JSON.parse(rows[0]!.record)).review.reasons).toContain('no-impact-rows');
    } finally {
      db.close();
    }
  });
});
