import { describe, expect, it } from 'vitest';
import { splitTextPages } from '../../src/convert/txt/textPages.js';

const page = (n: number, body: string[]): string =>
  ['Coventry City Council', 'Equality Impact Assessment (EIA)', '', ...body, '', 'EIA template v2.1 (April 2023) – OFFICIAL', `Page ${n} of 3`].join('\n');

describe('splitTextPages', () => {
  it('drops running headers, footers and page numbers but keeps the body', () => {
    const text = [page(1, ['Title of EIA', 'Council Tax']), page(2, ['Age 0-18', '1. PN']), page(3, ['Approval'])].join('\f');
    const { lines, pageCount } = splitTextPages(text);
    const body = lines.map((l) => l.text).filter(Boolean);
    expect(pageCount).toBe(3);
    expect(body).toEqual(['Title of EIA', 'Council Tax', 'Age 0-18', '1. PN', 'Approval']);
    expect(lines.find((l) => l.text === 'Age 0-18')?.page).toBe(2);
  });

  it('keeps a table header repeated at the top of only some pages', () => {
    const pages = [1, 2, 3, 4, 5].map((n) => page(n, n >= 4 ? ['Key questions   Answers', `row ${n}`] : [`row ${n}`]));
    const body = splitTextPages(pages.join('\f')).lines.map((l) => l.text).filter(Boolean);
    expect(body.filter((l) => l.startsWith('Key questions'))).toHaveLength(2);
  });

  it('leaves text without form feeds alone (one page, nothing repeated)', () => {
    const { lines, pageCount } = splitTextPages('Title\nBody line\nPage 1 of 1');
    expect(pageCount).toBe(1);
    expect(lines.map((l) => l.text)).toEqual(['Title', 'Body line']);
  });

  it('drops a running header that a reading-order export split around a line of body text', () => {
    const WORDS = ['', 'booking', 'ratings', 'owners', 'approval'];
    const kentPage = (n: number, body: string[]): string =>
      ['Kent County Council', 'EQIA Submission Draft Working Template', '', ...body, '', 'kent.gov.uk', 'Version 1.0', '', `Details of ${WORDS[n]}`, `More on ${WORDS[n]}`, '', `Page ${n} of 4`].join('\n');
    const pages = [kentPage(1, []), kentPage(2, []), kentPage(3, ['Responsible Officer for mitigating actions for Gender', 'identity/transgender']), kentPage(4, [])];
    const body = splitTextPages(pages.join('\f')).lines.map((l) => l.text).filter(Boolean);
    expect(body).not.toContain('kent.gov.uk');
    expect(body).toContain('identity/transgender');
    expect(body.filter((l) => l.startsWith('Details of'))).toHaveLength(4);
  });
});
