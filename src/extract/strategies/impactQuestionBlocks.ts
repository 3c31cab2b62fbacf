/**
 * Impact question blocks (Kent): for each characteristic a numbered block asks "Are there
 * negative impacts for X?" (Yes → negative, No → neutral), then details, mitigating actions
 * and the officer responsible. A block runs from its header to the next block's header; the
 * questions inside are found by their generic wording, whatever characteristic they name.
 */
import type { Anchor } from '../document/findAnchors.js';
import type { Answers } from '../template/answers.js';
import type { RecordBuilder } from '../record/recordBuilder.js';
import { characteristicOf, headOf } from '../parse/characteristic.js';
import { stripOrgCode } from '../parse/personName.js';
import { ratingFromNegativeQuestion } from '../parse/rating.js';
import { cleanText } from '../text/cleanValue.js';
import type { ImpactRule, TemplateDefinition } from '../template/templateDefinition.js';
import { addImpact } from '../record/addImpact.js';

type BlocksRule = Extract<ImpactRule, { kind: 'question-blocks' }>;

export function impactsFromQuestionBlocks(rule: BlocksRule, template: TemplateDefinition, answers: Answers, out: RecordBuilder): void {
  const headers = rule.blocks
    .flatMap((b) => answers.anchorsOf(b.from).map((anchor) => ({ anchor, block: b })))
    .sort((a, b) => a.anchor.start - b.anchor.start);
  headers.forEach(({ anchor, block }, i) => {
    const end = headers[i + 1]?.anchor.start ?? Number.POSITIVE_INFINITY;
    const inBlock = (key: string | undefined): Anchor | undefined =>
      key ? answers.anchorsOf(key).find((a) => a.start > anchor.start && a.start < end) : undefined;
    const runTogether = answers.view.runTogether;
    const subject = subjectOf(answers.view.unitAt(anchor.start)?.text ?? anchor.label);
    const text = (key: string | undefined): string | null => {
      const a = inBlock(key);
      return a ? cleanText(withoutWrappedSubject(answers.answerAt(a).text, subject, runTogether), template.boilerplate) : null;
    };
    const answerAnchor = inBlock(rule.answer);
    const answer = answerAnchor ? answers.answerAt(answerAnchor) : null;
    const rating = (answer && ratingFromNegativeQuestion(withoutWrappedSubject(answer.text, subject, runTogether))) ?? 'not-stated';
    const label = headOf(subject);
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

/**
 * A question names the block's subject at its end ("Responsible Officer for mitigating actions
 * for Religion and / Belief"); where a text export wrapped it, the label's last line is found
 * as the label and the subject's tail ("Belief") opens the answer. A first line that is the
 * end of the subject is that tail, not an answer.
 */
export function withoutWrappedSubject(answer: string, subject: string, runTogether = false): string {
  const norm = (s: string): string => s.replace(/\s+/g, ' ').replace(/[?:]+$/, '').trim().toLowerCase();
  if (runTogether) return withoutLeadingSubject(answer, norm(subject));
  const m = /^([^\n]*)(?:\n+|$)/.exec(answer.trim());
  const first = norm(m?.[1] ?? '');
  const whole = norm(subject);
  if (!first || !(whole === first || whole.endsWith(` ${first}`) || whole.endsWith(`/${first}`))) return answer;
  return answer.trim().slice(m![0].length);
}

/** Words of the question (and the subject) an answer may open with where lines run together. */
const SUBJECT_LEAD = 24;

/**
 * Where an export runs a question and its answer into one line ("Responsible Officer for
 * Race Tom Ashby", "… for Mitigating Actions – Age Maria Castellano"), the answer opens with
 * the rest of the question, up to the subject. Dropped when the subject is found near the start.
 */
function withoutLeadingSubject(answer: string, subject: string): string {
  const flat = answer.replace(/\s+/g, ' ').trim();
  if (!subject) return answer;
  const lower = flat.toLowerCase();
  const at = lower.indexOf(subject);
  const end = at + subject.length;
  const atWord = at >= 0 && (at === 0 || /[\s–—-]/.test(lower[at - 1]!)) && (end === lower.length || /[\s?:.]/.test(lower[end]!));
  if (!atWord || at > SUBJECT_LEAD + subject.length) return answer;
  return flat.slice(end).replace(/^[\s?:.–—-]+/, '');
}
