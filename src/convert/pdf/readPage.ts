/**
 * Reads one page: its text runs and drawings from pdf.js, struck-through text removed, ruled
 * tables found, and the text sorted into table cells and lines. A page without a text layer
 * comes back empty; OCR (ocr/ocrPages.ts) reads it and goes through the same `pageContent`.
 *
 * Positions are PDF user-space points, origin bottom-left.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Pdfjs } from './pdfjsRuntime.js';
import { assignRunsToCells } from './assignRunsToCells.js';
import { pageGraphics } from './pageGraphics.js';
import { removeStruckText } from './strikeThrough.js';
import { dropPageFrames, findTableGrids } from './tableGrid.js';
import { groupRunsIntoLines } from './textLines.js';
import { textRunsFromItems, type FontFacts, type RawTextItem } from './textRuns.js';
import type { PageContent, PageGraphics, TextRun } from './types.js';

export interface ReadPageResult {
  content: PageContent;
  /** Text items with visible characters: zero on a scanned page. */
  textItems: number;
}

export async function readPage(doc: PDFDocumentProxy, pdfjs: Pdfjs, pageNumber: number): Promise<ReadPageResult> {
  const page = await doc.getPage(pageNumber);
  try {
    const text = await page.getTextContent();
    // Whitespace items stay: they tell where the PDF put spaces between runs.
    const items: RawTextItem[] = [];
    for (const item of text.items) if ('str' in item) items.push(item);
    const visible = items.filter((item) => item.str.trim() !== '').length;
    const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
    const size: PageSize = { page: pageNumber, width: x1 - x0, height: y1 - y0 };
    // A page without text (a scanned image) needs nothing more here (pdfToLayout sends it to
    // OCR), and its operator list would make pdf.js decode every image on it.
    if (visible === 0) return { content: { ...size, lines: [], tables: [] }, textItems: 0 };
    // The operator list sends the page's fonts to commonObjs, where the items' fonts are looked up for bold.
    const ops = await page.getOperatorList();
    const runs = textRunsFromItems(items, (name) => fontFacts(page.commonObjs, name));
    const graphics = pageGraphics(ops.fnArray, ops.argsArray, pdfjs.OPS);
    return { content: pageContent(size, runs, graphics), textItems: runs.length };
  } finally {
    page.cleanup();
  }
}

/** A page's number and size (points). */
export interface PageSize {
  page: number;
  width: number;
  height: number;
}

/**
 * The steps after reading, shared by text pages and OCR'd scans: struck-through text removed,
 * ruled tables found, and the text sorted into table cells and lines.
 */
export function pageContent(size: PageSize, runs: readonly TextRun[], graphics: PageGraphics): PageContent {
  const unstruck = removeStruckText(runs, graphics.segments);
  const grids = dropPageFrames(findTableGrids(unstruck.segments, graphics.fills), size.height);
  const assigned = assignRunsToCells(unstruck.runs, grids);
  return {
    ...size,
    lines: groupRunsIntoLines(assigned.flow),
    tables: grids.map((grid, g) => ({ grid, cellLines: (assigned.cells[g] ?? []).map((cellRuns) => groupRunsIntoLines(cellRuns)) })),
  };
}

/** Font facts from pdf.js's shared objects; undefined when the font is not (yet) resolved. */
function fontFacts(commonObjs: { has(id: string): boolean; get(id: string): unknown }, name: string): FontFacts | undefined {
  if (!commonObjs.has(name)) return undefined;
  const font: unknown = commonObjs.get(name);
  if (font === null || typeof font !== 'object') return undefined;
  const f = font as { name?: unknown; bold?: unknown; black?: unknown };
  return {
    ...(typeof f.name === 'string' ? { name: f.name } : {}),
    ...(typeof f.bold === 'boolean' ? { bold: f.bold } : {}),
    ...(typeof f.black === 'boolean' ? { black: f.black } : {}),
  };
}
