/**
 * A table that rates each proposal as a whole (Coventry's post-consultation table): one
 * `all` impact per proposal row, rating from its worded assessment, narrative from its
 * analysis, label the proposal's text.
 */
import type { RecordBuilder } from '../record/recordBuilder.js';
import type { DocumentView } from '../document/documentView.js';
import { ratingFromWords } from '../parse/rating.js';
import { cleanText } from '../text/cleanValue.js';
import type { ImpactRule, TemplateDefinition } from '../template/templateDefinition.js';
import { addImpact } from '../record/addImpact.js';
import { findLinearHeader, findTable, headerColumn } from './tables.js';

type ProposalRule = Extract<ImpactRule, { kind: 'proposal-table' }>;

export function impactsFromProposalTable(rule: ProposalRule, template: TemplateDefinition, view: DocumentView, out: RecordBuilder): void {
  const found = findTable(view, [rule.proposalHeader, rule.ratingHeader, rule.narrativeHeader]);
  if (!found) {
    linearProposals(rule, template, view, out);
    return;
  }
  const proposalCol = headerColumn(view, found.header, rule.proposalHeader);
  const ratingCol = headerColumn(view, found.header, rule.ratingHeader);
  const narrativeCol = headerColumn(view, found.header, rule.narrativeHeader);
  if (proposalCol === null || ratingCol === null || narrativeCol === null) return;
  let proposal = 0;
  for (const row of mergeContinued(found.body)) {
    const label = cleanText(row.map((r) => r.grid[proposalCol]?.text ?? '').join(' '), template.boilerplate);
    const assessment = row.map((r) => r.grid[ratingCol]?.text ?? '').join(' ').trim();
    if (!label && !assessment) continue;
    proposal++;
    const narrative = cleanText(row.map((r) => r.grid[narrativeCol]?.text ?? '').join('\n\n'), template.boilerplate);
    const rating = ratingFromWords(assessment);
    const cells = row.flatMap((r) => r.cells);
    addImpact(
      out,
      { characteristic: 'all', label: label ?? '', group: null, subgroup: null, proposal, rating: rating ?? 'not-stated', narrative, mitigation: null, owner: null },
      { pieces: cells.map((u) => ({ unit: u, from: 0, to: u.text.length })), labelScore: found.headerScore, ratingMethod: 'words', quality: rating ? 1 : 0.4 },
    );
  }
}

/**
 * The same table in reading-order text: after its header cells, each short worded
 * assessment ("Negative", "Impact unknown at this stage") is a row's rating, the unit before
 * it the proposal and the unit after it the analysis. Cells spanning rows (a "Division"
 * column) are skipped this way.
 */
function linearProposals(rule: ProposalRule, template: TemplateDefinition, view: DocumentView, out: RecordBuilder): void {
  const header = findLinearHeader(view, [rule.proposalHeader, rule.ratingHeader, rule.narrativeHeader]);
  if (!header) return;
  const body = view.units.slice(header.bodyStart);
  let proposal = 0;
  for (let i = 1; i + 1 < body.length; i++) {
    const u = body[i]!;
    if (u.role === 'heading') break;
    const rating = u.tokens.length <= 8 ? ratingFromWords(u.text) : null;
    if (!rating) continue;
    proposal++;
    const label = cleanText(body[i - 1]!.text, template.boilerplate) ?? '';
    const narrative = cleanText(body[i + 1]!.text, template.boilerplate);
    const units = [body[i - 1]!, u, body[i + 1]!];
    addImpact(
      out,
      { characteristic: 'all', label, group: null, subgroup: null, proposal, rating, narrative, mitigation: null, owner: null },
      { pieces: units.map((x) => ({ unit: x, from: 0, to: x.text.length })), labelScore: header.score, ratingMethod: 'words-linear', quality: 0.8 },
    );
    i++;
  }
}

/** Groups each row with the rows that continue it across a page break. */
export function mergeContinued<R extends { continued: boolean }>(rows: R[]): R[][] {
  const out: R[][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (r.continued && last) last.push(r);
    else out.push([r]);
  }
  return out;
}
