import { describe, expect, it } from 'vitest';
import { layoutTextToBlocks } from '../../src/convert/txt/layoutTextToBlocks.js';
import type { Block, Table } from '../../src/model/layout.js';

const lines = (page: number, text: string) => text.split('\n').map((t) => ({ page, text: t }));
const tables = (blocks: Block[]): Table[] => blocks.filter((b): b is Table => b.type === 'table');
const cells = (t: Table): string[][] => t.rows.map((r) => r.cells.map((c) => c.paragraphs.map((p) => p.text).join(' | ')));

describe('layoutTextToBlocks (pdftotext -layout)', () => {
  it('rebuilds a two-column table with wrapped cells, and keeps prose outside it', () => {
    const text = [
      '1.1 Identify the aims of the policy',
      ' Key questions                  Answers / notes',
      '',
      ' 1.1 Briefly describe purpose   The service arranges care for',
      ' of the service/policy          1,850 adults at home.',
      '',
      ' 1.3 Do the aims link to        No',
      ' other policies?',
      '',
      '2. Consideration of available data, research and information that runs wide',
    ].join('\n');
    const blocks = layoutTextToBlocks(lines(1, text), new Set());
    const [table] = tables(blocks);
    expect(cells(table!)).toEqual([
      ['Key questions', 'Answers / notes'],
      ['1.1 Briefly describe purpose of the service/policy', 'The service arranges care for 1,850 adults at home.'],
      ['1.3 Do the aims link to other policies?', 'No'],
    ]);
    expect(blocks[0]).toMatchObject({ type: 'paragraph', text: '1.1 Identify the aims of the policy' });
    expect(blocks.at(-1)).toMatchObject({ type: 'paragraph', text: expect.stringContaining('2. Consideration') });
  });

  it('joins a table across a page break, drops the repeated header and marks the split row continued', () => {
    const page1 = [' Key questions                  Answers / notes', '', ' 1.1 Purpose                    The first part of the answer'].join('\n');
    const page2 = [' Key questions                  Answers / notes', '', '                                continues on the next page.', '', ' 1.2 Scope                      A new row'].join('\n');
    const blocks = layoutTextToBlocks([...lines(1, page1), ...lines(2, page2)], new Set());
    const [table] = tables(blocks);
    expect(tables(blocks)).toHaveLength(1);
    expect(table!.rows[0]!.header).toBe(true);
    expect(table!.rows.map((r) => r.continued ?? false)).toEqual([false, false, true, false]);
    expect(cells(table!)[2]).toEqual(['', 'continues on the next page.']);
  });
});

describe('layoutTextToBlocks: rows without a blank line between them', () => {
  it('starts a new row where the first column speaks again after a gap', () => {
    const text = [
      ' Protected            Impact       Nature of impact',
      '',
      ' Age 65+              1. UI        Unknown Impact.',
      '                      2. NI        No impact.',
      ' Disability           1. UI        Unknown Impact.',
      '                      2. P         Better access.',
    ].join('\n');
    const [table] = tables(layoutTextToBlocks(lines(1, text), new Set()));
    expect(cells(table!).map((r) => r[0])).toEqual(['Protected', 'Age 65+', 'Disability']);
  });

  it('keeps a first-column question whose guidance bullets leave gaps in that column', () => {
    const text = [
      ' Key questions                  Answers',
      '',
      ' 1.1 Briefly describe purpose   The service arranges care',
      ' • How it is delivered          for adults at home, and',
      '                                charges for it.',
      ' • Intended outcomes            Fair charges.',
    ].join('\n');
    const [table] = tables(layoutTextToBlocks(lines(1, text), new Set()));
    expect(table!.rows).toHaveLength(2);
  });
});
