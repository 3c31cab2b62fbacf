/**
 * .doc, .odt, .rtf and .html renderings of a real sample, saved by real LibreOffice, read by
 * the real job: each must score within 0.03 F1 of the sample's .docx (the target).
 * Without LibreOffice (EIA_LIBREOFFICE=off) .odt/.rtf fail as needs-libreoffice and .doc is
 * read by the pure-JS reader; a conversion over its time limit is killed and cleaned up.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { converterKey } from '../../src/convert/convertDocument.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import type { ProcessFileResult } from '../../src/queue/jobContract.js';
import { processFile } from '../../workers/processFile.js';
import { convertBatch, type OfficeTarget } from '../../scripts/variants/officeRenderings.js';
import { SAMPLES_DIR } from '../helpers/samples.js';
import { scoreDir } from '../helpers/scoreDir.js';

const SAMPLE = 'bathnes-winter-maintenance-2025';
const FORMATS = ['doc', 'odt', 'rtf', 'html'] as const;
let dir = '';

async function run(path: string): Promise<ProcessFileResult> {
  const bytes = new Uint8Array(readFileSync(path));
  return processFile({ path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes, limits: DEFAULT_CONVERT_LIMITS });
}

function f1Of(format: string, result: ProcessFileResult): number {
  expect(result.kind).toBe('done');
  if (result.kind !== 'done') return 0;
  expect(result.format).toBe(format);
  const scored = mkdtempSync(join(tmpdir(), 'eia-office-score-'));
  copyFileSync(join(SAMPLES_DIR, `${SAMPLE}.expected.json`), join(scored, `${SAMPLE}.expected.json`));
  return scoreDir(scored, result.records).f1;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eia-office-'));
  copyFileSync(join(SAMPLES_DIR, `${SAMPLE}.docx`), join(dir, `${SAMPLE}.docx`));
  for (const target of FORMATS) await convertBatch(target as OfficeTarget, [{ input: join(dir, `${SAMPLE}.docx`), output: join(dir, `${SAMPLE}.${target}`) }]);
}, 180_000);

const saved = { ...process.env };
afterEach(() => {
  for (const k of ['EIA_LIBREOFFICE', 'EIA_LIBREOFFICE_TIMEOUT_S', 'TMPDIR']) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe('Word-like formats saved by LibreOffice', () => {
  it('read within 0.03 F1 of the .docx, each with its own format', { timeout: 180_000 }, async () => {
    const docx = f1Of('docx', await run(join(dir, `${SAMPLE}.docx`)));
    for (const format of FORMATS) {
      const f1 = f1Of(format, await run(join(dir, `${SAMPLE}.${format}`)));
      console.log(`${SAMPLE}.${format}: F1 ${f1.toFixed(3)} (docx ${docx.toFixed(3)})`);
      expect(f1, format).toBeGreaterThanOrEqual(docx - 0.03);
    }
  });

  it('without LibreOffice: .odt and .rtf fail as needs-libreoffice, .doc is read by the pure-JS reader', { timeout: 60_000 }, async () => {
    process.env.EIA_LIBREOFFICE = 'off';
    for (const format of ['odt', 'rtf']) {
      expect(await run(join(dir, `${SAMPLE}.${format}`))).toMatchObject({ kind: 'failed', reason: 'needs-libreoffice', retryable: false });
    }
    expect(converterKey('doc')).toMatch(/^word-extractor@/);
    const doc = await run(join(dir, `${SAMPLE}.doc`));
    expect(doc).toMatchObject({ kind: 'done', status: 'extracted', converter: converterKey('doc') });
    const f1 = f1Of('doc', doc);
    console.log(`${SAMPLE}.doc without LibreOffice: F1 ${f1.toFixed(3)}`);
    // Text only, tables rebuilt from cell marks: recorded, held to a floor well below the target.
    expect(f1).toBeGreaterThan(0.5);
  });

  it('a conversion over its time limit is killed, its temporary profile removed, and the file fails as timed-out', { timeout: 60_000 }, async () => {
    const own = mkdtempSync(join(tmpdir(), 'eia-lo-timeout-'));
    process.env.TMPDIR = own;
    process.env.EIA_LIBREOFFICE_TIMEOUT_S = '0.5';
    expect(await run(join(dir, `${SAMPLE}.odt`))).toMatchObject({ kind: 'failed', reason: 'timed-out' });
    expect(readdirSync(own)).toEqual([]);
    const left = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(own));
    expect(left).toEqual([]);
  });
});
