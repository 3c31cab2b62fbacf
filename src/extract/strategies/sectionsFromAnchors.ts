/**
 * `sections`: every question and answer of the form in document order, for search (not
 * scored). A section per form label whose answer has words; the heading is the label as
 * printed (its cell or paragraph), or the template's wording where the answer shares the
 * label's paragraph; `ref` is the question number when the form prints one.
 */
import type { Answers } from '../template/answers.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import { cleanText } from '../text/cleanValue.js';
import type { TemplateDefinition } from '../template/templateDefinition.js';

const REF = /^\s*(?:[-•*]\s*)?\d{1,2}(?:\.\d{1,2})*\.?\s+/;

export function sectionsFromAnchors(template: TemplateDefinition, answers: Answers, out: RecordBuilder): void {
  for (const anchor of answers.anchors) {
    const answer = answers.answerAt(anchor);
    const text = cleanText(answer.text, template.boilerplate);
    if (!text) continue;
    const labelUnit = answers.view.unitAt(anchor.start);
    const sharesUnit = answer.pieces.some((p) => p.unit === labelUnit);
    const printed = labelUnit?.text.replace(REF, '').split(/\n{2,}/).join(' ');
    out.eia.sections.push({ ref: anchor.ref, heading: (sharesUnit || !printed ? anchor.label : printed).trim(), text });
  }
}
