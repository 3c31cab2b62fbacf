/**
 * A `pdftotext -layout` characteristic grid whose column headings sit over an empty first
 * column, with no blank lines between its rows: each mark must land under its own heading and
 * each row stay its own, or every rating is lost.
 */
import { describe, expect, it } from 'vitest';
import { layoutTextToBlocks } from '../../src/convert/txt/layoutTextToBlocks.js';
import type { Block, Table } from '../../src/model/layout.js';

const lines = (text: string) => text.split('\n').map((t) => ({ page: 1, text: t }));
const tables = (blocks: Block[]): Table[] => blocks.filter((b): b is Table => b.type === 'table');
const cells = (t: Table): string[][] => t.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text).join(' | ')));

describe('layoutTextToBlocks: a grid with headings over an empty first column', () => {
  const grid = [
    '8. Impact grid',
    '                              High  Med  Low  None  Positive   Reasons',
    'Age                                            ü              Applies equally.',
    'Disability                          ü                         Some applicants with mobility',
    '                                                              needs may wait longer.',
    'Marriage & civil partnership                   ü              No impact.',
    'Low income households                                  ü      Faster rehousing.',
    '',
    '9. Decision',
    'Adjust the policy to remove the barriers identified above, and review the waiting times after six months.',
  ].join('\n');

  it('puts each mark under its heading and keeps one row per characteristic, wrapped reasons joined', () => {
    const [table] = tables(layoutTextToBlocks(lines(grid), new Set()));
    expect(cells(table!)).toEqual([
      ['', 'High', 'Med', 'Low', 'None', 'Positive', 'Reasons'],
      ['Age', '', '', '', 'ü', '', 'Applies equally.'],
      ['Disability', '', 'ü', '', '', '', 'Some applicants with mobility needs may wait longer.'],
      ['Marriage & civil partnership', '', '', '', 'ü', '', 'No impact.'],
      ['Low income households', '', '', '', '', 'ü', 'Faster rehousing.'],
    ]);
  });

  it('keeps a wrapped row label whole: its second line carries no mark of its own', () => {
    const text = [
      '                              Yes   No    Comments',
      'Age                                 X     None.',
      'Marriage and civil                  X     None.',
      'Partnership',
      'Race                          X           Letters in plain English.',
    ].join('\n');
    const [table] = tables(layoutTextToBlocks(lines(text), new Set()));
    expect(cells(table!).map((r) => r[0])).toEqual(['', 'Age', 'Marriage and civil Partnership', 'Race']);
  });

  it('keeps a cell that is only a square mark ("■") as its text, not as an empty list item', () => {
    const text = [
      '                              High  Med  Low  None  Positive   Reasons',
      'Age                                      ■                    Older tenants use it.',
      'Race                                           ■              No impact.',
      '',
      'A bulleted list after the grid:',
      '■ Review the scheme in a year.',
    ].join('\n');
    const blocks = layoutTextToBlocks(lines(text), new Set());
    expect(cells(tables(blocks)[0]!).slice(1)).toEqual([
      ['Age', '', '', '■', '', '', 'Older tenants use it.'],
      ['Race', '', '', '', '■', '', 'No impact.'],
    ]);
    // Outside a grid, a square before words still opens a list item; the square stays as written.
    const item = blocks.find((b) => b.type === 'paragraph' && b.text.endsWith('Review the scheme in a year.'));
    expect(item).toMatchObject({ role: 'list-item', marker: '■' });
  });

  it('makes each line of a label-and-answer block its own row, but keeps wrapped questions and labels whole', () => {
    const text = [
      'Proposal title                 Closing the Mill Lane depot – moving crews to',
      '                               the Northgate site',
      'Directorate                    Place and Environment',
      'Service area                   Waste and Street Scene',
      'Head of Service                Priya Lal',
      '',
      '2.3 Is there survey data to refer to?          The resident survey of 2024 found',
      'What were the results?                         most users drive to the depot.',
      '',
      'Name of Director:                              Date: 08.09.25',
      'Alan Brook                                     Updated 02.12.25',
    ].join('\n');
    const rows = tables(layoutTextToBlocks(lines(text), new Set())).flatMap(cells);
    expect(rows).toEqual([
      ['Proposal title', 'Closing the Mill Lane depot – moving crews to the Northgate site'],
      ['Directorate', 'Place and Environment'],
      ['Service area', 'Waste and Street Scene'],
      ['Head of Service', 'Priya Lal'],
      ['2.3 Is there survey data to refer to? What were the results?', 'The resident survey of 2024 found most users drive to the depot.'],
      ['Name of Director: Alan Brook', 'Date: 08.09.25 Updated 02.12.25'],
    ]);
  });

  it('keeps one-line rows apart with no mark between them: after an unanswered heading, a finished sentence or a level word', () => {
    const text = [
      'Category               Details of likely impact                Level of impact?',
      'Religious belief       No impact identified.                   None',
      'Political opinion      No impact identified.                   None',
      'Racial group                                                   None',
      'Age                    Older people are the main users of      Major',
      '                       the town centre toilets.',
      'Marital status',
      'Sexual orientation     No impact identified.',
      'Men and women          Women are more likely to need a         Minor',
      'generally              toilet at short notice.',
      'Disability             The only Changing Places toilet.        Major',
    ].join('\n');
    const [table] = tables(layoutTextToBlocks(lines(text), new Set()));
    expect(cells(table!).map((r) => r[0])).toEqual([
      'Category', 'Religious belief', 'Political opinion', 'Racial group', 'Age', 'Marital status', 'Sexual orientation', 'Men and women generally', 'Disability',
    ]);
    expect(cells(table!)[7]).toEqual(['Men and women generally', 'Women are more likely to need a toilet at short notice.', 'Minor']);
  });

  it('does not take a numbered row\'s first line for column titles', () => {
    const text = [
      ' 3.13 Armed Forces                   War Pensions Scheme payments, Armed                  No known adverse impact',
      ' Community ** serving                Forces Compensation Scheme                           identified from the data held.',
      ' members; reservists.                are disregarded.',
    ].join('\n');
    const [table] = tables(layoutTextToBlocks(lines(text), new Set()));
    expect(cells(table!).map((r) => r[0])).toEqual(['3.13 Armed Forces Community ** serving members; reservists.']);
  });
});
