/**
 * Coded impact grids (Coventry): one row per characteristic (age bands split out), a column
 * of impact codes (P, N, PN, NI, UI) and a column of statements; on the service-user grid
 * the codes and statements are numbered per proposal, so each row gives one impact per
 * proposal. Read from the table when the layout has one, else from the reading-order text a
 * plain export leaves (row label, then code lines, then statements).
 */
import type { Answers } from '../template/answers.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import { characteristicOf, headOf, subgroupOf } from '../parse/characteristic.js';
import { assignStatements, parseCodes } from '../parse/proposalStatements.js';
import { cleanText } from '../text/cleanValue.js';
import { tokenF1 } from '../text/tokens.js';
import type { ImpactRule, TemplateDefinition } from '../template/templateDefinition.js';
import { addImpact, joinParagraphs } from '../record/addImpact.js';
import { regroupGridRows, type GridRow } from './gridRows.js';
import { findTable, headerColumn } from './tables.js';

type GridRule = Extract<ImpactRule, { kind: 'coded-grid' }>;

/** A paragraph of nothing but impact codes: "NI", "2. PN", "1. PN 2. N 3. NI 4. P". */
const CODE_LINE = /^(?:(?:\d{1,2}[.)]\s*)?(?:PN|NP|NI|UI|UN|P|N)\b[\s,;]*)+$/;

export function impactsFromCodedGrid(rule: GridRule, template: TemplateDefinition, answers: Answers, out: RecordBuilder): void {
  const after = rule.after ? answers.anchor(rule.after) : undefined;
  if (rule.after && !after) return;
  const headers = [rule.table, rule.codeHeader, rule.narrativeHeader, rule.extraNarrativeHeader ?? []].flat();
  const rows = tableRows(rule, answers, after?.start ?? 0) ?? linearRows(answers, after, rule.extraNarrativeHeader !== undefined, headers);
  for (const row of rows) {
    const characteristic = characteristicOf(row.label);
    if (!characteristic) continue;
    const label = headOf(row.label);
    const subgroup = characteristic === 'age' ? subgroupOf(row.label) : null;
    const codes = parseCodes(row.codes);
    const pieces = row.units.map((u) => ({ unit: u, from: 0, to: u.text.length }));
    if (rule.proposals) {
      const statements = assignStatements(row.statements, codes);
      const quality = codes.length > 0 && statements.size > 0 ? 1 : 0.5;
      for (const c of codes) {
        addImpact(
          out,
          { characteristic, label, group: rule.group, subgroup, proposal: c.proposal, rating: c.rating, narrative: cleanText(statements.get(c.proposal), template.boilerplate), mitigation: null, owner: null },
          { pieces, labelScore: 1, ratingMethod: 'code', quality },
        );
      }
    } else {
      const code = codes[0];
      addImpact(
        out,
        { characteristic, label, group: rule.group, subgroup, proposal: null, rating: code?.rating ?? 'not-stated', narrative: joinParagraphs([row.extra, cleanText(row.statements.join('\n\n'), template.boilerplate)]), mitigation: null, owner: null },
        { pieces, labelScore: 1, ratingMethod: code ? 'code' : 'missing', quality: code ? 1 : 0.4 },
      );
    }
  }
}

function tableRows(rule: GridRule, answers: Answers, after: number): GridRow[] | null {
  const view = answers.view;
  const groups = [rule.table, rule.codeHeader, rule.narrativeHeader, ...(rule.extraNarrativeHeader ? [rule.extraNarrativeHeader] : [])];
  const found = findTable(view, groups, groups.length, after);
  if (!found) return null;
  const labelCol = headerColumn(view, found.header, rule.table);
  const codeCol = headerColumn(view, found.header, rule.codeHeader);
  const narrativeCol = headerColumn(view, found.header, rule.narrativeHeader);
  const extraCol = rule.extraNarrativeHeader ? headerColumn(view, found.header, rule.extraNarrativeHeader) : null;
  if (labelCol === null || codeCol === null || narrativeCol === null) return null;
  return regroupGridRows(
    found.body.map((row) => ({
      label: row.grid[labelCol]?.text ?? '',
      labelUnit: row.grid[labelCol],
      codes: row.grid[codeCol]?.text ?? '',
      statements: row.grid[narrativeCol]?.paragraphs.map((p) => p.text) ?? [],
      extra: extraCol === null ? '' : row.grid[extraCol]?.text ?? '',
      units: row.cells,
    })),
  );
}

/**
 * Rows from reading-order text: a short line naming a characteristic starts a row; code
 * lines ("2. PN") are its codes; in a grid with an extra column, the paragraph before the
 * codes is that column; the rest are statements. Ends at the next form label.
 */
function linearRows(answers: Answers, after: ReturnType<Answers['anchor']>, hasExtra: boolean, headers: string[]): GridRow[] {
  const view = answers.view;
  const end = after ? answers.nextAfter(after)?.start ?? view.tokens.length : view.tokens.length;
  const rows: GridRow[] = [];
  const startUnit = after ? view.unitAt(after.end - 1)?.index ?? 0 : 0;
  for (const u of view.units.slice(startUnit + 1)) {
    if (u.tokens.length > 0 && u.firstToken >= end) break;
    for (const text of u.paragraphs.flatMap((p) => splitTrailingLabel(p.text.trim()))) {
      // The grid's header, repeated at the top of each page it runs over.
      if (headers.some((h) => tokenF1(h, text) >= 0.8)) continue;
      if (isRowLabel(text)) {
        rows.push({ label: text, codes: '', statements: [], extra: '', units: [u] });
        continue;
      }
      const row = rows[rows.length - 1];
      if (!row) continue;
      if (!row.units.includes(u)) row.units.push(u);
      if (CODE_LINE.test(text)) row.codes += `${text}\n`;
      else if (hasExtra && !row.codes) row.extra = row.extra ? `${row.extra}\n\n${text}` : text;
      else row.statements.push(text);
    }
  }
  return rows.filter((r) => r.codes);
}

/**
 * A page break in a reading-order export can leave the next row's label on the last lines of
 * the statements before it ("6. Unknown Impact. 7. Unknown Impact. Gender reassignment"):
 * the label after the last full stop is a paragraph of its own.
 */
export function splitTrailingLabel(text: string): string[] {
  const m = /^(.*[.!?])\s+(\p{Lu}[\p{L}\s,:/&()'’-]{2,80})$/su.exec(text);
  return m && isRowLabel(m[2]!.trim()) ? [m[1]!.trim(), m[2]!.trim()] : [text];
}

function isRowLabel(text: string): boolean {
  return text.length <= 100 && !/[.]$/.test(text) && !/^\d{1,2}[.)]\s/.test(text) && characteristicOf(text) !== null && text.split(/\s+/).length <= 12;
}
