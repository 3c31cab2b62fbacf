/**
 * Impact rows on two-column forms (B&NES): one row per characteristic, a column for what
 * promotes equality and a column for adverse impact. The rating follows the two-column rule
 * (parse/rating.ts). Rows continued below (empty key cell, page breaks) are joined; text a
 * lossy export pushed into the next row's cell (it begins in lower case, and the cell above
 * does not end a sentence) is moved back to the row it belongs to. Where an export flattened
 * a row into paragraphs, statements of no impact are taken as the adverse column.
 */
import type { Answers } from '../template/answers.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import type { Anchor } from '../document/findAnchors.js';
import type { Piece } from '../document/valueRegion.js';
import { characteristicOf, headOf } from '../parse/characteristic.js';
import { isNoImpactStatement, isNotApplicable, twoColumnRating } from '../parse/rating.js';
import { cleanText } from '../text/cleanValue.js';
import type { ImpactRule, TemplateDefinition } from '../template/templateDefinition.js';
import { addImpact, joinParagraphs } from '../record/addImpact.js';

type RowsRule = Extract<ImpactRule, { kind: 'rows' }>;

interface RowColumns {
  anchor: Anchor;
  label: string;
  columns: [string[], string[]];
  pieces: Piece[];
  flattened: boolean;
}

export function impactsFromRows(rule: RowsRule, template: TemplateDefinition, answers: Answers, out: RecordBuilder): void {
  const rows: RowColumns[] = [];
  for (const spec of rule.rows) {
    for (const anchor of answers.anchorsOf(spec.from)) rows.push(readRow(answers, anchor));
  }
  rows.sort((a, b) => a.anchor.start - b.anchor.start);
  moveDisplacedText(rows);
  for (const row of rows) {
    const spec = rule.rows.find((r) => r.from === row.anchor.key)!;
    const characteristic = spec.characteristic ?? characteristicOf(row.label) ?? 'other';
    const promote = cleanText(row.columns[0].join('\n\n'), template.boilerplate) ?? '';
    const adverse = cleanText(row.columns[1].join('\n\n'), template.boilerplate) ?? '';
    const rating = twoColumnRating(promote, adverse);
    const narrative = joinParagraphs([isNotApplicable(promote) ? '' : promote, isNotApplicable(adverse) ? '' : adverse]);
    addImpact(
      out,
      { characteristic, label: headOf(row.label), group: rule.group ?? null, subgroup: null, proposal: null, rating, narrative, mitigation: null, owner: null },
      { pieces: row.pieces, labelScore: row.anchor.score, ratingMethod: row.flattened ? 'two-column-flattened' : 'two-column', quality: 1 },
    );
  }
}

function readRow(answers: Answers, anchor: Anchor): RowColumns {
  const view = answers.view;
  const labelUnit = view.unitAt(anchor.end - 1)!;
  const firstUnit = view.unitAt(anchor.start)!;
  // A reading-order export may run two rows' labels into one unit: the label starts at its anchor.
  const label = firstUnit.text.slice(view.tokens[anchor.start]!.start);
  const columns: [string[], string[]] = [[], []];
  const answer = answers.answerAt(anchor);
  const row = view.rowOf(labelUnit);
  if (row && labelUnit.cell && answer.method === 'row') {
    const first = labelUnit.cell.col + labelUnit.cell.colSpan;
    for (const p of answer.pieces) {
      const col = p.unit.cell ? p.unit.cell.col - first : 0;
      columns[col >= 1 ? 1 : 0].push(p.unit.text.slice(p.from, p.to));
    }
    return { anchor, label, columns, pieces: answer.pieces, flattened: false };
  }
  return { anchor, label, columns: splitFlattened(answer.pieces), pieces: answer.pieces, flattened: true };
}

/**
 * A row an export flattened into paragraphs. Statements that there is no adverse impact are
 * the adverse column, the rest the promote column. Without such a statement, where the
 * units (cells, in a reading-order export) are two or more, the first is the promote column
 * and the rest the adverse one; a unit that begins in lower case continues the one before.
 */
function splitFlattened(pieces: Piece[]): [string[], string[]] {
  const columns: [string[], string[]] = [[], []];
  const blocks: string[] = [];
  for (const p of pieces) {
    const text = p.unit.text.slice(p.from, p.to).trim();
    if (!text) continue;
    if (blocks.length > 0 && /^\p{Ll}/u.test(text)) blocks[blocks.length - 1] += ` ${text}`;
    else blocks.push(text);
  }
  const paragraphs = blocks.flatMap((b) => b.split(/\n{2,}/));
  if (paragraphs.some((para) => para.trim() && isNoImpactStatement(para)) || blocks.length < 2) {
    for (const para of paragraphs) columns[isNoImpactStatement(para) ? 1 : 0].push(para);
    return columns;
  }
  columns[0].push(blocks[0]!);
  columns[1].push(...blocks.slice(1));
  return columns;
}

/** Text that starts in lower case under a cell that ends mid-sentence belongs to the cell above. */
function moveDisplacedText(rows: RowColumns[]): void {
  for (let i = 1; i < rows.length; i++) {
    for (const c of [0, 1] as const) {
      const cell = rows[i]!.columns[c];
      const above = rows[i - 1]!.columns[c];
      const head = cell[0]?.trim() ?? '';
      const aboveText = above.join(' ').trim();
      if (/^\p{Ll}/u.test(head) && aboveText && !/[.!?:)"”]$/.test(aboveText)) {
        above.push(...cell);
        cell.length = 0;
      }
    }
  }
}

