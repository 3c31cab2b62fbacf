/**
 * The boundary between extractors and the record model: what an extractor read is tidied
 * into what the model can hold, so no document can make the model's validation throw (a
 * blank form's empty people rows used to fail `people[0].name` and be stored as `internal`).
 * Blank text becomes null (text is otherwise left exactly as read), a date the model cannot
 * hold becomes null, people without a name and action rows with nothing in them are dropped;
 * the evidence of the rows kept moves with them to their new index (in its original order),
 * and the evidence of what was dropped or blanked goes. Sections are kept as read: a question
 * left unanswered is still a section.
 */
import { valueAt } from '../../model/jsonPointer.js';
import type { Action, Impact, Person } from '../../model/record.js';
import { EIA_SCALAR_FIELDS, PartialDate } from '../../model/record.js';
import { RecordBuilder } from './recordBuilder.js';

export function cleanRecord(found: RecordBuilder): RecordBuilder {
  const clean = new RecordBuilder();
  const e = found.eia;
  /** Where each kept value or row of `found` is in `clean`: "/title" → "/title", "/people/3" → "/people/1". */
  const moved = new Map<string, string>();
  for (const field of EIA_SCALAR_FIELDS) {
    const value = field === 'assessmentDate' ? date(e[field]) : text(e[field]);
    if (value === null) continue;
    clean.eia[field] = value;
    moved.set(`/${field}`, `/${field}`);
  }
  e.people.forEach((p, i) => {
    const person: Person = { ...p, name: text(p.name) ?? '', role: text(p.role), date: date(p.date) };
    if (person.name === '') return; // a row without a name is not a person (the model requires one)
    moved.set(`/people/${i}`, `/people/${clean.eia.people.push(person) - 1}`);
  });
  e.impacts.forEach((row, i) => {
    const proposal = Number.isInteger(row.proposal) && (row.proposal ?? 0) >= 1 ? row.proposal : null;
    const impact: Impact = { ...row, proposal, subgroup: text(row.subgroup), narrative: text(row.narrative), mitigation: text(row.mitigation), owner: text(row.owner) };
    moved.set(`/impacts/${i}`, `/impacts/${clean.eia.impacts.push(impact) - 1}`);
  });
  e.actions.forEach((row, i) => {
    const action: Action = { issue: text(row.issue), action: text(row.action), milestone: text(row.milestone), owner: text(row.owner), due: text(row.due) };
    if (Object.values(action).every((v) => v === null)) return; // an empty row of the action table
    moved.set(`/actions/${i}`, `/actions/${clean.eia.actions.push(action) - 1}`);
  });
  e.sections.forEach((row, i) => moved.set(`/sections/${i}`, `/sections/${clean.eia.sections.push(row) - 1}`));

  for (const [pointer, evidence] of found.evidence) {
    const [, first, second] = pointer.split('/');
    const prefix = moved.has(`/${first}`) ? `/${first}` : `/${first}/${second}`;
    const to = moved.get(prefix);
    if (to === undefined) continue; // its row or value was dropped
    const target = `${to}${pointer.slice(prefix.length)}`;
    // A value blanked to null here keeps no confidence: a record scores only the values it has.
    const now = valueAt(clean.eia, target);
    if ((now === null || now === undefined) && valueAt(e, pointer) !== null) continue;
    clean.evidence.set(target, evidence);
  }
  return clean;
}

function text(value: string | null): string | null {
  return value === null || value.trim() === '' ? null : value;
}

function date(value: string | null): string | null {
  return value !== null && PartialDate.safeParse(value).success ? value : null;
}
