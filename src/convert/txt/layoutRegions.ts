/**
 * Layout-mode text (`pdftotext -layout`) → regions: runs of lines that keep to common column
 * edges (tables) and the prose between them. A form's part heading ends a table; a title row
 * over an empty first column, or a row's first line cut by too narrow a gap, joins the table it
 * belongs to.
 *
 * Units: character columns (0-based) in the line as printed.
 */
import { columnAt, edgesOf, fitsColumns, opensTable, refineEdges, segmentsOf, splitAtEdges } from './layoutColumns.js';
import type { SegLine } from './layoutRowStarts.js';
import type { TextLine } from './textPages.js';

/** "Section 4: Sign-off", "Part B – Action plan", "Step 3. Assess the impact". */
const PART_HEADING = /^(?:section|part|stage|step)\s+(?:[A-Z0-9]{1,3}|one|two|three|four|five|six)\b\s*[:.–—-]\s*\S/i;

/** Most characters of a grid's mark cut off a label's line ("0", "N/A", "+ –"). */
const MARK_CHARS = 4;

/** "Section 2   The proposal": the number, a gap, a capitalised title. */
const SPACED_PART_HEADING = /^(?:section|part|stage|step)\s+(?:[A-Z0-9]{1,3}|one|two|three|four|five|six)\s{2,}\p{Lu}[^:?]*$/iu;

/** Indent (characters) from which a header line's first heading is read as over an empty first column. */
const STUB_INDENT = 12;

export type Region =
  /** `closed`: ended by a line that does not fit the columns (rather than by the page end). */
  | { kind: 'table'; page: number; edges: number[]; lines: Array<SegLine | null>; closed?: boolean; left: number }
  | { kind: 'prose'; lines: TextLine[] };

/** Splits lines into table regions and prose regions. */
export function findRegions(lines: TextLine[]): Region[] {
  const regions: Region[] = [];
  let table: Extract<Region, { kind: 'table' }> | null = null;
  let prose: Extract<Region, { kind: 'prose' }> | null = null;
  for (const line of lines) {
    if (!line.text.trim()) {
      if (table) table.lines.push(null);
      else if (prose) prose.lines.push(line);
      continue;
    }
    let segments = segmentsOf(line.text);
    // A part of the form's own heading alone on its line ("Section 4: Sign-off") ends a table,
    // although it fits the table's first column.
    // So does one whose title stands a tab's width after its number ("Section 2   The proposal").
    const partHeading = (segments.length === 1 && PART_HEADING.test(segments[0]!.text)) || (segments.length === 2 && SPACED_PART_HEADING.test(line.text.trim()) && line.text.trim().split(/\s+/).length <= 10);
    // A line already cut into cells, a label and its mark ("Gender reassignment 0"), or a row's
    // continuation starting in a column after the first (its first cell empty), whose cells one
    // space apart ran together: prose across the table's width may start a word at an edge too,
    // but prose starts at the margin.
    if (table && !partHeading && !fitsColumns(segments, table.edges)) {
      const split = splitAtEdges(segments, table.edges);
      const mark = split.length === 2 && split[1]!.text.length <= MARK_CHARS;
      const continued = split.length >= 2 && columnAt(segments[0]!.start, table.edges) >= 1;
      if ((segments.length >= 2 || mark || continued) && fitsColumns(split, table.edges)) segments = split;
    }
    // Cell padding indents a table's text: a line starting left of the table is outside it.
    if (table && !partHeading && table.page === line.page && segments[0]!.start >= table.left && fitsColumns(segments, table.edges)) {
      table.edges = refineEdges(table.edges, segments);
      if (segments.length > 1) table.left = Math.min(table.left, segments[0]!.start);
      table.lines.push({ page: line.page, segments });
      continue;
    }
    if (table && table.page === line.page) table.closed = true;
    if (!partHeading && opensTable(segments)) {
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
  return joinLeadLines(joinStubHeaders(regions)).flatMap((r) => (r.kind !== 'table' ? [r] : isLoneLine(r) ? [asProse(r)] : splitTrailingHeading(r)));
}

/**
 * Joins a region's last line into the table after it where `lineFor` says it is that table's
 * first row (and returns the line as the table's segments), on the same page; the region
 * keeps its other lines. The rules below differ only in which lines they take.
 */
function joinIntoNextTable(regions: Region[], lineFor: (r: Region, next: Extract<Region, { kind: 'table' }>) => SegLine | null): Region[] {
  const out: Region[] = [];
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i]!;
    const next = regions[i + 1];
    const line = next?.kind === 'table' ? lineFor(r, next) : null;
    if (line && next?.kind === 'table' && next.page === line.page) {
      if (r.kind === 'prose' && r.lines.length > 1) out.push({ ...r, lines: r.lines.slice(0, -1) });
      out.push({ ...next, lines: [line, ...next.lines] });
      i++;
      continue;
    }
    out.push(r);
  }
  return out;
}

/** Prose's last line with text, as segments, or null. */
function lastProseLine(r: Region): SegLine | null {
  const last = r.kind === 'prose' ? r.lines[r.lines.length - 1] : undefined;
  return last?.text.trim() ? { page: last.page, segments: segmentsOf(last.text) } : null;
}

/**
 * A row's first line whose label runs to within two spaces of its answer ("2.1 What is proposed and  From 1
 * September …") opens no table (TABLE_GAP), but its answer starts at the column edge of the
 * table below it, whose lines go on with both cells ("why?      residents by appointment …"):
 * it is that table's first line.
 */
function joinLeadLines(regions: Region[]): Region[] {
  return joinIntoNextTable(regions, (r, next) => {
    const line = lastProseLine(r);
    if (!line || next.edges.length < 1) return null;
    const { segments } = line;
    const edge = next.edges[0]!;
    const answer = segments.findIndex((g) => Math.abs(g.start - edge) <= HEADER_ALIGN);
    return segments.length >= 2 && answer === 1 && segments[0]!.end < edge && fitsColumns(segments, next.edges) ? line : null;
  });
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
  return joinIntoNextTable(regions, (r, next) => {
    // The title row: a table's only line, or (titles two spaces apart open no table) prose's last line.
    const line = r.kind === 'table' && r.lines.length === 1 ? r.lines[0] : lastProseLine(r);
    if (!line || line.segments.length < 2 || line.segments[0]!.start < STUB_INDENT) return null;
    const starts = next.edges.map((e) => line.segments.find((s) => Math.abs(s.start - e) <= HEADER_ALIGN));
    const placed = line.segments.every((s) => starts.includes(s));
    return placed && columnAt(line.segments[0]!.start, next.edges) >= 1 ? line : null;
  });
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
