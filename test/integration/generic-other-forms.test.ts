/**
 * The generic extractor on forms no template knows: real openings of other organisations'
 * EIAs (test/fixtures/other-forms, labelled by hand following shared/corpus/LABELLING.md)
 * through the real job, scored with the vendored scorer. Some fixtures were held out while
 * the extractor was developed and only measured at the end; both sets keep a floor here, so a
 * change that makes the generic extractor worse on unseen forms fails. Also: documents that
 * are not EIAs stay `not-eia`, and the known templates keep their own samples.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { processFile } from '../../workers/processFile.js';
import { sampleInputs, SCHEMA, SCORER } from '../helpers/samples.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/other-forms/', import.meta.url));
/** Labelled, but kept out of development: measured only once the extractor was written. */
const HELD_OUT = ['east-sussex__', 'leicestershire__', 'westminster__', 'surrey__'];
const heldOut = (name: string): boolean => HELD_OUT.some((h) => name.startsWith(h));

interface Summary {
  f1: number;
  precision: number;
  recall: number;
  invalid: number;
  calibration: { missingConfidence: number };
}

async function run(path: string) {
  const bytes = readFileSync(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const result = await processFile({ path, sha256, limits: DEFAULT_CONVERT_LIMITS });
  if (result.kind !== 'done') throw new Error(`${basename(path)}: ${result.message}`);
  return result;
}

function score(jsonl: string, exclude: string): Summary {
  const file = join(mkdtempSync(join(tmpdir(), 'generic-score-')), 'records.jsonl');
  writeFileSync(file, jsonl);
  const out = execFileSync(process.execPath, [SCORER, '--expected', FIXTURES, '--actual', file, '--json', '--exclude', exclude], { encoding: 'utf8' });
  return JSON.parse(out) as Summary;
}

const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort();

describe('generic extractor on other organisations\' forms', () => {
  it('has a labelled record, valid against the schema, for every fixture, and both sets are used', () => {
    const ajv = new Ajv2020({ strict: false });
    ajv.addSchema(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    const validate = ajv.getSchema('eia-record-v1#/$defs/eia')!;
    for (const f of fixtures) {
      const expected = JSON.parse(readFileSync(join(FIXTURES, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as { records: Array<{ template: string; eia: unknown }> };
      for (const r of expected.records) {
        expect(r.template).toBe('generic');
        expect(validate(r.eia), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
      }
    }
    expect(fixtures.filter(heldOut).length).toBeGreaterThanOrEqual(3);
    expect(fixtures.filter((f) => !heldOut(f)).length).toBeGreaterThanOrEqual(5);
  });

  it('scores above its floors on the development and the held-out fixtures', async () => {
    const lines: string[] = [];
    for (const f of fixtures) {
      const result = await run(join(FIXTURES, f));
      expect(result.records.length, `${f}: ${result.status} ${result.reason ?? ''}`).toBe(1);
      expect(result.records[0]!.template.id).toBe('generic');
      for (const r of result.records) lines.push(JSON.stringify(r));
    }
    const jsonl = `${lines.join('\n')}\n`;
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const dev = score(jsonl, `^(${HELD_OUT.map(escape).join('|')})`);
    const held = score(jsonl, `^(?!${HELD_OUT.map(escape).join('|')})`);
    for (const s of [dev, held]) {
      expect(s.invalid).toBe(0);
      expect(s.calibration.missingConfidence).toBe(0);
    }
    // Measured when written: development P 0.99 R 0.90 F1 0.94; held out P 1.00 R 0.91 F1 0.96.
    expect(dev.precision).toBeGreaterThanOrEqual(0.95);
    expect(dev.f1).toBeGreaterThanOrEqual(0.9);
    expect(held.precision).toBeGreaterThanOrEqual(0.9);
    expect(held.f1).toBeGreaterThanOrEqual(0.85);
  }, 60_000);

  it('leaves documents that are not EIAs not-eia, even when they mention one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'not-eia-'));
    const minutes = join(dir, 'cabinet-minutes.txt');
    writeFileSync(minutes, 'Minutes of the Cabinet meeting held on 12 March 2024\n\nPresent: Councillor Smith (Chair), Councillor Jones\n\nTitle: Cabinet minutes\n\nDate: 12 March 2024\n\n1. Library opening hours. The Cabinet noted the equality impact assessment and agreed the recommendations. Older people and disabled residents had been consulted.\n\n2. Budget monitoring. The Cabinet noted the forecast overspend.\n');
    const budget = join(dir, 'revenue-budget.txt');
    writeFileSync(budget, 'Revenue budget 2024/25 | Service | Budget | Forecast | Variance |\nAdult social care | 45,000 | 46,200 | 1,200 |\nAge UK grant | 120 | 120 | 0 |\nDisability services | 2,300 | 2,400 | 100 |\nTotal | 47,420 | 48,720 | 1,300 |\n');
    for (const path of [minutes, budget]) {
      const result = await run(path);
      expect(result.status, basename(path)).toBe('not-eia');
      expect(result.records).toEqual([]);
    }
  });

  it('never claims a known template\'s sample: each template still wins its own', async () => {
    for (const path of sampleInputs()) {
      const result = await run(path);
      expect(result.records.length, basename(path)).toBeGreaterThan(0);
      for (const r of result.records) expect(r.template.id, basename(path)).not.toBe('generic');
    }
  }, 60_000);
});
