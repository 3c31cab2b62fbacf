/**
 * The pair finder: each label with its answer. Where the answer is depends on how the form
 * survived conversion:
 *   - table rows: the cells to the label's right (or, with none, the cells below it);
 *   - '|'-flattened tables: the next cell ("Label | Answer |"), an empty one meaning no answer;
 *   - "Label: value" and flattened text: the rest of the label's own cell, up to the next label;
 *   - a label alone in its paragraph ("What is the aim …?"): the paragraphs after it.
 * Each pair carries a short answer (for titles, names, dates: up to the very next label) and
 * a long one (for purpose or consultation: through colon phrases inside prose, and on over the
 * paragraphs that follow), and says how firmly each was bounded, for its confidence.
 */
import { holdsBoxes, opensWithBox } from './tickedOptions.js';
import type { Piece } from '../document/valueRegion.js';
import type { PromptTest } from './answerPrompts.js';
import { isFurniture } from './furniture.js';
import { alignedColumns } from './labelColumns.js';
import { skipGuidance } from './labelExtent.js';
import type { LabelSpan } from './labels.js';
import type { Cell, Strip } from './strip.js';

export type Bounded = 'cell' | 'label' | 'loose';

/** A prior for how often an answer so bounded is cut right, in [0, 1]. */
export const BOUND_QUALITY: Record<Bounded, number> = { cell: 0.9, label: 0.75, loose: 0.6 };

export interface Answer {
  pieces: Piece[];
  text: string;
  /**
   * How firmly the answer was bounded: by the edges of a cell ("cell"), by a label of known
   * meaning or a question after it in running text ("label"), or by a phrase that only
   * looked like a label ("loose").
   */
  bounded: Bounded;
}

export interface Pair {
  label: LabelSpan;
  /** The label as printed (endnote markers dropped). */
  labelText: string;
  short: Answer;
  long: Answer;
  /**
   * The short answer run on through table-heading labels ("Name Job Title Email …") and colon
   * phrases: where a people table was flattened, its rows come after its headings.
   */
  wide: Answer;
  /** Where the answer was found: the next cell, after the label in its own cell or running text, or in the paragraphs after it. */
  method: 'next-cell' | 'inline' | 'following';
}

/** Longest line of instruction without a full stop, in words. */
const MAX_UNPUNCTUATED_GUIDANCE = 25;
/** Paragraphs a long answer may run over after its label's paragraph. */
const MAX_FOLLOWING = 12;

/** `guidance`: how the form's own instructions begin ("Please", "Include …"): a paragraph of them after a label is not its answer. */
export function findPairs(strip: Strip, labels: LabelSpan[], guidance: readonly RegExp[] = [], isPrompt: PromptTest = () => false): Pair[] {
  const index = new LabelIndex(strip, labels, guidance, isPrompt);
  const pairs: Pair[] = [];
  const answerCells = new Set<number>();
  const aligned = alignedColumns(strip, labels, (c) => index.startsLabel(c));
  labels.forEach((label, i) => {
    const column = aligned.get(i);
    if (column) {
      answerCells.add(column.index);
      const short = answer([strip.piece(column)], 'cell');
      pairs.push({ label, labelText: printed(strip.cells[label.cell]!.unit.text.slice(label.from, label.to)), method: 'following', short, long: short, wide: short });
      return;
    }
    // A label inside a cell another label took whole as its answer is part of that answer.
    if (answerCells.has(label.cell) && label.start !== strip.cells[label.cell]!.firstToken) return;
    const cell = strip.cells[label.cell]!;
    const next = labels[i + 1];
    const nextInCell = next && next.cell === label.cell ? next : undefined;
    const nextStrong = index.nextStrong[i];
    const nextWide = index.nextWide[i];
    const labelText = printed(cell.unit.text.slice(label.from, label.to));
    const ownEnd = nextInCell ? nextInCell.from : cell.to;
    // The form's instruction after the label ("Tick one box and give the reasons.") is not the answer, whatever kind of label it follows.
    const own = trimmed(cell, skipGuidance(cell.unit.text.slice(0, ownEnd), label.valueFrom, guidance), ownEnd);
    const wholeCellLabel = own && isWholeCellLabel(cell, label, nextInCell) ? answerCellAfter(strip, cell, index) : null;
    if (own && !wholeCellLabel) {
      const longEnd = nextStrong && nextStrong.cell === label.cell ? nextStrong.from : cell.to;
      const long = trimmed(cell, skipGuidance(cell.unit.text.slice(0, longEnd), label.valueFrom, guidance), longEnd) ?? own;
      const more = longEnd === cell.to && cell.kind === 'paragraph' ? following(strip, cell.index, index) : [];
      const wideEnd = nextWide && nextWide.cell === label.cell ? nextWide.from : cell.to;
      pairs.push({
        label, labelText, method: 'inline',
        short: answer([own], !nextInCell ? 'cell' : nextInCell.strong ? 'label' : 'loose'),
        long: answer([long, ...more], longEnd === cell.to ? 'cell' : 'label'),
        wide: answer([trimmed(cell, label.valueFrom, wideEnd) ?? own], 'loose'),
      });
      return;
    }
    if (nextInCell && !wholeCellLabel) return; // "Label: Label: …": nothing written
    const target = wholeCellLabel ?? answerCellAfter(strip, cell, index);
    if (target) {
      answerCells.add(target.index);
      // A paragraph may open with the form's note before the answer ("[Guidance: …] The free service …").
      const start = target.kind === 'paragraph' ? skipGuidance(target.unit.text.slice(0, target.to), target.from, guidance) : target.from;
      const piece = { unit: target.unit, from: start < target.to ? start : target.from, to: target.to };
      const more = target.kind === 'paragraph' ? following(strip, target.index, index) : continuation(strip, target, cell);
      const fullText = wholeCellLabel ? printed(cell.unit.text.slice(label.from, cell.to)) : labelText;
      const short = answer([piece], 'cell');
      // A row of tick boxes, one option a cell ("☐ Screen in | ☒ Screen out with mitigation | ☐ Screen out"): the options are the whole row.
      // So is a row that opens with the form's instruction ("Tick one: | ☐ No changes needed | ☒ …").
      const options = opensWithBox(target.text) || /:$/.test(target.text) ? boxesRightOf(strip, target) : [];
      pairs.push({ label, labelText: fullText, method: target.kind === 'paragraph' ? 'following' : 'next-cell', short, long: answer([piece, ...options, ...more], 'cell'), wide: short });
    }
  });
  return pairs;
}

/** Fewest words before a colon that may open an answer rather than a label ("Supported bus services: …"). */
const MIN_ANSWER_COLON_WORDS = 3;

/** The cells right of `cell` on its row (a table's, or a '|' line's) that open with a tick box. */
function boxesRightOf(strip: Strip, cell: Cell): Piece[] {
  return strip.rightOf(cell).filter((c) => opensWithBox(c.text)).map((c) => strip.piece(c));
}

/** A cell that is one bracketed note and nothing else: "(Say what the policy is for.)", "[Guidance: …]". */
const BRACKETED = /^(?:\([^()]*\)|\[[^[\]]*\])\.?$/;

/** Lookups over the labels, built once per document (the pair finder asks them for every label). */
class LabelIndex {
  /** For each label, the next label that ends a long answer, and the next that ends a people table's. */
  readonly nextStrong: Array<LabelSpan | undefined> = [];
  readonly nextWide: Array<LabelSpan | undefined> = [];
  /** Cells whose first words are a label or its question number: such a cell is not an answer. */
  private readonly startCells = new Set<number>();
  private readonly labelStartCells = new Set<number>();
  /** The first label of each cell that ends a long answer. */
  readonly firstStrong = new Map<number, LabelSpan>();

  constructor(strip: Strip, labels: LabelSpan[], private readonly guidance: readonly RegExp[], private readonly isPrompt: PromptTest) {
    let strong: LabelSpan | undefined;
    let wide: LabelSpan | undefined;
    for (let i = labels.length - 1; i >= 0; i--) {
      this.nextStrong[i] = strong;
      this.nextWide[i] = wide;
      const l = labels[i]!;
      if (l.strong) strong = l;
      if (l.strong && !isHeadingWord(l)) wide = l;
      if (l.strong) this.firstStrong.set(l.cell, l);
      const cell = strip.cells[l.cell]!;
      if (l.start === cell.firstToken || l.from <= cell.from + 1) {
        this.startCells.add(l.cell);
        // "Supported bus services: withdrawal of …" under "Name of policy" is the answer, its colon the title's own.
        const words = cell.unit.text.slice(l.from, l.to).split(/\s+/).length;
        if (l.key || l.kind !== 'colon' || words < MIN_ANSWER_COLON_WORDS) this.labelStartCells.add(l.cell);
      }
    }
  }

  startsLabel(c: Cell): boolean {
    return this.startCells.has(c.index);
  }

  /** Like startsLabel, but a cell that opens with a phrase of several words and a colon, no label the form is known to print, may still be an answer. */
  startsFormLabel(c: Cell): boolean {
    return this.labelStartCells.has(c.index);
  }

  /** A paragraph that is all instruction, a bracketed note or an answer's prompt ("(Explain why …)", "Include its main purpose …", "Name and job title"). */
  isGuidance(c: Cell): boolean {
    if (c.kind !== 'paragraph' || c.tokenCount === 0) return false;
    if (this.isPrompt(c.text) && !this.startsLabel(c)) return true;
    if (BRACKETED.test(c.text)) return true;
    if (this.isInstruction(c)) return true;
    return !/[\p{L}\d]/u.test(c.unit.text.slice(skipGuidance(c.unit.text.slice(0, c.to), c.from, this.guidance), c.to));
  }

  /** A line of instruction with no full stop ("Include its main purpose, aims and outcomes", "Please choose one outcome"): printed under a label, all of it guidance. */
  isInstruction(c: Cell): boolean {
    // "Tick one: ☐ No changes needed ☒ Adjust the policy": the options after the instruction are the answer.
    return c.tokenCount > 0 && !holdsBoxes(c.text) && c.tokenCount <= MAX_UNPUNCTUATED_GUIDANCE && !/[.?!](?:\s|$)/.test(c.text) && this.guidance.some((re) => re.test(c.text));
  }
}

/** A label as printed, for `sections` and role captions: endnote markers dropped, spaces tidied. */
function printed(text: string): string {
  return text.replace(/\[\d{1,3}\]/g, '').replace(/\s+/g, ' ').trim();
}

/** Labels a flattened people table prints as its column headings: they do not end a person's answer. */
function isHeadingWord(label: LabelSpan): boolean {
  const key = label.key;
  return (label.kind === 'known' && (key?.kind === 'other' || (key?.kind === 'field' && key.field === 'assessmentDate'))) || (label.kind === 'colon' && !label.strong);
}

function answer(pieces: Piece[], bounded: Bounded): Answer {
  return { pieces, text: pieces.map((p) => p.unit.text.slice(p.from, p.to).trim()).filter(Boolean).join('\n\n'), bounded };
}

/** [from, to) of a cell's unit trimmed of separators, or null when it holds no words. */
function trimmed(cell: Cell, from: number, to: number): Piece | null {
  const text = cell.unit.text;
  let a = Math.max(from, cell.from);
  let b = Math.min(to, cell.to);
  // Separators, and an endnote marker left after the label ("Title of EIA[5]").
  for (;;) {
    const lead = /^(?:[\s:–—\-.)|]+|\[\d{1,3}\])/.exec(text.slice(a, b));
    if (!lead) break;
    a += lead[0].length;
  }
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  return /[\p{L}\p{N}]/u.test(text.slice(a, b)) ? { unit: cell.unit, from: a, to: b } : null;
}

/**
 * A table cell that is all label ("Officer completing Equality Screening | Donald Chalker"):
 * the known wording starts the cell, no colon ends it, and the next cell holds an answer.
 */
function isWholeCellLabel(cell: Cell, label: LabelSpan, nextInCell: LabelSpan | undefined): boolean {
  if (cell.kind === 'paragraph' || nextInCell || label.kind !== 'known') return false;
  if (label.start !== cell.firstToken && label.ref === null) return false;
  return cell.tokenCount <= 30 && !cell.text.slice(label.to - cell.from).includes(':');
}

/** The cell that answers a label which ends its cell: right in its row, the next '|' cell, or the next paragraph. */
function answerCellAfter(strip: Strip, cell: Cell, index: LabelIndex): Cell | null {
  const startsLabel = (c: Cell): boolean => index.startsLabel(c);
  if (cell.grid) {
    if (isColumnHeader(strip, cell)) return null;
    const row = strip.rightOf(cell);
    if (row.length > 0) {
      const filled = row.find((c) => c.tokenCount > 0);
      return filled && !startsLabel(filled) ? filled : null;
    }
    // Nothing to its right: the answer is below it only if the label spans the table ("What
    // are the aims?" over a row for the answer); a label in the last column has no answer.
    const width = strip.view.tables[cell.grid.table]?.width ?? 0;
    if (cell.unit.cell && cell.unit.cell.colSpan < width) return null;
    const table = strip.view.tables[cell.grid.table];
    const below = table?.rows.filter((r) => r.index > cell.grid!.row).flatMap((r) => strip.rowCells(cell.grid!.table, r.index)).find((c) => c.tokenCount > 0);
    return below && below.grid!.col === cell.grid.col && !startsLabel(below) ? below : null;
  }
  const next = strip.cells[cell.index + 1];
  if (!next) return null;
  if (cell.kind === 'pipe' || cell.kind === 'grid') {
    // An empty cell after a label is a blank answer, never licence to take the one after it.
    if (next.tokenCount === 0) return null;
    if (next.line === cell.line ? startsLabel(next) : index.startsFormLabel(next)) return null;
    // An answer on a row below its label has the row to itself: a row of several cells there
    // is the header of the grid that follows ("Article | Yes | No | Don't know").
    if (next.kind === 'pipe' && next.line !== cell.line && strip.lineCells(next.line).some((c) => c.index !== next.index && c.kind === 'pipe' && c.tokenCount > 0)) return null;
    // A bracketed note or an instruction on the row under a label is the form's guidance
    // ("(Say what the policy is for.)", "Please choose one outcome"); the answer is the row after it.
    if (BRACKETED.test(next.text) || (next.line !== cell.line && index.isInstruction(next))) {
      const after = strip.cells[next.index + 1];
      return after && after.kind === next.kind && after.tokenCount > 0 && !startsLabel(after) && !BRACKETED.test(after.text) && !index.isInstruction(after) ? after : null;
    }
    return next;
  }
  for (let k = cell.index + 1, seen = 0; k < strip.cells.length && seen < 2; k++) {
    const c = strip.cells[k]!;
    if (c.tokenCount === 0 || index.isGuidance(c)) continue;
    seen++;
    return startsLabel(c) || c.heading ? null : c;
  }
  return null;
}

/**
 * A cell of a table's header row ("Division | Proposal | Initial Assessment" over rows of
 * data): what is right of it is the next column's heading, not its answer.
 */
function isColumnHeader(strip: Strip, cell: Cell): boolean {
  const table = strip.view.tables[cell.grid!.table];
  const row = table?.rows.find((r) => r.index === cell.grid!.row);
  if (!table || !row) return false;
  if (row.header) return true;
  const wide = (r: { cells: Array<{ tokens: unknown[] }> }): boolean => r.cells.filter((c) => c.tokens.length > 0).length >= 3;
  const below = table.rows.filter((r) => r.index > row.index && wide(r)).length;
  return table.rows.indexOf(row) === 0 && wide(row) && below >= 2 && row.cells.every((c) => c.tokens.length <= 6);
}

/** Rows below a table answer that continue it: marked continued across a page, or with nothing in the label's column. */
function continuation(strip: Strip, answer: Cell, label: Cell): Piece[] {
  if (!answer.grid || !label.grid) return [];
  const table = strip.view.tables[answer.grid.table];
  if (!table) return [];
  const out: Piece[] = [];
  for (const row of table.rows.filter((r) => r.index > answer.grid!.row)) {
    const key = row.grid[label.grid.col];
    if (!row.continued && key && key.tokens.length > 0) break;
    const cells = strip.rowCells(answer.grid.table, row.index).filter((c) => c.grid!.col === answer.grid!.col && c.tokenCount > 0);
    if (cells.length === 0) break;
    out.push(...cells.map((c) => strip.piece(c)));
  }
  return out;
}

/** Paragraphs after cell `from` that continue a long answer: up to the next label, heading or table. */
function following(strip: Strip, from: number, index: LabelIndex): Piece[] {
  const out: Piece[] = [];
  for (let k = from + 1; k < strip.cells.length && out.length < MAX_FOLLOWING; k++) {
    const c = strip.cells[k]!;
    if (c.kind !== 'paragraph' || c.heading || isFurniture(c.text)) break;
    if (c.tokenCount === 0) continue;
    const first = index.firstStrong.get(k);
    if (first && first.start <= c.firstToken + 1) break;
    const to = first ? first.from : c.to;
    const piece = trimmed(c, c.from, to);
    if (piece) out.push(piece);
    if (first) break;
  }
  return out;
}
