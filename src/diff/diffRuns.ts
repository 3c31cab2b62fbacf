/**
 * `eia diff`'s core: what changed in each document between two runs' states of it, as
 * field changes (diffRecords) tagged with the document, its EIA's place in the file and its
 * template, plus status changes (`empty-form` → `extracted`), and counts per template and
 * field. Pure: the store reads the states.
 */
import { diffRecords, type ChangeKind, type FieldChange } from './diffRecords.js';

export interface StateForDiff {
  status: string;
  records: ReadonlyArray<Parameters<typeof diffRecords>[0] & object>;
}

export interface DocumentChange extends FieldChange {
  sha256: string;
  file: string;
  indexInFile: number | null;
  template: string;
}

export interface DiffFilter {
  template?: string;
  /** A field kind ("impacts.rating") or path prefix ("/impacts"): pointers are matched without array positions. */
  field?: string;
}

export interface DiffCounts {
  documents: number;
  changed: number;
  /** template → field → kind → count */
  byTemplate: Record<string, Record<string, Partial<Record<ChangeKind, number>>>>;
}

export function diffDocument(doc: { sha256: string; path: string }, before: StateForDiff | null, after: StateForDiff | null, f: DiffFilter = {}): DocumentChange[] {
  const out: DocumentChange[] = [];
  const template = after?.records[0]?.template.id ?? before?.records[0]?.template.id ?? 'none';
  const tag = (c: FieldChange, index: number | null, t: string): DocumentChange => ({ ...c, sha256: doc.sha256, file: doc.path, indexInFile: index, template: t });
  if ((before?.status ?? 'new') !== (after?.status ?? 'gone')) {
    out.push(tag({ kind: 'status', field: 'status', path: '/status', from: before?.status ?? null, to: after?.status ?? null }, null, template));
  }
  const n = Math.max(before?.records.length ?? 0, after?.records.length ?? 0);
  for (let i = 0; i < n; i++) {
    const a = before?.records[i] ?? null;
    const b = after?.records[i] ?? null;
    const t = b?.template.id ?? a?.template.id ?? template;
    for (const c of diffRecords(a, b)) out.push(tag(c, i, t));
  }
  return out.filter((c) => matches(c, f));
}

function matches(c: DocumentChange, f: DiffFilter): boolean {
  if (f.template && c.template !== f.template) return false;
  if (!f.field) return true;
  const want = f.field.replace(/^\//, '').replace(/\//g, '.');
  return c.field === want || c.field.startsWith(`${want}.`);
}

export function countChanges(changes: readonly DocumentChange[], documents: number): DiffCounts {
  const byTemplate: DiffCounts['byTemplate'] = {};
  for (const c of changes) {
    const t = (byTemplate[c.template] ??= {});
    const k = (t[c.field] ??= {});
    k[c.kind] = (k[c.kind] ?? 0) + 1;
  }
  return { documents, changed: new Set(changes.map((c) => c.sha256)).size, byTemplate };
}
