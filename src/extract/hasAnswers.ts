/**
 * Whether an extraction found any answer a person wrote, not just the template's own words:
 * a form found with none is a blank form (`empty-form`), never a record.
 */
import type { RecordBuilder } from './record/recordBuilder.js';

export function hasAnswers(found: RecordBuilder): boolean {
  const e = found.eia;
  return Boolean(
    e.title || e.purpose || e.scope || e.consultation || e.outcome || e.people.length ||
      e.actions.length || e.impacts.some((i) => i.narrative || (i.rating !== 'not-stated' && i.rating !== 'neutral')),
  );
}
