/**
 * A layout as the short pieces a form is made of, whatever survived conversion: table cells,
 * the cells of a table flattened into a paragraph with '|' separators (committee sites), the
 * source lines of a text export, and headings. Fingerprints are read from these pieces.
 */
import type { Block, Layout, Paragraph } from '../model/layout.js';

export type PieceKind = 'heading' | 'text' | 'cell' | 'header-cell';

export interface Piece {
  text: string;
  kind: PieceKind;
}

/** A row of '|' cells, including the empty ones ("| |") that committee sites leave. */
const PIPE = /\s*\|\s*/;

export function layoutPieces(layout: Layout): Piece[] {
  const out: Piece[] = [];
  for (const block of layout.blocks) piecesOf(block, out);
  return out;
}

function piecesOf(block: Block, out: Piece[]): void {
  if (block.type === 'paragraph') {
    const kind: PieceKind = block.role === 'heading' ? 'heading' : 'text';
    for (const text of paragraphLines(block)) for (const part of text.split(PIPE)) push(out, part, kind);
    return;
  }
  block.rows.forEach((row, r) => {
    // Word's repeated header rows are marked; elsewhere a table's first row is its header.
    const header = row.header || r === 0;
    for (const cell of row.cells) {
      for (const p of cell.paragraphs) for (const text of paragraphLines(p)) for (const part of text.split(PIPE)) push(out, part, header ? 'header-cell' : 'cell');
    }
  });
}

/** A text export's paragraph split back into its source lines (a label and its answer often sit on separate lines). */
function paragraphLines(p: Paragraph): string[] {
  if (!p.lines?.length) return [p.text];
  const cuts = [0, ...p.lines, p.text.length];
  return cuts.slice(1).map((end, i) => p.text.slice(cuts[i], end));
}

function push(out: Piece[], text: string, kind: PieceKind): void {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t) out.push({ text: t, kind });
}
