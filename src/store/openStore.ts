/**
 * Opens (creating if needed) the SQLite file and brings its schema up to date. WAL mode:
 * readers (export, status, a review page) never block the one writer, and a crash loses at
 * most the transaction in flight.
 */
import Database from 'better-sqlite3';
import { z } from 'zod';
import { MIGRATIONS } from './migrations.js';
import type { Db } from './db.js';
import { queryAll, queryOne } from './query.js';

export type { Db } from './db.js';

export function openDatabase(path: string, options: { readonly?: boolean } = {}): Db {
  const db = new Database(path, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  }
  return db;
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
