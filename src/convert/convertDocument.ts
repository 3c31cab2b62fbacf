/**
 * One entry point for conversion: picks the converter from the file's name and bytes and
 * returns its layout, or throws a ConversionError naming what is wrong with the file.
 */
import type { Layout, LayoutFormat } from '../model/layout.js';
import { ConversionError } from './ConversionError.js';
import { detectFormat } from './detectFormat.js';
import { docConverter, docToLayout } from './doc/docToLayout.js';
import { DOCX_CONVERTER, docxToLayout } from './docx/docxToLayout.js';
import { HTML_CONVERTER, htmlToLayout } from './html/htmlToLayout.js';
import { LIBREOFFICE_CONVERTER, officeViaLibreOffice } from './office/officeViaLibreOffice.js';
import { PDF_CONVERTER, pdfToLayout } from './pdf/pdfToLayout.js';
import { TXT_CONVERTER, txtToLayout } from './txt/txtToLayout.js';
import type { Converter, ConvertLimits, OnPage } from './types.js';

type ConverterId = { name: string; version: string };

/** Each format's converter, and its id (a function where it depends on what is installed). */
const CONVERTERS: Record<LayoutFormat, { run: Converter; id: () => ConverterId }> = {
  pdf: { run: (bytes, limits, onPage) => pdfToLayout(bytes, limits, onPage ? { onPage } : {}), id: () => PDF_CONVERTER },
  docx: { run: docxToLayout, id: () => DOCX_CONVERTER },
  txt: { run: txtToLayout, id: () => TXT_CONVERTER },
  doc: { run: docToLayout, id: docConverter },
  html: { run: htmlToLayout, id: () => HTML_CONVERTER },
  odt: { run: (bytes, limits) => officeViaLibreOffice(bytes, limits, 'odt'), id: () => LIBREOFFICE_CONVERTER },
  rtf: { run: (bytes, limits) => officeViaLibreOffice(bytes, limits, 'rtf'), id: () => LIBREOFFICE_CONVERTER },
};

/** "docx@1,pdfjs@3,…": every converter's version, as a run records it. */
export function converterSetKey(): string {
  return [...new Set(Object.values(CONVERTERS).map(({ id }) => `${id().name}@${id().version}`))].sort().join(',');
}

/** "name@version" of the converter a format goes to: the cache key for converted layouts. */
export function converterKey(format: LayoutFormat): string {
  const id = CONVERTERS[format].id();
  return `${id.name}@${id.version}`;
}

/** `format`: when the caller has detected it already (detectFormat), to not sniff twice. */
export async function convertDocument(path: string, bytes: Uint8Array, limits: ConvertLimits, format: LayoutFormat = detectFormat(path, bytes), onPage?: OnPage): Promise<Layout> {
  try {
    return await CONVERTERS[format].run(bytes, limits, onPage);
  } catch (error) {
    if (error instanceof ConversionError) throw error;
    // A converter that throws something else has met a file it cannot parse.
    throw new ConversionError('corrupt', error instanceof Error ? error.message : String(error), { cause: error });
  }
}
