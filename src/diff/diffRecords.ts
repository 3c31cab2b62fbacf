/**
 * Field-level changes between two extractions of one document: scalar fields by name, rows
 * by their natural key (naturalKeys.ts), each row's fields; a value that stayed but whose
 * confidence moved is a change of its own kind. Pure: the store hands in the two states.
 */
import { EIA_SCALAR_FIELDS, type EiaRecord } from '../model/record.js';
import { actionKey, impactKey, keyed, personKey } from './naturalKeys.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'confidence' | 'status';

export interface FieldChange {
  kind: ChangeKind;
  /** The field's kind, for counting and `--field`: "title", "impacts.rating", "people", "status". */
  field: string;
  /** Where, readably: "/title", "/impacts[age|||]/rating", "/people[jo smith|author]". */
  path: string;
  from: unknown;
  to: unknown;
  confidenceFrom?: number | null;
  confidenceTo?: number | null;
}

/** A confidence shift smaller than this is noise, not a change. */
export const CONFIDENCE_SHIFT = 0.05;

type Rec = EiaRecord | null;

export function diffRecords(a: Rec, b: Rec): FieldChange[] {
  const out: FieldChange[] = [];
  const conf = (r: Rec, pointer: string): number | null => r?.confidence[pointer] ?? null;
  const compare = (field: string, path: string, from: unknown, to: unknown, pa: string | null, pb: string | null): void => {
    const present = (v: unknown): boolean => v !== null && v !== undefined && v !== '';
    const cf = pa ? conf(a, pa) : null;
    const ct = pb ? conf(b, pb) : null;
    if (!present(from) && !present(to)) return;
    if (!present(from)) out.push({ kind: 'added', field, path, from: null, to, confidenceTo: ct });
    else if (!present(to)) out.push({ kind: 'removed', field, path, from, to: null, confidenceFrom: cf });
    else if (JSON.stringify(from) !== JSON.stringify(to)) out.push({ kind: 'changed', field, path, from, to, confidenceFrom: cf, confidenceTo: ct });
    else if (cf !== null && ct !== null && Math.abs(cf - ct) >= CONFIDENCE_SHIFT) out.push({ kind: 'confidence', field, path, from, to, confidenceFrom: cf, confidenceTo: ct });
  };
  for (const f of EIA_SCALAR_FIELDS) compare(f, `/${f}`, a?.eia[f] ?? null, b?.eia[f] ?? null, `/${f}`, `/${f}`);
  const rows = <T extends object>(name: string, xs: readonly T[], ys: readonly T[], key: (t: T) => string, fields: ReadonlyArray<keyof T & string>): void => {
    const ka = keyed(xs, key);
    const kb = keyed(ys, key);
    for (const k of new Set([...ka.keys(), ...kb.keys()])) {
      const ra = ka.get(k);
      const rb = kb.get(k);
      const path = `/${name}[${k}]`;
      if (!ra || !rb) {
        out.push({ kind: ra ? 'removed' : 'added', field: name, path, from: ra?.row ?? null, to: rb?.row ?? null, ...(ra ? { confidenceFrom: conf(a, `/${name}/${ra.index}`) } : { confidenceTo: conf(b, `/${name}/${rb!.index}`) }) });
        continue;
      }
      for (const f of fields) compare(`${name}.${f}`, `${path}/${f}`, ra.row[f], rb.row[f], `/${name}/${ra.index}/${f}`, `/${name}/${rb.index}/${f}`);
    }
  };
  rows('impacts', a?.eia.impacts ?? [], b?.eia.impacts ?? [], impactKey, ['rating', 'narrative', 'mitigation', 'owner', 'label']);
  rows('people', a?.eia.people ?? [], b?.eia.people ?? [], personKey, ['role', 'date']);
  rows('actions', a?.eia.actions ?? [], b?.eia.actions ?? [], actionKey, ['issue', 'action', 'milestone', 'owner', 'due']);
  return out;
}
