import { describe, expect, it } from 'vitest';
import { findFurniture, isPageNumber } from '../../src/convert/pdf/pageFurniture.js';
import { buildLine } from '../../src/convert/pdf/textLines.js';
import type { TextLine, TextRun } from '../../src/convert/pdf/types.js';

const HEIGHT = 842;
const run = (text: string, x0: number, baseline: number): TextRun => ({
  text,
  x0,
  x1: x0 + text.length * 5,
  baseline,
  size: 10,
  bold: false,
  spaceAfter: false,
});
const line = (baseline: number, ...parts: Array<[string, number]>): TextLine => buildLine(parts.map(([t, x]) => run(t, x, baseline)), baseline);

function page(n: number, body: TextLine[]): { height: number; lines: TextLine[] } {
  return {
    height: HEIGHT,
    lines: [
      line(806, ['Coventry City Council', 57], ['Equality Impact Assessment (EIA)', 380]),
      ...body,
      line(39, ['EIA template v2.1 (April 2023) – OFFICIAL', 57], [`Page ${n} of 3`, 490]),
    ],
  };
}

describe('findFurniture', () => {
  it('drops a running header that repeats only over its own run of pages (one document of a bundle)', () => {
    const head = (text: string): TextLine => line(806, [text, 57]);
    const body = (text: string): TextLine => line(700, [text, 57]);
    const pages = [
      { height: HEIGHT, lines: [body('Appendix 4: Equality Impact Assessments')] },
      ...[1, 2, 3].map((n) => ({ height: HEIGHT, lines: [head('Council A – Equality Impact Assessment'), body(`A's answers, page ${n}`)] })),
      ...[1, 2, 3, 4].map((n) => ({ height: HEIGHT, lines: [head('Council B – EQIA Submission'), body(`B's answers, page ${n}`)] })),
    ];
    const drop = findFurniture(pages);
    expect(drop.map((found) => [...found.lines])).toEqual([[], [0], [0], [0], [0], [0], [0], [0]]);
  });


  it("drops a footer printed on every second page only (a web page's footer in its PDF), and nothing on the other pages", () => {
    const body = (text: string): TextLine => line(700, [text, 57]);
    const foot = (n: number): TextLine => line(60, [`Equality Impact Assessment – template version 4 Page ${n} of 10`, 57]);
    // Pages 3, 5, 7 and 9 carry it: under half of ten, but most of the odd pages of their run.
    const pages = Array.from({ length: 10 }, (_, i) => ({ height: HEIGHT, lines: i >= 2 && i % 2 === 0 ? [body(`answers on page ${i + 1}`), foot(i + 1)] : [body(`answers on page ${i + 1}`)] }));
    const drop = findFurniture(pages);
    expect(drop.map((found) => [...found.lines])).toEqual([[], [], [1], [], [1], [], [1], [], [1], []]);
  });

  it('drops headers and footers that repeat on most pages, digits normalised', () => {
    const pages = [
      page(1, [line(700, ['1.1 In summary, what is the background?', 57])]),
      page(2, [line(700, ['Refer to guidance note for more detailed advice.', 57])]),
      page(3, [line(700, ['The potential equality impact is as follows:', 57])]),
    ];
    const drop = findFurniture(pages);
    expect(drop.map((found) => [...found.lines].sort())).toEqual([
      [0, 2],
      [0, 2],
      [0, 2],
    ]);
  });

  it('keeps body text in the margin zones that does not repeat', () => {
    const pages = [
      page(1, [line(66, ['• Charging £6.80 for each return journey on Council-', 245])]),
      page(2, [line(780, ['arranged transport to day services, in place of the current', 245])]),
      page(3, []),
    ];
    const drop = findFurniture(pages);
    expect(drop[0]?.lines.has(1)).toBe(false);
    expect(drop[1]?.lines.has(1)).toBe(false);
  });

  it('drops a lone page number even on a single page, but not a number in the body', () => {
    const pages = [{ height: HEIGHT, lines: [line(420, ['12', 300]), line(30, ['12', 300])] }];
    expect([...(findFurniture(pages)[0]?.lines ?? [])]).toEqual([1]);
  });

  it('keeps a footer line whose text is body-like and single, judged in pieces', () => {
    // One page: the title cannot repeat, so only the "Page 1 of 1" piece is furniture, and the line stays.
    const pages = [{ height: HEIGHT, lines: [line(39, ['Kent County Council – Equality Analysis', 57], ['Page 1 of 1', 490])] }];
    expect(findFurniture(pages)[0]?.lines.size).toBe(0);
  });

  it('drops a header laid out as a table when it repeats in the margin zone, not a body table', () => {
    const header = { rect: { y0: 770, y1: 820 }, text: 'Derby City Council Equality Impact Assessment' };
    const body = { rect: { y0: 400, y1: 700 }, text: 'Question Response/ findings' };
    const pages = [1, 2, 3].map(() => ({ height: HEIGHT, lines: [], tables: [header, body] }));
    expect(findFurniture(pages).map((f) => [...f.tables])).toEqual([[0], [0], [0]]);
  });
});

describe('isPageNumber', () => {
  it.each(['7', 'Page 7', 'Page 7 of 9', '- 7 -', '7/9', 'page 12 of 120'])('%s is a page number', (t) => expect(isPageNumber(t)).toBe(true));
  it.each(['7 days', 'Page layout', '2024-25', 'Section 3'])('%s is not', (t) => expect(isPageNumber(t)).toBe(false));
});
