/**
 * pdftotext exports of a PDF as legacy systems left them: -layout, -raw or the default
 * reading order; UTF-8 with LF, Windows-1252 with CRLF, or UTF-16LE with a BOM and CRLF
 * (Notepad's "Unicode"); with or without the form feed pdftotext puts between pages.
 */
import iconv from 'iconv-lite';
import type { PdftotextMode, TextEncoding } from './kinds.js';
import { requireTool, runTool } from './runTool.js';

export async function pdftotextExport(pdf: string, mode: PdftotextMode, encoding: TextEncoding, formFeeds: boolean): Promise<Buffer> {
  const pdftotext = requireTool('pdftotext', 'pdftotext');
  const args = [...(mode === 'plain' ? [] : [`-${mode}`]), ...(formFeeds ? [] : ['-nopgbrk']), '-enc', 'UTF-8', pdf, '-'];
  const text = (await runTool(pdftotext, args)).stdout.toString('utf8');
  switch (encoding) {
    case 'utf8':
      return Buffer.from(text, 'utf8');
    case 'cp1252':
      return iconv.encode(crlf(text), 'windows-1252');
    case 'utf16':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(crlf(text), 'utf-16le')]);
  }
}

function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}
