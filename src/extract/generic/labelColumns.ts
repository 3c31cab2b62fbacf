/**
 * A form's two-column table read a column at a time (pdftotext's default order, some
 * committee sites): every label on a line of its own, then every answer in the same order
 * ("Proposal title / Directorate / Service area / … / Libraries Strategy 2024 / Communities
 * and Place / Culture, Libraries and Leisure / …"). Where a run of whole-line labels is
 * followed by exactly as many lines that are no label, before the next label or heading, the
 * i-th line answers the i-th label. With fewer lines than labels (a blank answer dropped)
 * nothing can be aligned, and nothing is.
 */
import type { LabelSpan } from './labels.js';
import type { Cell, Strip } from './strip.js';

/** Fewest labels in a run: two labels in a row are as often a question and its sub-question. */
const MIN_RUN = 3;
/** Longest answer line, in words: a column of answers holds names and dates, not paragraphs. */
const MAX_ANSWER_WORDS = 30;

/** label index → the cell that answers it. */
export function alignedColumns(strip: Strip, labels: LabelSpan[], isLabelCell: (c: Cell) => boolean): Map<number, Cell> {
  const out = new Map<number, Cell>();
  const wholeLine = labels.map((l) => {
    const cell = strip.cells[l.cell]!;
    // What follows the label on its line is nothing, or a lower-case tail of it ("Officer completing | the IIA").
    const rest = cell.unit.text.slice(l.valueFrom, cell.to).trim();
    return cell.kind === 'paragraph' && l.from <= cell.from + 1 && (!/[\p{L}\d]/u.test(rest) || (/^\p{Ll}/u.test(rest) && rest.split(/\s+/).length <= 3 && !/\d/.test(rest)));
  });
  const cells = strip.cells.filter((c) => c.kind === 'paragraph' && c.tokenCount > 0);
  const position = new Map(cells.map((c, i) => [c.index, i]));
  let i = 0;
  while (i < labels.length) {
    // A run of whole-line labels on consecutive lines.
    let j = i;
    while (j < labels.length && wholeLine[j] && (j === i || position.get(labels[j]!.cell) === position.get(labels[j - 1]!.cell)! + 1)) j++;
    const run = j - i;
    if (run >= MIN_RUN) {
      const after = position.get(labels[j - 1]!.cell)! + 1;
      const answers: Cell[] = [];
      for (let k = after; k < cells.length && !isLabelCell(cells[k]!) && !cells[k]!.heading; k++) answers.push(cells[k]!);
      if (answers.length === run && answers.every((a) => a.tokenCount <= MAX_ANSWER_WORDS)) {
        for (let k = 0; k < run; k++) out.set(i + k, answers[k]!);
      }
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
