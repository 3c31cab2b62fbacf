/**
 * Layout-mode text (`pdftotext -layout`) → blocks. Runs of lines that keep to common column
 * edges become tables: rows are the chunks between blank lines, cells the column slices of
 * a chunk's lines, re-flowed into paragraphs. Everything else is prose, re-flowed the same
 * way. A table cut by a page break continues on the next page as one table; its repeated
 * header row is dropped and a row split by the break is marked `continued`.
 */
import type { Block, Cell, Row, Table } from '../../model/layout.js';
import { draftSpan } from '../finaliseLayout.js';
import { columnAt, edgesOf, fitsColumns, opensTable, refineEdges, segmentsOf, type Segment } from './layoutColumns.js';
import { linesToParagraphs, type SourceLine } from './lineParagraphs.js';
import { splitAtNewKeys, type SegLine } from './layoutRowStarts.js';
import type { TextLine } from './textPages.js';

/** "Section 4: Sign-off", "Part B – Action plan", "Step 3. Assess the impact". */
const PART_HEADING = /^(?:section|part|stage|step)\s+(?:[A-Z0-9]{1,3}|one|two|three|four|five|six)\b\s*[:.–—-]\s*\S/i;

/** Indent (characters) from which a header line's first heading is read as over an empty first column. */
const STUB_INDENT = 12;


type Region =
  /** `closed`: ended by a line that does not fit the columns (rather than by the page end). */
  | { kind: 'table'; page: number; edges: number[]; lines: Array<SegLine | null>; closed?: boolean; left: number }
  | { kind: 'prose'; lines: TextLine[] };

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

const lineKey = (l: SegLine): string => l.segments.map((s) => s.text).join('|');

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

/** Splits lines into table regions and prose regions. */
function findRegions(lines: TextLine[]): Region[] {
  const regions: Region[] = [];
  let table: Extract<Region, { kind: 'table' }> | null = null;
  let prose: Extract<Region, { kind: 'prose' }> | null = null;
  for (const line of lines) {
    if (!line.text.trim()) {
      if (table) table.lines.push(null);
      else if (prose) prose.lines.push(line);
      continue;
    }
    const segments = segmentsOf(line.text);
    // A part of the form's own heading alone on its line ("Section 4: Sign-off") ends a table,
    // although it fits the table's first column.
    const partHeading = segments.length === 1 && PART_HEADING.test(segments[0]!.text);
    // Cell padding indents a table's text: a line starting left of the table is outside it.
    if (table && !partHeading && table.page === line.page && segments[0]!.start >= table.left && fitsColumns(segments, table.edges)) {
      table.edges = refineEdges(table.edges, segments);
      if (segments.length > 1) table.left = Math.min(table.left, segments[0]!.start);
      table.lines.push({ page: line.page, segments });
      continue;
    }
    if (table && table.page === line.page) table.closed = true;
    if (opensTable(segments)) {
      // A header row printed over an empty first column ("          High  Med  Low  Reasons")
      // starts its first heading at a column edge: the row labels come in below, from the margin.
      const overStub = segments.length >= 3 && segments[0]!.start >= STUB_INDENT;
      const edges = overStub ? [segments[0]!.start, ...edgesOf(segments)] : edgesOf(segments);
      // The table's left edge, when its first row has text in the first column.
      const left = !overStub && segments[0]!.start < (edges[0] ?? Infinity) - 2 ? segments[0]!.start : 0;
      table = { kind: 'table', page: line.page, edges, lines: [{ page: line.page, segments }], left };
      prose = null;
      regions.push(table);
      continue;
    }
    table = null;
    if (!prose) {
      prose = { kind: 'prose', lines: [] };
      regions.push(prose);
    }
    prose.lines.push(line);
  }
  return joinStubHeaders(regions).flatMap((r) => (r.kind !== 'table' ? [r] : isLoneLine(r) ? [asProse(r)] : splitTrailingHeading(r)));
}

/** How far (characters) a title over an empty first column may stand from its column's left edge. */
const HEADER_ALIGN = 3;

/**
 * A title row of two over an empty first column ("               Completed by    Approved by")
 * opens no table of its own (three titles would: findRegions' overStub), and the rows below,
 * which start further left, do not fit it. Where its titles stand at the start of the next
 * table's columns after the first, it is that table's first row.
 */
function joinStubHeaders(regions: Region[]): Region[] {
  const out: Region[] = [];
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i]!;
    const next = regions[i + 1];
    // The title row: a table's only line, or (titles two spaces apart open no table) prose's last line.
    const last = r.kind === 'prose' ? r.lines[r.lines.length - 1] : undefined;
    const line = r.kind === 'table' && r.lines.length === 1 ? r.lines[0] : last?.text.trim() ? { page: last.page, segments: segmentsOf(last.text) } : null;
    if (line && next?.kind === 'table' && next.page === line.page && line.segments.length >= 2 && line.segments[0]!.start >= STUB_INDENT) {
      const starts = next.edges.map((e) => line.segments.find((s) => Math.abs(s.start - e) <= HEADER_ALIGN));
      const placed = line.segments.every((s) => starts.includes(s));
      if (placed && columnAt(line.segments[0]!.start, next.edges) >= 1) {
        if (r.kind === 'prose' && r.lines.length > 1) out.push({ ...r, lines: r.lines.slice(0, -1) });
        out.push({ ...next, lines: [line, ...next.lines] });
        i++;
        continue;
      }
    }
    out.push(r);
  }
  return out;
}

/**
 * A heading just below a table ("3. Assessment of impact") fits the table's first column, so
 * it joins the table as a last row of its own. A last chunk with text only in the first
 * column, followed by prose on the same page, is prose after the table. (At a page end it is
 * the start of a row the page break cut.)
 */
function splitTrailingHeading(r: Extract<Region, { kind: 'table' }>): Region[] {
  if (!r.closed) return [r];
  let end = r.lines.length;
  while (end > 0 && r.lines[end - 1] === null) end--;
  let start = end;
  while (start > 0 && r.lines[start - 1] !== null) start--;
  const chunk = r.lines.slice(start, end).filter((l): l is SegLine => l !== null);
  const onlyFirstColumn = chunk.every((l) => l.segments.every((s) => columnAt(s.start, r.edges) === 0));
  if (start === 0 || chunk.length === 0 || !onlyFirstColumn) return [r];
  const table = { ...r, lines: r.lines.slice(0, start) };
  return [table, { kind: 'prose', lines: chunk.map((l) => ({ page: l.page, text: l.segments.map((s) => s.text).join(' ') })) }];
}

/** A "table" of one line is prose with a wide gap in it, unless it has three or more columns. */
function isLoneLine(r: Extract<Region, { kind: 'table' }>): boolean {
  const lines = r.lines.filter((l): l is SegLine => l !== null);
  return lines.length === 1 && lines[0]!.segments.length < 3;
}

function asProse(r: Extract<Region, { kind: 'table' }>): Region {
  const lines = r.lines.filter((l): l is SegLine => l !== null);
  return {
    kind: 'prose',
    lines: lines.map((l) => ({ page: l.page, text: l.segments.map((s) => s.text).join(' ') })),
  };
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
  const cellLines = chunks.flatMap((c) => splitAtNewKeys(c, region.edges)).map((c) => sliceColumns(c, region.edges, width));
  const keyed = cellLines.filter((cols) => cols[0]!.length > 0).length;
  // Where most rows have a first-column key, a keyless chunk is the rest of the row above
  // (cells re-flowed across blank lines). Where most have none, every chunk is a row.
  const merged: SourceLine[][][] = [];
  for (const cols of cellLines) {
    const prev = merged[merged.length - 1];
    if (prev && cols[0]!.length === 0 && keyed * 2 > cellLines.length) {
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
