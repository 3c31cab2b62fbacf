/**
 * SQLite: a clean analyst copy (not the store: no layouts, runs or history), the tables with
 * their declared types, primary keys, indexes on the join keys, and two views:
 * `adverse_impacts` (negative or both, with the EIA's title, organisation, directorate and
 * date) and `impacts_wide` (one row per EIA, one column per characteristic with its ratings).
 * Written to a temporary file in one transaction and renamed into place, so a reader never
 * sees half an export.
 */
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CHARACTERISTICS } from '../../model/vocabulary.js';
import { dataPackage, tableSchema } from '../datapackage.js';
import type { ExportData, ExportFormat } from '../exportData.js';
import { TABLES, type Cell, type Table, type TableName } from '../tables.js';
import { writeDescriptor } from '../writeFiles.js';

const SQL_TYPE = { string: 'TEXT', integer: 'INTEGER', number: 'REAL', boolean: 'INTEGER', datetime: 'TEXT' } as const;
const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function createTable(table: Table, allCopies: boolean): string {
  const key = tableSchema(table, allCopies).primaryKey as string[];
  const columns = table.columns.map((c) => `${q(c.name)} ${SQL_TYPE[c.type]}${c.required ? ' NOT NULL' : ''}`);
  return `CREATE TABLE ${q(table.name)} (\n  ${[...columns, `PRIMARY KEY (${key.map(q).join(', ')})`].join(',\n  ')}\n)`;
}

const INDEXES = [
  'CREATE INDEX files_eia ON files(eia_id)',
  'CREATE INDEX eias_eia ON eias(eia_id)',
  'CREATE INDEX eias_series ON eias(series_id)',
  ...['people', 'impacts', 'actions', 'sections'].map((t) => `CREATE INDEX ${t}_eia ON ${t}(eia_id)`),
  'CREATE INDEX impacts_characteristic ON impacts(characteristic, rating)',
];

const VIEWS = [
  `CREATE VIEW adverse_impacts AS
   SELECT i.*, e.title, e.organisation, e.directorate, e.assessment_date, e.assessment_year, e.template
   FROM impacts i JOIN eias e ON e.record_id = i.record_id WHERE i.adverse = 1`,
  `CREATE VIEW impacts_wide AS
   SELECT e.record_id, e.eia_id, e.title, e.organisation, e.directorate, e.assessment_date,
     ${CHARACTERISTICS.map((c) => `(SELECT group_concat(rating, ';') FROM (SELECT DISTINCT rating FROM impacts i WHERE i.record_id = e.record_id AND i.characteristic = '${c}' ORDER BY rating)) AS ${q(c.replace(/-/g, '_'))}`).join(',\n     ')}
   FROM eias e`,
];

const sqlValue = (v: Cell): string | number | null => (typeof v === 'boolean' ? (v ? 1 : 0) : v);

export const sqliteFormat: ExportFormat = {
  name: 'sqlite',
  target: 'file',
  defaultOut: 'eia-export.sqlite',
  async write(data: ExportData, out: string | undefined): Promise<void> {
    const file = out ?? 'eia-export.sqlite';
    mkdirSync(dirname(file), { recursive: true });
    const partial = `${file}.partial`;
    rmSync(partial, { force: true });
    const db = new Database(partial);
    try {
      db.transaction(() => {
        for (const table of TABLES) {
          db.exec(createTable(table, data.meta.allCopies));
          const names = table.columns.map((c) => c.name);
          const insert = db.prepare(`INSERT INTO ${q(table.name)} (${names.map(q).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`);
          for (const row of data.tables[table.name as TableName]) insert.run(...names.map((n) => sqlValue(row[n] ?? null)));
        }
        for (const sql of [...INDEXES, ...VIEWS]) db.exec(sql);
      })();
    } finally {
      db.close();
    }
    renameSync(partial, file);
    writeDescriptor(dirname(file), dataPackage(data.meta, (t) => ({ path: basename(file), format: 'sqlite', mediatype: 'application/vnd.sqlite3', dialect: { table: t.name } })));
  },
};
