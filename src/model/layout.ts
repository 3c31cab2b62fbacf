/**
 * The layout model: what every converter (PDF, Word, text) produces and every extractor reads.
 *
 * A document is a sequence of blocks in reading order: paragraphs (headings, body text,
 * list items) and tables (rows of cells, each cell a sequence of paragraphs). A table that
 * continues across a page break is one table. Every piece carries a span:
 *   - `page`: 1-based page number; null for formats without pages (Word, text);
 *   - `bbox`: [x0, y0, x1, y1] in PDF user-space points, origin at the page's bottom-left
 *     (PDF only; on a piece that crosses pages, the box on its first page);
 *   - `start`/`end`: [start, end) character offsets into `Layout.text`, the converted text
 *     that provenance points into. `finaliseLayout` (src/convert/finaliseLayout.ts) assigns
 *     them, so converters only build blocks.
 *
 * Layouts are cached in SQLite and move between threads and machines, so they are
 * validated with zod where they come back in (`parseLayout`).
 */
import { z } from 'zod';

export const BBox = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type BBox = z.infer<typeof BBox>;

export const Span = z.object({
  page: z.number().int().min(1).nullable(),
  bbox: BBox.optional(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type Span = z.infer<typeof Span>;

export const ParagraphRole = z.enum(['heading', 'body', 'list-item']);
export type ParagraphRole = z.infer<typeof ParagraphRole>;

export const Paragraph = z.object({
  type: z.literal('paragraph'),
  /** The paragraph's words with single spaces; list items begin with their marker ("• ", "1. "). */
  text: z.string(),
  role: ParagraphRole,
  /** Heading level (1 = top) or list nesting depth (0 = outermost). */
  level: z.number().int().min(0).optional(),
  /** The list marker as written ("•", "-", "1.", "a)"), when role is list-item. */
  marker: z.string().optional(),
  /** [start, end) offsets within `text` of runs set in bold: forms print labels bold and answers plain. */
  bold: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
  /**
   * Offsets within `text` where a line of the source began, after the first (reading-order
   * text exports only, where a label and its answer share a paragraph but not a line).
   */
  lines: z.array(z.number().int()).optional(),
  /**
   * Words read by OCR (scanned PDF pages only): [start, end) offsets within `text` and the OCR
   * engine's confidence in the word, 0–1. Confidence of values read from them takes it in.
   */
  ocrWords: z.array(z.tuple([z.number().int(), z.number().int(), z.number().min(0).max(1)])).optional(),
  span: Span,
});
export type Paragraph = z.infer<typeof Paragraph>;

export const Cell = z.object({
  paragraphs: z.array(Paragraph),
  colSpan: z.number().int().min(1),
  rowSpan: z.number().int().min(1),
  /** Filled with a background colour (form label cells and section bars usually are). */
  shaded: z.boolean().optional(),
  span: Span,
});
export type Cell = z.infer<typeof Cell>;

export const Row = z.object({
  cells: z.array(Cell),
  /** A header row (Word's repeat-header rows, <th> cells, or a PDF header repeated on every page). */
  header: z.boolean(),
  /**
   * This row continues the row before it across a page break (a PDF row split by the page
   * end, or a text export's displaced cell). Extractors merge such rows into the previous one.
   */
  continued: z.boolean().optional(),
  span: Span,
});
export type Row = z.infer<typeof Row>;

export const Table = z.object({
  type: z.literal('table'),
  rows: z.array(Row),
  span: Span,
});
export type Table = z.infer<typeof Table>;

export const Block = z.discriminatedUnion('type', [Paragraph, Table]);
export type Block = z.infer<typeof Block>;

/** The record spec's formats: what a file really was (by its bytes), not what it was named. */
export const LayoutFormat = z.enum(['pdf', 'docx', 'txt', 'doc', 'html', 'rtf', 'odt']);
export type LayoutFormat = z.infer<typeof LayoutFormat>;

export const Layout = z.object({
  layoutVersion: z.literal(1),
  format: LayoutFormat,
  converter: z.object({ name: z.string(), version: z.string() }),
  /** Page count; null for Word, HTML, RTF, ODT and text, which have no fixed pages. */
  pages: z.number().int().min(0).nullable(),
  /** Page sizes in points [width, height], PDF only. */
  pageSizes: z.array(z.tuple([z.number(), z.number()])).optional(),
  /** The converted text: paragraphs separated by blank lines, cells by tabs, rows by newlines. */
  text: z.string(),
  blocks: z.array(Block),
  /** Things the converter noticed and worked around (e.g. "page 3: no text layer"). */
  warnings: z.array(z.string()),
  /** What the converter found out about the source (text encoding and shape, PDF producer). */
  meta: z.record(z.string(), z.string()).optional(),
});
export type Layout = z.infer<typeof Layout>;

/** Validates a layout that comes back from a cache, a thread or another machine. */
export function parseLayout(value: unknown): Layout {
  return Layout.parse(value);
}

/** A paragraph's text with its list marker, as extractors quote it. */
export function cellText(cell: Cell): string {
  return cell.paragraphs.map((p) => p.text).join('\n\n');
}
