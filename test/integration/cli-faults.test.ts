/**
 * Faults that must end cleanly: the ingesting process SIGKILLed mid-batch three times and
 * then run once more leaves exactly what one clean run leaves; a full disk fails the file in
 * hand as disk-full, leaves the store consistent, and the next run resumes. (A damaged or
 * read-only store at open: cli-errors.test.ts.)
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLES_DIR } from '../helpers/samples.js';
import { eia, eiaAsync, STACK_FRAME } from './cli-run.js';

const dir = mkdtempSync(join(tmpdir(), 'eia-faults-'));
const inputs = join(dir, 'inputs');
mkdirSync(inputs);
// Word, PDF and text (no scan: OCR would only make the runs longer).
const names = readdirSync(SAMPLES_DIR).filter((f) => /\.(docx|pdf|txt)$/.test(f) && !f.includes('-scan'));
for (const f of names) copyFileSync(join(SAMPLES_DIR, f), join(inputs, f));

/** What a store holds, without run bookkeeping: documents, paths, and the current records with their values. */
function contents(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    return {
      integrity: d.pragma('integrity_check', { simple: true }),
      foreignKeys: d.pragma('foreign_key_check'),
      documents: d.prepare('SELECT sha256, path, format, status, reason, extracted_with FROM documents ORDER BY sha256').all(),
      paths: d.prepare('SELECT path, sha256 FROM document_paths ORDER BY path').all(),
      records: d.prepare('SELECT sha256, index_in_file, extractor, extractor_version, template, review_status, record FROM records WHERE current = 1 ORDER BY sha256, index_in_file').all(),
      recordsPerDocument: d.prepare('SELECT MAX(n) AS most FROM (SELECT COUNT(*) AS n FROM records WHERE current = 1 GROUP BY sha256, index_in_file)').get(),
      fieldValues: d.prepare('SELECT COUNT(*) AS n FROM field_values f JOIN records r ON r.id = f.record_id WHERE r.current = 1').get(),
    };
  } finally {
    d.close();
  }
}

/** Starts an ingest and SIGKILLs it once `files` more files have finished in it. */
async function killedAfter(db: string, files: number): Promise<void> {
  const run = eiaAsync(['ingest', inputs, '--db', db, '--threads', '2']);
  let finished = 0;
  await new Promise<void>((resolve) => {
    run.child.stdout!.on('data', (d: Buffer) => {
      finished += (d.toString().match(/\s(extracted|failed|not-eia|empty-form)\s/g) ?? []).length;
      if (finished >= files) resolve();
    });
    run.child.on('close', () => resolve());
  });
  run.child.kill('SIGKILL');
  const end = await run.done;
  expect(end.signal ?? end.status).toBe(end.signal ? 'SIGKILL' : 0);
}

describe('SIGKILL mid-batch, three times, then a run', () => {
  it('every file stored exactly once, identical to a clean run', async () => {
    const clean = join(dir, 'clean.db');
    expect(eia(['ingest', inputs, '--db', clean, '--threads', '2']).status).toBe(0);
    const killed = join(dir, 'killed.db');
    for (const after of [3, 4, 5]) await killedAfter(killed, after);
    const last = eia(['ingest', inputs, '--db', killed, '--threads', '2']);
    expect(last.stderr).not.toMatch(STACK_FRAME);
    expect(last.status).toBe(0);
    expect(last.stdout).toMatch(new RegExp(`${names.length} files: \\d+ extracted .* 0 failed, \\d+ already in the store`));
    const [a, b] = [contents(clean), contents(killed)];
    expect(b.integrity).toBe('ok');
    expect(b.foreignKeys).toEqual([]);
    expect(b.recordsPerDocument).toEqual({ most: 1 });
    expect(b.documents).toHaveLength(names.length);
    expect(b).toEqual(a);
  }, 600_000);
});

// Mounting a small tmpfs needs root (and a kernel that allows it, as containers often do not).
function mountTmpfs(at: string, size: string): string | null {
  if (process.getuid?.() !== 0) return 'not root, so no tmpfs can be mounted';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', at], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return `mount -t tmpfs failed: ${String((error as { stderr?: Buffer }).stderr ?? error).trim()}`;
  }
}
const full = join(dir, 'full');
mkdirSync(full);
const cannotMount = mountTmpfs(full, '1m');
afterAll(() => {
  if (!cannotMount) execFileSync('umount', [full]);
});

describe('a full disk', () => {
  it.skipIf(cannotMount !== null)(`fails the file in hand as disk-full, keeps the store consistent, and the next run resumes${cannotMount ? ` (skipped: ${cannotMount})` : ''}`, () => {
    const db = join(full, 'eia.db');
    const words = join(dir, 'words');
    mkdirSync(words);
    for (const f of names.filter((n) => n.endsWith('.docx'))) copyFileSync(join(inputs, f), join(words, f));
    const r = eia(['ingest', words, '--db', db, '--threads', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.stderr.split('\n').find((l) => l.startsWith('eia:'))).toBe(`eia: the disk holding ${db} is full — free some space and run again (finished files are kept; the rest resume)`);
    expect(r.stdout).toMatch(/\sfailed\s+disk-full: its result could not be stored: database or disk is full/);
    const stored = contents(db);
    expect(stored.integrity).toBe('ok');
    expect(stored.foreignKeys).toEqual([]);
    const extracted = stored.documents.filter((d) => (d as { status: string }).status === 'extracted').length;
    expect(extracted).toBe(stored.records.length); // every extracted document has its record, no half-written one
    expect(extracted).toBeLessThan(names.filter((n) => n.endsWith('.docx')).length);

    execFileSync('mount', ['-o', 'remount,size=64m', full]);
    const next = eia(['ingest', words, '--db', db, '--threads', '1']);
    expect(next.status).toBe(0);
    expect(next.stdout).toMatch(new RegExp(`0 failed, ${extracted} already in the store`));
    expect(contents(db).records).toHaveLength(names.filter((n) => n.endsWith('.docx')).length);
  }, 300_000);
});
