import { describe, expect, it } from 'vitest';
import { fingerprintLayout } from '../../src/forms/fingerprint.js';
import { normaliseLabel } from '../../src/forms/labelText.js';
import type { Layout, Paragraph } from '../../src/model/layout.js';

const span = { page: null, start: 0, end: 0 };
const para = (text: string, role: Paragraph['role'] = 'body'): Paragraph => ({ type: 'paragraph', text, role, span });
const layout = (blocks: Layout['blocks'], meta?: Record<string, string>): Layout => ({
  layoutVersion: 1, format: 'txt', converter: { name: 'txt', version: '1' }, pages: null, text: '', blocks, warnings: [], ...(meta ? { meta } : {}),
});

describe('normaliseLabel', () => {
  it('drops numbering, endnote markers and punctuation, so renderings of one label agree', () => {
    expect(normaliseLabel('A1. Briefly describe the aims of the proposal[1]')).toBe('briefly describe the aims of the proposal');
    expect(normaliseLabel('1.2 Briefly describe the aims of the proposal?')).toBe('briefly describe the aims of the proposal');
    expect(normaliseLabel('Section B: Impact on staff')).toBe('impact on staff');
    expect(normaliseLabel('(a) Lead officer:')).toBe('lead officer');
  });

  it('is null for what no form prints as a label: ticks, numbers, page furniture, prose', () => {
    for (const t of ['ü', 'X', '12/03/2024', 'Page 2 of 5', `${'word '.repeat(16)}`]) expect(normaliseLabel(t)).toBeNull();
  });
});

describe('fingerprintLayout', () => {
  it('reads labels from "Label: answer" lines, | cells and tables, headings, header cells and the producer', () => {
    const fp = fingerprintLayout(
      layout(
        [
          para('Equality Analysis Tool', 'heading'),
          para('Lead officer: Jane Smith'),
          para('Title of document | Falls Pathway | Date analysis completed | 22/03/2024 |'),
          {
            type: 'table',
            span,
            rows: [
              { header: true, span, cells: ['Protected characteristic', 'Positive', 'Negative'].map((t) => ({ paragraphs: [para(t)], colSpan: 1, rowSpan: 1, span })) },
              { header: false, span, cells: ['Age', 'ü', ''].map((t) => ({ paragraphs: t ? [para(t)] : [], colSpan: 1, rowSpan: 1, span })) },
            ],
          },
          para('Please tick one or more columns for each characteristic and give your evidence in the box'),
        ],
        { producer: 'Microsoft Word 2016' },
      ),
    );
    expect(fp.headings).toEqual(['equality analysis tool']);
    expect(fp.labels).toEqual(expect.arrayContaining(['lead officer', 'title of document', 'date analysis completed', 'protected characteristic', 'age']));
    expect(fp.labels).not.toContain('jane smith');
    expect(fp.tableHeaders).toEqual(['protected characteristic', 'positive', 'negative']);
    expect(fp.producer).toBe('Microsoft Word 2016');
    expect(fp.phrases.length).toBe(14); // 16 words of guidance → 14 trigrams
  });
});
