/**
 * .doc, .odt and .rtf → layout through LibreOffice: it saves the file as .docx (tables,
 * lists, headings and bold kept; page headers and footers stay in their own parts), and the
 * Word converter reads that exactly as it reads a .docx, so every Word-like format meets the
 * extractors in the same shape. The layout keeps the file's own format for the record.
 */
import type { Layout, LayoutFormat } from '../../model/layout.js';
import { docxToLayout, DOCX_CONVERTER } from '../docx/docxToLayout.js';
import { convertWithLibreOffice } from '../libreoffice/convertWithLibreOffice.js';
import type { ConvertLimits } from '../types.js';

/** Bump when this path's output changes (LibreOffice's own version is in the layout's meta). */
export const LIBREOFFICE_CONVERTER = { name: `libreoffice+${DOCX_CONVERTER.name}`, version: `1.${DOCX_CONVERTER.version}` } as const;

export async function officeViaLibreOffice(bytes: Uint8Array, limits: ConvertLimits, format: LayoutFormat): Promise<Layout> {
  const docx = await convertWithLibreOffice({ bytes, inputExtension: format, convertTo: 'docx:MS Word 2007 XML', outputExtension: 'docx' });
  const layout = await docxToLayout(docx, limits);
  return { ...layout, format, converter: LIBREOFFICE_CONVERTER, meta: { ...layout.meta, via: 'libreoffice' } };
}
