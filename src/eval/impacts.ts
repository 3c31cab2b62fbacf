/**
 * Impacts: keyed by (characteristic, group, subgroup tokens, proposal); each expected impact
 * takes the first unused actual impact with its key. A pair scores the key, then rating,
 * narrative, mitigation and owner; an actual impact left over is a wrong key and rating.
 */
import { exact, LONG_TEXT, SHORT_TEXT, textMatch, tokens } from './text.js';
import type { EvalImpact } from './types.js';
import type { UnitList } from './unitList.js';

export function impactKey(i: EvalImpact): string {
  return [i.characteristic, i.group ?? '', tokens(i.subgroup).join(' '), i.proposal ?? ''].join('|');
}

export function scoreImpacts(out: UnitList, expected: readonly EvalImpact[], actual: readonly EvalImpact[]): void {
  const byKey = new Map<string, Array<{ im: EvalImpact; i: number }>>();
  actual.forEach((im, i) => {
    const k = impactKey(im);
    const list = byKey.get(k) ?? [];
    list.push({ im, i });
    byKey.set(k, list);
  });
  for (const ei of expected) {
    const k = impactKey(ei);
    const hit = byKey.get(k)?.shift();
    const ptr = hit ? `/impacts/${hit.i}` : null;
    const at = (field: string): string | null => (ptr ? `${ptr}/${field}` : null);
    out.add('impact', ptr, k, hit ? k : null, exact);
    out.add('impact.rating', at('rating'), ei.rating, hit?.im.rating, exact);
    out.add('impact.narrative', at('narrative'), ei.narrative, hit?.im.narrative, textMatch(LONG_TEXT));
    out.add('impact.mitigation', at('mitigation'), ei.mitigation, hit?.im.mitigation, textMatch(LONG_TEXT));
    out.add('impact.owner', at('owner'), ei.owner, hit?.im.owner, textMatch(SHORT_TEXT));
  }
  for (const rest of byKey.values()) {
    for (const { im, i } of rest) {
      out.add('impact', `/impacts/${i}`, null, impactKey(im), exact);
      out.add('impact.rating', `/impacts/${i}/rating`, null, im.rating, exact);
    }
  }
}
