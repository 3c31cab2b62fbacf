/**
 * The `eia` command end to end, as a user runs it: ingest the samples (the scan read by OCR)
 * and one broken file, export JSON Lines (every line valid against the spec's JSON Schema,
 * scored against the goldens) and CSV, and list file statuses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, SAMPLES_DIR, SCHEMA } from '../helpers/samples.js';
import { scoreFile } from '../helpers/score.js';

const dir = mkdtempSync(join(tmpdir(), 'eia-cli-'));
const db = join(dir, 'eia.db');
// A file that fails among files that do not: the batch goes on and the exit code says so.
const broken = join(dir, 'broken.pdf');
const eia = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 2 ** 20 });
let ingest: ReturnType<typeof eia>;

beforeAll(() => {
  writeFileSync(broken, '%PDF-1.7\nthis file was cut off in transit');
  ingest = eia('ingest', SAMPLES_DIR, broken, '--db', db, '--threads', '2');
}, 240_000);

describe('eia CLI', () => {
  it('ingests the samples, the scan by OCR, with a per-file summary naming the broken file', () => {
    expect(ingest.stderr).not.toMatch(/Error:|at .*\.js:\d+/);
    expect(ingest.stdout).toMatch(/broken\.pdf\s+failed\s+corrupt/);
    expect(ingest.stdout).toMatch(/29 files: 28 extracted \(28 records\)/);
    expect(ingest.status).toBe(2); // partial failure: the broken file
  });

  it('exports JSON Lines that validate against the spec and score against the goldens', () => {
    const out = join(dir, 'records.jsonl');
    const r = eia('export', '--db', db, '--format', 'jsonl', '--out', out, '--all-copies');
    expect(r.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(28);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    for (const line of lines) expect(validate(JSON.parse(line)), JSON.stringify(validate.errors)).toBe(true);
    const score = scoreFile(out, []);
    expect(score.f1).toBeGreaterThanOrEqual(0.93);
    expect(score.macroF1).toBeGreaterThanOrEqual(0.93);
  });

  it('writes JSON Lines to stdout when no file is given', () => {
    const r = eia('export', '--db', db, '--all-copies');
    expect(r.stdout.trim().split('\n')).toHaveLength(28);
  });

  it('exports tidy CSV tables joined on record_id', () => {
    const out = join(dir, 'csv');
    expect(eia('export', '--db', db, '--format', 'csv', '--out', out, '--all-copies').status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['actions.csv', 'datapackage.json', 'eias.csv', 'files.csv', 'impacts.csv', 'people.csv', 'sections.csv']);
    const documents = readFileSync(join(out, 'files.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(documents[0]).toMatch(/^record_id,eia_id,canonical,sha256,index_in_file,format,/);
    expect(documents).toHaveLength(29);
    const impacts = readFileSync(join(out, 'impacts.csv'), 'utf8').trim().split('\r\n');
    expect(impacts.length).toBeGreaterThan(300);
  });

  it('lists every input file with its status', () => {
    const r = eia('status', '--db', db, '--files', '--format', 'jsonl');
    const files = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; sha256: string; status: string; reason: string | null });
    expect(files).toHaveLength(29);
    expect(files.filter((f) => f.status === 'extracted')).toHaveLength(28);
    expect(files.find((f) => f.file.endsWith('-scan.pdf'))).toMatchObject({ status: 'extracted' });
    expect(files.find((f) => f.file.endsWith('broken.pdf'))).toMatchObject({ status: 'failed', reason: 'corrupt' });
    const summary = eia('status', '--db', db);
    expect(summary.stdout).toMatch(/corrupt\s+1/);
  });

  it('a second ingest stores nothing new', () => {
    const again = eia('ingest', SAMPLES_DIR, broken, '--db', db, '--threads', '2');
    expect(again.stdout).toMatch(/0 extracted .* 0 failed, 29 already in the store/);
    expect(again.stdout).toMatch(/broken\.pdf\s+skipped\s+failed before \(corrupt\)/);
    expect(again.status).toBe(0);
  }, 120_000);
});
