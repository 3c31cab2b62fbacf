/** The document view's tables: rows found by their layout numbers, also in a slice of a table. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { txtToLayout } from '../../src/convert/txt/txtToLayout.js';
import { DocumentView } from '../../src/extract/document/documentView.js';

const text = ['Intro paragraph', '', 'Key\tValue', 'Alpha\t1', 'Beta\t2', 'Gamma\t3', '', 'Closing paragraph', ''].join('\n');

describe('DocumentView', () => {
  it('finds each cell’s own row, in the whole document and in a slice that starts mid-table', async () => {
    const view = new DocumentView(await txtToLayout(new TextEncoder().encode(text), DEFAULT_CONVERT_LIMITS));
    const cellTexts = (v: DocumentView, label: string): string[] => v.rowOf(v.units.find((u) => u.text === label)!)!.cells.map((c) => c.text);
    expect(view.tables).toHaveLength(1);
    expect(cellTexts(view, 'Beta')).toEqual(['Beta', '2']);
    // A bundle's second EIA may begin inside a table: its view keeps the rows' numbers.
    const from = view.units.findIndex((u) => u.text === 'Beta');
    const slice = DocumentView.ofUnits(view.layout, view.units.slice(from));
    expect(cellTexts(slice, 'Beta')).toEqual(['Beta', '2']);
    expect(cellTexts(slice, 'Gamma')).toEqual(['Gamma', '3']);
  });
});
