/**
 * One writer per store: two ingests started together on a new store end with every file
 * stored once, one of them refused (or, with --wait, waiting); readers are never blocked by
 * a writer; and the lock dies with its process, even by SIGKILL.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from '../helpers/samples.js';
import { eia, eiaAsync, STACK_FRAME } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'eia-lock-'));
const inputs = join(dir, 'inputs');
mkdirSync(inputs);
// Enough work (Word and text files, no OCR) that two runs started together overlap.
for (const f of readdirSync(SAMPLES_DIR).filter((f) => /\.(docx|txt)$/.test(f))) copyFileSync(join(SAMPLES_DIR, f), join(inputs, f));
const files = readdirSync(inputs).length;

function storeCounts(db: string): { documents: number; paths: number; current: number; extracted: number } {
  const d = new Database(db, { readonly: true });
  try {
    const n = (sql: string): number => (d.prepare(sql).get() as { n: number }).n;
    return {
      documents: n('SELECT COUNT(*) AS n FROM documents'),
      paths: n('SELECT COUNT(*) AS n FROM document_paths'),
      current: n('SELECT COUNT(*) AS n FROM records WHERE current = 1'),
      extracted: n("SELECT COUNT(*) AS n FROM documents WHERE status = 'extracted'"),
    };
  } finally {
    d.close();
  }
}

const expected = { documents: files, paths: files, current: files, extracted: files };

describe('two writers on one new store', () => {
  it('one is refused in one line; every file is stored once', async () => {
    const db = join(dir, 'refused.db');
    const [a, b] = [eiaAsync(['ingest', inputs, '--db', db, '--threads', '1']), eiaAsync(['ingest', inputs, '--db', db, '--threads', '1'])];
    const runs = await Promise.all([a.done, b.done]);
    const refused = runs.filter((r) => r.status === 1);
    expect(runs.map((r) => r.status).sort()).toEqual([0, 1]);
    expect(refused[0]!.firstErr).toMatch(new RegExp(`^eia: another writer \\((pid \\d+, eia ingest, since [\\d:]+ UTC|another eia process)\\) is using ${db} — wait for it to finish, or pass --wait$`));
    expect(refused[0]!.stderr).not.toMatch(STACK_FRAME);
    expect(runs.find((r) => r.status === 0)!.stdout).toMatch(new RegExp(`${files} files: ${files} extracted`));
    expect(storeCounts(db)).toEqual(expected);
  }, 240_000);

  it('with --wait the second waits, says so, then finds everything already stored', async () => {
    const db = join(dir, 'waited.db');
    const runs = await Promise.all([eiaAsync(['ingest', inputs, '--db', db, '--threads', '1', '--wait']).done, eiaAsync(['ingest', inputs, '--db', db, '--threads', '1', '--wait']).done]);
    expect(runs.map((r) => r.status)).toEqual([0, 0]);
    const waited = runs.filter((r) => r.stderr.includes('eia: waiting for the other writer'));
    expect(waited).toHaveLength(1);
    expect(waited[0]!.firstErr).toMatch(new RegExp(`^eia: waiting for the other writer on ${db} \\(.+\\) to finish…$`));
    expect(waited[0]!.stdout).toMatch(new RegExp(`0 extracted .* ${files} already in the store`));
    expect(storeCounts(db)).toEqual(expected);
  }, 240_000);
});

describe('the lock', () => {
  it('never blocks a reader, and is dropped by the OS when its holder is killed', async () => {
    const db = join(dir, 'killed.db');
    // The scan first: OCR keeps the writer busy for tens of seconds while the others try.
    const scans = join(dir, 'scans');
    mkdirSync(scans);
    copyFileSync(join(SAMPLES_DIR, 'bathnes-commissioning-2024-scan.pdf'), join(scans, 'scan.pdf'));
    const writer = eiaAsync(['ingest', scans, inputs, '--db', db, '--threads', '1']);
    // The holder note is written once the lock is held, before the store is opened.
    await new Promise<void>((resolve) => {
      const t = setInterval(() => {
        if (existsSync(`${db}.lock.holder`) && existsSync(db)) {
          clearInterval(t);
          setTimeout(resolve, 1500);
        }
      }, 100);
    });
    const reader = eia(['status', '--db', db, '--format', 'json']);
    expect(reader.status).toBe(0);
    expect(JSON.parse(reader.stdout)).toHaveProperty('documents');
    expect(eia(['ingest', inputs, '--db', db]).firstErr).toMatch(/^eia: another writer \(.+\) is using .* — wait for it to finish, or pass --wait$/);
    writer.child.kill('SIGKILL');
    await writer.done;
    expect(existsSync(`${db}.lock`)).toBe(true); // the file stays; the lock on it does not
    const next = eia(['ingest', scans, inputs, '--db', db, '--threads', '1']);
    expect(next.stderr).not.toMatch(/another writer/);
    expect(next.status).toBe(0);
    expect(storeCounts(db)).toEqual({ documents: files + 1, paths: files + 1, current: files + 1, extracted: files + 1 });
  }, 240_000);
});
