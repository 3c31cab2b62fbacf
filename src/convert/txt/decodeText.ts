/**
 * Bytes → string for legacy text exports, whose encoding nobody recorded. In order:
 * a byte-order mark (UTF-8, UTF-16LE/BE); UTF-16 without a BOM (every other byte NUL);
 * valid UTF-8; otherwise Windows-1252, the encoding of old Office exports on Windows
 * (where £ is 0xA3 and curly quotes are 0x91–0x94). Binary data is refused.
 */
import iconv from 'iconv-lite';
import { ConversionError } from '../ConversionError.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

/** Share of control characters (other than tab, newline, CR, form feed) above which it is binary. */
const MAX_CONTROL_SHARE = 0.02;

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) throw new ConversionError('empty-file');
  const encoding = detectEncoding(bytes);
  // iconv-lite, not TextDecoder: Node's TextDecoder decodes windows-1252 as Latin-1 and so
  // loses £-adjacent punctuation (0x80–0x9F: curly quotes, dashes). It also strips a BOM.
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding).replace(/\r\n?/g, '\n');
  if (looksBinary(text)) throw new ConversionError('unsupported-format', 'binary data, not text');
  if (!/[\p{L}\p{N}]/u.test(text)) throw new ConversionError('no-content', 'the text file has no words');
  return { text, encoding };
}

export function detectEncoding(bytes: Uint8Array): TextEncoding {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  const nulParity = countNulParity(bytes);
  if (nulParity.odd > 0.3 && nulParity.even < 0.05) return 'utf-16le';
  if (nulParity.even > 0.3 && nulParity.odd < 0.05) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/** Share of NUL bytes at even and odd offsets in the first 4 KiB: UTF-16 text has one side NUL. */
function countNulParity(bytes: Uint8Array): { even: number; odd: number } {
  const n = Math.min(bytes.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const half = Math.max(1, n / 2);
  return { even: even / half, odd: odd / half };
}

function looksBinary(text: string): boolean {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) control++;
  }
  return control / Math.max(1, sample.length) > MAX_CONTROL_SHARE;
}
