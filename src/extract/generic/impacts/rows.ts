/**
 * Impact rows on an unseen form: runs of cells that name protected characteristics, each
 * followed by the cells of its row. Three shapes survive conversion:
 *   - a real table (Word, PDF, layout text): rows and columns as the grid has them;
 *   - a flattened table ('|' cells, or one paragraph per cell): a characteristic cell starts a
 *     row, the cells up to the next one are its columns, aligned with the header cells printed
 *     just before the first row when the counts agree;
 *   - "Age: …" label/answer pairs in running text.
 * A single characteristic cell is not a grid (forms mention "Age" in passing); two or more
 * close together are, or one under a header that rates impacts.
 */
import { MITIGATION_PREFIX, NOTE_PREFIX } from './labelledAnswers.js';
import { withoutQuestionNumber } from '../values.js';
import type { Characteristic, ImpactGroup } from '../../../model/vocabulary.js';
import type { Piece } from '../../document/valueRegion.js';
import { characteristicOf, HEADING_SEPARATOR, headOf } from '../../parse/characteristic.js';
import type { Pair } from '../pairs.js';
import type { Cell, Strip } from '../strip.js';
import { bilingualSides, type ColumnKind, type ColumnWords } from './columns.js';
import { holdsBoxes } from '../tickedOptions.js';

export interface RowCell {
  text: string;
  /** The column's kind, when a header gives it. */
  column: ColumnKind | null;
  piece: Piece | null;
}

export interface ImpactRow {
  /** The row heading as printed, endnote markers dropped. */
  label: string;
  characteristic: Characteristic;
  cells: RowCell[];
  /** The text ends inside this row: what is missing is not stated. */
  cut: boolean;
  pieces: Piece[];
  method: 'grid' | 'cells' | 'pair';
  group: ImpactGroup | null;
  /** An adverse-impact question heads the grid: a Yes there means a negative impact. */
  adverse: boolean;
  /**
   * The answer is written after the heading on its own line ("Age – Impact: Negative. Older
   * residents …"), in words the form asks for: the words may rate the row.
   */
  inline: boolean;
}

/** Most cells a flattened row may have; more, and the "row" is prose. */
const MAX_ROW_CELLS = 12;
const MAX_LABEL_WORDS = 6;
/** Groups on one '|' line that make it a list across rather than a row's heading. */
const GROUPS_ACROSS = 3;
/** Who a heading leads with before naming the group: "Persons with dependants", "Pupils eligible for …", "People living in …". */
const WHO = /^(?:(?:persons?|people|those|individuals|pupils|students|learners|children|young people|families|households|residents|customers|tenants|patients|service users|staff|employees)\s+(?:with(?:out)?|of|from|on|in receipt of|receiving|eligible for|entitled to|living in|in|experiencing|affected by|who\s+(?:are|have|experience))\s+(?:(?:an?|different|and\s+without)\s+)*)/i;

/**
 * The characteristic a short cell is a row heading for ("Age[10]", "Religion or belief:"), or
 * null. A heading in two languages ("Oed / Age") is read by the side that names a group.
 */
export function rowHeading(text: string): Characteristic | null {
  const own = oneRowHeading(text);
  if (own) return own;
  const sides = bilingualSides(text);
  if (!sides) return null;
  const named = sides.map(oneRowHeading).filter((c): c is Characteristic => c !== null);
  return named.length === 1 ? named[0]! : null;
}

function oneRowHeading(text: string): Characteristic | null {
  const t = text.replace(/\[\d{1,3}\]/g, '').replace(/^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-z][.)]|[-•·*])\s+/i, '').trim();
  // The group's name, before any guidance after a dash or colon ("Sex – identify the impact …").
  const head = headOf(t).replace(/[:*]+\s*$/, '').trim();
  // A heading is a few words (its bracketed note aside), not a sentence: "Older people use the library." is an answer.
  const bare = head.replace(/\([^)]*\)/g, ' ').trim();
  if (!bare || /\.$/.test(bare)) return null;
  // The heading starts with the group's name ("Sexual orientation", "Older people"): in
  // "Mitigating actions for Age" the group comes last, and the cell is a question's label.
  // Section 75's wordings lead with who: "Men and women generally", "Persons with dependants".
  // Local extras lead with whom they serve: "Pupils eligible for Pupil Premium", "Customers on low incomes".
  const who = head.replace(WHO, '');
  // "Issues relating to all groups and protected characteristics" heads the row for everyone.
  const words = who.replace(/\([^)]*\)/g, ' ').trim().split(/\s+/).length;
  if (words > MAX_LABEL_WORDS) return words <= 2 * MAX_LABEL_WORDS && characteristicOf(head) === 'all' ? 'all' : null;
  // After "People living in …" the rest names the group whole ("the 20% most deprived areas").
  const named = who === head ? who.split(/\s+/).slice(0, 2).join(' ') : who;
  const c = /^(?:men and women|women and men)\b/i.test(who) ? 'sex' : characteristicOf(named);
  if (c && c !== 'all') return c;
  if (characteristicOf(head) === 'all') return 'all';
  // A human rights grid rates the Convention's articles ("Article 8: Right to respect for
  // private and family life", "Protocol 1, Article 2"): rows of no group, `other` (LABELLING.md).
  if (/^(?:article|protocol)\s+\d{1,2}\b/i.test(t)) return 'other';
  // Welsh forms rate the Welsh language beside the groups (the Welsh Language Standards): a
  // row of no category too. (Children's rights rows are read as their duty's question.)
  if (/^(?:the\s+)?welsh language\b/i.test(head)) return 'other';
  return /^other\b/i.test(head) ? 'other' : null;
}

export function linearRows(strip: Strip, columns: ColumnWords, adverseBefore: (cell: number) => boolean): ImpactRow[] {
  const cells = strip.cells.filter((c) => !c.grid);
  // "Other (please specify)" rows follow a grid's last row; a named group of no category ("Political opinion") starts one.
  const named = cells.map((c, i) => (rowHeading(c.text) && !/^\W*other\b/i.test(c.text) ? i : -1)).filter((i) => i >= 0);
  // Three groups or more on one '|' line are a list or a grid's header across the top
  // (transposedGrid.ts), not rows.
  const perLine = new Map<number, number>();
  for (const i of named) if (cells[i]!.kind === 'pipe') perLine.set(cells[i]!.line, (perLine.get(cells[i]!.line) ?? 0) + 1);
  const starts = named.filter((i) => (perLine.get(cells[i]!.line) ?? 0) < GROUPS_ACROSS);
  const out: ImpactRow[] = [];
  // A grid continued over a page repeats its header; the part on the next page may hold a
  // single row, whose width is then the grid's before the break (its header still checked).
  let lastWidth = 0;
  for (const run of runsOf(starts, cells).flatMap((r) => splitAtHeaders(r, cells, columns))) {
    const spans = run.slice(1).map((s, k) => s - run[k]!);
    const width = mode(spans) ?? lastWidth;
    if (run.length >= 2) lastWidth = width;
    const first = run[0]!;
    // A header that opens with the characteristic column's own title ("Characteristic |
    // Impact | Explanation | Mitigation", a cell each) gives the grid's width itself: rows of
    // one cell per paragraph lose their empty cells, so most rows may be shorter than it.
    const titled = titledHeaderBefore(cells, first, columns);
    const header = titled ?? (width > 1 ? headerBefore(cells, first, width, columns) : null);
    if (run.length < 2 && !header) continue;
    const adverse = (header?.some((h) => h.kind === 'adverse-answer') ?? false) || adverseBefore(cells[Math.max(0, first - (header?.length ?? 0))]!.index);
    // Rows after the run's last characteristic may be "Other" rows of the same grid.
    const ends = [...run.slice(1), Math.min(cells.length, run[run.length - 1]! + (titled?.length ?? (width || MAX_ROW_CELLS)))];
    run.forEach((start, k) => {
      // A '|' row is its line: a closing '|' after an empty last cell drops that cell, and a
      // line of a group no category names ("Pupils in care | No |") is a row of its own.
      const own = pipeLineEnd(cells, start);
      // The last row ends where the form goes on: a heading, or the next numbered part or question.
      const reach = own ?? (k === run.length - 1 ? labelledTail(cells, beforeNextPart(cells, start, Math.min(ends[k]!, start + MAX_ROW_CELLS)), start + MAX_ROW_CELLS) : Math.min(ends[k]!, start + MAX_ROW_CELLS));
      // The form's next question ("Which groups will be negatively affected?") is never a row's answer.
      const end = own ?? untilQuestion(cells, start, reach);
      const rowCells = cells.slice(start + 1, end).filter((c) => !rowHeading(c.text) || rowHeading(c.text) === 'other');
      const aligned = header && (titled || own !== null ? end - start <= header.length : end - start === width);
      const cut = end >= cells.length && (width === 0 || end - start < width);
      out.push(row(strip, cells[start]!, rowCells, aligned ? header : null, 'cells', cut, adverse));
    });
  }
  return out;
}

/** `end`, or the first cell after `start` that is a question of several words: the form asking on. */
function untilQuestion(cells: readonly Cell[], start: number, end: number): number {
  for (let i = start + 1; i < end; i++) if (cells[i]!.tokenCount >= 4 && /\?\s*$/.test(cells[i]!.text)) return i;
  return end;
}

/** A heading, or a numbered part or question ("Section 3: …", "3.1 How will …"): the form going on after a grid. */
const NEXT_PART = /^\s*(?:(?:section|part|stage)\s+[A-Z0-9]{1,3}\b|\d{1,2}(?:\.\d{1,2})+\.?\s)/i;

/** `end`, or the first cell after `start` before it that opens the next part of the form. */
function beforeNextPart(cells: readonly Cell[], start: number, end: number): number {
  for (let i = start + 1; i < end; i++) if (cells[i]!.heading || NEXT_PART.test(cells[i]!.text)) return i;
  return end;
}

/**
 * `end`, moved past the labelled notes that go on the last row ("Explanation: …", "Mitigation: …"):
 * blocks answered on labelled lines vary in length (an explanation given for one group and not
 * another), so the width most rows share can cut the last row short.
 */
function labelledTail(cells: readonly Cell[], end: number, limit: number): number {
  let i = end;
  while (i < Math.min(cells.length, limit) && !cells[i]!.heading && (NOTE_PREFIX.test(cells[i]!.text) || MITIGATION_PREFIX.test(cells[i]!.text))) i++;
  return i;
}

/** Where the '|' line of cell `start` ends (the index after its last cell), or null when it is not a '|' cell. */
function pipeLineEnd(cells: readonly Cell[], start: number): number | null {
  const first = cells[start]!;
  if (first.kind !== 'pipe') return null;
  // A row flattened a cell to a line ("Age |", then "X |" …) is as wide as its header says.
  if (start + 1 < cells.length && cells[start + 1]!.line !== first.line) return null;
  let end = start + 1;
  while (end < cells.length && cells[end]!.kind === 'pipe' && cells[end]!.line === first.line) end++;
  return end;
}

/** Rows of real tables: a characteristic in a row's first filled cell, columns from the header row above. */
export function gridRows(strip: Strip, columns: ColumnWords, adverseBefore: (cell: number) => boolean): ImpactRow[] {
  const out: ImpactRow[] = [];
  for (const table of strip.view.tables) {
    const rows = table.rows.map((r) => strip.rowCells(table.index, r.index));
    const labelled = rows.map((cs) => cs.find((c) => c.tokenCount > 0)).map((c) => (c && rowHeading(c.text) ? c : null));
    const firstRow = labelled.findIndex(Boolean);
    if (firstRow < 0 || labelled.filter(Boolean).length < 2) continue;
    // The header: the nearest row above of short cells that read as column titles.
    const isHeader = (cs: Cell[]): boolean => cs.every((c) => c.tokenCount <= 40) && cs.filter((c) => c.tokenCount > 0 && columns.looksLikeHeader(c.text)).length >= 2;
    const headerCells = rows.slice(0, firstRow).reverse().find(isHeader) ?? [];
    const kinds = new Map(headerCells.map((c) => [c.grid!.col, columns.columnOf(c.text)]));
    // A question above the grid ("Could the proposal have a negative impact …?") stands before its
    // header: how far is counted from there, so a wider header does not put it out of reach.
    const adverse = [...kinds.values()].some((k) => k.kind === 'adverse-answer') || adverseBefore((headerCells[0] ?? rows[firstRow]![0]!).index);
    rows.forEach((cs, r) => {
      const label = labelled[r];
      if (!label) return;
      const rest = cs.filter((c) => c.grid!.col > label.grid!.col);
      // A heading across the whole row ("Age", over the questions about age) is not a row of a grid.
      if (rest.length === 0) return;
      const aligned = rest.map((c) => ({ cell: c, column: kinds.get(c.grid!.col) ?? null }));
      out.push(rowFromCells(strip, label, aligned, 'grid', false, adverse));
    });
  }
  return out;
}

/** "Age: Yes – older residents …": a label/answer pair whose label is a characteristic. */
export function pairRows(strip: Strip, pairs: Pair[], taken: ReadonlySet<number>, adverseBefore: (cell: number) => boolean): ImpactRow[] {
  const out: ImpactRow[] = [];
  for (const p of pairs) {
    if (p.label.key || taken.has(p.label.cell) || p.label.kind === 'heading') continue;
    const heading = withoutQuestionNumber(p.labelText).replace(/[:?]\s*$/, '');
    const c = rowHeading(heading);
    if (!c || c === 'other') continue;
    const cells = p.short.pieces.map((piece) => ({ text: piece.unit.text.slice(piece.from, piece.to), column: null, piece }));
    const labelPiece = { unit: strip.cells[p.label.cell]!.unit, from: p.label.from, to: p.label.to };
    out.push({ label: clean(heading), characteristic: c, cells, cut: false, pieces: [labelPiece, ...p.short.pieces], method: 'pair', group: null, adverse: adverseBefore(p.label.cell), inline: false });
  }
  return out;
}

function row(strip: Strip, label: Cell, cells: Cell[], header: ColumnKind[] | null, method: ImpactRow['method'], cut: boolean, adverse: boolean): ImpactRow {
  return rowFromCells(strip, label, cells.map((c, i) => ({ cell: c, column: header?.[i + 1] ?? null })), method, cut, adverse);
}

function rowFromCells(strip: Strip, label: Cell, cells: Array<{ cell: Cell; column: ColumnKind | null }>, method: ImpactRow['method'], cut: boolean, adverse: boolean): ImpactRow {
  const rowCells: RowCell[] = cells.map(({ cell, column }) => ({ text: cell.text, column, piece: strip.piece(cell) }));
  // The answer after the heading, on its line, is the row's only answer when no cell of its own has one.
  const tail = rowCells.every((c) => !c.text.trim()) ? headingTail(label.text) : null;
  if (tail) rowCells.unshift({ text: tail.text, column: null, piece: strip.piece(label, label.from + tail.at, label.to) });
  return {
    label: clean(tail ? label.text.slice(0, tail.headEnd) : label.text),
    characteristic: rowHeading(label.text) ?? 'other',
    cells: rowCells,
    cut,
    pieces: [strip.piece(label), ...cells.filter(({ cell }) => cell.tokenCount > 0).map(({ cell }) => strip.piece(cell))],
    method,
    group: null,
    adverse,
    inline: tail !== null,
  };
}

/**
 * "Age – Impact: Negative. Older residents …", "Sexual orientation – No impact identified.":
 * the words after the heading's dash on one line, when they are a sentence (they end in a full
 * stop) and not the form's guidance on what to write ("Sex – identify the impact …" has none),
 * or a row of tick boxes.
 */
export function headingTail(text: string): { text: string; at: number; headEnd: number } | null {
  const m = HEADING_SEPARATOR.exec(text);
  if (!m || m.index === 0) return null;
  const at = m.index + m[0].length;
  const tail = text.slice(at).trim();
  // Tick boxes after the heading ("Age: ☒ Yes ☐ No") are its answer too.
  const boxes = holdsBoxes(tail) && /\p{L}/u.test(tail);
  if (!tail || (!boxes && (!/[.!]$/.test(tail) || !/^\p{Lu}/u.test(tail) || tail.split(/\s+/).length < 2))) return null;
  if (rowHeading(text.slice(0, m.index)) === null) return null;
  return { text: tail, at, headEnd: m.index };
}

/** Characteristic cells close enough together to be one grid. */
function runsOf(starts: number[], cells: Cell[]): number[][] {
  const runs: number[][] = [];
  for (const s of starts) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    const broken = last !== undefined && cells.slice(last + 1, s).some((c) => c.heading || c.tokenCount > 120);
    if (run && last !== undefined && s - last <= MAX_ROW_CELLS && !broken) run.push(s);
    else runs.push([s]);
  }
  return runs;
}

/**
 * A run of rows that holds a second grid: after a row's own `width` cells come the second
 * grid's headings ("Groups who face health inequalities | Impact on access | …") before its
 * first row. The run is cut there, so each grid is read with its own header.
 */
function splitAtHeaders(run: number[], cells: Cell[], columns: ColumnWords): number[][] {
  const width = mode(run.slice(1).map((s, k) => s - run[k]!)) ?? 0;
  if (width < 2) return [run];
  for (let k = 1; k < run.length; k++) {
    const between = cells.slice(run[k - 1]! + width, run[k]!);
    if (between.length >= 2 && between.filter((c) => c.tokenCount <= 12 && columns.looksLikeHeader(c.text)).length >= 2) {
      return [run.slice(0, k), ...splitAtHeaders(run.slice(k), cells, columns)];
    }
  }
  return [run];
}

/**
 * The `width` cells before the first row, when they read as its header ("Protected
 * characteristic | Positive | Negative | None"). A cell that is only a bracketed note
 * ("(Y/N)", "(H/M/L/None)" on a line of its own) belongs to the header cell before it.
 */
function headerBefore(cells: Cell[], first: number, width: number, columns: ColumnWords): ColumnKind[] | null {
  const texts: string[] = [];
  let k = first - 1;
  for (; k >= 0 && texts.length < width; k--) {
    const c = cells[k]!;
    if (c.tokenCount > 40) return null;
    if (BRACKET_NOTE.test(c.text) && k > 0 && texts.length < width) {
      const prev = cells[k - 1]!;
      texts.unshift(`${prev.text} ${c.text}`);
      k--;
    } else {
      texts.unshift(c.text);
    }
  }
  if (texts.length < width) return null;
  const known = texts.filter((t) => t.trim() !== '' && columns.looksLikeHeader(t)).length;
  if (known < Math.ceil(width / 2)) return null;
  return texts.map((t, i) => (i === 0 ? { kind: 'label' } : columns.columnOf(t)));
}

/**
 * The column titles just before the first row, back to the title of the characteristic
 * column itself ("Characteristic", "Protected characteristic"), when there are at least two
 * more; null otherwise.
 */
function titledHeaderBefore(cells: Cell[], first: number, columns: ColumnWords): ColumnKind[] | null {
  const kinds: ColumnKind[] = [];
  for (let k = first - 1; k >= 0 && first - k <= MAX_ROW_CELLS; k--) {
    const c = cells[k]!;
    // A bracketed note on its own line ("(Y/N)") belongs to the title before it.
    const text = BRACKET_NOTE.test(c.text) && k > 0 ? `${cells[--k]!.text} ${c.text}` : c.text;
    if (c.tokenCount === 0 || c.tokenCount > 12 || !columns.looksLikeHeader(text)) return null;
    const kind = columns.columnOf(text);
    if (kind.kind === 'label') return kinds.length >= 2 ? [kind, ...kinds] : null;
    kinds.unshift(kind);
  }
  return null;
}

/** "(Y/N)", "(Positive / Negative / Neutral)": a note under a column's title. */
const BRACKET_NOTE = /^\([^()]{1,60}\)$/;

function mode(xs: number[]): number | null {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
}

function clean(text: string): string {
  return text.replace(/\[\d{1,3}\]/g, '').replace(/[:*]+\s*$/, '').replace(/\s+/g, ' ').trim();
}
