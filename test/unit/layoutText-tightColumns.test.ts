/**
 * `pdftotext -layout` of a form whose columns sit close together: one space between a label
 * and the mark beside it ("Gender reassignment 0"), a label wrapped to within two spaces of
 * its answer, "Section 2   The proposal" between tables, an action with no issue of its own,
 * and a grid header printed again at the top of the next page.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { layoutTextToBlocks } from '../../src/convert/txt/layoutTextToBlocks.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import type { Block, Table } from '../../src/model/layout.js';

const lines = (text: string[]) => text.map((t) => ({ page: 1, text: t }));
const tables = (blocks: Block[]): Table[] => blocks.filter((b): b is Table => b.type === 'table');
const cells = (t: Table): string[][] => t.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text).join(' | ')));

describe('layout text with tight columns', () => {
  it('cuts a cell where a word starts at a column edge after one space', () => {
    const [table] = tables(layoutTextToBlocks(lines([
      'Protected           Impact Evidence and explanation',
      'characteristic      (key)',
      '',
      'Age                 –      Older residents book less online.',
      '',
      'Gender reassignment 0      No impact identified.',
    ]), new Set()));
    expect(cells(table!)).toEqual([
      ['Protected characteristic', 'Impact (key)', 'Evidence and explanation'],
      ['Age', '–', 'Older residents book less online.'],
      ['Gender reassignment', '0', 'No impact identified.'],
    ]);
  });

  it('takes a label run to within two spaces of its answer into the table below, and ends tables at a spaced part heading', () => {
    const blocks = layoutTextToBlocks(lines([
      'Directorate               Resources',
      'Service area              Customer and Digital Services',
      '',
      'Section 2   The proposal',
      '',
      '2.1 What is proposed and  From 1 September the centre will see',
      'why?                      residents by appointment only.',
    ]), new Set());
    expect(blocks.map((b) => (b.type === 'table' ? cells(b) : b.text))).toEqual([
      [['Directorate', 'Resources'], ['Service area', 'Customer and Digital Services']],
      'Section 2 The proposal',
      [['2.1 What is proposed and why?', 'From 1 September the centre will see residents by appointment only.']],
    ]);
  });

  it('starts a row at a chunk whose first cell is empty when it fills the other columns afresh', () => {
    const [table] = tables(layoutTextToBlocks(lines([
      'Issue               Action                        Lead              By when',
      '',
      'Older residents     Phone booking with call-back  Customer          September',
      'cannot book online  and same-day appointments     Services Manager  2025',
      '',
      '                    Review take-up of             Lorraine Beckett  March 2026',
      '                    appointments by age',
    ]), new Set()));
    expect(cells(table!)).toEqual([
      ['Issue', 'Action', 'Lead', 'By when'],
      ['Older residents cannot book online', 'Phone booking with call-back and same-day appointments', 'Customer Services Manager', 'September 2025'],
      ['', 'Review take-up of appointments by age', 'Lorraine Beckett', 'March 2026'],
    ]);
  });

  it('keeps a grid header that a two-page layout export prints again after the page break', async () => {
    const header = ['Protected characteristic    Impact     Evidence and explanation of the impact', ''];
    const text = [
      'Equality Impact Assessment', '', ...header,
      'Age                         Negative   Older residents book less online.', '',
      'Town Council  ·  form v3                                          Page 1 of 2', '\f' + header[0], '',
      'Sex                         Neutral    No impact identified.', '',
      'Town Council  ·  form v3                                          Page 2 of 2', '',
    ].join('\n');
    const layout = await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS);
    const grids = tables(layout.blocks);
    expect(grids.flatMap((t) => cells(t)).map((r) => r[0])).toEqual(['Protected characteristic', 'Age', 'Sex']);
  });

  it("keeps a row's continuation line whose cells one space apart ran together (a lynx dump's columns)", () => {
    const [table, ...rest] = tables(layoutTextToBlocks(lines([
      'Protected      Is there Evidence                     Action to mitigate',
      'characteristic an',
      '               adverse',
      'Age            Yes      Older people and families    Keep at least one rhyme',
      '                        with under-fives make 62% of time session a week at',
      '                        branch visits.               every branch.',
      'Disability     Yes      Disabled residents use the   Staff-assisted hours.',
      '                        branch nearest home.',
    ]), new Set()));
    expect(rest).toEqual([]);
    expect(cells(table!).map((r) => r[0])).toEqual(['Protected characteristic', 'Age', 'Disability']);
    expect(cells(table!)[1]![2]).toBe('Older people and families with under-fives make 62% of branch visits.');
  });
});
