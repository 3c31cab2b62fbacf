/**
 * Each export format read back by its own kind of reader, into plain rows per table:
 * Python's csv module (not ours), exceljs, better-sqlite3, hyparquet. Cells are normalised
 * the way the data dictionary types them, so the formats can be compared with each other
 * and with the JSON Lines records.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { parquetReadObjects } from 'hyparquet';
import { unescapeCell } from '../../src/export/cellText.js';
import { TABLES, type Cell, type Row } from '../../src/export/tables.js';

export type Tables = Record<string, Row[]>;

const typeOf = (table: string, column: string): string => TABLES.find((t) => t.name === table)!.columns.find((c) => c.name === column)?.type ?? 'string';

/** A text cell as its column's type says (CSV and Excel give text or loose numbers). */
function typed(table: string, column: string, value: unknown, escaped: boolean): Cell {
  if (value === null || value === undefined || value === '') return null;
  const type = typeOf(table, column);
  if (type === 'integer' || type === 'number') return Number(value);
  if (type === 'boolean') return value === true || value === 'true' || value === 1 || value === 1n;
  const text = typeof value === 'string' ? value : String(value);
  return escaped ? unescapeCell(text) : text;
}

/** `escaped`: the format escapes text against formula injection (csv, xlsx), undone here. */
const normalise = (table: string, rows: Array<Record<string, unknown>>, escaped = false): Row[] =>
  rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typed(table, k, typeof v === 'bigint' ? Number(v) : v, escaped)])));

/** Python's csv module, as an analyst would read the files (utf-8-sig strips the BOM). */
export function readCsvWithPython(folder: string): Tables {
  const script = `
import csv, json, sys
out = {}
for name in sys.argv[2:]:
    with open(f"{sys.argv[1]}/{name}.csv", newline="", encoding="utf-8-sig") as f:
        out[name] = list(csv.DictReader(f))
print(json.dumps(out))`;
  const r = spawnSync('python3', ['-c', script, folder, ...TABLES.map((t) => t.name)], { encoding: 'utf8', maxBuffer: 256 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`python3 csv reader failed: ${r.stderr}`);
  const raw = JSON.parse(r.stdout) as Record<string, Array<Record<string, string>>>;
  return Object.fromEntries(Object.entries(raw).map(([t, rows]) => [t, normalise(t, rows, true)]));
}

/** exceljs: each table's sheet, continued columns (`text (2)`) joined back onto their column. */
export async function readXlsx(file: string, marker: string): Promise<Tables> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const out: Tables = {};
  for (const table of TABLES) {
    const sheet = workbook.getWorksheet(table.name)!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const rows: Array<Record<string, unknown>> = [];
    sheet.eachRow((row, n) => {
      if (n === 1) return;
      const r: Record<string, unknown> = {};
      header.forEach((h, i) => {
        const v = row.getCell(i + 1).value;
        const base = h.replace(/ \(\d+\)$/, '');
        if (base !== h) {
          if (v !== null && v !== undefined) r[base] = `${String(r[base]).slice(0, -marker.length)}${String(v)}`;
        } else r[h] = v;
      });
      rows.push(r);
    });
    out[table.name] = normalise(table.name, rows, true);
  }
  return out;
}

export function readSqlite(file: string): Tables {
  const db = new Database(file, { readonly: true });
  try {
    return Object.fromEntries(TABLES.map((t) => [t.name, normalise(t.name, db.prepare(`SELECT * FROM "${t.name}"`).all() as Array<Record<string, unknown>>)]));
  } finally {
    db.close();
  }
}

export async function readParquet(folder: string): Promise<Tables> {
  const out: Tables = {};
  for (const t of TABLES) {
    const buf = readFileSync(join(folder, `${t.name}.parquet`));
    const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    out[t.name] = normalise(t.name, (await parquetReadObjects({ file })) as Array<Record<string, unknown>>);
  }
  return out;
}
