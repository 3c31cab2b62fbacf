/**
 * Excel: one workbook written by exceljs's streaming writer (rows go to disk as they are
 * added), a first sheet describing every column, then a sheet per table with a frozen
 * header, an autofilter, widths that fit the content and typed cells (numbers, booleans,
 * text). A text longer than Excel's 32,767-character cell limit continues in extra columns
 * (`text (2)`, …), each part but the last ending with a marker; text is escaped against
 * formula injection as in CSV.
 */
import { mkdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
// Loaded when a workbook is written: exceljs and its zip libraries cost every other command ~0.3 s at start.
import type ExcelJS from 'exceljs';
import { escapeCell } from '../cellText.js';
import { dataPackage, fieldOf } from '../datapackage.js';
import type { ExportData, ExportFormat } from '../exportData.js';
import { TABLES, type Cell, type Column, type Row, type TableName } from '../tables.js';
import { writeDescriptor } from '../writeFiles.js';

export const XLSX_CELL_LIMIT = 32_767;
export const CONTINUED = ' [continued in the next column]';
const PART = XLSX_CELL_LIMIT - CONTINUED.length;

/** A text cut into cell-sized parts, every part but the last marked as continued. */
export function splitText(text: string): string[] {
  if (text.length <= XLSX_CELL_LIMIT) return [text];
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += PART) parts.push(text.slice(i, i + PART));
  return parts.map((p, i) => (i < parts.length - 1 ? `${p}${CONTINUED}` : p));
}

const partsNeeded = (rows: Row[], column: Column): number =>
  Math.max(1, ...rows.map((r) => { const v = r[column.name]; return typeof v === 'string' ? splitText(escapeCell(v)).length : 1; }));

function cellValue(value: Cell): ExcelJS.CellValue {
  if (value === null) return null;
  return typeof value === 'string' ? escapeCell(value) : value;
}

const width = (rows: Row[], name: string): number =>
  Math.min(60, Math.max(name.length + 2, ...rows.slice(0, 200).map((r) => String(r[name] ?? '').split('\n')[0]!.length + 1)));

function addDictionary(workbook: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const sheet = workbook.addWorksheet('columns', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'table', key: 'table', width: 10 }, { header: 'column', key: 'column', width: 24 }, { header: 'type', key: 'type', width: 9 },
    { header: 'required', key: 'required', width: 9 }, { header: 'values', key: 'values', width: 40 }, { header: 'description', key: 'description', width: 90 },
  ];
  sheet.autoFilter = 'A1:F1';
  for (const table of TABLES) {
    for (const column of table.columns) {
      const f = fieldOf(column);
      sheet.addRow({ table: table.name, column: f.name, type: f.type, required: f.constraints?.required === true, values: f.constraints?.enum?.join(', ') ?? '', description: f.description }).commit();
    }
  }
  sheet.commit();
}

export const xlsxFormat: ExportFormat = {
  name: 'xlsx',
  target: 'file',
  defaultOut: 'eia-export.xlsx',
  async write(data: ExportData, out: string | undefined): Promise<void> {
    const file = out ?? 'eia-export.xlsx';
    mkdirSync(dirname(file), { recursive: true });
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: false });
    addDictionary(workbook);
    for (const table of TABLES) {
      const rows = data.tables[table.name as TableName];
      const layout = table.columns.map((c) => ({ column: c, parts: partsNeeded(rows, c) }));
      const headers = layout.flatMap(({ column, parts }) => Array.from({ length: parts }, (_, i) => (i === 0 ? column.name : `${column.name} (${i + 1})`)));
      const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
      sheet.columns = headers.map((h) => ({ header: h, key: h, width: width(rows, h.replace(/ \(\d+\)$/, '')) }));
      sheet.getRow(1).font = { bold: true };
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
      for (const row of rows) {
        const values: ExcelJS.CellValue[] = [];
        for (const { column, parts } of layout) {
          const v = row[column.name] ?? null;
          const split = typeof v === 'string' ? splitText(escapeCell(v)) : [cellValue(v)];
          for (let i = 0; i < parts; i++) values.push(split[i] ?? null);
        }
        sheet.addRow(values).commit();
      }
      sheet.commit();
    }
    await workbook.commit();
    writeDescriptor(dirname(file), dataPackage(data.meta, (t) => ({
      path: basename(file), format: 'xlsx', mediatype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', dialect: { sheetName: t.name },
    })));
  },
};
