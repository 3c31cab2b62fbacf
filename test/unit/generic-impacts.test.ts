/**
 * Impact rows on unseen forms, rated by corpus/LABELLING.md's rules for other organisations'
 * forms: ticks by their column, "Potential for adverse impact?" Yes/No/Don't know,
 * Positive/Negative/None, Low/Medium/High, N/A everywhere, a row cut off by the end of the
 * text; in '|'-flattened tables, paragraph-per-cell text and real tables; questions asked
 * group by group; form-wide statements.
 */
import { describe, expect, it } from 'vitest';
import { finaliseLayout } from '../../src/convert/finaliseLayout.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { GenericExtractor } from '../../src/extract/generic/genericExtractor.js';
import { ColumnWords } from '../../src/extract/generic/impacts/columns.js';
import { subjectOf } from '../../src/extract/generic/impacts/questionBlocks.js';
import { rateRow } from '../../src/extract/generic/impacts/rateRow.js';
import { rowHeading, type ImpactRow } from '../../src/extract/generic/impacts/rows.js';
import type { Block, Layout } from '../../src/model/layout.js';
import type { Impact } from '../../src/model/record.js';
import { generic } from '../../extractors/generic.js';

const reader = new GenericExtractor(generic);
const words = new ColumnWords(generic.vocabulary);

async function impactsOf(text: string): Promise<Array<Pick<Impact, 'characteristic' | 'rating' | 'narrative'> & Partial<Impact>>> {
  const view = new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS));
  return reader.read(view).builder.eia.impacts;
}
const brief = (impacts: Array<Pick<Impact, 'characteristic' | 'rating' | 'narrative'>>) => impacts.map((i) => [i.characteristic, i.rating, i.narrative]);

/** A row of cells with no header: how rateRow sees a flattened row whose columns are unknown. */
const bareRow = (cells: string[], adverse = false): ImpactRow => ({
  label: 'Age', characteristic: 'age', cells: cells.map((text) => ({ text, column: null, piece: null })), cut: false, pieces: [], method: 'cells', group: null, adverse, inline: false,
});

describe('generic impact rows', () => {
  it('reads a row heading, not a sentence that names a group', () => {
    expect(rowHeading('Age[10]')).toBe('age');
    expect(rowHeading('Religion or belief:')).toBe('religion-belief');
    expect(rowHeading('Race (including ethnicity, colour and nationality)')).toBe('race');
    expect(rowHeading('Older people use the library in the mornings.')).toBeNull();
    expect(rowHeading('Mitigating actions for Age')).toBeNull();
  });

  it('rates "Potential for adverse impact?" answers, keeps mitigation apart, and leaves a cut row not-stated', async () => {
    const impacts = await impactsOf(
      'Equality Impact Assessment\nTitle of EIA[5] | Library hours |\nProtected characteristics | Describe the potential impact | Potential for adverse impact? | Actions to mitigate |\n' +
        'Age[10] | Older people use the library in the mornings. | Yes – fewer morning hours | Keep Tuesday mornings open |\n' +
        'Disability[11] | No specific impact identified. | No | |\nGender reassignment[12] | N/A | N/A | N/A |\n' +
        "Pregnancy and maternity[13] | Parents of young children may be affected. | Don't know | |\nRace[14] | Some communities use",
    );
    expect(brief(impacts as Impact[])).toEqual([
      ['age', 'negative', 'Older people use the library in the mornings.\n\nfewer morning hours'],
      ['disability', 'neutral', 'No specific impact identified.'],
      ['gender-reassignment', 'neutral', null],
      ['pregnancy-maternity', 'unknown', 'Parents of young children may be affected.'],
      ['race', 'not-stated', 'Some communities use'],
    ]);
    expect(impacts[0]!.mitigation).toBe('Keep Tuesday mornings open');
  });

  it('rates tick grids by the ticked column: Positive, Negative, None; both ticked → both; none ticked → not-stated', async () => {
    const impacts = await impactsOf(
      'Equality Impact Assessment\nProtected characteristic | Positive | Negative | None | Comments |\nAge | ☐ | ☒ | ☐ | Assisted collections needed |\nDisability | ☒ | ☒ | ☐ | Bigger bins |\nSex | ☐ | ☐ | ☒ | |\nReligion or belief | ☐ | ☐ | ☐ | |',
    );
    expect(brief(impacts as Impact[])).toEqual([
      ['age', 'negative', 'Assisted collections needed'],
      ['disability', 'both', 'Bigger bins'],
      ['sex', 'neutral', null],
      ['religion-belief', 'not-stated', null],
    ]);
  });

  it('reads Wingdings ticks ("P", "ü") by their column, not their letter', async () => {
    const impacts = await impactsOf('EQUALITY IMPACT ASSESSMENT\nGroup | Positive | Neutral | Negative | Evidence |\nAge | P | | | More sessions |\nDisability | | ü | | |\nRace | | | P | Fewer outreach workers |');
    expect(brief(impacts as Impact[])).toEqual([
      ['age', 'positive', 'More sessions'],
      ['disability', 'neutral', null],
      ['race', 'negative', 'Fewer outreach workers'],
    ]);
  });

  it('rates any level of adverse impact negative', async () => {
    const impacts = await impactsOf('Equality Impact Assessment\nGroup | Low | Medium | High | Reason |\nAge | | X | | Longer walks |\nRace | X | | | |\nSexual orientation | N/A | N/A | N/A | N/A |');
    expect(brief(impacts as Impact[])).toEqual([
      ['age', 'negative', 'Longer walks'],
      ['race', 'negative', null],
      ['sexual-orientation', 'neutral', null],
    ]);
    expect(rateRow(bareRow(['Medium – some older residents walk further']), words)).toMatchObject({ rating: 'negative', narrative: 'Medium – some older residents walk further' });
  });

  it('reads one paragraph per cell under an adverse-impact question', async () => {
    const impacts = await impactsOf('Equality Impact Assessment\n\nIs there potential for adverse impact on the following groups?\n\nAge\n\nYes – grants favour youth groups\n\nDisability\n\nNo\n\nReligion or belief\n\nNo');
    expect(brief(impacts as Impact[])).toEqual([
      ['age', 'negative', 'grants favour youth groups'],
      ['disability', 'neutral', null],
      ['religion-belief', 'neutral', null],
    ]);
  });

  it('does not rate a row it cannot read: ticks of unknown column, or words that only mention impacts', () => {
    expect(rateRow(bareRow(['X', 'Older people']), words)).toBeNull();
    expect(rateRow(bareRow(['Negative impacts and mitigating actions for Disability']), words)).toBeNull();
    expect(rateRow(bareRow(['No impact identified.']), words)).toMatchObject({ rating: 'neutral', method: 'words' });
  });

  it('reads rows of a real table with its header row', () => {
    const layout = tableLayout([
      ['Protected characteristic', 'Positive', 'Negative', 'Neutral', 'Details'],
      ['Age', '', '✓', '', 'Fewer buses for older people'],
      ['Disability', '✓', '', '', 'Step-free access'],
      ['Carers', '', '', '✓', ''],
    ]);
    const eia = reader.read(new DocumentView(layout)).builder.eia;
    expect(brief(eia.impacts)).toEqual([
      ['age', 'negative', 'Fewer buses for older people'],
      ['disability', 'positive', 'Step-free access'],
      ['carers', 'neutral', null],
    ]);
  });
});

describe('generic impact questions', () => {
  it('finds the group a question is about when it is named at the end', () => {
    expect(subjectOf('Are there negative impacts for Gender identity/transgender?')?.characteristic).toBe('gender-reassignment');
    expect(subjectOf('Responsible Officer for Mitigating Actions – Age')?.characteristic).toBe('age');
    expect(subjectOf('What is the aim of the policy?')).toBeNull();
  });

  it('rates groups asked about one at a time, with narrative, mitigation and owner from the labels about them', async () => {
    const impacts = await impactsOf(
      'Equality Impact Assessment\nAre there negative impacts for Age? | Yes |\nDetails of negative impacts for Age | Fewer evening buses |\nMitigating actions for Age | Community transport |\nResponsible officer for Age | Jane Smith - ST SC |\nAre there negative impacts for Race? | No |\nDetails of negative impacts for Race | Not Applicable |',
    );
    expect(impacts.map((i) => [i.characteristic, i.rating, i.narrative, i.mitigation, i.owner])).toEqual([
      ['age', 'negative', 'Fewer evening buses', 'Community transport', 'Jane Smith'],
      ['race', 'neutral', null, null, null],
    ]);
  });

  it('reads a form-wide question as one impact on all groups', async () => {
    const impacts = await impactsOf(
      'Stage 1: Equality Impact Assessment\n\n4. Will the policy have an impact (positive or negative) upon the lives of people who have protected characteristics?\n\nNo, the recommendations maintain the service.\n\nIf you answered yes, carry out a full assessment.',
    );
    expect(brief(impacts as Impact[])).toEqual([['all', 'neutral', 'No, the recommendations maintain the service.']]);
  });
});

/** A layout holding one table, as the Word and PDF converters build them. */
function tableLayout(rows: string[][]): Layout {
  const span = () => ({ page: null, start: 0, end: 0 });
  const para = (text: string) => ({ type: 'paragraph' as const, text, role: 'body' as const, span: span() });
  const blocks: Block[] = [
    para('Equality Impact Assessment'),
    { type: 'table', span: span(), rows: rows.map((cells, r) => ({ header: r === 0, span: span(), cells: cells.map((t) => ({ paragraphs: t ? [para(t)] : [], colSpan: 1, rowSpan: 1, span: span() })) })) },
  ];
  return finaliseLayout({ format: 'docx', converter: { name: 'test', version: '1' }, pages: null, blocks, warnings: [] });
}

describe('columns that list their answers', () => {
  it('knows a header that lists its answers, and what a Yes or a level there means', () => {
    expect(words.columnOf('Impact (Positive / Negative / Neutral)')).toEqual({ kind: 'options', polarity: null });
    expect(words.columnOf('Positive impact? (Y/N)')).toEqual({ kind: 'options', polarity: 'positive' });
    expect(words.columnOf('Negative impact (H/M/L/None)')).toEqual({ kind: 'options', polarity: 'negative' });
    expect(words.columnOf('Evidence and explanation')).toEqual({ kind: 'narrative' });
  });

  it('rates one-cell-per-line rows by the words under such headers, the two polarities together', async () => {
    const text = [
      'Group', 'Positive impact?', '(Y/N)', 'Negative impact', '(H/M/L/None)', 'Evidence and explanation',
      'Age', 'Y', 'Low', 'Older people gain; some cannot use the app.',
      'Disability', 'Y', 'None', 'Step-free access at every site.',
      'Race', 'N', 'Medium', 'Interpreters are booked less often.',
      'Sex', 'N', 'None', 'No impact identified.',
    ].join('\n');
    expect(brief(await impactsOf(text))).toEqual([
      ['age', 'both', 'Low\n\nOlder people gain; some cannot use the app.'],
      ['disability', 'positive', 'Step-free access at every site.'],
      ['race', 'negative', 'Medium\n\nInterpreters are booked less often.'],
      ['sex', 'neutral', 'No impact identified.'],
    ]);
  });

  it('reads a one-cell-per-line grid continued over a page, its header repeated before a single row', async () => {
    const header = ['Group', 'Positive impact?', '(Y/N)', 'Negative impact', '(H/M/L/None)', 'Evidence and explanation'];
    const text = [
      ...header,
      'Disability', 'Y', 'None', 'Step-free access at every site.',
      // A group named by whom it serves, its bracketed note not counted as words of its name.
      'Residents of the most deprived 10% of areas (IMD)', 'N', 'High', 'Bus fares rise for the poorest wards.',
      'Page 1 of 3',
      ...header,
      'Carers', 'Y', 'None', 'Evening slots suit working carers.',
    ].join('\n');
    expect(brief(await impactsOf(text))).toEqual([
      ['disability', 'positive', 'Step-free access at every site.'],
      ['socio-economic', 'negative', 'High\n\nBus fares rise for the poorest wards.'],
      ['carers', 'positive', 'Evening slots suit working carers.'],
    ]);
  });

  it('reads the rating word in a table column headed by the ratings it takes', async () => {
    const text = [
      'Characteristic | Impact (Positive / Negative / Neutral) | Reasons for your decision |',
      'Age | Negative | Families will pay for a seat. |',
      'Disability | Neutral | The ALN policy is not changing. |',
      'Race | Positive | More stock in community languages. |',
    ].join('\n');
    expect(brief(await impactsOf(text))).toEqual([
      ['age', 'negative', 'Families will pay for a seat.'],
      ['disability', 'neutral', 'The ALN policy is not changing.'],
      ['race', 'positive', 'More stock in community languages.'],
    ]);
  });
});

describe('Section 75 screening grids', () => {
  it('reads the nine categories, minor/major/none levels, and the categories with no Equality Act name', async () => {
    const text = [
      'Section 75 Screening Form',
      'Section 75 category | Details of policy impact | Level of impact? minor/major/none |',
      'Religious belief | No impact identified. | None |',
      'Political opinion | No impact identified. | None |',
      'Racial group | Leaflets will be translated. | Minor |',
      'Age | Older residents rely on the service. | Major |',
      'Marital status | No impact identified. | None |',
      'Men and women generally | No impact identified. | None |',
      'Dependants | Carers may find the new hours harder. | Minor |',
    ].join('\n');
    expect(brief(await impactsOf(text))).toEqual([
      ['religion-belief', 'neutral', 'No impact identified.'],
      ['other', 'neutral', 'No impact identified.'],
      ['race', 'negative', 'Leaflets will be translated.\n\nMinor'],
      ['age', 'negative', 'Older residents rely on the service.\n\nMajor'],
      ['marriage-civil-partnership', 'neutral', 'No impact identified.'],
      ['sex', 'neutral', 'No impact identified.'],
      ['carers', 'negative', 'Carers may find the new hours harder.\n\nMinor'],
    ]);
  });
});
