/**
 * Word (.docx) → layout, through mammoth's HTML. Headers and footers are not in mammoth's
 * output, which is what we want: they are page furniture, never content. Word documents
 * have no fixed pages, so spans carry no page number.
 */
import mammoth from 'mammoth';
import type { Block } from '../../model/layout.js';
import { ConversionError } from '../ConversionError.js';
import { finaliseLayout } from '../finaliseLayout.js';
import { htmlToBlocks } from '../html/htmlToBlocks.js';
import { markStandaloneBoldHeadings } from '../standaloneHeadings.js';
import type { ConvertLimits } from '../types.js';
import type { Layout } from '../../model/layout.js';
import { checkDocxContainer } from './checkDocxContainer.js';

export const DOCX_CONVERTER = { name: 'mammoth', version: '3' } as const;

/** Images are not content for us; an empty src keeps base64 image data out of memory. */
const dropImages = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

export async function docxToLayout(bytes: Uint8Array, limits: ConvertLimits): Promise<Layout> {
  await checkDocxContainer(bytes, limits);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { convertImage: dropImages, ignoreEmptyParagraphs: true },
    );
    html = result.value;
  } catch (error) {
    throw new ConversionError('corrupt', error instanceof Error ? error.message : String(error), { cause: error });
  }
  const blocks: Block[] = markStandaloneBoldHeadings(htmlToBlocks(html));
  if (blocks.length === 0) throw new ConversionError('no-content', 'the Word document has no text');
  return finaliseLayout({ format: 'docx', converter: DOCX_CONVERTER, pages: null, blocks, warnings: [] });
}
