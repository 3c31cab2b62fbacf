/**
 * Splits a text export into pages (form feeds) and removes page furniture: running
 * headers and footers that repeat at the top or bottom of most pages, and page numbers.
 * Exports made by `pdftotext` keep them; they are never content. Text whose form feeds
 * were stripped is split where its page furniture shows the pages were (pageBreaks.ts).
 */
import { furnitureKey, inferPageBreaks, PAGE_NUMBER } from './pageBreaks.js';

export interface TextLine {
  /** 1-based page (1 when the text has no form feeds). */
  page: number;
  text: string;
}

/** How many non-blank lines at each end of a page may be furniture. */
const EDGE_LINES = 4;
/** How far in from each end a line that is itself a running header or footer is still furniture. */
const NEAR_EDGE_LINES = 8;
/** A recurring edge line this long (normalised) is a running header or footer, never a label. */
const LONG_FURNITURE = 30;

export interface PageOptions {
  /**
   * Whether a recurring line is furniture away from the page's edge run (default true): a
   * reading-order export may put body text after a footer, or between the parts of a header.
   * Not in a layout export, which keeps lines in page order: there a line repeated below the
   * page's first text is a table's header printed again after a page break.
   */
  furnitureAnywhere?: boolean;
}

export function splitTextPages(text: string, options: PageOptions = {}): { lines: TextLine[]; pageCount: number } {
  const anywhere = options.furnitureAnywhere ?? true;
  const pages = text.split('\f');
  // A trailing form feed ends the last page rather than starting an empty one.
  while (pages.length > 1 && pages[pages.length - 1]!.trim() === '') pages.pop();
  const pageLines = pages.length > 1 ? pages.map((p) => p.split('\n')) : splitAtInferredBreaks(pages[0]!.split('\n'));
  const furniture = findFurniture(pageLines, anywhere);
  const lines: TextLine[] = [];
  pageLines.forEach((ls, i) => {
    const drop = furnitureIndexes(ls, furniture, anywhere);
    ls.forEach((line, j) => {
      // Trailing tabs stay: a row whose line ends in one wrapped its last cell onto the next line.
      if (!drop.has(j)) lines.push({ page: i + 1, text: line.replace(/[^\S\t]+$/u, '') });
    });
  });
  return { lines, pageCount: pageLines.length };
}

/** One page of text (no form feeds) → the pages its headers, footers and page numbers show. */
function splitAtInferredBreaks(lines: string[]): string[][] {
  const breaks = inferPageBreaks(lines);
  const out: string[][] = [];
  let from = 0;
  for (const b of [...breaks, lines.length]) {
    out.push(lines.slice(from, b));
    from = b;
  }
  return out;
}

/**
 * The furniture lines of one page: runs of furniture lines contiguous with the top or the
 * bottom edge (blank lines between them allowed), so a repeated table header in the middle
 * of a page is never mistaken for a running header; and, a little further in, lines that
 * are running headers or footers themselves (a reading-order export puts body text between
 * the parts of a header: "Kent County Council", then a wrapped label, then "kent.gov.uk").
 */
function furnitureIndexes(lines: string[], furniture: Set<string>, anywhere: boolean): Set<number> {
  const isFurniture = (line: string): boolean =>
    furniture.has(furnitureKey(line)) || PAGE_NUMBER.test(line) || isFurnitureRow(line, furniture);
  const drop = new Set<number>();
  const nonBlank = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  for (const i of nonBlank.slice(0, EDGE_LINES)) {
    if (!isFurniture(lines[i]!)) break;
    drop.add(i);
  }
  for (const i of nonBlank.slice(-EDGE_LINES).reverse()) {
    if (!isFurniture(lines[i]!)) break;
    drop.add(i);
  }
  const near = !anywhere ? [] : nonBlank.length > 2 * NEAR_EDGE_LINES ? [...nonBlank.slice(0, NEAR_EDGE_LINES), ...nonBlank.slice(-NEAR_EDGE_LINES)] : nonBlank;
  for (const i of near) if (furniture.has(furnitureKey(lines[i]!))) drop.add(i);
  // A long running footer is furniture wherever it is: a reading-order export may put the
  // rest of a table cell after it, far from the page's end.
  for (const i of anywhere ? nonBlank : []) {
    const key = furnitureKey(lines[i]!);
    if (key.length >= LONG_FURNITURE && furniture.has(key)) drop.add(i);
  }
  return drop;
}

/** Indexes of the first and last few non-blank lines of a page: where running headers and footers are. */
function edgeIndexes(lines: string[]): Set<number> {
  const nonBlank = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  return new Set([...nonBlank.slice(0, NEAR_EDGE_LINES), ...nonBlank.slice(-NEAR_EDGE_LINES)]);
}

/**
 * Edge lines that recur on nearly every page (and on at least two). Running headers and
 * footers are on every page; a table header repeated at the top of the pages a long table
 * runs over is not, so "nearly every" keeps it. Long lines count wherever they are on the
 * page: a reading-order export may put the rest of a cell after the footer.
 */
function findFurniture(pageLines: string[][], anywhere: boolean): Set<string> {
  if (pageLines.length < 2) return new Set();
  const counts = new Map<string, number>();
  for (const lines of pageLines) {
    const seen = new Set<string>();
    const edges = edgeIndexes(lines);
    for (let i = 0; i < lines.length; i++) {
      const key = furnitureKey(lines[i]!);
      // Short lines count only at the page's edges; a long one anywhere (see LONG_FURNITURE).
      if (key.length < 3 || seen.has(key) || (!edges.has(i) && (!anywhere || key.length < LONG_FURNITURE))) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const need = Math.max(2, Math.ceil(pageLines.length * 0.8));
  return new Set([...counts].filter(([, n]) => n >= need).map(([k]) => k));
}

/**
 * A layout-mode line that holds a header and a page number side by side
 * ("EqIA – … – Version 3        Page 1 of 8"): furniture when each part is.
 */
function isFurnitureRow(line: string, furniture: Set<string>): boolean {
  const parts = line.trim().split(/\s{3,}/);
  if (parts.length < 2) return false;
  return parts.every((p) => PAGE_NUMBER.test(p) || furniture.has(furnitureKey(p)) || /^page\s+\d+/i.test(p.trim()));
}
