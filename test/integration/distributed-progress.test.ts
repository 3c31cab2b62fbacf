/**
 * Page progress in distributed mode, on a real redis-server with a real `eia worker`
 * process: the worker reports each job's pages as BullMQ job progress, and the ingester's
 * bar, on a real pseudo-terminal (`script`), shows the file in hand with `page k/N` as it
 * does in embedded mode (OCR pages arrive the same way, with `OCR page`), never backwards.
 */
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textPdf } from '../../scripts/badInputs/pdfWriter.js';
import { CLI } from '../helpers/samples.js';
import { startRedis, type RedisServer } from '../helpers/redisServer.js';

const PAGES = 600;
const dir = mkdtempSync(join(tmpdir(), 'eia-dist-progress-'));
const inputs = join(dir, 'inputs');
mkdirSync(inputs);
// Long enough to be in hand across several redraws of the bar (every 250 ms).
writeFileSync(join(inputs, 'long.pdf'), textPdf(Array.from({ length: PAGES }, (_, i) => [`Equality impact assessment page ${i + 1}`, 'Age: older residents use the library more', 'Disability: step-free access'])));
const hasScript = spawnSync('script', ['--version']).status === 0;
let redis: RedisServer;
let worker: ChildProcess;

beforeAll(async () => {
  redis = await startRedis();
  worker = spawn(process.execPath, [CLI, 'worker', '--redis', redis.url, '--concurrency', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
}, 30_000);

afterAll(async () => {
  worker.kill('SIGKILL');
  await redis.stop();
});

describe('distributed page progress', () => {
  it.skipIf(!hasScript)(`shows the worker's pages with the file name on the bar${hasScript ? '' : ' (skipped: no `script` command; apt-get install bsdutils)'}`, () => {
    const command = [process.execPath, CLI, 'ingest', inputs, '--db', join(dir, 'eia.db'), '--redis', redis.url].map((a) => `'${a}'`).join(' ');
    const terminal = execFileSync('script', ['-qfec', `stty cols 200; ${command}`, '/dev/null'], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 2 ** 20 });
    const states = terminal.split(/\r|\n/).map((l) => l.replace(/\x1b\[2K/g, '').trim()).filter((l) => l.startsWith('ingest '));
    const pages = states.map((s) => /inputs\/long\.pdf page (\d+)\/(\d+)/.exec(s)).filter((m) => m !== null);
    expect(pages.length, states.join('\n')).toBeGreaterThan(1);
    expect(new Set(pages.map((m) => m[2]))).toEqual(new Set([String(PAGES)]));
    const seen = pages.map((m) => Number(m[1]));
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
    expect(new Set(seen).size).toBeGreaterThan(1); // it moved while the file was in hand
    expect(terminal).toMatch(/1 files: /);
  }, 300_000);
});
