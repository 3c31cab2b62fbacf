import { describe, expect, it } from 'vitest';
import { tabbedTextToBlocks } from '../../src/convert/txt/tabbedTextToBlocks.js';
import type { Table } from '../../src/model/layout.js';

const lines = (text: string) => text.split('\n').map((t) => ({ page: 1, text: t }));

describe('tabbedTextToBlocks (legacy tab-separated exports)', () => {
  it('reads tab-separated rows, HTML leftovers in cells and bullets run together', () => {
    const text = [
      'Item name\tDetails',
      'Name and role of officers\t<ul style="list-style-type: none">• Jean Kelly, Director• Felicity Groves, Manager',
      '1.2 Scope\t<p>First paragraph.</p> <p>Fees: • Fixed for two years • A 2% uplift</p>',
      '------------\t---',
    ].join('\n');
    const [table] = tabbedTextToBlocks(lines(text)) as Table[];
    expect(table!.rows).toHaveLength(3);
    const officers = table!.rows[1]!.cells[1]!.paragraphs;
    expect(officers.map((p) => [p.role, p.text])).toEqual([
      ['list-item', '• Jean Kelly, Director'],
      ['list-item', '• Felicity Groves, Manager'],
    ]);
    expect(table!.rows[2]!.cells[1]!.paragraphs.map((p) => p.text)).toEqual(['First paragraph.', 'Fees:', '• Fixed for two years', '• A 2% uplift']);
  });

  it('keeps a row whose cells were all empty (its trailing tabs trimmed away) in its table, and a line after the table out of it', () => {
    const text = ['Sign-off\tName\tJob title\tDate', 'Person completing\tKwame Asante\tServices Manager\t06/11/2024', 'Service manager', 'Approved by\tHelen Marsh\tDivisional Director\t19/11/2024', 'EDI Team review', '', 'Next section'].join('\n');
    const blocks = tabbedTextToBlocks(lines(text));
    const [table] = blocks as Table[];
    expect(table!.rows.map((r) => r.cells[0]!.paragraphs[0]!.text)).toEqual(['Sign-off', 'Person completing', 'Service manager', 'Approved by']);
    expect(blocks.slice(1).map((b) => (b.type === 'paragraph' ? b.text : b.type))).toEqual(['EDI Team review', 'Next section']);
  });

  it('marks a row after a page-break gap continued when it starts mid-cell', () => {
    const text = ['3.1 All groups\tThe team promotes\tNo known adverse impact', '', '\tequality by design.\t', '3.2 Sex\tText\tNone'].join('\n');
    const [table] = tabbedTextToBlocks(lines(text)) as Table[];
    expect(table!.rows.map((r) => r.continued ?? false)).toEqual([false, true, false]);
  });

  it('turns **bold** markers into bold ranges', () => {
    const [p] = tabbedTextToBlocks(lines('Department responsible: **Commissioning**'));
    expect(p).toMatchObject({ type: 'paragraph', text: 'Department responsible: Commissioning', bold: [[24, 37]] });
  });
});
