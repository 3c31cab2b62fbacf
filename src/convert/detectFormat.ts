/**
 * Decides which converter a file goes to, from its extension and its first bytes. The bytes
 * win over the name when they disagree in a way we can act on (a PDF named .txt), and a
 * mismatch we cannot act on (an HTML page named .pdf) is its own failure reason.
 */
import type { LayoutFormat } from '../model/layout.js';
import { ConversionError } from './ConversionError.js';

const EXTENSIONS: Record<string, LayoutFormat> = { pdf: 'pdf', docx: 'docx', txt: 'txt', text: 'txt' };

/** File extensions ingest picks up when walking folders. */
export const INGESTIBLE_EXTENSIONS = ['pdf', 'docx', 'txt'] as const;

export function extensionOf(path: string): string {
  const m = /\.([^./\\]+)$/.exec(path);
  return m?.[1]?.toLowerCase() ?? '';
}

type Sniffed = LayoutFormat | 'zip' | 'ole2' | 'html' | 'binary' | 'empty';

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  const head = Buffer.from(bytes.subarray(0, Math.min(bytes.length, 1024))).toString('latin1');
  // A PDF header may follow a little junk; readers accept it within the first 1 KiB.
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\u0003\u0004') || head.startsWith('PK\u0005\u0006')) return 'zip';
  if (head.startsWith('\u00d0\u00cf\u0011\u00e0\u00a1\u00b1\u001a\u00e1')) return 'ole2';
  if (/^\s*(<!doctype html|<html|<head|<body)/i.test(head.replace(/^\uFEFF|^ï»¿/, ''))) return 'html';
  return 'txt';
}

/**
 * The format to convert `path` as. Throws ConversionError for files no converter takes.
 * Text files are sniffed by the text converter itself (encoding, binary garbage).
 */
export function detectFormat(path: string, bytes: Uint8Array): LayoutFormat {
  const byName = EXTENSIONS[extensionOf(path)];
  const byBytes = sniff(bytes);
  if (byBytes === 'empty') throw new ConversionError('empty-file');
  if (byBytes === 'pdf') return 'pdf';
  if (byBytes === 'ole2') throw new ConversionError('legacy-doc');
  if (byBytes === 'zip') {
    if (byName === 'docx' || byName === undefined) return 'docx';
    throw new ConversionError('wrong-format', `named .${extensionOf(path)} but is a zip package`);
  }
  if (byName === 'pdf') {
    throw new ConversionError('wrong-format', byBytes === 'html' ? 'named .pdf but is an HTML page' : 'named .pdf but has no PDF header');
  }
  if (byName === 'docx') {
    throw new ConversionError('wrong-format', byBytes === 'html' ? 'named .docx but is an HTML page' : 'named .docx but is not a zip package');
  }
  if (byName === 'txt') return 'txt';
  throw new ConversionError('unsupported-format', `.${extensionOf(path) || '(no extension)'}`);
}
