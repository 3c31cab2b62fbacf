/**
 * Checks that bytes named .docx are a Word package before mammoth inflates them, so each
 * kind of bad input gets its own reason: a legacy binary .doc, something that is not a zip
 * at all, or a zip without a Word document inside.
 */
import { ConversionError } from '../ConversionError.js';
import type { ConvertLimits } from '../types.js';
import { scanZip } from './scanZip.js';

/** OLE2 compound file signature: legacy .doc/.xls/.ppt. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function checkDocxContainer(bytes: Uint8Array, limits: ConvertLimits): Promise<void> {
  if (bytes.length === 0) throw new ConversionError('empty-file');
  if (OLE2.every((b, i) => bytes[i] === b)) throw new ConversionError('legacy-doc');
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    throw new ConversionError('corrupt', 'not a zip package (a .docx is a zip of XML parts)');
  }
  const entries = await scanZip(bytes, limits.maxInflatedBytes);
  if (!entries.includes('word/document.xml')) {
    throw new ConversionError('corrupt', 'the zip holds no word/document.xml, so it is not a Word document');
  }
}
