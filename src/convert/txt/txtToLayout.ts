/**
 * Legacy text exports → layout: decode (encoding sniffed), split pages at form feeds and
 * drop page furniture, take out framed tables (antiword, pandoc: framedTables.ts), then read
 * the rest in whichever of its three shapes it has.
 * Page numbers come from form feeds; a text without them has no pages.
 */
import type { Block } from '../../model/layout.js';
import { ConversionError } from '../ConversionError.js';
import { finaliseLayout } from '../finaliseLayout.js';
import type { ConvertLimits } from '../types.js';
import type { Layout } from '../../model/layout.js';
import { decodeText } from './decodeText.js';
import { detectTextKind } from './detectTextKind.js';
import { layoutTextToBlocks } from './layoutTextToBlocks.js';
import { linesToParagraphs, vocabularyOf } from './lineParagraphs.js';
import { tabbedTextToBlocks } from './tabbedTextToBlocks.js';
import { isRawText, MAX_RAW_LINE, rawTextToParagraphs } from './rawTextToParagraphs.js';
import { splitTextPages, type TextLine } from './textPages.js';
import { findFramedTables } from './framedTables.js';
import type { TextKind } from './detectTextKind.js';

export const TXT_CONVERTER = { name: 'text', version: '17' } as const;

/**
 * Text exports of forms have lines of at most a few thousand characters (a whole table row
 * in a tabbed export). A line longer than this is not such an export, and reading it into
 * paragraphs and tokens would cost far more memory than the file's size suggests.
 */
export const MAX_LINE_BYTES = 1024 * 1024;

export async function txtToLayout(bytes: Uint8Array, _limits: ConvertLimits): Promise<Layout> {
  const longest = longestLine(bytes);
  if (longest > MAX_LINE_BYTES) {
    throw new ConversionError('too-large', `a line of ${longest} bytes (limit ${MAX_LINE_BYTES}): not a text export of a form`);
  }
  const { text, encoding } = decodeText(bytes);
  const pages = splitTextPages(text);
  // The shape is the text's outside its framed tables, whose borders would make any text look laid out.
  const kind = detectTextKind(withoutFramedTables(pages.lines));
  // A layout export keeps its furniture at the page edges: a long line repeated mid-page there
  // is a table's header printed again after a page break, and stays.
  const { lines, pageCount } = kind === 'layout' ? splitTextPages(text, { furnitureAnywhere: false }) : pages;
  const hasPages = text.includes('\f');
  const meta: Record<string, string> = { textKind: kind, encoding };
  const vocabulary = vocabularyOf(text);
  const framed = findFramedTables(lines);
  const blocks: Block[] = [];
  let from = 0;
  for (const f of framed) {
    blocks.push(...blocksOfKind(kind, lines.slice(from, f.start), vocabulary, meta), f.table);
    from = f.end;
  }
  blocks.push(...blocksOfKind(kind, lines.slice(from), vocabulary, meta));
  if (framed.length > 0) meta.framedTables = String(framed.length);
  if (!hasPages) clearPages(blocks);
  if (blocks.length === 0) throw new ConversionError('no-content', 'the text file has no paragraphs');
  return finaliseLayout({
    format: 'txt',
    converter: TXT_CONVERTER,
    pages: hasPages ? pageCount : null,
    blocks,
    warnings: [],
    meta,
  });
}

/** Lines read in the text's shape (`meta` notes which reading a plain text got). */
function blocksOfKind(kind: TextKind, lines: TextLine[], vocabulary: Set<string>, meta: Record<string, string>): Block[] {
  if (lines.length === 0) return [];
  switch (kind) {
    case 'tabbed':
      return tabbedTextToBlocks(lines);
    case 'layout':
      return layoutTextToBlocks(lines, vocabulary);
    case 'plain':
      if (isRawText(lines)) {
        meta.textLines = 'runs';
        return rawTextToParagraphs(lines, vocabulary);
      }
      if (writtenParagraphPerLine(lines)) {
        // Text written a paragraph to a line (saved from Word or a web page, not hard-wrapped):
        // each line is its own unit, as a "Label: answer" line or a "| cell | cell |" row is.
        meta.textLines = 'paragraphs';
        return linesToParagraphs(lines.flatMap((l) => [{ text: l.text, indent: 0, page: l.page }, { text: '', indent: 0, page: l.page }]), { vocabulary, blankLinesOnly: true });
      }
      // Reading-order exports separate table cells and paragraphs by blank lines and
      // nothing else: a blank-line block is one unit (a cell, when it came from a table).
      return linesToParagraphs(lines.map((l) => ({ text: l.text, indent: 0, page: l.page })), { vocabulary, blankLinesOnly: true });
  }
}

/** The lines with every framed table's lines left blank (kept, so line counts stay). */
function withoutFramedTables(lines: TextLine[]): TextLine[] {
  const out = [...lines];
  for (const f of findFramedTables(lines)) for (let i = f.start; i < f.end; i++) out[i] = { page: lines[i]!.page, text: '' };
  return out;
}

/**
 * Whether lines are paragraphs rather than wrapped text: some line is longer than any page's
 * baseline (MAX_RAW_LINE), and (next to) no line runs on from the one before — starts in lower
 * case after a line with no closing punctuation — as a wrapped sentence does. Exports that
 * wrap most lines but leave a long one (a table row) are still wrapped text.
 */
function writtenParagraphPerLine(lines: readonly TextLine[]): boolean {
  if (!lines.some((l) => l.text.trim().length > MAX_RAW_LINE)) return false;
  let nonBlank = 0;
  let wraps = 0;
  let previous = '';
  for (const l of lines) {
    const text = l.text.trim();
    if (text && previous && /^\p{Ll}/u.test(text) && !/[.:;?!]$/.test(previous)) wraps++;
    if (text) nonBlank++;
    previous = text;
  }
  return wraps * 50 <= nonBlank;
}

/** Length in bytes of the longest run without a line feed (UTF-16 included: 0x0A is in its newline). */
function longestLine(bytes: Uint8Array): number {
  let longest = 0;
  let start = 0;
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) {
    longest = Math.max(longest, i - start);
    start = i + 1;
  }
  return Math.max(longest, bytes.length - start);
}

/** Text without form feeds has no pages: every span's page is null. */
function clearPages(blocks: Block[]): void {
  for (const b of blocks) {
    b.span.page = null;
    if (b.type === 'table') {
      for (const r of b.rows) {
        r.span.page = null;
        for (const c of r.cells) {
          c.span.page = null;
          for (const p of c.paragraphs) p.span.page = null;
        }
      }
    }
  }
}
