/**
 * Framed tables in fixed-width text: antiword's `|` columns and pandoc's grid tables. Every
 * line of such a table repeats the table's borders at the same character positions (0-based
 * columns of the line), and a cell's text wraps over several lines inside its borders. Rows
 * end at a rule line (`+------+------+`, `+======+` under a header row) or, in a table with
 * no rules, at a line whose cells are all blank. A cell is its lines' words joined, a blank
 * line inside it (while another cell of the row goes on) a paragraph break.
 *
 * Tables written a row to a line (Markdown, committee-site `|` rows) are not framed tables:
 * with neither rules nor blank-celled lines there is nothing to say where a row ends, and
 * the generic reader reads those lines as rows itself.
 */
import type { Cell, Row, Table } from '../../model/layout.js';
import { draftSpan } from '../finaliseLayout.js';
import { markupToParagraphs } from './inlineMarkup.js';
import type { TextLine } from './textPages.js';

/** A framed table found in `lines[start, end)`. */
export interface FramedTable {
  start: number;
  end: number;
  table: Table;
}

/** `| … | … |`: a line of cells between borders. */
const CELL_LINE = /^\s*\|.*\|\s*$/;
/** `+-----+=====+` (pandoc's row and header rules; `:` marks alignment). */
const RULE_LINE = /^\s*\+(?:[-=:]+\+)+\s*$/;
/** Fewest borders: two cells. */
const MIN_BORDERS = 3;
/** Fewest lines a framed table takes (a header and a row, each wrapped or ruled). */
const MIN_LINES = 3;

/** Every framed table in `lines`, in order. */
export function findFramedTables(lines: readonly TextLine[]): FramedTable[] {
  const out: FramedTable[] = [];
  let i = 0;
  while (i < lines.length) {
    const borders = bordersOf(lines[i]!.text);
    if (!borders) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < lines.length && sameBorders(bordersOf(lines[end]!.text), borders)) end++;
    const run = lines.slice(i, end);
    const table = end - i >= MIN_LINES ? tableOf(run, borders) : null;
    if (table) out.push({ start: i, end, table });
    i = end;
  }
  return out;
}

/** Where a framed line's borders stand (`|` of a cell line, `+` of a rule), or null. */
function bordersOf(text: string): number[] | null {
  const mark = RULE_LINE.test(text) ? '+' : CELL_LINE.test(text) ? '|' : null;
  if (!mark) return null;
  const at: number[] = [];
  for (let k = text.indexOf(mark); k !== -1; k = text.indexOf(mark, k + 1)) at.push(k);
  return at.length >= MIN_BORDERS ? at : null;
}

const sameBorders = (a: number[] | null, b: number[]): boolean => a !== null && a.length === b.length && a.every((x, k) => x === b[k]);

/** The run as a table, or null when nothing in it says where its rows end. */
function tableOf(run: TextLine[], borders: number[]): Table | null {
  const cellsOf = (text: string): string[] => borders.slice(1).map((b, k) => text.slice(borders[k]! + 1, b).trim());
  const isRule = (l: TextLine): boolean => RULE_LINE.test(l.text);
  const isBlank = (l: TextLine): boolean => !isRule(l) && cellsOf(l.text).every((c) => c === '');
  const ruled = run.some(isRule);
  if (!ruled && !run.some(isBlank)) return null;
  const rows: Row[] = [];
  let group: TextLine[] = [];
  let header = false;
  const flush = (): void => {
    if (group.some((l) => !isBlank(l))) rows.push(rowOf(group, cellsOf, header));
    group = [];
    header = false;
  };
  for (const line of run) {
    if (isRule(line)) {
      // `+====+` closes the header row above it.
      header = /=/.test(line.text);
      flush();
    } else if (!ruled && isBlank(line)) flush();
    else group.push(line);
  }
  flush();
  if (rows.length === 0) return null;
  return { type: 'table', rows, span: draftSpan(run[0]!.page) };
}

/** One row from its lines: per column, the lines' text joined, a blank line a paragraph break. */
function rowOf(lines: TextLine[], cellsOf: (text: string) => string[], header: boolean): Row {
  const page = lines[0]!.page;
  const columns = lines.map((l) => cellsOf(l.text));
  const width = columns[0]!.length;
  const cells: Cell[] = [];
  for (let c = 0; c < width; c++) {
    const paragraphs: string[][] = [[]];
    for (const fragments of columns) {
      const text = fragments[c]!;
      if (text) paragraphs[paragraphs.length - 1]!.push(text);
      else if (paragraphs[paragraphs.length - 1]!.length > 0) paragraphs.push([]);
    }
    const texts = paragraphs.map(joinWrapped).filter(Boolean);
    cells.push({ paragraphs: texts.flatMap((t) => markupToParagraphs(t, page)), colSpan: 1, rowSpan: 1, span: draftSpan(page) });
  }
  return { cells, header, span: draftSpan(page) };
}

/** Wrapped fragments of one paragraph: joined by a space, a word broken at a hyphen mended ("long-" + "term"). */
function joinWrapped(fragments: string[]): string {
  return fragments.reduce((text, f) => (!text ? f : /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(f) ? `${text}${f}` : `${text} ${f}`), '');
}
