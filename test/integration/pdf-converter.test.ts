/**
 * The PDF converter on the real corpus PDFs in samples/ (LibreOffice exports of the .docx
 * beside them), and on broken and encrypted inputs (scans: ocr-scan.test.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConversionError } from '../../src/convert/ConversionError.js';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { PDF_CONVERTER, pdfToLayout } from '../../src/convert/pdf/pdfToLayout.js';
import { cellText, parseLayout, type Block, type Layout, type Row, type Table } from '../../src/model/layout.js';
import { encryptedPdf } from '../../scripts/badInputs/pdfWriter.js';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const CORPUS = readdirSync(SAMPLES).filter((f) => f.endsWith('.pdf') && !f.includes('-scan'));
const read = (name: string): Uint8Array => new Uint8Array(readFileSync(SAMPLES + name));

const layouts = new Map<string, Layout>();
beforeAll(async () => {
  for (const name of CORPUS) layouts.set(name, await pdfToLayout(read(name), DEFAULT_CONVERT_LIMITS));
});
const layout = (name: string): Layout => {
  const l = layouts.get(name);
  if (!l) throw new Error(`no layout for ${name}`);
  return l;
};
const tables = (l: Layout): Table[] => l.blocks.filter((b): b is Table => b.type === 'table');
const texts = (row: Row): string[] => row.cells.map((c) => cellText(c));
/** The cell texts of a table's first row. */
const firstRow = (t: Table): string[] => (t.rows[0] ? texts(t.rows[0]) : []);
/** A table's rows with continued rows folded into the row before, cell by cell. */
function mergedRows(table: Table): string[][] {
  const out: string[][] = [];
  for (const row of table.rows) {
    const cells = texts(row);
    const prev = out[out.length - 1];
    if (row.continued && prev) cells.forEach((t, i) => (prev[i] = [prev[i] ?? '', t].filter((s) => s !== '').join(' ')));
    else out.push(cells);
  }
  return out;
}
async function failure(bytes: Uint8Array, limits = DEFAULT_CONVERT_LIMITS): Promise<ConversionError> {
  try {
    await pdfToLayout(bytes, limits);
  } catch (error) {
    if (error instanceof ConversionError) return error;
    throw error;
  }
  throw new Error('conversion succeeded');
}

describe('pdfToLayout on the corpus', () => {
  it('converts every corpus PDF into a valid layout whose spans point at their text', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(10);
    for (const name of CORPUS) {
      const l = parseLayout(layout(name));
      expect(l.format).toBe('pdf');
      expect(l.converter).toEqual(PDF_CONVERTER);
      expect(l.pageSizes).toHaveLength(l.pages ?? -1);
      expect(l.warnings).toEqual([]);
      const check = (b: Block): void => {
        if (b.type === 'paragraph') {
          expect(l.text.slice(b.span.start, b.span.end)).toBe(b.text);
          expect(b.span.page).toBeGreaterThanOrEqual(1);
          expect(b.span.bbox).toHaveLength(4);
        } else b.rows.forEach((r) => r.cells.forEach((c) => c.paragraphs.forEach(check)));
      };
      l.blocks.forEach(check);
    }
  });

  it('B&NES charging: the impact table has rows 3.1 … 3.14 in order once continued rows are merged', () => {
    const impact = tables(layout('bathnes-adult-care-charging-2024.pdf')).find((t) => firstRow(t)[1]?.startsWith('Examples of what the service has done'));
    if (!impact) throw new Error('no impact table');
    const rows = mergedRows(impact);
    expect(rows[0]?.[0]).toBe('Key questions');
    const numbers = rows.slice(1).map((r) => /^3\.\d+/.exec(r[0] ?? '')?.[0]);
    expect(numbers).toEqual(Array.from({ length: 14 }, (_, i) => `3.${i + 1}`));
    expect(rows.every((r) => r.length === 3)).toBe(true);

    const row = (n: string): string[] => rows.find((r) => r[0]?.startsWith(`${n} `)) ?? [];
    expect(row('3.3')[2]).toBe('No known adverse impact identified from the data held.');
    expect(row('3.3')[1]).toBe('');
    expect(row('3.4').slice(1)).toEqual(['', '']);
    expect(row('3.8')).toEqual(['3.8 Sexual orientation – identify the impact/potential impact of the policy on lesbian, gay, bisexual, heterosexual, questioning people', '', '']);
    expect(row('3.12')[2]).toContain('58 of the 126 people using Council transport live in rural wards.');
  });

  it('B&NES charging: repeated header rows are dropped from continuations and marked on the first', () => {
    const impact = tables(layout('bathnes-adult-care-charging-2024.pdf'))[3];
    expect(impact?.rows[0]?.header).toBe(true);
    expect(impact?.rows.filter((r) => texts(r)[0] === 'Key questions')).toHaveLength(1);
    const pages = new Set(impact?.rows.map((r) => r.span.page));
    expect(pages.size).toBeGreaterThan(1); // one table across several pages
    const continued = impact?.rows.filter((r) => r.continued) ?? [];
    expect(continued.map((r) => texts(r)[0])).toContain('impact/potential impact of the policy on lesbian, gay, bisexual, heterosexual, questioning people');
    for (const r of continued) expect(r.span.page).toBeGreaterThan(impact?.span.page ?? 0);
  });

  it('B&NES charging: lists in cells keep their markers, and hyphenated words stay whole', () => {
    const purpose = tables(layout('bathnes-adult-care-charging-2024.pdf'))[1]?.rows[1];
    const answer = purpose?.cells[1]?.paragraphs ?? [];
    const items = answer.filter((p) => p.role === 'list-item');
    expect(items[0]?.text).toMatch(/^• Charging for the second carer where a person needs two carers/);
    expect(items.every((p) => p.marker === '•')).toBe(true);
    expect(layout('bathnes-adult-care-charging-2024.pdf').text).toContain('disability-related expenditure');
  });

  it('Kent: label | value rows give the title and officers', () => {
    const rows = tables(layout('kent-recycling-centre-booking-2023.pdf')).flatMap((t) => t.rows.map(texts));
    expect(rows).toContainEqual(['EQIA Title', 'Permanent booking system for Household Waste Recycling Centres']);
    expect(rows).toContainEqual(['Responsible Officer', 'Maria Castellano - GT ENV']);
    const section = tables(layout('kent-recycling-centre-booking-2023.pdf'))[0]?.rows[0];
    expect(section?.cells).toHaveLength(1);
    expect(section?.cells[0]?.colSpan).toBe(2);
    expect(section?.cells[0]?.shaded).toBe(true);
  });

  it('Coventry council tax: the impact grid has 11 characteristic rows × 3 columns', () => {
    const grid = tables(layout('coventry-council-tax-support-2025.pdf')).find((t) => firstRow(t)[1]?.startsWith('Impact type'));
    if (!grid) throw new Error('no impact grid');
    const rows = mergedRows(grid);
    expect(rows).toHaveLength(12);
    expect(rows.slice(1).map((r) => r.length)).toEqual(Array(11).fill(3));
    expect(rows.slice(1).map((r) => r[0])).toEqual([
      'Age 0-18',
      'Age 19-64',
      'Age 65+',
      'Disability',
      'Gender reassignment',
      'Pregnancy and maternity',
      'Race (Including: colour, nationality, citizenship ethnic or national origins)',
      'Religion and belief',
      'Sex',
      'Sexual orientation',
      'Care-Experienced',
    ]);
    const disability = grid.rows.find((r) => texts(r)[0] === 'Disability');
    expect(disability?.cells[1]?.paragraphs.map((p) => p.text)).toEqual(['1. P', '2. NI', '3. UI', '4. P']);
  });

  it('Coventry council tax: the completion statement keeps its check boxes, ☒ on "Both positive and negative"', () => {
    const completion = tables(layout('coventry-council-tax-support-2025.pdf')).find((t) => firstRow(t)[0]?.startsWith('No impact has been identified'));
    if (!completion) throw new Error('no completion table');
    const rows = mergedRows(completion);
    expect(rows.map((r) => r[1])).toEqual(['☐', '☐', '☐', '☒', '☐']);
    expect(rows[3]?.[0]).toBe('Both positive and negative impact has been identified for one or more protected groups');
    expect(completion.rows.some((r) => r.continued)).toBe(true); // that row breaks across a page
  });

  it('Coventry children: struck-through words are dropped', () => {
    const text = layout('coventry-childrens-resources-2025.pdf').text;
    expect(text).toContain('The potential impact of all proposals 1-7 on protected groups is not yet known\t☒');
    expect(text).not.toContain('1-7 this proposal');
  });

  it('keeps bold runs and finds headings by size', () => {
    const l = layout('bathnes-adult-care-charging-2024.pdf');
    const headings = l.blocks.filter((b) => b.type === 'paragraph' && b.role === 'heading');
    expect(headings.map((h) => (h.type === 'paragraph' ? [h.level, h.text] : []))).toContainEqual([1, 'Equality Impact Assessment / Equality Analysis (Updated Nov 2024)']);
    expect(headings.map((h) => (h.type === 'paragraph' ? [h.level, h.text] : []))).toContainEqual([2, '2. Consideration of available data, research and information']);
    const label = tables(l)[0]?.rows[1]?.cells[0]?.paragraphs[0];
    expect(label?.text).toBe('Title of service or policy');
    expect(label?.bold).toEqual([[0, label?.text.length]]);
    const value = tables(l)[0]?.rows[1]?.cells[1]?.paragraphs[0];
    expect(value?.bold).toBeUndefined();
  });

  it('leaves no page header, footer or page number anywhere', () => {
    const furniture = [
      /Page \d+ of \d+/,
      /Printed \d\d\/\d\d\/\d{4}/,
      /EQIA Submission Draft Working Template/,
      /EIA template v2\.1/,
      /EIA form – version 3/,
      /v4 – \d\d\/09\/2025/,
      /– Version [23] – Updated Nov 2024/,
      /^OFFICIAL$/m,
      /^Kent County Council kent\.gov\.uk$/m,
      /^Coventry City Council/m,
      /^Bath & North East Somerset Council/m,
    ];
    for (const name of CORPUS) {
      const l = layout(name);
      const paragraphs = l.blocks.flatMap((b) => (b.type === 'paragraph' ? [b.text] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs.map((p) => p.text)))));
      for (const pattern of furniture) {
        expect(paragraphs.filter((t) => pattern.test(t)), `${name}: ${pattern}`).toEqual([]);
      }
    }
  });

  it('keeps body text that sits in the margin zones', () => {
    // The last bullet of page 1 sits just above the footer.
    expect(layout('bathnes-adult-care-charging-2024.pdf').text).toContain('• Charging £6.80 for each return journey on Council-');
    // B&NES 2024 prints its strapline only on page 1, as body text.
    expect(layout('bathnes-adult-care-charging-2024.pdf').blocks[0]).toMatchObject({ type: 'paragraph', text: "Improving People's Lives" });
  });

  it('puts the native Array.prototype.push and JSON back after loading pdf.js', () => {
    const native = (f: unknown): boolean => typeof f === 'function' && Function.prototype.toString.call(f).includes('[native code]');
    expect(native(Array.prototype.push)).toBe(true);
    expect(native(JSON.parse)).toBe(true);
    expect(native(JSON.stringify)).toBe(true);
  });
});

describe('pdfToLayout failures', () => {
  it('rejects garbage and truncated files as corrupt, and no bytes as empty', async () => {
    expect((await failure(new TextEncoder().encode('this is not a PDF, only some text'))).reason).toBe('corrupt');
    expect((await failure(read('derby-leisure-concessions-2010.pdf').slice(0, 2000))).reason).toBe('corrupt');
    expect((await failure(new Uint8Array(0))).reason).toBe('empty-file');
  });

  it('refuses PDFs over the page limit before reading them', async () => {
    const error = await failure(read('derby-leisure-concessions-2010.pdf'), { ...DEFAULT_CONVERT_LIMITS, maxPages: 3 });
    expect(error.reason).toBe('too-large');
    expect(error.retryable).toBe(false);
  });

  it('needs a user password for "encrypted" but opens owner-password-only PDFs', async () => {
    expect((await failure(new Uint8Array(encryptedPdf('secret', 'owner')))).reason).toBe('encrypted');
    const opened = await pdfToLayout(new Uint8Array(encryptedPdf('', 'owner')), DEFAULT_CONVERT_LIMITS);
    expect(opened.text).toBe('Hello encrypted world');
  });

  it('does not detach or change the caller’s bytes', async () => {
    const bytes = read('derby-leisure-concessions-2010.pdf');
    const before = createHash('sha256').update(bytes).digest('hex');
    await pdfToLayout(bytes, DEFAULT_CONVERT_LIMITS);
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(before);
  });
});
