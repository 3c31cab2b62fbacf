/**
 * Finding a table by its column headers ("Issues identified | Actions required | …"), and
 * the column a header names. Header rows may sit anywhere in a table (a title row above
 * them), and a seed export may have split a header word across cells, so headers are
 * matched fuzzily, cell by cell.
 */
import type { DocumentView, RowView, TableView, Unit } from '../document/documentView.js';
import { compileLabel, matchLabelAt, type LabelPattern } from '../document/matchLabel.js';

export interface FoundTable {
  table: TableView;
  header: RowView;
  /** Rows after the header row. */
  body: RowView[];
  /** Mean match score of the headers found, in [0, 1]. */
  headerScore: number;
}

const MIN_HEADER_SCORE = 0.6;
const compiled = new Map<string, LabelPattern>();

function pattern(text: string): LabelPattern {
  let p = compiled.get(text);
  if (!p) {
    p = compileLabel(text);
    compiled.set(text, p);
  }
  return p;
}

/** How well a cell reads as one of the header texts, in [0, 1]. */
export function cellScore(view: DocumentView, cell: Unit | undefined, labels: string[]): number {
  if (!cell || cell.tokens.length === 0) return 0;
  let best = 0;
  for (const l of labels) {
    const m = matchLabelAt(view.tokens, cell.firstToken, pattern(l));
    if (m && m.score > best) best = m.score;
  }
  return best;
}

/**
 * The first table with a row whose cells match every header group (each group is the
 * alternative wordings of one column). `after` skips tables that end before a token index.
 */
export function findTable(view: DocumentView, groups: string[][], minGroups = groups.length, after = 0): FoundTable | null {
  for (const table of view.tables) {
    const lastRow = table.rows[table.rows.length - 1];
    if (lastRow && (lastRow.cells[0]?.firstToken ?? 0) < after) continue;
    for (let r = 0; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      const scores = groups.map((g) => Math.max(0, ...row.cells.map((c) => cellScore(view, c, g))));
      const hits = scores.filter((s) => s >= MIN_HEADER_SCORE);
      if (hits.length >= minGroups) {
        return { table, header: row, body: table.rows.slice(r + 1).filter((b) => !b.header), headerScore: hits.reduce((a, b) => a + b, 0) / hits.length };
      }
    }
  }
  return null;
}

/** The grid column of the header cell that matches a group, or null. */
export function headerColumn(view: DocumentView, header: RowView, labels: string[]): number | null {
  let best: { col: number; score: number } | null = null;
  for (const c of header.cells) {
    const s = cellScore(view, c, labels);
    if (s >= MIN_HEADER_SCORE && (!best || s > best.score)) best = { col: c.cell!.col, score: s };
  }
  return best?.col ?? null;
}

/**
 * A table header in reading-order text: one unit per header cell, in order (the first may
 * end a unit that began with a heading: "5.0 Action Planning Issue Identified"). Returns
 * the index of the first unit after the header, or null.
 */
export function findLinearHeader(view: DocumentView, groups: string[][]): { bodyStart: number; score: number } | null {
  const at = linearHeaderMatcher(view, groups);
  for (let i = 0; i + groups.length <= view.units.length; i++) {
    const score = at(i);
    if (score !== null) return { bodyStart: i + groups.length, score };
  }
  return null;
}

/** Scores a linear header starting at unit i (null when there is none): also finds it repeated on a later page. */
export function linearHeaderMatcher(view: DocumentView, groups: string[][]): (i: number) => number | null {
  const patterns = groups.map((g) => g.map(pattern));
  const units = view.units;
  return (i) => {
    if (i + groups.length > units.length) return null;
    const first = units[i]!;
    const firstScore = Math.max(0, ...first.tokens.map((_, k) => {
      const best = Math.max(0, ...patterns[0]!.map((p) => {
        const m = matchLabelAt(view.tokens, first.firstToken + k, p);
        return m && m.end === first.firstToken + first.tokens.length ? m.score : 0;
      }));
      return best;
    }));
    if (firstScore < 0.8) return null;
    const rest = patterns.slice(1).map((ps, k) => {
      const u = units[i + 1 + k]!;
      return Math.max(0, ...ps.map((p) => {
        const m = matchLabelAt(view.tokens, u.firstToken, p);
        return m && u.tokens.length <= p.words.length + 2 ? m.score : 0;
      }));
    });
    return rest.every((s) => s >= 0.8) ? (firstScore + rest.reduce((a, b) => a + b, 0)) / groups.length : null;
  };
}
