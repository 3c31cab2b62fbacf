/**
 * One free-text answer that speaks for all groups (Kent's "Details of Positive Impacts") or
 * for one characteristic (Coventry's health and digital inequalities question): one impact,
 * its rating fixed by the form or read from the words, its narrative the whole answer.
 */
import type { Answers } from '../template/answers.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import { ratingFromWords } from '../parse/rating.js';
import { cleanText } from '../text/cleanValue.js';
import type { ImpactRule, TemplateDefinition } from '../template/templateDefinition.js';
import { addImpact } from '../record/addImpact.js';

type StatementRule = Extract<ImpactRule, { kind: 'statement' }>;

export function impactFromStatement(rule: StatementRule, template: TemplateDefinition, answers: Answers, out: RecordBuilder): void {
  const answer = answers.answer(rule.from);
  if (!answer) return;
  const narrative = cleanText(answer.text, template.boilerplate);
  if (!narrative) return;
  const rating = rule.rating ?? ratingFromWords(narrative) ?? 'unknown';
  addImpact(
    out,
    { characteristic: rule.characteristic, label: rule.label, group: null, subgroup: null, proposal: null, rating, narrative, mitigation: null, owner: null },
    { pieces: answer.pieces, labelScore: answer.anchor.score, ratingMethod: rule.rating ? 'template' : 'words', quality: 1 },
  );
}
