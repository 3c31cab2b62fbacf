/**
 * The two OCR engines give the same layout model: the first two pages of the corpus scan
 * (samples/bathnes-commissioning-2024-scan.pdf, cut out with poppler's pdfseparate and
 * pdfunite) read by the embedded tesseract.js and by the native `tesseract` CLI (Debian
 * tesseract-ocr, installed by scripts/test.sh) come out with the same blocks — paragraphs of
 * the same roles, tables with the same rows, cells, header and continued marks — the same
 * words, and each OCR'd paragraph carrying its words' confidences. Two pages keep this quick.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { DEFAULT_OCR_SETTINGS } from '../../src/convert/pdf/ocr/ocrSettings.js';
import { pdfToLayout } from '../../src/convert/pdf/pdfToLayout.js';
import type { Block, Layout, Paragraph } from '../../src/model/layout.js';
import { SAMPLES_DIR } from '../helpers/samples.js';

const SCAN = `${SAMPLES_DIR}bathnes-commissioning-2024-scan.pdf`;

const shape = (blocks: readonly Block[]): string[] =>
  blocks.map((b) => (b.type === 'table' ? `table ${b.rows.map((r) => `${r.cells.length}${r.header ? 'H' : ''}${r.continued ? 'C' : ''}`).join(',')}` : `${b.type} ${b.role}`));
const paragraphs = (l: Layout): Paragraph[] =>
  l.blocks.flatMap((b) => (b.type === 'paragraph' ? [b] : b.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs))));
const words = (l: Layout): string[] => l.text.toLowerCase().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
/** Share of `a`'s words (as a multiset) that `b` has. */
function overlap(a: readonly string[], b: readonly string[]): number {
  const have = new Map<string, number>();
  for (const w of b) have.set(w, (have.get(w) ?? 0) + 1);
  let found = 0;
  for (const w of a) {
    const n = have.get(w) ?? 0;
    if (n > 0) {
      found++;
      have.set(w, n - 1);
    }
  }
  return a.length === 0 ? 1 : found / a.length;
}

let dir = '';
let embedded: Layout;
let native: Layout;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eia-ocr-engines-'));
  execFileSync('pdfseparate', ['-f', '1', '-l', '2', SCAN, join(dir, 'page-%d.pdf')]);
  execFileSync('pdfunite', [join(dir, 'page-1.pdf'), join(dir, 'page-2.pdf'), join(dir, 'two.pdf')]);
  const bytes = new Uint8Array(readFileSync(join(dir, 'two.pdf')));
  embedded = await pdfToLayout(bytes, DEFAULT_CONVERT_LIMITS, { ocr: { ...DEFAULT_OCR_SETTINGS, engine: 'tesseract.js' } });
  native = await pdfToLayout(bytes, DEFAULT_CONVERT_LIMITS, { ocr: { ...DEFAULT_OCR_SETTINGS, engine: 'native' } });
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('tesseract.js and the native tesseract CLI', () => {
  it('each read the pages, and say which engine did', () => {
    expect(embedded.meta?.ocr).toMatch(/^tesseract\.js \d+\.\d+\.\d+ \(eng\); pages 1–2; 200 dpi/);
    expect(native.meta?.ocr).toMatch(/^tesseract \d+\.\d+\.\d+ \(eng\); pages 1–2; 200 dpi/);
  });

  it('give the same blocks: paragraph roles, table rows, cells, header and continued rows', () => {
    expect(shape(embedded.blocks).length).toBeGreaterThan(5);
    expect(shape(native.blocks)).toEqual(shape(embedded.blocks));
  });

  it('read the same words', () => {
    expect(overlap(words(embedded), words(native))).toBeGreaterThanOrEqual(0.98);
    expect(overlap(words(native), words(embedded))).toBeGreaterThanOrEqual(0.98);
  });

  it('keep every OCR’d word’s confidence on its paragraph, within the paragraph’s text', () => {
    for (const layout of [embedded, native]) {
      const withWords = paragraphs(layout).filter((p) => p.ocrWords && p.ocrWords.length > 0);
      expect(withWords.length / paragraphs(layout).filter((p) => p.text.trim() !== '').length).toBeGreaterThan(0.9);
      for (const p of withWords) {
        for (const [start, end, confidence] of p.ocrWords!) {
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(p.text.length);
          expect(confidence).toBeGreaterThanOrEqual(0);
          expect(confidence).toBeLessThanOrEqual(1);
        }
      }
    }
  });
});
