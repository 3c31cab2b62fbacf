/**
 * `sections` (for search, not scored): every label with an answer, in document order, known
 * or not: the label as printed, its question number, and its answer.
 */
import type { RecordBuilder } from '../record/recordBuilder.js';
import type { Pair } from './pairs.js';
import { cleanAnswer, withoutQuestionNumber } from './values.js';

export function sectionsFromPairs(pairs: Pair[], out: RecordBuilder): void {
  for (const pair of pairs) {
    const text = cleanAnswer(pair.long.text);
    const heading = withoutQuestionNumber(pair.labelText).trim();
    if (text && heading) out.eia.sections.push({ ref: pair.label.ref, heading, text });
  }
}
