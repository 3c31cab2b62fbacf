/**
 * Legacy tab-separated text exports → blocks. Lines with tabs are table rows (one cell per
 * tab-separated field, HTML leftovers parsed inside cells); other lines are paragraphs, one
 * per line, as these exports write them. A blank line between two rows marks a page break
 * in these exports, so a row after one that starts mid-cell (empty first cell, or a first
 * cell that begins in lower case) is marked `continued`. A line with no tab right between two
 * rows is a row whose other cells were empty (its trailing tabs do not survive the export's
 * trimmed lines): "Service manager" between two rows of a sign-off table. Word saved as text
 * wraps long lines: a line that runs on from the one before (it starts in lower case after
 * a line with no closing punctuation, or closes a bracket left open) continues that line's
 * paragraph, or its row's last cell.
 */
import type { Block, Cell, Paragraph, Row, Table } from '../../model/layout.js';
import { draftSpan } from '../finaliseLayout.js';
import { LIST_MARKER } from './lineParagraphs.js';
import { markupToParagraphs } from './inlineMarkup.js';
import type { TextLine } from './textPages.js';

const SEPARATOR_CELL = /^\s*-{2,}\s*$/;

export function tabbedTextToBlocks(lines: TextLine[]): Block[] {
  const wrapAt = hardWrapWidth(lines);
  const blocks: Block[] = [];
  let table: Table | null = null;
  let blankBefore = false;
  for (const [i, line] of lines.entries()) {
    if (!line.text.trim()) {
      blankBefore = true;
      continue;
    }
    const previous = blankBefore ? undefined : blocks[blocks.length - 1];
    if (!line.text.includes('\t') && previous && runOn(previous, line.text.trim(), lines[i - 1]!.text, wrapAt)) {
      blankBefore = false;
      continue;
    }
    const betweenRows = table !== null && !blankBefore && lines[i + 1]?.text.includes('\t') === true;
    if (line.text.includes('\t') || betweenRows) {
      const cells = line.text.split('\t');
      if (cells.every((c) => !c.trim() || SEPARATOR_CELL.test(c))) continue; // "----\t---" rule lines
      if (!table) {
        table = { type: 'table', rows: [], span: draftSpan(line.page) };
        blocks.push(table);
      }
      table.rows.push(tableRow(cells, line.page, blankBefore && table.rows.length > 0));
    } else {
      table = null;
      blocks.push(...lineParagraphs(line));
    }
    blankBefore = false;
  }
  return blocks;
}

/**
 * Appends `text` to the paragraph it runs on from (the block's, or its table's last row's
 * last filled cell's last paragraph), and says whether it did.
 */
function runOn(block: Block, text: string, lineBefore: string, wrapAt: number | null): boolean {
  let paragraph: Paragraph | undefined;
  if (block.type === 'table') {
    // A header row whose line ends in a tab wrapped its last title onto the next line whole
    // ("… Dim effaith / No impact→" then "Rhesymau / Reasons"). (Below a body row such a line
    // is as often a row of its own whose other cells were empty.)
    const row = block.rows.length === 1 ? block.rows[0] : undefined;
    if (row && lineBefore.endsWith('\t')) {
      row.cells.push({ paragraphs: markupToParagraphs(text, row.span.page), colSpan: 1, rowSpan: 1, span: draftSpan(row.span.page) });
      return true;
    }
    const cells = block.rows[block.rows.length - 1]?.cells.filter((c) => c.paragraphs.length > 0) ?? [];
    paragraph = cells[cells.length - 1]?.paragraphs.at(-1);
  } else if (block.type === 'paragraph') paragraph = block;
  const wrapped = wrapAt !== null && lineBefore.length >= wrapAt && /[\p{L}\d,;]$/u.test(lineBefore);
  if (!paragraph || !(wrapped || runsOn(paragraph.text, text))) return false;
  paragraph.text = `${paragraph.text} ${text}`;
  return true;
}

/** Lines this long (characters) or longer were wrapped by the export. */
const WRAP_SLACK = 15;
/** Fewest lines near the longest that show an export wrapped its text at a width. */
const MIN_WRAPPED_LINES = 5;

/**
 * The width at which the export wrapped its lines (Word's "insert line breaks" at about 70–90
 * characters), or null when the text shows none: at least MIN_WRAPPED_LINES lines within
 * WRAP_SLACK characters of the longest line that holds no tab.
 */
function hardWrapWidth(lines: TextLine[]): number | null {
  const lengths = lines.filter((l) => l.text.trim() && !l.text.includes('\t')).map((l) => l.text.length);
  const longest = Math.max(0, ...lengths);
  const near = lengths.filter((n) => n >= longest - WRAP_SLACK).length;
  return longest >= 60 && near >= MIN_WRAPPED_LINES ? longest - WRAP_SLACK : null;
}

/** A line that continues the one before: lower case after no closing punctuation, or the close of an open bracket. */
function runsOn(before: string, text: string): boolean {
  const open = (before.match(/\(/g)?.length ?? 0) > (before.match(/\)/g)?.length ?? 0);
  return (open && /^[^()]*\)/.test(text)) || (/^\p{Ll}/u.test(text) && !/[.:?!]$/.test(before.trim()));
}

function tableRow(fields: string[], page: number, afterBreak: boolean): Row {
  while (fields.length > 1 && !fields[fields.length - 1]!.trim()) fields.pop();
  const cells: Cell[] = fields.map((f) => ({
    paragraphs: markupToParagraphs(f, page),
    colSpan: 1,
    rowSpan: 1,
    span: draftSpan(page),
  }));
  const first = cells[0]?.paragraphs[0]?.text ?? '';
  const hasOtherText = cells.slice(1).some((c) => c.paragraphs.length > 0);
  const continued = afterBreak && ((first === '' && hasOtherText) || /^\p{Ll}/u.test(first));
  const row: Row = { cells, header: false, span: draftSpan(page) };
  if (continued) row.continued = true;
  return row;
}

/** A text line outside a table: one paragraph (or several, when it holds markup), list items kept. */
function lineParagraphs(line: TextLine): Paragraph[] {
  const indent = /^\s*/.exec(line.text)?.[0].length ?? 0;
  const trimmed = line.text.trim();
  const marker = LIST_MARKER.exec(trimmed);
  if (marker && !/[<>]/.test(trimmed)) {
    const [p] = markupToParagraphs(trimmed.slice(marker[0].length), line.page);
    if (!p) return [];
    const glyph = marker[1] === '*' ? '•' : marker[1]!;
    const text = `${glyph} ${p.text}`;
    const shift = glyph.length + 1;
    return [{
      ...p,
      text,
      role: 'list-item',
      marker: glyph,
      level: indent > 0 ? 1 : 0,
      ...(p.bold ? { bold: p.bold.map(([s, e]) => [s + shift, e + shift] as [number, number]) } : {}),
    }];
  }
  return markupToParagraphs(trimmed, line.page);
}
