/**
 * The action plan: a table whose header names at least two of the plan's columns (issue,
 * action, milestone, owner, due). Each body row, joined with rows that continue it across
 * a page break, is one action; cells keep their words as written ("Ongoing", "Annually").
 * In reading-order text the table survives as its header cells then its body cells in
 * order, so the body is read back in runs of one cell per column.
 */
import type { Action } from '../../model/record.js';
import type { Unit } from '../document/documentView.js';
import type { Answers } from '../template/answers.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import { cleanText } from '../text/cleanValue.js';
import type { TemplateDefinition } from '../template/templateDefinition.js';
import { mergeContinued } from './impactProposalTable.js';
import { findLinearHeader, findTable, headerColumn, linearHeaderMatcher } from './tables.js';

type Column = keyof Action;
const COLUMNS: Column[] = ['issue', 'action', 'milestone', 'owner', 'due'];

export function extractActions(template: TemplateDefinition, answers: Answers, out: RecordBuilder): void {
  const rule = template.actions;
  if (!rule) return;
  const declared = COLUMNS.filter((c) => rule.columns[c]?.length);
  const groups = declared.map((c) => rule.columns[c]!);
  const view = answers.view;
  const found = findTable(view, groups, Math.min(2, groups.length));
  const rows: Array<{ cells: Partial<Record<Column, Unit[]>>; score: number }> = [];
  if (found) {
    const cols = new Map(declared.map((c) => [c, headerColumn(view, found.header, rule.columns[c]!)] as const));
    for (const group of mergeContinued(found.body)) {
      const cells: Partial<Record<Column, Unit[]>> = {};
      for (const [c, col] of cols) if (col !== null) cells[c] = group.map((r) => r.grid[col]).filter((u): u is Unit => u !== undefined);
      rows.push({ cells, score: found.headerScore });
    }
  } else {
    rows.push(...linearRows(answers, declared, groups));
  }
  for (const row of rows) {
    const action: Action = { issue: null, action: null, milestone: null, owner: null, due: null };
    for (const c of COLUMNS) action[c] = cleanText((row.cells[c] ?? []).map((u) => u.text).join('\n\n'), template.boilerplate);
    if (COLUMNS.every((c) => action[c] === null)) continue;
    const units = COLUMNS.flatMap((c) => row.cells[c] ?? []);
    const pieces = units.map((u) => ({ unit: u, from: 0, to: u.text.length }));
    const ev = (field: string) => ({ pieces, signals: { field, labelScore: row.score, method: found ? 'table' : 'linear', quality: 1 } });
    out.addAction(action, {
      '': ev('action'),
      ...Object.fromEntries(COLUMNS.filter((c) => action[c] !== null).map((c) => [c, ev(`action.${c}`)])),
    });
  }
}

/** Header paragraphs in a row, then body paragraphs one per column until a heading or form label. */
function linearRows(answers: Answers, declared: Column[], groups: string[][]): Array<{ cells: Partial<Record<Column, Unit[]>>; score: number }> {
  const view = answers.view;
  const header = findLinearHeader(view, groups);
  if (!header) return [];
  const labelUnits = new Set(answers.anchors.map((a) => view.unitAt(a.start)));
  const repeatedHeader = linearHeaderMatcher(view, groups);
  const body: Unit[] = [];
  for (let i = header.bodyStart; i < view.units.length; i++) {
    const u = view.units[i]!;
    if (u.role === 'heading' || labelUnits.has(u)) break;
    // The header again where the table runs onto a new page: not a row.
    if (repeatedHeader(i) !== null) {
      i += groups.length - 1;
      continue;
    }
    body.push(u);
  }
  const rows: Array<{ cells: Partial<Record<Column, Unit[]>>; score: number }> = [];
  for (let r = 0; r + declared.length <= body.length; r += declared.length) {
    const cells: Partial<Record<Column, Unit[]>> = {};
    declared.forEach((c, k) => (cells[c] = [body[r + k]!]));
    rows.push({ cells, score: header.score * 0.8 });
  }
  return rows;
}
