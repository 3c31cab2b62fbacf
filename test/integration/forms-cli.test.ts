/**
 * `eia forms` end to end on a real SQLite store: files ingested by the CLI get fingerprints
 * as their results are stored; a store whose fingerprints are missing (made before them) is
 * fingerprinted by `eia forms` from its cached layouts; the report lists the known templates
 * with their counts and clusters the rest; `eia forms scaffold` writes a draft that validates;
 * mistakes are one line on stderr, never a stack trace.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FormsReport } from '../../src/forms/formsReport.js';
import { CLI, SAMPLES_DIR } from '../helpers/samples.js';
import { TRAIN_DIR } from '../helpers/forms-corpus.js';

const dir = mkdtempSync(join(tmpdir(), 'eia-forms-'));
const inputs = join(dir, 'inputs');
const db = join(dir, 'eia.db');
const eia = (...args: string[]) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 120_000 });
const FORMS = ['brackenside-homes__tenancy-fraud-policy', 'brackenside-homes__communal-areas-clearance-procedure', 'brackenside-homes__independent-living-service-review', 'glyn-teifi-council__post-16-school-transport', 'glyn-teifi-council__library-strategy-2024-2029', 'glyn-teifi-council__council-tax-second-homes-premium'];
const fingerprints = (): number => {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare('SELECT COUNT(*) AS n FROM fingerprints').get() as { n: number }).n;
  } finally {
    d.close();
  }
};

beforeAll(() => {
  mkdirSync(inputs);
  for (const f of FORMS) copyFileSync(join(TRAIN_DIR, `${f}.txt`), join(inputs, `${f}.txt`));
  copyFileSync(join(SAMPLES_DIR, 'derby-cic-commissioning-2011.docx'), join(inputs, 'derby-cic-commissioning-2011.docx'));
  const r = eia('ingest', inputs, '--db', db, '--threads', '2');
  expect(r.status, r.stderr).toBe(0);
}, 180_000);

describe('eia forms', () => {
  it('stores a fingerprint for every document as it is ingested', () => {
    expect(fingerprints()).toBe(FORMS.length + 1);
  });

  it('lists the known templates with counts and clusters the documents no template matched', () => {
    const r = eia('forms', '--db', db, '--json');
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as FormsReport;
    expect(report.backfilled).toBe(0);
    expect(report.templates.find((t) => t.template === 'derby-2011')?.documents).toBe(1);
    expect(report.unmatched).toBe(FORMS.length);
    const groups = report.clusters.map((c) => c.files.map((f) => f.split('/').pop()!.split('__')[0]!)).sort((a, b) => a[0]!.localeCompare(b[0]!));
    expect(groups).toEqual([Array(3).fill('brackenside-homes'), Array(3).fill('glyn-teifi-council')]);
    for (const c of report.clusters) {
      expect(c.size).toBe(3);
      expect(c.files).toContain(c.representative);
      expect(c.distinctive.length).toBeGreaterThan(0);
    }
    const text = eia('forms', '--db', db);
    expect(text.stdout).toMatch(/derby-2011\s+1 documents/);
    expect(text.stdout).toMatch(/no template matched: 6 documents, 2 clusters of 2 or more/);
  });

  it('fingerprints a store made before fingerprints existed from its cached layouts', () => {
    const d = new Database(db);
    d.prepare('DELETE FROM fingerprints').run();
    d.close();
    const r = eia('forms', '--db', db, '--json');
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as FormsReport).backfilled).toBe(FORMS.length + 1);
    expect(fingerprints()).toBe(FORMS.length + 1);
  });

  it('scaffolds a draft template for a cluster', async () => {
    const out = join(dir, 'extractors', 'brackensideHomes.ts');
    const report = JSON.parse(eia('forms', '--db', db, '--json').stdout) as FormsReport;
    const cluster = report.clusters.find((c) => c.representative.includes('brackenside'))!;
    const r = eia('forms', 'scaffold', String(cluster.id), '--db', db, '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const source = readFileSync(out, 'utf8');
    expect(source).toContain("id\": \"brackenside-homes\"");
    expect(source).toMatch(/"to": "title"/);
    const { parseTemplate } = await import('../../src/extract/template/templateDefinition.js');
    const json = source.slice(source.indexOf('= {') + 2).trim().replace(/;$/, '');
    expect(() => parseTemplate(JSON.parse(json))).not.toThrow();
  });

  it('says in one line what is wrong: no store, no such cluster, not a number', () => {
    for (const [args, message] of [
      [['forms', '--db', join(dir, 'missing.db')], /^eia: no store at .*missing\.db — run 'eia ingest' first or pass --db\n$/],
      [['forms', 'scaffold', '9', '--db', db, '--out', join(dir, 'x.ts')], /^eia: there is no cluster 9: .* lists 2\n$/],
      [['forms', 'scaffold', 'two', '--db', db, '--out', join(dir, 'x.ts')], /^eia: cluster must be a cluster number/],
    ] as const) {
      const r = eia(...args);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(join(dir, 'x.ts'))).toBe(false);
  });
});
