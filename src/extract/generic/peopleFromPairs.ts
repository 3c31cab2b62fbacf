/**
 * People by the role their label gives them: "Officer completing", "Lead officer",
 * "Assessor" → author; "Approved by", "Signed off", "authorising" → approver; "Responsible
 * officer", "Head of Service" → accountable; "Members of the assessment team" → team. Each
 * person is listed once per capacity, and `team`/`accountable` only hold people not already
 * named as author or approver (corpus/LABELLING.md "People"). Where the form gives no job
 * title and the label is one ("Lead officer"), the label is the role, as on Kent's form.
 */
import { addPeople, type FoundPerson } from '../record/addPeople.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import { subjectOf } from './impacts/questionBlocks.js';
import type { Pair } from './pairs.js';
import type { LabelSpan } from './labels.js';
import { signOffColumns } from './signOffColumns.js';
import { onlyHeadingWords, peopleIn } from './peopleText.js';
import { cleanAnswer, wordCount, withoutQuestionNumber } from './values.js';
import { findDate } from '../parse/parseDate.js';
import { keepsSignerBlock, NAME_TITLE, SIGN_DATE, SIGN_ROLE, signOffDetails } from './signOffTable.js';
import type { LabelKey } from './knownLabels.js';
import type { Strip } from './strip.js';



const SEVERAL = /\b(names|members|team|people|persons|officers|assessors|authors|staff involved|others)\b/i;

/** How many cells before a sign-off block's "Name" row its caption may stand (the caption's own, then the "Name" label's). */
const CAPTION_REACH = 2;

export function peopleFromPairs(strip: Strip, labels: readonly LabelSpan[], pairs: Pair[], notNameWords: ReadonlySet<string>, formName: RegExp, out: RecordBuilder): void {
  const columns = signOffColumns(strip, labels, notNameWords);
  const found: FoundPerson[] = [...columns.found];
  let signer: FoundPerson | null = null;
  // A caption naming no one ("Officer completing the assessment", its rows below): the
  // block's "Name" row holds the person it is about, in the caption's capacity.
  const paired = new Set(pairs.map((p) => p.label.cell));
  const captions = labels.filter((l) => l.key?.kind === 'person' && !paired.has(l.cell));
  const captionOf = (pair: Pair): LabelKey | null =>
    NAME_TITLE.test(pair.labelText) ? (captions.findLast((l) => l.cell < pair.label.cell && pair.label.cell - l.cell <= CAPTION_REACH)?.key ?? null) : null;
  for (const pair of pairs) {
    if (columns.cells.has(pair.label.cell)) continue;
    const key = captionOf(pair) ?? pair.label.key;
    // A sign-off block goes on after the person's name: "Job title: …", "Directorate: …",
    // "Date: 22/07/2024" belong to the person just named ("Assessor: H. Greatorex  Date: 22/07/2024").
    if (signer && SIGN_DATE.test(pair.labelText)) {
      const dated = findDate(pair.short.text);
      if (dated && !signer.person.date) signer.person.date = dated.value;
      signer = null;
      continue;
    }
    if (signer && SIGN_ROLE.test(pair.labelText)) {
      const role = cleanAnswer(pair.short.text);
      if (role && !signer.person.role && wordCount(role) <= 12 && !formName.test(role)) signer.person.role = role;
      continue;
    }
    if (signer && keepsSignerBlock(pair.labelText)) continue;
    signer = null;
    // "Responsible officer for Age": the officer for one group's mitigation is that impact's owner, not a person of the form.
    if (key?.kind !== 'person' || subjectOf(pair.labelText)) continue;
    // A label asking for several people ("Names and roles of the people …", "Members of the
    // team") may be answered by a list over several lines: its long answer.
    const several = SEVERAL.test(pair.labelText) && (pair.method === 'following' || pair.method === 'inline');
    let used = several ? pair.long : pair.short;
    const text = cleanAnswer(used.text);
    if (!text) continue;
    let people = peopleIn(text, notNameWords);
    // No name before the next label: a flattened people table may have its headings first.
    const wide = people.length === 0 && onlyHeadingWords(text, notNameWords) ? cleanAnswer(pair.wide.text) : null;
    if (wide) {
      people = peopleIn(wide, notNameWords);
      used = pair.wide;
    }
    for (const p of people) {
      // A "role" that runs on into the form's headings ("Equality Impact Assessment Introductory
      // Information") or a paragraph is what followed the name, not a job title.
      let role = p.role && wordCount(p.role) <= 12 && !formName.test(p.role) ? p.role : null;
      if (p.honorific === 'Councillor') role = role ? `Councillor, ${role}` : 'Councillor';
      // A sign-off table's row holds the person's job title and date beside the name.
      const table = pair.method === 'next-cell' && people.length === 1 && used.pieces[0] ? signOffDetails(strip, used.pieces[0]) : null;
      if (!role && table?.role && wordCount(table.role.text) <= 12) role = table.role.text;
      if (!role && key.roleFromLabel) role = roleFromLabel(pair.labelText);
      // Names read from an explicit separator in a cell of their own are the surest.
      const quality = (p.separated ? 0.9 : 0.65) * (used.bounded === 'cell' ? 1 : used.bounded === 'label' ? 0.9 : 0.75) * (people.length > 4 ? 0.8 : 1);
      found.push({ person: { name: p.name, role, capacity: key.capacity, date: p.date ?? table?.date ?? null }, pieces: used.pieces, labelScore: pair.label.score, method: `generic-${pair.method}`, quality: Math.round(quality * 100) / 100 });
    }
    if (people.length === 1) signer = found[found.length - 1]!;
  }
  // A form that lists the people who did the assessment and names no lead among them: all
  // of them did it (LABELLING.md: "all are author").
  if (!found.some((f) => f.person.capacity === 'author')) for (const f of found) if (f.person.capacity === 'team') f.person.capacity = 'author';
  addPeople(found, out);
}

/** "Lead Person (Owner):" → "Lead Person (Owner)"; "Name of lead officer" → "lead officer". */
function roleFromLabel(label: string): string | null {
  const role = withoutQuestionNumber(label)
    .replace(/[:?|]+\s*$/, '')
    .replace(/^(?:name|names|details)\s+(?:and\s+\w+\s+)?of\s+(?:the\s+)?/i, '')
    .trim();
  return role && role.split(/\s+/).length <= 6 ? role.charAt(0).toUpperCase() + role.slice(1) : null;
}
