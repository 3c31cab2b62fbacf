/**
 * HTML pages (.html/.htm: committee-site renderings of an assessment, Word or LibreOffice
 * "Save as Web Page") → layout, through the same HTML → blocks path as Word documents, so a
 * page meets the extractors in the shape its .docx would. Site furniture and saved running
 * headers/footers are removed first (siteFurniture.ts).
 */
import { parseDocument } from 'htmlparser2';
import type { Block, Layout } from '../../model/layout.js';
import { ConversionError } from '../ConversionError.js';
import { finaliseLayout } from '../finaliseLayout.js';
import { markStandaloneBoldHeadings } from '../standaloneHeadings.js';
import type { ConvertLimits } from '../types.js';
import { boldClassesOf } from './cssBold.js';
import { decodeHtml } from './decodeHtml.js';
import { nodesToBlocks } from './htmlToBlocks.js';
import { stripSiteFurniture } from './siteFurniture.js';

export const HTML_CONVERTER = { name: 'html', version: '2' } as const;

export async function htmlToLayout(bytes: Uint8Array, limits: ConvertLimits): Promise<Layout> {
  if (bytes.length > limits.maxInflatedBytes) throw new ConversionError('too-large', `an HTML page of ${bytes.length} bytes`);
  const { text, charset } = decodeHtml(bytes);
  const doc = parseDocument(text, { decodeEntities: true });
  const boldClasses = boldClassesOf(doc.children);
  const blocks: Block[] = markStandaloneBoldHeadings(nodesToBlocks(stripSiteFurniture(doc.children), boldClasses));
  if (blocks.length === 0) throw new ConversionError('no-content', 'the page has no text');
  return finaliseLayout({ format: 'html', converter: HTML_CONVERTER, pages: null, blocks, warnings: [], meta: { charset } });
}
