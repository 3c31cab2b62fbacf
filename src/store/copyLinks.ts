/**
 * The store's side of copy linking: after a run the links of every current record are
 * recomputed and stored in one transaction (eia_links); readers get the stored links when
 * they are still those of the current records and corrections, else compute them afresh
 * (a store written before migration 30, a review since the last run, a read-only copy).
 */
import { z } from 'zod';
import type { EiaRecord } from '../model/record.js';
import type { Db } from './db.js';
import { queryAll, queryOne } from './query.js';
import { currentRecords } from './readStore.js';
import { linkCopies, linkFeatures, type CopyLink, type LinkInput, type RecordFeatures } from './linkCopies.js';
import { currentLinkFeatures, encodeFeatures, FEATURES_VERSION } from './recordFeatures.js';

const Fingerprint = z.object({ records: z.number().int(), max_record: z.number().int().nullable(), corrections: z.number().int(), max_correction: z.number().int().nullable() });
const Created = z.object({ sha256: z.string(), index_in_file: z.number().int(), created_at: z.string() });
const LinkRow = z.object({ sha256: z.string(), index_in_file: z.number().int(), eia_id: z.string(), series_id: z.string(), version: z.number().int(), canonical: z.number().int() });

const hasTable = (db: Db, name: string): boolean =>
  queryOne(db, z.object({ n: z.number().int() }), `SELECT COUNT(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?`, name)?.n === 1;

/** What the links depend on: the set of current records and the corrections applied to them. */
function fingerprint(db: Db): string {
  const f = queryOne(
    db,
    Fingerprint,
    `SELECT (SELECT COUNT(*) FROM records WHERE current = 1) AS records, (SELECT MAX(id) FROM records WHERE current = 1) AS max_record,
            (SELECT COUNT(*) FROM corrections) AS corrections, (SELECT MAX(id) FROM corrections) AS max_correction`,
  )!;
  return `${f.records}/${f.max_record ?? 0}/${f.corrections}/${f.max_correction ?? 0}`;
}

/** `records` with when each was extracted, one at a time. */
function* withCreated(db: Db, records: Iterable<EiaRecord>): Generator<LinkInput> {
  const created = new Map(
    queryAll(db, Created, 'SELECT sha256, index_in_file, created_at FROM records WHERE current = 1').map((r) => [`${r.sha256}:${r.index_in_file}`, r.created_at]),
  );
  for (const record of records) yield { record, createdAt: created.get(`${record.document.sha256}:${record.document.indexInFile}`) ?? '' };
}

/** The current records (corrections applied) with their links, computed from scratch. */
export function computeLinks(db: Db): { records: EiaRecord[]; links: CopyLink[] } {
  const records = [...currentRecords(db)];
  return { records, links: linkCopies(withCreated(db, records)) };
}

/**
 * Recomputes and stores the links of every current record (called when a run finishes),
 * from the features kept beside each record (recordFeatures.ts). They stream through: a
 * run's end must not hold the whole store in memory (2,000 records had added 200 MiB to the
 * ingest's peak).
 */
export function relinkCopies(db: Db): CopyLink[] {
  const missing: Array<[number, RecordFeatures]> = [];
  const links = linkFeatures(currentLinkFeatures(db, (id, f) => missing.push([id, f])));
  db.transaction(() => {
    const save = db.prepare('INSERT OR REPLACE INTO record_features (record_id, version, features) VALUES (?, ?, ?)');
    for (const [id, f] of missing) save.run(id, FEATURES_VERSION, encodeFeatures(f));
    db.prepare('DELETE FROM eia_links').run();
    const insert = db.prepare('INSERT INTO eia_links (sha256, index_in_file, eia_id, series_id, version, canonical) VALUES (?, ?, ?, ?, ?, ?)');
    for (const l of links) insert.run(l.sha256, l.indexInFile, l.eiaId, l.seriesId, l.version, l.canonical ? 1 : 0);
    db.prepare(`INSERT INTO eia_link_state (id, fingerprint, linked_at) VALUES (1, ?, ?)
                ON CONFLICT(id) DO UPDATE SET fingerprint = excluded.fingerprint, linked_at = excluded.linked_at`).run(fingerprint(db), new Date().toISOString());
  })();
  return links;
}

/** The stored links if they are those of the store as it is now, else null. */
function storedLinks(db: Db): CopyLink[] | null {
  if (!hasTable(db, 'eia_link_state')) return null;
  const state = queryOne(db, z.object({ fingerprint: z.string() }), 'SELECT fingerprint FROM eia_link_state WHERE id = 1');
  if (!state || state.fingerprint !== fingerprint(db)) return null;
  return queryAll(db, LinkRow, 'SELECT sha256, index_in_file, eia_id, series_id, version, canonical FROM eia_links ORDER BY sha256, index_in_file').map((r) => ({
    sha256: r.sha256, indexInFile: r.index_in_file, eiaId: r.eia_id, seriesId: r.series_id, version: r.version, canonical: r.canonical === 1,
  }));
}

/** Current records with their links: stored ones when fresh, else computed now (nothing written). */
export function linkedRecords(db: Db): { records: EiaRecord[]; links: CopyLink[] } {
  const stored = storedLinks(db);
  return stored ? { records: [...currentRecords(db)], links: stored } : computeLinks(db);
}

export interface CopyCounts {
  records: number;
  eias: number;
  /** Records that are a non-canonical copy of another. */
  duplicateCopies: number;
  /** Series with more than one version. */
  seriesWithVersions: number;
}

export function copyCounts(links: readonly CopyLink[]): CopyCounts {
  const eias = new Set(links.map((l) => l.eiaId));
  const versionsBySeries = new Map<string, Set<string>>();
  for (const l of links) versionsBySeries.set(l.seriesId, (versionsBySeries.get(l.seriesId) ?? new Set()).add(l.eiaId));
  return {
    records: links.length,
    eias: eias.size,
    duplicateCopies: links.length - eias.size,
    seriesWithVersions: [...versionsBySeries.values()].filter((s) => s.size > 1).length,
  };
}
