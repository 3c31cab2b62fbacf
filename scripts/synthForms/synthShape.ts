/**
 * The form a synthetic EIA is written on, drawn dimension by dimension so that each choice
 * meets every other: how its text was rendered, the kind of impact grid, the characteristics
 * it lists, the tick glyph, the wording of its labels, whether guidance is printed under
 * them, and how it is signed off. These are the shapes issue #9 lists for real forms.
 */
import type { Random } from '../variants/seededRandom.js';
import { CHARACTERISTICS, EXTRAS } from './synthContent.js';
import { drawOutcome, type OutcomeShape } from './synthOutcome.js';

/**
 * word: a Word document (saved by LibreOffice from HTML), read both as .docx and as its PDF;
 * antiword, pandoc: text whose tables are framed in `|` borders (synthTable.ts).
 */
export type Rendering = 'pipe' | 'tabs' | 'layout' | 'lines' | 'word' | 'antiword' | 'pandoc';
export const TEXT_RENDERINGS: readonly Rendering[] = ['pipe', 'tabs', 'layout', 'lines', 'antiword', 'pandoc'];
/**
 * yes-no: "could it have a negative impact?" Yes / No / Don't know; marks: Positive / Negative /
 * Neutral columns; word: one impact column in words; two-text: a "Positive impact" and a
 * "Negative impact" column of text (the two-column rule of eia-model.md); answer-column: one
 * "Could this have a negative impact? (Yes / No)" column answered in words; levels: High /
 * Medium / Low / None columns of adverse impact, ticked; two-yes-no: a "Positive impact?" and a
 * "Negative impact?" column, each answered Y or N.
 */
export type GridKind = 'yes-no' | 'marks' | 'word' | 'two-text' | 'answer-column' | 'levels' | 'two-yes-no';
export const GRID_KINDS: readonly GridKind[] = ['yes-no', 'marks', 'word', 'two-text', 'answer-column', 'levels', 'two-yes-no'];
export type Strands = 'act' | 'act-extras' | 'older' | 's75';

export interface FormShape {
  rendering: Rendering;
  grid: GridKind;
  strands: Strands;
  /** The glyph a checked box becomes in the text. */
  mark: string;
  /** Whether the grid has a mitigation column (or line). */
  mitigationColumn: boolean;
  /** A grid of ticked columns headed on two rows: "Impact" over "Positive | Negative | Neutral". */
  twoRowHeader: boolean;
  /** Row labels followed by the form's guidance ("Age – consider young and older people"). */
  rowGuidance: boolean;
  /** 'lines' rendering: the width (characters) a plain-text export wrapped its lines at, or null for none. */
  wrap: number | null;
  /** Whether guidance is printed under the purpose and consultation labels. */
  guidance: boolean;
  /**
   * table: capacities down the side; lines: a label a line; inline: "Completed by: Name (Job
   * title)"; blocks: a caption alone ("Officer completing the assessment") over Name, Job
   * title, an unsigned Signature and Date, each a label of its own; columns: a table with a
   * column per signer under its caption, Name / Job title / Date down the side.
   */
  signOff: 'table' | 'lines' | 'inline' | 'blocks' | 'columns';
  /** Email and telephone lines in each signer's block ('lines' and 'blocks' sign-offs). */
  contacts: boolean;
  /** The author named in the first section ("Lead officer: Name, Job title"), the sign-off holding only the approver. */
  authorInHeader: boolean;
  /** The grid's first column title ("Protected characteristic", "Equality group"). */
  rowsTitle: string;
  /** '|' renderings: labels and answers on rows of their own, with empty '|  |' rows between (committee sites). */
  stacked: boolean;
  /** Page breaks (form feeds) before some sections, each page with a running header and a "Page N of M" footer. */
  pages: boolean;
  /** 0: 12/03/2024, 1: 12 March 2024, 2: 12.03.2024 */
  dateStyle: number;
  heading: string;
  labels: { title: string; directorate: string; service: string; date: string; purpose: string; consultation: string };
  /** Impacts asked a characteristic at a time under headings of their own, not in a grid (text renderings). */
  sections: boolean;
  /** The conclusion the form asks for at its end, or null for a form that asks none (text renderings). */
  outcome: OutcomeShape | null;
  /** The rows the grid lists, as the form words them. */
  rows: Array<{ id: string; label: string }>;
}

const MARKS = ['X', 'x', '✓', '✔', '☒', '■', 'P', 'ü'];
const HEADINGS = ['Equality Impact Assessment', 'Equality Analysis', 'EIA Screening Form', 'Equality and Human Rights Impact Assessment (EHRIA)', 'Equality Impact Assessment – Initial Screening'];
const TITLE_LABELS = ['Name of policy', 'Title of EIA', 'Proposal being screened', 'What is being assessed?', 'Name of the policy, strategy or project'];
const DIRECTORATE_LABELS = ['Directorate', 'Department'];
const SERVICE_LABELS = ['Service area', 'Service', 'Team'];
const DATE_LABELS = ['Date of assessment', 'Date completed', 'Date of screening'];
const PURPOSE_LABELS = ['Purpose of the proposal', 'What are the aims and objectives?', 'Describe the proposal', 'Brief description of the policy'];
const CONSULTATION_LABELS = ['What consultation has been undertaken?', 'Engagement and consultation', 'Who have you consulted?'];

const OLDER: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'race', label: 'Race' }, { id: 'sex', label: 'Gender' }, { id: 'disability', label: 'Disability' },
  { id: 'age', label: 'Age' }, { id: 'religion-belief', label: 'Religion or belief' }, { id: 'sexual-orientation', label: 'Sexual orientation' },
];
const S75: ReadonlyArray<{ id: string; label: string }> = [
  { id: 'religion-belief', label: 'Religious belief' }, { id: 'other', label: 'Political opinion' }, { id: 'race', label: 'Racial group' },
  { id: 'age', label: 'Age' }, { id: 'marriage-civil-partnership', label: 'Marital status' }, { id: 'sexual-orientation', label: 'Sexual orientation' },
  { id: 'sex', label: 'Men and women generally' }, { id: 'disability', label: 'Disability' }, { id: 'carers', label: 'Dependants' },
];

function drawRows(random: Random, strands: Strands): Array<{ id: string; label: string }> {
  if (strands === 'older') return [...OLDER];
  if (strands === 's75') return [...S75];
  const act = CHARACTERISTICS.map((c) => ({ id: c.id, label: random.pick(c.wordings) }));
  if (strands === 'act') return act;
  return [...act, ...random.shuffle(EXTRAS).slice(0, random.int(1, 3)).map((e) => ({ id: e.id, label: random.pick(e.wordings) }))];
}

export function drawShape(random: Random, renderings: readonly Rendering[] = TEXT_RENDERINGS): FormShape {
  const strands = random.pick<Strands>(['act', 'act-extras', 'older', 's75']);
  const shape: FormShape = {
    rendering: random.pick(renderings),
    grid: random.pick(GRID_KINDS),
    twoRowHeader: random.next() < 0.5,
    rowGuidance: random.next() < 0.3,
    wrap: random.next() < 0.5 ? random.int(60, 90) : null,
    strands,
    mark: random.pick(MARKS),
    mitigationColumn: random.next() < 0.5,
    guidance: random.next() < 0.6,
    signOff: random.pick(['table', 'lines', 'inline', 'blocks', 'columns'] as const),
    contacts: random.next() < 0.4,
    authorInHeader: random.next() < 0.25,
    rowsTitle: random.pick(['Protected characteristic', 'Equality group', 'Characteristic', 'Protected group', 'Equality strand', 'Group affected']),
    stacked: random.next() < 0.5,
    pages: random.next() < 0.5,
    dateStyle: random.int(0, 2),
    heading: random.pick(HEADINGS),
    labels: {
      title: random.pick(TITLE_LABELS),
      directorate: random.pick(DIRECTORATE_LABELS),
      service: random.pick(SERVICE_LABELS),
      date: random.pick(DATE_LABELS),
      purpose: random.pick(PURPOSE_LABELS),
      consultation: random.pick(CONSULTATION_LABELS),
    },
    rows: drawRows(random, strands).map((r) => ({ ...r, label: r.label })),
    sections: false,
    outcome: null,
  };
  // The HTML rendering (renderSynthHtml.ts) writes grids and no conclusion.
  if (shape.rendering !== 'word') {
    shape.sections = random.next() < 0.2;
    shape.outcome = random.next() < 0.6 ? drawOutcome(random) : null;
  }
  return shape;
}
