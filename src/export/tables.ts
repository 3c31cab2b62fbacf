/**
 * The one table definition every export format writes: tables, their columns (stable
 * snake_case names, a type, a description, the model field a column carries) and how a
 * record becomes rows. A new format reads TABLES and `tableRows`; the data dictionary
 * (datapackage.json, the xlsx "columns" sheet) is generated from the same list.
 */
import { z } from 'zod';
import { Action, Eia, Impact, Person, Section } from '../model/record.js';
import type { ExportItem } from './exportItem.js';
import { proposalTexts } from './proposalTexts.js';
import { ADVERSE_RATINGS } from './adverse.js';

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'datetime';
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface Column {
  name: string;
  type: ColumnType;
  description: string;
  /** The model field this column carries (its enum and nullability come from the zod schema). */
  model?: { schema: z.ZodObject; field: string };
  /** Never empty. */
  required?: boolean;
  enum?: readonly string[];
  pattern?: string;
}

export interface Table {
  name: string;
  description: string;
  columns: Column[];
  primaryKey: string[];
  foreignKeys: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
}

const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const col = (name: string, type: ColumnType, description: string, extra: Partial<Column> = {}): Column => ({ name, type, description, ...extra });
const fromModel = (schema: z.ZodObject, field: string, name: string, type: ColumnType, description: string): Column => {
  const extra: Partial<Column> = { model: { schema, field } };
  if (field === 'date' || field === 'assessmentDate') extra.pattern = PARTIAL_DATE;
  return col(name, type, description, extra);
};

/** Every row's key and provenance: which record (file and index), which EIA, where it came from, how sure. */
const RECORD_ID = col('record_id', 'string', 'the record: content sha256 of the file, a colon, and the EIA\'s index in that file', { required: true });
const EIA_ID = col('eia_id', 'string', 'the EIA: every file holding the same assessment (PDF, Word, text, scan) shares it', { required: true });
const provenance = (what: string): Column[] => [
  col('source_file', 'string', 'path of the file the value was read from', { required: true }),
  col('page', 'integer', `page (1-based) ${what} is on; empty for formats without pages`),
  col('extractor_version', 'string', 'version of the extractor that read it', { required: true }),
  col('confidence', 'number', `probability that ${what} is right (1 = a reviewer's correction)`),
  col('review_status', 'string', 'auto (every field confident), needs-review, or reviewed (a reviewer corrected it)', { required: true, enum: ['auto', 'needs-review', 'reviewed'] }),
];
const position = col('position', 'integer', 'order in the document, from 0', { required: true });

export const TABLES: readonly Table[] = [
  {
    name: 'eias',
    description: 'one row per EIA (with --all-copies: per file holding one)',
    primaryKey: ['record_id'],
    foreignKeys: [],
    columns: [
      RECORD_ID, EIA_ID,
      col('series_id', 'string', 'the assessed policy: re-issues (draft, final, a later review) share it, each its own EIA', { required: true }),
      col('version', 'integer', 'version within the series, 1 = earliest assessment date', { required: true }),
      col('canonical', 'boolean', 'whether this record is the EIA\'s chosen copy (reviewed, then most confident, then newest)', { required: true }),
      col('copies', 'integer', 'files holding this EIA', { required: true }),
      col('sha256', 'string', 'content sha256 of the file', { required: true }),
      col('index_in_file', 'integer', 'which EIA of the file (a bundle holds several), from 0', { required: true }),
      col('format', 'string', 'file format', { required: true }),
      col('pages', 'integer', 'pages in the file'),
      col('template', 'string', 'the form it was read as (generic = unknown form)', { required: true }),
      col('template_confidence', 'number', 'probability the template is right', { required: true }),
      fromModel(Eia, 'title', 'title', 'string', 'the policy, service or proposal assessed'),
      fromModel(Eia, 'organisation', 'organisation', 'string', 'the public body'),
      fromModel(Eia, 'directorate', 'directorate', 'string', 'directorate or department'),
      fromModel(Eia, 'service', 'service', 'string', 'service or team'),
      fromModel(Eia, 'activityType', 'activity_type', 'string', 'kind of activity (policy, service change, budget...)'),
      fromModel(Eia, 'assessmentDate', 'assessment_date', 'string', 'date of the assessment, ISO 8601 (YYYY-MM-DD, or YYYY-MM / YYYY when the form gives no more)'),
      col('assessment_year', 'integer', 'year of the assessment'),
      fromModel(Eia, 'purpose', 'purpose', 'string', 'what the proposal is for'),
      fromModel(Eia, 'scope', 'scope', 'string', 'who and what it covers'),
      fromModel(Eia, 'consultation', 'consultation', 'string', 'consultation and engagement done'),
      fromModel(Eia, 'outcome', 'outcome', 'string', 'the assessment\'s conclusion'),
      col('people_count', 'integer', 'rows in people', { required: true }),
      col('impacts_count', 'integer', 'rows in impacts', { required: true }),
      col('adverse_impacts_count', 'integer', 'impacts rated negative or both', { required: true }),
      col('actions_count', 'integer', 'rows in actions', { required: true }),
      col('sections_count', 'integer', 'rows in sections', { required: true }),
      col('confidence_min', 'number', 'lowest field confidence of the record'),
      ...provenance('the title').map((c) => (c.name === 'confidence' ? { ...c, description: 'mean field confidence of the record' } : c)),
    ],
  },
  {
    name: 'files',
    description: 'every file holding an exported EIA, canonical or not: how the copies link',
    primaryKey: ['record_id'],
    foreignKeys: [],
    columns: [
      RECORD_ID, EIA_ID,
      col('canonical', 'boolean', 'whether exports show this copy', { required: true }),
      col('sha256', 'string', 'content sha256 of the file', { required: true }),
      col('index_in_file', 'integer', 'which EIA of the file, from 0', { required: true }),
      col('format', 'string', 'file format', { required: true }),
      col('pages', 'integer', 'pages in the file'),
      col('template', 'string', 'the form it was read as', { required: true }),
      ...provenance('the record'),
    ],
  },
  {
    name: 'people',
    description: 'authors, approvers and others named on each EIA',
    primaryKey: ['record_id', 'position'],
    foreignKeys: [{ fields: ['record_id'], reference: { resource: 'eias', fields: ['record_id'] } }],
    columns: [
      RECORD_ID, EIA_ID, position,
      fromModel(Person, 'name', 'name', 'string', 'the person\'s name'),
      fromModel(Person, 'role', 'role', 'string', 'job title or role as written'),
      fromModel(Person, 'capacity', 'capacity', 'string', 'what they did on the assessment'),
      fromModel(Person, 'date', 'date', 'string', 'date they signed or approved, ISO 8601 (partial allowed)'),
      ...provenance('the person'),
    ],
  },
  {
    name: 'impacts',
    description: 'one row per rated impact: characteristic, rating, the proposal it is about',
    primaryKey: ['record_id', 'position'],
    foreignKeys: [{ fields: ['record_id'], reference: { resource: 'eias', fields: ['record_id'] } }],
    columns: [
      RECORD_ID, EIA_ID, position,
      fromModel(Impact, 'characteristic', 'characteristic', 'string', 'protected characteristic (or local extra)'),
      fromModel(Impact, 'label', 'label', 'string', 'the row\'s label as the form words it'),
      fromModel(Impact, 'rating', 'rating', 'string', 'the impact rating'),
      col('adverse', 'boolean', 'rating is negative or both (mixed)', { required: true }),
      fromModel(Impact, 'group', 'group', 'string', 'who is affected: service users or staff'),
      fromModel(Impact, 'subgroup', 'subgroup', 'string', 'a finer group (an age band, a condition)'),
      fromModel(Impact, 'proposal', 'proposal', 'integer', 'number of the proposal rated, where one table rates several'),
      col('proposal_text', 'string', 'the numbered proposal\'s own words, from the form'),
      fromModel(Impact, 'narrative', 'narrative', 'string', 'the form\'s explanation of the impact'),
      fromModel(Impact, 'mitigation', 'mitigation', 'string', 'what will reduce a negative impact'),
      fromModel(Impact, 'owner', 'owner', 'string', 'who owns the mitigation'),
      ...provenance('the rating'),
    ],
  },
  {
    name: 'actions',
    description: 'the action plan: one row per planned action',
    primaryKey: ['record_id', 'position'],
    foreignKeys: [{ fields: ['record_id'], reference: { resource: 'eias', fields: ['record_id'] } }],
    columns: [
      RECORD_ID, EIA_ID, position,
      fromModel(Action, 'issue', 'issue', 'string', 'the issue the action answers'),
      fromModel(Action, 'action', 'action', 'string', 'what will be done'),
      fromModel(Action, 'milestone', 'milestone', 'string', 'how progress is measured'),
      fromModel(Action, 'owner', 'owner', 'string', 'who does it'),
      fromModel(Action, 'due', 'due', 'string', 'when, as written'),
      ...provenance('the action'),
    ],
  },
  {
    name: 'sections',
    description: 'every question of the form with its answer text, as written',
    primaryKey: ['record_id', 'position'],
    foreignKeys: [{ fields: ['record_id'], reference: { resource: 'eias', fields: ['record_id'] } }],
    columns: [
      RECORD_ID, EIA_ID, position,
      fromModel(Section, 'ref', 'ref', 'string', 'the question\'s number on the form'),
      fromModel(Section, 'heading', 'heading', 'string', 'the question'),
      fromModel(Section, 'text', 'text', 'string', 'the answer'),
      ...provenance('the section'),
    ],
  },
];

export type TableName = 'eias' | 'files' | 'people' | 'impacts' | 'actions' | 'sections';
export const tableByName = (name: TableName): Table => TABLES.find((t) => t.name === name)!;

/** With every copy exported, an EIA has several rows in eias, so files point at the record. */
export function foreignKeysOf(table: Table, allCopies: boolean): Table['foreignKeys'] {
  if (table.name !== 'files') return table.foreignKeys;
  return allCopies
    ? [{ fields: ['record_id'], reference: { resource: 'eias', fields: ['record_id'] } }]
    : [{ fields: ['eia_id'], reference: { resource: 'eias', fields: ['eia_id'] } }];
}

const recordId = (i: ExportItem): string => `${i.record.document.sha256}:${i.record.document.indexInFile}`;

function provenanceCells(i: ExportItem, pointer: string, confidence?: number | null): Row {
  const r = i.record;
  return {
    source_file: r.document.file,
    page: r.provenance[pointer]?.page ?? null,
    extractor_version: `${r.extractor.name}@${r.extractor.version}`,
    confidence: confidence !== undefined ? confidence : (r.confidence[pointer] ?? null),
    review_status: r.review.status,
  };
}

function eiaRow(i: ExportItem, copies: number): Row {
  const r = i.record;
  const e = r.eia;
  const conf = Object.values(r.confidence);
  return {
    record_id: recordId(i), eia_id: i.link.eiaId, series_id: i.link.seriesId, version: i.link.version, canonical: i.link.canonical, copies,
    sha256: r.document.sha256, index_in_file: r.document.indexInFile, format: r.document.format, pages: r.document.pages,
    template: r.template.id, template_confidence: r.template.confidence,
    title: e.title, organisation: e.organisation, directorate: e.directorate, service: e.service, activity_type: e.activityType,
    assessment_date: e.assessmentDate, assessment_year: e.assessmentDate ? Number(e.assessmentDate.slice(0, 4)) : null,
    purpose: e.purpose, scope: e.scope, consultation: e.consultation, outcome: e.outcome,
    people_count: e.people.length, impacts_count: e.impacts.length,
    adverse_impacts_count: e.impacts.filter((m) => ADVERSE_RATINGS.includes(m.rating)).length,
    actions_count: e.actions.length, sections_count: e.sections.length,
    confidence_min: conf.length ? Math.min(...conf) : null,
    ...provenanceCells(i, '/title', conf.length ? conf.reduce((a, b) => a + b, 0) / conf.length : null),
  };
}

function fileRow(i: ExportItem): Row {
  const r = i.record;
  const conf = Object.values(r.confidence);
  return {
    record_id: recordId(i), eia_id: i.link.eiaId, canonical: i.link.canonical, sha256: r.document.sha256, index_in_file: r.document.indexInFile,
    format: r.document.format, pages: r.document.pages, template: r.template.id,
    ...provenanceCells(i, '/title', conf.length ? conf.reduce((a, b) => a + b, 0) / conf.length : null),
  };
}

/** The rows of every table for the exported items; `copies` are all files of those EIAs (for `files`). */
export function tableRows(items: readonly ExportItem[], copies: readonly ExportItem[]): Record<TableName, Row[]> {
  const copiesOf = new Map<string, number>();
  for (const c of copies) copiesOf.set(c.link.eiaId, (copiesOf.get(c.link.eiaId) ?? 0) + 1);
  const out: Record<TableName, Row[]> = { eias: [], files: [], people: [], impacts: [], actions: [], sections: [] };
  for (const i of items) {
    const base = { record_id: recordId(i), eia_id: i.link.eiaId };
    const e = i.record.eia;
    out.eias.push(eiaRow(i, copiesOf.get(i.link.eiaId) ?? 1));
    e.people.forEach((p, n) => out.people.push({ ...base, position: n, name: p.name, role: p.role, capacity: p.capacity, date: p.date, ...provenanceCells(i, `/people/${n}`) }));
    const proposals = proposalTexts(e);
    e.impacts.forEach((m, n) => {
      const pointer = i.record.confidence[`/impacts/${n}/rating`] !== undefined ? `/impacts/${n}/rating` : `/impacts/${n}`;
      out.impacts.push({
        ...base, position: n, characteristic: m.characteristic, label: m.label, rating: m.rating, adverse: ADVERSE_RATINGS.includes(m.rating),
        group: m.group, subgroup: m.subgroup, proposal: m.proposal, proposal_text: m.proposal === null ? null : (proposals.get(m.proposal) ?? null),
        narrative: m.narrative, mitigation: m.mitigation, owner: m.owner,
        ...provenanceCells(i, pointer),
        page: i.record.provenance[pointer]?.page ?? i.record.provenance[`/impacts/${n}`]?.page ?? null,
      });
    });
    e.actions.forEach((a, n) => out.actions.push({ ...base, position: n, issue: a.issue, action: a.action, milestone: a.milestone, owner: a.owner, due: a.due, ...provenanceCells(i, `/actions/${n}`) }));
    e.sections.forEach((s, n) => out.sections.push({ ...base, position: n, ref: s.ref, heading: s.heading, text: s.text, ...provenanceCells(i, `/sections/${n}`) }));
  }
  for (const c of copies) out.files.push(fileRow(c));
  return out;
}
