/**
 * CSV: a folder with one RFC 4180 file per table (CRLF line ends, quotes only where needed),
 * UTF-8 with a byte-order mark by default so Excel reads £ and curly quotes (`bom: false`
 * for tools that show it as a stray character), text cells escaped against formula injection.
 */
import { join } from 'node:path';
import { escapeCell } from '../cellText.js';
import { dataPackage } from '../datapackage.js';
import type { ExportData, ExportFormat } from '../exportData.js';
import { TABLES, type Cell } from '../tables.js';
import { close, openFile, write, writeDescriptor } from '../writeFiles.js';

export function csvField(value: Cell): string {
  if (value === null) return '';
  const s = typeof value === 'string' ? escapeCell(value) : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (values: Cell[]): string => `${values.map(csvField).join(',')}\r\n`;

export function csvFormat(options: { bom: boolean }): ExportFormat {
  return {
    name: 'csv',
    target: 'folder',
    defaultOut: 'export',
    async write(data: ExportData, out: string | undefined): Promise<void> {
      const folder = out ?? 'export';
      for (const table of TABLES) {
        const stream = openFile(join(folder, `${table.name}.csv`));
        const names = table.columns.map((c) => c.name);
        await write(stream, `${options.bom ? '\uFEFF' : ''}${csvLine(names)}`);
        for (const row of data.tables[table.name as keyof ExportData['tables']]) await write(stream, csvLine(names.map((n) => row[n] ?? null)));
        await close(stream);
      }
      writeDescriptor(folder, dataPackage(data.meta, (t) => ({
        path: `${t.name}.csv`, format: 'csv', mediatype: 'text/csv',
        dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true },
      })));
    },
  };
}
