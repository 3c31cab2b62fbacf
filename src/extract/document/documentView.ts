/**
 * The layout as extractors walk it: a flat sequence of units in reading order, where a unit
 * is a paragraph outside any table or one table cell. Each cell knows its grid position
 * (row spans and column spans resolved), so "the cell to the right of this label" and "the
 * rows below that continue it" are simple questions. Every unit keeps enough to turn a
 * character range of its text back into a span of the layout's text (provenance).
 */
import type { Layout, Paragraph, ParagraphRole, Span, Table } from '../../model/layout.js';
import { tokenize, type Token } from '../text/tokens.js';

export interface CellPosition {
  table: number;
  row: number;
  /** Grid column (0-based) after resolving spans. */
  col: number;
  colSpan: number;
  rowSpan: number;
  header: boolean;
  continued: boolean;
}

export interface Unit {
  index: number;
  text: string;
  paragraphs: Paragraph[];
  /** Offset of each paragraph in `text` (paragraphs are joined with "\n\n"). */
  paragraphOffsets: number[];
  tokens: Token[];
  /** Index of this unit's first token in DocumentView.tokens. */
  firstToken: number;
  /**
   * Where source lines begin inside the unit, after its start: [global token index, char
   * offset in `text`]. Reading-order exports put a label and its answer in one paragraph
   * on separate lines, so labels are looked for at line starts too.
   */
  lineStarts: Array<[number, number]>;
  role: ParagraphRole | 'cell';
  cell?: CellPosition;
  span: Span;
}

export interface RowView {
  table: number;
  index: number;
  header: boolean;
  continued: boolean;
  /** The row's own cells, left to right. */
  cells: Unit[];
  /** Grid columns → the cell covering it (a row-spanning cell from above included). */
  grid: Array<Unit | undefined>;
}

export interface TableView {
  index: number;
  rows: RowView[];
  width: number;
}

export interface StreamToken extends Token {
  unit: number;
}

export const PARAGRAPH_JOIN = '\n\n';

export class DocumentView {
  readonly units: Unit[] = [];
  readonly tables: TableView[] = [];
  /** Every unit's tokens in reading order; StreamToken.unit points back. */
  readonly tokens: StreamToken[] = [];
  /**
   * A reading-order text export: no tables survive, each blank-line block is one unit, and a
   * question and its answer often share a block.
   */
  readonly readingOrder: boolean;
  /**
   * A reading-order export whose lines are the PDF's text runs (`pdftotext -raw`): a label
   * and its answer on one baseline come out as one line ("Directorate Growth, Environment
   * and Transport"), so a label that is a whole cell on the form may have its answer after it.
   */
  readonly runTogether: boolean;

  constructor(readonly layout: Layout) {
    this.readingOrder = layout.format === 'txt' && layout.meta?.textKind === 'plain';
    this.runTogether = this.readingOrder && layout.meta?.textLines === 'runs';
    layout.blocks.forEach((block) => {
      if (block.type === 'paragraph') this.pushUnit([block], block.role, block.span);
      else this.addTable(block.rows);
    });
    this.rebuildTables();
  }

  /** A view of a slice of units (one EIA of several in a file), re-indexed from 0. */
  static ofUnits(layout: Layout, units: Unit[]): DocumentView {
    const view = new DocumentView({ ...layout, blocks: [] });
    const tableMap = new Map<number, number>();
    for (const u of units) {
      const cell = u.cell ? { ...u.cell, table: tableIndex(tableMap, u.cell.table) } : undefined;
      // The same paragraphs give the same text and tokens: reused, not tokenised again.
      view.addUnit(u.text, u.paragraphs, u.paragraphOffsets, u.tokens, u.lineStarts.map(([k, char]) => [k - u.firstToken, char]), u.role, u.span, cell);
    }
    view.rebuildTables();
    return view;
  }

  unitAt(tokenIndex: number): Unit | undefined {
    const t = this.tokens[tokenIndex];
    return t ? this.units[t.unit] : undefined;
  }

  /** The row a cell unit is in. Rows keep their layout numbers, which a slice of a table (ofUnits) or an empty row leaves gaps in. */
  rowOf(unit: Unit): RowView | undefined {
    if (!unit.cell) return undefined;
    const rows = this.tables[unit.cell.table]?.rows;
    const row = unit.cell.row;
    return rows?.[row]?.index === row ? rows[row] : rows?.find((r) => r.index === row);
  }

  /** Tables numbered so far; a table with no cells takes no number. */
  private tableCount = 0;

  private addTable(rows: Table['rows']): void {
    const table = this.tableCount;
    const before = this.units.length;
    const occupied: number[] = []; // grid column → rows still covered by a row span from above
    rows.forEach((row, r) => {
      let col = 0;
      for (const cell of row.cells) {
        while ((occupied[col] ?? 0) > 0) col++;
        const position: CellPosition = { table, row: r, col, colSpan: cell.colSpan, rowSpan: cell.rowSpan, header: row.header, continued: row.continued ?? false };
        this.pushUnit(cell.paragraphs, 'cell', cell.span, position);
        for (let k = 0; k < cell.colSpan; k++) occupied[col + k] = cell.rowSpan;
        col += cell.colSpan;
      }
      for (let k = 0; k < occupied.length; k++) if ((occupied[k] ?? 0) > 0) occupied[k]!--;
    });
    if (this.units.length > before) this.tableCount++;
  }

  private pushUnit(paragraphs: Paragraph[], role: Unit['role'], span: Span, cell?: CellPosition): void {
    const offsets: number[] = [];
    let text = '';
    paragraphs.forEach((p, i) => {
      if (i > 0) text += PARAGRAPH_JOIN;
      offsets.push(text.length);
      text += p.text;
    });
    const tokens = tokenize(text);
    this.addUnit(text, paragraphs, offsets, tokens, lineStartsOf(paragraphs, offsets, tokens), role, span, cell);
  }

  /** Appends a unit whose text is tokenised already; `lineStarts` are relative to its own tokens. */
  private addUnit(text: string, paragraphs: Paragraph[], offsets: number[], tokens: Token[], lineStarts: Array<[number, number]>, role: Unit['role'], span: Span, cell?: CellPosition): void {
    const index = this.units.length;
    const firstToken = this.tokens.length;
    const unit: Unit = { index, text, paragraphs, paragraphOffsets: offsets, tokens, firstToken, lineStarts: lineStarts.map(([k, char]) => [firstToken + k, char]), role, span };
    if (cell) unit.cell = cell;
    this.units.push(unit);
    for (const t of tokens) this.tokens.push({ norm: t.norm, start: t.start, end: t.end, unit: index });
  }

  /** Rebuilds table and row views (with grids) from the cell units. */
  private rebuildTables(): void {
    const byTable = new Map<number, Map<number, Unit[]>>();
    for (const u of this.units) {
      if (!u.cell) continue;
      const rows = byTable.get(u.cell.table) ?? new Map<number, Unit[]>();
      byTable.set(u.cell.table, rows);
      const row = rows.get(u.cell.row);
      if (row) row.push(u);
      else rows.set(u.cell.row, [u]);
    }
    this.tables.length = 0;
    for (const [t, rowMap] of [...byTable].sort((a, b) => a[0] - b[0])) {
      const rowIndexes = [...rowMap.keys()].sort((a, b) => a - b);
      const width = Math.max(0, ...[...rowMap.values()].flat().map((u) => u.cell!.col + u.cell!.colSpan));
      const rows: RowView[] = rowIndexes.map((r) => {
        const cells = rowMap.get(r)!;
        return { table: t, index: r, header: cells[0]!.cell!.header, continued: cells[0]!.cell!.continued, cells, grid: new Array<Unit | undefined>(width) };
      });
      // A cell spanning rows appears in the layout only on its first row; the grid shows it
      // on every row it covers.
      rows.forEach((row, i) => {
        for (const c of row.cells) {
          for (let dr = 0; dr < c.cell!.rowSpan && i + dr < rows.length; dr++) {
            for (let k = 0; k < c.cell!.colSpan; k++) rows[i + dr]!.grid[c.cell!.col + k] = c;
          }
        }
      });
      this.tables[t] = { index: t, rows, width };
    }
  }
}

/**
 * Where each source line of a unit begins after its first token: [token index in the unit,
 * char offset]. The first token at or after each line's offset; lines and tokens both run
 * forward, so one pass over the tokens serves every line (a long reading-order block has
 * hundreds of lines and thousands of tokens).
 */
function lineStartsOf(paragraphs: Paragraph[], offsets: number[], tokens: Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = 0;
  let last = -Infinity;
  paragraphs.forEach((p, i) => {
    for (const at of p.lines ?? []) {
      const char = offsets[i]! + at;
      if (char < last) k = 0; // lines out of order: search from the start, as a fresh scan would
      last = char;
      while (k < tokens.length && tokens[k]!.start < char) k++;
      if (k > 0 && k < tokens.length) out.push([k, char]);
    }
  });
  return out;
}

function tableIndex(map: Map<number, number>, original: number): number {
  let t = map.get(original);
  if (t === undefined) {
    t = map.size;
    map.set(original, t);
  }
  return t;
}
