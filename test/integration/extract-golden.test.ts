/**
 * Every labelled sample through the real job (convert + extract), scored against its golden
 * expected record with the project's scorer. A sample without a golden fails: goldens are
 * written by hand (shared/corpus/LABELLING.md), never by this test.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../workers/processFile.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { sampleInputs, SAMPLES_DIR } from '../helpers/samples.js';
import { scoreJsonl } from '../helpers/score.js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Per-file F1 floors: Word and PDF are reconstructions; the text exports carry real damage. */
const FLOOR = { docx: 0.97, pdf: 0.95, txt: 0.8 } as const;

describe('extractors against golden records', () => {
  const inputs = sampleInputs();

  it('every sample input has its golden expected record', () => {
    for (const input of inputs) {
      const golden = `${SAMPLES_DIR}${basename(input).replace(/\.[^.]+$/, '')}.expected.json`;
      expect(existsSync(golden), `missing golden for ${basename(input)}`).toBe(true);
    }
  });

  it('matches the goldens file by file, format by format', async () => {
    const lines: string[] = [];
    for (const path of inputs) {
      const sha256 = createHash('sha256').update(readFileSync(path)).digest('hex');
      const result = await processFile({ path, sha256, limits: DEFAULT_CONVERT_LIMITS });
      expect(result.kind, `${basename(path)}: ${result.kind === 'failed' ? result.message : ''}`).toBe('done');
      if (result.kind === 'done') for (const r of result.records) lines.push(JSON.stringify(r));
    }
    const score = scoreJsonl(`${lines.join('\n')}\n`, ['--exclude', '-scan']);
    expect(score.invalid).toBe(0);
    for (const input of inputs) {
      const name = basename(input);
      const format = name.split('.').pop() as keyof typeof FLOOR;
      const f1 = score.by[`${name}#0`]?.f1 ?? 0;
      expect(f1, `${name} F1`).toBeGreaterThanOrEqual(FLOOR[format]);
    }
    expect(score.f1).toBeGreaterThanOrEqual(0.97);
    expect(score.macroF1).toBeGreaterThanOrEqual(0.97);
    for (const format of ['docx', 'pdf', 'txt']) expect(score.by[`format:${format}`]!.f1, format).toBeGreaterThanOrEqual(0.93);
    expect(score.calibration.missingConfidence).toBe(0);
  }, 120_000);
});
