/**
 * What `eia forms` reports: the known templates with how many documents each read, and the
 * documents no template claimed (read by the generic reader, or found not to be an EIA)
 * clustered by form, ranked by how many documents a template for that form would serve.
 */
import type { Db } from '../store/db.js';
import { clusterForms, DEFAULT_CUT, type FormCluster } from './clusterForms.js';
import { backfillFingerprints, fingerprintedDocuments, type FingerprintedDocument } from './fingerprintStore.js';

export interface ClusterSummary {
  /** 1-based rank: what `eia forms scaffold CLUSTER` takes. */
  id: number;
  size: number;
  organisations: string[];
  /** The path of the document most like the others. */
  representative: string;
  statuses: Record<string, number>;
  distinctive: FormCluster['distinctive'];
  files: string[];
}

export interface FormsReport {
  /** Fingerprints written now for documents stored before they existed. */
  backfilled: number;
  templates: Array<{ template: string; documents: number }>;
  unmatched: number;
  clusters: ClusterSummary[];
}

export interface UnmatchedClusters {
  documents: FingerprintedDocument[];
  clusters: FormCluster[];
}

/** Statuses of documents a template could have read (a failed file has no form to show). */
const READ = new Set(['extracted', 'not-eia', 'empty-form']);

/** The documents no known template claimed, and their clusters (largest first). */
export function unmatchedClusters(db: Db, knownTemplates: readonly string[], cut = DEFAULT_CUT): UnmatchedClusters & { all: FingerprintedDocument[] } {
  const known = new Set(knownTemplates);
  const all = fingerprintedDocuments(db).filter((d) => READ.has(d.status));
  const documents = all.filter((d) => d.template === null || !known.has(d.template));
  return { all, documents, clusters: clusterForms(documents, cut) };
}

export function formsReport(db: Db, knownTemplates: readonly string[], cut = DEFAULT_CUT): FormsReport {
  const backfilled = backfillFingerprints(db);
  const { all, documents, clusters } = unmatchedClusters(db, knownTemplates, cut);
  const byTemplate = new Map<string, number>(knownTemplates.map((t) => [t, 0]));
  for (const d of all) if (d.template !== null && byTemplate.has(d.template)) byTemplate.set(d.template, byTemplate.get(d.template)! + 1);
  return {
    backfilled,
    templates: [...byTemplate].map(([template, n]) => ({ template, documents: n })).sort((a, b) => b.documents - a.documents || a.template.localeCompare(b.template)),
    unmatched: documents.length,
    clusters: clusters.map((c, i) => summarise(i + 1, c, documents)),
  };
}

function summarise(id: number, c: FormCluster, docs: FingerprintedDocument[]): ClusterSummary {
  const members = c.members.map((m) => docs[m]!);
  const statuses: Record<string, number> = {};
  for (const d of members) statuses[d.status] = (statuses[d.status] ?? 0) + 1;
  return {
    id,
    size: members.length,
    organisations: [...new Set(members.map((d) => d.organisation).filter((o): o is string => o !== null))].sort(),
    representative: docs[c.representative]!.path,
    statuses,
    distinctive: c.distinctive,
    files: members.map((d) => d.path),
  };
}
