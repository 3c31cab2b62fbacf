/**
 * The Word and text converters on the real samples: the shape each file comes out in, and
 * the offsets every span carries (provenance points into Layout.text with them).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertDocument } from '../../src/convert/convertDocument.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import type { Block, Layout, Table } from '../../src/model/layout.js';
import { sampleInputs } from '../helpers/samples.js';

const convert = (path: string): Promise<Layout> => convertDocument(path, new Uint8Array(readFileSync(path)), DEFAULT_CONVERT_LIMITS);
const sample = (name: string): string => sampleInputs({ scan: true }).find((f) => basename(f) === name)!;
const tables = (blocks: Block[]): Table[] => blocks.filter((b): b is Table => b.type === 'table');
const firstCells = (t: Table): string[] => t.rows.map((r) => r.cells[0]?.paragraphs[0]?.text ?? '');

function* spans(layout: Layout): Generator<{ text: string; start: number; end: number }> {
  for (const b of layout.blocks) {
    if (b.type === 'paragraph') yield { text: b.text, ...b.span };
    else for (const r of b.rows) for (const c of r.cells) for (const p of c.paragraphs) yield { text: p.text, ...p.span };
  }
}

describe('docx and txt converters on the samples', () => {
  it.each(sampleInputs().filter((f) => !f.endsWith('.pdf')).map((f) => [basename(f), f]))('%s: every paragraph span points at its own text', async (_, path) => {
    const layout = await convert(path);
    let n = 0;
    for (const s of spans(layout)) {
      expect(layout.text.slice(s.start, s.end)).toBe(s.text);
      n++;
    }
    expect(n).toBeGreaterThan(20);
  });

  it('Word: the B&NES impact table has its fourteen rows 3.1–3.14 and the header row', async () => {
    const layout = await convert(sample('bathnes-adult-care-charging-2024.docx'));
    const impact = tables(layout.blocks).find((t) => firstCells(t).some((c) => c.startsWith('3.1 ')))!;
    expect(impact.rows[0]!.header).toBe(true);
    expect(firstCells(impact).slice(1).map((c) => /^3\.\d+/.exec(c)?.[0])).toEqual(Array.from({ length: 14 }, (_, i) => `3.${i + 1}`));
    expect(layout.pages).toBeNull();
  });

  it('Word: Coventry keeps its row-spanning author block and the ticked box, and drops struck words', async () => {
    const layout = await convert(sample('coventry-childrens-resources-2025.docx'));
    const header = tables(layout.blocks)[0]!;
    expect(header.rows[1]!.cells[0]).toMatchObject({ rowSpan: 3 });
    expect(layout.text).toContain('☒');
    expect(layout.text).toContain('The potential impact of all proposals 1-7 on protected groups is not yet known');
  });

  it('text: tells the three kinds of export and their encodings apart', async () => {
    const kinds = await Promise.all(
      ['bathnes-adult-care-charging-2024.txt', 'coventry-council-tax-support-2025.txt', 'kent-residential-procurement-2021.txt'].map(async (n) => (await convert(sample(n))).meta),
    );
    expect(kinds).toEqual([
      { textKind: 'layout', encoding: 'windows-1252' },
      { textKind: 'plain', encoding: 'utf-8' },
      { textKind: 'tabbed', encoding: 'utf-8' },
    ]);
  });

  it('text (pdftotext -layout, Windows-1252): tables come back, furniture and page numbers go', async () => {
    const layout = await convert(sample('bathnes-adult-care-charging-2024.txt'));
    expect(layout.pages).toBe(8);
    expect(layout.text).not.toMatch(/Page \d of 8|Printed 03\/12\/2024/);
    expect(layout.text).toContain('£20.40');
    const plan = tables(layout.blocks).find((t) => t.rows[0]?.cells.length === 5)!;
    expect(plan.rows.map((r) => r.cells[3]?.paragraphs[0]?.text)).toEqual(['Officer responsible', 'Helen Marsh', 'Helen Marsh', 'Tomasz Nowak', 'Tomasz Nowak']);
  });

  it('text (tab-separated seed): HTML leftovers become paragraphs and lists', async () => {
    const layout = await convert(sample('kent-residential-procurement-2021.txt'));
    expect(layout.text).not.toMatch(/<\/?(p|ul|li)\b/);
    expect(layout.text).toContain('• Improving placement stability supported by effective matching');
  });
});
