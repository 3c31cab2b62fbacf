/**
 * Scores some variants with the project's vendored scorer (test/fixtures/spec/eia-score.mjs):
 * their files and expected records are linked into a folder of their own and their records
 * written beside them, so a variant that gave no record counts as all misses, exactly as
 * the scorer counts on the whole corpus.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { ManifestEntry } from './manifest.js';

const SCORER = fileURLToPath(new URL('../../../test/fixtures/spec/eia-score.mjs', import.meta.url));

const Summary = z.object({
  f1: z.number(),
  macroF1: z.number(),
  precision: z.number(),
  recall: z.number(),
  by: z.record(z.string(), z.object({ f1: z.number(), precision: z.number(), recall: z.number() })),
}).passthrough();
export type ScoreSummary = z.infer<typeof Summary>;

/** `records` maps a variant's file name to its exported record lines. */
export function scoreSubset(dir: string, entries: ReadonlyArray<Pick<ManifestEntry, 'file' | 'expected'>>, records: ReadonlyMap<string, string[]>): ScoreSummary {
  const work = mkdtempSync(join(tmpdir(), 'eia-variants-score-'));
  try {
    const lines: string[] = [];
    for (const e of entries) {
      symlinkSync(join(dir, e.file), join(work, e.file));
      symlinkSync(join(dir, e.expected), join(work, e.expected));
      lines.push(...(records.get(e.file) ?? []));
    }
    const actual = join(work, 'records.jsonl');
    writeFileSync(actual, lines.map((l) => `${l}\n`).join(''));
    const out = execFileSync(process.execPath, [SCORER, '--expected', work, '--actual', actual, '--json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return Summary.parse(JSON.parse(out));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Record lines grouped by the base name of the file they came from. */
export function recordsByFile(lines: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of lines) {
    const file = basename(String((JSON.parse(line) as { document?: { file?: unknown } }).document?.file ?? ''));
    if (!out.has(file)) out.set(file, []);
    out.get(file)!.push(line);
  }
  return out;
}
