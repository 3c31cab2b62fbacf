/**
 * A backfill folder holding every kind of broken, hostile or odd file next to valid ones:
 * one `eia ingest` finishes, each bad file gets its own status and reason, every valid file
 * is extracted exactly as when ingested alone, memory stays under 1 GiB, and the exit code
 * reports the partial failure.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS, makeBadInputs } from '../../scripts/badInputs/makeBadInputs.js';
import { CLI, SAMPLES_DIR, sampleInputs } from '../helpers/samples.js';

const root = mkdtempSync(join(tmpdir(), 'eia-bad-'));
const folder = join(root, 'backfill');
const valid = sampleInputs().filter((f) => /kent-residential|coventry-council-tax.*txt|bathnes-adult-care.*pdf|derby-leisure.*docx/.test(f));
const eia = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 2 ** 20 });
type FileLine = { file: string; sha256: string | null; status: string; reason: string | null };
const files = (db: string): FileLine[] => eia('status', '--db', db, '--files', '--format', 'jsonl').stdout.trim().split('\n').map((l) => JSON.parse(l) as FileLine);
const records = (db: string) => eia('export', '--db', db, '--all-copies').stdout.trim().split('\n').map((l) => JSON.parse(l) as { document: { sha256: string }; eia: unknown });

let run: ReturnType<typeof eia>;
const db = join(root, 'backfill.db');

beforeAll(async () => {
  await makeBadInputs(folder, { samplesDir: SAMPLES_DIR });
  mkdirSync(join(folder, 'valid'));
  for (const f of valid) copyFileSync(f, join(folder, 'valid', basename(f)));
  run = eia('ingest', folder, '--db', db, '--threads', '2', '--timeout', '60');
}, 300_000);

describe('bad input never stops a backfill', () => {
  it('finishes, reports partial failure in its exit code, and stays under 1 GiB', () => {
    expect(run.stderr).not.toMatch(/Error:|at .*\.js:\d+/);
    expect(run.status).toBe(2);
    const peak = Number(/peak memory (\d+) MiB/.exec(run.stdout)?.[1]);
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(1024);
  });

  it.each(BAD_INPUTS.map((b) => [b.path, b] as const))('%s gets its own clear status', (path, bad) => {
    const line = files(db).find((f) => f.file === join(folder, path));
    expect(line, `${path} (${bad.why}) not listed`).toBeDefined();
    expect(bad.expect.status).toContain(line!.status);
    if (line!.status === 'failed') {
      expect(bad.expect.reason ?? []).toContain(line!.reason);
    }
  });

  it('opens a file whose name is not valid UTF-8, and walks a symlink loop once', () => {
    const odd = files(db).filter((f) => f.file.includes('\uFFFD'));
    expect(odd).toHaveLength(1);
    expect(odd[0]!.status).toBe('extracted');
    expect(files(db).filter((f) => f.file.includes('/loop/'))).toHaveLength(0);
  });

  it('extracts every valid file exactly as when it is ingested alone', () => {
    const together = new Map(records(db).map((r) => [r.document.sha256, r.eia]));
    for (const f of valid) {
      const alone = join(root, `${basename(f)}.db`);
      expect(eia('ingest', f, '--db', alone, '--threads', '1').status).toBe(0);
      const [record] = records(alone);
      expect(together.get(record!.document.sha256), basename(f)).toEqual(record!.eia);
    }
  }, 120_000);

  it('retries only the failed files with --retry-failed', () => {
    const retry = eia('ingest', '--retry-failed', '--db', db, '--threads', '2', '--timeout', '60');
    const failedBefore = files(db).filter((f) => f.status === 'failed').length;
    expect(retry.stdout).toMatch(new RegExp(`${failedBefore} files:`));
    expect(retry.stdout).not.toMatch(/valid\//);
  }, 120_000);
});
