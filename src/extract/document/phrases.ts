/**
 * Phrase look-ups over a whole document: its words, normalised and space-joined with a
 * space at each end, so that " equality impact assessment " finds the phrase only on word
 * boundaries.
 */
import type { DocumentView } from './documentView.js';
import { words } from '../text/tokens.js';

export function normalisedText(view: DocumentView): string {
  return ` ${view.tokens.map((t) => t.norm).join(' ')} `;
}

/** Share of `phrases` present in `text` (from normalisedText), in [0, 1]. */
export function phraseShare(text: string, phrases: readonly string[]): number {
  if (phrases.length === 0) return 0;
  const hits = phrases.filter((p) => text.includes(needle(p))).length;
  return hits / phrases.length;
}

/**
 * A phrase as it is looked for, space-delimited words. Templates' phrases are few and asked
 * for in every document by every template, so each is tokenised once (bounded all the same).
 */
const needles = new Map<string, string>();
function needle(phrase: string): string {
  let n = needles.get(phrase);
  if (n === undefined) {
    if (needles.size > 10_000) needles.clear();
    needles.set(phrase, (n = ` ${words(phrase).join(' ')} `));
  }
  return n;
}
