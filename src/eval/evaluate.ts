/**
 * A corpus evaluation, as eia-score.mjs runs it but without touching files: exported records
 * pair with expected ones by file name (without extension) and `indexInFile`; every input
 * file that has an expected record is scored, and one with no exported record counts as all
 * misses. The caller reads the files and passes names and parsed JSON.
 */
import { summariseCalibration, type CalibrationSummary } from './calibration.js';
import { scoreRecord } from './scoreRecord.js';
import { macroF1, prf, prfBy, tally, type Prf } from './summary.js';
import type { ActualRecord, ExpectedRecord, ScoredUnit } from './types.js';

/** An exported record: what the scorer reads of `document`, and the record itself. */
export interface ExportedRecord extends ActualRecord {
  schemaVersion?: number;
  document: { file: string; format?: string | null; indexInFile?: number | null };
}

export interface EvaluationInput {
  /** NAME (the expected file's name without ".expected.json") → its records. */
  expected: ReadonlyMap<string, readonly ExpectedRecord[]>;
  /** File names of the inputs beside the expected files (only NAME.<pdf|docx|txt|…> count). */
  inputs: readonly string[];
  actual: readonly ExportedRecord[];
  /** Skips "NAME.format" pairs that match. */
  exclude?: RegExp;
  threshold?: number;
}

export interface ScoredRecord {
  name: string;
  format: string;
  index: number;
  /** "all", "NAME.format#i", "template:ID", "format:FMT": the scorer's report rows. */
  labels: string[];
  units: ScoredUnit[];
}

export interface Evaluation {
  records: ScoredRecord[];
  overall: Prf;
  macroF1: number;
  /** Inputs with an expected record but no exported record. */
  missingFiles: number;
  /** Exported files with no expected record. */
  unmatchedFiles: number;
  formats: string[];
  calibration: CalibrationSummary;
  by: Map<string, Prf>;
}

const INPUT = /\.(pdf|docx|txt|html|doc|rtf|odt)$/i;
const stem = (file: string): string => (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
const extension = (file: string): string => (file.split('.').pop() ?? '').toLowerCase();

interface FileRecords {
  name: string;
  format: string;
  records: Array<ExportedRecord | undefined>;
}

function byFile(actual: readonly ExportedRecord[]): Map<string, FileRecords> {
  const out = new Map<string, FileRecords>();
  for (const rec of actual) {
    const file = String(rec.document.file).split('/').pop() ?? '';
    const name = stem(file);
    const format = (rec.document.format ?? extension(file)).toLowerCase();
    const key = `${name}\u0000${format}`;
    const entry = out.get(key) ?? { name, format, records: [] };
    entry.records[rec.document.indexInFile ?? 0] = rec;
    out.set(key, entry);
  }
  return out;
}

export function evaluate(input: EvaluationInput): Evaluation {
  const actual = byFile(input.actual);
  const pairs = new Map<string, { name: string; format: string }>();
  for (const f of input.inputs) {
    if (!INPUT.test(f)) continue;
    const name = stem(f);
    if (input.expected.has(name)) pairs.set(`${name}\u0000${extension(f)}`, { name, format: extension(f) });
  }
  for (const [key, { name, format }] of actual) if (input.expected.has(name)) pairs.set(key, { name, format });

  const records: ScoredRecord[] = [];
  const formats = new Set<string>();
  let missingFiles = 0;
  for (const [key, { name, format }] of pairs) {
    if (input.exclude?.test(`${name}.${format}`)) continue;
    formats.add(format);
    const expected = input.expected.get(name) ?? [];
    const got = actual.get(key);
    if (!got) missingFiles++;
    const labels = (i: number, template: string): string[] => ['all', `${name}.${format}#${i}`, `template:${template}`, `format:${format}`];
    expected.forEach((exp, i) => {
      records.push({ name, format, index: i, labels: labels(i, exp.template ?? '?'), units: scoreRecord(exp, got?.records[i] ?? null) });
    });
    got?.records.forEach((rec, i) => {
      if (rec && i >= expected.length) records.push({ name, format, index: i, labels: labels(i, '(extra)'), units: scoreRecord(null, rec) });
    });
  }
  let unmatchedFiles = 0;
  for (const { name } of actual.values()) if (!input.expected.has(name)) unmatchedFiles++;

  const all = records.flatMap((r) => r.units);
  const by = prfBy(records, (r) => r.labels.slice(1), (r) => r.units);
  return {
    records,
    overall: prf(tally(all)),
    macroF1: macroF1(records.map((r) => r.units)),
    missingFiles,
    unmatchedFiles,
    formats: [...formats],
    calibration: summariseCalibration(all, input.threshold),
    by,
  };
}
