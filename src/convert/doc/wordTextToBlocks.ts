/**
 * Word 97 body text (as word-extractor gives it) → layout blocks. The text keeps Word's
 * own marks, translated: a paragraph ends with "\n", a table cell with "\t", and a row with
 * its last cell's "\t" followed by "\n". So a line ending in a tab closes a table row, and
 * the lines since the previous row's end are that row's cells (split at tabs) and the
 * cells' paragraphs (split at newlines). What the text cannot say is where a table begins
 * and ends; the rules below are the guesses that hold on council forms:
 *   - a table begins at the first line, among those waiting, that holds a cell mark;
 *   - an empty paragraph after a row ends the table (Word writes one after every table
 *     that is not followed by text at once).
 * Bold and headings are not in the text; LibreOffice, when installed, keeps both.
 */
import type { Block, Cell, Row, Table } from '../../model/layout.js';
import { draftSpan } from '../finaliseLayout.js';
import { paragraphOf } from '../paragraphBuilder.js';

export function wordTextToBlocks(body: string): Block[] {
  const out: Block[] = [];
  let table: Table | null = null;
  let waiting: string[] = [];
  const closeTable = (): void => {
    if (table) out.push(table);
    table = null;
  };
  const flushParagraphs = (lines: string[]): void => {
    for (const line of lines) if (line.trim()) out.push(paragraphOf(line));
  };
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.endsWith('\t')) {
      let rowLines = [...waiting, line];
      if (!table) {
        const first = rowLines.findIndex((l) => l.includes('\t'));
        flushParagraphs(rowLines.slice(0, first));
        rowLines = rowLines.slice(first);
        table = { type: 'table', rows: [], span: draftSpan(null) };
      }
      table.rows.push(rowOf(rowLines.join('\n')));
      waiting = [];
    } else if (table && waiting.length === 0 && line.trim() === '') {
      closeTable();
    } else if (table) {
      waiting.push(line);
    } else {
      flushParagraphs([line]);
    }
  }
  // Lines left after the last row were never closed by a cell mark: not table text.
  closeTable();
  flushParagraphs(waiting);
  return out;
}

function rowOf(text: string): Row {
  const parts = text.split('\t');
  parts.pop(); // the row's closing cell mark leaves an empty last part
  const cells: Cell[] = parts.map((cellText) => ({
    paragraphs: cellText.split('\n').filter((p) => p.trim()).map((p) => paragraphOf(p)),
    colSpan: 1,
    rowSpan: 1,
    span: draftSpan(null),
  }));
  return { cells, header: false, span: draftSpan(null) };
}
