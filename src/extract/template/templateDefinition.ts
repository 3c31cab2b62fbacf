/**
 * A council template as data: how to recognise the form, every label printed on it, and
 * rules that say which label's answer becomes which field of the record. The engine
 * (extractWithTemplate) interprets these; a new template is one file of this shape plus a
 * labelled sample. `parseTemplate` validates a definition and fails on a rule that points
 * at a label the template does not declare.
 */
import { z } from 'zod';
import { EIA_SCALAR_FIELDS } from '../../model/record.js';
import { CAPACITIES, CHARACTERISTICS, IMPACT_GROUPS, RATINGS } from '../../model/vocabulary.js';

const Key = z.string().min(1);

export const LabelSpec = z.object({
  key: Key,
  labels: z.array(z.string().min(1)).min(1),
  /** May sit mid-paragraph, followed by a colon ("… Service Area: Children in Care"). */
  inline: z.boolean().optional(),
  /** Must be the whole of its paragraph or cell (short generic labels: "Name", "Position"). */
  whole: z.boolean().optional(),
  minScore: z.number().min(0).max(1).optional(),
  /** The answer is written under the label in the same cell, not in the cell to its right. */
  answerBelow: z.boolean().optional(),
});
export type LabelSpec = z.infer<typeof LabelSpec>;

/** How a field's value is cut from its label's answer. */
export const Take = z.enum(['all', 'first-line', 'before-dash', 'after-dash', 'date']);

const FieldRule = z.object({
  from: Key,
  to: z.enum(EIA_SCALAR_FIELDS),
  /** Which occurrence of the label (1-based) when the form prints it more than once. */
  occurrence: z.number().int().min(1).optional(),
  take: Take.optional(),
});

const Capacity = z.enum(CAPACITIES);
const PeopleRule = z.discriminatedUnion('kind', [
  /** Each line of the answer is one person: "Name, Role". */
  z.object({ kind: z.literal('list'), from: Key, capacity: Capacity, occurrence: z.number().int().min(1).optional() }),
  /** A person spread over labels: name, role (or a fixed role), date. */
  z.object({
    kind: z.literal('fields'),
    name: Key,
    nameOccurrence: z.number().int().min(1).optional(),
    role: Key.optional(),
    roleOccurrence: z.number().int().min(1).optional(),
    /** A role the form implies (the label itself, e.g. "Responsible Officer"). */
    roleText: z.string().optional(),
    /** Put an honorific ("Councillor") at the front of the role, as "Councillor, …". */
    honorificInRole: z.boolean().optional(),
    date: Key.optional(),
    dateOccurrence: z.number().int().min(1).optional(),
    capacity: Capacity,
    /**
     * The answer runs name, job title and unit together ("Jackie Colley Commissioning Manager
     * CYPD"): take the name and job title from the form's people table where it lists them.
     */
    roleFromTable: z.boolean().optional(),
  }),
  /** A signature: "Name (caption)" or "Name – Role" then a date, under one label. */
  z.object({ kind: z.literal('signature'), from: Key, capacity: Capacity, roleText: z.string().optional(), date: Key.optional() }),
  /** A table of people with name and position columns. */
  z.object({ kind: z.literal('table'), nameHeader: z.array(z.string()).min(1), roleHeader: z.array(z.string()).min(1), capacity: Capacity }),
  /** An unlabelled sign-off at the end of the form: a known person's name, role and date. */
  z.object({ kind: z.literal('closing-signature'), capacity: Capacity }),
]);
export type PeopleRule = z.infer<typeof PeopleRule>;

const Characteristic = z.enum(CHARACTERISTICS);
const Group = z.enum(IMPACT_GROUPS).nullable();

const ImpactRule = z.discriminatedUnion('kind', [
  /** One table row per characteristic; the row label is an anchor; value columns follow it. */
  z.object({
    kind: z.literal('rows'),
    rows: z.array(z.object({ from: Key, characteristic: Characteristic.optional() })).min(1),
    /** Columns right of the row label: promote-equality text, then adverse-impact text. */
    rating: z.literal('two-column'),
    group: Group.optional(),
  }),
  /** One block of questions per characteristic (header, yes/no, details, mitigation, owner). */
  z.object({
    kind: z.literal('question-blocks'),
    blocks: z.array(z.object({ from: Key, characteristic: Characteristic.optional() })).min(1),
    answer: Key,
    narrative: Key,
    mitigation: Key.optional(),
    owner: Key.optional(),
  }),
  /** A grid: characteristic rows × proposals, with a column of codes and a column of statements. */
  z.object({
    kind: z.literal('coded-grid'),
    table: z.array(z.string()).min(1),
    group: Group,
    /** Split codes and statements by proposal number ("1. PN", "2. N"). */
    proposals: z.boolean(),
    /** Header words of the code column, the statement column and (optional) an extra narrative column. */
    codeHeader: z.array(z.string()).min(1),
    narrativeHeader: z.array(z.string()).min(1),
    extraNarrativeHeader: z.array(z.string()).optional(),
    /** The grid is the first one after this label (forms with two similar grids). */
    after: Key.optional(),
  }),
  /** One free-text answer that rates all groups (or one characteristic) at once. */
  z.object({ kind: z.literal('statement'), from: Key, characteristic: Characteristic, rating: z.enum(RATINGS).optional(), label: z.string() }),
  /** A table of proposals with a worded assessment each (one `all` impact per proposal). */
  z.object({
    kind: z.literal('proposal-table'),
    proposalHeader: z.array(z.string()).min(1),
    ratingHeader: z.array(z.string()).min(1),
    narrativeHeader: z.array(z.string()).min(1),
  }),
]);
export type ImpactRule = z.infer<typeof ImpactRule>;

const ActionRule = z.object({
  /** Header words of each column; a table whose header matches enough of them is the plan. */
  columns: z.object({
    issue: z.array(z.string()).optional(),
    action: z.array(z.string()).optional(),
    milestone: z.array(z.string()).optional(),
    owner: z.array(z.string()).optional(),
    due: z.array(z.string()).optional(),
  }),
});

const OutcomeRule = z.object({
  /** The label of the completion statement: its options are the rows of the table after it. */
  from: Key,
});

export const TemplateDefinition = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Bump when the template's rules change: re-runs compare records by extractor version. */
  version: z.string().min(1),
  name: z.string(),
  /** The issuing body, when the template implies it. */
  organisation: z.string().nullable(),
  detect: z.object({
    /** Phrases printed on this form (and rarely elsewhere). */
    keywords: z.array(z.string()).min(2),
    /** Phrases that show a document is some other council's form. */
    exclusions: z.array(z.string()).optional(),
  }),
  /** Labels that start a new EIA when a file bundles several. */
  start: z.array(Key).min(1),
  labels: z.array(LabelSpec).min(1),
  fields: z.array(FieldRule),
  /**
   * A question answered by marking one of several options (Kent's "Type of Activity": each
   * option a row answered "No" except the one chosen): the chosen option's wording.
   */
  choices: z.array(z.object({ to: z.enum(EIA_SCALAR_FIELDS), options: z.array(Key).min(2) })).optional(),
  people: z.array(PeopleRule),
  impacts: z.array(ImpactRule),
  actions: ActionRule.optional(),
  outcome: OutcomeRule.optional(),
  /** Paragraphs that are never part of an answer ("Not Applicable", guidance notes). */
  boilerplate: z.array(z.string()).optional(),
  /** Where the form has no assessment date: take the date of the first person in this capacity. */
  assessmentDateFrom: Capacity.optional(),
});
export type TemplateDefinition = z.infer<typeof TemplateDefinition>;

/** Validates a template and checks that every rule points at a declared label. */
export function parseTemplate(value: unknown): TemplateDefinition {
  const t = TemplateDefinition.parse(value);
  const keys = new Set<string>();
  for (const l of t.labels) {
    if (keys.has(l.key)) throw new Error(`template ${t.id}: label key "${l.key}" declared twice`);
    keys.add(l.key);
  }
  const need = (key: string | undefined, where: string): void => {
    if (key !== undefined && !keys.has(key)) throw new Error(`template ${t.id}: ${where} refers to unknown label "${key}"`);
  };
  t.start.forEach((k) => need(k, 'start'));
  t.fields.forEach((f) => need(f.from, `field ${f.to}`));
  t.choices?.forEach((c) => c.options.forEach((o) => need(o, `choice ${c.to}`)));
  for (const p of t.people) {
    if (p.kind === 'list' || p.kind === 'signature') need(p.from, `people (${p.kind})`);
    if (p.kind === 'signature') need(p.date, 'people (signature date)');
    if (p.kind === 'fields') [p.name, p.role, p.date].forEach((k) => need(k, 'people (fields)'));
  }
  for (const i of t.impacts) {
    if (i.kind === 'rows') i.rows.forEach((r) => need(r.from, 'impact row'));
    if (i.kind === 'question-blocks') {
      i.blocks.forEach((b) => need(b.from, 'impact block'));
      [i.answer, i.narrative, i.mitigation, i.owner].forEach((k) => need(k, 'impact block field'));
    }
    if (i.kind === 'statement') need(i.from, 'impact statement');
    if (i.kind === 'coded-grid') need(i.after, 'impact grid');
  }
  need(t.outcome?.from, 'outcome');
  return t;
}
