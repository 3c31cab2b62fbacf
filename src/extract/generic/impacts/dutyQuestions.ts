/**
 * Questions a form asks beside its characteristic grid about a duty of its own nation: the
 * socio-economic duty (England's section 1, Fairer Scotland, Wales), children's rights (UNCRC)
 * and the Welsh language. corpus/LABELLING.md reads each as one impact — the socio-economic
 * questions as `socio-economic`, children's rights and Welsh language as `other` — with the
 * answer, as written, for narrative and the rating from what the answer says: "Reduce"
 * (inequalities) → positive, "Increase" → negative, "Neither", "No …", "None" → neutral, and
 * otherwise its positive / negative words. An answer that says none of these is `unknown`.
 */
import type { Characteristic, Rating } from '../../../model/vocabulary.js';
import { isNoImpactStatement, ratingFromWords } from '../../parse/rating.js';
import type { Pair } from '../pairs.js';
import { cleanAnswer, withoutQuestionNumber } from '../values.js';

export interface DutyImpact {
  pair: Pair;
  characteristic: Characteristic;
  label: string;
  rating: Rating;
  narrative: string;
}

const DUTIES: ReadonlyArray<{ words: RegExp; characteristic: Characteristic }> = [
  { words: /socio-?economic|fairer scotland|inequalit(?:y|ies) of outcome|poverty|low incomes?\b|deprivation/i, characteristic: 'socio-economic' },
  { words: /children'?s rights|\buncrc\b|rights of (?:the )?child|welsh language|cymraeg/i, characteristic: 'other' },
];

/** One impact per duty the form asks about, from the first question about it that has an answer. */
export function dutyImpacts(pairs: Pair[]): DutyImpact[] {
  const out: DutyImpact[] = [];
  for (const pair of pairs) {
    if (pair.label.key?.kind === 'field' || pair.label.key?.kind === 'person') continue;
    if (pair.label.kind !== 'question' && !/\?\s*$/.test(pair.labelText)) continue;
    const duty = DUTIES.find((d) => d.words.test(pair.labelText));
    if (!duty || out.some((o) => o.characteristic === duty.characteristic && duty.characteristic === 'socio-economic')) continue;
    const narrative = cleanAnswer(pair.short.text.trim());
    if (!narrative) continue;
    out.push({ pair, characteristic: duty.characteristic, label: withoutQuestionNumber(pair.labelText).trim(), rating: ratingOf(narrative), narrative });
  }
  return out;
}

function ratingOf(answer: string): Rating {
  const first = answer.trim().toLowerCase();
  if (/^(?:it will |this will |will )?(?:reduce|decrease|narrow|lessen)\b/.test(first)) return 'positive';
  if (/^(?:it will |this will |will )?(?:increase|widen|worsen)\b/.test(first)) return 'negative';
  if (/^neither\b/.test(first) || isNoImpactStatement(answer)) return 'neutral';
  return ratingFromWords(answer.replace(/^yes\b[\s,.:;–—-]*/i, '')) ?? 'unknown';
}
