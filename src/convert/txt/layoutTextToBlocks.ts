/**
 * Layout-mode text (`pdftotext -layout`) → blocks. Runs of lines that keep to common column
 * edges become tables: rows are the chunks between blank lines, cells the column slices of
 * a chunk's lines, re-flowed into paragraphs. Everything else is prose, re-flowed the same
 * way. A table cut by a page break continues on the next page as one table; its repeated
 * header row is dropped and a row split by the break is marked `continued`.
 */
import type { Block, Cell, Row, Table } from '../../model/layout.js';
import { draftSpan } from '../finaliseLayout.js';
import { columnAt, splitAtEdges, type Segment } from './layoutColumns.js';
import { findRegions, type Region } from './layoutRegions.js';
import { linesToParagraphs, type SourceLine } from './lineParagraphs.js';
import { splitAtNewKeys, type SegLine } from './layoutRowStarts.js';
import type { TextLine } from './textPages.js';


export function layoutTextToBlocks(lines: TextLine[], vocabulary: ReadonlySet<string>): Block[] {
  const regions = findRegions(lines);
  const blocks: Block[] = [];
  let lastTable: OpenTable | null = null;
  for (const region of regions) {
    if (region.kind === 'prose') {
      const paragraphs = linesToParagraphs(region.lines.map(toSourceLine), { vocabulary });
      blocks.push(...paragraphs);
      if (paragraphs.length) lastTable = null;
      continue;
    }
    if (lastTable && continuesTable(lastTable, region)) {
      const repeatedHeader = stripRepeatedHeader(region, lastTable.headerLines);
      const rows = regionRows(region, vocabulary);
      if (repeatedHeader) lastTable.table.rows[0]!.header = true;
      const head = rows[0];
      const firstCell = head?.cells[0]?.paragraphs[0]?.text ?? '';
      if (head && (firstCell === '' || /^\p{Ll}/u.test(firstCell))) head.continued = true;
      lastTable.table.rows.push(...rows);
      lastTable.page = region.page;
      continue;
    }
    const rows = regionRows(region, vocabulary);
    if (rows.length === 0) continue;
    const table: Table = { type: 'table', rows, span: draftSpan(region.page) };
    blocks.push(table);
    lastTable = { table, edges: region.edges, page: region.page, headerLines: firstChunkLines(region) };
  }
  return blocks;
}

interface OpenTable {
  table: Table;
  edges: number[];
  page: number;
  /** The text of the table's first chunk of lines: what a repeated header on a later page looks like. */
  headerLines: string[];
}

/** A line's words: the same header printed again matches however its cells were cut (splitAtEdges). */
const lineKey = (l: SegLine): string => l.segments.map((s) => s.text).join(' ');

function firstChunkLines(region: Extract<Region, { kind: 'table' }>): string[] {
  const end = region.lines.indexOf(null);
  return (end < 0 ? region.lines : region.lines.slice(0, end)).filter((l): l is SegLine => l !== null).map(lineKey);
}

/** Drops the lines at the top of a continuation that repeat the table's header; true if it did. */
function stripRepeatedHeader(region: Extract<Region, { kind: 'table' }>, headerLines: string[]): boolean {
  let i = 0;
  let matched = 0;
  while (i < region.lines.length && matched < headerLines.length) {
    const l = region.lines[i];
    if (l === null || l === undefined) {
      i++;
      continue;
    }
    if (lineKey(l) !== headerLines[matched]) break;
    matched++;
    i++;
  }
  if (matched === 0 || matched < headerLines.length) return false;
  region.lines.splice(0, i);
  return true;
}

function toSourceLine(l: TextLine): SourceLine {
  const indent = /^\s*/.exec(l.text)?.[0].length ?? 0;
  return { text: l.text, indent, page: l.page };
}

/** Chunks between blank lines → rows; a chunk with an empty first cell continues the row above. */
function regionRows(region: Extract<Region, { kind: 'table' }>, vocabulary: ReadonlySet<string>): Row[] {
  const width = region.edges.length + 1;
  const chunks: SegLine[][] = [];
  let chunk: SegLine[] = [];
  for (const l of region.lines) {
    if (l === null) {
      if (chunk.length) chunks.push(chunk);
      chunk = [];
    } else {
      chunk.push(l);
    }
  }
  if (chunk.length) chunks.push(chunk);
  // Edges found below a line (a column its first lines left empty) may cut its segments too.
  const cut = chunks.map((c) => c.map((l) => ({ ...l, segments: splitAtEdges(l.segments, region.edges) })));
  const cellLines = cut.flatMap((c) => splitAtNewKeys(c, region.edges)).map((c) => sliceColumns(c, region.edges, width));
  const keyed = cellLines.filter((cols) => cols[0]!.length > 0).length;
  // Where most rows have a first-column key, a keyless chunk is the rest of the row above
  // (cells re-flowed across blank lines). Where most have none, every chunk is a row.
  const merged: SourceLine[][][] = [];
  for (const cols of cellLines) {
    const prev = merged[merged.length - 1];
    if (prev && cols[0]!.length === 0 && keyed * 2 > cellLines.length && !opensRowOfItsOwn(cols)) {
      cols.forEach((ls, i) => prev[i]!.push({ text: '', indent: 0, page: null }, ...ls));
    } else {
      merged.push(cols);
    }
  }
  return merged.map((cols) => ({
    cells: cols.map((ls): Cell => ({
      paragraphs: linesToParagraphs(ls, { vocabulary, bareMarksAsText: true }),
      colSpan: 1,
      rowSpan: 1,
      span: draftSpan(region.page),
    })),
    header: false,
    span: draftSpan(region.page),
  }));
}

/**
 * A chunk with its first cell empty that fills most of the other columns afresh, each opening
 * with a capital or a digit ("Review take-up of …   Lorraine Beckett   March 2026"): an action
 * plan's next action with no issue of its own, not the row above wrapping on.
 */
function opensRowOfItsOwn(cols: SourceLine[][]): boolean {
  const filled = cols.slice(1).filter((ls) => ls.some((l) => l.text.trim()));
  const fresh = filled.filter((ls) => /^[\p{Lu}\p{N}]/u.test(ls.find((l) => l.text.trim())!.text.trim()));
  return cols.length >= 4 && filled.length >= 3 && fresh.length === filled.length && filled.length * 2 >= cols.length - 1;
}

/** Each line's segments, grouped by column, with indentation relative to the column edge. */
function sliceColumns(chunk: SegLine[], edges: number[], width: number): SourceLine[][] {
  const cols: SourceLine[][] = Array.from({ length: width }, () => []);
  for (const line of chunk) {
    const parts = new Map<number, Segment[]>();
    for (const s of line.segments) {
      const col = columnAt(s.start, edges);
      parts.set(col, [...(parts.get(col) ?? []), s]);
    }
    for (const [col, segs] of parts) {
      const edge = col === 0 ? 0 : edges[col - 1]!;
      cols[col]!.push({ text: segs.map((s) => s.text).join(' '), indent: Math.max(0, segs[0]!.start - edge), page: line.page });
    }
  }
  return cols;
}

/** A table region on the next page with the same number of columns continues the table. */
function continuesTable(last: OpenTable, region: Extract<Region, { kind: 'table' }>): boolean {
  return region.page === last.page + 1 && region.edges.length === last.edges.length;
}
