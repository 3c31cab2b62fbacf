/**
 * The document as the generic extractor reads it: one strip of cells in reading order. A
 * cell is a table cell, a paragraph, or one '|'-separated part of a paragraph (web mirrors
 * flatten tables into "Label | Answer | Label | Answer |" and keep empty cells as "| |").
 * Cells remember where their text sits in its unit, so every value found in them can point
 * back at the document (provenance).
 *
 * Tokens are the label matcher's words, with two repairs that flattened forms need: a label
 * run into its value ("Operational AreaGood Relations", "Reference number635") is split
 * where a lower-case letter meets an upper-case word or a digit, and endnote markers
 * ("Title of EIA[5]") are not words at all.
 */
import type { DocumentView, StreamToken, Unit } from '../document/documentView.js';
import type { Piece } from '../document/valueRegion.js';
import { fold } from '../text/tokens.js';

export type CellKind = 'paragraph' | 'pipe' | 'grid';

export interface Cell {
  index: number;
  unit: Unit;
  /** [from, to) of the cell's text in unit.text, whitespace trimmed. */
  from: number;
  to: number;
  text: string;
  kind: CellKind;
  /** Table cells: where they sit in their table. */
  grid?: { table: number; row: number; col: number };
  heading: boolean;
  /** The source line (or table row) the cell sits on: cells of one '|' row share it. */
  line: number;
  /** Index of the cell's first token in Strip.tokens, and how many it has. */
  firstToken: number;
  tokenCount: number;
}

/** A token of the strip; `unit` holds the cell index (the label matcher joins split words across neighbours). */
export type StripToken = StreamToken;

const ENDNOTE = /\[\d{1,3}\]/g;
const WORD = /[\p{L}\p{N}]+/gu;
/** Where one word of a run-together pair ends: "areaGood", "number635", "Age13". */
const JOIN = /(?<=\p{Ll})(?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2})(?=\p{N})/u;

export class Strip {
  readonly cells: Cell[] = [];
  readonly tokens: StripToken[] = [];

  constructor(readonly view: DocumentView) {
    for (const unit of view.units) {
      const grid = unit.cell ? { table: unit.cell.table, row: unit.cell.row, col: unit.cell.col } : undefined;
      // A reading-order export keeps a form's cells as its source lines (one paragraph holds
      // them all when no blank line separates them): each line is a cell of its own.
      for (const [a, b] of view.readingOrder && !grid ? sourceLines(unit) : [[0, unit.text.length] as const]) {
        if (RULE_LINE.test(unit.text.slice(a, b))) continue;
        // An unfilled Word field's prompt is no answer: a line of it is no cell, a table cell of it an empty one.
        if (PLACEHOLDER.test(unit.text.slice(a, b))) {
          if (grid) this.push(unit, a, a, 'grid', grid, this.gridLine(grid));
          continue;
        }
        const lineText = unit.text.slice(a, b);
        // "|" alone on its line is an empty cell of a row flattened a cell to a line.
        const bare = lineText.indexOf('|');
        const parts = /^\s*\|\s*$/.test(lineText) ? [[a + bare, a + bare] as const] : splitPipes(lineText).map(([from, to]) => [a + from, a + to] as const);
        // "Label text |" alone on its line is a cell of a flattened row, its answer on the next line.
        const closed = parts.length === 1 && /\|\s*$/.test(lineText);
        const kind: CellKind = grid ? 'grid' : parts.length > 1 || closed ? 'pipe' : 'paragraph';
        const line = grid ? this.gridLine(grid) : this.lines++;
        for (const [from, to] of parts) this.push(unit, from, to, kind, grid, line);
      }
    }
  }

  /** The cells of one table row, left to right (built once, on first use). */
  rowCells(table: number, row: number): Cell[] {
    if (!this.byRow) {
      this.byRow = new Map();
      for (const c of this.cells) {
        if (!c.grid) continue;
        const key = `${c.grid.table}:${c.grid.row}`;
        this.byRow.set(key, [...(this.byRow.get(key) ?? []), c]);
      }
    }
    return this.byRow.get(`${table}:${row}`) ?? [];
  }

  /** The cells on one source line (a '|' row's cells, a table row's), in order (built once, on first use). */
  lineCells(line: number): readonly Cell[] {
    if (!this.byLine) {
      this.byLine = new Map();
      for (const c of this.cells) {
        const on = this.byLine.get(c.line);
        if (on) on.push(c);
        else this.byLine.set(c.line, [c]);
      }
    }
    return this.byLine.get(line) ?? [];
  }

  /** The cells right of `cell` on its row: a table's, or a '|' line's (cells of its own kind). */
  rightOf(cell: Cell): Cell[] {
    return cell.grid
      ? this.rowCells(cell.grid.table, cell.grid.row).filter((c) => c.grid!.col > cell.grid!.col)
      : this.lineCells(cell.line).filter((c) => c.index > cell.index && c.kind === cell.kind);
  }

  /** Index of the cell a piece of text starts in (the first, when cells of a unit touch), or -1 (built once, on first use). */
  cellIndexOf(piece: { unit: Unit; from: number }): number {
    if (!this.byUnit) {
      this.byUnit = new Map();
      for (const c of this.cells) {
        const of = this.byUnit.get(c.unit);
        if (of) of.push(c);
        else this.byUnit.set(c.unit, [c]);
      }
    }
    return this.byUnit.get(piece.unit)?.find((c) => c.from <= piece.from && piece.from <= c.to)?.index ?? -1;
  }

  private byRow?: Map<string, Cell[]>;
  private byLine?: Map<number, Cell[]>;
  private byUnit?: Map<Unit, Cell[]>;
  private lines = 0;
  private readonly gridLines = new Map<string, number>();

  /** One line id per table row. */
  private gridLine(grid: NonNullable<Cell['grid']>): number {
    const key = `${grid.table}:${grid.row}`;
    let line = this.gridLines.get(key);
    if (line === undefined) this.gridLines.set(key, (line = this.lines++));
    return line;
  }

  /** A piece of evidence for [from, to) of a cell (unit offsets). */
  piece(cell: Cell, from = cell.from, to = cell.to): Piece {
    return { unit: cell.unit, from, to };
  }

  private push(unit: Unit, from: number, to: number, kind: CellKind, grid: Cell['grid'], line: number): void {
    const text = unit.text.slice(from, to);
    const cell: Cell = { index: this.cells.length, unit, from, to, text, kind, heading: unit.role === 'heading', line, firstToken: this.tokens.length, tokenCount: 0 };
    if (grid) cell.grid = grid;
    for (const t of labelTokens(text)) this.tokens.push({ norm: t.norm, start: from + t.start, end: from + t.end, unit: cell.index });
    cell.tokenCount = this.tokens.length - cell.firstToken;
    this.cells.push(cell);
  }
}

/**
 * [from, to) of each source line of a unit (its paragraphs, and the lines inside them), with
 * lines that a wrap broke joined again: a line that runs to the text's wrap width goes on into
 * a next line of a few words or more, and any line into one that starts in lower case,
 * unless it ends as a label does (":", "?", "|") or the next starts a numbered item or bullet.
 * A wrapped line's next may not open with a label ("Mitigation: …").
 */
function sourceLines(unit: Unit): Array<readonly [number, number]> {
  const starts = [...new Set([...unit.paragraphOffsets, ...unit.lineStarts.map(([, char]) => char)])].sort((x, y) => x - y);
  const lines = starts.map((from, i) => [from, i + 1 < starts.length ? starts[i + 1]! : unit.text.length] as const);
  const text = (l: readonly [number, number]): string => unit.text.slice(l[0], l[1]).trim();
  const lengths = lines.map((l) => text(l).length).sort((a, b) => a - b);
  const wrapWidth = lengths[Math.floor(lengths.length * 0.9)] ?? 0;
  const out: Array<[number, number]> = [];
  let lastLine = '';
  for (const line of lines) {
    const prev = out[out.length - 1];
    const t = text(line);
    if (prev && t !== '') {
      const open = !/[:?|]$/.test(lastLine);
      // After a wrapped line a sentence goes on; a short capitalised line there is more likely the next label.
      // Not where the next line opens with a label of its own ("Mitigation: …"), nor after a row of
      // tick boxes, which ends at its last box ("High ☐ Medium ☒ Low ☐ None ☐").
      const wrapped = wrapWidth >= 50 && lastLine.length >= WRAP_SHARE * wrapWidth && t.split(/\s+/).length >= 4 && !LABELLED_LINE.test(t) && !BOX_END.test(lastLine);
      if (open && (wrapped || /^\p{Ll}/u.test(t)) && !LINE_LABEL_START.test(t)) {
        prev[1] = line[1];
        lastLine = t;
        continue;
      }
    }
    out.push([line[0], line[1]]);
    lastLine = t;
  }
  return out;
}

/**
 * What Word prints in a content control nobody filled in ("Click or tap here to enter text.",
 * "Click here to enter a date.", "Choose an item.").
 */
const PLACEHOLDER = /^\s*(?:click (?:or tap )?(?:here )?to enter (?:text|a date)|tap here to enter text|choose an item|enter text here)\.?\s*$/i;

/**
 * A line that only draws a table's rules: a Markdown or reStructuredText separator
 * ("|---|:---:|", "+------+------+", "=====") or box-drawing characters. It holds no cell, and
 * read as one it would end the header's hold on the rows below it.
 */
const RULE_LINE = /^\s*(?=[^\n]*(?:-{3}|={3}|[─━═]{2}))[-=|+:\s─━│┃═║┼┬┴├┤┌┐└┘╔╗╚╝╠╣╦╩╬]+$/u;

/** A line that opens with a capitalised label of a few words and its colon: "Explanation: …", "Job title: …". */
const LABELLED_LINE = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,3}:(?:\s|$)/u;
/** A line that ends with a tick box. */
const BOX_END = /[☐□☒☑■]$/u;
/** A line this close to the wrap width (as a share of it) was wrapped, not ended. */
const WRAP_SHARE = 0.8;
/** A line that starts a numbered question or a bullet starts a cell of its own, wherever the line before ended. */
const LINE_LABEL_START = /^\s*(?:\d{1,2}(?:[.:]\d{1,2})*[.)]?\s|\d{1,2}[.)](?=\p{L})|[•·▪■□☐☒✓✔-]\s|\(?[a-z]\)\s)/u;


/** [from, to) of each '|'-separated part of a text, trimmed; the whole text when it has no '|'. */
export function splitPipes(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  const bounds = [...text.matchAll(/\|/g)].map((m) => m.index);
  for (const end of [...bounds, text.length]) {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    // The text after the last '|' is a cell only if it has words (a row's closing '|' ends nothing),
    // and so is the text before the first: a row's opening '|' starts its first cell.
    const opening = start === 0 && end === bounds[0] && a === b;
    if (!opening && (end !== text.length || a < b || bounds.length === 0)) out.push([a, b]);
    start = end + 1;
  }
  return out;
}

/** Words for label matching, with offsets into `text`: run-together words split, endnote markers skipped. */
export function labelTokens(text: string): Array<{ norm: string; start: number; end: number }> {
  const notes = [...text.matchAll(ENDNOTE)].map((m) => [m.index, m.index + m[0].length] as const);
  const out: Array<{ norm: string; start: number; end: number }> = [];
  for (const m of text.matchAll(WORD)) {
    if (notes.some(([a, b]) => m.index >= a && m.index < b)) continue;
    let offset = 0;
    for (const part of m[0].split(JOIN)) {
      out.push({ norm: fold(part), start: m.index + offset, end: m.index + offset + part.length });
      offset += part.length;
    }
  }
  return out;
}

/** The source text of a token ("Title", not "title"): labels are told from prose by their capitals. */
export function sourceOf(strip: Strip, token: number): string {
  const t = strip.tokens[token]!;
  return strip.cells[t.unit]!.unit.text.slice(t.start, t.end);
}

export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
