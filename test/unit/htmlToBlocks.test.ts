import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../src/convert/html/htmlToBlocks.js';
import type { Paragraph, Table } from '../../src/model/layout.js';

describe('htmlToBlocks (Word via mammoth)', () => {
  it('keeps headings, numbers ordered lists as Word does and nests lists', () => {
    const blocks = htmlToBlocks('<h1>SECTION 1</h1><ol><li>First<ul><li>inner</li></ul></li><li>Second</li></ol>') as Paragraph[];
    expect(blocks.map((b) => [b.role, b.level, b.text])).toEqual([
      ['heading', 1, 'SECTION 1'],
      ['list-item', 0, '1. First'],
      ['list-item', 1, '• inner'],
      ['list-item', 0, '2. Second'],
    ]);
  });

  it('drops struck-through words and records bold runs', () => {
    const [p] = htmlToBlocks('<p><strong>Name:</strong> all proposals <s>this proposal</s> on groups</p>') as Paragraph[];
    expect(p!.text).toBe('Name: all proposals on groups');
    expect(p!.bold).toEqual([[0, 5]]);
  });

  it('keeps table structure with header rows, colspan and rowspan', () => {
    const [t] = htmlToBlocks(
      '<table><thead><tr><th>A</th><th>B</th></tr></thead><tbody><tr><td rowspan="2">Author</td><td><p>x</p><p>y</p></td></tr><tr><td colspan="2">z</td></tr></tbody></table>',
    ) as Table[];
    expect(t!.rows.map((r) => r.header)).toEqual([true, false, false]);
    expect(t!.rows[1]!.cells[0]).toMatchObject({ rowSpan: 2, colSpan: 1 });
    expect(t!.rows[1]!.cells[1]!.paragraphs.map((p) => p.text)).toEqual(['x', 'y']);
    expect(t!.rows[2]!.cells[0]).toMatchObject({ colSpan: 2 });
  });
});
