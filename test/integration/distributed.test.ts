/**
 * Distributed mode on a real redis-server (started here, no persistence) with real `eia
 * worker` processes: the same records as embedded mode; a worker SIGKILLed mid-batch and a
 * Redis restart mid-batch are both survived with every file stored exactly once; a file
 * that always fails ends with its error without holding up the rest.
 *
 * Every process here runs with OCR off (EIA_OCR=off): OCR is proven by ocr-scan.test.ts and
 * cli.test.ts, and here the scan stands in for a file every worker fails the same way
 * (no-text-layer), while four runs of the samples stay within the CI time budget.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { textPdf } from '../../scripts/badInputs/pdfWriter.js';
import { CLI, SAMPLES_DIR, sampleInputs } from '../helpers/samples.js';
import { startRedis, type RedisServer } from '../helpers/redisServer.js';

const root = mkdtempSync(join(tmpdir(), 'eia-dist-'));
const env = { ...process.env, EIA_OCR: 'off' };
const eia = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 2 ** 20, env });
let redis: RedisServer;
let workers: ChildProcess[] = [];

function startWorker(...extra: string[]): ChildProcess {
  const w = spawn(process.execPath, [CLI, 'worker', '--redis', redis.url, '--concurrency', '1', '--lock-ms', '4000', '--stalled-ms', '1000', ...extra], { stdio: ['ignore', 'pipe', 'pipe'], env });
  workers.push(w);
  return w;
}

function ingestAsync(args: string[]): Promise<{ status: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [CLI, 'ingest', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
    let stdout = '';
    p.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    p.on('exit', (status) => resolve({ status, stdout }));
  });
}

/** Resolves when a worker has reported `n` finished files on stdout. */
function afterResults(w: ChildProcess, n: number): Promise<void> {
  return new Promise((resolve) => {
    let seen = 0;
    w.stdout!.on('data', (d: Buffer) => {
      seen += d.toString().split('\n').filter(Boolean).length;
      if (seen >= n) resolve();
    });
  });
}

function storeRows(db: string): { documents: Array<{ status: string }>; records: number; distinct: number } {
  const d = new Database(db, { readonly: true });
  try {
    const documents = d.prepare('SELECT status FROM documents').all() as Array<{ status: string }>;
    const { records, uniqueRecords: distinct } = d.prepare('SELECT COUNT(*) AS records, COUNT(DISTINCT sha256 || index_in_file) AS uniqueRecords FROM records WHERE current = 1').get() as { records: number; uniqueRecords: number };
    return { documents, records, distinct };
  } finally {
    d.close();
  }
}

const exported = (db: string): Map<string, unknown> =>
  new Map(eia('export', '--db', db, '--all-copies').stdout.trim().split('\n').map((l) => {
    const r = JSON.parse(l) as { document: { sha256: string; indexInFile: number }; eia: unknown; confidence: unknown; template: unknown };
    return [`${r.document.sha256}#${r.document.indexInFile}`, { eia: r.eia, confidence: r.confidence, template: r.template }];
  }));

beforeAll(async () => {
  redis = await startRedis();
}, 30_000);
afterEach(() => {
  for (const w of workers) w.kill('SIGKILL');
  workers = [];
});
afterAll(async () => {
  await redis.stop();
});

describe('distributed mode', () => {
  it('two workers and one ingester give exactly the records embedded mode gives', async () => {
    const embeddedDb = join(root, 'embedded.db');
    eia('ingest', SAMPLES_DIR, '--db', embeddedDb, '--threads', '2');
    startWorker();
    startWorker();
    const db = join(root, 'distributed.db');
    const run = await ingestAsync([SAMPLES_DIR, '--db', db, '--redis', redis.url]);
    expect(run.stdout).toMatch(/28 files: 27 extracted \(27 records\)/);
    expect(exported(db)).toEqual(exported(embeddedDb));
  }, 240_000);

  it('a worker SIGKILLed mid-batch: every file still ends stored exactly once', async () => {
    const doomed = startWorker();
    startWorker();
    const db = join(root, 'killed.db');
    const run = ingestAsync([SAMPLES_DIR, '--db', db, '--redis', redis.url]);
    await afterResults(doomed, 3);
    doomed.kill('SIGKILL');
    const { stdout } = await run;
    expect(stdout).toMatch(/28 files: 27 extracted \(27 records\)/);
    const rows = storeRows(db);
    expect(rows.documents.every((d) => d.status === 'extracted' || d.status === 'failed')).toBe(true);
    expect(rows.records).toBe(27);
    expect(rows.distinct).toBe(27);
  }, 240_000);

  it('redis-server restarted mid-batch (queues lost): the batch completes', async () => {
    const w = startWorker();
    startWorker();
    const db = join(root, 'restart.db');
    const run = ingestAsync([SAMPLES_DIR, '--db', db, '--redis', redis.url]);
    await afterResults(w, 3);
    await redis.stop();
    await new Promise((r) => setTimeout(r, 1500));
    await redis.start();
    const { stdout } = await run;
    expect(stdout).toMatch(/28 files: 27 extracted \(27 records\)/);
    const rows = storeRows(db);
    expect(rows.records).toBe(27);
    expect(rows.distinct).toBe(27);
  }, 240_000);

  it('a file that always fails ends with its error and does not block the others', async () => {
    const dir = join(root, 'always-fails');
    mkdirSync(dir);
    // 20 000 text pages take about 36 s on an idle core, far past the workers' 10 s limit on
    // every attempt; a sample PDF takes under 1 s, so the limit leaves it a tenfold margin
    // when CI's two cores are busy (4 s was once too little for a Kent PDF under load).
    writeFileSync(join(dir, 'slow.pdf'), textPdf(Array.from({ length: 20_000 }, (_, i) => [`Page ${i + 1} of a long appendix`])));
    for (const f of sampleInputs().filter((p) => /kent-residential/.test(p))) copyFileSync(f, join(dir, basename(f)));
    startWorker('--timeout', '10');
    startWorker('--timeout', '10');
    const db = join(root, 'fails.db');
    const run = await ingestAsync([dir, '--db', db, '--redis', redis.url, '--max-pages', '40000']);
    expect(run.stdout).toMatch(/slow\.pdf\s+failed\s+timed-out/);
    expect(run.stdout).toMatch(/4 files: 3 extracted/);
    expect(run.status).toBe(2);
  }, 240_000);
});
