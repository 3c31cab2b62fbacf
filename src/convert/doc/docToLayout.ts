/**
 * Word 97–2003 .doc → layout. Through LibreOffice when it is installed (it keeps tables,
 * bold and headings, so a .doc reads as its .docx does); otherwise with the pure-JS reader,
 * which keeps the text and rebuilds tables from Word's cell marks. The cache key says which
 * (see `docConverter`), so installing LibreOffice later re-converts .doc files.
 */
import type { Layout } from '../../model/layout.js';
import { ConversionError } from '../ConversionError.js';
import { findLibreOffice } from '../libreoffice/findLibreOffice.js';
import { LIBREOFFICE_CONVERTER, officeViaLibreOffice } from '../office/officeViaLibreOffice.js';
import type { ConvertLimits } from '../types.js';
import { oleKind } from './oleKind.js';
import { WORD_EXTRACTOR_CONVERTER, wordExtractorToLayout } from './wordExtractorToLayout.js';

/** The converter a .doc goes to on this machine now. */
export function docConverter(): { name: string; version: string } {
  return findLibreOffice() ? LIBREOFFICE_CONVERTER : WORD_EXTRACTOR_CONVERTER;
}

export async function docToLayout(bytes: Uint8Array, limits: ConvertLimits): Promise<Layout> {
  switch (oleKind(bytes)) {
    case 'encrypted-ooxml':
      throw new ConversionError('encrypted', 'an Office document protected with a password');
    case 'other-office':
      throw new ConversionError('unsupported-format', 'an Office 97–2003 file that is not a Word document (Excel, PowerPoint or Outlook)');
    case 'unknown':
      throw new ConversionError('corrupt', 'an OLE2 compound file with no Word document stream');
    case 'word':
      break;
  }
  if (!findLibreOffice()) return wordExtractorToLayout(bytes);
  return officeViaLibreOffice(bytes, limits, 'doc');
}
