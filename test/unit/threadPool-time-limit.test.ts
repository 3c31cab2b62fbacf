/**
 * ThreadPool's per-file time limit: it covers the file, and each page sent to OCR gets it
 * afresh — so a long scan that keeps moving is not failed as `timed-out` on a busy machine,
 * while a file that spends longer than the limit without starting an OCR page still is.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { ThreadPool } from '../../src/queue/threadPool.js';
import type { ProcessFileInput } from '../../src/queue/jobContract.js';

const WORKER = new URL('../fixtures/workers/pacedWorker.mjs', import.meta.url);
const LIMIT_MS = 1_500;
const pool = new ThreadPool(WORKER, { threads: 1, fileTimeoutMs: LIMIT_MS, maxWorkerMemoryMb: 256 });
afterAll(() => pool.close());

/** The stand-in worker's task: `pages` steps of `stepMs`, told as `stage` progress. */
function paced(stage: 'ocr' | 'read', pages: number, stepMs: number): ProcessFileInput {
  return { stage, pages, stepMs } as unknown as ProcessFileInput;
}

describe('ThreadPool time limit', () => {
  it('a scan whose OCR pages together take longer than the limit, each well inside it, finishes', async () => {
    const seen: number[] = [];
    const result = await pool.run(paced('ocr', 10, 250), undefined, (p) => seen.push(p.page));
    expect(result).toEqual({ kind: 'paced', pages: 10 });
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  }, 20_000);

  it('the same time spent reading pages (no OCR) fails as timed-out', async () => {
    const result = await pool.run(paced('read', 10, 250));
    expect(result).toMatchObject({ kind: 'failed', reason: 'timed-out', retryable: true });
  }, 20_000);

  it('one OCR page longer than the limit fails as timed-out', async () => {
    const result = await pool.run(paced('ocr', 1, LIMIT_MS + 1_000));
    expect(result).toMatchObject({ kind: 'failed', reason: 'timed-out' });
  }, 20_000);
});
