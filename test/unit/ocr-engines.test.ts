/**
 * The two OCR engines give the same layout model: one page of the corpus scan (real pixels,
 * real tesseract) read by the embedded tesseract.js and by the native `tesseract` CLI, through
 * the real PDF converter. Skipped where the CLI is not installed (`apt-get install
 * tesseract-ocr`; scripts/test.sh installs it).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { nativeTesseractVersion } from '../../src/convert/pdf/ocr/nativeEngine.js';
import { DEFAULT_OCR_SETTINGS } from '../../src/convert/pdf/ocr/ocrSettings.js';
import { pdfToLayout } from '../../src/convert/pdf/pdfToLayout.js';
import type { Block, Layout } from '../../src/model/layout.js';
import { SAMPLES_DIR } from '../helpers/samples.js';

const native = nativeTesseractVersion();
let dir = '';
let page: Uint8Array;

/** The layout without what may differ between engines: word confidences (rounded differently) and the engine's name. */
function shape(layout: Layout): unknown {
  const strip = (b: Block): unknown =>
    b.type === 'paragraph'
      ? { ...b, ocrWords: b.ocrWords?.map(([s, e]) => [s, e]) }
      : { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, paragraphs: c.paragraphs.map(strip) })) })) };
  return { text: layout.text, blocks: layout.blocks.map(strip), pages: layout.pages };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'eia-ocr-engines-'));
  execFileSync('pdfseparate', ['-f', '2', '-l', '2', `${SAMPLES_DIR}bathnes-commissioning-2024-scan.pdf`, join(dir, 'page.pdf')]);
  page = new Uint8Array(readFileSync(join(dir, 'page.pdf')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(native === undefined)(`OCR engines: tesseract.js and ${native ?? 'the tesseract CLI'}`, () => {
  it('read a scanned page into the same layout, words, tables and all', { timeout: 240_000 }, async () => {
    const embedded = await pdfToLayout(page, DEFAULT_CONVERT_LIMITS, { ocr: { ...DEFAULT_OCR_SETTINGS, engine: 'tesseract.js' } });
    const cli = await pdfToLayout(page, DEFAULT_CONVERT_LIMITS, { ocr: { ...DEFAULT_OCR_SETTINGS, engine: 'native' } });
    expect(embedded.meta?.ocr).toMatch(/^tesseract\.js /);
    expect(cli.meta?.ocr).toMatch(/^tesseract \d/);
    expect(embedded.blocks.some((b) => b.type === 'table')).toBe(true);
    expect(embedded.text.length).toBeGreaterThan(500);
    expect(shape(cli)).toEqual(shape(embedded));
  });
});
