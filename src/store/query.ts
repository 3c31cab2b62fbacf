/**
 * Rows as they leave SQLite, parsed: every query names the shape of its rows as a zod schema,
 * so a schema change or a typo in a column alias fails loudly where the row is read, not
 * three calls later as an undefined.
 */
import type { Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { Db } from './db.js';

/** Statements prepared once per connection and SQL text: readers run the same few queries per row. */
const prepared = new WeakMap<Db, Map<string, Statement>>();

function statement(db: Db, sql: string): Statement {
  let byText = prepared.get(db);
  if (!byText) prepared.set(db, (byText = new Map()));
  let s = byText.get(sql);
  if (!s) byText.set(sql, (s = db.prepare(sql)));
  return s;
}

/** Every row of `sql`, each parsed by `row`. */
export function queryAll<T extends z.ZodType>(db: Db, row: T, sql: string, ...params: unknown[]): Array<z.infer<T>> {
  return statement(db, sql).all(...params).map((r) => row.parse(r));
}

/** The first row of `sql` parsed by `row`, or null when there is none. */
export function queryOne<T extends z.ZodType>(db: Db, row: T, sql: string, ...params: unknown[]): z.infer<T> | null {
  const r = statement(db, sql).get(...params);
  return r === undefined ? null : row.parse(r);
}

/** Rows of `sql` one at a time (exports stream), each parsed by `row`. */
export function* queryEach<T extends z.ZodType>(db: Db, row: T, sql: string, ...params: unknown[]): Generator<z.infer<T>> {
  for (const r of statement(db, sql).iterate(...params)) yield row.parse(r);
}
