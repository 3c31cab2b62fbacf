/**
 * The store on a real SQLite file, filled by the real coordinator and worker threads:
 * ingesting twice stores nothing twice; a new extractor version re-extracts from the cached
 * layouts (no reconversion) and replaces the current records; reviewers' corrections
 * survive re-extraction.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { converterSetKey } from '../../src/convert/convertDocument.js';
import { EmbeddedRunner } from '../../src/queue/EmbeddedRunner.js';
import { ingestFiles, type IngestOptions } from '../../src/queue/ingestFiles.js';
import { DEFAULT_INGEST_LIMITS } from '../../src/queue/ingestOptions.js';
import { openDatabase, type Db } from '../../src/store/openStore.js';
import { currentRecords, fileStatuses, loadLayout, summarise } from '../../src/store/readStore.js';
import { processFile } from '../../workers/processFile.js';
import { extractorSetKey, REVIEW_THRESHOLDS } from '../../extractors/registry.js';
import { sampleInputs, WORKER_FILE } from '../helpers/samples.js';

const inputs = sampleInputs().filter((f) => /kent-residential|derby-leisure/.test(f));
let runner: EmbeddedRunner;
let db: Db;

const options = (over: Partial<IngestOptions> = {}): IngestOptions => ({
  db,
  runner,
  limits: DEFAULT_INGEST_LIMITS,
  extractedWith: extractorSetKey(),
  converters: converterSetKey(),
  revision: null,
  window: 4,
  retryFailed: false,
  sendBytes: false,
  ...over,
});

const counts = (): Record<string, number> =>
  Object.fromEntries(['documents', 'document_paths', 'layouts', 'records', 'field_values', 'runs'].map((t) => [t, (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n]));

beforeAll(() => {
  db = openDatabase(join(mkdtempSync(join(tmpdir(), 'eia-store-')), 'eia.db'));
  runner = new EmbeddedRunner(WORKER_FILE, { threads: 2, fileTimeoutMs: 60_000, maxWorkerMemoryMb: 512 });
});
afterAll(async () => {
  await runner.close();
  db.close();
});

describe('store and ingest', () => {
  it('stores every file once, and a second ingest stores nothing', async () => {
    const first = await ingestFiles(inputs, options());
    expect(first).toMatchObject({ seen: inputs.length, extracted: inputs.length, failed: 0 });
    const after = counts();
    expect(after).toMatchObject({ documents: inputs.length, layouts: inputs.length, records: inputs.length });
    const second = await ingestFiles(inputs, options());
    expect(second).toMatchObject({ seen: inputs.length, skipped: inputs.length, extracted: 0 });
    expect({ ...counts(), runs: 0 }).toEqual({ ...after, runs: 0 });
    expect(fileStatuses(db).every((f) => f.status === 'extracted')).toBe(true);
  }, 60_000);

  it('re-extracts from cached layouts when the extractors have changed since, keeping reviewers’ corrections', async () => {
    // As if these documents had been extracted by an older release.
    db.prepare("UPDATE documents SET extracted_with = 'engine@0;older'").run();
    const [doc] = db.prepare('SELECT sha256 FROM documents ORDER BY path LIMIT 1').all() as Array<{ sha256: string }>;
    db.prepare('INSERT INTO corrections (sha256, index_in_file, pointer, value, reviewer, created_at) VALUES (?, 0, ?, ?, ?, ?)')
      .run(doc!.sha256, '/title', JSON.stringify('Corrected title'), 'reviewer@test', new Date().toISOString());
    const layoutsBefore = counts().layouts;
    const rerun = await ingestFiles(inputs, options());
    expect(rerun.extracted).toBe(inputs.length);
    expect(counts().layouts).toBe(layoutsBefore); // nothing reconverted
    expect(summarise(db, REVIEW_THRESHOLDS).records).toBe(inputs.length); // old records retired, not duplicated
    const corrected = [...currentRecords(db)].find((r) => r.document.sha256 === doc!.sha256)!;
    expect(corrected.eia.title).toBe('Corrected title');
    expect(corrected.confidence['/title']).toBe(1);
    expect(corrected.review.status).toBe('reviewed');
  }, 60_000);

  it('re-extracts from a cached layout without the file (a distributed worker with no copy of it)', async () => {
    const [doc] = db.prepare("SELECT sha256, converter FROM layouts ORDER BY sha256 LIMIT 1").all() as Array<{ sha256: string; converter: string }>;
    const layout = loadLayout(db, doc!.sha256, doc!.converter)!;
    const result = await processFile({ path: join(tmpdir(), 'moved-away', 'gone.pdf'), sha256: doc!.sha256, limits: DEFAULT_INGEST_LIMITS, cachedLayout: layout });
    expect(result).toMatchObject({ kind: 'done', status: 'extracted', format: layout.format });
  });

  it('records a file that cannot be read, and goes on', async () => {
    const summary = await ingestFiles([...inputs, join(tmpdir(), 'no-such-eia.pdf')], options());
    expect(summary.failed).toBe(1);
    const missing = fileStatuses(db).find((f) => f.file.endsWith('no-such-eia.pdf'));
    expect(missing).toMatchObject({ status: 'failed', reason: 'unreadable', sha256: null });
  }, 60_000);
});
