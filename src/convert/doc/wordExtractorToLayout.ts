/**
 * Word 97–2003 .doc → layout with the pure-JS reader (word-extractor), for machines without
 * LibreOffice. It reads the body text with its cell and row marks, not formatting: tables are
 * rebuilt from the marks (see wordTextToBlocks); headers, footers, footnotes and text boxes
 * are left out, as page furniture and asides.
 */
import WordExtractor from 'word-extractor';
import type { Layout } from '../../model/layout.js';
import { ConversionError } from '../ConversionError.js';
import { finaliseLayout } from '../finaliseLayout.js';
import { wordTextToBlocks } from './wordTextToBlocks.js';

export const WORD_EXTRACTOR_CONVERTER = { name: 'word-extractor', version: '2' } as const;

export async function wordExtractorToLayout(bytes: Uint8Array): Promise<Layout> {
  let body: string;
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    body = doc.getBody({ filterUnicode: false });
  } catch (error) {
    throw new ConversionError('corrupt', `the .doc could not be read: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const blocks = wordTextToBlocks(body);
  if (blocks.length === 0) throw new ConversionError('no-content', 'the Word document has no text');
  return finaliseLayout({ format: 'doc', converter: WORD_EXTRACTOR_CONVERTER, pages: null, blocks, warnings: ['read without LibreOffice: no bold or headings'] });
}
