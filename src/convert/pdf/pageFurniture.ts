/**
 * Finds running headers, footers and page numbers: page furniture that carries no content.
 *
 * A line is furniture when it lies in the top or bottom margin zone of its page and either
 * repeats (digits normalised, so "Page 3 of 8" matches "Page 4 of 8") on most pages, or on
 * most pages of a run of at least three (a file that joins several documents has each one's
 * header on its own pages only), or on most odd or most even pages of such a run, or is a page number by itself ("7", "Page 7", "Page 7 of 9",
 * "- 7 -"). Lines are judged in pieces
 * split at wide gaps, because a footer's left and right texts share a baseline; a line is
 * dropped only when every piece is furniture, so body text is never lost with it. Templates
 * that lay out their header as a small table get the same treatment for a table lying wholly
 * in a margin zone.
 *
 * Positions are PDF user-space points, origin bottom-left.
 */
import type { TextLine, TextRun } from './types.js';

/** Share of the page height at the top and at the bottom where headers and footers live. */
export const MARGIN_ZONE = 0.13;
/** A line on at least this many pages, on this share of the pages between its first and last, is a running header of that run. */
const RUN_PAGES = 3;
const RUN_DENSITY = 2 / 3;
/** A gap wider than this many font sizes splits a line into separately judged pieces. */
const PIECE_GAP = 2;

export interface FurniturePage {
  height: number;
  lines: readonly TextLine[];
  /** The page's tables: their box and all their text. */
  tables?: ReadonlyArray<{ rect: { y0: number; y1: number }; text: string }>;
}

export interface Furniture {
  /** Indexes of the page's lines that are furniture. */
  lines: Set<number>;
  /** Indexes of the page's tables that are furniture. */
  tables: Set<number>;
}

const PAGE_NUMBER = /^(?:page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/** A piece's repetition key: case, spacing and digits do not matter. */
export function furnitureKey(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** Splits a line's runs where they are far apart (a footer's left text and its page number). */
export function linePieces(line: TextLine): string[] {
  const pieces: TextRun[][] = [];
  for (const run of line.runs) {
    const cur = pieces[pieces.length - 1];
    const last = cur?.[cur.length - 1];
    if (cur && last && run.x0 - last.x1 <= PIECE_GAP * Math.max(run.size, last.size)) cur.push(run);
    else pieces.push([run]);
  }
  return pieces.map((p) => p.map((r) => r.text).join(' ').replace(/\s+/g, ' ').trim()).filter((t) => t !== '');
}

function zoneOf(line: TextLine, height: number): 'top' | 'bottom' | undefined {
  if (line.bottom >= height * (1 - MARGIN_ZONE)) return 'top';
  if (line.top <= height * MARGIN_ZONE) return 'bottom';
  return undefined;
}

/**
 * Returns, for each page, which of its lines (the text outside tables) and tables are
 * furniture. `pages` are in page order.
 */
export function findFurniture(pages: readonly FurniturePage[]): Furniture[] {
  // On how many pages each (zone, key) occurs.
  const pagesWithKey = new Map<string, Set<number>>();
  const count = (key: string, p: number): void => {
    const set = pagesWithKey.get(key) ?? new Set<number>();
    set.add(p);
    pagesWithKey.set(key, set);
  };
  pages.forEach((page, p) => {
    for (const line of page.lines) {
      const zone = zoneOf(line, page.height);
      if (zone) for (const piece of linePieces(line)) count(`${zone}:${furnitureKey(piece)}`, p);
    }
    for (const table of page.tables ?? []) {
      const zone = tableZone(table.rect, page.height);
      if (zone) count(`${zone}:table:${furnitureKey(table.text)}`, p);
    }
  });
  // Repeating on at least half the pages (and on two at least), or densely over a run of pages.
  const minPages = Math.max(2, Math.ceil(pages.length / 2));
  const repeats = (key: string): boolean => {
    const on = pagesWithKey.get(key);
    if (!on) return false;
    if (on.size >= minPages) return true;
    const span = Math.max(...on) - Math.min(...on) + 1;
    if (on.size >= RUN_PAGES && on.size >= RUN_DENSITY * span) return true;
    // Odd and even pages with footers of their own (a book's recto and verso, or a web page's
    // footer printed after every second page of its PDF): dense over the pages of one parity.
    const parity = Math.min(...on) % 2;
    return on.size >= RUN_PAGES && [...on].every((q) => q % 2 === parity) && on.size >= RUN_DENSITY * ((span - 1) / 2 + 1);
  };
  return pages.map((page) => {
    const lines = new Set<number>();
    page.lines.forEach((line, i) => {
      const zone = zoneOf(line, page.height);
      if (!zone) return;
      const pieces = linePieces(line);
      if (pieces.length > 0 && pieces.every((piece) => isPageNumber(piece) || repeats(`${zone}:${furnitureKey(piece)}`))) lines.add(i);
    });
    const tables = new Set<number>();
    (page.tables ?? []).forEach((table, i) => {
      const zone = tableZone(table.rect, page.height);
      if (zone && (isPageNumber(table.text) || repeats(`${zone}:table:${furnitureKey(table.text)}`))) tables.add(i);
    });
    return { lines, tables };
  });
}

function tableZone(rect: { y0: number; y1: number }, height: number): 'top' | 'bottom' | undefined {
  if (rect.y0 >= height * (1 - MARGIN_ZONE)) return 'top';
  if (rect.y1 <= height * MARGIN_ZONE) return 'bottom';
  return undefined;
}
