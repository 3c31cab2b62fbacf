/**
 * Impact grids flattened into running text, as document-viewer transcriptions print a page
 * ("Characteristic Positive Negative No impact Explanation Age ☐ ☒ ☐ Mature students …
 * Disability ☒ ☒ ☐ …"): a header of rating columns, then rows of a characteristic's name,
 * one box per column, and the row's words up to the next row. No cell boundaries survive,
 * so the boxes mark the rows: a run of exactly as many boxes as the header has rating
 * columns, after a short capitalised name that is a characteristic.
 */
import type { Strip } from '../strip.js';
import type { LabelSpan } from '../labels.js';
import type { ColumnKind, ColumnWords } from './columns.js';
import { rowHeading, type ImpactRow, type RowCell } from './rows.js';

const BOX = '[☐□☒☑■✓✔]';
/** Longest row name, in words ("Marriage and civil partnership", "Sex (including gender identity)"). */
const MAX_NAME_WORDS = 6;
/** Fewest words in a paragraph worth searching: a flattened page, not a line. */
const MIN_TOKENS = 20;

export function inlineGridRows(strip: Strip, columns: ColumnWords, labels: LabelSpan[]): ImpactRow[] {
  const { header, column } = headerPattern(columns);
  const out: ImpactRow[] = [];
  for (const cell of strip.cells) {
    if (cell.kind !== 'paragraph' || cell.tokenCount < MIN_TOKENS || !new RegExp(BOX, 'u').test(cell.text)) continue;
    const text = cell.unit.text;
    const ends = labels.filter((l) => l.cell === cell.index && l.strong).map((l) => l.from);
    // Headers in order: each sets the columns of the rows after it (a page break repeats it).
    const headers = [...text.slice(0, cell.to).matchAll(header)].filter((m) => m.index! >= cell.from);
    for (const [h, m] of headers.entries()) {
      const kinds = (m[0].match(column) ?? []).map((w) => columns.columnOf(w));
      const n = kinds.filter((k) => k.kind === 'tick').length;
      if (n < 2) continue;
      const stop = Math.min(headers[h + 1]?.index ?? cell.to, cell.to);
      const boxes = new RegExp(`(?<=\\s)${BOX}(?:\\s+${BOX}){${n - 1}}(?=\\s|$)`, 'gu');
      const groups = [...text.slice(0, stop).matchAll(boxes)].filter((g) => g.index! > m.index! + m[0].length);
      let floor = m.index! + m[0].length;
      const rows: Array<{ name: { from: number; to: number }; boxes: { from: number; to: number } }> = [];
      for (const g of groups) {
        const name = nameBefore(text, floor, g.index!);
        if (name) rows.push({ name, boxes: { from: g.index!, to: g.index! + g[0].length } });
        floor = g.index! + g[0].length;
      }
      rows.forEach((r, k) => {
        const next = rows[k + 1]?.name.from ?? stop;
        const end = Math.min(next, ...ends.filter((e) => e > r.boxes.to));
        const marks = text.slice(r.boxes.from, r.boxes.to).split(/\s+/);
        const cells: RowCell[] = marks.map((mark, i) => ({ text: mark, column: kinds.filter((x) => x.kind === 'tick')[i] ?? null, piece: null }));
        const words = text.slice(r.boxes.to, end).trim();
        const wordsFrom = r.boxes.to + (text.slice(r.boxes.to, end).length - text.slice(r.boxes.to, end).trimStart().length);
        const narrative: ColumnKind = { kind: 'narrative' };
        if (words) cells.push({ text: words, column: narrative, piece: { unit: cell.unit, from: wordsFrom, to: wordsFrom + words.length } });
        const label = text.slice(r.name.from, r.name.to);
        out.push({
          label, characteristic: rowHeading(label)!, cells, cut: false, method: 'cells', group: null, adverse: false, inline: false,
          pieces: [{ unit: cell.unit, from: r.name.from, to: end }],
        });
      });
    }
  }
  return out;
}

/** The header's rating columns in a row: "Positive Negative No impact" (two to six of them), with other column titles around them. */
function headerPattern(columns: ColumnWords): { header: RegExp; column: RegExp } {
  const c = columns.vocabulary.rating.columns;
  const words = [...c.positive, ...c.negative, ...c.neutral, ...c.unknown, ...c.yes, ...c.no]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+').replace(/'/g, "['’]"));
  const one = `\\b(?:${words.join('|')})\\b`;
  return { header: new RegExp(`${one}(?:\\s+${one}){1,5}`, 'gu'), column: new RegExp(one, 'gu') };
}

/** The characteristic's name just before a run of boxes: the longest capitalised run of words, in one sentence, that names one. */
function nameBefore(text: string, floor: number, at: number): { from: number; to: number } | null {
  const before = text.slice(floor, at);
  const words = [...before.matchAll(/\S+/g)];
  for (let k = Math.min(MAX_NAME_WORDS, words.length); k >= 1; k--) {
    const first = words[words.length - k]!;
    const candidate = before.slice(first.index!).trim();
    if (!/^\p{Lu}/u.test(candidate) || /[.?!:;]\s/.test(candidate) || /[.?!:;]$/.test(candidate)) continue;
    const c = rowHeading(candidate);
    if (c && c !== 'all') return { from: floor + first.index!, to: floor + first.index! + candidate.length };
  }
  return null;
}
