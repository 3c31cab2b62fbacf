/**
 * Page breaks in a text export whose form feeds were stripped (`pdftotext -nopgbrk`, or a
 * system that dropped control characters). Without them the running headers and footers
 * sit mid-text, where they split table rows and sentences, and a table continued on the
 * next page looks like two tables. The breaks are found again from what every page repeats:
 *   1. a page number line ("Page 3 of 7", "- 3 -", or a footer ending in "Page 3 of 7")
 *      whose numbers run in sequence: the break is after it, and after any footer line that
 *      follows every such line (bathnes: "OFFICIAL      Printed 03/12/2024");
 *   2. else, the text's first line (a running header) recurring further on: a break before
 *      each recurrence; or its last line (a running footer) recurring: a break after each.
 */

/** A whole line that is only a page number. */
export const PAGE_NUMBER = /^\s*(page\s+\d+(\s+of\s+\d+)?|\d+\s*(of|\/)\s*\d+|-?\s*\d{1,4}\s*-?)\s*$/i;
/** A footer line that ends with "Page N" or "Page N of M" (layout exports put it in a column of its own). */
const TRAILING_PAGE_NUMBER = /(?:^|\s)page\s+(\d{1,4})(?:\s+of\s+(\d{1,4}))?\s*$/i;
/** A recurring header must be this long (after normalising) to be told from a short repeated answer. */
const MIN_HEADER_KEY = 12;
/** Recurrences of a running header closer than this many lines are not page furniture. */
const MIN_PAGE_LINES = 10;
/** Share of page number lines a footer line must follow for the break to move past it. */
const FOOTER_SHARE = 0.8;

/** Lines with digits and spacing normalised, so "Page 2 of 8" and "Page 3 of 8" compare equal. */
export function furnitureKey(line: string): string {
  return line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

/** The page number a line prints, if it is a page number line or a footer ending in one. */
export function pageNumberOf(line: string): number | null {
  const trimmed = line.trim();
  if (!trimmed) return null;
  const trailing = TRAILING_PAGE_NUMBER.exec(trimmed);
  if (trailing) return Number(trailing[1]);
  if (!PAGE_NUMBER.test(trimmed)) return null;
  const n = /\d+/.exec(trimmed);
  return n ? Number(n[0]) : null;
}

/**
 * The indexes of `lines` before which a new page starts (ascending; never 0). Empty when
 * the text shows no page structure.
 */
export function inferPageBreaks(lines: readonly string[]): number[] {
  const numbered = numberedBreaks(lines);
  if (numbered.length > 0) return numbered;
  return recurringHeaderBreaks(lines);
}

interface Hit {
  index: number;
  n: number;
}

/** Breaks after page number lines that count up 1, 2, 3… (a stray number in a table is not one). */
function numberedBreaks(lines: readonly string[]): number[] {
  // The longest run of page number lines printed alike and counting up: a stray "2" in a
  // table is not printed like the footer, so it neither joins nor breaks the run.
  let hits: Hit[] = [];
  const runs = new Map<string, Hit[]>();
  lines.forEach((line, index) => {
    const n = pageNumberOf(line);
    if (n === null) return;
    const key = furnitureKey(line);
    let run = runs.get(key) ?? [];
    const prev = run[run.length - 1];
    if (prev !== undefined && n === prev.n + 1) run.push({ index, n });
    else if (n <= 2) run = [{ index, n }];
    runs.set(key, run);
    if (run.length > hits.length) hits = run;
  });
  if (hits.length < 2) return [];
  // Footer lines printed after the page number on (nearly) every page belong to the page they end.
  const footerKeys: string[] = [];
  for (let k = 1; k <= 2; k++) {
    const keys = hits.map((h) => nextNonBlank(lines, h.index, k)).map((i) => (i === null ? null : furnitureKey(lines[i]!)));
    const first = keys[0];
    if (!first || keys.filter((key) => key === first).length < Math.ceil(hits.length * FOOTER_SHARE)) break;
    footerKeys.push(first);
  }
  const breaks = hits.map((h) => {
    let at = h.index;
    footerKeys.forEach((key, k) => {
      const i = nextNonBlank(lines, h.index, k + 1);
      if (i !== null && at === (k === 0 ? h.index : nextNonBlank(lines, h.index, k)) && furnitureKey(lines[i]!) === key) at = i;
    });
    return at + 1;
  });
  return breaks.filter((b) => b < lines.length && lines.slice(b).some((l) => l.trim()));
}

/** Index of the k-th non-blank line after `from` (k ≥ 1), or null. */
function nextNonBlank(lines: readonly string[], from: number, k: number): number | null {
  let seen = 0;
  for (let i = from + 1; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    if (++seen === k) return i;
  }
  return null;
}

function recurringHeaderBreaks(lines: readonly string[]): number[] {
  const nonBlank = lines.map((l, i) => (l.trim() ? i : -1)).filter((i) => i >= 0);
  if (nonBlank.length < 2 * MIN_PAGE_LINES) return [];
  const spaced = (at: number[]): boolean => at.length >= 2 && at.every((x, k) => k === 0 || x - at[k - 1]! >= MIN_PAGE_LINES);
  const occurrences = (key: string): number[] => nonBlank.filter((i) => furnitureKey(lines[i]!) === key);
  const headerKey = furnitureKey(lines[nonBlank[0]!]!);
  const headers = occurrences(headerKey);
  if (headerKey.length >= MIN_HEADER_KEY && spaced(headers)) return headers.slice(1);
  const footerKey = furnitureKey(lines[nonBlank[nonBlank.length - 1]!]!);
  const footers = occurrences(footerKey);
  if (footerKey.length >= MIN_HEADER_KEY && spaced(footers)) return footers.slice(0, -1).map((i) => i + 1);
  return [];
}
