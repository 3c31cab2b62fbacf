/**
 * A PDF page as a PNG for the review page, rendered on the server by pdf.js onto
 * @napi-rs/canvas and cached on disk by content hash, page and scale, so a page is rendered
 * once however often it is opened. Also the page's box (PDF points), which the highlight
 * overlay uses as its coordinate system.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { openPdf } from '../convert/pdf/loadPdf.js';

/** The canvas type pdf.js's render() declares (a DOM canvas, in its types). */
type RenderCanvas = Parameters<PDFPageProxy['render']>[0]['canvas'];

/** Pixels per point: 2 is 144 dpi, sharp enough to read small table text beside the field. */
export const PAGE_SCALE = 2;

export interface PageBox {
  /** The page's visible area in PDF user space [x0, y0, x1, y1], origin bottom-left. */
  view: [number, number, number, number];
}

export async function pageBoxes(pdfPath: string): Promise<PageBox[]> {
  const pdf = await openPdf(readFileSync(pdfPath));
  try {
    const out: PageBox[] = [];
    for (let n = 1; n <= pdf.doc.numPages; n++) {
      const page = await pdf.doc.getPage(n);
      const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
      out.push({ view: [x0, y0, x1, y1] });
      page.cleanup();
    }
    return out;
  } finally {
    await pdf.destroy();
  }
}

/** The PNG of page `page` (1-based) of the PDF at `pdfPath`, from the cache when rendered before. */
export async function pagePng(pdfPath: string, sha256: string, page: number, cacheDir: string): Promise<Buffer | null> {
  const file = join(cacheDir, `${sha256}-p${page}@${PAGE_SCALE}.png`);
  try {
    return readFileSync(file);
  } catch {
    // not rendered yet
  }
  const pdf = await openPdf(readFileSync(pdfPath));
  try {
    if (page < 1 || page > pdf.doc.numPages) return null;
    const p = await pdf.doc.getPage(page);
    const viewport = p.getViewport({ scale: PAGE_SCALE });
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await p.render({ canvas: canvas as unknown as RenderCanvas, viewport, background: '#ffffff' }).promise;
    const png = await canvas.encode('png');
    p.cleanup();
    mkdirSync(cacheDir, { recursive: true });
    // Written whole then renamed: a second request never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  } finally {
    await pdf.destroy();
  }
}
