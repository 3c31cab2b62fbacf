import { describe, expect, it } from 'vitest';
import { inferPageBreaks, pageNumberOf } from '../../src/convert/txt/pageBreaks.js';
import { splitTextPages } from '../../src/convert/txt/textPages.js';

const WORDS = ['age', 'disability', 'race', 'religion', 'sex', 'carers', 'income', 'rural', 'health', 'staff', 'housing', 'transport', 'schools', 'digital', 'language'];
const body = (n: number, rows: number): string[] => Array.from({ length: rows }, (_, i) => `Body text on ${WORDS[i % WORDS.length]} and ${WORDS[(Math.floor(i / WORDS.length) + n) % WORDS.length]}`);

describe('pageNumberOf', () => {
  it('reads whole page number lines and footers that end in one', () => {
    expect(pageNumberOf('Page 3 of 7')).toBe(3);
    expect(pageNumberOf('  - 12 -  ')).toBe(12);
    expect(pageNumberOf('EIA template v2.1 (April 2023) – OFFICIAL          Page 4 of 11')).toBe(4);
    expect(pageNumberOf('EIA template v2.1 (April 2023) – OFFICIAL Page 4 of 11')).toBe(4);
    expect(pageNumberOf('We spoke to 12 people on page two')).toBeNull();
  });
});

describe('inferPageBreaks (form feeds stripped)', () => {
  it('breaks after each numbered footer, and after the footer line printed below it on every page', () => {
    const lines = [1, 2, 3].flatMap((n) => ['Bath & North East Somerset Council', ...body(n, 5), `EqIA – Charging – Version 3        Page ${n} of 3`, 'OFFICIAL            Printed 03/12/2024']);
    expect(inferPageBreaks(lines)).toEqual([8, 16]);
  });

  it('ignores a stray number in the text that does not count pages up', () => {
    const lines = ['Header of the form', '7', ...body(1, 4), 'Page 1 of 2', 'Header of the form', ...body(2, 4), '2', 'Page 2 of 2'];
    expect(inferPageBreaks(lines)).toEqual([7]);
  });

  it('without page numbers, breaks before each recurrence of the running header', () => {
    const lines = [1, 2, 3].flatMap((n) => ['Kent County Council        kent.gov.uk', ...body(n, 12)]);
    expect(inferPageBreaks(lines)).toEqual([13, 26]);
  });

  it('finds no pages in text with no furniture, or a short header repeated close together', () => {
    expect(inferPageBreaks(body(1, 30))).toEqual([]);
    expect(inferPageBreaks(['Name of the officer', 'A', 'Name of the officer', 'B', ...body(1, 20)])).toEqual([]);
  });

  it('lets splitTextPages drop the furniture and number the pages again', () => {
    const text = [1, 2, 3].flatMap((n) => ['Coventry City Council      Equality Impact Assessment (EIA)', ...body(n, 3), `EIA template v2.1 – OFFICIAL      Page ${n} of 3`]).join('\n');
    const { lines, pageCount } = splitTextPages(text);
    expect(pageCount).toBe(3);
    expect(lines.map((l) => l.text)).toEqual([1, 2, 3].flatMap((n) => body(n, 3)));
    expect(lines.find((l) => l.text === body(2, 1)[0])?.page).toBe(2);
  });

  it('drops a long running footer that a reading-order export left mid-page, keeping the cell text after it', () => {
    const FOOTER = 'EqIA – ASC Charging Policy (non-residential) – Version 3 – Updated Nov 2024';
    const text = [1, 2, 3].map((n) => ['Bath & North East Somerset Council', ...body(n, 10), '', FOOTER, '', `cell text ${WORDS[n]} after the footer`, ...body(n + 5, 10), '', `Page ${n} of 3`].join('\n')).join('\f');
    const kept = splitTextPages(text).lines.map((l) => l.text).filter(Boolean);
    expect(kept).not.toContain(FOOTER);
    expect(kept).toContain(`cell text ${WORDS[2]} after the footer`);
  });
});
