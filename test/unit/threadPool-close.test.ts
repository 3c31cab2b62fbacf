/**
 * Closing the pool never terminates a thread while it is loading its modules: on Node 20 that
 * can abort the whole process (exit 134, "v8::Module::IsGraphAsync must be used on an
 * instantiated module"), which a second ingest with nothing to do hit now and then. And a
 * run with nothing to do starts no thread at all.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ThreadPool } from '../../src/queue/threadPool.js';
import type { ProcessFileInput } from '../../src/queue/jobContract.js';

const WORKER = new URL('../fixtures/workers/slowLoadingWorker.mjs', import.meta.url);
const OPTIONS = { threads: 2, fileTimeoutMs: 30_000, maxWorkerMemoryMb: 256 };
const JOB = {} as unknown as ProcessFileInput;
let mark: string;

beforeEach(() => {
  mark = join(mkdtempSync(join(tmpdir(), 'eia-pool-close-')), 'loaded');
  process.env.EIA_TEST_LOADED_MARK = mark; // read by each thread as it starts
});

describe('ThreadPool close', () => {
  it('starts no thread when no job was given', async () => {
    const pool = new ThreadPool(WORKER, OPTIONS);
    await new Promise((resolve) => setTimeout(resolve, 600)); // longer than a thread takes to load
    await pool.close();
    expect(existsSync(mark)).toBe(false);
  });

  it('lets threads still loading finish loading before it terminates them', async () => {
    const pool = new ThreadPool(WORKER, OPTIONS);
    const results = [pool.run(JOB), pool.run(JOB), pool.run(JOB)];
    await pool.close(); // at once: both threads are still loading
    const lines = readFileSync(mark, 'utf8').trim().split('\n');
    const started = lines.filter((l) => l === 'started').length;
    expect(started).toBeGreaterThanOrEqual(1);
    expect(lines.filter((l) => l === 'loaded')).toHaveLength(started);
    // Every job still ends in a result (done, or the pool's own failure), never a hang.
    const kinds = (await Promise.all(results)).map((r) => (r as { kind: string }).kind);
    for (const kind of kinds) expect(['loaded', 'failed']).toContain(kind);
  }, 20_000);
});
