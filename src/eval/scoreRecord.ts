/**
 * Every scored unit of one record against its expected record, in the scorer's order:
 * scalar fields, assessment date, template id, people, impacts, actions. Either side may be
 * missing: an expected record with no actual one is all misses, an actual record with no
 * expected one all wrong statements.
 */
import { scoreActions } from './actions.js';
import { scoreImpacts } from './impacts.js';
import { scorePeople } from './people.js';
import { exact, LONG_TEXT, SHORT_TEXT, textMatch } from './text.js';
import type { ActualRecord, EvalEia, ExpectedRecord, ScoredUnit } from './types.js';
import { UnitList } from './unitList.js';

/** The scalar text fields the scorer compares, with the token F1 each needs. */
export const TEXT_FIELDS: ReadonlyArray<readonly [keyof EvalEia & string, number]> = [
  ['title', SHORT_TEXT],
  ['organisation', SHORT_TEXT],
  ['directorate', SHORT_TEXT],
  ['service', SHORT_TEXT],
  ['activityType', SHORT_TEXT],
  ['purpose', LONG_TEXT],
  ['scope', LONG_TEXT],
  ['consultation', LONG_TEXT],
  ['outcome', LONG_TEXT],
];

export function scoreRecord(expected: ExpectedRecord | null, actual: ActualRecord | null): ScoredUnit[] {
  const E = expected?.eia ?? null;
  const A = actual?.eia ?? null;
  const out = new UnitList(actual);
  for (const [field, threshold] of TEXT_FIELDS) out.add(field, `/${field}`, E?.[field], A?.[field], textMatch(threshold));
  out.add('assessmentDate', '/assessmentDate', E?.assessmentDate, A?.assessmentDate, exact);
  if (expected && actual && expected.template) {
    // The template id is a unit of precision and recall but carries no confidence.
    out.units.push(templateUnit(expected.template, actual.template?.id));
  }
  scorePeople(out, E?.people ?? [], A?.people ?? []);
  scoreImpacts(out, E?.impacts ?? [], A?.impacts ?? []);
  scoreActions(out, E?.actions ?? [], A?.actions ?? []);
  return out.units;
}

function templateUnit(expected: string, actual: string | undefined): ScoredUnit {
  const noConfidence = new UnitList(null);
  noConfidence.add('template', null, expected, actual, exact);
  return noConfidence.units[0]!;
}
