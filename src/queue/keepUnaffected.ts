/**
 * Stored documents that re-extracting would leave exactly as they are: nothing their
 * extraction depends on changed (model/extractionDependencies.ts) and their cached layout
 * is by the converter installed now. They are marked as extracted with the current
 * extractors, records, status and corrections untouched, without reading their layouts, so a
 * re-run after one template improves costs little more than that template's documents.
 */
import { converterKey } from '../convert/convertDocument.js';
import { stillCurrent, type InstalledExtraction } from '../model/extractionDependencies.js';
import { LayoutFormat } from '../model/layout.js';
import type { Db } from '../store/db.js';
import { hasLayout } from '../store/readStore.js';
import { keepExtractions } from '../store/writeResults.js';

/** What the progress line says of a kept document. */
export const KEPT_MESSAGE = 'kept as it is: nothing its extraction depends on changed';

/** Documents marked kept per transaction: a stopped re-run loses at most one unfinished batch, which the next run redoes. */
const KEEP_BATCH = 500;

interface Stored {
  sha256: string;
  format: string | null;
  dependsOn: string | null;
}

/** Whether `doc` needs no new extraction (decided without writing). */
function unaffected(db: Db, doc: Stored, current: (dependsOn: string | null) => boolean): boolean {
  if (!current(doc.dependsOn)) return false;
  const format = LayoutFormat.safeParse(doc.format);
  // A layout by an older converter version would be converted again, and could read differently.
  return format.success && hasLayout(db, doc.sha256, converterKey(format.data));
}

/** Most documents share one of a few dependency strings: each is judged once. */
function memoCurrent(installed: InstalledExtraction): (dependsOn: string | null) => boolean {
  const memo = new Map<string | null, boolean>();
  return (d) => {
    let v = memo.get(d);
    if (v === undefined) memo.set(d, (v = stillCurrent(d, installed)));
    return v;
  };
}

/**
 * For an ingest meeting known files one at a time: a function that keeps one document and
 * says true, or says false (it needs extracting). Made once per run, so each distinct
 * dependency string is judged once.
 */
export function keeperFor(db: Db, installed: InstalledExtraction, extractedWith: string): (doc: Stored) => boolean {
  const current = memoCurrent(installed);
  return (doc) => {
    if (!unaffected(db, doc, current)) return false;
    keepExtractions(db, [doc.sha256], extractedWith);
    return true;
  };
}

/** Of `docs`, those kept (in batches, each one transaction), in order; the rest need extracting. */
export function keepAllUnaffected<T extends Stored>(db: Db, docs: readonly T[], installed: InstalledExtraction, extractedWith: string, signal?: AbortSignal): { kept: T[]; rest: T[] } {
  const current = memoCurrent(installed);
  const kept: T[] = [];
  const rest: T[] = [];
  for (const d of docs) (unaffected(db, d, current) ? kept : rest).push(d);
  const done: T[] = [];
  for (let i = 0; i < kept.length && !signal?.aborted; i += KEEP_BATCH) {
    const batch = kept.slice(i, i + KEEP_BATCH);
    keepExtractions(db, batch.map((d) => d.sha256), extractedWith);
    done.push(...batch);
  }
  return { kept: done, rest };
}
