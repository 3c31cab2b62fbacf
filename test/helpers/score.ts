/** Runs the project's scorer (vendored shared/tools/eia-score.mjs) on records and returns its JSON summary. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SAMPLES_DIR, SCORER } from './samples.js';

export interface ScoreSummary {
  f1: number;
  macroF1: number;
  by: Record<string, { f1: number; precision: number; recall: number }>;
  calibration: { units: number; missingConfidence: number; ece: number | null };
  invalid: number;
}

export function scoreJsonl(jsonl: string, extraArgs: string[] = []): ScoreSummary {
  const file = join(mkdtempSync(join(tmpdir(), 'eia-score-')), 'records.jsonl');
  writeFileSync(file, jsonl);
  return scoreFile(file, extraArgs);
}

export function scoreFile(file: string, extraArgs: string[] = []): ScoreSummary {
  const out = execFileSync(process.execPath, [SCORER, '--expected', SAMPLES_DIR, '--actual', file, '--json', ...extraArgs], { encoding: 'utf8' });
  return JSON.parse(out) as ScoreSummary;
}
