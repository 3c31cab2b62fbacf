/**
 * Parquet: a folder with one file per table, written by hyparquet-writer (pure JavaScript,
 * no native binary to install), typed columns (UTF-8 strings, INT32, DOUBLE, BOOLEAN),
 * every column nullable as the dictionary says.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { dataPackage } from '../datapackage.js';
import type { ExportData, ExportFormat } from '../exportData.js';
import { TABLES, type ColumnType, type TableName } from '../tables.js';
import { writeDescriptor } from '../writeFiles.js';

const PARQUET_TYPE: Record<ColumnType, 'STRING' | 'INT32' | 'DOUBLE' | 'BOOLEAN'> = {
  string: 'STRING', integer: 'INT32', number: 'DOUBLE', boolean: 'BOOLEAN', datetime: 'STRING',
};

export const parquetFormat: ExportFormat = {
  name: 'parquet',
  target: 'folder',
  defaultOut: 'export-parquet',
  async write(data: ExportData, out: string | undefined): Promise<void> {
    const folder = out ?? 'export-parquet';
    mkdirSync(folder, { recursive: true });
    for (const table of TABLES) {
      const rows = data.tables[table.name as TableName];
      const buffer = parquetWriteBuffer({
        columnData: table.columns.map((c) => ({ name: c.name, type: PARQUET_TYPE[c.type], nullable: true, data: rows.map((r) => r[c.name] ?? null) })),
      });
      writeFileSync(join(folder, `${table.name}.parquet`), new Uint8Array(buffer));
    }
    writeDescriptor(folder, dataPackage(data.meta, (t) => ({ path: `${t.name}.parquet`, format: 'parquet', mediatype: 'application/vnd.apache.parquet' })));
  },
};
