/**
 * Impact question blocks (Kent): for each characteristic a numbered block asks "Are there
 * negative impacts for X?" (Yes → negative, No → neutral), then details, mitigating actions
 * and the officer responsible. A block runs from its header to the next block's header; the
 * questions inside are found by their generic wording, whatever characteristic they name.
 */
import type { Anchor } from '../document/findAnchors.js';
import type { Answers } from '../engine/answers.js';
import type { RecordBuilder } from '../engine/recordBuilder.js';
import { characteristicOf, headOf } from '../parse/characteristic.js';
import { stripOrgCode } from '../parse/people.js';
import { ratingFromNegativeQuestion } from '../parse/rating.js';
import { cleanText } from '../text/cleanValue.js';
import type { ImpactRule, TemplateDefinition } from '../templateDefinition.js';
import { addImpact } from './impactEvidence.js';

type BlocksRule = Extract<ImpactRule, { kind: 'question-blocks' }>;

export function impactsFromQuestionBlocks(rule: BlocksRule, template: TemplateDefinition, answers: Answers, out: RecordBuilder): void {
  const headers = rule.blocks
    .flatMap((b) => answers.anchorsOf(b.from).map((anchor) => ({ anchor, block: b })))
    .sort((a, b) => a.anchor.start - b.anchor.start);
  headers.forEach(({ anchor, block }, i) => {
    const end = headers[i + 1]?.anchor.start ?? Number.POSITIVE_INFINITY;
    const inBlock = (key: string | undefined): Anchor | undefined =>
      key ? answers.anchorsOf(key).find((a) => a.start > anchor.start && a.start < end) : undefined;
    const text = (key: string | undefined): string | null => {
      const a = inBlock(key);
      return a ? cleanText(answers.answerAt(a).text, template.boilerplate) : null;
    };
    const answerAnchor = inBlock(rule.answer);
    const answer = answerAnchor ? answers.answerAt(answerAnchor) : null;
    const rating = (answer && ratingFromNegativeQuestion(answer.text)) ?? 'not-stated';
    const label = headOf(subjectOf(answers.view.unitAt(anchor.start)?.text ?? anchor.label));
    const owner = text(rule.owner);
    addImpact(
      out,
      {
        characteristic: block.characteristic ?? characteristicOf(label) ?? 'other',
        label,
        group: null,
        subgroup: null,
        proposal: null,
        rating,
        narrative: text(rule.narrative),
        mitigation: text(rule.mitigation),
        owner: owner ? stripOrgCode(owner) : null,
      },
      { pieces: answer?.pieces ?? [], labelScore: anchor.score, ratingMethod: answer ? 'yes-no' : 'missing', quality: answer ? 1 : 0.3 },
    );
  });
}

/** "19. Negative Impacts and Mitigating actions for Age" → "Age". */
function subjectOf(header: string): string {
  const m = /\bfor\s+(.+)$/i.exec(header.trim());
  return m ? m[1]!.trim() : header;
}
