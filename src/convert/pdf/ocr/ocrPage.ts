/**
 * Reads one image-only page: renders it, evens out its paper (pageBackground.ts), levels it, finds its table rulings, erases them,
 * and OCRs what is left, table cell by table cell (readRegions.ts); then cleans tesseract's
 * words (bullets, noise, dashes, capital I). Returns the words as TextRuns and the rulings and shaded
 * cells as PageGraphics, all in PDF user space (points, origin bottom-left, y up), ready for
 * the same table and line building a text page goes through.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PageSize } from '../readPage.js';
import { dropPageFrames, findTableGrids } from '../tableGrid.js';
import type { PageGraphics } from '../types.js';
import { restoreBullets } from './bullets.js';
import { respellCapitalI } from './capitalI.js';
import { respellDashes } from './dashes.js';
import { estimateSkew } from './deskew.js';
import { eraseRulings } from './eraseRulings.js';
import { findRulings, rulingOptionsFor } from './findRulings.js';
import { binarize, midpointThreshold } from './grayImage.js';
import type { OcrSettings } from './ocrSettings.js';
import { flattenPaper, levelPage } from './pageBackground.js';
import { readRegions } from './readRegions.js';
import { renderPageGray } from './renderPage.js';
import { rotateImage } from './rotateImage.js';
import { scanGraphics } from './scanGraphics.js';
import { dropSpecks } from './specks.js';
import type { OcrEngine } from './tesseractEngine.js';
import { wordsToRuns, type OcrRun } from './wordsToRuns.js';

export interface OcrPageResult {
  /** The words, noise left out, as runs; none on a page under settings.minPageConfidence. */
  runs: OcrRun[];
  graphics: PageGraphics;
  /** The skew the page was levelled by (degrees, counter-clockwise positive). */
  skew: number;
  /** Mean word confidence (0–100) of the words read; 0 for none. */
  confidence: number;
}

export async function ocrPage(doc: PDFDocumentProxy, size: PageSize, engine: OcrEngine, settings: OcrSettings): Promise<OcrPageResult> {
  const page = await doc.getPage(size.page);
  try {
    const rendered = await renderPageGray(page, settings.dpi);
    const { frame } = rendered;
    // Paper levelled first: a dark scanner edge or a grey header cell would otherwise weigh in the
    // skew's projection profile, hide rulings beside it, and be read as letters.
    const paper = levelPage(rendered.image, frame.scale);
    const skew = estimateSkew(binarize(paper.image));
    const level = rotateImage(paper.image, -skew);
    const rulings = findRulings(binarize(level, midpointThreshold(level)), rulingOptionsFor(frame.scale));
    const graphics = scanGraphics(rulings, rotateImage(paper.background, -skew), frame);
    // The tables pageContent will find, so that each cell is read on its own.
    const grids = dropPageFrames(findTableGrids(graphics.segments, graphics.fills), size.height);
    // What tesseract reads: the page flat-fielded, not divided to white (pageBackground.ts).
    // One pixel either side of a ruling catches the blur at its edges.
    const clean = eraseRulings(rotateImage(flattenPaper(rendered.image, paper.background), -skew), rulings, 1);
    const read = await readRegions(clean, grids, frame, engine);
    const words = respellCapitalI(respellDashes(dropSpecks(restoreBullets(read))));
    const confidence = words.length > 0 ? words.reduce((sum, w) => sum + w.confidence, 0) / words.length : 0;
    const runs = confidence >= settings.minPageConfidence ? wordsToRuns(words, frame) : [];
    return { runs, graphics, skew, confidence };
  } finally {
    page.cleanup();
  }
}
