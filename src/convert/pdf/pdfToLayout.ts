/**
 * The PDF converter: a PDF's bytes in, a Layout out (src/model/layout.ts).
 *
 * Per page (readPage): text runs and rulings from pdf.js, struck-through text dropped, ruled
 * tables found and text sorted into cells and lines. Then for the whole document
 * (documentBlocks): headers, footers and page numbers removed, paragraphs built, tables
 * joined across page breaks. Positions in the layout are PDF user-space points with the
 * origin at the page's bottom-left.
 *
 * Pages without a text layer (scanned images) are read by OCR (ocr/ocrPages.ts) and go
 * through the same steps; OCR can be switched off (env EIA_OCR=off, or `options.ocr`).
 *
 * Failures are ConversionErrors: 'empty-file' (no bytes), 'encrypted' (a user password is
 * needed; an owner password alone does not stop reading), 'corrupt' (pdf.js cannot parse it,
 * or no page could be read), 'no-content' (no pages), 'no-text-layer' (pages but no text: a
 * scan that OCR is off for, failed on or found no words in), 'too-large' (over
 * limits.maxPages). A page that fails on its own is skipped with a warning.
 */
import type { Layout } from '../../model/layout.js';
import { ConversionError } from '../ConversionError.js';
import { finaliseLayout } from '../finaliseLayout.js';
import type { ConvertLimits, OnPage } from '../types.js';
import { documentBlocks } from './documentBlocks.js';
import { openPdf } from './loadPdf.js';
import { ocrPages, type OcrOutcome } from './ocr/ocrPages.js';
import { ocrSettingsFromEnv, type OcrSettings } from './ocr/ocrSettings.js';
import { attachWordConfidence } from './ocr/wordConfidence.js';
import { readPage, type PageSize } from './readPage.js';
import type { PageContent } from './types.js';

/**
 * Version 2: image-only pages are OCR'd. Layouts are cached per converter version, so none
 * made before is reused (a store's scans that failed as 'no-text-layer' are read again with
 * `eia ingest --retry-failed`). Version 3: running headers of a run of pages (one document of a
 * bundle) are furniture too. Version 5: scans are levelled before OCR (pageBackground.ts), the
 * native tesseract CLI can read them, and each OCR'd word's confidence is kept (`ocrWords`).
 * Version 6: a bar after capitals in an OCR'd word is a capital I (the impact codes UI, NI).
 * Version 7: OCR takes the native tesseract where one is installed (the same model and layout).
 */
export const PDF_CONVERTER = { name: 'pdfjs', version: '8' } as const;

export interface PdfOptions {
  /** How to read image-only pages; from the environment (ocrSettingsFromEnv) when not given. */
  ocr?: OcrSettings;
  /** Told as each page is read, and as OCR starts on each scanned page. */
  onPage?: OnPage;
}

export async function pdfToLayout(bytes: Uint8Array, limits: ConvertLimits, options: PdfOptions = {}): Promise<Layout> {
  const { doc, pdfjs, destroy } = await openPdf(bytes);
  try {
    const pageCount = doc.numPages;
    if (pageCount === 0) throw new ConversionError('no-content', 'the PDF has no pages');
    if (pageCount > limits.maxPages) throw new ConversionError('too-large', `${pageCount} pages, over the limit of ${limits.maxPages}`);

    let pages: PageContent[] = [];
    const warnings: string[] = [];
    const scanned: PageSize[] = [];
    let textItems = 0;
    for (let p = 1; p <= pageCount; p++) {
      try {
        options.onPage?.({ stage: 'read', page: p, of: pageCount });
        const result = await readPage(doc, pdfjs, p);
        pages.push(result.content);
        textItems += result.textItems;
        if (result.textItems === 0) scanned.push({ page: p, width: result.content.width, height: result.content.height });
      } catch (error) {
        warnings.push(`page ${p}: skipped, ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (pages.length === 0) throw new ConversionError('corrupt', 'no page could be read');

    const ocrSettings = options.ocr ?? ocrSettingsFromEnv();
    let ocr: OcrOutcome | undefined;
    if (scanned.length > 0 && ocrSettings.enabled) {
      const scannedPages = new Set(scanned.map((s) => s.page));
      const ocrDoc = options.onPage ? reportingOcrPages(doc, scanned.length, options.onPage) : doc;
      ocr = await ocrPages(ocrDoc, scanned, ocrSettings, pages.filter((c) => !scannedPages.has(c.page)));
      // OCR'd pages replace their empty placeholders, keeping page order.
      const read = new Map(ocr.pages.map((c) => [c.page, c]));
      pages = pages.map((c) => read.get(c.page) ?? c);
      textItems += ocr.words;
      warnings.push(...ocr.warnings);
    } else {
      warnings.push(...scanned.map((s) => `page ${s.page}: no text layer`));
    }
    if (textItems === 0) throw new ConversionError('no-text-layer', noTextDetail(scanned.length > 0, ocrSettings, ocr));
    warnings.sort((a, b) => pageOf(a) - pageOf(b));

    return finaliseLayout({
      format: 'pdf',
      converter: { ...PDF_CONVERTER },
      pages: pageCount,
      pageSizes: pageSizes(pages, pageCount),
      blocks: ocr ? attachWordConfidence(documentBlocks(pages), ocr.wordPlaces) : documentBlocks(pages),
      warnings,
      ...(ocr && Object.keys(ocr.meta).length > 0 ? { meta: ocr.meta } : {}),
    });
  } finally {
    await destroy();
  }
}

/** Why a document without text could not be read: OCR was off, failed, or found nothing. */
function noTextDetail(anyScanned: boolean, settings: OcrSettings, ocr: OcrOutcome | undefined): string | undefined {
  if (!anyScanned) return undefined;
  if (!settings.enabled) return 'OCR is switched off';
  if (ocr?.failure !== undefined) return `OCR failed: ${ocr.failure}`;
  return 'OCR found no words';
}

/** The page number a warning starts with ("page 3: …"); warnings are listed in page order. */
function pageOf(warning: string): number {
  return Number(/^page (\d+):/.exec(warning)?.[1] ?? 0);
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

/**
 * The document as OCR sees it, telling `onPage` as OCR opens each page it reads (once per
 * page, in the order it goes): OCR's own loop stays as it is, and a 10-page scan shows
 * "OCR page 3/10" instead of sitting silent for half a minute.
 */
function reportingOcrPages<D extends { getPage(n: number): Promise<unknown> }>(doc: D, scannedCount: number, onPage: OnPage): D {
  const seen = new Set<number>();
  return new Proxy(doc, {
    get(target, key) {
      if (key !== 'getPage') {
        const value = Reflect.get(target, key, target) as unknown;
        // Methods run on the document itself, never on the proxy (pdf.js keeps private state).
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      }
      return (n: number) => {
        if (!seen.has(n)) {
          seen.add(n);
          onPage({ stage: 'ocr', page: seen.size, of: scannedCount });
        }
        return target.getPage(n);
      };
    },
  });
}
