/** Every export format by name: a new format is one file in this folder and one line here. */
import type { ExportFormat } from '../exportData.js';
import { csvFormat } from './csv.js';
import { jsonlFormat } from './jsonl.js';
import { parquetFormat } from './parquet.js';
import { sqliteFormat } from './sqlite.js';
import { xlsxFormat } from './xlsx.js';

export const FORMAT_NAMES = ['jsonl', 'csv', 'xlsx', 'sqlite', 'parquet'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export function exportFormat(name: FormatName, options: { bom: boolean }): ExportFormat {
  switch (name) {
    case 'jsonl': return jsonlFormat;
    case 'csv': return csvFormat(options);
    case 'xlsx': return xlsxFormat;
    case 'sqlite': return sqliteFormat;
    case 'parquet': return parquetFormat;
  }
}
