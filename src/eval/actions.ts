/**
 * Actions: each expected row, in order, pairs greedily with the unused actual row whose
 * whole-row text has the highest token F1 (≥ 0.5). A pair scores each of the five fields
 * (owner and due as short text, the rest as long text); an actual row left over is five
 * wrong statements (one per field it fills).
 */
import { exact, LONG_TEXT, SHORT_TEXT, textMatch, tokenF1 } from './text.js';
import type { EvalAction } from './types.js';
import type { UnitList } from './unitList.js';

export const ACTION_FIELDS = ['issue', 'action', 'milestone', 'owner', 'due'] as const;
/** Row-text F1 an actual row needs to pair with an expected one. */
export const ROW_ALIGNMENT = 0.5;

const rowText = (a: EvalAction): string => ACTION_FIELDS.map((k) => a[k] ?? '').join(' ');

export function scoreActions(out: UnitList, expected: readonly EvalAction[], actual: readonly EvalAction[]): void {
  const candidates = actual.map((a, i) => ({ a, i, used: false }));
  for (const ea of expected) {
    let best: (typeof candidates)[number] | null = null;
    let bestScore = 0;
    for (const c of candidates) {
      if (c.used) continue;
      const s = tokenF1(rowText(ea), rowText(c.a));
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    const hit = best && bestScore >= ROW_ALIGNMENT ? best : null;
    if (hit) hit.used = true;
    for (const k of ACTION_FIELDS) {
      const threshold = k === 'owner' || k === 'due' ? SHORT_TEXT : LONG_TEXT;
      out.add(`action.${k}`, hit ? `/actions/${hit.i}/${k}` : null, ea[k], hit?.a[k], textMatch(threshold));
    }
  }
  for (const c of candidates) {
    if (c.used) continue;
    for (const k of ACTION_FIELDS) out.add(`action.${k}`, `/actions/${c.i}/${k}`, null, c.a[k], exact);
  }
}
