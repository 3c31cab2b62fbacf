/**
 * The numbers the report shows, from one export's tables (one row per EIA, corrections
 * applied) and the store's summary: pure, so the report test can check every bar against
 * the same numbers the page was drawn from.
 */
import type { ExportData } from '../exportData.js';

export interface Count {
  key: string;
  n: number;
}

export interface RatingCount {
  characteristic: string;
  rating: string;
  n: number;
}

export interface LowField {
  title: string;
  sourceFile: string;
  pointer: string;
  confidence: number;
  value: string;
}

export interface ReportData {
  createdAt: string;
  eias: number;
  files: number;
  byYear: Count[];
  byTemplate: Count[];
  ratings: RatingCount[];
  adverseByDirectorate: Count[];
  reviewed: { reviewed: number; needsReview: number; auto: number };
  audit: ExportData['meta']['audit'];
  lowestConfidence: LowField[];
  failures: Count[];
}

function counted(keys: string[]): Count[] {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return [...m.entries()].map(([key, n]) => ({ key, n })).sort((a, b) => a.key.localeCompare(b.key));
}

/** A value at a JSON Pointer into `eia`, as short text for the table. */
function valueAt(root: unknown, pointer: string): string {
  let v: unknown = root;
  for (const part of pointer.split('/').slice(1)) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[part] : undefined;
  const s = v === undefined || v === null ? '' : typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 120 ? `${s.slice(0, 119)}…` : s;
}

export function reportData(data: ExportData, failures: Array<{ reason: string; count: number }>, lowest = 15): ReportData {
  const { eias, impacts, files } = data.tables;
  const directorateOf = new Map(eias.map((e) => [e.record_id as string, (e.directorate as string | null) ?? '(not stated)']));
  const ratings = new Map<string, RatingCount>();
  for (const i of impacts) {
    const k = `${i.characteristic}|${i.rating}`;
    const c = ratings.get(k) ?? { characteristic: String(i.characteristic), rating: String(i.rating), n: 0 };
    c.n++;
    ratings.set(k, c);
  }
  const low: LowField[] = data.records.flatMap((r) => Object.entries(r.confidence)
    .map(([pointer, confidence]) => ({ title: r.eia.title ?? '(untitled)', sourceFile: r.document.file, pointer, confidence, value: valueAt(r.eia, pointer) }))
    // A whole row's confidence (/impacts/3) repeats its fields': show fields.
    .filter((f) => !f.value.startsWith('{')));
  low.sort((a, b) => a.confidence - b.confidence || a.sourceFile.localeCompare(b.sourceFile) || a.pointer.localeCompare(b.pointer));
  const status = (s: string): number => eias.filter((e) => e.review_status === s).length;
  return {
    createdAt: data.meta.createdAt,
    eias: eias.length,
    files: files.length,
    byYear: counted(eias.map((e) => (e.assessment_year === null ? '(no date)' : String(e.assessment_year)))),
    byTemplate: counted(eias.map((e) => String(e.template))),
    ratings: [...ratings.values()].sort((a, b) => a.characteristic.localeCompare(b.characteristic) || a.rating.localeCompare(b.rating)),
    adverseByDirectorate: counted(impacts.filter((i) => i.adverse === true).map((i) => directorateOf.get(String(i.record_id)) ?? '(not stated)')),
    reviewed: { reviewed: status('reviewed'), needsReview: status('needs-review'), auto: status('auto') },
    audit: data.meta.audit,
    lowestConfidence: low.slice(0, lowest),
    failures: failures.map((f) => ({ key: f.reason, n: f.count })),
  };
}
