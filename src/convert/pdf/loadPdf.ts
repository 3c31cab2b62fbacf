/**
 * Opens a PDF with pdf.js and turns pdf.js's failures into ConversionErrors.
 *
 * pdf.js runs its "worker" on the calling thread in Node (a fake worker), so the caller
 * should run conversions inside worker threads; here we only make sure every document is
 * destroyed, and that pdf.js neither prints nor evaluates anything.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { PDFDocumentLoadingTask, PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { ConversionError } from '../ConversionError.js';
import { loadPdfjs, type Pdfjs } from './pdfjsRuntime.js';

/** Folders inside the installed pdfjs-dist that pdf.js reads fonts, CMaps and wasm decoders from. */
const PDFJS_ROOT = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const asFolderUrl = (name: string): string => path.join(PDFJS_ROOT, name) + path.sep;

export interface OpenedPdf {
  doc: PDFDocumentProxy;
  /** The pdf.js module, for its constants (OPS). */
  pdfjs: Pdfjs;
  /** Frees the document and pdf.js's worker-side state; safe to call more than once. */
  destroy(): Promise<void>;
}

/**
 * Opens `bytes` as a PDF. Throws ConversionError 'empty-file' for no bytes, 'encrypted' when a
 * user password is needed (a PDF with only an owner password, restricting printing or
 * copying, opens normally) and 'corrupt' when pdf.js cannot parse the file.
 */
export async function openPdf(bytes: Uint8Array): Promise<OpenedPdf> {
  if (bytes.length === 0) throw new ConversionError('empty-file');
  const pdfjs = await loadPdfjs();
  const task: PDFDocumentLoadingTask = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes survive.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: asFolderUrl('standard_fonts'),
    cMapUrl: asFolderUrl('cmaps'),
    cMapPacked: true,
    wasmUrl: asFolderUrl('wasm'),
    // ERRORS is 0, the quietest level: pdf.js otherwise warns on stdout about fonts and broken objects.
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let destroyed = false;
  const destroy = async (): Promise<void> => {
    if (destroyed) return;
    destroyed = true;
    await task.destroy();
  };
  try {
    const doc = await task.promise;
    return { doc, pdfjs, destroy };
  } catch (error) {
    await destroy();
    throw toConversionError(error);
  }
}

/** Maps an error from pdf.js's document loading onto the pipeline's failure reasons. */
export function toConversionError(error: unknown): ConversionError {
  if (error instanceof ConversionError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new ConversionError('encrypted', message, { cause: error });
  // InvalidPDFException, FormatError, UnknownErrorException and the like: the bytes are not a readable PDF.
  return new ConversionError('corrupt', message || name || 'pdf.js could not read the file', { cause: error });
}
