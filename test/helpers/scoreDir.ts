/** Scores records against the expected files of one folder of inputs (vendored scorer, --json). */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCORER } from './samples.js';
import type { ScoreSummary } from './score.js';

export function scoreDir(dir: string, records: readonly unknown[]): ScoreSummary {
  const actual = join(dir, 'records.jsonl');
  writeFileSync(actual, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return JSON.parse(execFileSync(process.execPath, [SCORER, '--expected', dir, '--actual', actual, '--json'], { encoding: 'utf8' })) as ScoreSummary;
}
