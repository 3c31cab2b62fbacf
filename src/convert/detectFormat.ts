/**
 * Decides which converter a file goes to, from its first bytes and its extension. The bytes
 * win over the name (a .doc saved as .docx, a web page saved as .doc, an RTF named .doc),
 * and a mismatch we cannot act on (an HTML page named .pdf) is its own failure reason.
 * Works on a file's head (ingest sniffs the first 4 KiB before queueing it).
 */
import type { LayoutFormat } from '../model/layout.js';
import { ConversionError } from './ConversionError.js';

const EXTENSIONS: Record<string, LayoutFormat> = {
  pdf: 'pdf', docx: 'docx', txt: 'txt', text: 'txt', doc: 'doc', html: 'html', htm: 'html', xhtml: 'html', rtf: 'rtf', odt: 'odt',
};

/** File extensions ingest picks up when walking folders. */
export const INGESTIBLE_EXTENSIONS = ['pdf', 'docx', 'txt', 'doc', 'html', 'htm', 'odt', 'rtf'] as const;

export function extensionOf(path: string): string {
  const m = /\.([^./\\]+)$/.exec(path);
  return m?.[1]?.toLowerCase() ?? '';
}

type Sniffed = 'pdf' | 'zip' | 'odt' | 'other-odf' | 'ole2' | 'html' | 'html-fragment' | 'rtf' | 'txt' | 'empty';

const ODF_MIMETYPE = 'mimetypeapplication/vnd.oasis.opendocument.';
/** A whole HTML document's opening, after any BOM, whitespace, comments and XML prolog. */
const HTML_DOCUMENT = /^(<!doctype html|<html|<head|<body)/i;
/** A page or fragment that opens with a tag: HTML only when the name says so too. */
const HTML_FRAGMENT = /^(<meta|<title|<table|<div|<p[\s>]|<h[1-6][\s>]|<section|<article|<main)/i;

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1024))).toString('latin1');
  // A PDF header may follow a little junk; readers accept it within the first 1 KiB.
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004') || head.startsWith('PK\u0005\u0006')) {
    // ODF stores an uncompressed "mimetype" entry first (ODF 1.2 §3.3), naming the kind.
    const at = head.indexOf(ODF_MIMETYPE);
    if (at >= 0 && at < 80) return head.startsWith('text', at + ODF_MIMETYPE.length) ? 'odt' : 'other-odf';
    return 'zip';
  }
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1')) return 'ole2';
  if (head.startsWith('{\\rtf')) return 'rtf';
  const start = markupStart(bytes);
  if (HTML_DOCUMENT.test(start)) return 'html';
  // Text exports may open with leftover tags (<p>, <ul>): those stay with the text reader.
  if (HTML_FRAGMENT.test(start)) return 'html-fragment';
  return 'txt';
}

/** The first 1 KiB as text from its first tag on: BOM, whitespace, comments and XML prolog skipped. */
function markupStart(bytes: Uint8Array): string {
  let text = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 2048))).toString('latin1');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = Buffer.from(bytes.subarray(2, 2050)).toString('utf16le');
  return text
    .replace(/^(\uFEFF|ï»¿)/, '')
    .replace(/^(\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/, '');
}

/**
 * The format to convert `path` as. Throws ConversionError for files no converter takes.
 * Text files are sniffed by the text converter itself (encoding, binary garbage).
 */
export function detectFormat(path: string, bytes: Uint8Array): LayoutFormat {
  const ext = extensionOf(path);
  const byName = EXTENSIONS[ext];
  const byBytes = sniff(bytes);
  switch (byBytes) {
    case 'empty':
      throw new ConversionError('empty-file');
    case 'pdf':
      return 'pdf';
    case 'ole2':
      return 'doc';
    case 'rtf':
      return 'rtf';
    case 'odt':
      return 'odt';
    case 'other-odf':
      throw new ConversionError('unsupported-format', 'an OpenDocument spreadsheet, presentation or drawing, not a text document');
    case 'zip':
      if (byName === 'docx' || byName === 'doc' || byName === 'odt' || byName === undefined) return 'docx';
      throw new ConversionError('wrong-format', `named .${ext} but is a zip package`);
    case 'html':
      if (byName === 'pdf') throw new ConversionError('wrong-format', 'named .pdf but is an HTML page');
      if (byName === 'docx') throw new ConversionError('wrong-format', 'named .docx but is an HTML page');
      // Word's .doc "saved as web page" keeps its .doc name; a whole page named .txt is a page.
      return 'html';
    case 'html-fragment':
    case 'txt':
      break;
  }
  if (byName === 'pdf') throw new ConversionError('wrong-format', 'named .pdf but has no PDF header');
  if (byName === 'docx') throw new ConversionError('wrong-format', 'named .docx but is not a zip package');
  if (byName === 'odt') throw new ConversionError('wrong-format', 'named .odt but is not an OpenDocument package');
  if (byName === 'doc') throw new ConversionError('wrong-format', 'named .doc but is not a Word, RTF or HTML file');
  // A page that does not open with markup (text first) still goes to the HTML reader by name.
  if (byName === 'html') return 'html';
  if (byName === 'rtf') throw new ConversionError('wrong-format', 'named .rtf but does not start with {\\rtf');
  if (byName === 'txt') return 'txt';
  throw new ConversionError('unsupported-format', `.${ext || '(no extension)'}`);
}
