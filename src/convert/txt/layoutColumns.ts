/**
 * Column geometry for layout-mode text (`pdftotext -layout`), where a table survives only as
 * text aligned in columns. A line is cut into segments at runs of two or more spaces; a run
 * of lines whose segments keep to the same column edges is a table.
 *
 * Units: character columns (0-based) in the line as printed.
 */

export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** A marker alone before a wide gap ("•     Meets …") belongs to the text after it. */
const BARE_MARKER = /^([•▪◦●○■□➢►✓*-]|\d{1,2}[.)]|[a-z][.)])$/i;
/**
 * Glyphs that are a grid's tick as often as a bullet. After other text on the line and a
 * column-sized gap they are a mark in a column of their own ("Age      ■      Older people …"),
 * not a bullet opening the text after them; first on a line they are still a bullet.
 */
const TICK_GLYPH = /^[■□✓]$/;
/** The gap that may open a table: wider than a doubled space in justified prose. */
export const TABLE_GAP = 3;
/** How far a segment may start left of its column edge and still belong to the column. */
const EDGE_TOLERANCE = 2;

export function segmentsOf(line: string): Segment[] {
  const segments: Segment[] = [];
  const re = /\S+(?: \S+)*/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    segments.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  // Re-join bare list markers with the text they introduce.
  const joined: Segment[] = [];
  for (const s of segments) {
    const prev = joined[joined.length - 1];
    const tick = prev !== undefined && joined.length > 1 && TICK_GLYPH.test(prev.text) && s.start - prev.end >= TABLE_GAP;
    if (prev && !tick && BARE_MARKER.test(prev.text) && s.start - prev.end < 12) {
      joined[joined.length - 1] = { start: prev.start, end: s.end, text: `${prev.text} ${s.text}` };
    } else {
      joined.push(s);
    }
  }
  return joined;
}

/** Whether a line can open a table: two segments with a clear gap between. */
export function opensTable(segments: Segment[]): boolean {
  for (let i = 1; i < segments.length; i++) {
    if (segments[i]!.start - segments[i - 1]!.end >= TABLE_GAP) return true;
  }
  return false;
}

/** The column a position falls in, given the sorted start edges of columns 1..n. */
export function columnAt(position: number, edges: number[]): number {
  let col = 0;
  for (let i = 0; i < edges.length; i++) if (position >= edges[i]! - EDGE_TOLERANCE) col = i + 1;
  return col;
}

/**
 * Whether a line keeps to the column edges: no segment runs across an edge. A segment that
 * starts in one column and ends past the next edge is prose running the width of the page.
 */
export function fitsColumns(segments: Segment[], edges: number[]): boolean {
  return segments.every((s) => {
    const col = columnAt(s.start, edges);
    const nextEdge = edges[col];
    return nextEdge === undefined || s.end <= nextEdge;
  });
}

/**
 * Edges implied by one line: the start of every segment after a table-sized gap. Used to
 * open a table and to add a column an earlier line left empty.
 */
export function edgesOf(segments: Segment[]): number[] {
  const edges: number[] = [];
  for (let i = 1; i < segments.length; i++) {
    if (segments[i]!.start - segments[i - 1]!.end >= 2) edges.push(segments[i]!.start);
  }
  return edges;
}

/** Adds edges from a line whose two segments fell into one column (a column not seen before). */
export function refineEdges(edges: number[], segments: Segment[]): number[] {
  const out = [...edges];
  for (let i = 1; i < segments.length; i++) {
    const a = segments[i - 1]!;
    const b = segments[i]!;
    if (b.start - a.end >= TABLE_GAP && columnAt(a.start, out) === columnAt(b.start, out)) {
      out.push(b.start);
      out.sort((x, y) => x - y);
    }
  }
  return out;
}

/**
 * Segments cut where a word starts at a column edge after a single space: where columns are
 * tight, pdftotext leaves one space between cells ("Gender reassignment 0", "Impact Evidence
 * and explanation"), so a segment runs across an edge that the other lines show.
 */
export function splitAtEdges(segments: Segment[], edges: number[]): Segment[] {
  const out: Segment[] = [];
  for (const s of segments) {
    let rest = s;
    for (const edge of edges) {
      if (edge <= rest.start || edge >= rest.end) continue;
      const cut = [edge, edge - 1, edge + 1].find((p) => p > rest.start && p < rest.end && rest.text[p - rest.start - 1] === ' ' && rest.text[p - rest.start] !== ' ');
      if (cut === undefined) continue;
      out.push({ start: rest.start, end: cut - 1, text: rest.text.slice(0, cut - 1 - rest.start) });
      rest = { start: cut, end: rest.end, text: rest.text.slice(cut - rest.start) };
    }
    out.push(rest);
  }
  return out;
}
