/**
 * Impacts on an unseen form: rows of characteristics (rows.ts) rated by the form's own
 * columns and words (rateRow.ts), questions asked group by group (questionBlocks.ts), and
 * form-wide statements (allGroups.ts). A characteristic
 * is listed once: a second grid of the same groups (a transcript that repeats the form) adds
 * nothing. Every impact carries how its rating was read, for confidence.
 */
import type { RecordBuilder } from '../../record/recordBuilder.js';
import { characteristicsOf, subgroupOf } from '../../parse/characteristic.js';
import { addImpact } from '../../record/addImpact.js';
import type { LabelSpan } from '../labels.js';
import type { Pair } from '../pairs.js';
import type { Strip } from '../strip.js';
import type { GenericVocabulary } from '../genericVocabulary.js';
import { allGroupsImpacts } from './allGroups.js';
import { dutyImpacts } from './dutyQuestions.js';
import { ColumnWords } from './columns.js';
import { rateRow } from './rateRow.js';
import { questionBlocks } from './questionBlocks.js';
import { subjectsByCell } from './characteristicHeadings.js';
import { groupsByCell } from './groupHeadings.js';
import { gridRows, linearRows, pairRows } from './rows.js';
import { inlineGridRows } from './inlineGrid.js';
import { transposedRows } from './transposedGrid.js';
import { findRatingKey } from './ratingKey.js';
import { proposalImpacts } from './proposalRows.js';

/** How far before a grid an adverse-impact question may stand ("Is there potential for adverse impact on …?"). */
const QUESTION_REACH = 6;

/**
 * Whether cell `question` sits in the header rows just above the grid row that starts at cell
 * `row`: a two-row header ("Protected characteristic | Could this have a negative impact? | |
 * | Explanation" over "| Yes | No | Don't know |") puts the question more cells back than
 * QUESTION_REACH, but still on the lines right above the first row of the same table.
 */
function inHeaderOf(strip: Strip, question: number, row: number): boolean {
  const q = strip.cells[question]!;
  const r = strip.cells[row]!;
  if (q.kind !== r.kind || (q.kind !== 'pipe' && !q.grid)) return false;
  if (q.grid && (!r.grid || q.grid.table !== r.grid.table)) return false;
  const lines = q.grid && r.grid ? r.grid.row - q.grid.row : r.line - q.line;
  return lines >= 1 && lines <= HEADER_ROWS;
}

/** Most rows a grid's header takes above its first row. */
const HEADER_ROWS = 2;

export function extractImpacts(strip: Strip, labels: LabelSpan[], pairs: Pair[], vocabulary: GenericVocabulary, out: RecordBuilder): void {
  const columns = new ColumnWords(vocabulary);
  const ratingKey = findRatingKey(strip);
  const adverseBefore = (cell: number): boolean =>
    labels.some((l) => l.cell < cell && (l.cell >= cell - QUESTION_REACH || inHeaderOf(strip, l.cell, cell)) && (l.kind === 'question' || l.kind === 'colon') && /adverse|negative|differential/i.test(strip.cells[l.cell]!.unit.text.slice(l.from, l.to)));
  const rows = [...transposedRows(strip, columns), ...gridRows(strip, columns, adverseBefore), ...linearRows(strip, columns, adverseBefore), ...inlineGridRows(strip, columns, labels)];
  const taken = new Set(rows.flatMap((r) => r.pieces.map((p) => strip.cellIndexOf(p))));
  rows.push(...pairRows(strip, pairs, taken, adverseBefore));
  const groups = groupsByCell(strip);
  const headings = subjectsByCell(strip);
  const blocks = questionBlocks(pairs, (cell) => headings[cell] ?? null);
  const blocked = new Set(blocks.map((b) => b.characteristic));
  const seen = new Set<string>();
  const groupOf = (row: (typeof rows)[number]) => row.group ?? (row.pieces[0] ? groups[strip.cellIndexOf(row.pieces[0])] ?? null : null);
  /** A row rating several proposals (proposalRows.ts) is an impact per proposal. */
  const addByProposal = (row: (typeof rows)[number]): boolean => {
    const split = proposalImpacts(row, ratingKey);
    if (!split) return false;
    const subgroup = row.characteristic === 'age' ? subgroupOf(row.label) : null;
    const group = groupOf(row);
    for (const p of split) {
      const key = `${row.characteristic}|${group ?? ''}|${subgroup ?? ''}|${p.proposal}`;
      if (seen.has(key)) continue;
      seen.add(key);
      addImpact(
        out,
        { characteristic: row.characteristic, label: row.label, group, subgroup, proposal: p.proposal, rating: p.rating, narrative: p.narrative, mitigation: null, owner: null },
        { pieces: row.pieces, labelScore: 1, ratingMethod: 'generic-proposal-code', quality: p.narrative ? 1 : 0.8 },
      );
    }
    return true;
  };
  for (const row of rows) {
    if (addByProposal(row)) continue;
    const rated = rateRow(row, columns, ratingKey);
    if (!rated) continue;
    // A group's heading read as a row ("2.1 Race", or rated by the words of the lines under it):
    // the questions under the heading rate the group. A row its own answers rate stays.
    if (blocked.has(row.characteristic) && (rated.rating === 'not-stated' || (row.method !== 'grid' && rated.method !== 'labelled'))) continue;
    const subgroup = row.characteristic === 'age' ? subgroupOf(row.label) : null;
    const group = groupOf(row);
    // The same group twice is a transcript repeating the form; under another group's heading it is another row.
    // Rows of no category are told apart by their label ("Article 2: Right to life", "Article 8: …").
    // One row naming several groups ("Sex and gender reassignment") is an impact for each, the same words.
    const named = characteristicsOf(row.label);
    for (const characteristic of named.length > 1 && named.includes(row.characteristic) ? named : [row.characteristic]) {
      const key = `${characteristic}|${group ?? ''}|${subgroup ?? ''}${characteristic === 'other' ? `|${row.label.toLowerCase()}` : ''}`;
      if (seen.has(key)) continue;
      seen.add(key);
      addImpact(
        out,
        { characteristic, label: row.label, group, subgroup, proposal: null, rating: rated.rating, narrative: rated.narrative, mitigation: rated.mitigation, owner: rated.owner },
        { pieces: row.pieces, labelScore: 1, ratingMethod: `generic-${rated.method}`, quality: Math.round(rated.quality * (row.method === 'pair' ? 0.85 : 1) * 100) / 100 },
      );
    }
  }
  for (const b of blocks) {
    if (seen.has(`${b.characteristic}||`)) continue;
    seen.add(`${b.characteristic}||`);
    addImpact(
      out,
      { characteristic: b.characteristic, label: b.label, group: null, subgroup: null, proposal: null, rating: b.rating, narrative: b.narrative, mitigation: b.mitigation, owner: b.owner },
      { pieces: b.pieces, labelScore: b.labelScore, ratingMethod: 'generic-yes-no', quality: 0.8 },
    );
  }
  for (const d of dutyImpacts(pairs)) {
    // A grid row for the same group (a "Low income" row) is the form's own answer; a second
    // `other` question (children's rights and Welsh language) is an impact of its own.
    if (d.characteristic !== 'other' && seen.has(`${d.characteristic}||`)) continue;
    seen.add(`${d.characteristic}||`);
    addImpact(
      out,
      { characteristic: d.characteristic, label: d.label, group: null, subgroup: null, proposal: null, rating: d.rating, narrative: d.narrative, mitigation: null, owner: null },
      { pieces: d.pair.short.pieces, labelScore: d.pair.label.score, ratingMethod: 'generic-duty', quality: 0.6 },
    );
  }
  // A question of all groups' wording ("… on this group?") under a group's heading is that group's.
  for (const a of allGroupsImpacts(pairs.filter((p) => !headings[p.label.cell]), columns)) {
    if (seen.has('all||')) continue;
    seen.add('all||');
    addImpact(
      out,
      { characteristic: 'all', label: a.label, group: null, subgroup: null, proposal: null, rating: a.rating, narrative: a.narrative, mitigation: null, owner: null },
      { pieces: a.pair.short.pieces, labelScore: a.pair.label.score, ratingMethod: 'generic-statement', quality: a.quality },
    );
  }
}
