import { describe, expect, it } from 'vitest';
import { wordTextToBlocks } from '../../src/convert/doc/wordTextToBlocks.js';
import type { Paragraph, Table } from '../../src/model/layout.js';

describe('wordTextToBlocks (Word 97 text with cell and row marks)', () => {
  it('rebuilds rows, cells and the paragraphs in a cell, and leaves text outside tables as paragraphs', () => {
    const body = 'EQIA Submission\nSection A\t\nTitle\tLibrary hours\t\nAims\tFirst aim.\nSecond aim.\t\n\nAfter the table.\n';
    const blocks = wordTextToBlocks(body);
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect((blocks[0] as Paragraph).text).toBe('EQIA Submission');
    const table = blocks[1] as Table;
    expect(table.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text)))).toEqual([
      [['Section A']],
      [['Title'], ['Library hours']],
      [['Aims'], ['First aim.', 'Second aim.']],
    ]);
    expect((blocks[2] as Paragraph).text).toBe('After the table.');
  });

  it('keeps a multi-paragraph first cell with its row inside a table, and empty cells as cells', () => {
    const table = wordTextToBlocks('Q\tA\t\nWhat is it?\nWho runs it?\tThe service.\t\n3.3 Pregnancy\t\tNone known.\t\n')[0] as Table;
    expect(table.rows[1]!.cells[0]!.paragraphs.map((p) => p.text)).toEqual(['What is it?', 'Who runs it?']);
    expect(table.rows[2]!.cells.map((c) => c.paragraphs.length)).toEqual([1, 0, 1]);
  });
});
