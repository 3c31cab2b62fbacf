/**
 * Writes a synthetic EIA's answers (synthContent.ts) on a drawn form (synthShape.ts) as the
 * text a converter or export would give, and the record a labeller following
 * shared/corpus/LABELLING.md ("Other organisations' forms") would expect from it: the rating
 * the checked column or written word gives, guidance never part of an answer, people from the
 * sign-off with the job title written beside the name.
 */
import type { Random } from '../variants/seededRandom.js';
import { writeDate, type Rating, type SynthContent, type SynthImpact } from './synthContent.js';
import type { FormShape } from './synthShape.js';
import { renderTable, wrap, type LayoutOptions, type TableRendering } from './synthTable.js';
import { headerAuthor, signOffParts } from './synthSignOff.js';
import { outcomeLines } from './synthOutcome.js';
import { sectionImpactLines, sectionRating } from './synthSections.js';

export interface SynthDocument {
  text: string;
  /** `{ records: [ { template: 'generic', eia } ] }`, as the labelled corpus writes it. */
  expected: unknown;
}

/** How a text rendering writes its tables ('lines' writes none; 'word' is renderSynthHtml's). */
function tableRendering(shape: FormShape): TableRendering {
  const r = shape.rendering;
  return r === 'pipe' || r === 'tabs' || r === 'antiword' || r === 'pandoc' ? r : 'layout';
}

export const GUIDANCE = {
  purpose: ['(Include its main purpose, aims, objectives and projected outcomes.)', 'Please describe the aims and the outcomes it is expected to achieve.'],
  consultation: ['(Who did you engage with, when and how? Summarise what they told you.)', 'Give details of any engagement with people affected.'],
};

/**
 * What the grid shows for a finding, and the rating a labeller reads back from it. `variant`
 * picks among equivalent showings (which level an adverse finding is ticked at).
 */
export function shown(shape: FormShape, rating: Rating, variant = 0): { columns: string[]; cells: string[]; word: string; expected: Rating } {
  if (shape.grid === 'yes-no') {
    const answer = rating === 'negative' || rating === 'both' ? 0 : rating === 'unknown' ? 2 : 1;
    const columns = ['Yes', 'No', "Don't know"];
    return { columns, cells: columns.map((_, i) => (i === answer ? shape.mark : '')), word: columns[answer]!, expected: (['negative', 'neutral', 'unknown'] as const)[answer]! };
  }
  if (shape.grid === 'marks') {
    const columns = ['Positive', 'Negative', 'Neutral'];
    const checked = rating === 'both' ? [0, 1] : rating === 'positive' ? [0] : rating === 'negative' ? [1] : [2];
    return { columns, cells: columns.map((_, i) => (checked.includes(i) ? shape.mark : '')), word: checked.map((i) => columns[i]).join(' and '), expected: rating === 'unknown' ? 'neutral' : rating };
  }
  if (shape.grid === 'levels') {
    // Adverse impact only: a positive or unknown finding has no level, so its row is ticked None.
    const columns = ['High', 'Medium', 'Low', 'None'];
    const checked = rating === 'both' ? 0 : rating === 'negative' ? 1 + (variant % 2) : 3;
    return { columns, cells: columns.map((_, i) => (i === checked ? shape.mark : '')), word: columns[checked]!, expected: checked < 3 ? 'negative' : 'neutral' };
  }
  if (shape.grid === 'two-yes-no') {
    const [yes, no] = shape.mark === 'x' || shape.mark === 'X' ? ['Y', 'N'] : ['Yes', 'No'];
    const positive = rating === 'positive' || rating === 'both';
    const negative = rating === 'negative' || rating === 'both';
    return {
      columns: ['Positive impact? (Y/N)', 'Negative impact? (Y/N)'],
      cells: [positive ? yes : no, negative ? yes : no],
      word: '',
      expected: positive && negative ? 'both' : positive ? 'positive' : negative ? 'negative' : 'neutral',
    };
  }
  if (shape.grid === 'answer-column') {
    const word = rating === 'negative' || rating === 'both' ? 'Yes' : rating === 'unknown' ? 'Not sure' : 'No';
    return { columns: ['Could this have a negative impact? (Yes / No)'], cells: [word], word, expected: word === 'Yes' ? 'negative' : word === 'No' ? 'neutral' : 'unknown' };
  }
  if (shape.grid === 'two-text') {
    // Text, not marks: the finding goes in the column of its direction (texts() fills them in).
    return { columns: ['Positive impact', 'Negative impact'], cells: ['', ''], word: '', expected: rating === 'unknown' ? 'neutral' : rating };
  }
  const word = { positive: 'Positive', negative: 'Negative', both: 'Positive and negative', neutral: 'Neutral', unknown: 'Not known' }[rating];
  return { columns: ['Impact'], cells: [word], word, expected: rating };
}

/** Grids whose findings are ticks in columns, which a form may head on two rows. */
export const TICKED: readonly FormShape['grid'][] = ['marks', 'yes-no', 'levels'];

/** A grid's header: one row, or (ticked columns) a title row over the columns' own. */
export function headerRows(shape: FormShape, header: string[]): string[][] {
  if (!shape.twoRowHeader || !TICKED.includes(shape.grid)) return [header];
  const ticks = shown(shape, 'neutral').columns.length;
  const title = { marks: 'Impact', levels: 'Level of adverse impact' }[shape.grid as string] ?? 'Negative impact?';
  return [
    [header[0]!, title, ...Array.from({ length: ticks - 1 }, () => ''), ...header.slice(1 + ticks)],
    ['', ...header.slice(1, 1 + ticks), ...header.slice(1 + ticks).map(() => '')],
  ];
}

/** A row's label as the form prints it, with its guidance where the form gives some. */
export function rowLabel(shape: FormShape, label: string): string {
  return shape.rowGuidance ? `${label} – consider the effect on people of this group` : label;
}

/** The grid's column titles after the characteristic's. */
export function gridTitles(shape: FormShape): string[] {
  if (shape.grid === 'two-text') return shown(shape, 'neutral').columns;
  return [...shown(shape, 'neutral').columns, 'Explanation and evidence', ...(shape.mitigationColumn ? ['Mitigation'] : [])];
}

/** The row's cells after its label: its marks or word, then its text columns. */
export function rowCells(shape: FormShape, i: SynthImpact): string[] {
  if (shape.grid === 'two-text') return twoText(i);
  return [...shown(shape, i.rating, i.label.length).cells, i.narrative ?? '', ...(shape.mitigationColumn ? [i.mitigation ?? ''] : [])];
}

/** A finding in a two-column grid: positive text, negative text, or "no adverse impact" in the negative column. */
function twoText(i: SynthImpact): [string, string] {
  if (i.rating === 'positive') return [i.narrative ?? 'Some people will benefit from the change.', ''];
  if (i.rating === 'negative') return ['', i.narrative ?? 'Some people who rely on the current service may lose out.'];
  if (i.rating === 'both') return [i.narrative ?? 'Some people will benefit from the change.', 'Some people who rely on the current service may lose out.'];
  return ['', 'No known adverse impact.'];
}

/** The narrative a labeller reads from the row: the text columns joined (eia-model.md). */
function narrativeOf(shape: FormShape, i: SynthImpact): string | null {
  if (shape.grid !== 'two-text') return i.narrative;
  return twoText(i).filter(Boolean).join('\n\n') || null;
}

export function gridQuestion(shape: FormShape): string {
  if (shape.grid === 'yes-no') return 'Could the proposal have a negative impact on people with this characteristic?';
  if (shape.grid === 'marks') return 'What impact will the proposal have on each group? Tick one.';
  if (shape.grid === 'two-text') return 'Describe any positive impact and any negative impact on each group.';
  if (shape.grid === 'answer-column') return 'Assess the proposal against each protected characteristic.';
  if (shape.grid === 'levels') return 'What is the level of any adverse impact on each group? Tick one box.';
  if (shape.grid === 'two-yes-no') return 'Is there a positive or a negative impact on people with this characteristic?';
  return 'Describe the likely impact on each group (positive, negative, neutral or not known).';
}

function gridLines(shape: FormShape, impacts: readonly SynthImpact[], layout: LayoutOptions): string[] {
  const question = gridQuestion(shape);
  if (shape.rendering === 'lines') {
    return impacts.flatMap((i) => {
      const s = shown(shape, i.rating, i.label.length);
      const box = shape.mark === '■' || shape.mark === '☒' ? shape.mark : '☒';
      if (shape.grid === 'two-text') {
        const [pos, neg] = twoText(i);
        return [rowLabel(shape, i.label), `Positive impact: ${pos || 'None'}`, `Negative impact: ${neg || 'None'}`, ''];
      }
      const boxes = `${s.columns.map((c, k) => `${c} ${s.cells[k] ? box : '☐'}`).join(' ')}`;
      const rating = shape.grid === 'two-yes-no'
        ? [`Positive impact? ${s.cells[0]}`, `Negative impact? ${s.cells[1]}`]
        : shape.grid === 'marks' ? [`Impact: ${boxes}`]
        : shape.grid === 'levels' ? [`Level of adverse impact: ${boxes}`]
        : shape.grid === 'yes-no' || shape.grid === 'answer-column' ? [`Potential for negative impact? ${s.word}`] : [`Impact: ${s.word}`];
      return [rowLabel(shape, i.label), ...rating, ...(i.narrative ? [`Explanation: ${i.narrative}`] : []), ...(shape.mitigationColumn && i.mitigation ? [`Mitigation: ${i.mitigation}`] : []), ''];
    });
  }
  const header = [shape.rowsTitle, ...gridTitles(shape)];
  const rows = impacts.map((i) => [rowLabel(shape, i.label), ...rowCells(shape, i)]);
  return [question, '', ...renderTable([...headerRows(shape, header), ...rows], tableRendering(shape), layout)];
}

function fieldLines(shape: FormShape, fields: ReadonlyArray<{ label: string; guidance?: string; answer: string }>, layout: LayoutOptions): string[] {
  if (shape.rendering === 'lines') {
    return fields.flatMap((f) => (f.guidance || f.label.endsWith('?') ? [f.label, ...(f.guidance ? [f.guidance] : []), f.answer, ''] : [`${f.label}: ${f.answer}`]));
  }
  if (shape.rendering === 'pipe' && shape.stacked) {
    // A committee site's rendering of a form whose answers sit below their labels.
    return fields.flatMap((f, i) => [`| ${f.label} |`, ...(f.guidance ? [`| ${f.guidance} |`] : []), `| ${f.answer} |`, ...(i % 2 === 1 ? ['|  |  |'] : [])]);
  }
  const rows = fields.map((f) => [f.guidance ? `${f.label} ${f.guidance}` : f.label, f.answer]);
  return renderTable(rows, tableRendering(shape), { ...layout, maxWidth: Math.max(layout.maxWidth, 40) });
}

export function renderSynthForm(content: SynthContent, shape: FormShape, random: Random): SynthDocument {
  const layout: LayoutOptions = { maxWidth: random.int(24, 40), gap: random.int(2, 5), indent: random.int(0, 3), centre: random.next() < 0.7 };
  const date = (iso: string): string => writeDate(iso, shape.dateStyle);
  const guidance = (kind: keyof typeof GUIDANCE): string | undefined => (shape.guidance ? random.pick(GUIDANCE[kind]) : undefined);
  const lines: string[] = [content.organisation, shape.heading, '', 'Section 1: About the proposal', ''];
  lines.push(...fieldLines(shape, [
    { label: shape.labels.title, answer: content.title },
    { label: shape.labels.directorate, answer: content.directorate },
    { label: shape.labels.service, answer: content.service },
    { label: shape.labels.date, answer: date(content.assessmentDate) },
    ...[headerAuthor(content, shape, random)].filter((f) => f !== null),
    { label: shape.labels.purpose, guidance: guidance('purpose'), answer: content.purpose },
    { label: shape.labels.consultation, guidance: guidance('consultation'), answer: content.consultation },
  ], layout));
  lines.push('', 'Section 2: Impact on people with protected characteristics', '', ...(shape.sections ? sectionImpactLines(shape, content.impacts) : gridLines(shape, content.impacts, layout)));
  lines.push('', 'Section 3: Action plan', '');
  if (shape.rendering === 'lines') {
    lines.push(...content.actions.flatMap((a, i) => [`Action ${i + 1}: ${a.action}`, `Lead officer: ${a.owner}`, `Timescale: ${a.due}`, '']));
  } else {
    lines.push(...renderTable([['Action', 'Lead officer', 'Timescale'], ...content.actions.map((a) => [a.action, a.owner, a.due])], tableRendering(shape), layout));
  }
  if (shape.outcome) lines.push('', `Section 4: ${shape.outcome.heading}`, ...outcomeLines(shape.outcome, shape.mark).lines);
  lines.push('', `Section ${shape.outcome ? 5 : 4}: Sign-off`, '');
  for (const part of signOffParts(content, shape, random)) {
    if ('table' in part) lines.push(...renderTable(part.table, tableRendering(shape), layout), '');
    else if ('lines' in part) lines.push(...part.lines, '');
    else {
      lines.push(shape.rendering === 'pipe' ? `| ${part.caption} |` : part.caption);
      lines.push(...(shape.rendering === 'lines' ? part.rows.map(([label, answer]) => `${label}:${answer ? ` ${answer}` : ''}`) : renderTable(part.rows, tableRendering(shape), layout)), '');
    }
  }
  const expected = expectedOf(content, shape);
  // A plain-text export of a PDF keeps the page's line breaks: long answers come wrapped.
  const wrapped = shape.rendering === 'lines' && shape.wrap ? lines.flatMap((l) => (l.length > shape.wrap! ? wrap(l, shape.wrap!) : [l])) : lines;
  return { text: `${(shape.pages ? paginate(wrapped, content.organisation, shape.heading, random) : wrapped).join('\n')}\n`, expected };
}

/**
 * The form cut into pages as a PDF export prints it: a break before some sections, each page
 * headed with the form's name and footed with "Page N of M", pages joined by form feeds.
 */
function paginate(lines: readonly string[], organisation: string, heading: string, random: Random): string[] {
  const pages: string[][] = [[]];
  for (const line of lines) {
    if (/^Section [2-4]:/.test(line) && pages[pages.length - 1]!.length > 0 && random.next() < 0.7) pages.push([]);
    pages[pages.length - 1]!.push(line);
  }
  const footer = random.next() < 0.5 ? `${organisation} – ${heading}` : 'OFFICIAL';
  return pages.flatMap((page, i) => [...(i > 0 ? [`\f${heading}`, ''] : []), ...page, '', `${footer}    Page ${i + 1} of ${pages.length}`]);
}

/** The record a labeller would write for `content` on `shape` (LABELLING.md, "Other organisations' forms"). */
export function expectedOf(content: SynthContent, shape: FormShape): unknown {
  const eia = {
    title: content.title,
    organisation: content.organisation,
    directorate: content.directorate,
    service: content.service,
    activityType: null,
    assessmentDate: content.assessmentDate,
    // An author named in the opening section has no date of their own there.
    people: content.people.map((p) => ({ name: p.name, role: p.role, capacity: p.capacity, date: shape.authorInHeader && p.capacity === 'author' ? null : p.date })),
    purpose: content.purpose,
    scope: null,
    consultation: content.consultation,
    impacts: content.impacts.map((i) => ({
      characteristic: i.characteristic, label: i.label, group: null, subgroup: null, proposal: null,
      ...(shape.sections
        ? { rating: sectionRating(shape, i.rating), narrative: i.narrative, mitigation: shape.mitigationColumn ? i.mitigation : null }
        : { rating: shown(shape, i.rating, i.label.length).expected, narrative: narrativeOf(shape, i), mitigation: shape.mitigationColumn && shape.grid !== 'two-text' ? i.mitigation : null }),
      owner: null,
    })),
    actions: content.actions.map((a) => ({ issue: null, action: a.action, milestone: null, owner: a.owner, due: a.due })),
    outcome: shape.outcome ? outcomeLines(shape.outcome, shape.mark).expected : null,
    sections: [],
  };
  return { records: [{ template: 'generic', eia }] };
}
