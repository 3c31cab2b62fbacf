/**
 * Intermediate shapes the PDF converter passes between its steps, before they become
 * layout blocks (src/model/layout.ts).
 *
 * All positions are PDF user-space points, origin at the page's bottom-left, y upwards.
 */
import type { Rect } from './geometry.js';

/** A piece of text drawn in one font at one position: a pdf.js text item, or part of one. */
export interface TextRun {
  text: string;
  /** Left and right edges of the drawn glyphs. */
  x0: number;
  x1: number;
  /** Baseline y. */
  baseline: number;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
  bold: boolean;
  /** The PDF drew a space after this run (pdf.js reports it as a separate " " item). */
  spaceAfter: boolean;
}

/** Runs on one baseline inside one region (a table cell or the page outside tables), left to right. */
export interface TextLine {
  runs: TextRun[];
  /** The runs' text joined with the spaces the PDF or the gaps call for; whitespace normalised. */
  text: string;
  /** [start, end) offsets within `text` of bold runs. */
  bold: Array<[number, number]>;
  x0: number;
  x1: number;
  baseline: number;
  /** The font size most of the line's characters are set in. */
  size: number;
  /** Approximate glyph box: baseline minus descent to baseline plus ascent. */
  bottom: number;
  top: number;
}

/** A straight stroked line, or a filled rectangle so thin it reads as one (a table border). */
export interface Segment {
  orientation: 'h' | 'v';
  /** y of a horizontal segment, x of a vertical one. */
  pos: number;
  /** Extent along the segment: x range of a horizontal one, y range of a vertical one (from ≤ to). */
  from: number;
  to: number;
  /** Stroke width (or the thin rectangle's thickness) in points. */
  width: number;
}

/** A filled rectangle big enough to be a background (cell shading), with its colour as "#rrggbb". */
export interface Fill extends Rect {
  color: string;
}

/** What a page's operator list draws that the converter cares about. */
export interface PageGraphics {
  segments: Segment[];
  fills: Fill[];
}

/** One cell of a table grid found from rulings. Rows count from the top, columns from the left. */
export interface GridCell {
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
  rect: Rect;
  shaded: boolean;
}

/** A ruled table: its column edges (left to right), row edges (top to bottom) and cells. */
export interface TableGrid {
  xs: number[];
  ys: number[];
  cells: GridCell[];
  rect: Rect;
}

/** A table grid whose cells have been given the text lines drawn inside them. */
export interface PageTable {
  grid: TableGrid;
  /** One entry per grid cell, in the same order as grid.cells. */
  cellLines: TextLine[][];
}

/** Everything read from one page, before paragraphs are built. */
export interface PageContent {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  /** Lines outside any table, top to bottom. */
  lines: TextLine[];
  tables: PageTable[];
}
