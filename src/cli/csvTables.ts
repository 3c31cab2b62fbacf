/**
 * Records → tidy long tables for spreadsheets, pandas and SQL: one row per record
 * (documents.csv), per person, per impact and per action, joined on (sha256, index_in_file).
 * RFC 4180 quoting; UTF-8 with a BOM so Excel reads £ and curly quotes correctly.
 */
import type { EiaRecord } from '../model/record.js';

export interface CsvTable {
  name: string;
  header: string[];
  rows(record: EiaRecord): unknown[][];
}

const key = (r: EiaRecord): unknown[] => [r.document.sha256, r.document.indexInFile, r.document.file];
const KEY = ['sha256', 'index_in_file', 'file'];

export const CSV_TABLES: readonly CsvTable[] = [
  {
    name: 'documents',
    header: [...KEY, 'format', 'pages', 'template', 'template_confidence', 'extractor', 'extractor_version', 'review_status',
      'title', 'organisation', 'directorate', 'service', 'activity_type', 'assessment_date', 'purpose', 'scope', 'consultation', 'outcome',
      'people', 'impacts', 'actions', 'min_confidence'],
    rows: (r) => [[
      ...key(r), r.document.format, r.document.pages, r.template.id, r.template.confidence, r.extractor.name, r.extractor.version, r.review.status,
      r.eia.title, r.eia.organisation, r.eia.directorate, r.eia.service, r.eia.activityType, r.eia.assessmentDate, r.eia.purpose, r.eia.scope,
      r.eia.consultation, r.eia.outcome, r.eia.people.length, r.eia.impacts.length, r.eia.actions.length,
      Math.min(1, ...Object.values(r.confidence)),
    ]],
  },
  {
    name: 'people',
    header: [...KEY, 'position', 'name', 'role', 'capacity', 'date', 'confidence'],
    rows: (r) => r.eia.people.map((p, i) => [...key(r), i, p.name, p.role, p.capacity, p.date, r.confidence[`/people/${i}`] ?? null]),
  },
  {
    name: 'impacts',
    header: [...KEY, 'position', 'characteristic', 'label', 'group', 'subgroup', 'proposal', 'rating', 'narrative', 'mitigation', 'owner', 'rating_confidence'],
    rows: (r) => r.eia.impacts.map((m, i) => [...key(r), i, m.characteristic, m.label, m.group, m.subgroup, m.proposal, m.rating, m.narrative, m.mitigation, m.owner,
      r.confidence[`/impacts/${i}/rating`] ?? null]),
  },
  {
    name: 'actions',
    header: [...KEY, 'position', 'issue', 'action', 'milestone', 'owner', 'due'],
    rows: (r) => r.eia.actions.map((a, i) => [...key(r), i, a.issue, a.action, a.milestone, a.owner, a.due]),
  },
];

/** One CSV line (with its line end), quoting only where needed. */
export function csvLine(values: unknown[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'string' ? value : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
