/**
 * How often auto-accepted fields are wrong, measured: the audit sample (reviewQueue.ts) puts
 * a random share of fields the machine was sure of in front of a reviewer, and each decision
 * there says right (accepted, or set to what it was) or wrong (changed, or its row deleted).
 * Per field kind, with a Wilson 95 % interval: the figure an analyst can cite for the dataset.
 */
import { z } from 'zod';
import type { Db } from './db.js';
import { activeDecisions, CORRECTION_COLUMNS, CorrectionDbRow, type CorrectionRow } from './correctionRows.js';
import { fieldKind } from './correctionPointers.js';
import { queryAll } from './query.js';

export interface Interval {
  low: number;
  high: number;
}

export interface KindAccuracy {
  kind: string;
  /** Audited fields decided. */
  audited: number;
  wrong: number;
  /** wrong / audited. */
  errorRate: number;
  /** Wilson 95 % interval of the error rate. */
  interval: Interval;
}

export interface AuditAccuracy {
  byKind: KindAccuracy[];
  overall: KindAccuracy | null;
}

/** The Wilson score interval for k successes in n trials (z = 1.96: 95 %). */
export function wilsonInterval(k: number, n: number, z = 1.96): Interval {
  if (n <= 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Whether a decision on an audited field says the machine was wrong. */
export function auditSaysWrong(d: CorrectionRow): boolean {
  if (d.action === 'delete-row') return true;
  if (d.action === 'set') return !same(d.value, d.oldValue);
  return false;
}

/** Error rates from audit decisions (the latest standing one per field), pure. */
export function accuracyFrom(decisions: ReadonlyArray<{ key: string; decision: CorrectionRow }>): AuditAccuracy {
  const latest = new Map<string, CorrectionRow>();
  for (const { key, decision } of decisions) if (decision.reasons.includes('audit-sample') && (latest.get(key)?.id ?? -1) < decision.id) latest.set(key, decision);
  const tally = new Map<string, { audited: number; wrong: number }>();
  for (const d of latest.values()) {
    const kind = fieldKind(d.pointer);
    const t = tally.get(kind) ?? { audited: 0, wrong: 0 };
    t.audited++;
    if (auditSaysWrong(d)) t.wrong++;
    tally.set(kind, t);
  }
  const row = (kind: string, t: { audited: number; wrong: number }): KindAccuracy => ({ kind, ...t, errorRate: t.audited ? t.wrong / t.audited : 0, interval: wilsonInterval(t.wrong, t.audited) });
  const byKind = [...tally].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => row(k, t));
  const sum = byKind.reduce((s, k) => ({ audited: s.audited + k.audited, wrong: s.wrong + k.wrong }), { audited: 0, wrong: 0 });
  return { byKind, overall: sum.audited ? row('all', sum) : null };
}

/** The measured accuracy of auto-accepted fields in this store (exports carry it as metadata). */
export function auditAccuracy(db: Db): AuditAccuracy {
  const hasColumns = queryAll(db, z.object({ name: z.string() }).passthrough(), 'PRAGMA table_info(corrections)').some((c) => c.name === 'reasons');
  if (!hasColumns) return { byKind: [], overall: null };
  const rows = queryAll(db, CorrectionDbRow, `SELECT ${CORRECTION_COLUMNS} FROM corrections ORDER BY id`);
  const keyed = queryAll(db, z.object({ id: z.number().int(), sha256: z.string(), index_in_file: z.number().int() }), 'SELECT id, sha256, index_in_file FROM corrections ORDER BY id');
  const where = new Map(keyed.map((k) => [k.id, `${k.sha256}#${k.index_in_file}`]));
  const standing = activeDecisions(rows);
  return accuracyFrom(standing.map((d) => ({ key: `${where.get(d.id)}${d.pointer}`, decision: d })));
}
