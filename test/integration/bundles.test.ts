/**
 * Councils bundle several EIAs into one file (committee-report appendices): each EIA in the
 * file becomes its own record, in file order (`indexInFile`), each matching its own golden.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import type { Eia } from '../../src/model/record.js';
import { tokenF1 } from '../../src/extract/text/tokens.js';
import { processFile } from '../../workers/processFile.js';
import { SAMPLES_DIR } from '../helpers/samples.js';

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
