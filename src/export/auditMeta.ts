/**
 * The review audit's measured accuracy of auto-accepted fields, as exports carry it
 * (datapackage.json `eia_export.audited_accuracy`, the report's figure): the share right
 * overall, how many fields were audited, and the error rate with its Wilson 95 % interval,
 * overall and per field kind. Null until a reviewer has decided an audit-sample field.
 */
import type { AuditAccuracy, Interval } from '../store/auditAccuracy.js';

export interface AuditMeta {
  /** 1 − error rate over all audited fields. */
  accuracy: number;
  /** Audited fields decided. */
  fields: number;
  errorRate: number;
  /** Wilson 95 % interval of the error rate. */
  interval: Interval;
  byKind: Array<{ kind: string; audited: number; wrong: number; errorRate: number; interval: Interval }>;
}

export function auditMeta(a: AuditAccuracy): AuditMeta | null {
  if (!a.overall) return null;
  return {
    accuracy: 1 - a.overall.errorRate,
    fields: a.overall.audited,
    errorRate: a.overall.errorRate,
    interval: a.overall.interval,
    byKind: a.byKind.map(({ kind, audited, wrong, errorRate, interval }) => ({ kind, audited, wrong, errorRate, interval })),
  };
}
