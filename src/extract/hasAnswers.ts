/**
 * Whether an extraction found any answer a person wrote, not just the template's own words:
 * a form found with none is a blank form (`empty-form`), never a record. Any answer counts
 * (issue 9: "a title, an officer, a mark in a grid, a ticked decision"): a field filled in,
 * a person, an action, an impact row with words, a rating other than "no impact", or a
 * "no impact" that someone marked (a tick or a written answer, not a blank row read as none).
 * The organisation is not an answer: a form prints its own masthead.
 */
import type { RecordBuilder } from './record/recordBuilder.js';

/** Ways of reading a rating that mean someone marked or wrote it. */
const MARKED = /(?:^|-)(?:tick|options|yes-no|level|code|two-column|statement)$/;

export function hasAnswers(found: RecordBuilder): boolean {
  const e = found.eia;
  if (e.title || e.purpose || e.scope || e.consultation || e.outcome || e.directorate || e.service || e.activityType || e.assessmentDate) return true;
  if (e.people.length > 0 || e.actions.length > 0) return true;
  return e.impacts.some((impact, i) => {
    if (impact.narrative || (impact.rating !== 'not-stated' && impact.rating !== 'neutral')) return true;
    const method = found.evidence.get(`/impacts/${i}/rating`)?.signals.method ?? '';
    return impact.rating === 'neutral' && MARKED.test(method);
  });
}
