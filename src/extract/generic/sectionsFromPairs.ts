/**
 * `sections` (for search, not scored): every label with an answer, in document order, known
 * or not: the label as printed, its question number, and its answer.
 */
import type { RecordBuilder } from '../record/recordBuilder.js';
import type { Pair } from './pairs.js';
import { cleanAnswer } from './values.js';

export function sectionsFromPairs(pairs: Pair[], out: RecordBuilder): void {
  for (const pair of pairs) {
    const text = cleanAnswer(pair.long.text);
    const heading = pair.labelText.replace(/^\s*\d{1,2}(?:[.:]\d{1,2})*[.:]?\s+/, '').trim();
    if (text && heading) out.eia.sections.push({ ref: pair.label.ref, heading, text });
  }
}
