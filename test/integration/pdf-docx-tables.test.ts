/**
 * The corpus PDFs are LibreOffice exports of the .docx beside them, so the Word tables are the
 * ground truth for the PDF converter's tables: after folding continued rows into the row
 * before, every PDF table must have the Word table's rows, cells, spans and words.
 *
 * Word's list numbering and bullets are not text in the .docx while the PDF prints them, so a
 * leading list marker is left out of the comparison on both sides; struck-through words are
 * not content (the converter drops them), so they are left out of the Word side.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONVERT_LIMITS } from '../../src/convert/limits.js';
import { pdfToLayout } from '../../src/convert/pdf/pdfToLayout.js';
import type { Table } from '../../src/model/layout.js';

const SAMPLES = fileURLToPath(new URL('../../samples/', import.meta.url));
const CORPUS = readdirSync(SAMPLES).filter((f) => f.endsWith('.pdf') && !f.includes('-scan'));

interface CellWords {
  colSpan: number;
  rowSpan: number;
  words: string[];
}

const MARKER = /^([•▪◦●■□►▸➢❖✓·∙*o\-–—−]|\(?(\d{1,3}|[a-z]|[ivx]{1,5})[.)])$/;
function paragraphWords(text: string): string[] {
  const words = text.split(/[\s\u00a0]+/).filter((w) => w !== '');
  if (words.length > 1 && MARKER.test(words[0] ?? '')) words.shift();
  return words;
}

/** The parts of a domhandler node the comparison reads. */
interface HtmlNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: HtmlNode[];
}
const childrenOf = (n: HtmlNode): HtmlNode[] => n.children ?? [];
const textOf = (n: HtmlNode): string => (n.type === 'text' ? (n.data ?? '') : n.name === 's' ? '' : childrenOf(n).map(textOf).join(''));
function collect(n: HtmlNode, names: readonly string[], stopAt: readonly string[] = []): HtmlNode[] {
  if (n.name && names.includes(n.name)) return [n];
  if (n.name && stopAt.includes(n.name)) return [];
  return childrenOf(n).flatMap((c) => collect(c, names, stopAt));
}

async function docxTables(file: string): Promise<CellWords[][][]> {
  const { value } = await mammoth.convertToHtml({ path: file });
  const root = parseDocument(value) as unknown as HtmlNode;
  return collect(root, ['table']).map((table) =>
    // Rows of this table, not of tables nested in its cells.
    childrenOf(table).flatMap((c) => collect(c, ['tr'], ['table'])).map((tr) =>
      childrenOf(tr)
        .filter((c) => c.name === 'td' || c.name === 'th')
        .map((c) => ({
          colSpan: Number(c.attribs?.colspan ?? 1),
          rowSpan: Number(c.attribs?.rowspan ?? 1),
          words: collect(c, ['p', 'li']).flatMap((p) => paragraphWords(textOf(p))),
        })),
    ),
  );
}

/** PDF table rows with each continued row folded into the row before, column by column. */
function pdfTableRows(table: Table): CellWords[][] {
  const rows: CellWords[][] = [];
  for (const row of table.rows) {
    const cells = row.cells.map((c) => ({ colSpan: c.colSpan, rowSpan: c.rowSpan, words: c.paragraphs.flatMap((p) => paragraphWords(p.text)) }));
    const prev = rows[rows.length - 1];
    if (!row.continued || !prev) {
      rows.push(cells);
      continue;
    }
    cells.forEach((cell, i) => {
      const target = prev[i];
      if (!target) return;
      // A word hyphenated at the page break ("Council-" / "arranged") is one word.
      const last = target.words[target.words.length - 1];
      const first = cell.words[0];
      if (last?.endsWith('-') && first !== undefined) {
        target.words[target.words.length - 1] = last + first;
        target.words.push(...cell.words.slice(1));
      } else target.words.push(...cell.words);
    });
  }
  return rows;
}

const shape = (rows: CellWords[][]): string[] => rows.map((r) => r.map((c) => `${c.colSpan}x${c.rowSpan}`).join(' '));
const words = (rows: CellWords[][]): string[][] => rows.map((r) => r.map((c) => c.words.join(' ')));

describe.each(CORPUS)('%s tables match the Word document', (name) => {
  it('has the same tables, rows, spans and words', async () => {
    const layout = await pdfToLayout(new Uint8Array(readFileSync(SAMPLES + name)), DEFAULT_CONVERT_LIMITS);
    const expected = await docxTables(SAMPLES + name.replace(/\.pdf$/, '.docx'));
    const actual = layout.blocks.filter((b): b is Table => b.type === 'table').map(pdfTableRows);
    expect(actual.length).toBe(expected.length);
    actual.forEach((rows, t) => {
      const want = expected[t] ?? [];
      expect(shape(rows), `table ${t} shape`).toEqual(shape(want));
      expect(words(rows), `table ${t} words`).toEqual(words(want));
    });
  });
});
