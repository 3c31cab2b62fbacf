/**
 * HTML bytes → text, in the encoding the page declares: a byte-order mark first, then a
 * <meta charset> or http-equiv Content-Type (or an XML prolog) in the first 4 KiB. Word's
 * "Save as Web Page" writes windows-1252 pages; LibreOffice and web sites write UTF-8. An
 * undeclared page is UTF-8 when it decodes as UTF-8, otherwise windows-1252.
 */
import iconv from 'iconv-lite';

export function decodeHtml(bytes: Uint8Array): { text: string; charset: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { text: buf.subarray(3).toString('utf8'), charset: 'utf-8' };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { text: iconv.decode(buf.subarray(2), 'utf-16le'), charset: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { text: iconv.decode(buf.subarray(2), 'utf-16be'), charset: 'utf-16be' };
  const declared = declaredCharset(buf.subarray(0, 4096).toString('latin1'));
  if (declared && !/^utf-?8$/i.test(declared) && iconv.encodingExists(declared)) {
    return { text: iconv.decode(buf, declared), charset: declared.toLowerCase() };
  }
  const utf8 = buf.toString('utf8');
  if (declared || !utf8.includes('\uFFFD')) return { text: utf8, charset: 'utf-8' };
  return { text: iconv.decode(buf, 'windows-1252'), charset: 'windows-1252' };
}

function declaredCharset(head: string): string | null {
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta?.[1]) return meta[1];
  const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head);
  return xml?.[1] ?? null;
}
