/**
 * Opens (creating if needed) the SQLite file and brings its schema up to date. WAL mode:
 * readers (export, status, a review page) never block the one writer, and a crash loses at
 * most the transaction in flight. A reader never creates a store; a file that is missing,
 * not SQLite, damaged (`PRAGMA quick_check`) or not writable for a writer is refused with a
 * StoreError the CLI words, before anything is written.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { z } from 'zod';
import { MIGRATIONS } from './migrations.js';
import type { Db } from './db.js';
import { queryAll, queryOne } from './query.js';
import { StoreError, storeProblemOf } from './storeError.js';
import { takeWriterLock, type WriterLockOptions } from './writerLock.js';

export type { Db } from './db.js';

export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  const readonly = options.readonly ?? false;
  if (readonly && !existsSync(path)) throw new StoreError('missing', path);
  if (!readonly) refuseUnwritable(path);
  let db: Db | null = null;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly });
    db.pragma('busy_timeout = 5000');
    checkIntact(db, path);
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
    }
    return db;
  } catch (error) {
    db?.close();
    const problem = storeProblemOf(error);
    if (problem && !(error instanceof StoreError)) throw new StoreError(problem, path, (error as Error).message);
    throw error;
  }
}

/** A store opened for what a command does: readers share it, a writer holds the store's writer lock until close. */
export interface Store {
  db: Db;
  /** Whether this writer waited for another one first. */
  waited: boolean;
  close(): void;
}

export async function openStore(path: string, o: { writer: boolean } & WriterLockOptions): Promise<Store> {
  if (!o.writer) {
    const db = openDatabase(path, { readonly: true });
    return { db, waited: false, close: () => db.close() };
  }
  refuseUnwritable(path);
  const lock = await takeWriterLock(path, o);
  try {
    const db = openDatabase(path);
    return {
      db,
      waited: lock.waited,
      close: () => {
        try {
          db.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * A writer needs the file and its folder (WAL and lock files live beside it). Checked up
 * front because SQLite opens a read-only file read-only without a word and fails only at
 * the first write, halfway through a batch.
 */
function refuseUnwritable(path: string): void {
  const folder = dirname(path);
  try {
    accessSync(folder, constants.W_OK);
    if (existsSync(path)) {
      if (statSync(path).isDirectory()) throw new StoreError('not-a-database', path, 'a folder');
      accessSync(path, constants.W_OK);
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new StoreError('no-folder', path, folder);
    throw new StoreError('read-only', path, (error as Error).message);
  }
}

/** Refuses a damaged file at open rather than at the first query that reaches the bad page. */
function checkIntact(db: Db, path: string): void {
  const rows = (db.pragma('quick_check(2)') as Array<Record<string, unknown>>).map((r) => String(Object.values(r)[0]));
  // The first line may only say which schema ("*** in database main ***"); the problem follows it.
  if (rows[0] !== undefined && rows[0] !== 'ok') throw new StoreError('corrupt', path, rows.find((r) => !r.startsWith('***')) ?? rows[0]);
}

/** Applies the migrations the database has not seen, each in a transaction. */
export function migrate(db: Db): number {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const applied = new Set(queryAll(db, z.object({ version: z.number().int() }), 'SELECT version FROM schema_migrations').map((r) => r.version));
  let count = 0;
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    const foreignKeys = db.pragma('foreign_keys', { simple: true }) === 1;
    if (m.rebuildsTables) db.pragma('foreign_keys = OFF'); // only takes effect outside a transaction
    try {
      db.transaction(() => {
        db.exec(m.sql);
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`migration ${m.version} (${m.name}) would break ${broken.length} foreign key(s)`);
        db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(m.version, m.name, new Date().toISOString());
      })();
    } finally {
      if (m.rebuildsTables && foreignKeys) db.pragma('foreign_keys = ON');
    }
    count++;
  }
  return count;
}

export function schemaVersion(db: Db): number {
  return queryOne(db, z.object({ v: z.number().int().nullable() }), 'SELECT MAX(version) AS v FROM schema_migrations')?.v ?? 0;
}
