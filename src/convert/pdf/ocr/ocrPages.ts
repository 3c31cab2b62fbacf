/**
 * Reads a document's image-only pages with OCR, one tesseract worker for all of them, and
 * turns each into the PageContent a text page would give (lines, ruled tables with cells),
 * so headers, footers, paragraphs and tables joined across pages come out of the same
 * document-wide steps. Positions are PDF user-space points, origin bottom-left.
 *
 * What OCR did is reported for extraction's confidence model: a warning per page with its
 * mean word confidence, and `meta.ocr` (a summary), `meta.ocrConfidence` (the mean word
 * confidence over the document, 0–1) and `meta.ocrPages` (which pages were read).
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pageContent, type PageSize } from '../readPage.js';
import type { PageContent } from '../types.js';
import { commonSizes, snapSize } from './fontSizes.js';
import { harmoniseRepeats } from './harmoniseRepeats.js';
import { ocrPage, type OcrPageResult } from './ocrPage.js';
import type { OcrSettings } from './ocrSettings.js';
import { createNativeEngine, nativeTesseractInstalled } from './nativeEngine.js';
import { createOcrEngine } from './tesseractEngine.js';
import type { OcrWordPlace } from './wordConfidence.js';

export interface OcrOutcome {
  /** Content for each page that OCR read (pages that failed are left out). */
  pages: PageContent[];
  /** Words kept over all pages. */
  words: number;
  /** Where each kept word is and how sure OCR was of it, for the paragraphs it ends up in (wordConfidence.ts). */
  wordPlaces: OcrWordPlace[];
  warnings: string[];
  meta: Record<string, string>;
  /** Why no page could be read, when none could. */
  failure?: string;
}

/**
 * OCRs the pages of `doc` listed in `sizes`. `textPages` are the document's other pages, read
 * from their text layer: their headers, footers and table headers are the exact readings that
 * the OCR'd copies take (harmoniseRepeats.ts).
 */
export async function ocrPages(doc: PDFDocumentProxy, sizes: readonly PageSize[], settings: OcrSettings, textPages: readonly PageContent[] = []): Promise<OcrOutcome> {
  const native = settings.engine === 'native' || (settings.engine === 'auto' && nativeTesseractInstalled());
  const engine = native ? createNativeEngine() : createOcrEngine();
  const read: Array<{ size: PageSize; result: OcrPageResult }> = [];
  const warnings: string[] = [];
  let failure: string | undefined;
  try {
    await engine.start();
    for (const size of sizes) {
      try {
        read.push({ size, result: await ocrPage(doc, size, engine, settings) });
      } catch (error) {
        failure = messageOf(error);
        warnings.push(`page ${size.page}: no text layer, and OCR failed: ${failure}`);
      }
    }
  } catch (error) {
    // The engine could not start (no language data, no worker threads): every page fails alike.
    failure = `tesseract did not start: ${messageOf(error)}`;
    warnings.push(...sizes.map((s) => `page ${s.page}: no text layer, and OCR failed: ${failure}`));
  } finally {
    await engine.terminate();
  }

  // Sizes are evened out over the whole document before lines are built (see fontSizes.ts).
  const lineSizes = new Map<string, { size: number; chars: number }>();
  for (const { size, result } of read) {
    for (const run of result.runs) {
      const key = `${size.page}:${run.line}`;
      const entry = lineSizes.get(key) ?? { size: run.size, chars: 0 };
      entry.chars += run.text.length;
      lineSizes.set(key, entry);
    }
  }
  const common = commonSizes([...lineSizes.values()]);

  let pages: PageContent[] = [];
  let words = 0;
  let confidenceSum = 0;
  const wordPlaces: OcrWordPlace[] = [];
  for (const { size, result } of read) {
    const runs = result.runs.map((r) => ({ ...r, size: snapSize(r.size, common) }));
    for (const r of runs) wordPlaces.push({ page: size.page, text: r.text, x0: r.x0, x1: r.x1, baseline: r.baseline, confidence: r.confidence });
    pages.push(pageContent(size, runs, result.graphics));
    words += runs.length;
    confidenceSum += result.confidence * runs.length;
    const what = runs.length > 0 ? `${runs.length} words, mean confidence ${Math.round(result.confidence)}` : `no text found (mean confidence ${Math.round(result.confidence)})`;
    warnings.push(`page ${size.page}: no text layer, read by OCR (${what}, skew ${result.skew.toFixed(2)}°)`);
  }
  pages = harmoniseRepeats(pages, textPages);
  const meanConfidence = words > 0 ? confidenceSum / words : 0;
  const pageList = compactRanges(read.map((r) => r.size.page));
  const meta: Record<string, string> =
    read.length === 0
      ? {}
      : {
          ocr: `${engine.name} (eng); pages ${pageList}; ${settings.dpi} dpi; mean word confidence ${Math.round(meanConfidence)}`,
          ocrConfidence: (meanConfidence / 100).toFixed(3),
          ocrPages: pageList,
        };
  return { pages, words, wordPlaces, warnings, meta, ...(read.length === 0 && failure !== undefined ? { failure } : {}) };
}

/** Page numbers as ranges: [1, 2, 3, 5] → "1–3, 5". */
export function compactRanges(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
