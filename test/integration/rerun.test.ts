/**
 * Batch re-runs, end to end through the CLI on a real SQLite store: the samples are
 * ingested, one template changes (a JSON template in EIA_TEMPLATES_DIR replacing the
 * built-in Kent one, its version bumped, its consultation rule dropped), and `eia rerun`
 * re-extracts the Kent documents from their cached layouts — no conversion — and keeps the
 * Derby ones as they were (nothing their extraction depends on changed), after which
 * `eia diff` reports exactly the fields that rule made, `eia eval` gates the drop, a
 * reviewer's correction still stands, and an interrupted re-run resumes without duplicates.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { kentEqia } from '../../extractors/kentEqia.js';
import { CLI, SCORER, sampleInputs } from '../helpers/samples.js';

const root = mkdtempSync(join(tmpdir(), 'eia-rerun-'));
const inputs = join(root, 'inputs');
const templates = join(root, 'templates');
const db = join(root, 'eia.db');
const samples = sampleInputs().filter((p) => /kent-|derby-/.test(p));
const N = samples.length;
const KENT = samples.filter((p) => /kent-/.test(basename(p))).length;
const env = { ...process.env, EIA_OCR: 'off' };
const changed = { ...env, EIA_TEMPLATES_DIR: templates };
const eia = (args: string[], e: NodeJS.ProcessEnv = env) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: e, timeout: 180_000, maxBuffer: 64 * 2 ** 20 });
const rows = <T>(sql: string): T[] => {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all() as T[];
  } finally {
    d.close();
  }
};

beforeAll(() => {
  mkdirSync(inputs);
  mkdirSync(templates);
  for (const f of samples) copyFileSync(f, join(inputs, basename(f)));
  const ingest = eia(['ingest', inputs, '--db', db, '--threads', '2']);
  expect(ingest.status, ingest.stderr).toBe(0);
  const kent = { ...kentEqia, version: '99', fields: kentEqia.fields.filter((f) => f.to !== 'consultation') };
  writeFileSync(join(templates, 'kent-eqia.json'), JSON.stringify(kent));
}, 240_000);

const gold = join(root, 'gold');

describe('eia rerun', () => {
  let rerun: { runId: number; seen: number; extracted: number; converted: number; fromCache: number; kept: number; skipped: number };

  it('eia eval scores a run as the spec scorer scores its export', () => {
    mkdirSync(gold);
    for (const f of samples) {
      copyFileSync(f.replace(/\.[^.]+$/, '.expected.json'), join(gold, basename(f).replace(/\.[^.]+$/, '.expected.json')));
      copyFileSync(f, join(gold, basename(f)));
    }
    const ours = JSON.parse(eia(['eval', '--db', db, '--gold', gold, '--json']).stdout) as { run: { overall: { f1: number }; macroF1: number } };
    const exported = join(root, 'run1.jsonl');
    writeFileSync(exported, eia(['export', '--db', db, '--all-copies']).stdout);
    const scorer = JSON.parse(spawnSync(process.execPath, [SCORER, '--expected', gold, '--actual', exported, '--json'], { encoding: 'utf8' }).stdout) as { f1: number; macroF1: number };
    expect(Math.abs(ours.run.overall.f1 - scorer.f1)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(ours.run.macroF1 - scorer.macroF1)).toBeLessThanOrEqual(0.005);
  });

  it("re-extracts the changed template's documents from their cached layouts, converting nothing, and keeps the others", () => {
    // A reviewer's correction, made before the re-run.
    const d = new Database(db);
    const [doc] = d.prepare(`SELECT sha256 FROM documents WHERE path LIKE '%derby-leisure-concessions-2010.pdf'`).all() as Array<{ sha256: string }>;
    d.prepare('INSERT INTO corrections (sha256, index_in_file, pointer, value, reviewer, created_at) VALUES (?, 0, ?, ?, ?, ?)').run(doc!.sha256, '/title', JSON.stringify('Leisure Concessions Review (corrected)'), 'reviewer', new Date().toISOString());
    d.close();
    const layoutsBefore = rows<{ n: number }>('SELECT COUNT(*) AS n FROM layouts')[0]!.n;
    const derbyBefore = rows<{ id: number }>(`SELECT r.id FROM records r JOIN documents d ON d.sha256 = r.sha256 WHERE r.current = 1 AND d.template = 'derby-2011' ORDER BY r.id`);
    const r = eia(['rerun', '--db', db, '--json', '--threads', '2'], changed);
    expect(r.status, r.stderr).toBe(0);
    rerun = JSON.parse(r.stdout) as typeof rerun;
    expect(KENT).toBeGreaterThan(0);
    expect(KENT).toBeLessThan(N);
    expect(rerun.seen).toBe(N);
    expect(rerun.extracted).toBe(KENT);
    expect(rerun.converted).toBe(0);
    expect(rerun.fromCache).toBe(KENT);
    expect(rerun.kept).toBe(N - KENT);
    expect(rerun.skipped).toBe(N - KENT);
    // Every document is now marked as extracted with the new versions; the Derby records are the very rows they were.
    expect(rows<{ n: number }>(`SELECT COUNT(*) AS n FROM documents WHERE extracted_with LIKE '%kent-eqia@99%'`)[0]!.n).toBe(N);
    expect(rows<{ id: number }>(`SELECT r.id FROM records r JOIN documents d ON d.sha256 = r.sha256 WHERE r.current = 1 AND d.template = 'derby-2011' ORDER BY r.id`)).toEqual(derbyBefore);
    expect(rows<{ n: number }>(`SELECT COUNT(*) AS n FROM run_documents WHERE run_id = ${rerun.runId}`)[0]!.n).toBe(KENT);
    expect(rows<{ n: number }>('SELECT COUNT(*) AS n FROM layouts')[0]!.n).toBe(layoutsBefore);
    expect(rows<{ n: number }>(`SELECT COUNT(*) AS n FROM run_documents WHERE run_id = ${rerun.runId} AND converted = 1`)[0]!.n).toBe(0);
  });

  it('eia diff reports exactly the fields the changed rule made', () => {
    const r = eia(['diff', '--db', db, '--format', 'jsonl'], changed);
    expect(r.status, r.stderr).toBe(0);
    const changes = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; path: string; kind: string; template: string });
    const kentFiles = sampleInputs().filter((p) => /kent-/.test(p)).map((p) => basename(p)).sort();
    expect(changes.every((c) => c.path === '/consultation' && c.kind === 'removed' && c.template === 'kent-eqia')).toBe(true);
    expect(changes.map((c) => basename(c.file)).sort()).toEqual(kentFiles);
    const table = eia(['diff', '--db', db, '--field', '/consultation'], changed);
    expect(table.stdout).toMatch(/kent-eqia\n\s+consultation\s+removed 5/);
  });

  it('eia eval gates the drop against the run before', () => {
    // A folder without expected records is no gold.
    expect(eia(['eval', '--db', db, '--gold', inputs], changed).status).toBe(1);
    const gated = eia(['eval', '--db', db, '--gold', gold, '--baseline', '1', '--json'], changed);
    expect(gated.status).toBe(3);
    const out = JSON.parse(gated.stdout) as { gate: { dropped: string[] }; run: { overall: { f1: number } }; baseline: { overall: { f1: number } } };
    expect(out.gate.dropped).toEqual(['kent-eqia']);
    expect(out.run.overall.f1).toBeLessThan(out.baseline.overall.f1);
  });

  it("keeps the reviewer's correction over the new extraction", () => {
    const exported = eia(['export', '--db', db, '--all-copies'], changed).stdout.trim().split('\n').map((l) => JSON.parse(l) as { document: { file: string }; eia: { title: string } });
    expect(exported.find((r) => r.document.file.endsWith('derby-leisure-concessions-2010.pdf'))!.eia.title).toBe('Leisure Concessions Review (corrected)');
  });

  it('a change to what a template detects re-extracts every document, and --all redoes them all again', () => {
    // A new label is a detection change: any document might now be claimed or cut otherwise.
    const kent = { ...kentEqia, version: '99.1', labels: [...kentEqia.labels, { key: 'bench-extra', labels: ['A label no sample prints'] }] };
    writeFileSync(join(templates, 'kent-eqia.json'), JSON.stringify(kent));
    const r = JSON.parse(eia(['rerun', '--db', db, '--json', '--threads', '2'], changed).stdout) as typeof rerun;
    expect([r.seen, r.fromCache, r.kept]).toEqual([N, N, 0]);
    const again = JSON.parse(eia(['rerun', '--db', db, '--all', '--json', '--threads', '2'], changed).stdout) as typeof rerun;
    expect([again.seen, again.fromCache, again.kept]).toEqual([N, N, 0]);
    expect(eia(['rerun', '--db', db], changed).stderr).toMatch(/nothing to re-run/);
  }, 120_000);

  it('stopped with Ctrl-C, resumes where it stopped, every document once', async () => {
    // A detection change again, so that every document is re-extracted and the stop lands among extractions.
    writeFileSync(join(templates, 'kent-eqia.json'), JSON.stringify({ ...kentEqia, version: '100', detect: { ...kentEqia.detect, keywords: [...kentEqia.detect.keywords, 'a phrase no sample prints'] } }));
    const first = spawn(process.execPath, [CLI, 'rerun', '--db', db, '--threads', '1'], { env: changed, stdio: ['ignore', 'pipe', 'pipe'] });
    await new Promise<void>((resolve) => {
      let seen = 0;
      first.stderr.on('data', (d: Buffer) => {
        seen += (d.toString().match(/^\[\d+\/\d+\]/gm) ?? []).length;
        if (seen >= 2) resolve();
      });
    });
    first.kill('SIGINT');
    expect(await new Promise((resolve) => first.on('exit', resolve))).toBe(130);
    const done = rows<{ n: number }>(`SELECT COUNT(*) AS n FROM documents WHERE extracted_with LIKE '%kent-eqia@100%'`)[0]!.n;
    expect(done).toBeGreaterThanOrEqual(2);
    expect(done).toBeLessThan(N);
    const second = eia(['rerun', '--db', db, '--json', '--threads', '2'], changed);
    expect((JSON.parse(second.stdout) as { seen: number }).seen).toBe(N - done);
    expect(rows<{ n: number }>(`SELECT COUNT(*) AS n FROM documents WHERE extracted_with LIKE '%kent-eqia@100%'`)[0]!.n).toBe(N);
    const current = rows<{ n: number; u: number }>('SELECT COUNT(*) AS n, COUNT(DISTINCT sha256 || index_in_file) AS u FROM records WHERE current = 1')[0]!;
    expect(current.n).toBe(current.u);
    expect(current.n).toBe(N);
  }, 120_000);

  it('an ingest meeting the same files after an extraction-only change keeps the unaffected ones too', () => {
    writeFileSync(join(templates, 'kent-eqia.json'), JSON.stringify({ ...kentEqia, version: '101', detect: { ...kentEqia.detect, keywords: [...kentEqia.detect.keywords, 'a phrase no sample prints'] }, boilerplate: ['Not Applicable', 'Guidance'] }));
    const r = eia(['ingest', inputs, '--db', db, '--json', '--threads', '2'], changed);
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as { extracted: number; skipped: number };
    expect([s.extracted, s.skipped]).toEqual([KENT, N - KENT]);
    expect(rows<{ n: number }>(`SELECT COUNT(*) AS n FROM documents WHERE extracted_with LIKE '%kent-eqia@101%'`)[0]!.n).toBe(N);
  }, 120_000);
});
