/**
 * What a label's answer is. On a form the answer to a label is, in order of preference:
 *   1. the cells to its right in the same table row, with the rows below that continue that
 *      row (empty key cell, or marked continued across a page break), and the displaced text
 *      a lossy export put after the table;
 *   2. otherwise, whatever follows the label (rest of its paragraph or cell, then the units
 *      after it) up to the next label of the form.
 * The result is a list of pieces: character ranges of units, kept for provenance.
 */
import type { Anchor } from './findAnchors.js';
import type { DocumentView, RowView, Unit } from './documentView.js';

export interface Piece {
  unit: Unit;
  /** [from, to) character range in unit.text. */
  from: number;
  to: number;
}

export interface ValueOptions {
  /** Stop at a heading paragraph (default true). */
  stopAtHeading?: boolean;
  /** Take only the answer cells to the label's right, never the text that follows. */
  rowOnly?: boolean;
  /** The answer is under the label in its own cell or paragraph (else the next unit). */
  below?: boolean;
  /** The label sits inline in a paragraph: the rest of the paragraph is its answer. */
  inline?: boolean;
}

const LEADING_PUNCTUATION = /^[\s:–—\-.?*)]+/;

export function valueOf(view: DocumentView, anchor: Anchor, next: Anchor | undefined, options: ValueOptions = {}): Piece[] {
  const lastToken = view.tokens[anchor.end - 1]!;
  const unit = view.units[lastToken.unit]!;
  const limit = next?.start ?? view.tokens.length;
  if (options.below) {
    const all = followingValue(view, unit, lastToken.end, limit, true, true);
    const own = all.filter((p) => p.unit === unit);
    return own.length > 0 ? own : all.slice(0, 1);
  }
  const row = view.rowOf(unit);
  if (row && unit.cell) {
    const inRow = rowValue(view, row, unit, view.unitAt(anchor.start)!, limit);
    if (inRow.length > 0 || options.rowOnly) return inRow;
  }
  // The rest of the label's own unit is its answer only after a colon or question mark
  // ("Signed off by: X"; a reading-order export runs a question and its answer together) or
  // for inline labels; otherwise it is the label's tail ("… negative impacts for Age"). A
  // label on its own source line has its answer from the next line on.
  const rest = unit.text.slice(lastToken.end);
  const colon = /^\s*[:?]\s*\S/.test(rest);
  if (anchor.lineEnd !== undefined && !colon) {
    return followingValue(view, unit, anchor.lineEnd, limit, options.stopAtHeading ?? true, true);
  }
  const restIsAnswer = (options.inline ?? false) || view.readingOrder || colon;
  return followingValue(view, unit, lastToken.end, limit, options.stopAtHeading ?? true, restIsAnswer);
}

/**
 * Cells right of the label, plus continuation rows, plus displaced text after the table.
 * A label whose words run down several rows (guidance bullets split into rows by an export)
 * has its answer beside each of those rows.
 */
function rowValue(view: DocumentView, row: RowView, label: Unit, labelStart: Unit, limit: number): Piece[] {
  const col = label.cell!.col + label.cell!.colSpan;
  const table = view.tables[row.table]!;
  const firstRow = labelStart.cell && labelStart.cell.table === row.table ? table.rows.findIndex((r) => r.index === labelStart.cell!.row) : -1;
  const pieces: Piece[] = [];
  if (firstRow >= 0) for (const r of table.rows.slice(firstRow, table.rows.indexOf(row))) pieces.push(...cellsFrom(r, col, label));
  pieces.push(...cellsFrom(row, col, label));
  if (pieces.length === 0) return pieces;
  // The key column is where the label starts: a label may run on into the next cell.
  const keyCol = firstRow >= 0 ? labelStart.cell!.col : label.cell!.col;
  let r = table.rows.indexOf(row) + 1;
  for (; r < table.rows.length; r++) {
    const next = table.rows[r]!;
    if (next.cells[0] && next.cells[0].firstToken >= limit) return pieces;
    const key = next.grid[keyCol];
    // A key cell with no words (empty, or a lone bullet) does not start a new row of the form.
    const keyEmpty = !key || key.tokens.length === 0 || key === label || key === labelStart;
    if (!next.continued && !keyEmpty) return pieces;
    pieces.push(...cellsFrom(next, col, label));
  }
  // Text a lossy export moved out of the table's last row: it starts in lower case.
  const lastUnit = table.rows[table.rows.length - 1]?.cells.at(-1);
  if (!lastUnit) return pieces;
  let u = lastUnit.index + 1;
  const first = view.units[u];
  if (!first || first.cell || !/^\p{Ll}/u.test(first.text)) return pieces;
  for (; u < view.units.length && view.units[u]!.firstToken < limit && !view.units[u]!.cell; u++) {
    const unit = view.units[u]!;
    if (unit.role === 'heading') break;
    pieces.push({ unit, from: 0, to: unit.text.length });
  }
  return pieces;
}

function cellsFrom(row: RowView, col: number, label: Unit): Piece[] {
  return row.cells
    .filter((c) => c !== label && c.cell!.col >= col && c.text.trim() !== '')
    .map((c) => ({ unit: c, from: 0, to: c.text.length }));
}

/** The rest of the label's unit and the units after it, up to the next label. */
function followingValue(view: DocumentView, unit: Unit, fromChar: number, limit: number, stopAtHeading: boolean, includeRest: boolean): Piece[] {
  const pieces: Piece[] = [];
  const rest = unit.text.slice(fromChar);
  const lead = LEADING_PUNCTUATION.exec(rest)?.[0].length ?? 0;
  const end = endWithin(view, unit, limit);
  if (includeRest && fromChar + lead < end) pieces.push({ unit, from: fromChar + lead, to: end });
  for (let u = unit.index + 1; u < view.units.length; u++) {
    const next = view.units[u]!;
    if (next.tokens.length > 0 && next.firstToken >= limit) break;
    if (stopAtHeading && next.role === 'heading') break;
    const to = endWithin(view, next, limit);
    if (to > 0 && next.text.trim()) pieces.push({ unit: next, from: 0, to });
  }
  return pieces;
}

/** Where a unit's text ends, or where the next label begins inside it. */
function endWithin(view: DocumentView, unit: Unit, limit: number): number {
  const t = view.tokens[limit];
  if (t && t.unit === unit.index) return t.start;
  return unit.text.length;
}

/** The text of a value: pieces joined as paragraphs, trimmed. */
export function piecesText(pieces: Piece[]): string {
  return pieces
    .map((p) => p.unit.text.slice(p.from, p.to).trim())
    .filter(Boolean)
    .join('\n\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();
}
