/**
 * The synthetic-forms corpus (scripts/synthForms), generated for real — Word documents saved
 * and printed to PDF by LibreOffice — read by the real job and scored with the vendored scorer.
 *
 * Floors asserted (seed 3, 60 forms, measured 4 December 2026 with section-per-group impacts
 * and conclusions in the generator: overall 0.982; docx 0.994, pdf 0.971, text 0.981): every expected record valid against the model,
 * overall ≥ 0.95, each format ≥ 0.93 and each rendering ≥ 0.90. The floors leave room for the
 * generic reader's other changes; a shape that stops being read drops far below them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Eia } from '../../src/model/record.js';
import type { SynthScore } from '../../scripts/synthForms/synthForms.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const synth = (args: string[]): string => execFileSync(process.execPath, [join(ROOT, 'dist/scripts/synthForms/synthForms.js'), ...args], { encoding: 'utf8', cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });

let out = '';
let score: SynthScore;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'eia-synth-'));
  score = JSON.parse(synth(['--count', '60', '--seed', '3', '--office', '--out', out, '--json'])) as SynthScore;
}, 600_000);

describe('synthetic forms', () => {
  it('writes every form beside a valid expected record, in text, Word and PDF', () => {
    const files = readdirSync(out);
    const expected = files.filter((f) => f.endsWith('.expected.json'));
    expect(expected.length).toBe(score.files);
    for (const f of expected) {
      const { records } = JSON.parse(readFileSync(join(out, f), 'utf8')) as { records: Array<{ template: string; eia: unknown }> };
      expect(records.map((r) => r.template)).toEqual(['generic']);
      expect(() => Eia.parse(records[0]!.eia), f).not.toThrow();
      const base = f.replace(/\.expected\.json$/, '');
      expect(files.filter((g) => g.startsWith(`${base}.`) && g !== f), f).toHaveLength(1);
    }
    expect(Object.keys(score.by.format!).sort()).toEqual(['docx', 'pdf', 'txt']);
  });

  it('is read at its floors: overall, by format and by rendering', () => {
    expect(score.problems).toEqual([]);
    expect(score.overall.f1).toBeGreaterThanOrEqual(0.95);
    for (const [format, s] of Object.entries(score.by.format!)) expect(s.f1, format).toBeGreaterThanOrEqual(0.93);
    for (const [rendering, s] of Object.entries(score.by.rendering!)) expect(s.f1, rendering).toBeGreaterThanOrEqual(0.9);
  });

  it('draws the same forms from the same seed, and others from another', () => {
    const a = mkdtempSync(join(tmpdir(), 'eia-synth-a-'));
    const b = mkdtempSync(join(tmpdir(), 'eia-synth-b-'));
    synth(['--count', '3', '--seed', '3', '--no-score', '--out', a]);
    synth(['--count', '3', '--seed', '4', '--no-score', '--out', b]);
    const text = (dir: string): string[] => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
    const again = mkdtempSync(join(tmpdir(), 'eia-synth-c-'));
    synth(['--count', '3', '--seed', '3', '--no-score', '--out', again]);
    expect(text(again)).toEqual(text(a));
    expect(text(b)).not.toEqual(text(a));
  });
});
