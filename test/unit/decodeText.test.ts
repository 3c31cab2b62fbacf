import { describe, expect, it } from 'vitest';
import { ConversionError } from '../../src/convert/ConversionError.js';
import { decodeText, detectEncoding } from '../../src/convert/txt/decodeText.js';

const bytes = (...parts: Array<number[] | string>): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('decodeText', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeText(new Uint8Array(Buffer.from('Cost £5 – “quoted”', 'utf8'))).text).toBe('Cost £5 – “quoted”');
    const withBom = decodeText(bytes([0xef, 0xbb, 0xbf], 'Title'));
    expect(withBom).toEqual({ text: 'Title', encoding: 'utf-8' });
  });

  it('reads UTF-16 little- and big-endian with a BOM, and little-endian without one', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('Age £', 'utf16le')]);
    expect(decodeText(le)).toEqual({ text: 'Age £', encoding: 'utf-16le' });
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from('Age', 'utf16le').swap16()]);
    expect(decodeText(be)).toEqual({ text: 'Age', encoding: 'utf-16be' });
    expect(detectEncoding(new Uint8Array(Buffer.from('Equality Impact Assessment', 'utf16le')))).toBe('utf-16le');
  });

  it('reads Windows-1252: £, curly quotes and dashes survive', () => {
    // 0xA3 £, 0x92 ’, 0x93 “, 0x94 ”, 0x96 –
    const decoded = decodeText(bytes('Council', [0x92], 's charge ', [0xa3], '20 ', [0x96], ' ', [0x93], 'fair', [0x94]));
    expect(decoded).toEqual({ text: 'Council’s charge £20 – “fair”', encoding: 'windows-1252' });
  });

  it('normalises line ends', () => {
    expect(decodeText(new Uint8Array(Buffer.from('a\r\nb\rc'))).text).toBe('a\nb\nc');
  });

  it('refuses binary data and empty or wordless files with specific reasons', () => {
    const garbage = new Uint8Array(2000).map((_, i) => (i * 37) % 256);
    expect(() => decodeText(garbage)).toThrowError(ConversionError);
    try {
      decodeText(garbage);
    } catch (e) {
      expect((e as ConversionError).reason).toBe('unsupported-format');
    }
    expect(() => decodeText(new Uint8Array())).toThrowError(/empty/);
    expect(() => decodeText(new Uint8Array(Buffer.from('\n\n  -- \n')))).toThrowError(/no words/);
  });
});
