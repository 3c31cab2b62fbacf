/**
 * Tick boxes written with their options in an impact row ("Age  ☐ Positive  ☒ Negative
 * ☐ Neutral", "Disability: ☒ Yes ☐ No"), one box to a cell or all in one: the ticked options
 * are marks in the columns they name, as if the grid had printed those words as its header.
 */
import { holdsBoxes, tickedOptions } from '../tickedOptions.js';
import type { ColumnWords } from './columns.js';
import type { ImpactRow } from './rows.js';

export interface BoxedTicks {
  /** Indexes into row.cells of the cells the boxes were read from. */
  cells: Set<number>;
  /** What the ticked options say: a rating, "yes" / "no", or "level" ("☒ High"). */
  ticked: Array<string>;
}

/** The row's boxed options, or null when it has none or their options are not rating words. */
export function boxedTicks(row: ImpactRow, words: ColumnWords): BoxedTicks | null {
  const cells = new Set<number>();
  row.cells.forEach((c, i) => {
    if (holdsBoxes(c.text) && /\p{L}/u.test(c.text)) cells.add(i);
  });
  if (cells.size === 0) return null;
  // Two spaces between cells keep each cell's option apart when the row is read as one.
  const text = [...cells].map((i) => row.cells[i]!.text.trim()).join('  ');
  const r = words.vocabulary.rating;
  const options = tickedOptions(text, { ticked: r.ticked, unticked: r.unticked });
  if (!options) return null;
  if (options.ticked === null) return { cells, ticked: [] };
  const ticked: string[] = [];
  for (const option of options.ticked.split('; ')) {
    // "☒ Negative – older residents": the option's first words are its answer.
    const head = option.split(/\s*[–—:.,;]\s+|\s+-\s+/)[0]!;
    const answer = words.answerOf(option) ?? words.combinedAnswerOf(option) ?? words.answerOf(head);
    if (answer) ticked.push(answer);
    else if (words.isLevel(head)) ticked.push('level');
  }
  return ticked.length > 0 ? { cells, ticked } : null;
}
