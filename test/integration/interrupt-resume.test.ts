/**
 * Ctrl-C on `eia ingest` stops cleanly: what finished is stored, nothing half-written, and a
 * second `eia ingest` of the same paths does exactly what is left, so every file ends
 * stored once.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CLI, SAMPLES_DIR } from '../helpers/samples.js';

const db = join(mkdtempSync(join(tmpdir(), 'eia-resume-')), 'eia.db');

function counts(): { done: number; pending: number; extracted: number; records: number; unique: number } {
  const d = new Database(db, { readonly: true });
  try {
    const done = (d.prepare(`SELECT COUNT(*) AS n FROM documents WHERE status != 'pending'`).get() as { n: number }).n;
    const extracted = (d.prepare(`SELECT COUNT(*) AS n FROM documents WHERE status = 'extracted'`).get() as { n: number }).n;
    const pending = (d.prepare(`SELECT COUNT(*) AS n FROM documents WHERE status = 'pending'`).get() as { n: number }).n;
    const { records, unique } = d.prepare('SELECT COUNT(*) AS records, COUNT(DISTINCT sha256 || index_in_file) AS "unique" FROM records WHERE current = 1').get() as { records: number; unique: number };
    return { done, pending, extracted, records, unique };
  } finally {
    d.close();
  }
}

describe('interrupt and resume', () => {
  it('stops on SIGINT and a second run finishes exactly what was left', async () => {
    const first = spawn(process.execPath, [CLI, 'ingest', SAMPLES_DIR, '--db', db, '--threads', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let progress = '';
    await new Promise<void>((resolve) => {
      first.stderr.on('data', (d: Buffer) => {
        progress += d.toString();
        // Interrupt once a few files are done, well before the end.
        if ((progress.match(/^\[\d+\/\d+\]/gm) ?? []).length >= 4) resolve();
      });
    });
    first.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => first.on('exit', resolve));
    expect(code).toBe(130);
    const after = counts();
    expect(after.done).toBeGreaterThanOrEqual(4);
    expect(after.done).toBeLessThan(28);
    expect(after.records).toBe(after.unique);

    const second = spawnSync(process.execPath, [CLI, 'ingest', SAMPLES_DIR, '--db', db, '--threads', '2'], { encoding: 'utf8', timeout: 180_000 });
    const skipped = Number(/(\d+) already in the store/.exec(second.stdout)?.[1]);
    expect(skipped).toBe(after.done);
    const end = counts();
    expect(end).toMatchObject({ done: 28, pending: 0 });
    // One EIA per sample file: every extracted document has exactly one current record.
    expect(end.records).toBe(end.extracted);
    expect(end.unique).toBe(end.extracted);
    expect(end.extracted).toBeGreaterThanOrEqual(27);
  }, 240_000);
});
