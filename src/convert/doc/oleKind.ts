/**
 * What an OLE2 compound file (the container of Office 97–2003 files) holds, from the names
 * in its directory: a Word document, an Office 2007+ file encrypted with a password (Office
 * wraps those in OLE2 as "EncryptedPackage"), or another Office file (Excel, PowerPoint,
 * Outlook). Directory entries store names as UTF-16LE in fixed 64-byte slots; finding the
 * name in the bytes is enough to tell these apart without walking the sector chains.
 */
export type OleKind = 'word' | 'encrypted-ooxml' | 'other-office' | 'unknown';

const utf16 = (name: string): Buffer => Buffer.from(`${name}\u0000`, 'utf16le');
const WORD = utf16('WordDocument');
const ENCRYPTED = [utf16('EncryptedPackage'), utf16('EncryptionInfo')];
const OTHER = ['Workbook', 'Book', 'PowerPoint Document', '__substg1.0_0037001F', 'VisioDocument'].map(utf16);

export function oleKind(bytes: Uint8Array): OleKind {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (ENCRYPTED.some((n) => buf.includes(n))) return 'encrypted-ooxml';
  if (buf.includes(WORD)) return 'word';
  if (OTHER.some((n) => buf.includes(n))) return 'other-office';
  return 'unknown';
}
