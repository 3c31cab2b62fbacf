/**
 * The `eia` command end to end, as a user runs it: ingest the samples, export JSON Lines
 * (every line valid against the spec's JSON Schema, scored against the goldens) and CSV,
 * and list file statuses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLI, SAMPLES_DIR, SCHEMA } from '../helpers/samples.js';
import { scoreFile } from '../helpers/score.js';

const dir = mkdtempSync(join(tmpdir(), 'eia-cli-'));
const db = join(dir, 'eia.db');
const eia = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 * 2 ** 20 });
let ingest: ReturnType<typeof eia>;

beforeAll(() => {
  ingest = eia('ingest', SAMPLES_DIR, '--db', db, '--threads', '2');
}, 180_000);

describe('eia CLI', () => {
  it('ingests the samples with a per-file summary, reporting the scan it cannot read', () => {
    expect(ingest.stderr).not.toMatch(/Error:|at .*\.js:\d+/);
    expect(ingest.stdout).toMatch(/bathnes-commissioning-2024-scan\.pdf\s+failed\s+no-text-layer/);
    expect(ingest.stdout).toMatch(/28 files: 27 extracted \(27 records\)/);
    expect(ingest.status).toBe(2); // partial failure: the scan
  });

  it('exports JSON Lines that validate against the spec and score against the goldens', () => {
    const out = join(dir, 'records.jsonl');
    const r = eia('export', '--db', db, '--format', 'jsonl', '--out', out);
    expect(r.status).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(27);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(SCHEMA, 'utf8')) as object);
    for (const line of lines) expect(validate(JSON.parse(line)), JSON.stringify(validate.errors)).toBe(true);
    const score = scoreFile(out, ['--exclude', '-scan']);
    expect(score.f1).toBeGreaterThanOrEqual(0.93);
    expect(score.macroF1).toBeGreaterThanOrEqual(0.93);
  });

  it('writes JSON Lines to stdout when no file is given', () => {
    const r = eia('export', '--db', db);
    expect(r.stdout.trim().split('\n')).toHaveLength(27);
  });

  it('exports tidy CSV tables joined on sha256 and index', () => {
    const out = join(dir, 'csv');
    expect(eia('export', '--db', db, '--format', 'csv', '--out', out).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['actions.csv', 'documents.csv', 'impacts.csv', 'people.csv']);
    const documents = readFileSync(join(out, 'documents.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(documents[0]).toMatch(/^sha256,index_in_file,file,format,/);
    expect(documents).toHaveLength(28);
    const impacts = readFileSync(join(out, 'impacts.csv'), 'utf8').trim().split('\r\n');
    expect(impacts.length).toBeGreaterThan(300);
  });

  it('lists every input file with its status', () => {
    const r = eia('status', '--db', db, '--files', '--format', 'jsonl');
    const files = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; sha256: string; status: string; reason: string | null });
    expect(files).toHaveLength(28);
    expect(files.filter((f) => f.status === 'extracted')).toHaveLength(27);
    expect(files.find((f) => f.file.endsWith('-scan.pdf'))).toMatchObject({ status: 'failed', reason: 'no-text-layer' });
    const summary = eia('status', '--db', db);
    expect(summary.stdout).toMatch(/no-text-layer\s+1/);
  });

  it('a second ingest stores nothing new', () => {
    const again = eia('ingest', SAMPLES_DIR, '--db', db, '--threads', '2');
    expect(again.stdout).toMatch(/0 extracted .* 0 failed, 28 already in the store/);
    expect(again.stdout).toMatch(/-scan\.pdf\s+skipped\s+failed before \(no-text-layer\)/);
    expect(again.status).toBe(0);
  }, 120_000);
});
