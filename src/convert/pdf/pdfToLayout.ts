/**
 * The PDF converter: a PDF's bytes in, a Layout out (src/model/layout.ts).
 *
 * Per page (readPage): text runs and rulings from pdf.js, struck-through text dropped, ruled
 * tables found and text sorted into cells and lines. Then for the whole document
 * (documentBlocks): headers, footers and page numbers removed, paragraphs built, tables
 * joined across page breaks. Positions in the layout are PDF user-space points with the
 * origin at the page's bottom-left.
 *
 * Failures are ConversionErrors: 'empty-file' (no bytes), 'encrypted' (a user password is
 * needed; an owner password alone does not stop reading), 'corrupt' (pdf.js cannot parse it,
 * or no page could be read), 'no-content' (no pages), 'no-text-layer' (pages but no text: a
 * scan), 'too-large' (over limits.maxPages). A page that fails on its own is skipped with a
 * warning.
 */
import type { Layout } from '../../model/layout.js';
import { ConversionError } from '../ConversionError.js';
import { finaliseLayout } from '../finaliseLayout.js';
import type { ConvertLimits } from '../types.js';
import { documentBlocks } from './documentBlocks.js';
import { openPdf } from './loadPdf.js';
import { readPage } from './readPage.js';
import type { PageContent } from './types.js';

export const PDF_CONVERTER = { name: 'pdfjs', version: '1' } as const;

export async function pdfToLayout(bytes: Uint8Array, limits: ConvertLimits): Promise<Layout> {
  const { doc, pdfjs, destroy } = await openPdf(bytes);
  try {
    const pageCount = doc.numPages;
    if (pageCount === 0) throw new ConversionError('no-content', 'the PDF has no pages');
    if (pageCount > limits.maxPages) throw new ConversionError('too-large', `${pageCount} pages, over the limit of ${limits.maxPages}`);

    const pages: PageContent[] = [];
    const warnings: string[] = [];
    let textItems = 0;
    for (let p = 1; p <= pageCount; p++) {
      try {
        const result = await readPage(doc, pdfjs, p);
        pages.push(result.content);
        textItems += result.textItems;
        if (result.textItems === 0) warnings.push(`page ${p}: no text layer`);
      } catch (error) {
        warnings.push(`page ${p}: skipped, ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (pages.length === 0) throw new ConversionError('corrupt', 'no page could be read');
    if (textItems === 0) throw new ConversionError('no-text-layer');

    return finaliseLayout({
      format: 'pdf',
      converter: { ...PDF_CONVERTER },
      pages: pageCount,
      pageSizes: pageSizes(pages, pageCount),
      blocks: documentBlocks(pages),
      warnings,
    });
  } finally {
    await destroy();
  }
}

/** One size per page; a skipped page borrows the size of the first page that was read. */
function pageSizes(pages: readonly PageContent[], pageCount: number): Array<[number, number]> {
  const byNumber = new Map(pages.map((p) => [p.page, [round(p.width), round(p.height)] as [number, number]]));
  const fallback = byNumber.get(pages[0]?.page ?? 1) ?? [0, 0];
  return Array.from({ length: pageCount }, (_, i) => byNumber.get(i + 1) ?? fallback);
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
