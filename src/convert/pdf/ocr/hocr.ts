/**
 * Reads the hOCR the native `tesseract` CLI writes (`-c hocr_char_boxes=1 hocr`) into the
 * same OcrWord list tesseract.js gives (tesseractEngine.ts): one list per `ocr_page` (one per
 * image of a batch), line and paragraph indexes counting from 0 in each, the word's baseline
 * under its centre, and every symbol's box.
 *
 * Pixel space: origin top-left, y down.
 */
import type { OcrWord, PixelBox } from './tesseractEngine.js';

const PAGE = /<div class='ocr_page'[^>]*>/g;
/** Paragraphs, lines (tesseract also names lines ocr_header, ocr_caption, ocr_textfloat), words and symbols, in document order. */
const ELEMENT = /<(p) class='ocr_par'[^>]*>|<span class='(ocr_line|ocr_header|ocr_caption|ocr_textfloat)' [^>]*title="([^"]*)"|<span class='ocrx_word' [^>]*title='([^']*)'>|<span class='ocrx_cinfo' title='([^']*)'>([^<]*)<\/span>/g;

/** The words of each page of an hOCR document, in reading order. */
export function parseHocr(hocr: string): OcrWord[][] {
  const starts = [...hocr.matchAll(PAGE)].map((m) => m.index ?? 0);
  return starts.map((start, i) => pageWords(hocr.slice(start, starts[i + 1] ?? hocr.length)));
}

function pageWords(page: string): OcrWord[] {
  const words: OcrWord[] = [];
  let paragraph = -1;
  let line = -1;
  let lineBox: PixelBox | undefined;
  let baseline: [number, number] = [0, 0];
  let word: OcrWord | undefined;
  const finish = (): void => {
    if (word && word.text.trim() !== '') words.push({ ...word, text: word.text.trim() });
    word = undefined;
  };
  for (const m of page.matchAll(ELEMENT)) {
    if (m[1] !== undefined) {
      finish();
      paragraph++;
    } else if (m[2] !== undefined) {
      finish();
      line++;
      lineBox = boxOf(m[3] ?? '', 'bbox');
      const b = /baseline (-?[\d.]+) (-?[\d.]+)/.exec(m[3] ?? '');
      baseline = [Number(b?.[1] ?? 0), Number(b?.[2] ?? 0)];
    } else if (m[4] !== undefined) {
      finish();
      const box = boxOf(m[4], 'bbox') ?? { x0: 0, y0: 0, x1: 0, y1: 0 };
      const confidence = Number(/x_wconf (\d+)/.exec(m[4])?.[1] ?? 0);
      // hOCR's baseline: y = slope·(x − line x0) + offset, from the line box's bottom edge.
      const x = (box.x0 + box.x1) / 2;
      const y = lineBox ? lineBox.y1 + baseline[1] + baseline[0] * (x - lineBox.x0) : box.y1;
      word = { text: '', confidence, box, baseline: y, line: Math.max(0, line), paragraph: Math.max(0, paragraph), symbols: [] };
    } else if (m[5] !== undefined && word) {
      const text = unescape(m[6] ?? '');
      word.text += text;
      word.symbols.push({ text, box: boxOf(m[5], 'x_bboxes') ?? word.box });
    }
  }
  finish();
  return words;
}

function boxOf(title: string, key: string): PixelBox | undefined {
  const m = new RegExp(`${key} (-?\\d+) (-?\\d+) (-?\\d+) (-?\\d+)`).exec(title);
  return m ? { x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]) } : undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

function unescape(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) => {
    if (ENTITIES[name] !== undefined) return ENTITIES[name];
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return all;
  });
}
