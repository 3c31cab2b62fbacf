/**
 * Legacy tab-separated text exports → blocks. Lines with tabs are table rows (one cell per
 * tab-separated field, HTML leftovers parsed inside cells); other lines are paragraphs, one
 * per line, as these exports write them. A blank line between two rows marks a page break
 * in these exports, so a row after one that starts mid-cell (empty first cell, or a first
 * cell that begins in lower case) is marked `continued`. A line with no tab right between two
 * rows is a row whose other cells were empty (its trailing tabs do not survive the export's
 * trimmed lines): "Service manager" between two rows of a sign-off table.
 */
import type { Block, Cell, Paragraph, Row, Table } from '../../model/layout.js';
import { draftSpan } from '../finaliseLayout.js';
import { LIST_MARKER } from './lineParagraphs.js';
import { markupToParagraphs } from './inlineMarkup.js';
import type { TextLine } from './textPages.js';

const SEPARATOR_CELL = /^\s*-{2,}\s*$/;

export function tabbedTextToBlocks(lines: TextLine[]): Block[] {
  const blocks: Block[] = [];
  let table: Table | null = null;
  let blankBefore = false;
  for (const [i, line] of lines.entries()) {
    if (!line.text.trim()) {
      blankBefore = true;
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
