/**
 * `eia eval`'s report on one run: precision, recall and F1 overall, per field kind, per
 * template and per format; calibration; provenance hits where the gold says where a value
 * is. And the gate against a baseline report: the F1 deltas, and which templates dropped by
 * more than allowed. Pure: the CLI reads the gold and the store.
 */
import { evaluate, type EvaluationInput, type ExportedRecord } from './evaluate.js';
import { prfBy, type Prf } from './summary.js';
import type { CalibrationSummary } from './calibration.js';

export interface RunReport {
  run: number | null;
  overall: Prf;
  macroF1: number;
  byField: Record<string, Prf>;
  byTemplate: Record<string, Prf>;
  byFormat: Record<string, Prf>;
  calibration: CalibrationSummary;
  /** Correct values whose page is the gold value's page, among those where both say a page; null when the gold gives none. */
  provenance: { checked: number; hits: number; share: number | null };
  missingFiles: number;
  unmatchedFiles: number;
}

/** Gold value pages, by record (NAME.format#i) and JSON Pointer, when the gold has them (reviewed records do). */
export type GoldPages = ReadonlyMap<string, ReadonlyMap<string, number | null>>;

export function runReport(input: EvaluationInput, run: number | null, goldPages?: GoldPages): RunReport {
  const e = evaluate(input);
  const section = (prefix: string): Record<string, Prf> =>
    Object.fromEntries([...e.by].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
  const byField = Object.fromEntries(prfBy(e.records.flatMap((r) => r.units), (u) => [u.kind], (u) => [u]));
  let checked = 0;
  let hits = 0;
  if (goldPages) {
    const actual = new Map(input.actual.map((r) => [`${stem(r.document.file)}.${(r.document.format ?? '').toLowerCase()}#${r.document.indexInFile ?? 0}`, r]));
    for (const rec of e.records) {
      const key = `${rec.name}.${rec.format}#${rec.index}`;
      const pages = goldPages.get(key);
      const got = actual.get(key) as (ExportedRecord & { provenance?: Record<string, { page: number | null }> }) | undefined;
      if (!pages || !got?.provenance) continue;
      for (const u of rec.units) {
        if (!u.correct || !u.pointer) continue;
        const want = pages.get(u.pointer);
        const have = got.provenance[u.pointer]?.page;
        if (want == null || have == null) continue;
        checked++;
        if (want === have) hits++;
      }
    }
  }
  return {
    run,
    overall: e.overall,
    macroF1: e.macroF1,
    byField,
    byTemplate: section('template:'),
    byFormat: section('format:'),
    calibration: e.calibration,
    provenance: { checked, hits, share: checked ? hits / checked : null },
    missingFiles: e.missingFiles,
    unmatchedFiles: e.unmatchedFiles,
  };
}

export interface GateResult {
  maxDrop: number;
  overallDelta: number;
  byTemplate: Record<string, { baseline: number | null; candidate: number | null; delta: number | null }>;
  /** Templates whose F1 dropped by more than maxDrop: a non-empty list fails the gate. */
  dropped: string[];
}

export function gate(candidate: RunReport, baseline: RunReport, maxDrop: number): GateResult {
  const templates = new Set([...Object.keys(candidate.byTemplate), ...Object.keys(baseline.byTemplate)]);
  const byTemplate: GateResult['byTemplate'] = {};
  const dropped: string[] = [];
  for (const t of [...templates].sort()) {
    const c = candidate.byTemplate[t]?.f1 ?? null;
    const b = baseline.byTemplate[t]?.f1 ?? null;
    const delta = c !== null && b !== null ? c - b : null;
    byTemplate[t] = { baseline: b, candidate: c, delta };
    if ((delta !== null && delta < -maxDrop) || (c === null && b !== null)) dropped.push(t);
  }
  return { maxDrop, overallDelta: candidate.overall.f1 - baseline.overall.f1, byTemplate, dropped };
}

function stem(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
}
