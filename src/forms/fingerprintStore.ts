/**
 * Fingerprints in the store (migration 50): one per document, read from its current layout.
 * Written when a result is stored (recordFingerprint, called by src/queue/storeResult.ts) and
 * backfilled by `eia forms` for documents stored before fingerprints existed.
 */
import { z } from 'zod';
import type { Layout } from '../model/layout.js';
import type { Db } from '../store/db.js';
import { queryAll, queryOne } from '../store/query.js';
import { loadLayout } from '../store/readStore.js';
import { FINGERPRINT_VERSION, Fingerprint, fingerprintLayout } from './fingerprint.js';

const Stored = z.object({ version: z.string(), converter: z.string() });

/**
 * Stores the fingerprint of a document's layout unless an up-to-date one is there. `layout`
 * is the one just converted; without it (taken from the cache) it is read from the store, and
 * only when the fingerprint is missing or stale, so a re-run does not unpack every layout.
 * Its own transaction, after the extraction's: a crash between the two leaves a document
 * without a fingerprint, which the next `eia forms` backfills.
 */
export function recordFingerprint(db: Db, sha256: string, converter: string, layout?: Layout): boolean {
  const stored = queryOne(db, Stored, 'SELECT version, converter FROM fingerprints WHERE sha256 = ?', sha256);
  if (stored && stored.version === FINGERPRINT_VERSION && stored.converter === converter) return false;
  const source = layout ?? loadLayout(db, sha256, converter);
  if (!source) return false;
  const fingerprint = fingerprintLayout(source);
  db.transaction(() => {
    db.prepare(
      `INSERT INTO fingerprints (sha256, version, converter, fingerprint, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT(sha256) DO UPDATE SET version = excluded.version, converter = excluded.converter,
         fingerprint = excluded.fingerprint, created_at = excluded.created_at`,
    ).run(sha256, FINGERPRINT_VERSION, converter, JSON.stringify(fingerprint), new Date().toISOString());
  })();
  return true;
}

const Candidate = z.object({ sha256: z.string(), converter: z.string() });

/**
 * Fingerprints every document that has a layout but no up-to-date fingerprint (stores that
 * predate them, or an older FINGERPRINT_VERSION); the newest layout of each. Returns how many.
 */
export function backfillFingerprints(db: Db): number {
  const candidates = queryAll(
    db,
    Candidate,
    `SELECT l.sha256, l.converter FROM layouts l
     WHERE l.created_at = (SELECT MAX(created_at) FROM layouts WHERE sha256 = l.sha256)
       AND NOT EXISTS (SELECT 1 FROM fingerprints f WHERE f.sha256 = l.sha256 AND f.version = ?)
     GROUP BY l.sha256`,
    FINGERPRINT_VERSION,
  );
  let n = 0;
  for (const c of candidates) if (recordFingerprint(db, c.sha256, c.converter)) n++;
  return n;
}

export const StoredDocument = z.object({
  sha256: z.string(),
  path: z.string(),
  status: z.string(),
  /** The template that claimed it; null when the generic reader read it (or nothing did). */
  template: z.string().nullable(),
  /** The issuing body of its first current record, when one was found. */
  organisation: z.string().nullable(),
  fingerprint: z.string(),
});

export interface FingerprintedDocument {
  sha256: string;
  path: string;
  status: string;
  template: string | null;
  organisation: string | null;
  fingerprint: Fingerprint;
}

/** Every document with a current fingerprint, in path order. */
export function fingerprintedDocuments(db: Db): FingerprintedDocument[] {
  return queryAll(
    db,
    StoredDocument,
    `SELECT d.sha256, d.path, d.status, d.template, f.fingerprint,
       (SELECT json_extract(r.record, '$.eia.organisation') FROM records r WHERE r.sha256 = d.sha256 AND r.current = 1 ORDER BY r.index_in_file LIMIT 1) AS organisation
     FROM documents d JOIN fingerprints f ON f.sha256 = d.sha256 WHERE f.version = ? ORDER BY d.path`,
    FINGERPRINT_VERSION,
  ).map((row) => ({ ...row, organisation: typeof row.organisation === 'string' ? row.organisation : null, fingerprint: Fingerprint.parse(JSON.parse(row.fingerprint)) }));
}
