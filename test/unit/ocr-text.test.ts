/**
 * The OCR steps that work on words and lines rather than pixels: noise, bullets and dashes
 * in tesseract's output, font sizes from letter heights, one reading for repeated headers and
 * footers, and the settings. Word boxes are pixels (origin top-left); lines are PDF points.
 */
import { describe, expect, it } from 'vitest';
import { BULLET, restoreBullets } from '../../src/convert/pdf/ocr/bullets.js';
import { respellCapitalI } from '../../src/convert/pdf/ocr/capitalI.js';
import { respellDashes } from '../../src/convert/pdf/ocr/dashes.js';
import { commonSizes, snapSize } from '../../src/convert/pdf/ocr/fontSizes.js';
import { anotherWord, harmoniseRepeats } from '../../src/convert/pdf/ocr/harmoniseRepeats.js';
import { emFromLetter, lineSizes } from '../../src/convert/pdf/ocr/letterHeights.js';
import { compactRanges } from '../../src/convert/pdf/ocr/ocrPages.js';
import { ocrSettingsFromEnv } from '../../src/convert/pdf/ocr/ocrSettings.js';
import { dropSpecks } from '../../src/convert/pdf/ocr/specks.js';
import type { OcrWord } from '../../src/convert/pdf/ocr/tesseractEngine.js';
import { readingKey, sameReading } from '../../src/convert/pdf/ocr/textSimilarity.js';
import { buildLine } from '../../src/convert/pdf/textLines.js';
import type { PageContent, TextLine } from '../../src/convert/pdf/types.js';

/** A word on a line whose baseline is y = 100 px, lowercase letters 15 px tall (x-height). */
function word(text: string, x0: number, options: Partial<OcrWord> = {}): OcrWord {
  const width = 9;
  const symbols = Array.from(text, (ch, i) => {
    const tall = /[A-Z0-9bdhkl]/.test(ch);
    return { text: ch, box: { x0: x0 + i * width, x1: x0 + (i + 1) * width - 1, y0: tall ? 80 : 85, y1: 100 } };
  });
  return { text, confidence: 95, box: { x0, x1: x0 + text.length * width, y0: 80, y1: 100 }, baseline: 100, line: 0, paragraph: 0, symbols, ...options };
}

describe('dropSpecks', () => {
  it('drops a few low-confidence characters standing apart, keeps low-confidence words among others', () => {
    const words = [word('Updated', 10), word('2024', 80), word('i', 300, { confidence: 0 }), word('wg', 320, { confidence: 12 }), word('Page', 600), word('3.1', 700, { confidence: 0 }), word('Issues', 730, { confidence: 0 }), word('relating', 790)];
    expect(dropSpecks(words).map((w) => w.text)).toEqual(['Updated', '2024', 'Page', '3.1', 'Issues', 'relating']);
  });
});

describe('respellCapitalI', () => {
  it('reads the bar after capitals as I in impact codes, keeps words with other lower-case letters', () => {
    const texts = ['Ul', '7.Ul', '2.Nl,', 'PNl', 'UI', 'Ill', 'lan', 'EqlA', 'Nov', 'all', 'NHS'];
    const out = respellCapitalI(texts.map((t, i) => word(t, i * 100)));
    expect(out.map((w) => w.text)).toEqual(['UI', '7.UI', '2.NI,', 'PNI', 'UI', 'Ill', 'lan', 'EqlA', 'Nov', 'all', 'NHS']);
    expect(out[1]!.symbols.map((s) => s.text).join('')).toBe('7.UI');
  });
});

describe('restoreBullets', () => {
  const blob = (text: string, x0: number, y0: number, size: number): OcrWord['symbols'][number] => ({ text, box: { x0, x1: x0 + size, y0, y1: y0 + size } });
  it('reads a small mid-height blob starting a line as a bullet, and splits one glued to its word', () => {
    const alone: OcrWord = { ...word('«', 10), symbols: [blob('«', 10, 88, 8)], box: { x0: 10, x1: 18, y0: 88, y1: 96 }, confidence: 20 };
    const glued = word('«Meets', 400, { line: 1 });
    glued.symbols[0] = blob('«', 400, 88, 8);
    const out = restoreBullets([alone, word('Could', 40), glued]);
    expect(out.map((w) => w.text)).toEqual([BULLET, 'Could', BULLET, 'Meets']);
    expect(out[3]?.box.x0).toBe(409);
  });

  it('leaves a high asterisk, a flat hyphen and a mark inside a line alone', () => {
    const star: OcrWord = { ...word('*There', 10), symbols: [blob('*', 10, 76, 8), ...word('There', 19).symbols] };
    const hyphen: OcrWord = { ...word('-', 10, { line: 1 }), symbols: [{ text: '-', box: { x0: 10, x1: 16, y0: 91, y1: 93 } }] };
    const inside: OcrWord = { ...word('+', 42, { line: 2 }), symbols: [blob('+', 42, 88, 8)] };
    const out = restoreBullets([star, word('is', 80), hyphen, word('so', 30, { line: 1 }), word('one', 10, { line: 2 }), inside]);
    expect(out.map((w) => w.text)).toEqual(['*There', 'is', '-', 'so', 'one', '+']);
  });
});

describe('respellDashes', () => {
  it('takes a standalone dash by its length against the x-height', () => {
    const dash = (x0: number, length: number): OcrWord => ({ ...word('—', x0), box: { x0, x1: x0 + length, y0: 90, y1: 92 } });
    const out = respellDashes([word('none', 0), dash(40, 7), dash(60, 15), dash(90, 30), word('non-residential', 140)]);
    expect(out.map((w) => w.text)).toEqual(['none', '-', '–', '—', 'non-residential']);
  });
});

describe('font sizes', () => {
  it('estimates a line from its letters, and a short line from its paragraph', () => {
    // At 1 px per point: x-height letters 6 pt tall give (6 − 0.65) / 0.519 ≈ 10.3 pt.
    expect(emFromLetter('e', 6)).toBeCloseTo(10.31, 1);
    expect(emFromLetter('H', 7.8)).toBeCloseTo(10.54, 1);
    expect(emFromLetter('-', 7.8)).toBeUndefined();
    const body = word('measured', 0, { paragraph: 3 });
    const short = word('No', 0, { line: 1, paragraph: 3 });
    short.symbols = short.symbols.map((s) => ({ ...s, box: { ...s.box, y0: 60 } }));
    const sizes = lineSizes([body, word('evenly', 100, { paragraph: 3 }), short], 2);
    expect(sizes.get(1)).toBeCloseTo(sizes.get(0) ?? 0, 5);
  });

  it('snaps estimates to the sizes the document uses', () => {
    const lines = [
      ...Array.from({ length: 40 }, (_, i) => ({ size: 10.2 + (i % 5) * 0.1, chars: 60 })),
      ...Array.from({ length: 4 }, () => ({ size: 11.8, chars: 40 })),
      { size: 7.4, chars: 50 },
    ];
    const common = commonSizes(lines);
    expect(common).toEqual([7.5, 10.5, 12]);
    expect(snapSize(10.9, common)).toBe(10.5);
    expect(snapSize(11.4, common)).toBe(12);
    expect(snapSize(20.2, common)).toBe(20);
  });
});

describe('readings', () => {
  it('takes dash, quote, case and digit slips for the same text, and keeps short texts apart', () => {
    expect(readingKey('EqIA – Page 3 of 10')).toBe(readingKey('eqia - page 4 of 10'));
    expect(sameReading('EqIA – Commissioning (Start Well) – Version 2', 'EqlA - Commissioning (Start well) - Versian 2', 0.25)).toBe(true);
    expect(sameReading('No', 'N/A', 0.5)).toBe(false);
    expect(sameReading('Equality Impact Assessment', 'Improvement Plan actions', 0.35)).toBe(false);
  });

  it('takes rows ending in another word for different texts, whatever OCR split inside them', () => {
    expect(anotherWord('19. Neg-tive Impacts and Mitig ting actions for Age', '23. Negative impacts and Mitigating actions for Race')).toBe(true);
    expect(anotherWord('Are there negative impacts for age?', 'Are there negative impacts for Race')).toBe(true);
    expect(anotherWord('Protected characteristic | Impact | Evidence', 'Protected charactenstic | lmpact | Evidence')).toBe(false);
  });

  it('gives a footer repeated on every page the reading most pages agree on, keeping page numbers', () => {
    const line = (text: string, x0: number): TextLine => buildLine([{ text, x0, x1: x0 + text.length * 4, baseline: 39, size: 8, bold: false, spaceAfter: true }], 39);
    const pageWith = (n: number, footer: string): PageContent => ({ page: n, width: 595, height: 842, lines: [line('Body text that differs on every page ' + n, 57), line(footer, 57)], tables: [] });
    const pages = [
      pageWith(1, 'EqIA – Version 2 – Updated Nov 2024 Page 1 of 3'),
      pageWith(2, 'EqlA - Versian 2 - Updated Nov 2024 Page 2 of 3'),
      pageWith(3, 'EqIA – Version 2 – Updated Nov 2024 Page 3 of 3'),
    ];
    const out = harmoniseRepeats(pages);
    expect(out.map((p) => p.lines[1]?.text)).toEqual([
      'EqIA – Version 2 – Updated Nov 2024 Page 1 of 3',
      'EqIA – Version 2 – Updated Nov 2024 Page 2 of 3',
      'EqIA – Version 2 – Updated Nov 2024 Page 3 of 3',
    ]);
    expect(out.map((p) => p.lines[0]?.text)).toEqual(pages.map((p) => p.lines[0]?.text));
    expect(pages[1]?.lines[1]?.text).toBe('EqlA - Versian 2 - Updated Nov 2024 Page 2 of 3'); // input untouched

    // In a partly scanned document the text layer's reading wins, even against two OCR'd pages.
    const typed = pageWith(1, 'EqIA – Version 2 – Updated Nov 2024 Page 1 of 3');
    const [second, third] = harmoniseRepeats([pageWith(2, 'EqlA - Versian 2 - Updated Nov 2024 Page 2 of 3'), pageWith(3, 'EqlA - Versian 2 - Updated Nov 2024 Page 3 of 3')], [typed]);
    expect([second?.lines[1]?.text, third?.lines[1]?.text]).toEqual(['EqIA – Version 2 – Updated Nov 2024 Page 2 of 3', 'EqIA – Version 2 – Updated Nov 2024 Page 3 of 3']);
  });
});

describe('settings and reporting', () => {
  it('switches OCR off with EIA_OCR=off and reads the resolution from EIA_OCR_DPI', () => {
    expect(ocrSettingsFromEnv({}).enabled).toBe(true);
    expect(ocrSettingsFromEnv({ EIA_OCR: 'off' }).enabled).toBe(false);
    expect(ocrSettingsFromEnv({ EIA_OCR: 'on', EIA_OCR_DPI: '300' })).toMatchObject({ enabled: true, dpi: 300 });
    expect(ocrSettingsFromEnv({ EIA_OCR_DPI: '5000' }).dpi).toBe(200);
  });

  it('chooses the engine itself unless EIA_OCR_ENGINE fixes one', () => {
    expect(ocrSettingsFromEnv({}).engine).toBe('auto');
    expect(ocrSettingsFromEnv({ EIA_OCR_ENGINE: 'native' }).engine).toBe('native');
    expect(ocrSettingsFromEnv({ EIA_OCR_ENGINE: ' Tesseract.js ' }).engine).toBe('tesseract.js');
    expect(ocrSettingsFromEnv({ EIA_OCR_ENGINE: 'gpu' }).engine).toBe('auto');
  });

  it('lists pages as ranges', () => {
    expect(compactRanges([5, 1, 2, 3, 9, 10])).toBe('1–3, 5, 9–10');
  });
});
