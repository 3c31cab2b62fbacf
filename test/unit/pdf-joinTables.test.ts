import { describe, expect, it } from 'vitest';
import { draftSpan } from '../../src/convert/finaliseLayout.js';
import { columnsAgree, continuesRow, joinTablesAcrossPages } from '../../src/convert/pdf/joinTablesAcrossPages.js';
import type { PageBlock } from '../../src/convert/pdf/pageBlocks.js';
import type { Cell, Paragraph, Row, Table } from '../../src/model/layout.js';

const XS = [57, 163, 394, 539];
const para = (text: string, page = 1): Paragraph => ({ type: 'paragraph', text, role: 'body', span: draftSpan(page) });
const cell = (text: string, col: number, page: number, shaded = false): Cell => ({
  paragraphs: text ? [para(text, page)] : [],
  colSpan: 1,
  rowSpan: 1,
  ...(shaded ? { shaded: true } : {}),
  span: draftSpan(page, [XS[col] ?? 0, 100, XS[col + 1] ?? 0, 120]),
});
const row = (page: number, ...texts: string[]): Row => ({ cells: texts.map((t, i) => cell(t, i, page)), header: false, span: draftSpan(page) });
const table = (page: number, ...rows: Row[]): Table => ({ type: 'table', rows, span: draftSpan(page) });
const tableBlock = (t: Table, xs = XS): PageBlock => ({ kind: 'table', table: t, top: 700, xs });
const paraBlock = (text: string, page: number): PageBlock => ({ kind: 'paragraph', paragraph: para(text, page), top: 750 });

describe('joinTablesAcrossPages', () => {
  it('joins a continuation, drops its repeated header and marks a split row continued', () => {
    const header = (p: number) => row(p, 'Key questions', 'Promote equality', 'Adverse impact');
    const page1 = [paraBlock('3. Assessment of impact', 1), tableBlock(table(1, header(1), row(1, '3.8 Sexual orientation – identify the', '', '')))];
    const page2 = [tableBlock(table(2, header(2), row(2, 'impact/potential impact of the policy', '', ''), row(2, '3.9 Marriage', 'Treated equally.', 'None.'))), paraBlock('After', 2)];
    const blocks = joinTablesAcrossPages([page1, page2]);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    const joined = blocks[1] as Table;
    expect(joined.rows.map((r) => [r.cells[0]?.paragraphs[0]?.text ?? '', r.header, r.continued ?? false])).toEqual([
      ['Key questions', true, false],
      ['3.8 Sexual orientation – identify the', false, false],
      ['impact/potential impact of the policy', false, true],
      ['3.9 Marriage', false, false],
    ]);
    expect(joined.rows[2]?.span.page).toBe(2);
  });

  it('does not join when text comes between, or when the columns differ', () => {
    const t1 = table(1, row(1, 'a', 'b', 'c'));
    const t2 = table(2, row(2, 'd', 'e', 'f'));
    expect(joinTablesAcrossPages([[tableBlock(t1), paraBlock('text', 1)], [tableBlock(t2)]]).filter((b) => b.type === 'table')).toHaveLength(2);
    expect(joinTablesAcrossPages([[tableBlock(t1)], [tableBlock(t2, [57, 300, 539])]]).filter((b) => b.type === 'table')).toHaveLength(2);
  });

  it('re-spans cells when one page holds only full-width rows', () => {
    const bar: Row = { cells: [{ ...cell('Section B – Evidence', 0, 1, true), span: draftSpan(1, [57, 80, 539, 100]) }], header: false, span: draftSpan(1) };
    const t1 = table(1, bar);
    const t2 = table(2, row(2, 'Do you have data?', 'Yes'));
    const [joined] = joinTablesAcrossPages([[tableBlock(t1, [57, 539])], [tableBlock(t2, [57, 163, 539])]]) as Table[];
    expect(joined?.rows.map((r) => r.cells.map((c) => c.colSpan))).toEqual([[2], [1, 1]]);
  });
});

describe('continuesRow', () => {
  it('sees an empty first cell beside text as a continuation', () => {
    expect(continuesRow(row(1, '2.2 Profile', 'Of these:', ''), row(2, '', 'groups. Ethnicity was not recorded', ''))).toBe(true);
  });
  it('sees a lowercase start after an unfinished sentence as a continuation', () => {
    expect(continuesRow(row(1, 'Both positive and negative impact for one or more protected', '☒'), row(2, 'groups', ''))).toBe(true);
  });
  it('does not join a new row after a finished one', () => {
    expect(continuesRow(row(1, '3.7 Race', 'Interpreters are offered.', 'None.'), row(2, '3.8 Sexual orientation', 'Staff are trained.', 'None.'))).toBe(false);
    expect(continuesRow(row(1, 'Date of assessment', '14th October 2024'), row(2, 'Directorate', 'growth and transport'))).toBe(false);
  });
});

describe('columnsAgree', () => {
  it('accepts equal edges or a subset with the same outer edges', () => {
    expect(columnsAgree([57, 163, 539], [57.5, 163.2, 538.9])).toBe(true);
    expect(columnsAgree([57, 539], [57, 225, 539])).toBe(true);
    expect(columnsAgree([57, 163, 539], [57, 225, 539])).toBe(false);
    expect(columnsAgree([57, 539], [80, 539])).toBe(false);
  });
});
