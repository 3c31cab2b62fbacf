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

/** `expected`: the folder of NAME.expected.json files (the samples unless given). */
export function scoreJsonl(jsonl: string, extraArgs: string[] = [], expected = SAMPLES_DIR): ScoreSummary {
  const file = join(mkdtempSync(join(tmpdir(), 'eia-score-')), 'records.jsonl');
  writeFileSync(file, jsonl);
  return scoreFile(file, extraArgs, expected);
}

export function scoreFile(file: string, extraArgs: string[] = [], expected = SAMPLES_DIR): ScoreSummary {
  const out = execFileSync(process.execPath, [SCORER, '--expected', expected, '--actual', file, '--json', ...extraArgs], { encoding: 'utf8' });
  return JSON.parse(out) as ScoreSummary;
}
