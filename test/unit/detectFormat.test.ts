import { describe, expect, it } from 'vitest';
import { ConversionError } from '../../src/convert/ConversionError.js';
import { detectFormat, INGESTIBLE_EXTENSIONS } from '../../src/convert/detectFormat.js';

const bytes = (s: string | Buffer): Uint8Array => new Uint8Array(typeof s === 'string' ? Buffer.from(s, 'latin1') : s);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
const odf = (kind: string): Buffer => Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(26), Buffer.from(`mimetypeapplication/vnd.oasis.opendocument.${kind}`)]);
const reasonOf = (path: string, b: Uint8Array): string => {
  try {
    detectFormat(path, b);
    return 'accepted';
  } catch (e) {
    return (e as ConversionError).reason;
  }
};

describe('detectFormat: the bytes say what a file is', () => {
  it('reads Word 97 by its OLE2 header whatever the name', () => {
    expect(detectFormat('a.doc', bytes(OLE2))).toBe('doc');
    expect(detectFormat('renamed.docx', bytes(OLE2))).toBe('doc');
  });

  it('tells an ODF text package from a .docx and from other ODF kinds', () => {
    expect(detectFormat('a.odt', bytes(odf('text')))).toBe('odt');
    expect(detectFormat('a.docx', bytes(odf('text')))).toBe('odt');
    expect(reasonOf('sheet.odt', bytes(odf('spreadsheet')))).toBe('unsupported-format');
    expect(detectFormat('a.docx', bytes('PK\u0003\u0004rest of a zip'))).toBe('docx');
  });

  it('reads RTF by {\\rtf, even when named .doc', () => {
    expect(detectFormat('a.rtf', bytes('{\\rtf1\\ansi hello}'))).toBe('rtf');
    expect(detectFormat('saved-by-word.doc', bytes('{\\rtf1\\ansi hello}'))).toBe('rtf');
    expect(reasonOf('a.rtf', bytes('plain words'))).toBe('wrong-format');
  });

  it('takes whole HTML documents as pages (after a BOM, comments or an XML prolog), but not a text export that opens with a tag', () => {
    expect(detectFormat('a.htm', bytes('<!DOCTYPE html><html><body>x</body></html>'))).toBe('html');
    expect(detectFormat('web-page.doc', bytes(Buffer.from('\uFEFF<!-- saved from url --><html xmlns:o="urn:schemas-microsoft-com:office:office">', 'utf8')))).toBe('html');
    expect(detectFormat('export.txt', bytes('<?xml version="1.0"?>\n<html><body>x</body></html>'))).toBe('html');
    expect(detectFormat('export.txt', bytes('<p>Equality Impact Assessment</p>\tanswer'))).toBe('txt');
    expect(detectFormat('fragment.html', bytes('Some words first, then <p>markup</p>'))).toBe('html');
    expect(reasonOf('page.pdf', bytes('<!DOCTYPE html><html></html>'))).toBe('wrong-format');
  });

  it('walks every format it reads', () => {
    expect([...INGESTIBLE_EXTENSIONS].sort()).toEqual(['doc', 'docx', 'htm', 'html', 'odt', 'pdf', 'rtf', 'txt']);
  });
});
