/** The store's connection type: one better-sqlite3 database (see openStore.ts). */
import type Database from 'better-sqlite3';

export type Db = Database.Database;
