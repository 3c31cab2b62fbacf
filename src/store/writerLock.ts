/**
 * One writer per store. The lock is SQLite's own write lock (RESERVED, taken by `BEGIN
 * IMMEDIATE` and never committed) on a side file `<store>.lock`: an fcntl lock, so the OS
 * drops it when the process dies however it dies (SIGKILL, OOM, power), with no stale pid to
 * second-guess. Readers never touch it, so they never wait. Who holds it is written to
 * `<store>.lock.holder` only so the refusal can name the process; the lock does not depend
 * on that file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { StoreError } from './storeError.js';

export interface WriterLock {
  /** Whether another writer had the store and this one waited for it. */
  readonly waited: boolean;
  release(): void;
}

export interface WriterLockOptions {
  /** Wait for the other writer instead of refusing. */
  wait?: boolean;
  /** Told once, when the store is busy and this process starts waiting. */
  onWait?: (holder: string) => void;
  /** What this process is (`eia ingest`), for the other side's message. */
  command?: string;
  pollMs?: number;
  /** With `wait`: refuse after waiting this long (a short write's own wait; a batch waits without end). */
  maxWaitMs?: number;
}

const Holder = z.object({ pid: z.number().int(), command: z.string(), since: z.string() });

export async function takeWriterLock(storePath: string, o: WriterLockOptions = {}): Promise<WriterLock> {
  const lockPath = `${storePath}.lock`;
  const lockDb = new Database(lockPath, { timeout: 0 });
  let waited = false;
  const giveUpAt = Date.now() + (o.maxWaitMs ?? Infinity);
  try {
    for (;;) {
      if (tryBegin(lockDb)) break;
      const holder = describeHolder(lockPath);
      if (!o.wait || Date.now() >= giveUpAt) throw new StoreError('locked', storePath, holder);
      if (!waited) o.onWait?.(holder);
      waited = true;
      await new Promise((resolve) => setTimeout(resolve, o.pollMs ?? 200));
    }
  } catch (error) {
    lockDb.close();
    throw error;
  }
  try {
    writeFileSync(`${lockPath}.holder`, JSON.stringify({ pid: process.pid, command: o.command ?? 'eia', since: new Date().toISOString() }));
  } catch {
    // Only the message on the other side needs it.
  }
  let released = false;
  return {
    waited,
    release: () => {
      if (released) return;
      released = true;
      lockDb.close(); // closing ends the open transaction, which drops the lock
    },
  };
}

function tryBegin(db: Database.Database): boolean {
  try {
    db.exec('BEGIN IMMEDIATE');
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw error;
  }
}

/** "pid 123, eia ingest, since …" from the holder file, or a neutral phrase when it is not there yet. */
function describeHolder(lockPath: string): string {
  try {
    const h = Holder.parse(JSON.parse(readFileSync(`${lockPath}.holder`, 'utf8')));
    return `pid ${h.pid}, ${h.command}, since ${h.since.slice(11, 19)} UTC`;
  } catch {
    return 'another eia process';
  }
}
