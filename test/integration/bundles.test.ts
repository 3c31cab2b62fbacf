/**
 * Councils bundle several EIAs into one file (committee-report appendices): each EIA in the
 * file becomes its own record, in file order (`indexInFile`), each matching its own golden,
 * with its own template; a cover page gives no record; a part no template knows is read by
 * the generic extractor. PDF bundles are joined with pdfunite (poppler-utils, installed by
 * the test command), as committee sites join them.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import type { Eia } from '../../src/model/record.js';
import { tokenF1 } from '../../src/extract/text/tokens.js';
import { processFile } from '../../workers/processFile.js';
import { textPdf } from '../../scripts/badInputs/pdfWriter.js';
import { SAMPLES_DIR } from '../helpers/samples.js';
import { scoreJsonl } from '../helpers/score.js';

const dir = mkdtempSync(join(tmpdir(), 'eia-bundle-'));
const cover = join(dir, 'cover.pdf');
writeFileSync(cover, textPdf([['Cabinet 12 March 2026', 'Appendix 4: Equality Impact Assessments', '1. Winter Maintenance Policy', '2. Household Waste Recycling Centres', '3. Leisure Concessions']]));

async function records(path: string) {
  const bytes = readFileSync(path);
  const result = await processFile({ path, sha256: createHash('sha256').update(bytes).digest('hex'), limits: DEFAULT_CONVERT_LIMITS });
  if (result.kind !== 'done') throw new Error(`${path}: ${result.message}`);
  return result.records;
}

const golden = (name: string): Eia => (JSON.parse(readFileSync(join(SAMPLES_DIR, `${name}.expected.json`), 'utf8')) as { records: Array<{ eia: Eia }> }).records[0]!.eia;

describe('a file holding several EIAs', () => {
  it('gives one record per EIA, in order, each matching its own golden', async () => {
    const parts = ['bathnes-commissioning-2024', 'bathnes-childrens-social-care-2025'];
    const text = [
      'Cabinet report: 2025/26 budget proposals. Appendix 3 – Equality Impact Assessments',
      ...parts.map((p, i) => `Appendix 3.${i + 1}\n\n${readFileSync(join(SAMPLES_DIR, `${p}.txt`), 'utf8')}`),
    ].join('\n\n');
    const path = join(mkdtempSync(join(tmpdir(), 'eia-bundle-')), 'cabinet-appendix-3.txt');
    writeFileSync(path, text);
    const result = await processFile({ path, sha256: createHash('sha256').update(text).digest('hex'), limits: DEFAULT_CONVERT_LIMITS });
    expect(result.kind).toBe('done');
    if (result.kind !== 'done') return;
    expect(result.records.map((r) => r.document.indexInFile)).toEqual([0, 1]);
    result.records.forEach((record, i) => {
      const expected = golden(parts[i]!);
      expect(record.eia.title).toBe(expected.title);
      expect(record.eia.assessmentDate).toBe(expected.assessmentDate);
      expect(record.eia.people.map((p) => `${p.capacity}:${p.name}`)).toEqual(expected.people.map((p) => `${p.capacity}:${p.name}`));
      expect(record.eia.impacts.map((m) => `${m.characteristic}:${m.rating}`)).toEqual(expected.impacts.map((m) => `${m.characteristic}:${m.rating}`));
      expect(tokenF1(record.eia.purpose, expected.purpose)).toBeGreaterThan(0.9);
    });
  });
});

describe('a committee appendix: a cover page, then EIAs on different forms, joined into one PDF', () => {
  it('gives every EIA it holds, each with its own template and close to its own PDF alone', async () => {
    const parts = ['bathnes-winter-maintenance-2025', 'kent-recycling-centre-booking-2023', 'derby-leisure-concessions-2010'];
    const path = join(dir, 'appendix-4.pdf');
    execFileSync('pdfunite', [cover, ...parts.map((p) => join(SAMPLES_DIR, `${p}.pdf`)), path]);
    const found = await records(path);
    expect(found.map((r) => [r.document.indexInFile, r.template.id])).toEqual([[0, 'bathnes'], [1, 'kent-eqia'], [2, 'derby-2011']]);
    const expected = { records: parts.flatMap((p) => (JSON.parse(readFileSync(join(SAMPLES_DIR, `${p}.expected.json`), 'utf8')) as { records: unknown[] }).records) };
    writeFileSync(join(dir, 'appendix-4.expected.json'), JSON.stringify(expected));
    const score = scoreJsonl(found.map((r) => JSON.stringify(r)).join('\n'), [], dir);
    for (let i = 0; i < parts.length; i++) expect(score.by[`appendix-4.pdf#${i}`]?.f1, parts[i]).toBeGreaterThanOrEqual(0.95);
  });

  it('reads a part that no template knows with the generic extractor', async () => {
    const generic = join(dir, 'screening.pdf');
    writeFileSync(generic, textPdf([[
      'Equality Impact Assessment Initial Screening',
      'Title of policy: Town centre lighting upgrade',
      'Directorate: Place',
      'Officer completing the assessment: Jo Smith, Lighting Engineer',
      'Date of assessment: 4 May 2026',
      'Age | Positive | The brighter streets help older people feel safe at night.',
    ]]));
    const path = join(dir, 'appendix-5.pdf');
    execFileSync('pdfunite', [cover, join(SAMPLES_DIR, 'kent-recycling-centre-booking-2023.pdf'), generic, path]);
    const found = await records(path);
    expect(found.map((r) => r.template.id)).toEqual(['kent-eqia', 'generic']);
    expect(found[1]!.eia).toMatchObject({ title: 'Town centre lighting upgrade', assessmentDate: '2026-05-04' });
    expect(found[1]!.document.indexInFile).toBe(1);
  });

  it('a cover page alone is no EIA', async () => {
    const found = await records(cover).catch(() => []);
    expect(found).toEqual([]);
  });
});
