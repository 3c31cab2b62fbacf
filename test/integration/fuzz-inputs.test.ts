/**
 * Mutated PDFs and Word files (truncated, bytes flipped, zip entries shuffled or dropped)
 * through the real job in the real worker pool: each ends as a result — extracted, or
 * failed with a specific reason — never a crash, an unexpected exception or a hang past
 * the time limit. A fixed seed keeps the cases the same from run to run.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zipEntries, zipOf } from '../../scripts/badInputs/docxWriter.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { ThreadPool } from '../../src/queue/threadPool.js';
import { sampleInputs, WORKER_FILE } from '../helpers/samples.js';

const TIME_LIMIT_MS = 20_000;
const runner = new ThreadPool(WORKER_FILE, { threads: 2, fileTimeoutMs: TIME_LIMIT_MS, maxWorkerMemoryMb: 512 });
afterAll(() => runner.close());

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function mutations(rand: () => number): Promise<Array<[string, Buffer]>> {
  const cases: Array<[string, Buffer]> = [];
  const pdfs = sampleInputs({ ext: 'pdf' }).slice(0, 4);
  const docxs = sampleInputs({ ext: 'docx' }).slice(0, 4);
  for (const f of [...pdfs, ...docxs]) {
    const bytes = readFileSync(f);
    const name = basename(f);
    cases.push([`${name} truncated`, bytes.subarray(0, Math.floor(bytes.length * (0.2 + 0.7 * rand())))]);
    const flipped = Buffer.from(bytes);
    for (let k = 0; k < 40; k++) {
      const at = Math.floor(rand() * flipped.length);
      flipped[at] = flipped[at]! ^ (1 << Math.floor(rand() * 8));
    }
    cases.push([`${name} flipped`, flipped]);
  }
  for (const f of docxs) {
    const entries = await zipEntries(readFileSync(f));
    const shuffled = [...entries].sort(() => rand() - 0.5);
    cases.push([`${basename(f)} shuffled`, await zipOf(shuffled)]);
    const damaged = shuffled.map(([n, b]): [string, Buffer] => [n, n === 'word/document.xml' ? b.subarray(0, Math.floor(b.length / 2)) : b]);
    cases.push([`${basename(f)} half document.xml`, await zipOf(damaged)]);
  }
  return cases;
}

describe('fuzzed inputs', () => {
  it('every mutation ends in a result, never a crash or a hang', async () => {
    const cases = await mutations(random(20261124));
    expect(cases.length).toBeGreaterThanOrEqual(24);
    const results = await Promise.all(
      cases.map(async ([name, bytes]) => {
        const ext = name.split(' ')[0]!.split('.').pop()!;
        const started = Date.now();
        const result = await runner.run({ path: `fuzz.${ext}`, sha256: '0'.repeat(64), bytes: new Uint8Array(bytes), limits: DEFAULT_CONVERT_LIMITS });
        return { name, result, ms: Date.now() - started };
      }),
    );
    for (const { name, result, ms } of results) {
      expect(ms, name).toBeLessThan(TIME_LIMIT_MS * 4); // queued behind others, never hung
      if (result.kind === 'failed') expect(result.reason, `${name}: ${result.message}`).not.toBe('internal');
    }
  }, 300_000);
});
