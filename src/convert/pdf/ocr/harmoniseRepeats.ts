/**
 * Gives text that a document repeats on several pages one reading. Running headers and
 * footers and the header rows a table repeats after each page break are printed the same on
 * every page, but OCR reads each copy with its own slips ("Version 2" / "Versian 2"), while the
 * steps that drop page furniture and repeated table headers recognise them by equal text. So
 * copies that sit at the same place and read almost the same are found, and every copy takes
 * the reading most copies agree on, keeping its own digits (page numbers differ).
 *
 * Looked at: lines in the top and bottom margin zones, and the first rows of tables.
 * Positions are PDF user-space points, origin bottom-left. The pages given are not changed.
 */
import { MARGIN_ZONE } from '../pageFurniture.js';
import { buildLine } from '../textLines.js';
import type { PageContent, TextLine, TextRun } from '../types.js';
import { editDistance, sameReading } from './textSimilarity.js';

/**
 * Copies may differ in this share of their characters (after readingKey) and still be one
 * text: more for headers and footers, which also stand at the same height on every page,
 * and whose small print OCR reads worst.
 */
const SAME_ROW_TEXT = 0.25;
const SAME_MARGIN_TEXT = 0.35;
/** Copies start within this distance (points) of one another across pages. */
const SAME_PLACE = 6;
/** A repeated table header is one of a table's first this many rows. */
const HEADER_ROWS = 3;

/** One copy: its kind of place, where it starts, its text, and its lines with a way to replace each. */
interface Copy {
  page: number;
  /** 'top' or 'bottom' (margin zone) or 'row' (a table's first rows). */
  kind: string;
  /** A row's cell widths, and how many lines each cell has, in column order. */
  widths: number[];
  shape: string;
  /** Left and right ends of the line, or of the table (points). */
  x: number;
  x1: number;
  y: number;
  text: string;
  slots: Array<{ line: TextLine; replace(line: TextLine): void }>;
}

/**
 * Returns `pages` (OCR'd) with their repeated texts harmonised. `reference` pages (read from a
 * text layer, in a document only partly scanned) are exact: where they hold a copy, their
 * reading wins, and they are not returned.
 */
export function harmoniseRepeats(pages: readonly PageContent[], reference: readonly PageContent[] = []): PageContent[] {
  const out = pages.map((p) => ({ ...p, lines: [...p.lines], tables: p.tables.map((t) => ({ ...t, cellLines: t.cellLines.map((c) => [...c]) })) }));
  const exact = new Set(reference.map((p) => p.page));
  const groups: Copy[][] = [];
  for (const copy of [...reference, ...out].flatMap(copiesOf)) {
    const group = groups.find((g) => g[0] !== undefined && alike(g[0], copy));
    if (group) group.push(copy);
    else groups.push([copy]);
  }
  for (const group of groups) {
    if (new Set(group.map((c) => c.page)).size < 2) continue;
    const trusted = group.filter((c) => exact.has(c.page));
    const canonical = agreedCopy(trusted.length > 0 ? trusted : group);
    for (const copy of group) if (copy !== canonical && !exact.has(copy.page)) rewrite(copy, canonical);
  }
  return out;
}

function copiesOf(page: PageContent): Copy[] {
  const copies: Copy[] = [];
  page.lines.forEach((line, i) => {
    const zone = line.bottom >= page.height * (1 - MARGIN_ZONE) ? 'top' : line.top <= page.height * MARGIN_ZONE ? 'bottom' : undefined;
    if (!zone) return;
    const slots = [{ line, replace: (l: TextLine) => (page.lines[i] = l) }];
    copies.push({ page: page.page, kind: zone, widths: [], shape: '1', x: line.x0, x1: line.x1, y: line.baseline, text: line.text, slots });
  });
  for (const table of page.tables) {
    for (let row = 0; row < HEADER_ROWS; row++) {
      const cells = table.grid.cells.map((cell, index) => ({ cell, index })).filter(({ cell }) => cell.row === row);
      if (cells.length === 0) continue;
      const slots: Copy['slots'] = [];
      for (const { index } of cells) {
        const lines = table.cellLines[index] ?? [];
        lines.forEach((line, k) => slots.push({ line, replace: (l) => (lines[k] = l) }));
      }
      const widths = cells.map(({ cell }) => cell.rect.x1 - cell.rect.x0);
      const shape = cells.map(({ index }) => table.cellLines[index]?.length ?? 0).join(',');
      const text = cells.map(({ index }) => (table.cellLines[index] ?? []).map((l) => l.text).join(' ')).join(' | ');
      copies.push({ page: page.page, kind: 'row', widths, shape, x: table.grid.rect.x0, x1: table.grid.rect.x1, y: 0, text, slots });
    }
  }
  return copies;
}

function alike(a: Copy, b: Copy): boolean {
  if (a.kind !== b.kind || a.shape !== b.shape) return false;
  if (a.kind === 'row') {
    const widthsAgree = a.widths.length === b.widths.length && a.widths.every((w, i) => Math.abs(w - (b.widths[i] ?? 0)) <= SAME_PLACE);
    return widthsAgree && Math.abs(a.x - b.x) <= SAME_PLACE && sameReading(a.text, b.text, SAME_ROW_TEXT) && !anotherWord(a.text, b.text);
  }
  // A header or footer line stands at the same height on every page, and starts or ends at
  // the same place (OCR may miss its first or last word).
  const aligned = Math.abs(a.x - b.x) <= SAME_PLACE || Math.abs(a.x1 - b.x1) <= SAME_PLACE;
  return aligned && Math.abs(a.y - b.y) <= SAME_PLACE && sameReading(a.text, b.text, SAME_MARGIN_TEXT);
}

/** Share of a word's letters OCR may misread in one copy of it ("Versian" for "Version"). */
const SLIP = 1 / 3;

/**
 * Whether two rows of as many words differ in a word that is another word, not a slip of the
 * same one: small tables that each open "Negative impacts and mitigating actions for Age" /
 * "… for Race" are alike by their characters but name different groups.
 */
export function anotherWord(a: string, b: string): boolean {
  const wa = masked(a).toLowerCase().split(/\s+/).filter(Boolean);
  const wb = masked(b).toLowerCase().split(/\s+/).filter(Boolean);
  const other = (x: string, y: string): boolean => x !== y && editDistance(x, y) > SLIP * Math.max(x.length, y.length);
  // OCR may split or join words inside a row ("Mitig ting"), but the words a row ends on, where
  // such headers name their subject, are compared whatever the count.
  if (wa.length === 0 || wb.length === 0 || other(wa[wa.length - 1]!, wb[wb.length - 1]!)) return wa.length > 0 && wb.length > 0;
  return wa.length === wb.length && wa.some((w, k) => other(w, wb[k]!));
}

/** The reading most copies share (digits aside); among equally common ones, the one OCR was surest of. */
function agreedCopy(group: readonly Copy[]): Copy {
  const votes = new Map<string, number>();
  for (const c of group) votes.set(masked(c.text), (votes.get(masked(c.text)) ?? 0) + 1);
  const score = (c: Copy): number => (votes.get(masked(c.text)) ?? 0) * 1000 + meanConfidence(c);
  return group.reduce((best, c) => (score(c) > score(best) ? c : best));
}

function masked(text: string): string {
  return text.replace(/\d+/g, '#');
}

function meanConfidence(copy: Copy): number {
  const values = copy.slots.flatMap((s) => s.line.runs.map(confidenceOf)).filter((v): v is number => v !== undefined);
  return values.length > 0 ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

function confidenceOf(run: TextRun): number | undefined {
  const value: unknown = 'confidence' in run ? run.confidence : undefined;
  return typeof value === 'number' ? value : undefined;
}

/** Puts the canonical reading in the copy's place, line by line, keeping each line's own digits. */
function rewrite(copy: Copy, canonical: Copy): void {
  copy.slots.forEach((slot, i) => {
    const model = canonical.slots[i]?.line;
    if (!model || model.text === slot.line.text) return;
    const digits = slot.line.text.match(/\d+/g) ?? [];
    if ((model.text.match(/\d+/g) ?? []).length !== digits.length) return;
    let next = 0;
    // Copies are in the same place on their pages (a table's columns move with the table).
    const dx = copy.x - canonical.x;
    const dy = slot.line.baseline - model.baseline;
    const runs = model.runs.map((r) => ({
      ...r,
      text: r.text.replace(/\d+/g, () => digits[next++] ?? ''),
      x0: r.x0 + dx,
      x1: r.x1 + dx,
      baseline: r.baseline + dy,
    }));
    slot.replace(buildLine(runs, slot.line.baseline));
  });
}
