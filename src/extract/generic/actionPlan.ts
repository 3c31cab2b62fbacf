/**
 * The action plan of an unseen form: a header whose cells name the plan's columns ("Issue |
 * Action | Lead | By when", "What could be done? | Who | When"), then one action per row.
 * Two shapes survive conversion, and both are read from the strip:
 *   - rows: a table row, or one '|'/tab line, holds a whole action (its cells share a line);
 *   - linear: a reading-order export prints one cell per line, so the header is K lines in a
 *     row and the body runs of K lines after it.
 * The plan ends at the next part of the form (a heading, "Section 5: …", a form label) or
 * at a row of another shape. A grid that rates impacts (its header has rating columns) is
 * never a plan, even when it has a "Mitigating actions" column.
 */
import type { Action } from '../../model/record.js';
import type { Piece } from '../document/valueRegion.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import { cleanText } from '../text/cleanValue.js';
import { fold } from '../text/tokens.js';
import type { GenericVocabulary } from './genericVocabulary.js';
import type { ColumnWords } from './impacts/columns.js';
import type { Cell, Strip } from './strip.js';

type Column = keyof Action;
const COLUMNS: readonly Column[] = ['issue', 'action', 'milestone', 'owner', 'due'];

/** Longest header cell, in words: a longer cell is a question or an answer. */
const MAX_HEADER_WORDS = 12;
/** Most actions read from one plan: more, and the "plan" is a run of something else. */
const MAX_ACTIONS = 40;
const SECTION = /^\s*(?:section|part|stage|step)\s+(?:[A-Z0-9]{1,3}\b|one|two|three|four|five|six)/i;

export class ActionColumns {
  private readonly phrases: Array<{ column: Column; words: string }>;

  constructor(vocabulary: GenericVocabulary['actionColumns'], private readonly ratingColumns: ColumnWords) {
    // Longest wording first, so "Action owner" is an owner before "Action" makes it an action.
    this.phrases = COLUMNS.flatMap((column) => vocabulary[column].map((p) => ({ column, words: norm(p) }))).sort((a, b) => b.words.length - a.words.length);
  }

  /** The action field a header cell names, or null. */
  columnOf(text: string): Column | null {
    const t = norm(text);
    if (!t || t.split(' ').length > MAX_HEADER_WORDS) return null;
    for (const p of this.phrases) if (t === p.words || t.startsWith(`${p.words} `)) return p.column;
    return null;
  }

  /** A header cell that rates impacts ("Positive", "Negative", "Yes"): the grid is no plan. */
  rates(text: string): boolean {
    const kind = this.ratingColumns.columnOf(text).kind;
    return kind === 'tick' || kind === 'level' || kind === 'adverse-answer';
  }
}

interface Header {
  /** Column of each position of the header (null: a column the plan does not keep). */
  columns: Array<Column | null>;
  /** Index in `rows` of the first body row. */
  bodyStart: number;
  linear: boolean;
}

/** Reads the form's action plan into `out`; false when it has none of these shapes. */
export function extractActionPlan(strip: Strip, columns: ActionColumns, labelCells: ReadonlySet<number>, out: RecordBuilder): boolean {
  const rows = rowsOf(strip.cells);
  for (let i = 0; i < rows.length; i++) {
    const header = headerAt(rows, i, columns);
    if (!header) continue;
    const body = header.linear ? linearBody(rows, header, columns, labelCells) : rowBody(rows, header, labelCells);
    for (const cells of body.slice(0, MAX_ACTIONS)) addAction(strip, header.columns, cells, header.linear, out);
    if (body.length > 0) return true; // one plan per form; a second header is the same plan repeated on a new page
  }
  return false;
}

/** The strip's cells grouped by the line they sit on. */
function rowsOf(cells: readonly Cell[]): Cell[][] {
  const rows: Cell[][] = [];
  for (const c of cells) {
    const last = rows[rows.length - 1];
    if (last && last[0]!.line === c.line) last.push(c);
    else rows.push([c]);
  }
  return rows;
}

function headerAt(rows: Cell[][], i: number, columns: ActionColumns): Header | null {
  const row = rows[i]!;
  const filled = row.filter((c) => c.tokenCount > 0);
  if (filled.length >= 2) {
    if (filled.some((c) => columns.rates(c.text))) return null;
    const named = row.map((c) => (c.tokenCount > 0 ? columns.columnOf(c.text) : null));
    return isPlanHeader(named, filled.length) ? { columns: named, bodyStart: i + 1, linear: false } : null;
  }
  // Linear: single-cell lines in a row, each naming a column.
  const named: Column[] = [];
  let k = i;
  while (k < rows.length && rows[k]!.length === 1 && rows[k]![0]!.tokenCount > 0) {
    const c = columns.columnOf(rows[k]![0]!.text);
    if (!c || named.includes(c)) break;
    named.push(c);
    k++;
  }
  return named.length >= 3 && isPlanHeader(named, named.length) ? { columns: named, bodyStart: k, linear: true } : null;
}

/** At least two distinct plan columns, one of them the action, and most header cells named. */
function isPlanHeader(named: ReadonlyArray<Column | null>, filled: number): boolean {
  const kept = named.filter((c): c is Column => c !== null);
  return kept.includes('action') && new Set(kept).size === kept.length && kept.length >= 2 && kept.length * 3 >= filled * 2;
}

/** Where a plan ends: the next part of the form. */
function endsPlan(row: readonly Cell[], labelCells: ReadonlySet<number>): boolean {
  const first = row.find((c) => c.tokenCount > 0);
  if (!first) return false;
  return (first.heading && !first.grid) || SECTION.test(first.text) || labelCells.has(first.index);
}

function rowBody(rows: Cell[][], header: Header, labelCells: ReadonlySet<number>): Cell[][] {
  const width = header.columns.length;
  const table = rows[header.bodyStart - 1]![0]!.grid?.table;
  const body: Cell[][] = [];
  for (let r = header.bodyStart; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every((c) => c.tokenCount === 0)) continue;
    if (endsPlan(row, labelCells)) break;
    // A row of another table, or of another shape, is past the plan.
    if (row[0]!.grid?.table !== table || Math.abs(row.length - width) > 1 || row.filter((c) => c.tokenCount > 0).length < 2) break;
    body.push(row);
  }
  return body;
}

function linearBody(rows: Cell[][], header: Header, columns: ActionColumns, labelCells: ReadonlySet<number>): Cell[][] {
  const width = header.columns.length;
  const lines: Cell[] = [];
  for (let r = header.bodyStart; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.length !== 1 || endsPlan(row, labelCells)) break;
    if (row[0]!.tokenCount === 0) continue;
    // The header again where the plan runs onto a new page.
    if (columns.columnOf(row[0]!.text) === header.columns[0] && lines.length % width === 0) {
      r += width - 1;
      continue;
    }
    lines.push(row[0]!);
  }
  const body: Cell[][] = [];
  for (let k = 0; k + width <= lines.length; k += width) body.push(lines.slice(k, k + width));
  return body;
}

function addAction(strip: Strip, header: ReadonlyArray<Column | null>, cells: readonly Cell[], linear: boolean, out: RecordBuilder): void {
  const action: Action = { issue: null, action: null, milestone: null, owner: null, due: null };
  const pieces: Partial<Record<Column, Piece[]>> = {};
  header.forEach((column, k) => {
    const cell = cells[k];
    if (!column || !cell || cell.tokenCount === 0) return;
    action[column] = cleanText(cell.text);
    pieces[column] = [strip.piece(cell)];
  });
  // A linear plan is read by counting lines: one wrapped cell shifts every cell after it.
  recordAction(action, pieces, linear ? 'generic-linear' : 'generic-table', linear ? 0.7 : 0.9, out);
}

/** Adds an action with its evidence (the pieces each column was read from), unless it has no action text. */
export function recordAction(action: Action, pieces: Partial<Record<Column, Piece[]>>, method: string, quality: number, out: RecordBuilder): void {
  if (action.action === null) return;
  const ev = (field: string, p: Piece[]) => ({ pieces: p, signals: { field, labelScore: 1, method, quality } });
  out.addAction(action, {
    '': ev('action', COLUMNS.flatMap((c) => pieces[c] ?? [])),
    ...Object.fromEntries(COLUMNS.filter((c) => action[c] !== null).map((c) => [c, ev(`action.${c}`, pieces[c]!)])),
  });
}

function norm(text: string): string {
  return fold(text.replace(/\[\d{1,3}\]/g, ' ').replace(/[^\p{L}\p{N}\s]/gu, ' ')).replace(/\s+/g, ' ').trim();
}
