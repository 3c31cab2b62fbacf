/**
 * Which documents a re-run takes up: those whose current extraction is older than the
 * extractor versions installed now (or every one, with `all`), narrowed to a template or to
 * documents a run since a given one touched. Failed documents are not taken (they have no
 * extraction to improve; `eia ingest --retry-failed` is for them).
 */
import { z } from 'zod';
import type { Db } from './db.js';
import { queryAll } from './query.js';

export interface RerunFilter {
  /** The extractor set key installed now. */
  extractedWith: string;
  /** Every document, even those extracted with the current versions. */
  all: boolean;
  /** Only documents whose current template is this one. */
  template?: string;
  /** Only documents some run with an id ≥ this one touched. */
  sinceRun?: number;
}

export const RerunCandidate = z.object({
  sha256: z.string(),
  path: z.string(),
  format: z.string().nullable(),
  template: z.string().nullable(),
  extractedWith: z.string().nullable(),
  /** What its extraction depends on (JSON, model/extractionDependencies.ts); null before migration 80. */
  dependsOn: z.string().nullable(),
  /** How it was read (JSON, extract/extractionPlan.ts); null before migration 80. */
  plan: z.string().nullable(),
  status: z.string(),
});
export type RerunCandidate = z.infer<typeof RerunCandidate>;

export function rerunCandidates(db: Db, f: RerunFilter): RerunCandidate[] {
  const where = [`status IN ('extracted', 'not-eia', 'empty-form')`];
  const params: unknown[] = [];
  if (!f.all) {
    where.push('(extracted_with IS NULL OR extracted_with != ?)');
    params.push(f.extractedWith);
  }
  if (f.template !== undefined) {
    where.push('template = ?');
    params.push(f.template);
  }
  if (f.sinceRun !== undefined) {
    where.push('sha256 IN (SELECT sha256 FROM run_documents WHERE run_id >= ?)');
    params.push(f.sinceRun);
  }
  return queryAll(db, RerunCandidate, `SELECT sha256, path, format, template, extracted_with AS extractedWith, depends_on AS dependsOn, plan, status FROM documents WHERE ${where.join(' AND ')} ORDER BY path`, ...params);
}
