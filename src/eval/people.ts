/**
 * People: each expected person pairs with the unused actual person whose name has the
 * highest token F1 (≥ 0.85); on a tie the one with the same capacity wins, since one name may
 * be both author and approver. A pair scores its name, then capacity, role and date; an
 * actual person left unpaired is a wrong statement.
 */
import { always, exact, SHORT_TEXT, textMatch, tokenF1 } from './text.js';
import type { EvalPerson } from './types.js';
import type { UnitList } from './unitList.js';

interface Candidate {
  p: EvalPerson;
  i: number;
  used: boolean;
}

export function scorePeople(out: UnitList, expected: readonly EvalPerson[], actual: readonly EvalPerson[]): void {
  const candidates: Candidate[] = actual.map((p, i) => ({ p, i, used: false }));
  for (const ep of expected) {
    const hit = bestMatch(ep, candidates);
    if (hit) hit.used = true;
    const ptr = hit ? `/people/${hit.i}` : null;
    out.add('person', ptr, ep.name, hit?.p.name, always);
    if (hit) {
      out.add('person.capacity', `${ptr}/capacity`, ep.capacity, hit.p.capacity, exact);
      out.add('person.role', `${ptr}/role`, ep.role, hit.p.role, textMatch(SHORT_TEXT));
      out.add('person.date', `${ptr}/date`, ep.date, hit.p.date, exact);
    } else {
      out.add('person.capacity', null, ep.capacity, null, exact);
      out.add('person.role', null, ep.role, null, exact);
      out.add('person.date', null, ep.date, null, exact);
    }
  }
  for (const c of candidates) if (!c.used) out.add('person', `/people/${c.i}`, null, c.p.name, exact);
}

function bestMatch(ep: EvalPerson, candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = 0;
  for (const c of candidates) {
    if (c.used) continue;
    const s = tokenF1(ep.name, c.p.name);
    const sameCapacityTie = s > 0 && s === bestScore && c.p.capacity === ep.capacity && best?.p.capacity !== ep.capacity;
    if (s > bestScore || sameCapacityTie) {
      best = c;
      bestScore = s;
    }
  }
  return best && bestScore >= SHORT_TEXT ? best : null;
}
