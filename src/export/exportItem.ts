/**
 * What every export format reads: the store's current records (reviewers' corrections
 * applied), each with its copy link, filtered as the analyst asked, one per EIA unless every
 * copy was asked for.
 */
import type { CopyLink } from '../store/linkCopies.js';
import type { EiaRecord } from '../model/record.js';
import { ADVERSE_RATINGS } from './adverse.js';

export interface ExportItem {
  record: EiaRecord;
  link: CopyLink;
}

export interface ExportFilters {
  template?: string;
  /** Assessment date bounds, inclusive, compared as ISO text (a partial date matches by prefix). */
  from?: string;
  to?: string;
  characteristic?: string;
  rating?: string;
  status?: 'reviewed' | 'auto' | 'needs-review';
  minConfidence?: number;
  allCopies?: boolean;
}

export const meanConfidence = (r: EiaRecord): number => {
  const c = Object.values(r.confidence);
  return c.length ? c.reduce((a, b) => a + b, 0) / c.length : 0;
};

function matches(r: EiaRecord, f: ExportFilters): boolean {
  const date = r.eia.assessmentDate;
  if (f.template && r.template.id !== f.template) return false;
  if (f.from && (!date || date.padEnd(10, '9') < f.from)) return false;
  if (f.to && (!date || date > f.to)) return false;
  if (f.status && r.review.status !== f.status) return false;
  if (f.minConfidence !== undefined && meanConfidence(r) < f.minConfidence) return false;
  const impacts = r.eia.impacts.filter((m) => !f.characteristic || m.characteristic === f.characteristic);
  if (f.characteristic && impacts.length === 0) return false;
  if (f.rating) {
    const wanted = f.rating === 'adverse' ? ADVERSE_RATINGS : [f.rating];
    if (!impacts.some((m) => wanted.includes(m.rating))) return false;
  }
  return true;
}

/** Records joined to their links, canonical copies only unless `allCopies`, then filtered. */
export function selectItems(records: readonly EiaRecord[], links: readonly CopyLink[], filters: ExportFilters): ExportItem[] {
  const byKey = new Map(links.map((l) => [`${l.sha256}:${l.indexInFile}`, l]));
  const items: ExportItem[] = [];
  for (const record of records) {
    const link = byKey.get(`${record.document.sha256}:${record.document.indexInFile}`);
    if (!link) continue; // a record stored after the links were read: the next read links it
    if (!filters.allCopies && !link.canonical) continue;
    if (matches(record, filters)) items.push({ record, link });
  }
  return items;
}
