/**
 * The review loop's command line on a real store: `eia review list --json` names the queued
 * fields and why, `eia show` applies the decisions, `eia review export-gold` writes what the
 * scorer reads, `eia status` reports the audit sample's measured error rate with its interval.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseExpectedFile } from '../../src/eval/expectedFile.js';
import { currentRecordId, recordDecision } from '../../src/store/corrections.js';
import { CLI } from '../helpers/samples.js';
import { sampleRecord, SHA, storeWith } from '../helpers/reviewRecords.js';

const { db, path } = storeWith([sampleRecord()]);
afterAll(() => db.close());
const eia = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 60_000 });
const base = { sha256: SHA, indexInFile: 0, reviewer: 'ann', seenId: null };

describe('review on the command line', () => {
  it('lists what waits for a decision, with reasons', () => {
    const r = eia('review', 'list', '--db', path, '--audit-rate', '0', '--json');
    expect(r.status, r.stderr).toBe(0);
    const [rec] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { sha256: string; pending: number; fields: Array<{ pointer: string; reasons: string[] }> });
    expect(rec).toMatchObject({ sha256: SHA, pending: 1, fields: [{ pointer: '/impacts/[age|||]/rating', reasons: ['low-confidence'] }] });
    // With every field audited, the sure ones are queued as the audit sample.
    const all = JSON.parse(eia('review', 'list', '--db', path, '--audit-rate', '1', '--json').stdout.trim()) as { fields: Array<{ reasons: string[] }> };
    expect(all.fields.filter((f) => f.reasons.includes('audit-sample')).length).toBeGreaterThan(5);
  });

  it('reports the audit sample’s error rate per field kind with a Wilson interval in eia status', () => {
    const recordId = currentRecordId(db, SHA, 0)!;
    recordDecision(db, { ...base, recordId, pointer: '/title', action: 'accept', oldValue: 'Library opening hours', reasons: ['audit-sample'] });
    recordDecision(db, { ...base, recordId, pointer: '/organisation', action: 'set', value: 'Anytown Borough Council', oldValue: 'Anytown Council', reasons: ['audit-sample'] });
    const text = eia('status', '--db', path);
    expect(text.stdout).toMatch(/audit sample: auto-accepted fields measured wrong 50\.0% \(95% Wilson 9\.5%–90\.5%, 2 audited\)/);
    expect(text.stdout).toMatch(/organisation\s+1\/1 +100\.0% wrong/);
    const json = JSON.parse(eia('status', '--db', path, '--format', 'json').stdout) as { auditAccuracy: { overall: { audited: number; wrong: number } } };
    expect(json.auditAccuracy.overall).toMatchObject({ audited: 2, wrong: 1 });
    // Exports carry the figure as the dataset's estimated accuracy (datapackage.json beside the file).
    for (const format of ['jsonl', 'csv']) {
      const out = join(mkdtempSync(join(tmpdir(), 'audit-export-')), format === 'jsonl' ? 'records.jsonl' : 'csv');
      expect(eia('export', '--db', path, '--format', format, '--out', out).status).toBe(0);
      const pkg = JSON.parse(readFileSync(join(format === 'jsonl' ? join(out, '..') : out, 'datapackage.json'), 'utf8')) as { eia_export: { audited_accuracy: { accuracy: number; fields: number; interval: { low: number; high: number } } } };
      expect(pkg.eia_export.audited_accuracy).toMatchObject({ accuracy: 0.5, fields: 2 });
      expect(pkg.eia_export.audited_accuracy.interval.low).toBeCloseTo(0.095, 3);
      expect(pkg.eia_export.audited_accuracy.interval.high).toBeCloseTo(0.905, 3);
    }
  });

  it('shows the record with decisions applied, and exports reviewed records as gold the scorer reads', () => {
    const recordId = currentRecordId(db, SHA, 0)!;
    recordDecision(db, { ...base, recordId, pointer: '/impacts/[age|||]/rating', action: 'set', value: 'both', oldValue: 'negative', reasons: ['low-confidence'] });
    recordDecision(db, { ...base, recordId, pointer: '', action: 'complete' });
    const shown = JSON.parse(eia('show', SHA.slice(0, 12), '--db', path, '--json').stdout) as { eia: { organisation: string; impacts: Array<{ rating: string }> }; review: { status: string } };
    expect(shown.eia.organisation).toBe('Anytown Borough Council');
    expect(shown.eia.impacts[0]!.rating).toBe('both');
    expect(shown.review.status).toBe('reviewed');
    const gold = mkdtempSync(join(tmpdir(), 'eia-gold-'));
    const r = eia('review', 'export-gold', gold, '--db', path);
    expect(r.status, r.stderr).toBe(0);
    const file = parseExpectedFile(JSON.parse(readFileSync(join(gold, 'library.expected.json'), 'utf8')));
    expect(file[0]!.eia.impacts![0]!.rating).toBe('both');
    expect(file[0]!.template).toBe('generic');
  });

  it('says in one line what to do when the document is not there', () => {
    const r = eia('show', 'no-such.pdf', '--db', path);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^eia: no document no-such\.pdf in the store/)]);
  });
});
