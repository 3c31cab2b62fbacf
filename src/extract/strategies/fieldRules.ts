/**
 * Scalar fields: each rule takes one label's answer and cuts the field out of it.
 */
import type { EiaScalarField } from '../../model/record.js';
import type { Answers } from '../template/answers.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import { parseDate } from '../parse/parseDate.js';
import { cleanText, firstParagraph, splitAtDash } from '../text/cleanValue.js';
import type { TemplateDefinition } from '../template/templateDefinition.js';

export function fieldsFromRules(template: TemplateDefinition, answers: Answers, out: RecordBuilder): void {
  for (const rule of template.fields) {
    if (out.eia[rule.to] !== null) continue; // an earlier rule for the same field won
    const answer = answers.answer(rule.from, rule.occurrence);
    if (!answer) continue;
    const text = cleanText(answer.text, template.boilerplate);
    if (!text) continue;
    const value = take(rule.take ?? (rule.to === 'assessmentDate' ? 'date' : 'all'), text);
    out.setField(rule.to as EiaScalarField, value, {
      pieces: answer.pieces,
      signals: { field: rule.to, labelScore: answer.anchor.score, method: answer.method, quality: value ? 1 : 0 },
    });
  }
}

/** The option whose answer is not a refusal ("No", "N/A"): its own wording, or the answer given. */
export function choicesFromRules(template: TemplateDefinition, answers: Answers, out: RecordBuilder): void {
  for (const choice of template.choices ?? []) {
    if (out.eia[choice.to] !== null) continue;
    for (const key of choice.options) {
      const answer = answers.answer(key);
      if (!answer) continue;
      const text = cleanText(answer.text, template.boilerplate);
      if (!text || /^(no|n\/?a|none|not applicable|-)\.?$/i.test(text)) continue;
      const label = answers.view.unitAt(answer.anchor.start)?.text.trim() ?? answer.anchor.label;
      const value = /^(yes|y|x|✓|☒)$/i.test(text) ? label : firstParagraph(text);
      out.setField(choice.to, value, {
        pieces: answer.pieces,
        signals: { field: choice.to, labelScore: answer.anchor.score, method: 'choice', quality: 1 },
      });
      break;
    }
  }
}

function take(mode: string, text: string): string | null {
  switch (mode) {
    case 'first-line':
      return firstParagraph(text);
    case 'before-dash':
      return splitAtDash(text)[0];
    case 'after-dash':
      return splitAtDash(text)[1];
    case 'date':
      return parseDate(text);
    default:
      return text;
  }
}
