/**
 * An action plan written as labelled lines rather than a table, one block per action:
 *
 *     Action 1: Publish the new arrangements in easy read.
 *     Lead officer: Niamh Kowalski
 *     Timescale: December 2025
 *
 * Each line opens with a plan column's title (the header words of actionPlan.ts) and a colon;
 * an action's block ends where its action column comes round again. Found before people are
 * read, because "Lead officer: …" here names an action's owner, not someone who signed the form.
 */
import type { Action } from '../../model/record.js';
import type { Piece } from '../document/valueRegion.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import { cleanText } from '../text/cleanValue.js';
import { recordAction, type ActionColumns } from './actionPlan.js';
import type { Strip } from './strip.js';

type Column = keyof Action;

/** Most words a column title has before its colon ("Officer responsible for the action"). */
const TITLE_WORDS = 5;
/** Fewest labelled lines an action's block has (the action and one more). */
const MIN_LINES = 2;

export interface LabelledAction {
  values: Partial<Record<Column, { text: string; piece: Piece }>>;
  /** The strip cells the block's lines are. */
  cells: number[];
}

interface Segment { column: Column; from: number; to: number }

/**
 * The labelled parts of a paragraph: each ':' preceded by a plan column's title of up to
 * TITLE_WORDS capitalised words ("Action 1:", "Lead officer:"), its value running to the next
 * such title. A text export may join a block's lines into one paragraph, so a line's end is
 * not needed: "… large print. Lead officer: Niamh Kowalski Timescale: December 2025".
 */
function segmentsOf(text: string, columns: ActionColumns): Array<{ column: Column; title: number; value: number }> {
  const found: Array<{ column: Column; title: number; value: number }> = [];
  for (const m of text.matchAll(/:(?!\d)\s*/g)) {
    const before = text.slice(0, m.index);
    const words = [...before.matchAll(/\S+/g)];
    let best: { column: Column; title: number } | null = null;
    for (let k = 1; k <= Math.min(TITLE_WORDS, words.length); k++) {
      const first = words[words.length - k]!;
      const title = before.slice(first.index).replace(/\s+\d{1,2}[.)]?\s*$/, '');
      const column = /^\p{Lu}/u.test(title) ? columns.columnOf(title) : null;
      if (column) best = { column, title: first.index };
    }
    if (best && (found.length === 0 || best.title >= found[found.length - 1]!.value)) found.push({ ...best, value: m.index + m[0].length });
  }
  return found;
}

export function labelledActions(strip: Strip, columns: ActionColumns): LabelledAction[] {
  const out: LabelledAction[] = [];
  let current: LabelledAction | null = null;
  const close = (): void => {
    if (current && current.values.action && Object.keys(current.values).length >= MIN_LINES) out.push(current);
    current = null;
  };
  for (const cell of strip.cells) {
    if (cell.tokenCount === 0) continue;
    const found = cell.kind === 'paragraph' ? segmentsOf(cell.text, columns) : [];
    // The cell must open with a title: a colon mid-sentence is no labelled line.
    if (found.length === 0 || found[0]!.title !== 0) {
      close();
      continue;
    }
    const segments: Segment[] = found.map((f, i) => ({ column: f.column, from: f.value, to: i + 1 < found.length ? found[i + 1]!.title : cell.text.length }));
    for (const seg of segments) {
      if (current && (seg.column === 'action' || current.values[seg.column])) close();
      // A block opens with its action: an owner or date line on its own belongs to something else.
      if (!current && seg.column !== 'action') continue;
      current ??= { values: {}, cells: [] };
      const text = cell.text.slice(seg.from, seg.to).trim();
      if (!text) continue;
      const from = cell.from + seg.from;
      current.values[seg.column] = { text, piece: strip.piece(cell, from, from + cell.text.slice(seg.from, seg.to).trimEnd().length) };
      if (!current.cells.includes(cell.index)) current.cells.push(cell.index);
    }
  }
  close();
  return out;
}

export function addLabelledActions(actions: readonly LabelledAction[], out: RecordBuilder): void {
  for (const a of actions) {
    const action: Action = { issue: null, action: null, milestone: null, owner: null, due: null };
    const pieces: Partial<Record<Column, Piece[]>> = {};
    for (const [column, v] of Object.entries(a.values) as Array<[Column, { text: string; piece: Piece }]>) {
      action[column] = cleanText(v.text);
      pieces[column] = [v.piece];
    }
    recordAction(action, pieces, 'generic-labelled', 0.8, out);
  }
}
