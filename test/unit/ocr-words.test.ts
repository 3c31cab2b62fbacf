/**
 * OCR words beyond the pixels: the native CLI's hOCR read into the words tesseract.js gives,
 * word confidences put on the paragraphs they ended up in, and a value's confidence taking
 * in its least sure OCR'd word.
 */
import { describe, expect, it } from 'vitest';
import { parseHocr } from '../../src/convert/pdf/ocr/hocr.js';
import { attachWordConfidence, locate } from '../../src/convert/pdf/ocr/wordConfidence.js';
import { ocrWordRight, weakestOcrWord, withOcrWords } from '../../src/extract/confidence/ocrWordConfidence.js';
import type { Unit } from '../../src/extract/document/documentView.js';
import type { Paragraph } from '../../src/model/layout.js';

const HOCR = `<?xml version="1.0" encoding="UTF-8"?><html><head><meta name='ocr-capabilities' content='ocr_page ocr_carea'/></head><body>
  <div class='ocr_page' id='page_1' title='image "0.pgm"; bbox 0 0 600 300; ppageno 0'>
   <div class='ocr_carea' id='block_1_1' title="bbox 31 6 600 299">
    <p class='ocr_par' id='par_1_1' lang='eng' title="bbox 31 6 600 299">
     <span class='ocr_line' id='line_1_1' title="bbox 30 6 600 33; baseline 0.01 -2; x_size 29">
      <span class='ocrx_word' id='word_1_1' title='bbox 31 9 60 33; x_wconf 96'>
       <span class='ocrx_cinfo' title='x_bboxes 31 10 45 31; x_conf 99.5'>O</span>
       <span class='ocrx_cinfo' title='x_bboxes 46 12 60 31; x_conf 99.5'>&amp;</span>
      </span>
      <span class='ocrx_word' id='word_1_2' title='bbox 70 8 90 31; x_wconf 41'>
       <span class='ocrx_cinfo' title='x_bboxes 70 8 90 31; x_conf 41'>b</span>
      </span>
     </span>
     <span class='ocr_header' id='line_1_2' title="bbox 30 40 600 70; baseline 0 -3; x_size 29">
      <span class='ocrx_word' id='word_1_3' title='bbox 31 45 60 67; x_wconf 90'>
       <span class='ocrx_cinfo' title='x_bboxes 31 45 60 67; x_conf 90'>c</span>
      </span>
     </span>
    </p>
   </div>
  </div>
  <div class='ocr_page' id='page_2' title='image "1.pgm"; bbox 0 0 10 10; ppageno 1'>
  </div></body></html>`;

describe('parseHocr', () => {
  it('reads each page of a batch: words, confidences, baselines under the word, symbols, line and paragraph indexes', () => {
    const pages = parseHocr(HOCR);
    expect(pages.length).toBe(2);
    expect(pages[1]).toEqual([]);
    const [a, b, c] = pages[0]!;
    expect(a).toMatchObject({ text: 'O&', confidence: 96, box: { x0: 31, y0: 9, x1: 60, y1: 33 }, line: 0, paragraph: 0 });
    expect(a!.symbols.map((s) => s.text)).toEqual(['O', '&']);
    expect(a!.symbols[1]!.box).toEqual({ x0: 46, y0: 12, x1: 60, y1: 31 });
    // Line bottom 33, offset −2, slope 0.01 over (45.5 − 30) px.
    expect(a!.baseline).toBeCloseTo(33 - 2 + 0.01 * 15.5, 5);
    expect(b).toMatchObject({ text: 'b', confidence: 41, line: 0 });
    expect(c).toMatchObject({ text: 'c', line: 1, paragraph: 0, baseline: 67 });
  });
});

describe('word confidence on paragraphs', () => {
  const word = (text: string, x0: number, baseline: number, confidence: number) => ({ page: 1, text, x0, x1: x0 + 6 * text.length, baseline, confidence });
  it('finds words in their paragraph in reading order, skipping what the text no longer holds', () => {
    expect(locate('Head of Service CIC', [word('Head', 0, 0, 90), word('of', 30, 0, 50), word('Sevrice', 50, 0, 20), word('CIC', 100, 0, 96)])).toEqual([
      [0, 4, 0.9],
      [5, 7, 0.5],
      [16, 19, 0.96],
    ]);
  });
  it('gives each paragraph the words inside its box, on its page, top line first', () => {
    const para = (text: string, bbox: [number, number, number, number]): Paragraph => ({ type: 'paragraph', text, role: 'body', span: { page: 1, bbox, start: 0, end: 0 } });
    const [top, cell] = attachWordConfidence(
      [
        para('Lead officer Ian Smith', [10, 690, 300, 712]),
        { type: 'table', rows: [{ header: false, span: { page: 1, start: 0, end: 0 }, cells: [{ colSpan: 1, rowSpan: 1, span: { page: 1, start: 0, end: 0 }, paragraphs: [para('Age Positive', [10, 500, 200, 520])] }] }], span: { page: 1, start: 0, end: 0 } },
      ],
      [word('Ian', 100, 700, 35), word('Smith', 130, 700, 80), word('officer', 50, 700, 97), word('Lead', 10, 710, 95), word('Age', 12, 505, 91), word('Positive', 40, 505, 93), { ...word('Age', 12, 505, 10), page: 2 }],
    );
    expect(top!.type === 'paragraph' && top!.ocrWords).toEqual([
      [0, 4, 0.95],
      [5, 12, 0.97],
      [13, 16, 0.35],
      [17, 22, 0.8],
    ]);
    expect(cell!.type === 'table' && cell!.rows[0]!.cells[0]!.paragraphs[0]!.ocrWords).toEqual([
      [0, 3, 0.91],
      [4, 12, 0.93],
    ]);
  });
});

describe('OCR word confidence in value confidence', () => {
  const paragraphs: Paragraph[] = [
    { type: 'paragraph', text: 'Lead officer', role: 'body', span: { page: 1, start: 0, end: 12 }, ocrWords: [[0, 4, 0.95], [5, 12, 0.97]] },
    { type: 'paragraph', text: 'Ian Smith', role: 'body', span: { page: 1, start: 14, end: 23 }, ocrWords: [[0, 3, 0.35], [4, 9, 0.8]] },
  ];
  const unit = { paragraphs, paragraphOffsets: [0, 14], text: 'Lead officer\n\nIan Smith' } as unknown as Unit;
  it('takes the least sure OCR word the value covers, and none for text that was not OCR\'d', () => {
    expect(weakestOcrWord([{ unit, from: 14, to: 23 }])).toBe(0.35);
    expect(weakestOcrWord([{ unit, from: 18, to: 23 }])).toBe(0.8);
    expect(weakestOcrWord([{ unit, from: 0, to: 4 }])).toBe(0.95);
    const typed = { ...unit, paragraphs: paragraphs.map(({ ocrWords: _, ...p }) => p) } as unknown as Unit;
    expect(weakestOcrWord([{ unit: typed, from: 14, to: 23 }])).toBeUndefined();
  });
  it('never leaves a value read from a low-confidence word at the model\'s 0.99', () => {
    expect(withOcrWords(0.99, undefined)).toBe(0.99);
    expect(withOcrWords(0.99, 0.35)).toBeLessThan(0.9);
    expect(withOcrWords(0.99, 0.97)).toBeGreaterThan(withOcrWords(0.99, 0.6));
    expect(withOcrWords(0.99, 0.97)).toBeGreaterThan(0.98);
    for (let c = 0; c < 1; c += 0.05) expect(ocrWordRight(c)).toBeLessThanOrEqual(ocrWordRight(c + 0.05));
  });
});
