/**
 * Shapes the synthetic-forms corpus (scripts/synthForms) found broken in `pdftotext -layout`
 * text and label-per-line blocks: a tick glyph in a grid column taken as a bullet for the
 * explanation beside it, a grid's title row run into its first row, two-column label blocks
 * whose rows ran together after one wrapped, and "Potential for negative impact? Yes" lines.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { layoutTextToBlocks } from '../../src/convert/txt/layoutTextToBlocks.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';
import { GenericExtractor } from '../../src/extract/generic/genericExtractor.js';
import type { Block, Table } from '../../src/model/layout.js';
import { generic } from '../../extractors/generic.js';

const lines = (text: string) => text.split('\n').map((t) => ({ page: 1, text: t }));
const tables = (blocks: Block[]): Table[] => blocks.filter((b): b is Table => b.type === 'table');
const cells = (t: Table): string[][] => t.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text).join(' | ')));
const reader = new GenericExtractor(generic);

async function impactsOf(text: string) {
  const view = new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS));
  return reader.read(view).builder.eia.impacts.map((i) => [i.characteristic, i.rating, i.narrative]);
}

const GRID = [
  '   Protected characteristic        Positive  Negative  Neutral  Explanation and evidence',
  '   Age                                          ■               Older residents are less likely to',
  '                                                                pay online.',
  '   Disability                                           ■       No differential impact identified.',
  '   Race                                ■        ■               Some will benefit and some lose out.',
  '   Sex                                                  ■',
].join('\n');

describe('layout text: grids ticked with box glyphs', () => {
  it('keeps a mark in its own column and the title row apart from the first row', () => {
    const [table] = tables(layoutTextToBlocks(lines(GRID), new Set()));
    expect(cells(table!)).toEqual([
      ['Protected characteristic', 'Positive', 'Negative', 'Neutral', 'Explanation and evidence'],
      ['Age', '', '■', '', 'Older residents are less likely to pay online.'],
      ['Disability', '', '', '■', 'No differential impact identified.'],
      ['Race', '■', '■', '', 'Some will benefit and some lose out.'],
      ['Sex', '', '', '■', ''],
    ]);
  });

  it('starts a new row at a label alone under a row of tick boxes ("Reasons" is not the first option\'s cell)', () => {
    const text = ['Tick one:  ☒ Proceed with the proposal   ☐ Proceed with changes   ☐ Do not proceed', 'Reasons', 'The saving is needed to set a balanced budget.'].join('\n');
    const [table] = tables(layoutTextToBlocks(lines(text), new Set()));
    expect(cells(table!)[0]).toEqual(['Tick one:', '☒ Proceed with the proposal', '☐ Proceed with changes', '☐ Do not proceed']);
    expect(cells(table!)[1]![0]).toBe('Reasons');
  });

  it('still reads a box glyph first on a line as a list item, keeping the glyph (on a form it is a tick)', () => {
    const blocks = layoutTextToBlocks(lines(['Actions we will take:', '■   Publish the plan in easy read.', '□   Review it after a year.'].join('\n')), new Set());
    expect(tables(blocks)).toHaveLength(0);
    expect(blocks.filter((b) => b.type === 'paragraph' && b.role === 'list-item').map((b) => (b.type === 'paragraph' ? b.text : ''))).toEqual(['■ Publish the plan in easy read.', '□ Review it after a year.']);
  });

  it("does not take the grid's question, answered by its first column title, for a statement about all groups", async () => {
    const impacts = await impactsOf(`Equality Impact Assessment\n\nCould the proposal have a negative impact on people with this characteristic?\n\n| Protected characteristic | Yes | No | Don't know | Explanation |\n| Race |  |  | X | We hold no data. |\n| Age |  | X |  |  |\n`);
    expect(impacts).toEqual([['race', 'unknown', 'We hold no data.'], ['age', 'neutral', null]]);
  });

  it('reads Yes / No under a negative-impact question above a wide grid as negative / neutral', async () => {
    const header = "Protected characteristic\tYes\tNo\tDon't know\tExplanation and evidence\tMitigation";
    const impacts = await impactsOf(`Equality Impact Assessment\n\nCould the proposal have a negative impact on people with this characteristic?\n\n${header}\nAge\t\tX\t\tNo differential impact.\t\nRace\tX\t\t\tOlder people pay more.\tLeaflets.\n`);
    expect(impacts).toEqual([['age', 'neutral', 'No differential impact.'], ['race', 'negative', 'Older people pay more.']]);
  });

  it('reads "Positive and negative" written in an impact column as both', async () => {
    const impacts = await impactsOf('Equality Impact Assessment\n\n| Protected characteristic | Impact | Explanation |\n| Age | Positive and negative | Some gain, some lose. |\n| Race | Neutral | No differential impact. |\n');
    expect(impacts).toEqual([['age', 'both', 'Some gain, some lose.'], ['race', 'neutral', 'No differential impact.']]);
  });

  it('reads a header of two rows taken as one ("Impact" over "Positive") as its column\'s own title', async () => {
    const impacts = await impactsOf('Equality Impact Assessment\n\n| Protected characteristic | Impact Positive | Negative | Neutral | Explanation |\n| Age | X |  |  | Longer opening suits workers. |\n| Race |  |  | X |  |\n');
    expect(impacts).toEqual([['age', 'positive', 'Longer opening suits workers.'], ['race', 'neutral', null]]);
  });

  it('rates every row of the grid from its ticked column', async () => {
    expect(await impactsOf(`Equality Impact Assessment\n\nWhat impact will the proposal have on each group? Tick one.\n\n${GRID}\n`)).toEqual([
      ['age', 'negative', 'Older residents are less likely to pay online.'],
      ['disability', 'neutral', 'No differential impact identified.'],
      ['race', 'both', 'Some will benefit and some lose out.'],
      ['sex', 'neutral', null],
    ]);
  });
});

describe('layout text: two columns of labels and answers', () => {
  it('starts a new row after a complete short row, and after an answer that ended its sentence', () => {
    const text = [
      '   Date of screening                         21.10.2022',
      '   Purpose of the proposal (Include its      To open the branch libraries on',
      '   main purpose and aims.)                   Saturday afternoons.',
      '   What consultation has been undertaken?    Staff networks were consulted.',
    ].join('\n');
    const [table] = tables(layoutTextToBlocks(lines(text), new Set()));
    expect(cells(table!)).toEqual([
      ['Date of screening', '21.10.2022'],
      ['Purpose of the proposal (Include its main purpose and aims.)', 'To open the branch libraries on Saturday afternoons.'],
      ['What consultation has been undertaken?', 'Staff networks were consulted.'],
    ]);
  });

  it('starts a new row at a short label after a long label that held its answer on one line', () => {
    const text = ['Name of the policy, strategy or project     Flexible working procedure', 'Department                                  People and Organisational Development'].join('\n');
    const [table] = tables(layoutTextToBlocks(lines(text), new Set()));
    expect(cells(table!)).toEqual([['Name of the policy, strategy or project', 'Flexible working procedure'], ['Department', 'People and Organisational Development']]);
  });

  it('keeps a label that wraps with its answer in one row', () => {
    const text = ['   Directorate and                 Children and', '   service area                    Young People'].join('\n');
    const [table] = tables(layoutTextToBlocks(lines(text), new Set()));
    expect(cells(table!)).toEqual([['Directorate and service area', 'Children and Young People']]);
  });
});

describe('layout text: where a table ends and its rows start', () => {
  it('starts a row after one whose text ended its sentence, and after one answered by a rating word alone', () => {
    const text = [
      'Protected characteristic    Impact       Explanation and evidence                 Mitigation',
      'Racial group                Neutral      No differential impact identified.',
      'Age                         Negative     Families on low incomes will pay more    Leaflets will be translated into the',
      '                                         each year.                               three community languages.',
      'Men and women generally     Not known',
      'Disability                  Neutral      The proposal does not affect this',
      '                                         group differently from others.',
    ].join('\n');
    const [table] = tables(layoutTextToBlocks(lines(text), new Set()));
    expect(cells(table!).map((r) => r.slice(0, 2))).toEqual([
      ['Protected characteristic', 'Impact'], ['Racial group', 'Neutral'], ['Age', 'Negative'], ['Men and women generally', 'Not known'], ['Disability', 'Neutral'],
    ]);
  });

  it("ends a table at a part heading alone on its line, and reads one row a line where every line opens with a label", () => {
    const text = [
      '   Action                          Lead officer     Timescale',
      '   Review the charge after a year  Hamish Okafor    November 2026',
      '',
      'Section 4: Sign-off',
      '',
      '                 Name            Job title           Date',
      '   Completed by  Jonah Byrne     Project Lead',
      '   Approved by   Olu Byrne       Director of Place   21.03.2020',
    ].join('\n');
    const blocks = layoutTextToBlocks(lines(text), new Set());
    expect(blocks.map((b) => b.type)).toEqual(['table', 'paragraph', 'table']);
    expect(cells(tables(blocks)[1]!)).toEqual([
      ['', 'Name', 'Job title', 'Date'],
      ['Completed by', 'Jonah Byrne', 'Project Lead', ''],
      ['Approved by', 'Olu Byrne', 'Director of Place', '21.03.2020'],
    ]);
  });
});

describe('two text columns, positive and negative', () => {
  it('reads sentences under "Positive impact" / "Negative impact" titles by the two-column rule', async () => {
    const impacts = await impactsOf('Equality Impact Assessment\n\n| Protected characteristic | Positive impact | Negative impact |\n| Age |  | Older residents are less likely to pay online. |\n| Race | Translated leaflets reach more households. |  |\n| Sex |  | No known adverse impact. |\n');
    expect(impacts).toEqual([
      ['age', 'negative', 'Older residents are less likely to pay online.'],
      ['race', 'positive', 'Translated leaflets reach more households.'],
      ['sex', 'neutral', 'No known adverse impact.'],
    ]);
  });

  it('reads them written as labelled lines, "None" being no text', async () => {
    const text = [
      'Equality Impact Assessment',
      'For each group, describe any positive impact and any negative impact of the proposal, with the evidence for it and what you will do.',
      '',
      'Age',
      'Positive impact: None',
      'Negative impact: Families on low incomes will pay more each year.',
      '',
      'Disability',
      'Positive impact: None',
      'Negative impact: No known adverse impact.',
    ].join('\n');
    expect(await impactsOf(text)).toEqual([
      ['age', 'negative', 'Families on low incomes will pay more each year.'],
      ['disability', 'neutral', 'No known adverse impact.'],
    ]);
  });
});

describe('characteristic blocks answered on labelled lines', () => {
  it('reads a question worded around "negative impact" with its Yes / No / Don\'t know answer', async () => {
    const text = [
      'EIA Screening Form',
      '',
      // A line as long as the export's longest: the short lines below are lines of their own, not wrapped prose.
      'For each group, say whether the proposal could have a negative impact (Yes, No or Don\'t know) and explain why, giving the evidence you used.',
      '',
      'Age',
      'Potential for negative impact? Yes',
      'Explanation: Older residents are less likely to pay online.',
      '',
      'Disability',
      'Is there a likely adverse impact? No',
      '',
      'Race',
      "Potential for negative impact? Don't know",
      'Explanation: We hold no data on this group.',
    ].join('\n');
    expect(await impactsOf(text)).toEqual([
      ['age', 'negative', 'Older residents are less likely to pay online.'],
      ['disability', 'neutral', null],
      ['race', 'unknown', 'We hold no data on this group.'],
    ]);
  });
});

describe('guidance printed in brackets under a label', () => {
  it("is no label of its own: the question inside it does not take the answer", async () => {
    const text = [
      'Equality Impact Assessment',
      '| Title of EIA |',
      '| Library opening hours |',
      '| Who have you consulted? |',
      '| (Who did you engage with, when and how? Summarise what they told you.) |',
      '| We spoke to users at the three branches. |',
    ].join('\n');
    const view = new DocumentView(await txtToLayout(new TextEncoder().encode(`${text}\n`), DEFAULT_CONVERT_LIMITS));
    expect(reader.read(view).builder.eia.consultation).toBe('We spoke to users at the three branches.');
  });
});

describe('a label cell with its guidance in brackets', () => {
  it('is a label however long the guidance: the answer beside it is the purpose', async () => {
    const text = 'Equality Impact Assessment\n\n| Title of EIA | Garden waste |\n| Purpose of the proposal (Include its main purpose, aims, objectives and projected outcomes.) | To raise the charge. |\n';
    const view = new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS));
    expect(reader.read(view).builder.eia.purpose).toBe('To raise the charge.');
  });
});
