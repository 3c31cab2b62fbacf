/**
 * Each stored record's linking features (linkCopies.ts), kept beside it when it is stored:
 * records never change once written, so a run's relink reads a few hundred bytes per record
 * instead of parsing and hashing every record of the store again (that was most of a re-run's
 * time when few documents changed). A record with reviewers' decisions is linked by its
 * corrected form, computed afresh; features from an older FEATURES_VERSION are recomputed.
 */
import { z } from 'zod';
import { EiaRecord } from '../model/record.js';
import { applyCorrections, readCorrections } from './applyCorrections.js';
import type { Db } from './db.js';
import { recordFeatures, type LinkFeatures, type RecordFeatures } from './linkCopies.js';
import { queryEach, queryOne } from './query.js';

/** Bump when recordFeatures (or what it reads: minHash, shingles, words) changes. */
export const FEATURES_VERSION = '1';

const Stored = z.object({
  reviewed: z.boolean(),
  title: z.array(z.string()),
  organisation: z.string().nullable(),
  date: z.string().nullable(),
  /** The MinHash signature's bytes, base64. */
  signature: z.string(),
  meanConfidence: z.number(),
});

export function encodeFeatures(f: RecordFeatures): string {
  const signature = Buffer.from(f.signature.buffer, f.signature.byteOffset, f.signature.byteLength).toString('base64');
  return JSON.stringify({ ...f, signature });
}

export function decodeFeatures(json: string): RecordFeatures {
  const s = Stored.parse(JSON.parse(json));
  const bytes = Buffer.from(s.signature, 'base64');
  // Copied into its own buffer: a Uint32Array needs 4-byte alignment, which a pooled Buffer may not have.
  const signature = new Uint32Array(bytes.byteLength / 4);
  new Uint8Array(signature.buffer).set(bytes);
  return { ...s, signature };
}

/** A record's features as stored: computed by the job that extracted it, off the writer's thread. */
export function encodedFeaturesOf(r: EiaRecord): string {
  return encodeFeatures(recordFeatures(r));
}

/** Inside the transaction that stores record `id`; `encoded`: its features when the job sent them. */
export function saveRecordFeatures(db: Db, id: number, r: EiaRecord, encoded: string = encodedFeaturesOf(r)): void {
  db.prepare('INSERT OR REPLACE INTO record_features (record_id, version, features) VALUES (?, ?, ?)').run(id, FEATURES_VERSION, encoded);
}

const Row = z.object({
  id: z.number().int(),
  sha256: z.string(),
  index_in_file: z.number().int(),
  created_at: z.string(),
  version: z.string().nullable(),
  features: z.string().nullable(),
  corrected: z.number().int(),
});
const RecordJson = z.object({ record: z.string() });

/**
 * The linking features of every current record, one at a time. Features missing or stale
 * for an uncorrected record are computed and handed to `missing`, for the caller to save
 * once the reading is done (a connection cannot write while it iterates).
 */
export function* currentLinkFeatures(db: Db, missing: (id: number, features: RecordFeatures) => void): Generator<LinkFeatures> {
  const signatures = new Map<string, Uint32Array>();
  const rows = queryEach(
    db,
    Row,
    `SELECT r.id, r.sha256, r.index_in_file, r.created_at, f.version, f.features,
            EXISTS (SELECT 1 FROM corrections c WHERE c.sha256 = r.sha256 AND c.index_in_file = r.index_in_file) AS corrected
     FROM records r LEFT JOIN record_features f ON f.record_id = r.id WHERE r.current = 1`,
  );
  for (const row of rows) {
    const where = { sha256: row.sha256, indexInFile: row.index_in_file, createdAt: row.created_at };
    if (row.corrected === 0 && row.features !== null && row.version === FEATURES_VERSION) {
      yield { ...decodeFeatures(row.features), ...where };
      continue;
    }
    const record = EiaRecord.parse(JSON.parse(queryOne(db, RecordJson, 'SELECT record FROM records WHERE id = ?', row.id)!.record));
    const corrections = row.corrected ? readCorrections(db, row.sha256, row.index_in_file) : [];
    const features = recordFeatures(corrections.length ? applyCorrections(record, corrections) : record, signatures);
    if (corrections.length === 0) missing(row.id, features);
    yield { ...features, ...where };
  }
}
